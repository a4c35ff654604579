/** The MCP specification sentences the transport and remote-endpoint rules rest on, quoted in their rationales. */
export const SPEC = {
  stdioStdout: '"The server MUST NOT write anything to its stdout that is not a valid MCP message." (MCP spec, Transports: stdio)',
  validateOrigin: '"Servers MUST validate the Origin header on all incoming connections" and "If the Origin header is present and invalid, servers MUST respond with HTTP 403" (MCP spec, Transports: Streamable HTTP)',
  bindLocalhost: '"When running locally, servers SHOULD bind only to localhost" (MCP spec, Transports: Streamable HTTP)',
  sessionId: 'Session ids "SHOULD be globally unique and cryptographically secure" (MCP spec, Transports: session management)',
  protectedResource: 'Servers "MUST implement OAuth 2.0 Protected Resource Metadata (RFC 9728)" (MCP spec, Authorization)',
} as const;
