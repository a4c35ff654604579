/** SARIF 2.1.0 for GitHub code scanning: rule metadata from the catalogue, one result per finding. */
import path from "node:path";
import { FINGERPRINT_VERSION } from "../fingerprint.js";
import type { Finding, Rule, Severity } from "../model.js";
import { RULES } from "../rules/index.js";
import { PROJECT_URL, ruleDocsUrl } from "./rule-docs.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The fingerprint recipe's version is in the key: GitHub then never compares fingerprints of two recipes. */
export const FINGERPRINT_KEY = `mcpTrust/v${FINGERPRINT_VERSION}`;

export type SarifLevel = "error" | "warning" | "note";

export interface SarifOptions {
  tool: { name: string; version: string };
  /** Posix path of the scanned tree inside the repository ("" for the root), prefixed to every location. */
  pathPrefix?: string;
  /** Where a finding without a location points: the lockfile for dependency findings when there is one, else package.json. */
  lockfilePath?: string;
  /** The catalogue to describe rules from (tests pass a small one). */
  rules?: readonly Rule[];
  informationUri?: string;
}

/** GitHub sorts code-scanning alerts by this number (0-10): its bands are critical ≥ 9, high ≥ 7, medium ≥ 4. */
export const SECURITY_SEVERITY: Record<Severity, number> = { critical: 9.5, high: 8.0, medium: 5.5, low: 3.0, info: 0.0 };

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === "critical" || severity === "high") return "error";
  if (severity === "medium") return "warning";
  return "note";
}

interface SarifRule {
  id: string;
  name: string;
  helpUri?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { "security-severity": string; tags: string[]; precision: string };
}

export function renderSarif(findings: readonly Finding[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(findings, options), null, 2)}\n`;
}

/** The SARIF log as an object; ignored findings are left out (the config says they were reviewed). */
export function buildSarif(findings: readonly Finding[], options: SarifOptions) {
  const catalogue = options.rules ?? RULES;
  const active = findings.filter((f) => !f.ignored);
  const rules: SarifRule[] = catalogue.map(sarifRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding of a rule missing from the catalogue (a newer report read by an older tool) still gets a descriptor.
  for (const f of active) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push(sarifRule({ id: f.ruleId, dimension: f.dimension, severity: f.severity, title: f.title, rationale: f.title, remediation: f.message }));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            informationUri: options.informationUri ?? PROJECT_URL,
            rules,
          },
        },
        results: active.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: sarifLevel(f.severity),
          message: { text: f.message },
          locations: [{ physicalLocation: physicalLocation(f, options) }],
          partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
          properties: {
            severity: f.severity,
            dimension: f.dimension,
            ...(f.package ? { package: f.package.version ? `${f.package.name}@${f.package.version}` : f.package.name } : {}),
          },
        })),
        columnKind: "utf16CodeUnits" as const,
      },
    ],
  };
}

function sarifRule(rule: Pick<Rule, "id" | "dimension" | "severity" | "title" | "rationale" | "remediation">): SarifRule {
  const docs = ruleDocsUrl(rule.id);
  return {
    id: rule.id,
    name: pascalName(rule.id),
    ...(docs ? { helpUri: docs } : {}),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.remediation}${docs ? ` (${docs})` : ""}`,
      markdown: `**${rule.title}**\n\n${rule.rationale}\n\n**Fix:** ${rule.remediation}${docs ? `\n\n[The rule's page](${docs})` : ""}`,
    },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { "security-severity": SECURITY_SEVERITY[rule.severity].toFixed(1), tags: ["security", rule.dimension], precision: "high" },
  };
}

/** "supply-chain/install-script" → "SupplyChainInstallScript" (SARIF names are identifiers, ids keep their slashes). */
function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

function physicalLocation(f: Finding, options: SarifOptions) {
  const file = f.location?.path ?? (f.package && options.lockfilePath ? options.lockfilePath : "package.json");
  const uri = path.posix.join(options.pathPrefix ?? "", file);
  const region =
    f.location?.startLine !== undefined
      ? { region: { startLine: f.location.startLine, ...(f.location.endLine !== undefined ? { endLine: f.location.endLine } : {}) } }
      : {};
  return { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, ...region };
}
