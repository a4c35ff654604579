/** Classifies a locked package's resolved URL or spec as registry, git, tarball, file, link or workspace. */
import type { PackageSource } from "../../model.js";

/** A registry tarball: ".../name/-/name-1.2.3.tgz" or ".../@scope/name/-/name-1.2.3.tgz", on any host. */
const REGISTRY_TARBALL_PATH = /\/(?:@[^/]+\/)?[^/]+\/-\/[^/]+\.tgz$/;
const GIT_PROTOCOL = /^(?:git\+[a-z]+:|git:|ssh:|github:|gitlab:|bitbucket:|gist:)/i;
/** scp-like git remotes ("git@github.com:user/repo.git") and bare GitHub shorthand ("user/repo#ref"). */
const SCP_LIKE_GIT = /^[\w.-]+@[\w.-]+:(?!\/\/)/;
const GITHUB_SHORTHAND = /^[\w.-]+\/[\w.-]+(?:#.*)?$/;

/**
 * Where a package comes from, judged from the resolved URL or spec as the lockfile writes it;
 * undefined when the text says nothing about the source (a plain semver version or range).
 */
export function classifySource(resolvedOrSpec: string | undefined): PackageSource | undefined {
  if (!resolvedOrSpec) return undefined;
  const spec = resolvedOrSpec.trim();
  if (/^npm:/i.test(spec)) return "registry";
  if (/^file:/i.test(spec)) return "file";
  if (/^(?:link|portal):/i.test(spec)) return "link";
  if (/^workspace:/i.test(spec)) return "workspace";
  if (GIT_PROTOCOL.test(spec) || SCP_LIKE_GIT.test(spec)) return "git";
  if (/^https?:\/\//i.test(spec)) return classifyHttpUrl(spec);
  if (/^(?:\.{1,2}\/|\/)/.test(spec)) return "file";
  if (GITHUB_SHORTHAND.test(spec) && !spec.startsWith("@")) return "git";
  return undefined;
}

function classifyHttpUrl(spec: string): PackageSource {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return "unknown";
  }
  if (url.hostname === "codeload.github.com") return "git";
  // yarn berry writes git dependencies as "https://host/user/repo.git#commit=<sha>".
  if (url.pathname.endsWith(".git") || /(?:^#|&)commit=/.test(url.hash)) return "git";
  if (REGISTRY_TARBALL_PATH.test(url.pathname)) return "registry";
  return "tarball";
}
