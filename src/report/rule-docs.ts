/** Where each rule's page lives (docs/rules/<dimension>/<rule>.md), for links from the comment, annotations, text output and SARIF. */

export const PROJECT_URL = "https://github.com/mcp-trust/mcp-trust";
export const DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/rules`;

const RULE_ID = /^[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*$/;

/** The page's path in the repository; undefined for an id that is no rule id (a report from elsewhere). */
export function ruleDocsPath(ruleId: string): string | undefined {
  return RULE_ID.test(ruleId) ? `docs/rules/${ruleId}.md` : undefined;
}

export function ruleDocsUrl(ruleId: string): string | undefined {
  return RULE_ID.test(ruleId) ? `${DOCS_BASE_URL}/${ruleId}.md` : undefined;
}
