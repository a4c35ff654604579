/**
 * How the code rules read the analysis' sink hits: which trace of a hit is the worst once its checks are counted, the
 * severity its origin gives (DESIGN: origins and severity), and the words for its way from source to sink.
 */
import type { Check, CheckKind, Origin, SinkHit, SinkInput, Trace } from "../../analysis/index.js";
import type { Draft, Severity, Snapshot } from "../../model.js";

export type SinkClass = "shell" | "code" | "opener" | "file" | "url" | "sql";

/** Checks that take the danger out of a value, per sink class (a check that can be bypassed never counts). */
const NEUTRALISING: Record<SinkClass, ReadonlySet<CheckKind>> = {
  shell: new Set(["shell-quoted", "numeric", "value-allowed", "schema-constrained", "uri-encoded", "url-sanitised"]),
  code: new Set(["numeric", "value-allowed", "schema-constrained", "json-encoded"]),
  opener: new Set(["numeric", "value-allowed", "schema-constrained", "url-sanitised", "url-scheme-allowed", "uri-encoded"]),
  file: new Set(["path-contained", "basename", "numeric", "value-allowed", "schema-constrained", "uri-encoded"]),
  url: new Set(["url-host-allowed", "numeric", "value-allowed", "schema-constrained"]),
  sql: new Set(["numeric", "value-allowed", "schema-constrained"]),
};

/**
 * Severity by origin (DESIGN.md): critical when the model's or an HTTP client's input reaches a shell, code or an opener;
 * high for network responses and file contents there, and for tool input reaching a file, URL or SQL sink; medium for
 * argv and env into a shell or code; low for a value the analysis could not follow into a shell or code.
 */
export function severityOf(origin: Origin, sink: SinkClass): Severity | undefined {
  const injection = sink === "shell" || sink === "code" || sink === "opener";
  switch (origin) {
    case "tool-argument":
    case "http-request":
      return injection ? "critical" : "high";
    case "network-response":
    case "file-content":
      return injection ? "high" : undefined;
    case "process-argv":
    case "env":
      return sink === "shell" || sink === "code" ? "medium" : undefined;
    case "unresolved":
      return sink === "shell" || sink === "code" ? "low" : undefined;
  }
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export interface Judged {
  trace: Trace;
  severity: Severity;
  /** A check that was tried and can be bypassed. */
  weak?: Check;
}

/** The worst trace of a hit's inputs for a sink class: neutralised and vendored ones left out. */
export function worstTrace(hit: SinkHit, sink: SinkClass, traces: readonly Trace[] = allTraces(hit.inputs)): Judged | undefined {
  let best: Judged | undefined;
  for (const trace of traces) {
    // Code that is not the server's own counts only for what the server's own code hands it.
    if (hit.vendored && (trace.vendored || trace.origin === "unresolved")) continue;
    if (trace.vendored && trace.origin === "unresolved") continue;
    const severity = severityOf(trace.origin, sink);
    if (!severity) continue;
    if (trace.checks.some((c) => c.holds && NEUTRALISING[sink].has(c.kind))) continue;
    // Partial path checks that together contain: no `..` segment, and relative or joined under a base.
    if (sink === "file" && has(trace, "no-dot-dot") && (has(trace, "relative-path") || has(trace, "joined-component") || has(trace, "no-separator"))) continue;
    const weak = trace.checks.find((c) => !c.holds && NEUTRALISING[sink].has(c.kind)) ??
      (sink === "file" && has(trace, "no-dot-dot") ? { kind: "no-dot-dot" as const, holds: false, detail: "only `..` is refused: an absolute path still reaches any file" } : undefined);
    if (!best || RANK[severity] > RANK[best.severity] || (RANK[severity] === RANK[best.severity] && trace.steps.length < best.trace.steps.length)) {
      best = { trace, severity, ...(weak ? { weak } : {}) };
    }
  }
  return best;
}

function has(trace: Trace, kind: CheckKind): boolean {
  return trace.checks.some((c) => c.holds && c.kind === kind);
}

export function allTraces(inputs: readonly SinkInput[]): Trace[] {
  const out: Trace[] = [];
  for (const input of inputs) {
    out.push(...input.traces);
    for (const part of input.parts ?? []) if ("hole" in part) out.push(...part.hole);
  }
  return out;
}

/** The source in words, for "… built from <this>". */
export function originPhrase(trace: Trace): string {
  const field = trace.field && trace.field.length > 0 ? displayField(trace.field) : undefined;
  switch (trace.origin) {
    case "tool-argument":
      return `${field ? `argument \`${field}\` of ` : ""}${trace.source.replace(/^the arguments of /, "")} (chosen by the model, and so by any prompt injection)`;
    case "http-request":
      return `HTTP request data${field ? ` (\`${field}\`)` : ""} from ${trace.source}`;
    case "network-response":
      return `data read from a network response (${trace.source})`;
    case "file-content":
      return `file contents (${trace.source})`;
    case "process-argv":
      return "the command line (process.argv)";
    case "env":
      return `the environment (${trace.source.replace(/^read from /, "")})`;
    case "unresolved":
      return `a value the analysis could not follow to its source (${trace.source})`;
  }
}

/** `request.params.arguments.cmd` reads as `cmd`. */
function displayField(field: readonly string[]): string {
  const parts = field[0] === "params" && field[1] === "arguments" ? field.slice(2) : field;
  return parts.join(".") || field.join(".");
}

/** The way from source to sink: each step with its file and line. */
export function pathOf(trace: Trace, hit: SinkHit): string {
  const steps = [...trace.steps];
  const last = steps[steps.length - 1];
  const at = hit.location;
  if (!last || last.path !== at.path || last.line !== at.startLine) steps.push({ path: at.path, line: at.startLine ?? 0, what: `reaches ${hit.api}` });
  return steps.map((s) => `${s.what} (${s.path}:${s.line})`).join(" → ");
}

/** A finding for a hit: the rule's sentence, the path, the severity from the origin, the anchor the fingerprint uses. */
export function sinkDraft(hit: SinkHit, judged: Judged, sentence: string): Draft {
  const weak = judged.weak ? ` The check before it can be bypassed: ${judged.weak.detail}.` : "";
  return {
    message: `${sentence}${weak} Path: ${pathOf(judged.trace, hit)}.`,
    severity: judged.severity,
    location: hit.location,
    evidence: hit.evidence,
    ...(hit.anchor ? { anchor: hit.anchor } : judged.trace.tool ? { anchor: `tool:${judged.trace.tool}` } : {}),
  };
}

export function hitsOf(snapshot: Snapshot, kinds: readonly SinkHit["kind"][]): SinkHit[] {
  return snapshot.code.sinks.filter((h) => kinds.includes(h.kind));
}
