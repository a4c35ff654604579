/** The opt-in live probe: starts the server over stdio in a scratch directory and checks its MCP conformance with the official SDK client, or sends a foreign Origin to an HTTP endpoint. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import { LATEST_PROTOCOL_VERSION, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { UnavailableError } from "../errors.js";
import type { JsonFile, Manifest, ProbeCheck, ProbedTool, ProbeResult, RemoteEndpoint } from "../model.js";
import { TOOL } from "../version.js";

/** Revisions the probe accepts in the server's initialize answer (the two it asks the server to support). */
export const PROBE_PROTOCOL_VERSIONS = ["2025-11-25", "2025-06-18"];
const KILL_GRACE_MS = 300;
/** How long a started server may take over tools/list. */
const TOOLS_LIST_MS = 5_000;
/** How long after a later request's answer an earlier one may still arrive (see rawBatch). */
const ANSWER_GRACE_MS = 1_500;

export interface ProbeInput {
  root: string;
  manifest?: Manifest;
  serverJson?: JsonFile;
  remotes?: RemoteEndpoint[];
  /** Probe this HTTP endpoint instead of starting the server. */
  url?: string;
  /** Hard limit for the whole stdio session. */
  timeoutMs?: number;
}

export interface ServerCommand {
  command: string;
  args: string[];
}

/** How to start the server: package.json bin as `node <bin>` (the code scanned), else server.json's npm package through its runtime hint. */
export function serverCommand(input: Pick<ProbeInput, "root" | "manifest" | "serverJson">): ServerCommand | undefined {
  const bin = input.manifest?.data.bin;
  const binPath = typeof bin === "string" ? bin : bin && typeof bin === "object" ? Object.values(bin)[0] : undefined;
  const npmPackage = serverJsonNpmPackage(input.serverJson);
  const packageArgs = npmPackage ? argumentValues(npmPackage.packageArguments) : [];
  if (binPath && existsSync(path.join(input.root, binPath))) return { command: process.execPath, args: [path.join(input.root, binPath), ...packageArgs] };
  if (npmPackage && typeof npmPackage.identifier === "string") {
    const hint = typeof npmPackage.runtimeHint === "string" ? npmPackage.runtimeHint : "npx";
    const version = typeof npmPackage.version === "string" ? `@${npmPackage.version}` : "";
    return { command: hint, args: [...argumentValues(npmPackage.runtimeArguments), ...(hint === "npx" ? ["-y"] : []), `${npmPackage.identifier}${version}`, ...packageArgs] };
  }
  return undefined;
}

function serverJsonNpmPackage(serverJson: JsonFile | undefined): Record<string, unknown> | undefined {
  const packages = serverJson?.data.packages;
  if (!Array.isArray(packages)) return undefined;
  return packages.find((p): p is Record<string, unknown> => !!p && typeof p === "object" && (p.registryType === "npm" || p.registry_name === "npm"));
}

/** server.json argument objects to argv: positional values, and named ones as `--name value`. */
function argumentValues(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((a: { type?: string; name?: string; value?: string; default?: string }) => {
    const value = a.value ?? a.default;
    if (a.type === "named" && a.name) return value === undefined ? [a.name] : [a.name, value];
    return value === undefined ? [] : [value];
  });
}

export async function runProbe(input: ProbeInput): Promise<ProbeResult> {
  const result = input.url ? await probeHttp(input.url) : await probeStdio(input);
  const metadata = await Promise.all(
    [...new Set((input.remotes ?? []).flatMap((r) => (r.url.startsWith("https://") ? [new URL(r.url).origin] : [])))].map(protectedResourceMetadata),
  );
  return metadata.length > 0 ? { ...result, authMetadata: metadata } : result;
}

/** A stdio transport for the SDK client that also keeps every raw stdout line and lets the probe send raw JSON-RPC. */
class RecordingStdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  readonly nonProtocolLines: string[] = [];
  /** The revision the server chose; the SDK client reports it here after initialize. */
  protocolVersion?: string;
  private buffer = "";
  private readonly pending = new Map<string, (message: Record<string, unknown>) => void>();

  constructor(private readonly child: ChildProcess) {}

  async start(): Promise<void> {
    this.child.stdout!.setEncoding("utf8");
    this.child.stdout!.on("data", (chunk: string) => {
      this.buffer += chunk;
      let newline;
      while ((newline = this.buffer.indexOf("\n")) >= 0) {
        const line = this.buffer.slice(0, newline).replace(/\r$/, "");
        this.buffer = this.buffer.slice(newline + 1);
        this.receive(line);
      }
    });
    this.child.on("close", () => this.onclose?.());
  }

  private receive(line: string): void {
    if (line.trim() === "") return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      this.nonProtocolLines.push(line);
      return;
    }
    if (!message || typeof message !== "object" || (message as { jsonrpc?: unknown }).jsonrpc !== "2.0") {
      this.nonProtocolLines.push(line);
      return;
    }
    const id = (message as { id?: unknown }).id;
    const waiter = typeof id === "string" ? this.pending.get(id) : undefined;
    if (waiter) {
      this.pending.delete(id as string);
      waiter(message as Record<string, unknown>);
      return;
    }
    this.onmessage?.(message as JSONRPCMessage);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    this.child.stdin!.write(serializeMessage(message));
  }

  /** Sends a raw request the SDK client never sees and waits for its answer, or undefined after `ms`. */
  raw(message: Record<string, unknown> & { id: string }, ms: number): Promise<Record<string, unknown> | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(message.id);
        resolve(undefined);
      }, ms);
      this.pending.set(message.id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.child.stdin!.write(`${JSON.stringify(message)}\n`);
    });
  }

  /**
   * Sends `requests`, then `sentinel`, and waits for their answers. A server reads its stdin in order, so once the
   * sentinel is answered the earlier requests have been read: they get `graceMs` more (an async handler may answer
   * late), and silence past that is the server's. Without a sentinel answer the wait ends at `limitMs`. Waits are
   * measured from the server's own progress, so a loaded machine slows the probe down rather than failing checks.
   */
  async rawBatch(
    requests: (Record<string, unknown> & { id: string })[],
    sentinel: Record<string, unknown> & { id: string },
    timing: { graceMs: number; limitMs: number },
  ): Promise<{ answers: (Record<string, unknown> | undefined)[]; sentinel: Record<string, unknown> | undefined }> {
    const answers = new Map<string, Record<string, unknown>>();
    const everything = [...requests, sentinel];
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let graceTimer: NodeJS.Timeout | undefined;
    const limitTimer = setTimeout(finish, timing.limitMs);
    for (const message of everything) {
      this.pending.set(message.id, (answer) => {
        answers.set(message.id, answer);
        if (answers.size === everything.length) finish();
        else if (message.id === sentinel.id) graceTimer = setTimeout(finish, timing.graceMs);
      });
    }
    this.child.stdin!.write(everything.map((m) => `${JSON.stringify(m)}\n`).join(""));
    await finished;
    clearTimeout(limitTimer);
    clearTimeout(graceTimer);
    for (const message of everything) this.pending.delete(message.id);
    return { answers: requests.map((r) => answers.get(r.id)), sentinel: answers.get(sentinel.id) };
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  async close(): Promise<void> {
    this.child.stdin?.end();
  }
}

/** A server process started for one probe session: a scratch cwd and HOME, a minimal environment, its own process group. */
interface ServerProcess {
  child: ChildProcess;
  /** Rejects with an UnavailableError when the command cannot be started at all. */
  spawnError: Promise<never>;
  stderr(): string;
  exited(): boolean;
  /** Kills the process group and removes the scratch directory. */
  dispose(): Promise<void>;
}

function startServer(command: ServerCommand, display: string): ServerProcess {
  const scratch = mkdtempSync(path.join(tmpdir(), "mcp-trust-probe-"));
  // A minimal environment: no tokens or keys from the scanning machine reach the server.
  const child = spawn(command.command, command.args, {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? "", HOME: scratch, NODE_ENV: "production" },
    stdio: ["pipe", "pipe", "pipe"],
    detached: process.platform !== "win32",
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    if (stderr.length < 4000) stderr += chunk;
  });
  // A server that exits early must not crash the probe with EPIPE on its stdin.
  child.stdin!.on("error", () => undefined);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const spawnError = new Promise<never>((_, reject) => child.on("error", (error) => reject(new UnavailableError(`could not start ${display}: ${error.message}`))));
  spawnError.catch(() => undefined);
  return {
    child,
    spawnError,
    stderr: () => stderr,
    exited: () => exited,
    dispose: async () => {
      await killTree(child);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

async function probeStdio(input: ProbeInput): Promise<ProbeResult> {
  const command = serverCommand(input);
  if (!command) throw new UnavailableError("no way to start the server: package.json has no bin and server.json no npm package");
  const display = [path.basename(command.command), ...command.args.map((a) => (a.startsWith(input.root) ? path.relative(input.root, a) : a))].join(" ");
  const deadline = Date.now() + (input.timeoutMs ?? 10_000);
  const remaining = (): number => Math.max(1, deadline - Date.now());
  const server = startServer(command, display);
  const transport = new RecordingStdioTransport(server.child);
  const client = new Client({ name: `${TOOL.name}-probe`, version: TOOL.version });
  const checks: ProbeCheck[] = [];
  const tools: ProbedTool[] = [];
  let protocolVersion: string | undefined;
  let negotiation: Promise<ProbeCheck[]> | undefined;
  try {
    try {
      await Promise.race([client.connect(transport, { timeout: remaining() }), server.spawnError]);
      checks.push({ name: "initialize", passed: true, detail: `answered as ${client.getServerVersion()?.name ?? "?"} ${client.getServerVersion()?.version ?? ""}`.trim() });
    } catch (error) {
      if (error instanceof UnavailableError) throw error;
      // A server that died without a word on stdout never started (missing dependencies, a build step): that is no conformance verdict.
      if (server.exited() && transport.nonProtocolLines.length === 0) throw new UnavailableError(`the server exited before answering initialize: ${lastLine(server.stderr())}`);
      checks.push({ name: "initialize", passed: false, detail: `${(error as Error).message}${transport.nonProtocolLines.length ? ` (stdout: ${JSON.stringify(transport.nonProtocolLines[0]!.slice(0, 80))})` : ""}` });
    }
    if (checks[0]?.passed) {
      protocolVersion = transport.protocolVersion;
      const accepted = protocolVersion !== undefined && PROBE_PROTOCOL_VERSIONS.includes(protocolVersion);
      checks.push({
        name: "version negotiation",
        passed: accepted,
        detail: accepted ? `asked for ${LATEST_PROTOCOL_VERSION}, server chose ${protocolVersion}` : `asked for ${LATEST_PROTOCOL_VERSION}, server answered ${protocolVersion ?? "no version"}`,
      });
      // Fresh processes, run while this session goes on, so the extra sessions add little to the probe's time.
      negotiation = negotiationChecks(command, display, protocolVersion, remaining);
      const listed = await transport.raw({ jsonrpc: "2.0", id: "mcp-trust-tools", method: "tools/list", params: {} }, Math.min(TOOLS_LIST_MS, remaining()));
      const toolsResult = toolsCheck(listed, tools);
      // Sent together so a server that ignores both costs one wait, not two; a request it has answered before tells when it has read them.
      const sentinel = listed ? { jsonrpc: "2.0", id: "mcp-trust-tools-again", method: "tools/list", params: {} } : { jsonrpc: "2.0", id: "mcp-trust-ping", method: "ping" };
      const {
        answers: [unknown, badParams],
      } = await transport.rawBatch(
        [
          { jsonrpc: "2.0", id: "mcp-trust-unknown", method: "mcp-trust/no-such-method", params: {} },
          { jsonrpc: "2.0", id: "mcp-trust-bad-params", method: "tools/call", params: { arguments: "not an object" } },
        ],
        sentinel,
        { graceMs: ANSWER_GRACE_MS, limitMs: remaining() },
      );
      checks.push(...(await negotiation), toolsResult);
      checks.push(errorCheck("unknown method gets a JSON-RPC error", unknown));
      checks.push(errorCheck("bad params get a JSON-RPC error", badParams));
    }
    checks.push({
      name: "stdout is JSON-RPC only",
      passed: transport.nonProtocolLines.length === 0,
      detail: transport.nonProtocolLines.length === 0 ? "every stdout line was a JSON-RPC message" : `${transport.nonProtocolLines.length} non-JSON-RPC line(s), first: ${JSON.stringify(transport.nonProtocolLines[0]!.slice(0, 120))}`,
    });
  } finally {
    await client.close().catch(() => undefined);
    await server.dispose();
    // Never leave a negotiation session running, even when this one failed.
    await negotiation?.catch(() => undefined);
  }
  return { transport: "stdio", command: display, ...(protocolVersion ? { protocolVersion } : {}), checks, tools };
}

/** Published MCP revisions: a negotiated version outside this list is no version a server can support. */
export const KNOWN_PROTOCOL_VERSIONS = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"];
/** A revision no server supports, to see the server fall back to one it does. */
export const UNKNOWN_PROTOCOL_VERSION = "2099-01-01";

/**
 * Two more sessions, each a fresh process run in parallel: one initializes asking for 2025-06-18; the other first sends a
 * 2026-07-28 `server/discover` with no handshake (as a stateless client does), then initializes asking for an unknown revision.
 */
async function negotiationChecks(command: ServerCommand, display: string, firstVersion: string | undefined, remaining: () => number): Promise<ProbeCheck[]> {
  const [older, [discover, unknown]] = await Promise.all([
    rawSession(command, display, async (transport) => olderVersionCheck(await initializeAs(transport, "2025-06-18", remaining), firstVersion)),
    rawSession(command, display, async (transport) => {
      // The initialize sent after it tells when the server has read the discover request.
      const {
        answers: [discovered],
        sentinel: answered,
      } = await transport.rawBatch([{ jsonrpc: "2.0", id: "mcp-trust-discover", method: "server/discover", params: {} }], initializeRequest(UNKNOWN_PROTOCOL_VERSION), {
        graceMs: ANSWER_GRACE_MS,
        limitMs: remaining(),
      });
      return [discoverCheck(discovered, transport.nonProtocolLines), unknownVersionCheck(answered)] as const;
    }),
  ]);
  return [older, unknown, discover];
}

/** Runs one raw JSON-RPC session against a fresh server process, always killed at the end. */
async function rawSession<T>(command: ServerCommand, display: string, talk: (transport: RecordingStdioTransport) => Promise<T>): Promise<T> {
  const server = startServer(command, display);
  const transport = new RecordingStdioTransport(server.child);
  try {
    await transport.start();
    return await talk(transport);
  } finally {
    await server.dispose();
  }
}

function initializeRequest(version: string): Record<string, unknown> & { id: string } {
  const params = { protocolVersion: version, capabilities: {}, clientInfo: { name: `${TOOL.name}-probe`, version: TOOL.version } };
  return { jsonrpc: "2.0", id: `mcp-trust-initialize-${version}`, method: "initialize", params };
}

/** A fresh process's first answer waits for its start-up, which a loaded machine slows: up to the session's deadline. */
function initializeAs(transport: RecordingStdioTransport, version: string, remaining: () => number): Promise<Record<string, unknown> | undefined> {
  return transport.raw(initializeRequest(version), remaining());
}

/** The version a server put in its initialize result, or why there is none. */
function answeredVersion(answer: Record<string, unknown> | undefined): { version: string } | { problem: string } {
  if (!answer) return { problem: "no answer to initialize within the time limit" };
  const error = answer.error as { code?: unknown; message?: unknown } | undefined;
  if (error) return { problem: `answered initialize with error ${String(error.code)}${typeof error.message === "string" ? ` (${error.message.slice(0, 80)})` : ""}` };
  const version = (answer.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
  if (typeof version !== "string") return { problem: "the initialize result has no protocolVersion" };
  return { version };
}

/** Spec: "If the server supports the requested protocol version, it MUST respond with the same version. Otherwise, the server MUST respond with another protocol version it supports." */
function olderVersionCheck(answer: Record<string, unknown> | undefined, firstVersion: string | undefined): ProbeCheck {
  const name = "version negotiation asking for 2025-06-18";
  const answered = answeredVersion(answer);
  if ("problem" in answered) return { name, passed: false, detail: answered.problem };
  const { version } = answered;
  if (version === "2025-06-18") return { name, passed: true, detail: "server chose 2025-06-18, the version asked for" };
  if (!KNOWN_PROTOCOL_VERSIONS.includes(version)) return { name, passed: false, detail: `server answered ${JSON.stringify(version)}, no published MCP revision` };
  // Choosing 2025-06-18 when asked for another revision shows the server supports it, so it must not refuse it here.
  if (firstVersion === "2025-06-18") return { name, passed: false, detail: `server answered ${version}, though it chose 2025-06-18 in the first session and so supports it` };
  return { name, passed: true, detail: `server does not support 2025-06-18 and offered ${version} instead (a 2025-06-18-only client disconnects)` };
}

/** An unknown revision must get a published one back: not an error, not silence, not the unknown string echoed. */
function unknownVersionCheck(answer: Record<string, unknown> | undefined): ProbeCheck {
  const name = `unknown version ${UNKNOWN_PROTOCOL_VERSION} gets a supported one`;
  const answered = answeredVersion(answer);
  if ("problem" in answered) return { name, passed: false, detail: answered.problem };
  if (answered.version === UNKNOWN_PROTOCOL_VERSION) return { name, passed: false, detail: `server echoed ${UNKNOWN_PROTOCOL_VERSION}, a revision it cannot support` };
  if (!KNOWN_PROTOCOL_VERSIONS.includes(answered.version)) return { name, passed: false, detail: `server answered ${JSON.stringify(answered.version)}, no published MCP revision` };
  return { name, passed: true, detail: `server offered ${answered.version}` };
}

/** 2026-07-28 `server/discover` before any handshake: a result object (implemented) or a JSON-RPC error (not implemented) both pass; silence or a malformed answer fails. */
function discoverCheck(answer: Record<string, unknown> | undefined, nonProtocolLines: string[]): ProbeCheck {
  const name = "server/discover (2026-07-28) gets an answer";
  if (!answer) {
    const noise = nonProtocolLines.length ? ` (stdout had ${nonProtocolLines.length} non-JSON-RPC line(s), first: ${JSON.stringify(nonProtocolLines[0]!.slice(0, 80))})` : "";
    return { name, passed: false, detail: `no JSON-RPC answer within the time limit${noise}` };
  }
  const error = answer.error as { code?: unknown } | undefined;
  if (error && typeof error.code === "number") {
    return { name, passed: true, detail: error.code === -32601 ? "not implemented: error -32601 (method not found)" : `not implemented: error ${error.code}` };
  }
  const result = answer.result;
  if (result && typeof result === "object" && !Array.isArray(result)) {
    return { name, passed: true, detail: `implemented: result with ${Object.keys(result).join(", ") || "no fields"}` };
  }
  return { name, passed: false, detail: error ? "the error has no numeric code" : "the answer has neither a result object nor an error" };
}

function toolsCheck(answer: Record<string, unknown> | undefined, tools: ProbedTool[]): ProbeCheck {
  const name = "tools/list schemas";
  if (!answer) return { name, passed: false, detail: "no answer to tools/list" };
  if (answer.error) return { name, passed: true, detail: "the server has no tools capability" };
  const listed = (answer.result as { tools?: unknown } | undefined)?.tools;
  if (!Array.isArray(listed)) return { name, passed: false, detail: "the result has no tools array" };
  const problems: string[] = [];
  for (const tool of listed as Record<string, unknown>[]) {
    const toolName = typeof tool?.name === "string" ? tool.name : "(unnamed)";
    tools.push({ name: toolName, ...(typeof tool.description === "string" ? { description: tool.description } : {}), ...(tool.inputSchema !== undefined ? { inputSchema: tool.inputSchema } : {}) });
    const schema = tool.inputSchema as { type?: unknown; properties?: unknown } | undefined;
    if (!schema || typeof schema !== "object" || Array.isArray(schema)) problems.push(`${toolName}: inputSchema is missing or not an object`);
    else if (schema.type !== "object") problems.push(`${toolName}: inputSchema.type is ${JSON.stringify(schema.type)}, not "object"`);
    else if (schema.properties !== undefined && (typeof schema.properties !== "object" || schema.properties === null || Array.isArray(schema.properties))) problems.push(`${toolName}: properties is not an object`);
  }
  return problems.length === 0
    ? { name, passed: true, detail: `${listed.length} tool(s), every inputSchema a JSON Schema object` }
    : { name, passed: false, detail: problems.join("; ") };
}

function errorCheck(name: string, answer: Record<string, unknown> | undefined): ProbeCheck {
  const error = answer?.error as { code?: unknown } | undefined;
  if (error && typeof error.code === "number") return { name, passed: true, detail: `error ${error.code}` };
  return { name, passed: false, detail: answer ? "answered with a result instead of an error" : "no answer within the time limit" };
}

/** SIGTERM to the process group, then SIGKILL after a grace period; resolves once the child is gone. */
export async function killTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (process.platform !== "win32") process.kill(-child.pid!, name);
      else child.kill(name);
    } catch {
      child.kill(name);
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), KILL_GRACE_MS);
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, KILL_GRACE_MS + 1000))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) signal("SIGKILL");
}

function lastLine(text: string): string {
  const lines = text.trim().split("\n");
  return (lines.find((l) => /Error|Cannot find/.test(l)) ?? lines[lines.length - 1] ?? "no output").slice(0, 200);
}

/** POSTs an initialize with a foreign Origin and Host, as the conformance suite's DNS-rebinding check does; 4xx is the pass. */
async function probeHttp(url: string): Promise<ProbeResult> {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: `${TOOL.name}-probe`, version: TOOL.version } } });
  const status = await rawRequest(url, "POST", { "content-type": "application/json", accept: "application/json, text/event-stream", origin: "https://attacker.example", host: "attacker.example" }, body);
  const passed = status.status !== undefined && status.status >= 400 && status.status < 500;
  return {
    transport: "http",
    command: url,
    checks: [{ name: "foreign Origin/Host rejected", passed, detail: status.status === undefined ? `no answer: ${status.error}` : `HTTP ${status.status} to Origin https://attacker.example, Host attacker.example` }],
    tools: [],
  };
}

/** RFC 9728: GET <origin>/.well-known/oauth-protected-resource must be JSON with `resource` and `authorization_servers`. */
async function protectedResourceMetadata(origin: string): Promise<{ origin: string; ok: boolean; detail: string }> {
  const answer = await rawRequest(`${origin}/.well-known/oauth-protected-resource`, "GET", { accept: "application/json" });
  if (answer.status === undefined) return { origin, ok: false, detail: `no answer (${answer.error})` };
  if (answer.status !== 200) return { origin, ok: false, detail: `HTTP ${answer.status}` };
  try {
    const data = JSON.parse(answer.body) as { resource?: unknown; authorization_servers?: unknown };
    const ok = typeof data.resource === "string" && Array.isArray(data.authorization_servers) && data.authorization_servers.length > 0;
    return { origin, ok, detail: ok ? "resource and authorization_servers present" : "the document lacks resource or authorization_servers" };
  } catch {
    return { origin, ok: false, detail: "the document is not JSON" };
  }
}

function rawRequest(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status?: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const request = (target.protocol === "https:" ? https : http).request(target, { method, headers, timeout: 5000 }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (text.length < 100_000) text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode, body: text }));
      // An SSE stream never ends: the status is all the Origin check needs.
      if (String(response.headers["content-type"] ?? "").includes("text/event-stream")) {
        response.destroy();
        resolve({ status: response.statusCode, body: "" });
      }
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => resolve({ body: "", error: error.message }));
    request.end(body);
  });
}
