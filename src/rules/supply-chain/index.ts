/** The supply-chain dimension's rules, in catalogue order. */
import type { Rule } from "../../model.js";
import { dangerousWorkflow } from "./dangerous-workflow.js";
import { deprecatedDependency } from "./deprecated-dependency.js";
import { insecureResolvedUrl } from "./insecure-resolved-url.js";
import { installScript } from "./install-script.js";
import { knownVulnerability } from "./known-vulnerability.js";
import { lockfileOutOfSync } from "./lockfile-out-of-sync.js";
import { missingIntegrity } from "./missing-integrity.js";
import { newPackage } from "./new-package.js";
import { noLockfile } from "./no-lockfile.js";
import { nonRegistrySource } from "./non-registry-source.js";
import { ownInstallScript } from "./own-install-script.js";
import { runtimeFetchExecute } from "./runtime-fetch-execute.js";
import { typosquat } from "./typosquat.js";
import { unpinnedAction } from "./unpinned-action.js";
import { unpinnedRange } from "./unpinned-range.js";

export const SUPPLY_CHAIN_RULES: readonly Rule[] = [
  noLockfile,
  lockfileOutOfSync,
  nonRegistrySource,
  insecureResolvedUrl,
  missingIntegrity,
  installScript,
  ownInstallScript,
  runtimeFetchExecute,
  typosquat,
  knownVulnerability,
  deprecatedDependency,
  unpinnedRange,
  newPackage,
  unpinnedAction,
  dangerousWorkflow,
];
