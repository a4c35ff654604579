import { classifySource } from "../../../src/facts/lockfile/classify-source.js";

describe("classifySource", () => {
  it.each([
    ["https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", "registry"],
    ["https://registry.yarnpkg.com/@types/node/-/node-20.1.0.tgz#abc123", "registry"],
    ["http://npm.internal.example.com/@acme/tool/-/tool-1.0.0.tgz", "registry"],
    ["npm:string-width@^4.2.0", "registry"],
    ["git+ssh://git@github.com/user/repo.git#5a5d9a8", "git"],
    ["git+https://github.com/user/repo.git", "git"],
    ["git://github.com/user/repo.git", "git"],
    ["github:user/repo#v1.0.0", "git"],
    ["user/repo#5a5d9a8", "git"],
    ["git@github.com:user/repo.git", "git"],
    ["https://codeload.github.com/user/repo/tar.gz/5a5d9a8", "git"],
    ["https://github.com/user/repo.git#commit=5a5d9a8", "git"],
    ["https://downloads.example.com/pkg-1.0.0.tgz", "tarball"],
    ["http://downloads.example.com/pkg-1.0.0.tgz", "tarball"],
    ["file:../vendor/pkg", "file"],
    ["./vendor/pkg-1.0.0.tgz", "file"],
    ["link:../pkg", "link"],
    ["portal:../pkg", "link"],
    ["workspace:packages/a", "workspace"],
  ])("%s is %s", (spec, source) => {
    expect(classifySource(spec)).toBe(source);
  });

  it("says nothing about a plain version or range", () => {
    expect(classifySource("1.2.3")).toBeUndefined();
    expect(classifySource("^1.2.3")).toBeUndefined();
    expect(classifySource(undefined)).toBeUndefined();
  });
});
