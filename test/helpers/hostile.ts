/** Generators for the hostile-input campaign: deep nesting of every kind, built at test time instead of committed. */

/** JS/TS nesting kinds that crashed oxc-parser (SIGSEGV) or the AST walkers (RangeError) before the parse guard. */
export const DEEP_JS: Record<string, { file: string; text: (n: number) => string }> = {
  arrays: { file: "arrays.js", text: (n) => `export const x = ${"[".repeat(n)}${"]".repeat(n)};\n` },
  parentheses: { file: "parentheses.js", text: (n) => `export const x = ${"(".repeat(n)}1${")".repeat(n)};\n` },
  templates: { file: "templates.js", text: (n) => `export const x = ${"`${".repeat(n)}1${"}`".repeat(n)};\n` },
  ternaries: { file: "ternaries.js", text: (n) => `export const x = ${"a ? b : ".repeat(n)}c;\n` },
  functions: { file: "functions.js", text: (n) => `${"function f() {".repeat(n)}${"}".repeat(n)}\n` },
  objects: { file: "objects.js", text: (n) => `export const x = ${"{ a: ".repeat(n)}1${" }".repeat(n)};\n` },
  type: { file: "type.ts", text: (n) => `export type T = ${"Array<".repeat(n)}string${">".repeat(n)};\n` },
  arrows: { file: "arrows.js", text: (n) => `export const x = ${"() => ".repeat(n)}1;\n` },
  calls: { file: "calls.js", text: (n) => `export const x = ${"f(".repeat(n)}${")".repeat(n)};\n` },
  unary: { file: "unary.js", text: (n) => `export const x = ${"!".repeat(n)}1;\n` },
  jsx: { file: "jsx.jsx", text: (n) => `export const x = ${"<a>".repeat(n)}${"</a>".repeat(n)};\n` },
  "else-if": { file: "else-if.js", text: (n) => `if (a) {}${" else if (a) {}".repeat(n)}\n` },
  labels: { file: "labels.js", text: (n) => `${"a: ".repeat(n)};\n` },
  classes: { file: "classes.js", text: (n) => `export const x = ${"class extends ".repeat(n)}A {};\n` },
  "if-lines": { file: "if-lines.js", text: (n) => `${"if (a)\n".repeat(n)};\n` },
};

/** Python nesting kinds that overflowed the walkers over tree-sitter's tree. */
export const DEEP_PYTHON: Record<string, { file: string; text: (n: number) => string }> = {
  lists: { file: "lists.py", text: (n) => `x = ${"[".repeat(n)}${"]".repeat(n)}\n` },
  dicts: { file: "dicts.py", text: (n) => `x = ${"{1: ".repeat(n)}1${"}".repeat(n)}\n` },
  calls: { file: "calls.py", text: (n) => `x = ${"f(".repeat(n)}${")".repeat(n)}\n` },
  lambdas: { file: "lambdas.py", text: (n) => `x = ${"lambda: ".repeat(n)}1\n` },
  binary: { file: "binary.py", text: (n) => `x = ${"1 + ".repeat(n)}1\n` },
};

/** The depth of the campaign. */
export const CAMPAIGN_DEPTH = 50_000;
