import type { TriageRow } from "../../src/eval/lists.js";
import { evidenceKey, findingLocation, judgeFindings, triageTemplateLine } from "../../src/eval/precision.js";
import { seriousShares } from "../../src/eval/shares.js";
import { crash, finding, ok } from "./fixtures.js";

function row(extra: Partial<TriageRow>): TriageRow {
  return { rule: "code/command-injection", package: "srv", location: "dist/index.js:99", evidence: "exec(`open ${url}`)", verdict: "real", reason: "r", line: 5, ...extra };
}

const serverOf = (spec: string) => spec.replace(/@[^@]*$/, "");

describe("precision from triage", () => {
  test("evidence keys collapse whitespace and are cut to one TSV-safe line", () => {
    expect(evidenceKey("a\t b\n\n  c ")).toBe("a b c");
    expect(evidenceKey("x".repeat(500))).toHaveLength(160);
    expect(evidenceKey(undefined)).toBe("");
  });

  test("a row matches by rule, server, file and evidence, whatever the line; unjudged findings need triage and are not counted", () => {
    const outcomes = [
      ok("srv@2.0.0", [
        finding("code/command-injection", "critical", { location: { path: "dist/index.js", startLine: 12 } }),
        finding("code/command-injection", "high", { evidence: "exec(cmd)" }),
        finding("code/ssrf", "medium"),
      ]),
      crash("other@1.0.0"),
    ];
    const summary = judgeFindings(outcomes, [row({}), row({ rule: "code/ssrf", verdict: "false" })], serverOf);
    expect(summary.serious).toHaveLength(2);
    expect(summary.real).toBe(1);
    expect(summary.false).toBe(0);
    expect(summary.precision).toBe(1);
    expect(summary.needsTriage.map((j) => j.finding.evidence)).toEqual(["exec(cmd)"]);
    expect(summary.unusedRows.map((r) => r.rule)).toEqual(["code/ssrf"]);
  });

  test("identical evidence twice in one file: the row nearest each finding's line judges it", () => {
    const at = (line: number) => finding("code/tls-verification-disabled", "high", { location: { path: "dist/m.js", startLine: line }, evidence: "rejectUnauthorized: false" });
    const rows = [
      row({ rule: "code/tls-verification-disabled", location: "dist/m.js:75", evidence: "rejectUnauthorized: false", verdict: "false" }),
      row({ rule: "code/tls-verification-disabled", location: "dist/m.js:83", evidence: "rejectUnauthorized: false", verdict: "real" }),
    ];
    const summary = judgeFindings([ok("srv@1.0.0", [at(77), at(90)])], rows, serverOf);
    expect(summary.serious.map((j) => j.verdict)).toEqual(["false", "real"]);
    expect(summary.unusedRows).toHaveLength(0);
  });

  test("a row for another server or another file does not match", () => {
    const outcomes = [ok("srv@1.0.0", [finding("code/command-injection", "high")])];
    expect(judgeFindings(outcomes, [row({ package: "srv2" })], serverOf).needsTriage).toHaveLength(1);
    expect(judgeFindings(outcomes, [row({ location: "dist/other.js:10" })], serverOf).needsTriage).toHaveLength(1);
  });

  test("precision is real over judged, undefined with nothing judged", () => {
    const outcomes = [ok("srv@1.0.0", [finding("code/command-injection", "high"), finding("code/command-injection", "high", { location: { path: "b.js" } })])];
    const rows = [row({}), row({ location: "b.js", verdict: "false" })];
    expect(judgeFindings(outcomes, rows, serverOf).precision).toBe(0.5);
    expect(judgeFindings(outcomes, [], serverOf).precision).toBeUndefined();
  });

  test("dependency findings without evidence are told apart by the dependency", () => {
    const a = finding("supply-chain/install-script", "high", { location: { path: "package.json" }, evidence: undefined, package: { name: "sharp" } });
    const b = finding("supply-chain/install-script", "high", { location: { path: "package.json" }, evidence: undefined, package: { name: "esbuild" } });
    const summary = judgeFindings([ok("srv@1.0.0", [a, b])], [row({ rule: "supply-chain/install-script", location: "package.json", evidence: "dependency sharp" })], serverOf);
    expect(summary.real).toBe(1);
    expect(summary.needsTriage.map((j) => j.finding.package?.name)).toEqual(["esbuild"]);
  });

  test("dependency findings without a location are keyed by the dependency, and the template line round-trips", () => {
    const dep = finding("supply-chain/install-script", "high", { location: undefined, package: { name: "esbuild" }, evidence: "postinstall: node install.js" });
    expect(findingLocation(dep)).toBe("dependency:esbuild");
    const [judged] = judgeFindings([ok("srv@1.0.0", [dep])], [], serverOf).needsTriage;
    const line = triageTemplateLine(judged!);
    expect(line.split("\t")).toEqual(["supply-chain/install-script", "srv", "dependency:esbuild", "postinstall: node install.js", "?", "?"]);
    const [rule, pkg, location, evidence] = line.split("\t") as [string, string, string, string];
    expect(judgeFindings([ok("srv@1.0.0", [dep])], [row({ rule, package: pkg, location, evidence })], serverOf).real).toBe(1);
  });
});

describe("serious shares", () => {
  test("share of scanned servers with a high/critical finding per dimension; failed scans are left out", () => {
    const outcomes = [
      ok("a@1.0.0", [finding("supply-chain/install-script", "high"), finding("code/ssrf", "medium")]),
      ok("b@1.0.0", [finding("transport/missing-origin-validation", "critical")]),
      crash("c@1.0.0"),
    ];
    const byDimension = Object.fromEntries(seriousShares(outcomes).map((s) => [s.dimension, s]));
    expect(byDimension["supply-chain"]).toMatchObject({ servers: 2, withSerious: 1, share: 0.5, study: 0.318 });
    expect(byDimension.code).toMatchObject({ withSerious: 0, share: 0 });
    expect(byDimension.transport!.ratio).toBeCloseTo(0.5 / 0.027);
    expect(byDimension["remote-endpoint"]!.ratio).toBeUndefined();
  });
});
