/** The guard-shape predicates over parsed conditions: leading-dash checks, Origin checks, SQL guards, DNS pinning, exits. */
import { type AstNode, identifierName, literalString, parseJs, walk } from "../../src/analysis/ast.js";
import { agentValues, isDnsResolution, pinsLookup } from "../../src/analysis/address-pinning.js";
import { changingGlobal, changingStringMethod } from "../../src/analysis/check-use-mismatch.js";
import { neverReturns } from "../../src/analysis/exit-calls.js";
import type { GuardProbe } from "../../src/analysis/guard-probe.js";
import { rejectsLeadingDash } from "../../src/analysis/leading-dash-check.js";
import { openerLaunch } from "../../src/analysis/opener-launch.js";
import { acceptConditionWeakness, readsHostHeader, rejectConditionWeakness, truthyEnvSwitch } from "../../src/analysis/origin-check-shape.js";
import { enablesMultipleStatements, enforcesReadOnly, guardBypasses, isReadOnlyKeywordList, opensReadOnly, splitsOnSemicolon } from "../../src/analysis/sql-guard-shape.js";

/** The first expression of a given node type in a snippet. */
function first(source: string, type: string): AstNode {
  const parsed = parseJs({ path: "x.js", text: source });
  let found: AstNode | undefined;
  walk(parsed.program, (node) => {
    if (!found && node.type === type) found = node;
  });
  if (!found) throw new Error(`no ${type} in ${source}`);
  return found;
}

const expression = (source: string): AstNode => (first(`(${source});`, "ExpressionStatement").expression as AstNode);

/** A probe whose subject is the identifier `v` (or `origin`), with literal strings only. */
function probe(subject: string): GuardProbe {
  return {
    isSubject: (node) => identifierName(node) === subject,
    string: (node) => literalString(node) ?? (node?.type === "Literal" && typeof node.value === "number" ? String(node.value) : undefined),
    strings: (node) => {
      const s = literalString(node);
      return s === undefined ? undefined : [s];
    },
  };
}

describe("rejectsLeadingDash", () => {
  test.each([
    ["v.startsWith('-')", false, true],
    ["!v.startsWith('-')", true, true],
    ["v[0] === '-'", false, true],
    ["v[0] !== '-'", true, true],
    ["v.charAt(0) === '-'", false, true],
    ["v.slice(0, 1) !== '-'", true, true],
    ["v.indexOf('-') === 0", false, true],
    ["/^-/.test(v)", false, true],
    ["/^\\s*-/.test(v)", false, true],
    ["/^[a-z0-9][a-z0-9._/]*$/.test(v)", true, true],
    // Not a leading-dash check
    ["v.startsWith('-')", true, false],
    ["v.includes('-')", false, false],
    ["/^--/.test(v)", false, false],
    ["/^[\\w-]+$/.test(v)", true, false],
    ["w.startsWith('-')", false, false],
    ["v.startsWith('--')", false, false],
  ])("%s where %s → %s", (source, truth, expected) => {
    expect(rejectsLeadingDash(expression(source), truth, probe("v"))).toBe(expected);
  });
});

describe("Origin checks that do not hold", () => {
  test.each([
    ["origin && !allowed.includes(origin)", "fail-open"],
    ["origin !== undefined && !isLocal(origin)", "fail-open"],
    ["typeof origin === 'string' && !ok(origin)", "fail-open"],
    ["new URL(origin).host !== req.headers.host", "host-header-compare"],
    ["new URL(origin).hostname !== req.get('host')", "host-header-compare"],
    ["!origin || !allowed.includes(origin)", undefined],
    ["!allowed.includes(origin)", undefined],
  ])("reject when %s → %s", (source, kind) => {
    expect(rejectConditionWeakness(expression(source), probe("origin"))?.kind).toBe(kind);
  });

  test.each([
    ["!origin", "fail-open"],
    ["origin === undefined || allowed.includes(origin)", "fail-open"],
    ["new URL(origin).host === c.req.header('Host')", "host-header-compare"],
    ["allowed.includes(origin)", undefined],
  ])("accept when %s → %s", (source, kind) => {
    expect(acceptConditionWeakness(expression(source), probe("origin"))?.kind).toBe(kind);
  });

  test("reads the Host header in its usual spellings", () => {
    for (const s of ["req.headers.host", "req.headers['host']", "req.get('Host')", "c.req.header('host')", "request.headers.get('host')"]) expect(readsHostHeader(expression(s))).toBe(true);
    for (const s of ["req.headers.origin", "req.get('origin')", "host"]) expect(readsHostHeader(expression(s))).toBe(false);
  });

  test("an auth switch read as a truthy environment string", () => {
    expect(truthyEnvSwitch(expression("process.env.DISABLE_AUTH"))).toBe("DISABLE_AUTH");
    expect(truthyEnvSwitch(expression("!process.env.REQUIRE_AUTH"))).toBe("REQUIRE_AUTH");
    expect(truthyEnvSwitch(expression("Boolean(process.env.NO_AUTH)"))).toBe("NO_AUTH");
    expect(truthyEnvSwitch(expression("process.env.DISABLE_AUTH === 'true'"))).toBeUndefined();
  });
});

describe("SQL guard shapes", () => {
  test("keyword allow-lists of read-only guards", () => {
    expect(isReadOnlyKeywordList(["select", "with", "explain", "show"])).toBe(true);
    expect(isReadOnlyKeywordList(["SELECT", "PRAGMA"])).toBe(true);
    expect(isReadOnlyKeywordList(["select", "insert"])).toBe(false);
    expect(isReadOnlyKeywordList(["show", "describe"])).toBe(false);
  });

  test("statement splitting on ;", () => {
    expect(splitsOnSemicolon(expression("sql.split(';')"))).toBe(true);
    expect(splitsOnSemicolon(expression("sql.split(/;\\s*/)"))).toBe(true);
    expect(splitsOnSemicolon(expression("sql.split(/\\s+/)"))).toBe(false);
  });

  test("what the engine enforces", () => {
    for (const s of ["BEGIN READ ONLY", "START TRANSACTION READ ONLY", "SET TRANSACTION READ ONLY", "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", "SET default_transaction_read_only = on", "PRAGMA query_only = 1"]) expect(enforcesReadOnly(s)).toBe(true);
    for (const s of ["BEGIN", "SELECT 'READ ONLY'", "SET search_path TO x"]) expect(enforcesReadOnly(s)).toBe(false);
  });

  test("driver options", () => {
    expect(enablesMultipleStatements(expression("{ host, multipleStatements: true }"))).toBe(true);
    expect(enablesMultipleStatements(expression("{ host, multipleStatements: false }"))).toBe(false);
    expect(opensReadOnly(expression("{ readonly: true, fileMustExist: true }"))).toBe(true);
    expect(opensReadOnly(expression("{ readonly: false }"))).toBe(false);
    expect(guardBypasses(true)).toMatch(/multiple statements.*\/\*!/);
  });
});

describe("DNS pinning", () => {
  test("DNS resolution calls", () => {
    expect(isDnsResolution("dns/promises", ["lookup"])).toBe(true);
    expect(isDnsResolution("dns", ["promises", "resolve4"])).toBe(true);
    expect(isDnsResolution("net", ["isIP"])).toBe(false);
  });

  test("options that pin the address", () => {
    expect(pinsLookup(expression("{ lookup: (h, o, cb) => cb(null, address, 4) }"))).toBe(true);
    expect(pinsLookup(expression("{ connect: { lookup: pinned } }"))).toBe(true);
    expect(pinsLookup(expression("{ timeout: 5000 }"))).toBe(false);
    expect(agentValues(expression("{ httpsAgent: agent, timeout: 1 }")).map((n) => identifierName(n))).toEqual(["agent"]);
  });
});

describe("functions that never return", () => {
  test.each([
    ["const f = () => { throw new Error('x'); };", true],
    ["function f(m) { console.error(m); process.exit(1); }", true],
    ["function f(m) { if (m) throw new Error(m); else process.exit(2); }", true],
    ["function f(m) { if (m) throw new Error(m); }", false],
    ["const f = () => new Error('x');", false],
    ["function f() { try { throw 1; } catch { return 2; } }", false],
  ])("%s → %s", (source, expected) => {
    const fn = source.startsWith("function") ? first(source, "FunctionDeclaration") : first(source, "ArrowFunctionExpression");
    expect(neverReturns(fn)).toBe(expected);
  });
});

describe("opener launches", () => {
  test.each([
    ["xdg-open", [undefined], [0]],
    ["/usr/bin/open", ["-a", "Safari", undefined], [2]],
    ["cmd", ["/c", "start", '""', undefined], [3]],
    ["rundll32", ["url.dll,FileProtocolHandler", undefined], [1]],
    ["adb", ["-s", undefined, "shell", "am", "start", "-a", "android.intent.action.VIEW", "-d", undefined], [8]],
    ["xcrun", ["simctl", "openurl", undefined, undefined], [3]],
    ["gio", ["open", undefined], [1]],
  ])("%s %j → targets %j", (program, words, targets) => {
    expect(openerLaunch(program, words)?.targets).toEqual(targets);
  });

  test("not openers", () => {
    expect(openerLaunch("adb", ["shell", "input", "text", undefined])).toBeUndefined();
    expect(openerLaunch("cmd", ["start"])).toBeUndefined();
    expect(openerLaunch("git", ["log", undefined])).toBeUndefined();
    expect(openerLaunch("xcrun", ["simctl", "boot", undefined])).toBeUndefined();
  });
});

describe("check-versus-use changes", () => {
  test("transforms that make the checked copy differ", () => {
    expect(changingStringMethod("trim")).toBe("trimmed");
    expect(changingStringMethod("replace")).toMatch(/replace/);
    expect(changingStringMethod("constructor")).toBeUndefined();
    expect(changingGlobal("decodeURIComponent")).toBe("URL-decoded");
    expect(changingGlobal("resolve")).toBeUndefined();
  });
});
