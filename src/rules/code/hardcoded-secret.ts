/** code/hardcoded-secret: live credentials of known formats in source string literals and committed config files. */
import { isTestOrExamplePath, lineAt, lineStartTable } from "../../analysis/ast.js";
import type { StringLiteral } from "../../analysis/index.js";
import type { Draft, Rule, SourceFile } from "../../model.js";
import { maskToken, SECRET_FORMATS as TOKEN_FORMATS } from "../../redact.js";


const PLACEHOLDER = /x{4,}|\*{3,}|<[^>]*>|\byour[-_ ]|example|sample|dummy|fake|placeholder|redacted|changeme|replace[-_]?me|\.\.\.|0{8,}|1234567/i;
const CONFIG_FILE = /(?:^|\/)\.env(?:\.[\w-]+)?$|\.(?:json|ya?ml|toml|ini|cfg)$/i;
const TEMPLATE_ENV = /\.env\.(?:example|sample|template|dist|defaults?)$/i;
const NOT_SCANNED = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|composer\.lock|poetry\.lock|uv\.lock)$|(?:^|\/)(?:fixtures?|testdata|docs?)\//i;

export const hardcodedSecret: Rule = {
  id: "code/hardcoded-secret",
  dimension: "code",
  severity: "high",
  title: "A credential is committed in the code or config",
  rationale:
    "A token in a source file or a committed config file is readable by everyone who can read the repository or the published " +
    "package, forever (it stays in the git history and in every tarball). Only formats with a known prefix are reported (AWS, " +
    "GitHub, Slack, Stripe live, OpenAI, Anthropic, Google, npm, PEM private keys with their body); placeholders, test fixtures " +
    "and Google API keys the author marks as public in a comment next to them (keys for public APIs are meant to ship) are skipped.",
  remediation: "Revoke the credential now, remove it from the tree, and read it from the environment or a secret store at run time.",
  check(snapshot) {
    const drafts: Draft[] = [];
    const sources = new Map(snapshot.files.map((f) => [f.path, f]));
    for (const literal of snapshot.code.strings) if (mightHoldToken(literal.value)) drafts.push(...literalSecrets(sources.get(literal.path)!, literal));
    for (const file of snapshot.files) {
      if (!CONFIG_FILE.test(file.path) || TEMPLATE_ENV.test(file.path) || NOT_SCANNED.test(file.path) || isTestOrExamplePath(file.path)) continue;
      if (mightHoldToken(file.text)) drafts.push(...configSecrets(file));
    }
    return drafts;
  },
};

function mightHoldToken(text: string): boolean {
  return TOKEN_FORMATS.some((f) => {
    f.pattern.lastIndex = 0;
    return f.pattern.test(text);
  });
}

/** An author's note on the key's line or the line above that it is public on purpose: `// This key is expected to be visible.` */
const MARKED_PUBLIC = /(?:\/\/|\/\*|#).*\b(?:public|visible|not (?:a )?secret|intentional(?:ly)?|on purpose)\b/i;

/** Tokens in a string, placeholders left out. */
export function tokensIn(text: string): { name: string; token: string; index: number }[] {
  const out: { name: string; token: string; index: number }[] = [];
  for (const format of TOKEN_FORMATS) {
    format.pattern.lastIndex = 0;
    for (const match of text.matchAll(format.pattern)) {
      const token = match[0];
      const around = text.slice(Math.max(0, match.index - 20), match.index + token.length + 20);
      if (PLACEHOLDER.test(token) || (format.name !== "private key" && (PLACEHOLDER.test(around) || lowEntropy(token)))) continue;
      if (out.some((o) => o.index === match.index)) continue;
      out.push({ name: format.name, token, index: match.index });
    }
  }
  return out;
}

/** `sk-aaaaaaaa…` and friends: a repeated character is a stand-in, not a key. */
function lowEntropy(token: string): boolean {
  const body = token.replace(/^[a-z]+[-_](?:[a-z]+[-_])?/i, "");
  return new Set(body).size < 8;
}

/** Tokens worth reporting at a 1-based line: an embeddable key the author marks as public is not a leaked secret. */
function reportable(file: SourceFile, tokens: ReturnType<typeof tokensIn>, line: number): ReturnType<typeof tokensIn> {
  const embeddable = new Set(TOKEN_FORMATS.filter((f) => f.embeddable).map((f) => f.name));
  if (!tokens.some((t) => embeddable.has(t.name))) return tokens;
  const lines = file.text.split("\n", line);
  const nearby = lines.slice(Math.max(0, line - 2), line);
  return tokens.filter((t) => !embeddable.has(t.name) || !nearby.some((l) => MARKED_PUBLIC.test(l)));
}

function draftFor(file: SourceFile, name: string, token: string, line: number): Draft {
  return { message: `A ${name} is hard-coded in ${file.path}.`, location: { path: file.path, startLine: line }, evidence: maskToken(token) };
}

function literalSecrets(file: SourceFile, literal: StringLiteral): Draft[] {
  return reportable(file, tokensIn(literal.value), literal.line).map((t) => draftFor(file, t.name, t.token, literal.line));
}

function configSecrets(file: SourceFile): Draft[] {
  const starts = lineStartTable(file.text);
  return tokensIn(file.text).map((t) => draftFor(file, t.name, t.token, lineAt(starts, t.index)));
}
