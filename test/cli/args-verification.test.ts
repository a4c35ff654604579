import { UserError } from "../../src/errors.js";
import { parseCommandLine } from "../../src/cli/args.js";

describe("package-verification arguments", () => {
  test("scan takes --package and --rebuild", () => {
    expect(parseCommandLine(["scan", ".", "--package", "npm:demo@1.0.0", "--rebuild"])).toMatchObject({ command: "scan", packageSpec: "npm:demo@1.0.0", rebuild: true });
  });
  test("verify-pack defaults to the current directory and needs --against", () => {
    expect(parseCommandLine(["verify-pack", "--against", "npm:demo@1.0.0"])).toMatchObject({ command: "verify-pack", dir: ".", against: "npm:demo@1.0.0" });
    expect(() => parseCommandLine(["verify-pack", "build"])).toThrow(UserError);
  });
});
