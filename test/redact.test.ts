import { environmentSecrets, redactDeep, redactText, redactUrl } from "../src/redact.js";

describe("redactUrl", () => {
  test.each([
    ["https://user:pass@npm.example.com/a/-/a-1.0.0.tgz", "https://npm.example.com/a/-/a-1.0.0.tgz"],
    ["https://ghp_token@github.com/octo/repo.git", "https://github.com/octo/repo.git"],
    ["git+https://x-access-token:abc@github.com/octo/repo.git#main", "git+https://github.com/octo/repo.git#main"],
    ["https://files.example.com/a.tgz?X-Amz-Signature=abc&token=def", "https://files.example.com/a.tgz"],
    ["https://files.example.com/a.tgz?sig=abc#sha512-x", "https://files.example.com/a.tgz#sha512-x"],
    ["git+ssh://git@github.com/octo/repo.git#abc", "git+ssh://git@github.com/octo/repo.git#abc"],
    ["git@github.com:octo/repo.git", "git@github.com:octo/repo.git"],
    ["github:octo/repo#v1", "github:octo/repo#v1"],
    ["file:../shared", "file:../shared"],
  ])("%s → %s", (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});

describe("redactText", () => {
  test("credentials in URLs and secret query values inside free text", () => {
    expect(redactText("could not fetch http://user:s3cr3t-pw@registry.example.com/a (ECONNREFUSED)")).toBe("could not fetch http://***@registry.example.com/a (ECONNREFUSED)");
    expect(redactText("see https://api.example.com/mcp?api_key=k-123&page=2&access_token=t0k3n#x")).toBe("see https://api.example.com/mcp?api_key=***&page=2&access_token=***#x");
    expect(redactText("git+ssh://git@github.com/o/r.git stays")).toBe("git+ssh://git@github.com/o/r.git stays");
  });

  test("tokens of known formats keep only their prefix", () => {
    expect(redactText("token ghp_Zq8Xv2Lm5Np7Rt9Wb3Yc6Hd1Kf4Gj0Ms2Ua5E here")).toBe("token ghp_… here");
    expect(redactText("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7")).toBe("-----BEGIN … PRIVATE KEY-----");
  });

  test("the environment's secret values, whatever their shape", () => {
    const secrets = environmentSecrets({ NPM_TOKEN: "a1b2c3d4e5f6", WEBHOOK_SECRET: "development", PATH: "/usr/bin:/bin", MY_API_KEY: "zz-9988776655", SHORT_TOKEN: "abc" });
    expect(secrets.sort()).toEqual(["a1b2c3d4e5f6", "zz-9988776655"]);
    expect(redactText("npm said a1b2c3d4e5f6 and zz-9988776655", secrets)).toBe("npm said *** and ***");
  });

  test("redactDeep copies: every string of a report is redacted, nothing changes in place", () => {
    const report = { findings: [{ message: "url http://u:p4ssw0rd@h/x", n: 1 }], tools: [{ description: "ghp_Zq8Xv2Lm5Np7Rt9Wb3Yc6Hd1Kf4Gj0Ms2Ua5E" }] };
    const redacted = redactDeep(report);
    expect(redacted).toEqual({ findings: [{ message: "url http://***@h/x", n: 1 }], tools: [{ description: "ghp_…" }] });
    expect(report.findings[0]!.message).toContain("p4ssw0rd");
  });
});
