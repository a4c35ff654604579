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
/**
 * The bounds, measured on this machine with oxc-parser 0.159 and the rule walkers (Node 20, 8 MB main stack):
 * the native parser dies at 3,500 nested functions (1,750 in a worker thread's 4 MB stack), 4,000 nested
 * template literals, 4,300 nested generic types, 5,700 parentheses; the JS walkers at a tree depth of about
 * 4,000 (Python: 2,400). Real code stays far below (the deepest file in this repository's node_modules
 * measures 242, the deepest Python file of the system's standard library 75); the bound keeps a margin of
 * at least 3 against every crash measured.
 */
export const NESTING_LIMIT = { javascript: 1000, python: 500 };
/** The guard language of a path, or undefined for files the guard does not read. */
export function guardLanguageOf(path) {
    const lower = path.toLowerCase();
    if (/\.py[iw]?$/.test(lower))
        return "python";
    if (/\.tsx$/.test(lower))
        return "tsx";
    if (/\.[cm]?ts$/.test(lower))
        return "ts";
    if (/\.(?:[cm]?js|jsx)$/.test(lower))
        return "js";
    return undefined;
}
/** The measure of a file past its language's bound, or undefined when it may be parsed. */
export function nestingTooDeep(text, language) {
    const limit = language === "python" ? NESTING_LIMIT.python : NESTING_LIMIT.javascript;
    const measure = measureNesting(text, language, limit);
    return measure.depth > limit ? measure : undefined;
}
/** The peak nesting estimate of a text; stops early once it passes `stopAbove`. */
export function measureNesting(text, language, stopAbove = Number.POSITIVE_INFINITY) {
    return language === "python" ? new PythonScan(text, stopAbove).run() : new JsScan(text, language, stopAbove).run();
}
// ---------------------------------------------------------------- shared scanner state
var Frame;
(function (Frame) {
    Frame[Frame["Paren"] = 1] = "Paren";
    /** The parenthesised head of `if`/`for`/`while`/`with`: a statement, not a value, follows its `)`. */
    Frame[Frame["ControlParen"] = 2] = "ControlParen";
    Frame[Frame["Bracket"] = 3] = "Bracket";
    Frame[Frame["Brace"] = 4] = "Brace";
    Frame[Frame["TemplateField"] = 5] = "TemplateField";
    Frame[Frame["JsxTag"] = 6] = "JsxTag";
    Frame[Frame["JsxChildren"] = 7] = "JsxChildren";
    Frame[Frame["JsxField"] = 8] = "JsxField";
    Frame[Frame["PyBracket"] = 9] = "PyBracket";
    Frame[Frame["PyFstringField"] = 10] = "PyFstringField";
})(Frame || (Frame = {}));
var C;
(function (C) {
    C[C["Tab"] = 9] = "Tab";
    C[C["Newline"] = 10] = "Newline";
    C[C["VTab"] = 11] = "VTab";
    C[C["FormFeed"] = 12] = "FormFeed";
    C[C["Return"] = 13] = "Return";
    C[C["Space"] = 32] = "Space";
    C[C["Bang"] = 33] = "Bang";
    C[C["DoubleQuote"] = 34] = "DoubleQuote";
    C[C["Hash"] = 35] = "Hash";
    C[C["Dollar"] = 36] = "Dollar";
    C[C["Percent"] = 37] = "Percent";
    C[C["Amp"] = 38] = "Amp";
    C[C["Quote"] = 39] = "Quote";
    C[C["OpenParen"] = 40] = "OpenParen";
    C[C["CloseParen"] = 41] = "CloseParen";
    C[C["Star"] = 42] = "Star";
    C[C["Plus"] = 43] = "Plus";
    C[C["Comma"] = 44] = "Comma";
    C[C["Minus"] = 45] = "Minus";
    C[C["Dot"] = 46] = "Dot";
    C[C["Slash"] = 47] = "Slash";
    C[C["Zero"] = 48] = "Zero";
    C[C["Nine"] = 57] = "Nine";
    C[C["Colon"] = 58] = "Colon";
    C[C["Semicolon"] = 59] = "Semicolon";
    C[C["Less"] = 60] = "Less";
    C[C["Equals"] = 61] = "Equals";
    C[C["Greater"] = 62] = "Greater";
    C[C["Question"] = 63] = "Question";
    C[C["At"] = 64] = "At";
    C[C["UpperA"] = 65] = "UpperA";
    C[C["UpperZ"] = 90] = "UpperZ";
    C[C["OpenBracket"] = 91] = "OpenBracket";
    C[C["Backslash"] = 92] = "Backslash";
    C[C["CloseBracket"] = 93] = "CloseBracket";
    C[C["Caret"] = 94] = "Caret";
    C[C["Underscore"] = 95] = "Underscore";
    C[C["Backtick"] = 96] = "Backtick";
    C[C["LowerA"] = 97] = "LowerA";
    C[C["LowerZ"] = 122] = "LowerZ";
    C[C["OpenBrace"] = 123] = "OpenBrace";
    C[C["Pipe"] = 124] = "Pipe";
    C[C["CloseBrace"] = 125] = "CloseBrace";
    C[C["Tilde"] = 126] = "Tilde";
})(C || (C = {}));
function isDigit(c) {
    return c >= C.Zero && c <= C.Nine;
}
function isIdentifierStart(c) {
    return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore || c === C.Dollar || c === C.Backslash || (c >= 0x80 && c !== 0xa0 && c !== 0xfeff && c !== 0x2028 && c !== 0x2029);
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c);
}
function isLineBreak(c) {
    return c === C.Newline || c === 0x2028 || c === 0x2029;
}
function isSpace(c) {
    return c === C.Space || c === C.Tab || c === C.Return || c === C.VTab || c === C.FormFeed || c === 0xa0 || c === 0xfeff;
}
/**
 * The frame stack and per-level chains both scanners share. Level 0 is the file itself; `chains[l]` counts
 * what the expression open at level `l` has chained; the estimate is `level + sum`.
 */
class NestingScan {
    text;
    stopAbove;
    n;
    i = 0;
    line = 1;
    level = 0;
    sum = 0;
    max = 0;
    maxLine = 1;
    stopped = false;
    kinds;
    chains;
    constructor(text, stopAbove) {
        this.text = text;
        this.stopAbove = stopAbove;
        this.n = text.length;
        const capacity = Number.isFinite(stopAbove) ? Math.min(stopAbove + 2, 1 << 20) : 1024;
        this.kinds = new Uint8Array(capacity);
        this.chains = new Int32Array(capacity);
    }
    note() {
        const depth = this.level + this.sum;
        if (depth > this.max) {
            this.max = depth;
            this.maxLine = this.line;
            if (depth > this.stopAbove)
                this.stopped = true;
        }
    }
    chain(by = 1) {
        this.chains[this.level] += by;
        this.sum += by;
        this.note();
    }
    reset() {
        this.sum -= this.chains[this.level];
        this.chains[this.level] = 0;
    }
    push(kind) {
        this.level++;
        if (this.level >= this.kinds.length)
            this.grow();
        this.kinds[this.level] = kind;
        this.chains[this.level] = 0;
        this.note();
    }
    pop() {
        if (this.level === 0)
            return;
        this.sum -= this.chains[this.level];
        this.level--;
    }
    top() {
        return this.level === 0 ? 0 : this.kinds[this.level];
    }
    grow() {
        const kinds = new Uint8Array(this.kinds.length * 2);
        kinds.set(this.kinds);
        this.kinds = kinds;
        const chains = new Int32Array(this.chains.length * 2);
        chains.set(this.chains);
        this.chains = chains;
    }
    result() {
        return { depth: this.max, line: this.maxLine };
    }
    /** Skips to the end of the line (the newline itself is left for the caller). */
    skipLine() {
        const text = this.text;
        while (this.i < this.n && !isLineBreak(text.charCodeAt(this.i)))
            this.i++;
    }
    /** Skips a quoted string opened at `i`; an unescaped line break ends it (recovery for a misread quote). */
    skipQuoted(quote) {
        const text = this.text;
        this.i++;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (c === quote) {
                this.i++;
                return;
            }
            if (c === C.Backslash) {
                if (isLineBreak(text.charCodeAt(this.i + 1)))
                    this.line++;
                this.i += 2;
                continue;
            }
            if (isLineBreak(c))
                return;
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
const JS_CONTINUING_KEYWORDS = new Set(["in", "instanceof", "as", "satisfies", "else", "catch", "finally", "extends", "implements"]);
var Prev;
(function (Prev) {
    /** An operand is expected: `/` starts a regex, `<` may start JSX. */
    Prev[Prev["Operand"] = 0] = "Operand";
    /** A value just ended: `/` divides, `(` calls. */
    Prev[Prev["Value"] = 1] = "Value";
})(Prev || (Prev = {}));
class JsScan extends NestingScan {
    typescript;
    jsx;
    prev = Prev.Operand;
    /** A line break or a block's `}` ended what may be a statement; the next token decides. */
    pendingBreak = false;
    /** The next identifier is a property name (after `.`), not a keyword. */
    propertyName = false;
    /** The tokens since the last reset are only identifiers followed by `:` (labels), so `x:` is a label. */
    atStatementStart = true;
    lastWasStartIdentifier = false;
    /** The last token was `if`, `for`, `while` or `with`: the next `(` opens a statement head. */
    controlHead = false;
    /** Open generic `<` per level (TypeScript). */
    angles;
    constructor(text, language, stopAbove) {
        super(text, stopAbove);
        this.typescript = language === "ts" || language === "tsx";
        this.jsx = language === "js" || language === "tsx";
        this.angles = new Int32Array(this.kinds.length);
    }
    run() {
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
    lineBreak() {
        const top = this.top();
        if (this.prev === Prev.Value && (top === 0 || top === Frame.Brace))
            this.pendingBreak = true;
    }
    skipBlockComment() {
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
        if (sawBreak)
            this.lineBreak();
    }
    /** Before a token: a pending statement end resets the level unless the token continues the expression. */
    settle(continues) {
        if (this.pendingBreak) {
            this.pendingBreak = false;
            if (!continues)
                this.statementEnd();
        }
    }
    statementEnd() {
        this.reset();
        this.angles[this.level] = 0;
        this.atStatementStart = true;
        this.lastWasStartIdentifier = false;
    }
    operand() {
        this.prev = Prev.Operand;
        this.atStatementStart = false;
        this.lastWasStartIdentifier = false;
    }
    value() {
        this.prev = Prev.Value;
        this.atStatementStart = false;
        this.lastWasStartIdentifier = false;
    }
    open(kind) {
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
    token(c) {
        const text = this.text;
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
                if (this.prev === Prev.Value)
                    this.chain();
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
                if (top === Frame.Paren || top === Frame.ControlParen || top === Frame.Bracket || top === Frame.Brace)
                    this.pop();
                this.i++;
                if (top === Frame.ControlParen) {
                    // `if (a)` then a line break is no statement end: the body (maybe another `if`) nests in it.
                    this.prev = Prev.Operand;
                    this.atStatementStart = true;
                    this.lastWasStartIdentifier = false;
                }
                else {
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
                this.statementEnd();
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
                }
                else {
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
                    if (!postfix)
                        this.operand();
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
                if (c === C.Star && next === C.Star)
                    length = text.charCodeAt(this.i + 2) === C.Equals ? 3 : 2;
                else if (next === C.Equals)
                    length = 2;
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
    operator(length) {
        this.i += length;
        this.chain();
        this.operand();
    }
    identifier() {
        const text = this.text;
        const start = this.i;
        this.i++;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (c === C.Backslash)
                this.i += 2;
            else if (isIdentifierPart(c))
                this.i++;
            else
                break;
        }
        const length = this.i - start;
        const first = text.charCodeAt(start);
        const keyword = !this.propertyName && length >= 2 && length <= 10 && first >= C.LowerA && first <= C.LowerZ ? text.slice(start, this.i) : "";
        const wasProperty = this.propertyName;
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
            if (JS_NESTING_KEYWORDS.has(keyword) || binary)
                this.chain();
            this.operand();
            this.controlHead = keyword === "if" || keyword === "for" || keyword === "while" || keyword === "with";
            return;
        }
        this.settle(wasProperty || (keyword !== "" && JS_CONTINUING_KEYWORDS.has(keyword)));
        if (wasProperty)
            this.value();
        else
            this.startIdentifier();
    }
    startIdentifier() {
        const label = this.atStatementStart;
        this.value();
        this.lastWasStartIdentifier = label;
    }
    number() {
        const text = this.text;
        this.i++;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (isIdentifierPart(c) || c === C.Dot)
                this.i++;
            else if ((c === C.Plus || c === C.Minus) && (text.charCodeAt(this.i - 1) | 0x20) === 0x65 /* e */)
                this.i++;
            else
                break;
        }
        this.value();
    }
    /** A regular expression literal at `i`: to the closing `/` outside a class, then its flags; a line break ends it. */
    regex() {
        const text = this.text;
        this.i++;
        let inClass = false;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (isLineBreak(c))
                return;
            if (c === C.Backslash) {
                this.i += 2;
                continue;
            }
            this.i++;
            if (c === C.OpenBracket)
                inClass = true;
            else if (c === C.CloseBracket)
                inClass = false;
            else if (c === C.Slash && !inClass)
                break;
        }
        while (this.i < this.n && isIdentifierPart(text.charCodeAt(this.i)))
            this.i++;
    }
    /** Template text after a backtick or a field's `}`: to the closing backtick (a value) or the next `${` (a new level). */
    template() {
        const text = this.text;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (c === C.Backtick) {
                this.i++;
                this.value();
                return;
            }
            if (c === C.Backslash) {
                if (isLineBreak(text.charCodeAt(this.i + 1)))
                    this.line++;
                this.i += 2;
                continue;
            }
            if (c === C.Dollar && text.charCodeAt(this.i + 1) === C.OpenBrace) {
                this.i += 2;
                this.open(Frame.TemplateField);
                return;
            }
            if (isLineBreak(c))
                this.line++;
            this.i++;
        }
    }
    closeBrace() {
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
        if (top === Frame.Brace)
            this.pop();
        this.value();
        // A block's `}` ends its statement unless what follows continues an expression (`} else`, `}.x`, `} + 1`).
        this.pendingBreak = true;
    }
    less(next) {
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
            // A generic's `<`: the pair costs one level once closed, a comparison one level until the statement ends.
            this.i++;
            this.chain();
            this.angles[this.level]++;
            this.operand();
            return;
        }
        this.operator(1);
    }
    greater() {
        const text = this.text;
        let run = 1;
        while (run < 3 && text.charCodeAt(this.i + run) === C.Greater)
            run++;
        const assigns = text.charCodeAt(this.i + run) === C.Equals;
        const open = this.angles[this.level];
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
    startsJsx(at) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === C.Greater)
            return true;
        if (!isIdentifierStart(c) || c === C.Backslash)
            return false;
        let end = at + 1;
        while (end < this.n && (isIdentifierPart(text.charCodeAt(end)) || text.charCodeAt(end) === C.Dot || text.charCodeAt(end) === C.Minus || text.charCodeAt(end) === C.Colon))
            end++;
        const after = text.charCodeAt(end);
        if (after === C.Comma)
            return false;
        if (this.typescript && isSpace(after)) {
            let word = end;
            while (word < this.n && isSpace(text.charCodeAt(word)))
                word++;
            if (text.startsWith("extends ", word))
                return false;
        }
        return true;
    }
    /** Inside `<tag ...`: attributes, string values, `{` fields, then `>` (children follow) or `/>` (done). */
    jsxTagStep() {
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
    jsxChildrenStep() {
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
                        if (isLineBreak(text.charCodeAt(this.i)))
                            this.line++;
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
            if (isLineBreak(c))
                this.line++;
            this.i++;
        }
    }
    endJsxElement() {
        this.pop();
        const top = this.top();
        if (top !== Frame.JsxChildren)
            this.value();
    }
    /** JSX attribute strings have no escapes and may span lines. */
    skipJsxString(quote) {
        const text = this.text;
        this.i++;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            this.i++;
            if (c === quote)
                return;
            if (isLineBreak(c))
                this.line++;
        }
    }
}
// ---------------------------------------------------------------- Python
const PY_NESTING_KEYWORDS = new Set(["not", "and", "or", "in", "is", "lambda", "if", "else", "await", "yield"]);
const PY_STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
class PythonScan extends NestingScan {
    prev = Prev.Operand;
    lineStart = true;
    /** Indentation widths of the open blocks; each open block is one level. */
    indents = new Int32Array(64);
    indentDepth = 0;
    /** Per f-string field level: the quote character, and 1 when the string is triple-quoted. */
    fieldQuote;
    fieldTriple;
    constructor(text, stopAbove) {
        super(text, stopAbove);
        this.fieldQuote = new Int32Array(this.kinds.length);
        this.fieldTriple = new Uint8Array(this.kinds.length);
    }
    run() {
        const text = this.text;
        while (this.i < this.n && !this.stopped) {
            if (this.lineStart) {
                this.indentation();
                continue;
            }
            const c = text.charCodeAt(this.i);
            if (c === C.Newline) {
                this.line++;
if(process.env.TRACE) console.log(this.line, this.level, this.sum, this.indentDepth);
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
                if (this.text.charCodeAt(this.i) === C.Return)
                    this.i++;
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
    indentation() {
        const text = this.text;
        let width = 0;
        let at = this.i;
        while (at < this.n) {
            const c = text.charCodeAt(at);
            if (c === C.Space)
                width++;
            else if (c === C.Tab)
                width = (width & ~7) + 8;
            else if (c !== C.FormFeed && c !== C.Return)
                break;
            at++;
        }
        const c = text.charCodeAt(at);
        this.i = at;
        if (at >= this.n)
            return;
        if (c === C.Newline || c === C.Hash) {
            if (c === C.Hash)
                this.skipLine();
            if (this.i < this.n) {
                this.line++;
                this.i++;
            }
            return;
        }
        this.lineStart = false;
        const current = this.indentDepth === 0 ? 0 : this.indents[this.indentDepth - 1];
        if (width > current) {
            if (this.indentDepth === this.indents.length) {
                const bigger = new Int32Array(this.indents.length * 2);
                bigger.set(this.indents);
                this.indents = bigger;
            }
            this.indents[this.indentDepth++] = width;
            this.sum++;
            this.note();
        }
        else {
            while (this.indentDepth > 0 && this.indents[this.indentDepth - 1] > width) {
                this.indentDepth--;
                this.sum--;
            }
        }
    }
    token(c) {
        const text = this.text;
        if (isIdentifierStart(c) && c !== C.Backslash && c !== C.Dollar) {
            const start = this.i;
            this.i++;
            while (this.i < this.n && isIdentifierPart(text.charCodeAt(this.i)) && text.charCodeAt(this.i) !== C.Dollar)
                this.i++;
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
            }
            else {
                this.prev = word === "return" || word === "assert" || word === "del" ? Prev.Operand : Prev.Value;
            }
            return;
        }
        if (isDigit(c) || (c === C.Dot && isDigit(text.charCodeAt(this.i + 1)))) {
            this.i++;
            while (this.i < this.n) {
                const d = text.charCodeAt(this.i);
                if (isIdentifierPart(d) || d === C.Dot)
                    this.i++;
                else if ((d === C.Plus || d === C.Minus) && (text.charCodeAt(this.i - 1) | 0x20) === 0x65)
                    this.i++;
                else
                    break;
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
                if (this.prev === Prev.Value && c !== C.OpenBrace)
                    this.chain();
                this.i++;
                this.push(Frame.PyBracket);
                this.prev = Prev.Operand;
                return;
            case C.CloseParen:
            case C.CloseBracket:
                if (this.top() === Frame.PyBracket)
                    this.pop();
                this.i++;
                this.prev = Prev.Value;
                return;
            case C.CloseBrace: {
                this.i++;
                const top = this.top();
                if (top === Frame.PyFstringField) {
                    const quote = this.fieldQuote[this.level];
                    const triple = this.fieldTriple[this.level] === 1;
                    this.pop();
                    this.stringBody(quote, triple, true);
                    return;
                }
                if (top === Frame.PyBracket)
                    this.pop();
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
                    if (d === C.Equals || d === C.Star || d === C.Slash || d === C.Less || d === C.Greater)
                        this.i++;
                    else
                        break;
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
    /** A string literal whose opening quote is at `i`. */
    string(quote, formatted) {
        const text = this.text;
        const triple = text.charCodeAt(this.i + 1) === quote && text.charCodeAt(this.i + 2) === quote;
        this.i += triple ? 3 : 1;
        this.stringBody(quote, triple, formatted);
    }
    /**
     * String text to the closing quote; in an f-string a `{` (not `{{`) opens a field, scanned as code. A backslash
     * keeps the next quote from closing a raw string too, so raw and plain strings read alike here.
     */
    stringBody(quote, triple, formatted) {
        const text = this.text;
        while (this.i < this.n) {
            const c = text.charCodeAt(this.i);
            if (c === C.Backslash) {
                if (text.charCodeAt(this.i + 1) === C.Newline)
                    this.line++;
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
//# sourceMappingURL=parse-guard.js.map