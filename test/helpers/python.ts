/** Small Python project texts for rule tests: a pyproject.toml and a uv.lock that agree unless a test says otherwise. */

export interface UvPackage {
  name: string;
  version: string;
  /** Default: the PyPI registry. */
  source?: string;
  /** Default: one pure wheel with a hash. */
  files?: string;
  dependencies?: string[];
}

export function pyproject(dependencies: string[], extra = ""): string {
  return `[project]\nname = "demo-server"\nversion = "1.0.0"\ndependencies = [\n${dependencies.map((d) => `    ${JSON.stringify(d)},`).join("\n")}\n]\n${extra}`;
}

const HASH = "a".repeat(64);

export function wheel(name: string, version: string, uploadTime = "2024-01-01T00:00:00Z", platform = "py3-none-any"): string {
  return `{ url = "https://files.pythonhosted.org/packages/xx/${name}-${version}-${platform}.whl", hash = "sha256:${HASH}", size = 100, upload-time = "${uploadTime}" }`;
}

/** A uv.lock for `demo-server` whose root requirements are `requires` (name → specifier) and whose packages are `packages`. */
export function uvLock(requires: Record<string, string>, packages: UvPackage[]): string {
  const root = [
    `[[package]]`,
    `name = "demo-server"`,
    `version = "1.0.0"`,
    `source = { editable = "." }`,
    `dependencies = [\n${Object.keys(requires).map((n) => `    { name = "${n}" },`).join("\n")}\n]`,
    ``,
    `[package.metadata]`,
    `requires-dist = [\n${Object.entries(requires).map(([n, s]) => `    { name = "${n}"${s ? `, specifier = "${s}"` : ""} },`).join("\n")}\n]`,
  ].join("\n");
  const rest = packages.map((p) =>
    [
      `[[package]]`,
      `name = "${p.name}"`,
      `version = "${p.version}"`,
      `source = ${p.source ?? '{ registry = "https://pypi.org/simple" }'}`,
      ...(p.dependencies ? [`dependencies = [\n${p.dependencies.map((d) => `    { name = "${d}" },`).join("\n")}\n]`] : []),
      p.files ?? `wheels = [\n    ${wheel(p.name.replace(/-/g, "_"), p.version)},\n]`,
    ].join("\n"),
  );
  return [`version = 1`, `revision = 3`, `requires-python = ">=3.10"`, ``, root, ...rest.map((r) => `\n${r}`)].join("\n") + "\n";
}
