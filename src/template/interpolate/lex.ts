/**
 * Lexer for Go's text/template (as in Go 1.19, which Packer 1.6.6's Debian build uses): the text
 * between actions, `{{`/`}}` delimiters with `{{- `/` -}}` trim markers, comments and the tokens
 * inside actions. Positions are JavaScript string indices.
 */

/** Token kinds, in Go's order (keywords after `Keyword`). */
export enum ItemType {
  Error = 0,
  Bool = 1,
  Char = 2,
  CharConstant = 3,
  Comment = 4,
  Complex = 5,
  Assign = 6,
  Declare = 7,
  EOF = 8,
  Field = 9,
  Identifier = 10,
  LeftDelim = 11,
  LeftParen = 12,
  Number = 13,
  Pipe = 14,
  RawString = 15,
  RightDelim = 16,
  RightParen = 17,
  Space = 18,
  String = 19,
  Text = 20,
  Variable = 21,
  // Keywords follow.
  Keyword = 30,
  Block = 31,
  Break = 32,
  Continue = 33,
  Dot = 34,
  Define = 35,
  Else = 36,
  End = 37,
  If = 38,
  Nil = 39,
  Range = 40,
  Template = 41,
  With = 42,
}

const KEYWORDS: Record<string, ItemType> = {
  ".": ItemType.Dot,
  block: ItemType.Block,
  break: ItemType.Break,
  continue: ItemType.Continue,
  define: ItemType.Define,
  else: ItemType.Else,
  end: ItemType.End,
  if: ItemType.If,
  range: ItemType.Range,
  nil: ItemType.Nil,
  template: ItemType.Template,
  with: ItemType.With,
};

/** A token: kind, position (string index), text and 1-based line. */
export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

const LEFT_DELIM = "{{";
const RIGHT_DELIM = "}}";
const LEFT_COMMENT = "/*";
const RIGHT_COMMENT = "*/";
const TRIM_MARKER_LEN = 2;
const EOF = -1;

/** Go's `%q` of a string, used for item descriptions in parse errors. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (c === 7) out += "\\a";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 11) out += "\\v";
    else if (isPrintRune(c)) out += ch;
    else if (c < 0x80) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0xdc80 && c <= 0xdcff) out += "\\x" + (c - 0xdc00).toString(16);
    else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}

/** Approximates Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020. */
export function isPrintRune(c: number): boolean {
  if (c === 0x20) return true;
  if (c < 0x20 || c === 0x7f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(c));
}

/** Go's `%#U` of a rune: `U+0023 '#'`. */
export function goRuneU(r: number): string {
  const hex = "U+" + r.toString(16).toUpperCase().padStart(4, "0");
  return isPrintRune(r) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}

function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

function isAlphaNumeric(r: number): boolean {
  if (r === EOF) return false;
  if (r === 0x5f) return true;
  if (r < 0x80) return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  return /^[\p{L}\p{Nd}]$/u.test(String.fromCodePoint(r));
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && s[at] === "-" && isSpace(s.charCodeAt(at + 1));
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && isSpace(s.charCodeAt(at)) && s[at + 1] === "-";
}

const SPACE_CHARS = " \t\r\n";

type StateFn = ((l: Lexer) => StateFn) | null;

/** Runs the lexer over `input` and returns all items up to and including EOF or the first error. */
export function lex(input: string, breakOK = true, continueOK = true): Item[] {
  const l = new Lexer(input, breakOK, continueOK);
  return l.run();
}

class Lexer {
  pos = 0;
  start = 0;
  width = 0;
  parenDepth = 0;
  items: Item[] = [];
  done = false;
  constructor(
    readonly input: string,
    readonly breakOK: boolean,
    readonly continueOK: boolean,
  ) {}

  run(): Item[] {
    let state: StateFn = lexText;
    while (state && !this.done) state = state(this);
    return this.items;
  }

  private newlines: number[] | undefined;

  /** 1-based line of a position: 1 + the newlines before it. */
  lineAt(pos: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.input.indexOf("\n"); i >= 0; i = this.input.indexOf("\n", i + 1))
        this.newlines.push(i);
    }
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  backup(): void {
    this.pos -= this.width;
  }

  emit(t: ItemType): void {
    this.items.push({
      typ: t,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.lineAt(this.start),
    });
    this.start = this.pos;
  }

  ignore(): void {
    this.start = this.pos;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  errorf(msg: string): StateFn {
    this.items.push({ typ: ItemType.Error, pos: this.start, val: msg, line: this.lineAt(this.start) });
    this.done = true;
    return null;
  }

  atRightDelim(): { delim: boolean; trimSpace: boolean } {
    if (
      hasRightTrimMarker(this.input, this.pos) &&
      this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LEN)
    ) {
      return { delim: true, trimSpace: true };
    }
    if (this.input.startsWith(RIGHT_DELIM, this.pos)) return { delim: true, trimSpace: false };
    return { delim: false, trimSpace: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case EOF:
      case 0x2e: // .
      case 0x2c: // ,
      case 0x7c: // |
      case 0x3a: // :
      case 0x29: // )
      case 0x28: // (
        return true;
    }
    return r === RIGHT_DELIM.codePointAt(0);
  }

  leftTrimLength(at: number): number {
    let i = at;
    while (i < this.input.length && SPACE_CHARS.includes(this.input[i])) i++;
    return i - at;
  }
}

function lexText(l: Lexer): StateFn {
  l.width = 0;
  const x = l.input.indexOf(LEFT_DELIM, l.pos);
  if (x >= 0) {
    l.pos = x;
    let trimLength = 0;
    if (hasLeftTrimMarker(l.input, l.pos + LEFT_DELIM.length)) {
      let j = l.pos;
      while (j > l.start && SPACE_CHARS.includes(l.input[j - 1])) j--;
      trimLength = l.pos - j;
    }
    l.pos -= trimLength;
    if (l.pos > l.start) l.emit(ItemType.Text);
    l.pos += trimLength;
    l.ignore();
    return lexLeftDelim;
  }
  l.pos = l.input.length;
  if (l.pos > l.start) l.emit(ItemType.Text);
  l.emit(ItemType.EOF);
  l.done = true;
  return null;
}

function lexLeftDelim(l: Lexer): StateFn {
  l.pos += LEFT_DELIM.length;
  const trimSpace = hasLeftTrimMarker(l.input, l.pos);
  const afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
  if (l.input.startsWith(LEFT_COMMENT, l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  l.emit(ItemType.LeftDelim);
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return lexInsideAction;
}

function lexComment(l: Lexer): StateFn {
  l.pos += LEFT_COMMENT.length;
  const x = l.input.indexOf(RIGHT_COMMENT, l.pos);
  if (x < 0) return l.errorf("unclosed comment");
  l.pos = x + RIGHT_COMMENT.length;
  const { delim, trimSpace } = l.atRightDelim();
  if (!delim) return l.errorf("comment ends before closing delimiter");
  if (trimSpace) l.pos += TRIM_MARKER_LEN;
  l.pos += RIGHT_DELIM.length;
  if (trimSpace) l.pos += l.leftTrimLength(l.pos);
  l.ignore();
  return lexText;
}

function lexRightDelim(l: Lexer): StateFn {
  const trimSpace = hasRightTrimMarker(l.input, l.pos);
  if (trimSpace) {
    l.pos += TRIM_MARKER_LEN;
    l.ignore();
  }
  l.pos += RIGHT_DELIM.length;
  l.emit(ItemType.RightDelim);
  if (trimSpace) {
    l.pos += l.leftTrimLength(l.pos);
    l.ignore();
  }
  return lexText;
}

function lexInsideAction(l: Lexer): StateFn {
  const { delim } = l.atRightDelim();
  if (delim) {
    if (l.parenDepth === 0) return lexRightDelim;
    return l.errorf("unclosed left paren");
  }
  const r = l.next();
  if (r === EOF) return l.errorf("unclosed action");
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  switch (r) {
    case 0x3d: // =
      l.emit(ItemType.Assign);
      return lexInsideAction;
    case 0x3a: // :
      if (l.next() !== 0x3d) return l.errorf("expected :=");
      l.emit(ItemType.Declare);
      return lexInsideAction;
    case 0x7c: // |
      l.emit(ItemType.Pipe);
      return lexInsideAction;
    case 0x22: // "
      return lexQuote;
    case 0x60: // `
      return lexRawQuote;
    case 0x24: // $
      return lexVariable;
    case 0x27: // '
      return lexChar;
    case 0x2e: // .
      if (l.pos < l.input.length) {
        const c = l.input.charCodeAt(l.pos);
        if (c < 0x30 || c > 0x39) return lexField;
      }
      l.backup();
      return lexNumber;
    case 0x28: // (
      l.emit(ItemType.LeftParen);
      l.parenDepth++;
      return lexInsideAction;
    case 0x29: // )
      // Go 1.19 does not reject an unbalanced ')' here; the parser reports it.
      l.parenDepth--;
      l.emit(ItemType.RightParen);
      return lexInsideAction;
  }
  if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 0x7f && isPrintRune(r)) {
    l.emit(ItemType.Char);
    return lexInsideAction;
  }
  return l.errorf(`unrecognized character in action: ${goRuneU(r)}`);
}

function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  if (
    hasRightTrimMarker(l.input, l.pos - 1) &&
    l.input.startsWith(RIGHT_DELIM, l.pos - 1 + TRIM_MARKER_LEN)
  ) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  l.emit(ItemType.Space);
  return lexInsideAction;
}

function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.input.slice(l.start, l.pos);
    if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
    const kw = Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : undefined;
    if (kw !== undefined && kw > ItemType.Keyword) {
      if ((kw === ItemType.Break && !l.breakOK) || (kw === ItemType.Continue && !l.continueOK)) {
        l.emit(ItemType.Identifier);
      } else {
        l.emit(kw);
      }
    } else if (word[0] === ".") {
      l.emit(ItemType.Field);
    } else if (word === "true" || word === "false") {
      l.emit(ItemType.Bool);
    } else {
      l.emit(ItemType.Identifier);
    }
    return lexInsideAction;
  }
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, ItemType.Field);
}

function lexVariable(l: Lexer): StateFn {
  return lexFieldOrVariable(l, ItemType.Variable);
}

function lexFieldOrVariable(l: Lexer, typ: ItemType): StateFn {
  if (l.atTerminator()) {
    l.emit(typ === ItemType.Variable ? ItemType.Variable : ItemType.Dot);
    return lexInsideAction;
  }
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
  l.emit(typ);
  return lexInsideAction;
}

function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
      return l.errorf("unterminated character constant");
    }
    if (r === EOF || r === 0x0a) return l.errorf("unterminated character constant");
    if (r === 0x27) break;
  }
  l.emit(ItemType.CharConstant);
  return lexInsideAction;
}

function lexNumber(l: Lexer): StateFn {
  if (!scanNumber(l)) return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== "i") {
      return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
    }
    l.emit(ItemType.Complex);
  } else {
    l.emit(ItemType.Number);
  }
  return lexInsideAction;
}

function scanNumber(l: Lexer): boolean {
  l.accept("+-");
  let digits = "0123456789_";
  if (l.accept("0")) {
    if (l.accept("xX")) digits = "0123456789abcdefABCDEF_";
    else if (l.accept("oO")) digits = "01234567_";
    else if (l.accept("bB")) digits = "01_";
  }
  l.acceptRun(digits);
  if (l.accept(".")) l.acceptRun(digits);
  if (digits.length === 11 && l.accept("eE")) {
    l.accept("+-");
    l.acceptRun("0123456789_");
  }
  if (digits.length === 23 && l.accept("pP")) {
    l.accept("+-");
    l.acceptRun("0123456789_");
  }
  l.accept("i");
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
      return l.errorf("unterminated quoted string");
    }
    if (r === EOF || r === 0x0a) return l.errorf("unterminated quoted string");
    if (r === 0x22) break;
  }
  l.emit(ItemType.String);
  return lexInsideAction;
}

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf("unterminated raw quoted string");
    if (r === 0x60) break;
  }
  l.emit(ItemType.RawString);
  return lexInsideAction;
}
