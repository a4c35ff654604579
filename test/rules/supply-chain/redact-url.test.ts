import { redactUrl } from "../../../src/rules/supply-chain/redact-url.js";

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
