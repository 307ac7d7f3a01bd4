/**
 * A lexer and recursive-descent parser for HCL's native syntax, following hashicorp/hcl's
 * `hclsyntax/spec.md`: bodies, attributes, blocks (one-line too), every expression form, quoted
 * templates and heredocs with interpolation, directives and strip markers, and comments.
 *
 * It never throws on bad input: it returns the tree it could build and positioned diagnostics,
 * every one at once (recovering at the next line), in time linear in the input and with a bound
 * on nesting depth.
 */
import type { SourcePos } from "../diagnostics.js";
import type { Attribute, BinaryOp, Block, Body, Expr, Range, TemplatePart, Traverser } from "./ast.js";
import type { HclDiagnostic } from "./diagnostics.js";

/** The deepest nesting of expressions and blocks accepted (HCL itself has no limit; we need one). */
export const MAX_DEPTH = 128;
/** After this many diagnostics in one file, parsing stops. */
const MAX_DIAGNOSTICS = 50;

interface Tok {
  t: string;
  s: number;
  e: number;
}

/** The result of parsing one file. */
export interface ParseResult {
  body: Body;
  diagnostics: HclDiagnostic[];
}

class SyntaxAbort extends Error {}

type FlatItem =
  | { k: "lit"; value: string; s: number; e: number }
  | { k: "interp"; expr: Expr; sl: boolean; sr: boolean; s: number; e: number }
  | { k: "if"; cond: Expr; sl: boolean; sr: boolean; s: number; e: number }
  | { k: "else"; sl: boolean; sr: boolean; s: number; e: number }
  | { k: "endif"; sl: boolean; sr: boolean; s: number; e: number }
  | { k: "for"; keyVar?: string; valVar: string; coll: Expr; sl: boolean; sr: boolean; s: number; e: number }
  | { k: "endfor"; sl: boolean; sr: boolean; s: number; e: number };

const BINARY_LEVELS: BinaryOp[][] = [
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/", "%"],
];
const PUNCT3 = ["..."];
const PUNCT2 = ["==", "!=", "<=", ">=", "&&", "||", "=>"];
const PUNCT1 = "{}[]()=,.?:!+-*/%<>~";

function isIdStart(c: string): boolean {
  return /^[\p{L}\p{Nl}_]$/u.test(c);
}
function isIdContinue(c: string): boolean {
  return /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_-]$/u.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** Parses `src` (the contents of `file`) as an HCL native-syntax body. */
export function parseHcl(src: string, file: string): ParseResult {
  return new Parser(src, file).parseFile();
}

/** Parses `src` as a single expression (for `-var` values and tests). */
export function parseHclExpression(src: string, file: string): { expr?: Expr; diagnostics: HclDiagnostic[] } {
  return new Parser(src, file).parseLoneExpression();
}

/** Parses `src` as a bare template (the contents of a `templatefile` file). */
export function parseHclTemplate(src: string, file: string): { expr?: Expr; diagnostics: HclDiagnostic[] } {
  return new Parser(src, file).parseBareTemplate();
}

class Parser {
  private pos = 0;
  private readonly lineStarts: number[] = [0];
  private readonly diags: HclDiagnostic[] = [];
  private readonly nlIgnore: boolean[] = [false];
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  // ---- positions ---------------------------------------------------------------------------

  private at(offset: number): SourcePos {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - ls[lo] + 1, offset };
  }

  private range(s: number, e: number): Range {
    return { file: this.file, start: this.at(s), end: this.at(Math.max(s, e)) };
  }

  private fail(s: number, e: number, summary: string, detail: string): never {
    this.report(s, e, summary, detail);
    throw new SyntaxAbort(summary);
  }

  private report(s: number, e: number, summary: string, detail: string): void {
    if (this.diags.length < MAX_DIAGNOSTICS) {
      this.diags.push({ severity: "error", summary, detail, range: this.range(s, e) });
    }
  }

  // ---- lexer -------------------------------------------------------------------------------

  private skipSpace(p: number, ignoreNl: boolean): number {
    const src = this.src;
    for (;;) {
      const c = src[p];
      if (c === " " || c === "\t" || c === "\r" || (ignoreNl && c === "\n")) {
        p++;
      } else if (c === "#" || (c === "/" && src[p + 1] === "/")) {
        while (p < src.length && src[p] !== "\n") p++;
      } else if (c === "/" && src[p + 1] === "*") {
        const end = src.indexOf("*/", p + 2);
        if (end < 0)
          this.fail(p, p + 2, "Unterminated template string", "No closing marker was found for the comment.");
        p = end + 2;
      } else {
        return p;
      }
    }
  }

  private lex(p: number, ignoreNl: boolean): Tok {
    const src = this.src;
    p = this.skipSpace(p, ignoreNl);
    if (p >= src.length) return { t: "eof", s: p, e: p };
    const c = src[p];
    if (c === "\n") return { t: "nl", s: p, e: p + 1 };
    const cp = String.fromCodePoint(src.codePointAt(p) ?? 0);
    if (isIdStart(cp)) {
      let e = p + cp.length;
      for (;;) {
        const n = String.fromCodePoint(src.codePointAt(e) ?? 0);
        if (e < src.length && isIdContinue(n)) e += n.length;
        else break;
      }
      return { t: "id", s: p, e };
    }
    if (isDigit(c)) {
      let e = p;
      while (isDigit(src[e])) e++;
      if (src[e] === "." && isDigit(src[e + 1])) {
        e++;
        while (isDigit(src[e])) e++;
      }
      if (
        (src[e] === "e" || src[e] === "E") &&
        (isDigit(src[e + 1]) || ("+-".includes(src[e + 1] ?? "x") && isDigit(src[e + 2])))
      ) {
        e += 2;
        while (isDigit(src[e])) e++;
      }
      return { t: "num", s: p, e };
    }
    if (c === '"') return { t: "str", s: p, e: p + 1 };
    if (c === "<" && src[p + 1] === "<") {
      let q = p + 2;
      if (src[q] === "-") q++;
      if (isIdStart(src[q] ?? "")) return { t: "heredoc", s: p, e: q };
    }
    for (const x of PUNCT3) if (src.startsWith(x, p)) return { t: x, s: p, e: p + 3 };
    for (const x of PUNCT2) if (src.startsWith(x, p)) return { t: x, s: p, e: p + 2 };
    if (PUNCT1.includes(c)) return { t: c, s: p, e: p + 1 };
    return { t: "bad", s: p, e: p + cp.length };
  }

  private peek(): Tok {
    return this.lex(this.pos, this.nlIgnore[this.nlIgnore.length - 1]);
  }

  private next(): Tok {
    const t = this.peek();
    this.pos = t.e;
    return t;
  }

  private text(t: Tok): string {
    return this.src.slice(t.s, t.e);
  }

  private describe(t: Tok): string {
    if (t.t === "eof") return "end of file";
    if (t.t === "nl") return "newline";
    return `"${this.text(t)}"`;
  }

  private expect(type: string, summary: string, detail: string): Tok {
    const t = this.peek();
    if (t.t !== type) this.fail(t.s, t.e, summary, detail);
    return this.next();
  }

  private withNl<T>(ignore: boolean, f: () => T): T {
    this.nlIgnore.push(ignore);
    try {
      return f();
    } finally {
      this.nlIgnore.pop();
    }
  }

  private enter(s: number): void {
    if (++this.depth > MAX_DEPTH) {
      this.fail(
        s,
        s + 1,
        "Nesting too deep",
        `Expressions and blocks may be nested at most ${MAX_DEPTH} levels deep.`,
      );
    }
  }

  // ---- bodies ------------------------------------------------------------------------------

  parseFile(): ParseResult {
    let body: Body;
    try {
      body = this.parseBody(true, 0);
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      body = { attributes: [], blocks: [], range: this.range(0, this.src.length) };
    }
    return { body, diagnostics: this.diags };
  }

  parseLoneExpression(): { expr?: Expr; diagnostics: HclDiagnostic[] } {
    try {
      const expr = this.withNl(true, () => this.parseExpr());
      const t = this.withNl(true, () => this.peek());
      if (t.t !== "eof")
        this.fail(
          t.s,
          t.e,
          "Extra characters after expression",
          "An expression was successfully parsed, but extra characters were found after it.",
        );
      return { expr, diagnostics: this.diags };
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      return { diagnostics: this.diags };
    }
  }

  parseBareTemplate(): { expr?: Expr; diagnostics: HclDiagnostic[] } {
    try {
      const items = this.scanTemplate(0, "heredoc", this.src.length, 0);
      const parts = this.buildTemplate(items);
      return {
        expr: { kind: "template", parts, range: this.range(0, this.src.length) },
        diagnostics: this.diags,
      };
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      return { diagnostics: this.diags };
    }
  }

  private parseBody(top: boolean, start: number): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const seen = new Map<string, Range>();
    for (;;) {
      if (this.diags.length >= MAX_DIAGNOSTICS) throw new SyntaxAbort("too many errors");
      const t = this.peek();
      if (t.t === "nl") {
        this.next();
        continue;
      }
      if (t.t === "eof") {
        if (!top)
          this.fail(
            t.s,
            t.e,
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file.",
          );
        return { attributes, blocks, range: this.range(start, t.s) };
      }
      if (t.t === "}") {
        if (top) {
          this.report(
            t.s,
            t.e,
            "Argument or block definition required",
            "An argument or block definition is required here.",
          );
          this.next();
          continue;
        }
        return { attributes, blocks, range: this.range(start, t.e) };
      }
      try {
        const item = this.parseBodyItem();
        if ("expr" in item) {
          const prev = seen.get(item.name);
          if (prev) {
            this.report(
              item.nameRange.start.offset,
              item.nameRange.end.offset,
              "Attribute redefined",
              `The argument "${item.name}" was already set at ${prev.file}:${prev.start.line},${prev.start.column}-${prev.end.column}. Each argument may be set only once.`,
            );
          } else {
            seen.set(item.name, item.nameRange);
            attributes.push(item);
          }
        } else {
          blocks.push(item);
        }
      } catch (err) {
        if (!(err instanceof SyntaxAbort)) throw err;
        if (this.diags.length >= MAX_DIAGNOSTICS) throw err;
        this.recover();
      }
    }
  }

  /** Skips to the end of the current line at this nesting level (not past a closing brace). */
  private recover(): void {
    this.nlIgnore.length = 1;
    this.depth = 0;
    let depth = 0;
    for (;;) {
      let t: Tok;
      try {
        t = this.lex(this.pos, false);
      } catch (err) {
        if (!(err instanceof SyntaxAbort)) throw err;
        this.pos = this.src.length;
        return;
      }
      if (t.t === "eof") return;
      if (t.t === "nl" && depth <= 0) return;
      if (t.t === "}" && depth <= 0) return;
      if (t.t === "{" || t.t === "[" || t.t === "(") depth++;
      if (t.t === "}" || t.t === "]" || t.t === ")") depth--;
      if (t.t === "str") {
        let p = t.e;
        while (p < this.src.length && this.src[p] !== '"' && this.src[p] !== "\n")
          p += this.src[p] === "\\" ? 2 : 1;
        this.pos = this.src[p] === '"' ? p + 1 : p;
        continue;
      }
      this.pos = t.e;
    }
  }

  private parseBodyItem(): Attribute | Block {
    const name = this.next();
    if (name.t !== "id") {
      this.fail(
        name.s,
        name.e,
        "Argument or block definition required",
        "An argument or block definition is required here.",
      );
    }
    const nameText = this.text(name);
    const t = this.peek();
    if (t.t === "=") {
      this.next();
      const expr = this.parseExpr();
      this.endOfItem("argument definition", "An argument definition must end with a newline.");
      return {
        name: nameText,
        nameRange: this.range(name.s, name.e),
        expr,
        range: this.range(name.s, expr.range.end.offset),
      };
    }
    const labels: string[] = [];
    const labelRanges: Range[] = [];
    for (;;) {
      const l = this.peek();
      if (l.t === "id") {
        this.next();
        labels.push(this.text(l));
        labelRanges.push(this.range(l.s, l.e));
      } else if (l.t === "str") {
        this.next();
        const { value, end } = this.parseLabelString(l.s);
        labels.push(value);
        labelRanges.push(this.range(l.s, end));
      } else if (l.t === "{") {
        break;
      } else {
        const hint = l.t === "nl" || l.t === "eof" ? "newline" : this.describe(l);
        this.fail(
          l.s,
          l.e,
          "Invalid block definition",
          `Either a quoted string block label or an opening brace ("{") is expected here, found ${hint}. To set an argument, use the equals sign "=".`,
        );
      }
    }
    const open = this.next();
    this.enter(open.s);
    const inner = this.peek();
    let body: Body;
    if (inner.t === "nl" || inner.t === "}") {
      body = this.parseBody(false, open.s);
    } else {
      // One-line block: a single argument then the closing brace.
      const attr = this.parseBodyItem1Line();
      const close = this.expect(
        "}",
        "Invalid single-argument block definition",
        "A single-line block definition must end with a closing brace immediately after its single argument definition.",
      );
      body = { attributes: attr ? [attr] : [], blocks: [], range: this.range(open.s, close.e) };
      this.pos = close.s;
    }
    const close = this.next();
    this.depth--;
    this.endOfItem("block definition", "A block definition must end with a newline.");
    return {
      type: nameText,
      typeRange: this.range(name.s, name.e),
      labels,
      labelRanges,
      body,
      range: this.range(name.s, close.e),
    };
  }

  private parseBodyItem1Line(): Attribute | undefined {
    const name = this.next();
    if (name.t !== "id" || this.peek().t !== "=") {
      this.fail(
        name.s,
        name.e,
        "Invalid single-argument block definition",
        "A single-line block definition can contain only a single argument. If you meant to define argument, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
      );
    }
    this.next();
    const expr = this.parseExpr();
    return {
      name: this.text(name),
      nameRange: this.range(name.s, name.e),
      expr,
      range: this.range(name.s, expr.range.end.offset),
    };
  }

  private endOfItem(what: string, detail: string): void {
    const t = this.peek();
    if (t.t === "nl") {
      this.next();
    } else if (t.t !== "eof" && t.t !== "}") {
      this.fail(t.s, t.e, `Missing newline after ${what}`, detail);
    }
  }

  private parseLabelString(start: number): { value: string; end: number } {
    const items = this.scanTemplate(start + 1, "quoted", this.src.length, 0);
    const parts = items.filter((i) => i.k !== "lit");
    if (parts.length > 0) {
      this.fail(
        parts[0].s,
        parts[0].e,
        "Invalid block label",
        "Block labels may not contain interpolation or directives.",
      );
    }
    return { value: items.map((i) => (i.k === "lit" ? i.value : "")).join(""), end: this.pos };
  }

  // ---- expressions -------------------------------------------------------------------------

  private parseExpr(): Expr {
    const start = this.peek().s;
    this.enter(start);
    try {
      const cond = this.parseBinary(0);
      if (this.peek().t !== "?") return cond;
      this.next();
      const then = this.parseExpr();
      this.expect(
        ":",
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
      );
      const els = this.parseExpr();
      return {
        kind: "conditional",
        cond,
        whenTrue: then,
        whenFalse: els,
        range: this.range(cond.range.start.offset, els.range.end.offset),
      };
    } finally {
      this.depth--;
    }
  }

  private parseBinary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    const ops = BINARY_LEVELS[level] as string[];
    for (;;) {
      const t = this.peek();
      if (!ops.includes(t.t)) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = {
        kind: "binary",
        op: t.t as BinaryOp,
        left,
        right,
        range: this.range(left.range.start.offset, right.range.end.offset),
      };
    }
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t.t === "-" || t.t === "!") {
      this.next();
      this.enter(t.s);
      try {
        const operand = this.parseUnary();
        return { kind: "unary", op: t.t, operand, range: this.range(t.s, operand.range.end.offset) };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      const t = this.peek();
      if (t.t === ".") {
        this.next();
        const attrOrIndex = this.parseDotTraverser(t.s);
        if (attrOrIndex === "splat") {
          const each: Traverser[] = [];
          let end = this.pos;
          for (;;) {
            const n = this.peek();
            if (n.t !== ".") break;
            this.next();
            const tr = this.parseDotTraverser(n.s);
            if (tr === "splat")
              this.fail(
                n.s,
                this.pos,
                "Nested splat expression not allowed",
                "A splat expression (*) cannot be used inside another attribute-only splat expression.",
              );
            each.push(tr);
            end = this.pos;
          }
          expr = { kind: "splat", source: expr, each, range: this.range(expr.range.start.offset, end) };
        } else if (attrOrIndex.kind === "attr") {
          expr = {
            kind: "getattr",
            source: expr,
            name: attrOrIndex.name,
            range: this.range(expr.range.start.offset, this.pos),
          };
        } else {
          expr = {
            kind: "index",
            source: expr,
            key: attrOrIndex.key,
            range: this.range(expr.range.start.offset, this.pos),
          };
        }
      } else if (t.t === "[") {
        this.next();
        const inner = this.withNl(true, () => {
          const star = this.peek();
          if (star.t === "*") {
            const save = this.pos;
            this.next();
            if (this.peek().t === "]") {
              this.next();
              return "splat" as const;
            }
            this.pos = save;
          }
          const key = this.parseExpr();
          this.expect(
            "]",
            "Missing close bracket on index",
            'The index operator must end with a closing bracket ("]").',
          );
          return key;
        });
        if (inner === "splat") {
          const each: Traverser[] = [];
          let end = this.pos;
          for (;;) {
            const n = this.peek();
            if (n.t === ".") {
              this.next();
              const tr = this.parseDotTraverser(n.s);
              if (tr === "splat")
                this.fail(
                  n.s,
                  this.pos,
                  "Nested splat expression not allowed",
                  "A splat expression (*) cannot be used inside another splat expression.",
                );
              each.push(tr);
            } else if (n.t === "[") {
              this.next();
              const key = this.withNl(true, () => {
                const k = this.parseExpr();
                this.expect(
                  "]",
                  "Missing close bracket on index",
                  'The index operator must end with a closing bracket ("]").',
                );
                return k;
              });
              each.push({ kind: "index", key, range: this.range(n.s, this.pos) });
            } else {
              break;
            }
            end = this.pos;
          }
          expr = { kind: "splat", source: expr, each, range: this.range(expr.range.start.offset, end) };
        } else {
          expr = {
            kind: "index",
            source: expr,
            key: inner,
            range: this.range(expr.range.start.offset, this.pos),
          };
        }
      } else {
        return expr;
      }
    }
  }

  /** After a `.`: an attribute name, a legacy numeric index (`.0`) or `*`. */
  private parseDotTraverser(dot: number): Traverser | "splat" {
    const p = this.pos;
    if (isDigit(this.src[p])) {
      let e = p;
      while (isDigit(this.src[e])) e++;
      this.pos = e;
      const key: Expr = { kind: "literal", value: Number(this.src.slice(p, e)), range: this.range(p, e) };
      return { kind: "index", key, range: this.range(dot, e) };
    }
    const t = this.peek();
    if (t.t === "*") {
      this.next();
      return "splat";
    }
    if (t.t !== "id") {
      this.fail(t.s, t.e, "Invalid attribute name", "An attribute name is required after a dot.");
    }
    this.next();
    return { kind: "attr", name: this.text(t), range: this.range(dot, t.e) };
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    switch (t.t) {
      case "num": {
        this.next();
        return { kind: "literal", value: Number(this.text(t)), range: this.range(t.s, t.e) };
      }
      case "id": {
        this.next();
        const name = this.text(t);
        if (this.peek().t === "(") return this.parseCall(name, t);
        if (name === "true" || name === "false")
          return { kind: "literal", value: name === "true", range: this.range(t.s, t.e) };
        if (name === "null") return { kind: "literal", value: null, range: this.range(t.s, t.e) };
        return { kind: "variable", name, range: this.range(t.s, t.e) };
      }
      case "str": {
        this.next();
        const items = this.scanTemplate(t.e, "quoted", this.src.length, 0);
        return { kind: "template", parts: this.buildTemplate(items), range: this.range(t.s, this.pos) };
      }
      case "heredoc":
        return this.parseHeredoc(t);
      case "(": {
        this.next();
        const expr = this.withNl(true, () => {
          const e = this.parseExpr();
          this.expect(
            ")",
            "Unbalanced parentheses",
            "Expected a closing parenthesis to terminate the expression.",
          );
          return e;
        });
        return { kind: "paren", expr, range: this.range(t.s, this.pos) };
      }
      case "[":
        return this.parseTuple(t);
      case "{":
        return this.parseObject(t);
      default:
        this.fail(
          t.s,
          t.e,
          "Invalid expression",
          "Expected the start of an expression, but found an invalid expression token.",
        );
    }
  }

  private parseCall(name: string, nameTok: Tok): Expr {
    this.next(); // (
    return this.withNl(true, () => {
      const args: Expr[] = [];
      let expandFinal = false;
      for (;;) {
        const t = this.peek();
        if (t.t === ")") break;
        if (expandFinal)
          this.fail(
            t.s,
            t.e,
            "Missing closing parenthesis",
            "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
          );
        args.push(this.parseExpr());
        const n = this.peek();
        if (n.t === "...") {
          this.next();
          expandFinal = true;
        }
        const sep = this.peek();
        if (sep.t === ",") {
          this.next();
          continue;
        }
        if (sep.t !== ")") {
          this.fail(
            sep.s,
            sep.e,
            "Missing argument separator",
            "A comma is required to separate each function argument from the next.",
          );
        }
      }
      const close = this.next();
      return {
        kind: "call",
        name,
        args,
        expandFinal,
        nameRange: this.range(nameTok.s, nameTok.e),
        range: this.range(nameTok.s, close.e),
      } as Expr;
    });
  }

  private isForIntro(): boolean {
    const t = this.peek();
    if (t.t !== "id" || this.text(t) !== "for") return false;
    const n = this.lex(t.e, true);
    return n.t === "id";
  }

  private parseTuple(open: Tok): Expr {
    this.next();
    return this.withNl(true, () => {
      if (this.isForIntro()) return this.parseFor(open, "]");
      const items: Expr[] = [];
      for (;;) {
        const t = this.peek();
        if (t.t === "]") break;
        items.push(this.parseExpr());
        const sep = this.peek();
        if (sep.t === ",") {
          this.next();
          continue;
        }
        if (sep.t !== "]")
          this.fail(
            sep.s,
            sep.e,
            "Missing item separator",
            "Expected a comma to mark the beginning of the next item.",
          );
      }
      const close = this.next();
      return { kind: "tuple", items, range: this.range(open.s, close.e) } as Expr;
    });
  }

  private parseObject(open: Tok): Expr {
    this.next();
    if (this.withNl(true, () => this.isForIntro())) {
      return this.withNl(true, () => this.parseFor(open, "}"));
    }
    return this.withNl(false, () => {
      const items: { key: Expr; value: Expr }[] = [];
      for (;;) {
        let t = this.peek();
        while (t.t === "nl") {
          this.next();
          t = this.peek();
        }
        if (t.t === "}") break;
        let key: Expr;
        if (t.t === "id" && ["=", ":"].includes(this.lex(t.e, false).t)) {
          this.next();
          key = { kind: "literal", value: this.text(t), range: this.range(t.s, t.e) };
        } else {
          key = this.withNl(true, () => this.parseExpr());
        }
        const eq = this.peek();
        if (eq.t !== "=" && eq.t !== ":") {
          this.fail(
            eq.s,
            eq.e,
            "Missing key/value separator",
            'Expected an equals sign ("=") to mark the beginning of the attribute value.',
          );
        }
        this.next();
        const value = this.parseExpr();
        items.push({ key, value });
        const sep = this.peek();
        if (sep.t === "," || sep.t === "nl") {
          this.next();
          continue;
        }
        if (sep.t !== "}")
          this.fail(
            sep.s,
            sep.e,
            "Missing attribute separator",
            "Expected a newline or comma to mark the beginning of the next attribute.",
          );
      }
      const close = this.next();
      return { kind: "object", items, range: this.range(open.s, close.e) } as Expr;
    });
  }

  private parseFor(open: Tok, close: "]" | "}"): Expr {
    this.next(); // for
    const first = this.expect(
      "id",
      "Invalid 'for' expression",
      "For expression requires variable name after 'for'.",
    );
    let keyVar: string | undefined;
    let valVar = this.text(first);
    if (this.peek().t === ",") {
      this.next();
      const second = this.expect(
        "id",
        "Invalid 'for' expression",
        "For expression requires value variable name after comma.",
      );
      keyVar = valVar;
      valVar = this.text(second);
    }
    const inTok = this.next();
    if (inTok.t !== "id" || this.text(inTok) !== "in") {
      this.fail(
        inTok.s,
        inTok.e,
        "Invalid 'for' expression",
        "For expression requires the 'in' keyword after its name declarations.",
      );
    }
    const coll = this.parseExpr();
    this.expect(
      ":",
      "Invalid 'for' expression",
      "For expression requires a colon after the collection expression.",
    );
    let keyExpr: Expr | undefined;
    let valExpr = this.parseExpr();
    let group = false;
    if (close === "}") {
      this.expect("=>", "Invalid 'for' expression", "Key expression is required when building an object.");
      keyExpr = valExpr;
      valExpr = this.parseExpr();
      if (this.peek().t === "...") {
        this.next();
        group = true;
      }
    } else if (this.peek().t === "=>") {
      const t = this.peek();
      this.fail(t.s, t.e, "Invalid 'for' expression", "Key expression is not valid when building a tuple.");
    }
    let cond: Expr | undefined;
    const ifTok = this.peek();
    if (ifTok.t === "id" && this.text(ifTok) === "if") {
      this.next();
      cond = this.parseExpr();
    }
    const end = this.peek();
    if (end.t !== close) {
      this.fail(
        end.s,
        end.e,
        "Invalid 'for' expression",
        `Extra characters after the end of the 'for' expression; expected "${close}".`,
      );
    }
    this.next();
    return {
      kind: "for",
      keyVar,
      valVar,
      coll,
      keyExpr,
      valExpr,
      cond,
      group,
      range: this.range(open.s, end.e),
    };
  }

  // ---- templates ---------------------------------------------------------------------------

  private parseHeredoc(t: Tok): Expr {
    const src = this.src;
    const flush = src[t.s + 2] === "-";
    let e = t.e;
    while (e < src.length && isIdContinue(src[e])) e++;
    const marker = src.slice(t.e, e);
    let p = e;
    if (src[p] === "\r") p++;
    if (src[p] !== "\n") {
      this.fail(
        t.s,
        e,
        "Invalid heredoc introduction",
        `A heredoc introduction must be followed immediately by a newline; the marker "${marker}" is not.`,
      );
    }
    const bodyStart = p + 1;
    // Find the closing marker line.
    let lineStart = bodyStart;
    let termStart = -1;
    let termEnd = -1;
    while (lineStart <= src.length) {
      let lineEnd = src.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = src.length;
      const line = src.slice(lineStart, lineEnd).replace(/\r$/, "");
      if (line.trim() === marker) {
        termStart = lineStart;
        termEnd = lineStart + line.indexOf(marker) + marker.length;
        break;
      }
      if (lineEnd >= src.length) break;
      lineStart = lineEnd + 1;
    }
    if (termStart < 0) {
      this.fail(
        t.s,
        e,
        "Unterminated template string",
        `No closing marker was found for the heredoc "${marker}" before the end of the file.`,
      );
    }
    let indent = 0;
    if (flush) {
      indent = Number.POSITIVE_INFINITY;
      for (const line of src.slice(bodyStart, termStart).split("\n")) {
        if (line.trim() === "") continue;
        const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
        indent = Math.min(indent, lead);
      }
      if (!Number.isFinite(indent)) indent = 0;
    }
    const items = this.scanTemplate(bodyStart, "heredoc", termStart, indent);
    this.pos = termEnd;
    return { kind: "template", parts: this.buildTemplate(items), range: this.range(t.s, termEnd) };
  }

  /**
   * Scans template characters from `p`: up to the closing quote (quoted) or `end` (heredoc). Leaves
   * `this.pos` after the template.
   */
  private scanTemplate(p: number, mode: "quoted" | "heredoc", end: number, indent: number): FlatItem[] {
    const src = this.src;
    const items: FlatItem[] = [];
    let lit = "";
    let litStart = p;
    let lineStart = mode === "heredoc";
    const flushLit = (e: number) => {
      if (lit !== "") items.push({ k: "lit", value: lit, s: litStart, e });
      lit = "";
    };
    for (;;) {
      if (lineStart && indent > 0) {
        let n = 0;
        while (n < indent && (src[p] === " " || src[p] === "\t") && p < end) {
          p++;
          n++;
        }
      }
      lineStart = false;
      if (p >= end) {
        if (mode === "quoted") {
          this.fail(
            litStart,
            p,
            "Unterminated template string",
            "No closing marker was found for the string.",
          );
        }
        flushLit(p);
        this.pos = p;
        return items;
      }
      const c = src[p];
      if (mode === "quoted" && c === '"') {
        flushLit(p);
        this.pos = p + 1;
        return items;
      }
      if (mode === "quoted" && c === "\n") {
        this.fail(litStart, p, "Unterminated template string", "No closing marker was found for the string.");
      }
      if ((c === "$" || c === "%") && src[p + 1] === c && src[p + 2] === "{") {
        if (lit === "") litStart = p;
        lit += `${c}{`;
        p += 3;
        continue;
      }
      if ((c === "$" || c === "%") && src[p + 1] === "{") {
        flushLit(p);
        p = this.scanTemplateSequence(p, c === "$", items);
        litStart = p;
        continue;
      }
      if (lit === "") litStart = p;
      if (mode === "quoted" && c === "\\") {
        const [value, n] = this.escape(p);
        lit += value;
        p += n;
        continue;
      }
      lit += c;
      p++;
      if (c === "\n") lineStart = true;
    }
  }

  private escape(p: number): [string, number] {
    const src = this.src;
    const c = src[p + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (c !== undefined && c in simple) return [simple[c], 2];
    if (c === "u" || c === "U") {
      const len = c === "u" ? 4 : 8;
      const hex = src.slice(p + 2, p + 2 + len);
      if (/^[0-9A-Fa-f]+$/.test(hex) && hex.length === len) {
        const code = Number.parseInt(hex, 16);
        if (code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
          return [String.fromCodePoint(code), 2 + len];
      }
      this.fail(
        p,
        p + 2,
        "Invalid escape sequence",
        `The \\${c} escape sequence must be followed by ${len} hexadecimal digits naming a Unicode character.`,
      );
    }
    this.fail(
      p,
      p + 2,
      "Invalid escape sequence",
      `The symbol ${JSON.stringify(c ?? "")} is not a valid escape sequence selector.`,
    );
  }

  /** Parses `${ expr }` or `%{ directive }` starting at `p`; returns the offset after it. */
  private scanTemplateSequence(p: number, interp: boolean, items: FlatItem[]): number {
    const s = p;
    p += 2;
    let sl = false;
    if (this.src[p] === "~") {
      sl = true;
      p++;
    }
    this.pos = p;
    const closeSeq = (): boolean => {
      let sr = false;
      if (this.peek().t === "~") {
        this.next();
        sr = true;
      }
      this.expect(
        "}",
        interp ? "Extra characters after interpolation expression" : "Extra characters in template directive",
        interp
          ? "Expected a closing brace to end the interpolation expression, but found extra characters."
          : "Expected a closing brace to end the directive.",
      );
      return sr;
    };
    this.enter(s);
    try {
      return this.withNl(true, () => {
        if (interp) {
          const expr = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "interp", expr, sl, sr, s, e: this.pos });
          return this.pos;
        }
        const kw = this.next();
        const word = kw.t === "id" ? this.text(kw) : "";
        if (word === "if") {
          const cond = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "if", cond, sl, sr, s, e: this.pos });
        } else if (word === "else" || word === "endif" || word === "endfor") {
          const sr = closeSeq();
          items.push({ k: word, sl, sr, s, e: this.pos });
        } else if (word === "for") {
          const a = this.expect(
            "id",
            "Invalid 'for' directive",
            "For directive requires variable name after 'for'.",
          );
          let keyVar: string | undefined;
          let valVar = this.text(a);
          if (this.peek().t === ",") {
            this.next();
            const b = this.expect(
              "id",
              "Invalid 'for' directive",
              "For directive requires value variable name after comma.",
            );
            keyVar = valVar;
            valVar = this.text(b);
          }
          const inTok = this.next();
          if (inTok.t !== "id" || this.text(inTok) !== "in") {
            this.fail(
              inTok.s,
              inTok.e,
              "Invalid 'for' directive",
              "For directive requires 'in' keyword after names.",
            );
          }
          const coll = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "for", keyVar, valVar, coll, sl, sr, s, e: this.pos });
        } else {
          this.fail(
            kw.s,
            kw.e,
            "Invalid template directive",
            'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
          );
        }
        return this.pos;
      });
    } finally {
      this.depth--;
    }
  }

  /** Applies strip markers and nests `if`/`for` directives. */
  private buildTemplate(items: FlatItem[]): TemplatePart[] {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.k === "lit") continue;
      const prev = items[i - 1];
      const next = items[i + 1];
      if (it.sl && prev?.k === "lit") prev.value = prev.value.replace(/\s+$/u, "");
      if (it.sr && next?.k === "lit") next.value = next.value.replace(/^\s+/u, "");
    }
    type Frame = { open?: FlatItem; parts: TemplatePart[]; elseParts?: TemplatePart[] };
    const stack: Frame[] = [{ parts: [] }];
    const cur = () => {
      const f = stack[stack.length - 1];
      return f.elseParts ?? f.parts;
    };
    for (const it of items) {
      const range = this.range(it.s, it.e);
      switch (it.k) {
        case "lit":
          if (it.value !== "") cur().push({ kind: "literal", value: it.value, range });
          break;
        case "interp":
          cur().push({ kind: "interp", expr: it.expr, range });
          break;
        case "if":
        case "for":
          stack.push({ open: it, parts: [] });
          break;
        case "else": {
          const f = stack[stack.length - 1];
          if (f.open?.k !== "if" || f.elseParts)
            this.fail(
              it.s,
              it.e,
              "Unexpected else directive",
              "An else directive must be inside an if directive, and only one is allowed.",
            );
          f.elseParts = [];
          break;
        }
        case "endif":
        case "endfor": {
          const f = stack[stack.length - 1];
          const want = it.k === "endif" ? "if" : "for";
          if (stack.length === 1 || f.open?.k !== want) {
            this.fail(
              it.s,
              it.e,
              `Unexpected ${it.k} directive`,
              `An ${it.k} directive must close a ${want} directive.`,
            );
          }
          stack.pop();
          const open = f.open;
          const r = this.range(open.s, it.e);
          if (open.k === "if") {
            cur().push({
              kind: "if",
              cond: open.cond,
              whenTrue: f.parts,
              whenFalse: f.elseParts ?? [],
              range: r,
            });
          } else if (open.k === "for") {
            cur().push({
              kind: "for",
              keyVar: open.keyVar,
              valVar: open.valVar,
              coll: open.coll,
              body: f.parts,
              range: r,
            });
          }
          break;
        }
      }
    }
    if (stack.length > 1) {
      const open = stack[stack.length - 1].open as FlatItem;
      const end = open.k === "if" ? "endif" : "endfor";
      this.fail(
        open.s,
        open.e,
        `Unterminated template ${open.k} directive`,
        `The ${open.k} directive has no matching %{ ${end} }.`,
      );
    }
    return stack[0].parts;
  }
}
