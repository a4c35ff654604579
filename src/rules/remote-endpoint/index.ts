/** The remote-endpoint dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";
import { ipOrTunnelEndpoint } from "./ip-or-tunnel-endpoint.js";
import { noAuthMetadata } from "./no-auth-metadata.js";
import { plainHttpEndpoint } from "./plain-http-endpoint.js";
import { unverifiedOperator } from "./unverified-operator.js";

export const REMOTE_ENDPOINT_RULES: readonly Rule[] = [plainHttpEndpoint, ipOrTunnelEndpoint, unverifiedOperator, noAuthMetadata];

export const REMOTE_ENDPOINT_DIMENSION: DimensionDefinition = {
  id: "remote-endpoint",
  implemented: REMOTE_ENDPOINT_RULES.length > 0,
  // A stdio-only server has no endpoint to judge.
  applicable: (snapshot) => (snapshot.remotes ?? []).length > 0,
};
