/** Parses YAML lockfiles keeping key offsets, with every scalar left a string so versions never become numbers. */
import { type Document, isMap, isScalar, parseDocument, YAMLError } from "yaml";
import { dataNestingTooDeep } from "../../analysis/data-nesting.js";
import { UserError } from "../../errors.js";
import { type LineAt, lineLocator } from "./text-lines.js";

export interface YamlDocument {
  value: unknown;
  /** The 1-based line where each key of the map at `path` starts. */
  keyLines(path: string[]): Map<string, number>;
}

export function parseYamlDocument(text: string, file: string): YamlDocument {
  const tooDeep = dataNestingTooDeep(text, "yaml");
  if (tooDeep) throw new UserError("nests too deep to read (more than 1000 levels of brackets)", { file, line: tooDeep.line });
  let document: Document;
  try {
    // failsafe: "1.10" stays "1.10" instead of the number 1.1, and "true" stays a string (see isTrue).
    document = parseDocument(text, { schema: "failsafe", prettyErrors: true });
  } catch (error) {
    throw yamlUserError(error, file);
  }
  const first = document.errors[0];
  if (first) throw yamlUserError(first, file);
  const lineAt: LineAt = lineLocator(text);
  let value: unknown;
  try {
    // yaml refuses aliases that expand past its limit (a "billion laughs" bomb) with a ReferenceError.
    value = document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    throw yamlUserError(error, file);
  }
  return {
    value,
    keyLines(path) {
      const lines = new Map<string, number>();
      const node = path.length === 0 ? document.contents : document.getIn(path, true);
      if (!isMap(node)) return lines;
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        if (!lines.has(key)) lines.set(key, lineAt(pair.key.range[0]));
      }
      return lines;
    },
  };
}

function yamlUserError(error: unknown, file: string): UserError {
  if (error instanceof YAMLError) {
    const firstLine = error.message.split("\n")[0] ?? error.message;
    return new UserError(`malformed YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`, {
      file,
      line: error.linePos?.[0].line,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new UserError(`malformed YAML: ${message}`, { file, cause: error });
}
