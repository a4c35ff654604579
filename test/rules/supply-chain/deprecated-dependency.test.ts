import { deprecatedDependency } from "../../../src/rules/supply-chain/deprecated-dependency.js";
import { packument } from "../../helpers/snapshot.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { lockedProject, packageJson, packageLock } from "./npm-lock.js";

const request = packument("request", { "2.88.2": { deprecated: "request has been deprecated, see https://github.com/request/request/issues/3142" } });

ruleTest(deprecatedDependency, {
  fires: [
    {
      name: "a locked version the registry marks deprecated",
      files: lockedProject({ request: "2.88.2" }),
      packuments: { request },
      count: 1,
      severity: "low",
      expect: ([f]) => {
        expect(f!.package).toEqual({ name: "request", version: "2.88.2" });
        expect(f!.location?.path).toBe("package-lock.json");
        expect(f!.message).toContain('request@2.88.2 is deprecated: "request has been deprecated, see https://github.com/request/request/issues/3142"');
      },
    },
    {
      name: "a transitive dependency says to upgrade the parent",
      files: {
        "package.json": packageJson({ dependencies: { parent: "^1.0.0" } }),
        "package-lock.json": packageLock({ dependencies: { parent: "^1.0.0" } }, {
          "node_modules/parent": { version: "1.0.0" },
          "node_modules/request": { version: "2.88.2" },
        }),
      },
      packuments: { request, parent: packument("parent", { "1.0.0": {} }) },
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("comes in through another dependency"),
    },
  ],
  quiet: [
    {
      name: "a version that is not deprecated, even when another version is",
      files: lockedProject({ glob: "10.4.5" }),
      packuments: { glob: packument("glob", { "7.2.3": { deprecated: "Glob versions prior to v9 are no longer supported" }, "10.4.5": {} }) },
    },
    {
      name: "a package whose packument could not be fetched is not judged",
      files: lockedProject({ request: "2.88.2" }),
      packuments: {},
    },
  ],
});
