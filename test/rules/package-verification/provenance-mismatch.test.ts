import { expect } from "@jest/globals";
import { provenanceMismatch } from "../../../src/rules/package-verification/provenance-mismatch.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { PROVENANCE_V1, attestationBody, editStatement, nuxtFacts } from "../../helpers/npm-provenance.js";
import { nuxtSource, withFacts } from "./provenance-rules-fixtures.js";

const v4 = await nuxtFacts("4.1.2");
const v3 = await nuxtFacts("3.13.0");
const TAG_COMMIT_313 = "74ef96d096d0045fd00fccd880c1dbbfea51e22a";
const forkBuilt = await nuxtFacts("3.13.0", {
  body: editStatement(attestationBody("3.13.0"), PROVENANCE_V1, (s) => {
    s.predicate.buildDefinition.externalParameters.workflow.repository = "https://github.com/nuxt-fork/nuxt";
  }),
});

ruleTest(provenanceMismatch, {
  fires: [
    {
      name: "the real provenance (nuxt/nuxt) against a package.json naming another repository",
      files: nuxtSource("4.1.2", "github:someone-else/nuxt"),
      facts: withFacts("4.1.2", v4),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.message).toContain("built from https://github.com/nuxt/nuxt, but package.json repository is github:someone-else/nuxt");
        expect(f!.message).not.toContain("failed verification");
      },
    },
    {
      name: "a provenance rewritten to name another repository (and so failing verification)",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", forkBuilt),
      count: 1,
      expect: ([f]) => {
        expect(f!.message).toContain("https://github.com/nuxt-fork/nuxt");
        expect(f!.message).toContain("also failed verification");
      },
    },
    {
      name: "the scanned checkout's origin is another repository",
      files: nuxtSource("4.1.2", undefined),
      facts: withFacts("4.1.2", v4, {
        packedSource: { directory: "", manifest: { name: "nuxt" }, files: [], allPaths: [], buildOutputs: [], gitRemote: "git@github.com:mirror/nuxt.git" },
      }),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("the scanned checkout's origin is git@github.com:mirror/nuxt.git"),
    },
    {
      name: "built from main at a commit other than the version tag's",
      files: nuxtSource("4.1.2"),
      facts: withFacts("4.1.2", { ...v4, versionTag: { name: "v4.1.2", commit: "0123456789abcdef0123456789abcdef01234567" } }),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("built from commit 412786a1d8283aaa2360a855d44ebd3ac21924f1 (refs/heads/main), but the tag v4.1.2 points to 0123456789"),
    },
    {
      name: "built from another tag than the version's (tag commit unknown)",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", { ...v3, versionTag: { name: "nuxt@3.13.0" } }),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("built from the tag v3.13.0, but this version's tag is nuxt@3.13.0"),
    },
  ],
  quiet: [
    { name: "4.1.2: package.json names git+https://github.com/nuxt/nuxt.git", files: nuxtSource("4.1.2"), facts: withFacts("4.1.2", v4) },
    {
      name: "spellings differ only in case, scheme and .git (shorthand, ssh origin)",
      files: nuxtSource("3.13.0", "github:Nuxt/Nuxt"),
      facts: withFacts("3.13.0", v3, {
        packedSource: { directory: "", manifest: { name: "nuxt", repository: "github:Nuxt/Nuxt" }, files: [], allPaths: [], buildOutputs: [], gitRemote: "git@github.com:NUXT/nuxt.git" },
      }),
    },
    {
      name: "3.13.0 built from the version tag at the tag's commit",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", { ...v3, versionTag: { name: "v3.13.0", commit: TAG_COMMIT_313 } }),
    },
    {
      name: "4.1.2 built from main at the commit the tag points to",
      files: nuxtSource("4.1.2"),
      facts: withFacts("4.1.2", { ...v4, versionTag: { name: "v4.1.2", commit: "412786A1D8283AAA2360A855D44EBD3AC21924F1" } }),
    },
    { name: "no repository declared and no checkout: nothing to compare", files: nuxtSource("4.1.2", undefined), facts: withFacts("4.1.2", v4) },
  ],
});
