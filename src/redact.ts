/**
 * The one place secrets are stripped from what mcp-trust shows: credentials in URLs, tokens of known formats, and the
 * values of the environment's secret variables. Every output (report, text, markdown, SARIF, check run, logs, error
 * lines) passes through here, so a token found in a scanned tree or a registry password never appears whole.
 */

/** Token formats with a fixed, documented prefix (code/hardcoded-secret reports them; every output masks them). */
export const SECRET_FORMATS: { name: string; pattern: RegExp; embeddable?: true }[] = [
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{50,}/g },
  { name: "Slack token", pattern: /\bxox[abpr]-[0-9A-Za-z-]{10,}/g },
  { name: "Stripe live secret key", pattern: /\b[sr]k_live_[0-9A-Za-z]{20,}/g },
  { name: "Anthropic API key", pattern: /\bsk-ant-[A-Za-z0-9_-]{32,}/g },
  { name: "OpenAI API key", pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{32,}|\bsk-(?!ant-)[A-Za-z0-9]{32,}\b/g },
  // Google documents API keys for public APIs (Maps, Firebase, CrUX) as meant to ship in client code, restricted by API.
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, embeddable: true },
  { name: "npm access token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  // The header alone is a format check (`pem.startsWith("-----BEGIN PRIVATE KEY-----")`), not a key: a base64 body must follow,
  // after real or escaped (`\n` in JSON) line breaks and optional PEM headers (Proc-Type, DEK-Info).
  {
    name: "private key",
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn])*(?:[\w-]+: [^\r\n\\]*(?:\s|\\[rn])+)*[A-Za-z0-9+/=]{40,}/g,
  },
];

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/@?#]*)@/i;

/**
 * Removes `user:password@` (or a bare token used as the user) and any query string, which is where
 * signed-URL and token parameters live. A plain `git@` user carries no secret and is kept.
 */
export function redactUrl(value: string): string {
  let out = value.replace(USERINFO, (whole, scheme: string, userinfo: string) => (userinfo === "git" ? whole : scheme));
  const query = out.search(/[?]/);
  if (query >= 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(out)) {
    const fragment = out.indexOf("#", query);
    out = out.slice(0, query) + (fragment >= 0 ? out.slice(fragment) : "");
  }
  return out;
}

/** How a token of a known format is shown: its prefix, the rest elided. */
export function maskToken(token: string): string {
  return token.startsWith("-----") ? "-----BEGIN … PRIVATE KEY-----" : `${token.slice(0, 4)}…`;
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
const SECRET_PARAMETER = /^(?:.*token|.*secret|.*password|passwd|pwd|.*api[-_]?key|key|apikey|auth|authorization|sig|signature|x-amz-signature|x-amz-credential|credential|code|session|sessionid)$/i;
const MASK = "***";

/** A URL inside free text: userinfo removed, and the values of query parameters named like secrets masked. */
function redactUrlInText(url: string): string {
  let out = url.replace(USERINFO, (whole, scheme: string, userinfo: string) => (userinfo === "git" ? whole : `${scheme}${MASK}@`));
  const query = out.indexOf("?");
  if (query < 0) return out;
  const fragment = out.indexOf("#", query);
  const head = out.slice(0, query + 1);
  const params = out.slice(query + 1, fragment >= 0 ? fragment : undefined);
  const tail = fragment >= 0 ? out.slice(fragment) : "";
  out = head + params.split("&").map((pair) => {
    const equals = pair.indexOf("=");
    if (equals < 0) return pair;
    return SECRET_PARAMETER.test(decodeSafely(pair.slice(0, equals))) ? `${pair.slice(0, equals)}=${MASK}` : pair;
  }).join("&") + tail;
  return out;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Environment variables whose values are secrets: tokens, keys, passwords, webhook secrets, npm auth. */
const SECRET_VARIABLE = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE|CREDENTIAL|_AUTH|^AUTH|COOKIE|SESSION|SIGNING|WEBHOOK/i;

/**
 * The values of the secret-looking variables of an environment, longest first. A value shorter than 8 characters, or a
 * plain word (probot's default webhook secret "development"), is left alone: masking it would garble ordinary text.
 */
export function environmentSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || value.length < 8 || !SECRET_VARIABLE.test(name) || /^[a-z-]+$/.test(value) || /^(?:true|false|null|undefined)$/i.test(value)) continue;
    values.add(value);
    // A URL-valued secret (npm_config_//host/:_authToken, a registry with credentials) also shows up encoded.
    const encoded = encodeURIComponent(value);
    if (encoded !== value) values.add(encoded);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** Free text with secrets masked: URL credentials and secret query values, known token formats, and `secrets` (environment values). */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
  if (out.includes("://")) out = out.replace(URL_IN_TEXT, redactUrlInText);
  for (const format of SECRET_FORMATS) {
    format.pattern.lastIndex = 0;
    if (format.pattern.test(out)) {
      format.pattern.lastIndex = 0;
      out = out.replace(format.pattern, maskToken);
    }
  }
  return out;
}

/** Every string of a JSON-like value passed through redactText; objects are copied, never changed in place. */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === "string") return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === "object" && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) out[key] = visit(item);
      return out;
    }
    return v;
  };
  return visit(value) as T;
}

/** An error safe to log: its message and stack redacted (the original is left as it was). */
export function redactError(error: unknown, secrets: readonly string[] = environmentSecrets()): Error {
  if (!(error instanceof Error)) return new Error(redactText(String(error), secrets));
  const copy = new Error(redactText(error.message, secrets));
  copy.name = error.name;
  copy.stack = redactText(error.stack ?? "", secrets);
  return copy;
}
