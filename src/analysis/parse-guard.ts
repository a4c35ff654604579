/**
 * A nesting-depth bound over JS/TS and Python source text, checked before the text reaches a native parser.
 *
 * oxc-parser and the tree walkers that read its AST recurse once per level of nesting: 3,500 nested functions
 * or 6,000 nested parentheses overflow the native stack and kill the process with SIGSEGV, and a few thousand
 * levels of anything overflow the JS walkers. This module measures, in one linear pass without parsing, an
 * upper estimate of how deep a file's syntax tree goes, so a file past the bound can be reported as skipped
 * instead of taking the scan down.
 *
 * The estimate is the number of open brackets, template `${`, JSX elements (Python: brackets, f-string
 * fields, indented blocks), plus, for every open level, how many operators, calls, member accesses and
 * nesting keywords the expression at that level has chained so far: `a ? b : c ? d : e`, `!!!x`,
 * `a.b.c.d` and `if (a) if (b) x` nest without a bracket. A `,`, a `;` or the end of a statement resets a
 * level's chain. Strings, comments, regular expressions, template text and JSX text are skipped, so no
 * bracket or operator inside them counts; a misread token costs at most the rest of its line.
 */

export type GuardLanguage = "js" | "ts" | "tsx" | "python";

/** Where a file's nesting estimate peaked. */
export interface NestingMeasure {
  depth: number;
  /** 1-based line at which the estimate reached `depth`. */
  line: number;
}

/**
 * The bounds, measured on this machine with oxc-parser 0.159 and the rule walkers (Node 20, 8 MB main stack):
 * the native parser dies at 3,500 nested functions (1,750 in a worker thread's 4 MB stack), 4,000 nested
 * template literals, 4,300 nested generic types, 5,700 parentheses; the JS walkers at a tree depth of about
 * 4,000 (Python: 2,400). Real code stays far below (the deepest file in this repository's node_modules
 * measures 242, the deepest Python file of the system's standard library 75); the bound keeps a margin of
 * at least 3 against every crash measured.
 */
export const NESTING_LIMIT: Record<"javascript" | "python", number> = { javascript: 1000, python: 500 };

/** The guard language of a path, or undefined for files the guard does not read. */
export function guardLanguageOf(path: string): GuardLanguage | undefined {
  const lower = path.toLowerCase();
  if (/\.py[iw]?$/.test(lower)) return "python";
  if (/\.tsx$/.test(lower)) return "tsx";
  if (/\.[cm]?ts$/.test(lower)) return "ts";
  if (/\.(?:[cm]?js|jsx)$/.test(lower)) return "js";
  return undefined;
}

/** A file past the bound: where the estimate first passed `limit`. */
export interface TooDeep {
  limit: number;
  line: number;
}

/** Where a file passes its language's bound, or undefined when it may be parsed. */
export function nestingTooDeep(text: string, language: GuardLanguage): TooDeep | undefined {
  const limit = language === "python" ? NESTING_LIMIT.python : NESTING_LIMIT.javascript;
  const measure = measureNesting(text, language, limit);
  return measure.depth > limit ? { limit, line: measure.line } : undefined;
}

/** The peak nesting estimate of a text; stops early once it passes `stopAbove`. */
/** What a JS/TS scan reports on the way, for readers that need the code's shape without a parse (oversized files). */
export interface ScanObserver {
  /** A statement of the file itself (not nested) ends at `offset`. */
  topLevelStatementEnd(offset: number): void;
  /** An identifier outside strings, comments and template text; `property` after a `.`. */
  identifier(start: number, end: number, property: boolean): void;
}

/** Scans JS/TS text once for its top-level statements and its identifiers (see ScanObserver). */
export function observeJs(text: string, language: Exclude<GuardLanguage, "python">, observer: ScanObserver): void {
  new JsScan(text, language, Number.POSITIVE_INFINITY, observer).run();
}

export function measureNesting(text: string, language: GuardLanguage, stopAbove = Number.POSITIVE_INFINITY): NestingMeasure {
  return language === "python" ? new PythonScan(text, stopAbove).run() : new JsScan(text, language, stopAbove).run();
}

// ---------------------------------------------------------------- shared scanner state

const enum Frame {
  Paren = 1,
  /** The parenthesised head of `if`/`for`/`while`/`with`: a statement, not a value, follows its `)`. */
  ControlParen,
  Bracket,
  Brace,
  TemplateField,
  JsxTag,
  JsxChildren,
  JsxField,
  PyBracket,
  /** A Python `{`: a dict's `key: value` pair is a tree level of its own. */
  PyBrace,
  PyFstringField,
}

const enum C {
  Tab = 9,
  Newline = 10,
  VTab = 11,
  FormFeed = 12,
  Return = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  Quote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Semicolon = 59,
  Less = 60,
  Equals = 61,
  Greater = 62,
  Question = 63,
  At = 64,
  UpperA = 65,
  UpperZ = 90,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Caret = 94,
  Underscore = 95,
  Backtick = 96,
  LowerA = 97,
  LowerZ = 122,
  OpenBrace = 123,
  Pipe = 124,
  CloseBrace = 125,
  Tilde = 126,
}

function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

function isIdentifierStart(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore || c === C.Dollar || c === C.Backslash || (c >= 0x80 && c !== 0xa0 && c !== 0xfeff && c !== 0x2028 && c !== 0x2029);
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

function isLineBreak(c: number): boolean {
  return c === C.Newline || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  return c === C.Space || c === C.Tab || c === C.Return || c === C.VTab || c === C.FormFeed || c === 0xa0 || c === 0xfeff;
}

/**
 * The frame stack and per-level chains both scanners share. Level 0 is the file itself; `chains[l]` counts
 * what the expression open at level `l` has chained; the estimate is `level + sum`.
 */
abstract class NestingScan {
  protected readonly n: number;
  protected i = 0;
  protected line = 1;
  protected level = 0;
  protected sum = 0;
  protected max = 0;
  protected maxLine = 1;
  protected stopped = false;
  protected kinds: Uint8Array;
  protected chains: Int32Array;

  constructor(
    protected readonly text: string,
    protected readonly stopAbove: number,
  ) {
    this.n = text.length;
    const capacity = Number.isFinite(stopAbove) ? Math.min(stopAbove + 2, 1 << 20) : 1024;
    this.kinds = new Uint8Array(capacity);
    this.chains = new Int32Array(capacity);
  }

  protected note(): void {
    const depth = this.level + this.sum;
    if (depth > this.max) {
      this.max = depth;
      this.maxLine = this.line;
      if (depth > this.stopAbove) this.stopped = true;
    }
  }

  protected chain(by = 1): void {
    this.chains[this.level]! += by;
    this.sum += by;
    this.note();
  }

  protected reset(): void {
    this.sum -= this.chains[this.level]!;
    this.chains[this.level] = 0;
  }

  protected push(kind: Frame): void {
    this.level++;
    if (this.level >= this.kinds.length) this.grow();
    this.kinds[this.level] = kind;
    this.chains[this.level] = 0;
    this.note();
  }

  protected pop(): void {
    if (this.level === 0) return;
    this.sum -= this.chains[this.level]!;
    this.level--;
  }

  protected top(): number {
    return this.level === 0 ? 0 : this.kinds[this.level]!;
  }

  private grow(): void {
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const chains = new Int32Array(this.chains.length * 2);
    chains.set(this.chains);
    this.chains = chains;
  }

  protected result(): NestingMeasure {
    return { depth: this.max, line: this.maxLine };
  }

  /** Skips to the end of the line (the newline itself is left for the caller). */
  protected skipLine(): void {
    const text = this.text;
    while (this.i < this.n && !isLineBreak(text.charCodeAt(this.i))) this.i++;
  }

  /** Skips a quoted string opened at `i`; an unescaped line break ends it (recovery for a misread quote). */
  protected skipQuoted(quote: number): void {
    const text = this.text;
    this.i++;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === quote) {
        this.i++;
        return;
      }
      if (c === C.Backslash) {
        if (isLineBreak(text.charCodeAt(this.i + 1))) this.line++;
        this.i += 2;
        continue;
      }
      if (isLineBreak(c)) return;
      this.i++;
    }
  }
}

// ---------------------------------------------------------------- JavaScript / TypeScript

/** Keywords after which an operand (so a regex or JSX) comes, and which nest what follows. */
const JS_NESTING_KEYWORDS = new Set(["typeof", "void", "delete", "await", "yield", "new", "keyof", "if", "for", "while", "with", "else", "do", "function", "class", "extends", "unique", "infer"]);
/** Keywords after which an operand comes, without nesting. */
const JS_OPERAND_KEYWORDS = new Set(["return", "throw", "case", "default", "var", "let", "const", "export", "import", "in", "of", "instanceof", "as", "satisfies", "is", "asserts"]);
/** Binary keywords: they nest like an operator when a value precedes them. */
const JS_BINARY_KEYWORDS = new Set(["in", "instanceof", "as", "satisfies"]);
/** Tokens that continue the expression on the line before (so a line break before them ends no statement). */
const JS_CONTINUING_KEYWORDS = new Set(["in", "instanceof", "as", "satisfies", "else", "catch", "finally", "extends", "implements", "from"]);

const enum Prev {
  /** An operand is expected: `/` starts a regex, `<` may start JSX. */
  Operand,
  /** A value just ended: `/` divides, `(` calls. */
  Value,
}

class JsScan extends NestingScan {
  private readonly typescript: boolean;
  private readonly jsx: boolean;
  private prev: Prev = Prev.Operand;
  /** A line break or a block's `}` ended what may be a statement; the next token decides. */
  private pendingBreak = false;
  /** The next identifier is a property name (after `.`), not a keyword. */
  private propertyName = false;
  /** The tokens since the last reset are only identifiers followed by `:` (labels), so `x:` is a label. */
  private atStatementStart = true;
  private lastWasStartIdentifier = false;
  /** Where the token being read starts. */
  private tokenStart = 0;
  /** The last token was `if`, `for`, `while` or `with`: the next `(` opens a statement head. */
  private controlHead = false;
  /** Open generic `<` per level (TypeScript). */
  private angles: Int32Array;

  constructor(
    text: string,
    language: Exclude<GuardLanguage, "python">,
    stopAbove: number,
    private readonly observer?: ScanObserver,
  ) {
    super(text, stopAbove);
    this.typescript = language === "ts" || language === "tsx";
    this.jsx = language === "js" || language === "tsx";
    this.angles = new Int32Array(this.kinds.length);
  }

  run(): NestingMeasure {
    const text = this.text;
    while (this.i < this.n && !this.stopped) {
      const top = this.top();
      if (top === Frame.JsxTag) {
        this.jsxTagStep();
        continue;
      }
      if (top === Frame.JsxChildren) {
        this.jsxChildrenStep();
        continue;
      }
      const c = text.charCodeAt(this.i);
      if (isLineBreak(c)) {
        this.line++;
        this.i++;
        this.lineBreak();
        continue;
      }
      if (isSpace(c)) {
        this.i++;
        continue;
      }
      if (c === C.Slash) {
        const next = text.charCodeAt(this.i + 1);
        if (next === C.Slash) {
          this.skipLine();
          continue;
        }
        if (next === C.Star) {
          this.skipBlockComment();
          continue;
        }
      }
      this.token(c);
    }
    return this.result();
  }

  /** A line break in statement context after a value may end the statement (automatic semicolon insertion). */
  private lineBreak(): void {
    const top = this.top();
    if (this.prev === Prev.Value && (top === 0 || top === Frame.Brace)) this.pendingBreak = true;
  }

  private skipBlockComment(): void {
    const text = this.text;
    this.i += 2;
    let sawBreak = false;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.Star && text.charCodeAt(this.i + 1) === C.Slash) {
        this.i += 2;
        break;
      }
      if (isLineBreak(c)) {
        this.line++;
        sawBreak = true;
      }
      this.i++;
    }
    if (sawBreak) this.lineBreak();
  }

  /** Before a token: a pending statement end resets the level unless the token continues the expression. */
  private settle(continues: boolean): void {
    if (this.pendingBreak) {
      this.pendingBreak = false;
      if (!continues) this.statementEnd();
    }
  }

  /** Ends the statement at this level; `offset` is where the next one starts (the token that ended it, by default). */
  private statementEnd(offset = this.tokenStart): void {
    if (this.level === 0) this.observer?.topLevelStatementEnd(offset);
    this.reset();
    this.angles[this.level] = 0;
    this.atStatementStart = true;
    this.lastWasStartIdentifier = false;
  }

  private operand(): void {
    this.prev = Prev.Operand;
    this.atStatementStart = false;
    this.lastWasStartIdentifier = false;
  }

  private value(): void {
    this.prev = Prev.Value;
    this.atStatementStart = false;
    this.lastWasStartIdentifier = false;
  }

  private open(kind: Frame): void {
    this.push(kind);
    if (this.level >= this.angles.length) {
      const angles = new Int32Array(this.kinds.length);
      angles.set(this.angles);
      this.angles = angles;
    }
    this.angles[this.level] = 0;
    this.prev = Prev.Operand;
    this.atStatementStart = kind === Frame.Brace;
    this.lastWasStartIdentifier = false;
  }

  private token(c: number): void {
    const text = this.text;
    this.tokenStart = this.i;
    const controlHead = this.controlHead;
    this.controlHead = false;
    if (c === C.Hash && this.i === 0 && text.charCodeAt(1) === C.Bang) {
      this.skipLine();
      return;
    }
    if (isIdentifierStart(c) || c === C.Hash) {
      this.identifier();
      return;
    }
    if (isDigit(c) || (c === C.Dot && isDigit(text.charCodeAt(this.i + 1)))) {
      this.settle(false);
      this.number();
      return;
    }
    const next = text.charCodeAt(this.i + 1);
    switch (c) {
      case C.Quote:
      case C.DoubleQuote:
        this.settle(false);
        this.skipQuoted(c);
        this.value();
        return;
      case C.Backtick:
        this.settle(this.prev === Prev.Value);
        this.chain();
        this.i++;
        this.template();
        return;
      case C.OpenParen:
      case C.OpenBracket:
        this.settle(true);
        if (this.prev === Prev.Value) this.chain();
        this.i++;
        this.open(c === C.OpenBracket ? Frame.Bracket : controlHead ? Frame.ControlParen : Frame.Paren);
        return;
      case C.OpenBrace:
        this.settle(false);
        this.i++;
        this.open(Frame.Brace);
        return;
      case C.CloseParen:
      case C.CloseBracket: {
        this.settle(true);
        const top = this.top();
        if (top === Frame.Paren || top === Frame.ControlParen || top === Frame.Bracket || top === Frame.Brace) this.pop();
        this.i++;
        if (top === Frame.ControlParen) {
          // `if (a)` then a line break is no statement end: the body (maybe another `if`) nests in it.
          this.prev = Prev.Operand;
          this.atStatementStart = true;
          this.lastWasStartIdentifier = false;
        } else {
          this.value();
        }
        return;
      }
      case C.CloseBrace:
        this.settle(true);
        this.closeBrace();
        return;
      case C.Semicolon:
        this.settle(true);
        this.i++;
        this.statementEnd(this.i);
        this.prev = Prev.Operand;
        return;
      case C.Comma:
        this.settle(true);
        this.i++;
        this.reset();
        this.angles[this.level] = 0;
        this.operand();
        return;
      case C.Colon:
        this.settle(true);
        this.i++;
        if (this.lastWasStartIdentifier) {
          // A label: `a: b: c: x` nests one labelled statement in the next.
          this.chain();
          this.prev = Prev.Operand;
          this.atStatementStart = true;
          this.lastWasStartIdentifier = false;
        } else {
          this.operand();
        }
        return;
      case C.Slash:
        if (this.prev === Prev.Operand) {
          this.settle(false);
          this.regex();
          this.value();
          return;
        }
        this.settle(true);
        this.operator(next === C.Equals ? 2 : 1);
        return;
      case C.Dot:
        this.settle(true);
        if (next === C.Dot && text.charCodeAt(this.i + 2) === C.Dot) {
          this.operator(3);
          return;
        }
        this.i++;
        this.chain();
        this.operand();
        this.propertyName = true;
        return;
      case C.Question:
        this.settle(true);
        if (next === C.Dot && !isDigit(text.charCodeAt(this.i + 2))) {
          this.i += 2;
          this.chain();
          this.operand();
          this.propertyName = true;
          return;
        }
        this.operator(next === C.Question ? (text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2) : 1);
        return;
      case C.Less:
        this.less(next);
        return;
      case C.Greater:
        this.settle(true);
        this.greater();
        return;
      case C.Equals:
        this.settle(true);
        this.operator(next === C.Greater ? 2 : next === C.Equals ? (text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2) : 1);
        return;
      case C.Plus:
      case C.Minus:
        if (next === c) {
          // ++/--: postfix after a value, prefix (nesting) before an operand.
          const postfix = this.prev === Prev.Value;
          this.settle(!postfix);
          this.i += 2;
          this.chain();
          if (!postfix) this.operand();
          return;
        }
        this.settle(true);
        this.operator(next === C.Equals ? 2 : 1);
        return;
      case C.Bang:
        if (this.typescript && this.prev === Prev.Value && next !== C.Equals) {
          // TypeScript's non-null assertion `x!`.
          this.settle(true);
          this.i++;
          this.chain();
          return;
        }
        this.settle(this.prev === Prev.Value);
        this.operator(next === C.Equals ? (text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2) : 1);
        return;
      case C.Amp:
      case C.Pipe: {
        this.settle(true);
        const doubled = next === c;
        const length = doubled ? (text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2) : next === C.Equals ? 2 : 1;
        // In TypeScript a lone | or & is mostly a union or intersection type, which the parser keeps flat.
        if (this.typescript && length === 1) {
          this.i++;
          this.operand();
          return;
        }
        this.operator(length);
        return;
      }
      case C.Star:
      case C.Percent:
      case C.Caret:
      case C.Tilde: {
        this.settle(c !== C.Tilde);
        let length = 1;
        if (c === C.Star && next === C.Star) length = text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2;
        else if (next === C.Equals) length = 2;
        this.operator(length);
        return;
      }
      case C.At:
        this.settle(false);
        this.i++;
        this.operand();
        return;
      default:
        this.i++;
        return;
    }
  }

  private operator(length: number): void {
    this.i += length;
    this.chain();
    this.operand();
  }

  private identifier(): void {
    const text = this.text;
    const start = this.i;
    this.i++;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.Backslash) this.i += 2;
      else if (isIdentifierPart(c)) this.i++;
      else break;
    }
    const length = this.i - start;
    const first = text.charCodeAt(start);
    const keyword = !this.propertyName && length >= 2 && length <= 10 && first >= C.LowerA && first <= C.LowerZ ? text.slice(start, this.i) : "";
    const wasProperty = this.propertyName;
    this.observer?.identifier(start, this.i, wasProperty);
    this.propertyName = false;
    if (keyword && (JS_NESTING_KEYWORDS.has(keyword) || JS_OPERAND_KEYWORDS.has(keyword))) {
      const binary = JS_BINARY_KEYWORDS.has(keyword);
      if (binary && this.prev !== Prev.Value) {
        // `as`, `in`, `of` used as plain names.
        this.settle(false);
        this.startIdentifier();
        return;
      }
      this.settle(JS_CONTINUING_KEYWORDS.has(keyword));
      if (JS_NESTING_KEYWORDS.has(keyword) || binary) this.chain();
      this.operand();
      this.controlHead = keyword === "if" || keyword === "for" || keyword === "while" || keyword === "with";
      return;
    }
    this.settle(wasProperty || (keyword !== "" && JS_CONTINUING_KEYWORDS.has(keyword)));
    if (wasProperty) this.value();
    else this.startIdentifier();
  }

  private startIdentifier(): void {
    const label = this.atStatementStart;
    this.value();
    this.lastWasStartIdentifier = label;
  }

  private number(): void {
    const text = this.text;
    this.i++;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (isIdentifierPart(c) || c === C.Dot) this.i++;
      else if ((c === C.Plus || c === C.Minus) && (text.charCodeAt(this.i - 1) | 0x20) === 0x65 /* e */) this.i++;
      else break;
    }
    this.value();
  }

  /** A regular expression literal at `i`: to the closing `/` outside a class, then its flags; a line break ends it. */
  private regex(): void {
    const text = this.text;
    this.i++;
    let inClass = false;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (isLineBreak(c)) return;
      if (c === C.Backslash) {
        this.i += 2;
        continue;
      }
      this.i++;
      if (c === C.OpenBracket) inClass = true;
      else if (c === C.CloseBracket) inClass = false;
      else if (c === C.Slash && !inClass) break;
    }
    while (this.i < this.n && isIdentifierPart(text.charCodeAt(this.i))) this.i++;
  }

  /** Template text after a backtick or a field's `}`: to the closing backtick (a value) or the next `${` (a new level). */
  private template(): void {
    const text = this.text;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.Backtick) {
        this.i++;
        this.value();
        return;
      }
      if (c === C.Backslash) {
        if (isLineBreak(text.charCodeAt(this.i + 1))) this.line++;
        this.i += 2;
        continue;
      }
      if (c === C.Dollar && text.charCodeAt(this.i + 1) === C.OpenBrace) {
        this.i += 2;
        this.open(Frame.TemplateField);
        return;
      }
      if (isLineBreak(c)) this.line++;
      this.i++;
    }
  }

  private closeBrace(): void {
    this.i++;
    const top = this.top();
    if (top === Frame.TemplateField) {
      this.pop();
      this.template();
      return;
    }
    if (top === Frame.JsxField) {
      // Back to the tag's attributes or the element's children: the main loop resumes in that mode.
      this.pop();
      return;
    }
    if (top === Frame.Brace) this.pop();
    this.value();
    // A block's `}` ends its statement unless what follows continues an expression (`} else`, `}.x`, `} + 1`).
    this.pendingBreak = true;
  }

  private less(next: number): void {
    const text = this.text;
    if (this.jsx && this.prev === Prev.Operand && this.startsJsx(this.i + 1)) {
      this.settle(false);
      this.i++;
      this.open(Frame.JsxTag);
      return;
    }
    this.settle(true);
    if (next === C.Less) {
      this.operator(text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2);
      return;
    }
    if (next === C.Equals) {
      this.operator(2);
      return;
    }
    if (this.typescript) {
      // A generic's `<` opens two tree levels (a type reference and its argument list): the pair keeps costing
      // two once closed, as a comparison's `<` does until the statement ends.
      this.i++;
      this.chain(2);
      this.angles[this.level]!++;
      this.operand();
      return;
    }
    this.operator(1);
  }

  private greater(): void {
    const text = this.text;
    let run = 1;
    while (run < 3 && text.charCodeAt(this.i + run) === C.Greater) run++;
    const assigns = text.charCodeAt(this.i + run) === C.Equals;
    const open = this.angles[this.level]!;
    if (this.typescript && !assigns && open > 0) {
      const closes = Math.min(run, open);
      this.angles[this.level] = open - closes;
      this.i += closes;
      this.value();
      return;
    }
    this.operator(run + (assigns ? 1 : 0));
  }

  /** True when `<` is followed by what starts a JSX element: a tag name, or `>` for a fragment (not a TSX generic `<T,>`). */
  private startsJsx(at: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === C.Greater) return true;
    if (!isIdentifierStart(c) || c === C.Backslash) return false;
    let end = at + 1;
    while (end < this.n && (isIdentifierPart(text.charCodeAt(end)) || text.charCodeAt(end) === C.Dot || text.charCodeAt(end) === C.Minus || text.charCodeAt(end) === C.Colon)) end++;
    const after = text.charCodeAt(end);
    if (after === C.Comma) return false;
    if (this.typescript && isSpace(after)) {
      let word = end;
      while (word < this.n && isSpace(text.charCodeAt(word))) word++;
      if (text.startsWith("extends ", word)) return false;
    }
    return true;
  }

  /** Inside `<tag ...`: attributes, string values, `{` fields, then `>` (children follow) or `/>` (done). */
  private jsxTagStep(): void {
    const text = this.text;
    const c = text.charCodeAt(this.i);
    if (isLineBreak(c)) {
      this.line++;
      this.i++;
      return;
    }
    if (c === C.Slash && text.charCodeAt(this.i + 1) === C.Greater) {
      this.i += 2;
      this.endJsxElement();
      return;
    }
    if (c === C.Greater) {
      this.i++;
      this.kinds[this.level] = Frame.JsxChildren;
      return;
    }
    if (c === C.OpenBrace) {
      this.i++;
      this.open(Frame.JsxField);
      return;
    }
    if (c === C.Quote || c === C.DoubleQuote) {
      this.skipJsxString(c);
      return;
    }
    this.i++;
  }

  /** Children of an element: text to the next `<` or `{`; `</...>` closes the element. */
  private jsxChildrenStep(): void {
    const text = this.text;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.OpenBrace) {
        this.i++;
        this.open(Frame.JsxField);
        return;
      }
      if (c === C.Less) {
        const next = text.charCodeAt(this.i + 1);
        if (next === C.Slash) {
          this.i += 2;
          while (this.i < this.n && text.charCodeAt(this.i) !== C.Greater) {
            if (isLineBreak(text.charCodeAt(this.i))) this.line++;
            this.i++;
          }
          this.i++;
          this.endJsxElement();
          return;
        }
        if (next === C.Greater || (isIdentifierStart(next) && next !== C.Backslash)) {
          this.i++;
          this.open(Frame.JsxTag);
          return;
        }
      }
      if (isLineBreak(c)) this.line++;
      this.i++;
    }
  }

  private endJsxElement(): void {
    this.pop();
    const top = this.top();
    if (top !== Frame.JsxChildren) this.value();
  }

  /** JSX attribute strings have no escapes and may span lines. */
  private skipJsxString(quote: number): void {
    const text = this.text;
    this.i++;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      this.i++;
      if (c === quote) return;
      if (isLineBreak(c)) this.line++;
    }
  }
}

// ---------------------------------------------------------------- Python

const PY_NESTING_KEYWORDS = new Set(["not", "and", "or", "in", "is", "lambda", "if", "else", "await", "yield"]);
const PY_STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;

class PythonScan extends NestingScan {
  private prev: Prev = Prev.Operand;
  private lineStart = true;
  /** Indentation widths of the open blocks; each open block is one level. */
  private indents: Int32Array = new Int32Array(64);
  private indentDepth = 0;
  /** Per f-string field level: the quote character, and 1 when the string is triple-quoted. */
  private fieldQuote: Int32Array;
  private fieldTriple: Uint8Array;

  constructor(text: string, stopAbove: number) {
    super(text, stopAbove);
    this.fieldQuote = new Int32Array(this.kinds.length);
    this.fieldTriple = new Uint8Array(this.kinds.length);
  }

  run(): NestingMeasure {
    const text = this.text;
    while (this.i < this.n && !this.stopped) {
      if (this.lineStart) {
        this.indentation();
        continue;
      }
      const c = text.charCodeAt(this.i);
      if (c === C.Newline) {
        this.line++;
        this.i++;
        if (this.level === 0) {
          // A logical line ends: its expression chain with it.
          this.reset();
          this.prev = Prev.Operand;
          this.lineStart = true;
        }
        continue;
      }
      if (isSpace(c)) {
        this.i++;
        continue;
      }
      if (c === C.Hash) {
        this.skipLine();
        continue;
      }
      if (c === C.Backslash) {
        // An explicit line join: the next line continues this one.
        this.i++;
        if (this.text.charCodeAt(this.i) === C.Return) this.i++;
        if (this.text.charCodeAt(this.i) === C.Newline) {
          this.line++;
          this.i++;
        }
        continue;
      }
      this.token(c);
    }
    return this.result();
  }

  /** At the start of a line outside brackets: blank and comment lines are skipped, others open or close blocks. */
  private indentation(): void {
    const text = this.text;
    let width = 0;
    let at = this.i;
    while (at < this.n) {
      const c = text.charCodeAt(at);
      if (c === C.Space) width++;
      else if (c === C.Tab) width = (width & ~7) + 8;
      else if (c !== C.FormFeed && c !== C.Return) break;
      at++;
    }
    const c = text.charCodeAt(at);
    this.i = at;
    if (at >= this.n) return;
    if (c === C.Newline || c === C.Hash) {
      if (c === C.Hash) this.skipLine();
      if (this.i < this.n) {
        this.line++;
        this.i++;
      }
      return;
    }
    this.lineStart = false;
    const current = this.indentDepth === 0 ? 0 : this.indents[this.indentDepth - 1]!;
    if (width > current) {
      if (this.indentDepth === this.indents.length) {
        const bigger = new Int32Array(this.indents.length * 2);
        bigger.set(this.indents);
        this.indents = bigger;
      }
      this.indents[this.indentDepth++] = width;
      this.sum++;
      this.note();
    } else {
      while (this.indentDepth > 0 && this.indents[this.indentDepth - 1]! > width) {
        this.indentDepth--;
        this.sum--;
      }
    }
  }

  private token(c: number): void {
    const text = this.text;
    if (isIdentifierStart(c) && c !== C.Backslash && c !== C.Dollar) {
      const start = this.i;
      this.i++;
      while (this.i < this.n && isIdentifierPart(text.charCodeAt(this.i)) && text.charCodeAt(this.i) !== C.Dollar) this.i++;
      const length = this.i - start;
      const quote = text.charCodeAt(this.i);
      if (length <= 2 && (quote === C.Quote || quote === C.DoubleQuote)) {
        const prefix = text.slice(start, this.i);
        if (PY_STRING_PREFIX.test(prefix)) {
          this.string(quote, /[fFtT]/.test(prefix));
          return;
        }
      }
      const word = length >= 2 && length <= 6 ? text.slice(start, this.i) : "";
      if (word && PY_NESTING_KEYWORDS.has(word)) {
        this.chain();
        this.prev = Prev.Operand;
      } else {
        this.prev = word === "return" || word === "assert" || word === "del" ? Prev.Operand : Prev.Value;
      }
      return;
    }
    if (isDigit(c) || (c === C.Dot && isDigit(text.charCodeAt(this.i + 1)))) {
      this.i++;
      while (this.i < this.n) {
        const d = text.charCodeAt(this.i);
        if (isIdentifierPart(d) || d === C.Dot) this.i++;
        else if ((d === C.Plus || d === C.Minus) && (text.charCodeAt(this.i - 1) | 0x20) === 0x65) this.i++;
        else break;
      }
      this.prev = Prev.Value;
      return;
    }
    switch (c) {
      case C.Quote:
      case C.DoubleQuote:
        this.string(c, false);
        return;
      case C.OpenParen:
      case C.OpenBracket:
      case C.OpenBrace:
        if (this.prev === Prev.Value && c !== C.OpenBrace) this.chain();
        this.i++;
        this.push(c === C.OpenBrace ? Frame.PyBrace : Frame.PyBracket);
        this.prev = Prev.Operand;
        return;
      case C.CloseParen:
      case C.CloseBracket:
        if (this.top() === Frame.PyBracket) this.pop();
        this.i++;
        this.prev = Prev.Value;
        return;
      case C.CloseBrace: {
        this.i++;
        const top = this.top();
        if (top === Frame.PyFstringField) {
          this.closeField();
          return;
        }
        if (top === Frame.PyBrace) this.pop();
        this.prev = Prev.Value;
        return;
      }
      case C.Comma:
      case C.Semicolon:
        this.i++;
        this.reset();
        this.prev = Prev.Operand;
        return;
      case C.Dot:
        this.i++;
        if (text.charCodeAt(this.i) === C.Dot && text.charCodeAt(this.i + 1) === C.Dot) {
          this.i += 2;
          this.prev = Prev.Value;
          return;
        }
        this.chain();
        this.prev = Prev.Operand;
        return;
      case C.Colon:
        this.i++;
        if (text.charCodeAt(this.i) === C.Equals) {
          this.i++;
          this.chain();
        } else if (this.top() === Frame.PyFstringField) {
          this.formatSpec();
          return;
        } else if (this.top() === Frame.PyBrace) {
          this.chain();
        }
        this.prev = Prev.Operand;
        return;
      case C.Plus:
      case C.Minus:
      case C.Star:
      case C.Slash:
      case C.Percent:
      case C.At:
      case C.Amp:
      case C.Pipe:
      case C.Caret:
      case C.Tilde:
      case C.Less:
      case C.Greater:
      case C.Equals:
      case C.Bang: {
        this.i++;
        // Two- and three-character operators (`**=`, `//`, `->`, `<<=`, `==`) count once.
        while (this.i < this.n) {
          const d = text.charCodeAt(this.i);
          if (d === C.Equals || d === C.Star || d === C.Slash || d === C.Less || d === C.Greater) this.i++;
          else break;
        }
        this.chain();
        this.prev = Prev.Operand;
        return;
      }
      default:
        this.i++;
        return;
    }
  }

  /** Ends the f-string field open at this level and reads on in its string. */
  private closeField(): void {
    const quote = this.fieldQuote[this.level]!;
    const triple = this.fieldTriple[this.level] === 1;
    this.pop();
    this.stringBody(quote, triple, true);
  }

  /** A field's format spec after `:` (`{x:>10}`, `{n:#x}`, `{v:{width}}`): text up to the field's `}`. */
  private formatSpec(): void {
    const text = this.text;
    let inner = 0;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.Newline) this.line++;
      this.i++;
      if (c === C.OpenBrace) inner++;
      else if (c === C.CloseBrace) {
        if (inner === 0) {
          this.closeField();
          return;
        }
        inner--;
      }
    }
  }

  /** A string literal whose opening quote is at `i`. */
  private string(quote: number, formatted: boolean): void {
    const text = this.text;
    const triple = text.charCodeAt(this.i + 1) === quote && text.charCodeAt(this.i + 2) === quote;
    this.i += triple ? 3 : 1;
    this.stringBody(quote, triple, formatted);
  }

  /**
   * String text to the closing quote; in an f-string a `{` (not `{{`) opens a field, scanned as code. A backslash
   * keeps the next quote from closing a raw string too, so raw and plain strings read alike here.
   */
  private stringBody(quote: number, triple: boolean, formatted: boolean): void {
    const text = this.text;
    while (this.i < this.n) {
      const c = text.charCodeAt(this.i);
      if (c === C.Backslash) {
        if (text.charCodeAt(this.i + 1) === C.Newline) this.line++;
        this.i += 2;
        continue;
      }
      if (c === quote) {
        if (!triple) {
          this.i++;
          this.prev = Prev.Value;
          return;
        }
        if (text.charCodeAt(this.i + 1) === quote && text.charCodeAt(this.i + 2) === quote) {
          this.i += 3;
          this.prev = Prev.Value;
          return;
        }
      }
      if (c === C.Newline) {
        if (!triple) {
          this.prev = Prev.Value;
          return;
        }
        this.line++;
      }
      if (formatted && c === C.OpenBrace) {
        if (text.charCodeAt(this.i + 1) === C.OpenBrace) {
          this.i += 2;
          continue;
        }
        this.i++;
        this.push(Frame.PyFstringField);
        if (this.level >= this.fieldQuote.length) {
          const quotes = new Int32Array(this.kinds.length);
          quotes.set(this.fieldQuote);
          this.fieldQuote = quotes;
          const triples = new Uint8Array(this.kinds.length);
          triples.set(this.fieldTriple);
          this.fieldTriple = triples;
        }
        this.fieldQuote[this.level] = quote;
        this.fieldTriple[this.level] = triple ? 1 : 0;
        this.prev = Prev.Operand;
        return;
      }
      this.i++;
    }
  }
}

// ---------------------------------------------------------------- per file

const verdicts = new WeakMap<object, { text: string; tooDeep: TooDeep | undefined }>();

/**
 * The nesting verdict of a source file, remembered per file object (the parsers and the fact collector ask for
 * the same file): where it passes the bound, undefined when it may be parsed or is no JS/Python.
 */
export function nestingOf(file: { path: string; text: string }): TooDeep | undefined {
  const cached = verdicts.get(file);
  if (cached && cached.text === file.text) return cached.tooDeep;
  const language = guardLanguageOf(file.path);
  const tooDeep = language ? nestingTooDeep(file.text, language) : undefined;
  verdicts.set(file, { text: file.text, tooDeep });
  return tooDeep;
}

/** The one-line reason a file past the bound was not analysed. */
export function unanalysableReason(tooDeep: TooDeep): string {
  return `nesting too deep to analyse (past ${tooDeep.limit.toLocaleString("en-US")} levels by line ${tooDeep.line})`;
}
