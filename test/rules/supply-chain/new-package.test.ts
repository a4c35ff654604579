import { newPackage } from "../../../src/rules/supply-chain/new-package.js";
import { FIXED_NOW, packument } from "../../helpers/snapshot.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { lockedProject } from "./npm-lock.js";

const daysBefore = (days: number): string => new Date(FIXED_NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

ruleTest(newPackage, {
  fires: [
    {
      name: "a version published two days before the scan",
      files: lockedProject({ "fresh-lib": "3.1.0" }),
      packuments: { "fresh-lib": packument("fresh-lib", { "3.0.0": { published: daysBefore(90) }, "3.1.0": { published: daysBefore(2.5) } }) },
      count: 1,
      severity: "medium",
      expect: ([f]) => {
        expect(f!.package).toEqual({ name: "fresh-lib", version: "3.1.0" });
        expect(f!.location?.path).toBe("package-lock.json");
        expect(f!.message).toContain("fresh-lib@3.1.0 was published 2 days ago (2026-11-23)");
      },
    },
    {
      name: "a version published hours ago",
      files: lockedProject({ "fresh-lib": "3.1.0" }),
      packuments: { "fresh-lib": packument("fresh-lib", { "3.1.0": { published: daysBefore(0.25) } }) },
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("6 hours ago"),
    },
  ],
  quiet: [
    {
      name: "a version published more than 7 days before the scan",
      files: lockedProject({ "steady-lib": "1.0.0" }),
      packuments: { "steady-lib": packument("steady-lib", { "1.0.0": { published: daysBefore(7.01) } }) },
    },
    {
      name: "an unknown publish time",
      files: lockedProject({ "steady-lib": "1.0.0" }),
      packuments: { "steady-lib": { name: "steady-lib", distTags: { latest: "1.0.0" }, versions: { "1.0.0": {} } } },
    },
  ],
});
