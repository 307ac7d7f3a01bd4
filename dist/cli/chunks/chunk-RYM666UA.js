import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  __name,
  __toESM,
  require_lib
} from "./chunk-TVRRXXEO.js";

// src/cli/flags.ts
var FlagError = class extends Error {
  static {
    __name(this, "FlagError");
  }
  constructor(message) {
    super(message);
    this.name = "FlagError";
  }
};
var BOOL_VALUES = /* @__PURE__ */ new Map([
  ["1", true],
  ["t", true],
  ["T", true],
  ["true", true],
  ["TRUE", true],
  ["True", true],
  ["0", false],
  ["f", false],
  ["F", false],
  ["false", false],
  ["FALSE", false],
  ["False", false]
]);
function parseFlags(argv, specs) {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    const body = arg.replace(/^--?/, "");
    if (body === "" || body.startsWith("-") || body.startsWith("="))
      throw new FlagError(`bad flag syntax: ${arg}`);
    const eq2 = body.indexOf("=");
    const name = eq2 >= 0 ? body.slice(0, eq2) : body;
    let value = eq2 >= 0 ? body.slice(eq2 + 1) : void 0;
    i++;
    const spec = byName.get(name);
    if (!spec) {
      if (name === "h" || name === "help") throw new FlagError("help requested");
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
    if (spec.kind === "bool") {
      if (value === void 0) value = "true";
      const b = BOOL_VALUES.get(value);
      if (b === void 0) throw new FlagError(`invalid boolean value "${value}" for -${name}: parse error`);
      values.set(name, String(b));
      continue;
    }
    if (value === void 0) {
      if (i >= argv.length) throw new FlagError(`flag needs an argument: -${name}`);
      value = argv[i++];
    }
    if (spec.kind === "list") {
      const list = lists.get(name) ?? [];
      list.push(value);
      lists.set(name, list);
    } else {
      values.set(name, value);
    }
  }
  return { values, lists, args: argv.slice(i) };
}
__name(parseFlags, "parseFlags");
function flagUsage(specs) {
  const left = specs.map((s) => `  -${s.name}${s.placeholder ? `=${s.placeholder}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}`).join("\n");
}
__name(flagUsage, "flagUsage");
function commaList(values) {
  if (!values) return void 0;
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
__name(commaList, "commaList");

// src/template/diagnostics.ts
function formatDiagnostic(d) {
  const where = `${d.file}:${d.line}:${d.column}`;
  const prefix = d.severity === "warning" ? "warning: " : "";
  return d.path ? `${where}: ${prefix}${d.path}: ${d.message}` : `${where}: ${prefix}${d.message}`;
}
__name(formatDiagnostic, "formatDiagnostic");
var DiagnosticBag = class {
  constructor(file) {
    this.file = file;
  }
  file;
  static {
    __name(this, "DiagnosticBag");
  }
  items = [];
  error(at, message) {
    this.items.push({
      file: this.file,
      line: at.pos.line,
      column: at.pos.column,
      path: at.path,
      message,
      severity: "error"
    });
  }
  warning(at, message) {
    this.items.push({
      file: this.file,
      line: at.pos.line,
      column: at.pos.column,
      path: at.path,
      message,
      severity: "warning"
    });
  }
  get hasErrors() {
    return this.items.some((d) => d.severity === "error");
  }
};

// src/ui/mask.ts
function maskSecrets(text, secrets) {
  const list = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join("<sensitive>");
  return out;
}
__name(maskSecrets, "maskSecrets");

// src/engine/validate.ts
import { resolve as resolve6 } from "node:path";

// src/template/load.ts
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/template/gofmt.ts
function shortestDigits(n) {
  const [mant, e] = Math.abs(n).toExponential().split("e");
  return { digits: mant.replace(".", ""), exp: Number(e) };
}
__name(shortestDigits, "shortestDigits");
function goFormatFloatF(n) {
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  const { digits, exp } = shortestDigits(n);
  const sign = n < 0 ? "-" : "";
  const dp = exp + 1;
  if (dp <= 0) return `${sign}0.${"0".repeat(-dp)}${digits}`;
  if (dp >= digits.length) return `${sign}${digits}${"0".repeat(dp - digits.length)}`;
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}
__name(goFormatFloatF, "goFormatFloatF");
function goFormatFloatV(n) {
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  const { digits, exp } = shortestDigits(n);
  if (exp < -4 || exp >= 6) {
    const sign = n < 0 ? "-" : "";
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = exp < 0 ? "-" : "+";
    return `${sign}${mant}e${es}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return goFormatFloatF(n);
}
__name(goFormatFloatV, "goFormatFloatV");
var NAMED_ESCAPES = {
  7: "\\a",
  8: "\\b",
  12: "\\f",
  10: "\\n",
  13: "\\r",
  9: "\\t",
  11: "\\v",
  92: "\\\\",
  34: '\\"'
};
var PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function goQuote(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    const named = NAMED_ESCAPES[c];
    if (named) out += named;
    else if (PRINTABLE.test(ch)) out += ch;
    else if (c < 128) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 65536) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}
__name(goQuote, "goQuote");
function goPrintValue(v) {
  if (v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "number") return goFormatFloatV(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(goPrintValue).join(" ")}]`;
  const keys = Object.keys(v).sort();
  return `map[${keys.map((k) => `${k}:${goPrintValue(v[k])}`).join(" ")}]`;
}
__name(goPrintValue, "goPrintValue");
function goTypeOf(v) {
  if (v === null) return "<nil>";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "float64";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "[]interface {}";
  return "map[interface {}]interface {}";
}
__name(goTypeOf, "goTypeOf");
function goKindOf(v) {
  if (v === null) return "invalid";
  if (Array.isArray(v)) return "slice";
  if (typeof v === "object") return "map";
  return goTypeOf(v);
}
__name(goKindOf, "goKindOf");

// src/template/interpolate/bytes.ts
var LONE_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
function goBytes(s) {
  if (!LONE_BYTE.test(s)) return Buffer.from(s, "utf8");
  const parts = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 56448 && c <= 56575 && !(i > 0 && isHigh(s.charCodeAt(i - 1)))) {
      parts.push(Buffer.from(s.slice(start, i), "utf8"), Buffer.from([c - 56320]));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(s.slice(start), "utf8"));
  return Buffer.concat(parts);
}
__name(goBytes, "goBytes");
function isHigh(c) {
  return c >= 55296 && c <= 56319;
}
__name(isHigh, "isHigh");
function goString(b) {
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let cp = 0;
    if (c < 128) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    if (c >= 194 && c <= 223) {
      n = 1;
      cp = c & 31;
    } else if (c >= 224 && c <= 239) {
      n = 2;
      cp = c & 15;
    } else if (c >= 240 && c <= 244) {
      n = 3;
      cp = c & 7;
    }
    let ok = n > 0 && i + n < b.length;
    if (ok) {
      for (let k = 1; k <= n; k++) {
        const cc = b[i + k];
        if (cc === void 0 || (cc & 192) !== 128) {
          ok = false;
          break;
        }
        cp = cp << 6 | cc & 63;
      }
    }
    if (ok && (n === 2 && cp < 2048 || n === 3 && (cp < 65536 || cp > 1114111) || cp >= 55296 && cp <= 57343)) {
      ok = false;
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i += n + 1;
    } else {
      out += String.fromCharCode(56320 + c);
      i++;
    }
  }
  return out;
}
__name(goString, "goString");
function outputString(s) {
  if (!LONE_BYTE.test(s)) return s;
  return goBytes(s).toString("utf8");
}
__name(outputString, "outputString");

// src/template/interpolate/lex.ts
var KEYWORDS = {
  ".": 34 /* Dot */,
  block: 31 /* Block */,
  break: 32 /* Break */,
  continue: 33 /* Continue */,
  define: 35 /* Define */,
  else: 36 /* Else */,
  end: 37 /* End */,
  if: 38 /* If */,
  range: 40 /* Range */,
  nil: 39 /* Nil */,
  template: 41 /* Template */,
  with: 42 /* With */
};
var LEFT_DELIM = "{{";
var RIGHT_DELIM = "}}";
var LEFT_COMMENT = "/*";
var RIGHT_COMMENT = "*/";
var TRIM_MARKER_LEN = 2;
var EOF = -1;
function goQuote2(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
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
    else if (c < 128) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 56448 && c <= 56575) out += "\\x" + (c - 56320).toString(16);
    else if (c >= 55296 && c <= 57343) out += "\\ufffd";
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}
__name(goQuote2, "goQuote");
function isPrintRune(c) {
  if (c === 32) return true;
  if (c < 32 || c === 127) return false;
  if (c >= 55296 && c <= 57343) return false;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(c));
}
__name(isPrintRune, "isPrintRune");
function goRuneU(r) {
  const hex = "U+" + r.toString(16).toUpperCase().padStart(4, "0");
  return isPrintRune(r) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}
__name(goRuneU, "goRuneU");
function isSpace(r) {
  return r === 32 || r === 9 || r === 13 || r === 10;
}
__name(isSpace, "isSpace");
function isAlphaNumeric(r) {
  if (r === EOF) return false;
  if (r === 95) return true;
  if (r < 128) return r >= 48 && r <= 57 || r >= 65 && r <= 90 || r >= 97 && r <= 122;
  return /^[\p{L}\p{Nd}]$/u.test(String.fromCodePoint(r));
}
__name(isAlphaNumeric, "isAlphaNumeric");
function hasLeftTrimMarker(s, at) {
  return s.length >= at + 2 && s[at] === "-" && isSpace(s.charCodeAt(at + 1));
}
__name(hasLeftTrimMarker, "hasLeftTrimMarker");
function hasRightTrimMarker(s, at) {
  return s.length >= at + 2 && isSpace(s.charCodeAt(at)) && s[at + 1] === "-";
}
__name(hasRightTrimMarker, "hasRightTrimMarker");
var SPACE_CHARS = " 	\r\n";
function lex(input, breakOK = true, continueOK = true) {
  const l = new Lexer(input, breakOK, continueOK);
  return l.run();
}
__name(lex, "lex");
var Lexer = class {
  constructor(input, breakOK, continueOK) {
    this.input = input;
    this.breakOK = breakOK;
    this.continueOK = continueOK;
  }
  input;
  breakOK;
  continueOK;
  static {
    __name(this, "Lexer");
  }
  pos = 0;
  start = 0;
  width = 0;
  parenDepth = 0;
  items = [];
  done = false;
  run() {
    let state = lexText;
    while (state && !this.done) state = state(this);
    return this.items;
  }
  newlines;
  /** 1-based line of a position: 1 + the newlines before it. */
  lineAt(pos) {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.input.indexOf("\n"); i >= 0; i = this.input.indexOf("\n", i + 1))
        this.newlines.push(i);
    }
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
  next() {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos);
    this.width = r > 65535 ? 2 : 1;
    this.pos += this.width;
    return r;
  }
  peek() {
    const r = this.next();
    this.backup();
    return r;
  }
  backup() {
    this.pos -= this.width;
  }
  emit(t) {
    this.items.push({
      typ: t,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.lineAt(this.start)
    });
    this.start = this.pos;
  }
  ignore() {
    this.start = this.pos;
  }
  accept(valid) {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }
  acceptRun(valid) {
    for (; ; ) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }
  errorf(msg) {
    this.items.push({ typ: 0 /* Error */, pos: this.start, val: msg, line: this.lineAt(this.start) });
    this.done = true;
    return null;
  }
  atRightDelim() {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LEN)) {
      return { delim: true, trimSpace: true };
    }
    if (this.input.startsWith(RIGHT_DELIM, this.pos)) return { delim: true, trimSpace: false };
    return { delim: false, trimSpace: false };
  }
  atTerminator() {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case EOF:
      case 46:
      // .
      case 44:
      // ,
      case 124:
      // |
      case 58:
      // :
      case 41:
      // )
      case 40:
        return true;
    }
    return r === RIGHT_DELIM.codePointAt(0);
  }
  leftTrimLength(at) {
    let i = at;
    while (i < this.input.length && SPACE_CHARS.includes(this.input[i])) i++;
    return i - at;
  }
};
function lexText(l) {
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
    if (l.pos > l.start) l.emit(20 /* Text */);
    l.pos += trimLength;
    l.ignore();
    return lexLeftDelim;
  }
  l.pos = l.input.length;
  if (l.pos > l.start) l.emit(20 /* Text */);
  l.emit(8 /* EOF */);
  l.done = true;
  return null;
}
__name(lexText, "lexText");
function lexLeftDelim(l) {
  l.pos += LEFT_DELIM.length;
  const trimSpace = hasLeftTrimMarker(l.input, l.pos);
  const afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
  if (l.input.startsWith(LEFT_COMMENT, l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  l.emit(11 /* LeftDelim */);
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return lexInsideAction;
}
__name(lexLeftDelim, "lexLeftDelim");
function lexComment(l) {
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
__name(lexComment, "lexComment");
function lexRightDelim(l) {
  const trimSpace = hasRightTrimMarker(l.input, l.pos);
  if (trimSpace) {
    l.pos += TRIM_MARKER_LEN;
    l.ignore();
  }
  l.pos += RIGHT_DELIM.length;
  l.emit(16 /* RightDelim */);
  if (trimSpace) {
    l.pos += l.leftTrimLength(l.pos);
    l.ignore();
  }
  return lexText;
}
__name(lexRightDelim, "lexRightDelim");
function lexInsideAction(l) {
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
    case 61:
      l.emit(6 /* Assign */);
      return lexInsideAction;
    case 58:
      if (l.next() !== 61) return l.errorf("expected :=");
      l.emit(7 /* Declare */);
      return lexInsideAction;
    case 124:
      l.emit(14 /* Pipe */);
      return lexInsideAction;
    case 34:
      return lexQuote;
    case 96:
      return lexRawQuote;
    case 36:
      return lexVariable;
    case 39:
      return lexChar;
    case 46:
      if (l.pos < l.input.length) {
        const c = l.input.charCodeAt(l.pos);
        if (c < 48 || c > 57) return lexField;
      }
      l.backup();
      return lexNumber;
    case 40:
      l.emit(12 /* LeftParen */);
      l.parenDepth++;
      return lexInsideAction;
    case 41:
      l.parenDepth--;
      l.emit(17 /* RightParen */);
      return lexInsideAction;
  }
  if (r === 43 || r === 45 || r >= 48 && r <= 57) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 127 && isPrintRune(r)) {
    l.emit(2 /* Char */);
    return lexInsideAction;
  }
  return l.errorf(`unrecognized character in action: ${goRuneU(r)}`);
}
__name(lexInsideAction, "lexInsideAction");
function lexSpace(l) {
  let numSpaces = 0;
  for (; ; ) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(RIGHT_DELIM, l.pos - 1 + TRIM_MARKER_LEN)) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  l.emit(18 /* Space */);
  return lexInsideAction;
}
__name(lexSpace, "lexSpace");
function lexIdentifier(l) {
  for (; ; ) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.input.slice(l.start, l.pos);
    if (!l.atTerminator()) return l.errorf(`bad character ${goRuneU(r)}`);
    const kw = Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : void 0;
    if (kw !== void 0 && kw > 30 /* Keyword */) {
      if (kw === 32 /* Break */ && !l.breakOK || kw === 33 /* Continue */ && !l.continueOK) {
        l.emit(10 /* Identifier */);
      } else {
        l.emit(kw);
      }
    } else if (word[0] === ".") {
      l.emit(9 /* Field */);
    } else if (word === "true" || word === "false") {
      l.emit(1 /* Bool */);
    } else {
      l.emit(10 /* Identifier */);
    }
    return lexInsideAction;
  }
}
__name(lexIdentifier, "lexIdentifier");
function lexField(l) {
  return lexFieldOrVariable(l, 9 /* Field */);
}
__name(lexField, "lexField");
function lexVariable(l) {
  return lexFieldOrVariable(l, 21 /* Variable */);
}
__name(lexVariable, "lexVariable");
function lexFieldOrVariable(l, typ) {
  if (l.atTerminator()) {
    l.emit(typ === 21 /* Variable */ ? 21 /* Variable */ : 34 /* Dot */);
    return lexInsideAction;
  }
  let r;
  for (; ; ) {
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
__name(lexFieldOrVariable, "lexFieldOrVariable");
function lexChar(l) {
  for (; ; ) {
    let r = l.next();
    if (r === 92) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf("unterminated character constant");
    }
    if (r === EOF || r === 10) return l.errorf("unterminated character constant");
    if (r === 39) break;
  }
  l.emit(3 /* CharConstant */);
  return lexInsideAction;
}
__name(lexChar, "lexChar");
function lexNumber(l) {
  if (!scanNumber(l)) return l.errorf(`bad number syntax: ${goQuote2(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 43 || sign === 45) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== "i") {
      return l.errorf(`bad number syntax: ${goQuote2(l.input.slice(l.start, l.pos))}`);
    }
    l.emit(5 /* Complex */);
  } else {
    l.emit(13 /* Number */);
  }
  return lexInsideAction;
}
__name(lexNumber, "lexNumber");
function scanNumber(l) {
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
__name(scanNumber, "scanNumber");
function lexQuote(l) {
  for (; ; ) {
    let r = l.next();
    if (r === 92) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf("unterminated quoted string");
    }
    if (r === EOF || r === 10) return l.errorf("unterminated quoted string");
    if (r === 34) break;
  }
  l.emit(19 /* String */);
  return lexInsideAction;
}
__name(lexQuote, "lexQuote");
function lexRawQuote(l) {
  for (; ; ) {
    const r = l.next();
    if (r === EOF) return l.errorf("unterminated raw quoted string");
    if (r === 96) break;
  }
  l.emit(15 /* RawString */);
  return lexInsideAction;
}
__name(lexRawQuote, "lexRawQuote");

// src/template/interpolate/values.ts
var NO_VALUE = /* @__PURE__ */ Symbol("no value");
var GoNumber = class {
  constructor(goType, value) {
    this.goType = goType;
    this.value = value;
  }
  goType;
  value;
  static {
    __name(this, "GoNumber");
  }
};
var GoComplex = class {
  constructor(re, im) {
    this.re = re;
    this.im = im;
  }
  re;
  im;
  static {
    __name(this, "GoComplex");
  }
};
var GoStruct = class {
  constructor(typeName2, fields) {
    this.typeName = typeName2;
    this.fields = fields;
  }
  typeName;
  fields;
  static {
    __name(this, "GoStruct");
  }
};
function isPlainMap(v) {
  if (v instanceof Map) return true;
  if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof GoNumber || v instanceof GoStruct)
    return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
__name(isPlainMap, "isPlainMap");
function kindOf(v) {
  if (v === NO_VALUE || v === void 0) return "invalid";
  if (v === null) return "nil";
  if (v instanceof GoComplex) return "complex";
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return Number.isInteger(v) ? "int" : "float";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "function":
      return "func";
  }
  if (v instanceof GoNumber)
    return v.goType === "float64" ? "float" : v.goType.startsWith("u") ? "uint" : "int";
  if (Array.isArray(v)) return "slice";
  if (v instanceof GoStruct) return "struct";
  if (isPlainMap(v)) return "map";
  return "other";
}
__name(kindOf, "kindOf");
function typeName(v) {
  if (v instanceof GoNumber) return v.goType;
  if (v instanceof GoStruct) return v.typeName;
  switch (kindOf(v)) {
    case "invalid":
      return "<nil>";
    case "nil":
      return "<nil>";
    case "string":
      return "string";
    case "int":
      return "int";
    case "float":
      return "float64";
    case "complex":
      return "complex128";
    case "bool":
      return "bool";
    case "slice":
      return "[]interface {}";
    case "map":
      return "map[string]interface {}";
    case "func":
      return "func(...interface {}) (interface {}, error)";
    default:
      return "interface {}";
  }
}
__name(typeName, "typeName");
function numValue(v) {
  if (v instanceof GoNumber) return v.value;
  if (typeof v === "bigint") return Number(v);
  return v;
}
__name(numValue, "numValue");
function mapEntries(v) {
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  const filtered = entries.filter(([, val]) => val !== void 0);
  filtered.sort(([a], [b]) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return Buffer.compare(Buffer.from(String(a), "utf8"), Buffer.from(String(b), "utf8"));
  });
  return filtered;
}
__name(mapEntries, "mapEntries");
function mapGet(m, key) {
  if (m instanceof Map) {
    const v2 = m.get(key);
    return v2 === void 0 ? NO_VALUE : v2;
  }
  if (typeof key !== "string" || !Object.hasOwn(m, key)) return NO_VALUE;
  const v = m[key];
  return v === void 0 ? NO_VALUE : v;
}
__name(mapGet, "mapGet");
function mapLen(m) {
  return mapEntries(m).length;
}
__name(mapLen, "mapLen");
function isTrue(v) {
  switch (kindOf(v)) {
    case "invalid":
      return [false, true];
    case "nil":
      return [false, true];
    case "string":
      return [v.length > 0, true];
    case "int":
    case "uint":
    case "float":
      return [numValue(v) !== 0, true];
    case "complex":
      return [v.re !== 0 || v.im !== 0, true];
    case "bool":
      return [v, true];
    case "slice":
      return [v.length > 0, true];
    case "map":
      return [mapLen(v) > 0, true];
    case "struct":
      return [true, true];
    case "func":
      return [true, true];
    default:
      return [true, true];
  }
}
__name(isTrue, "isTrue");
function truth(v) {
  return isTrue(v)[0];
}
__name(truth, "truth");

// src/template/interpolate/fmt.ts
function shortestDigits2(f) {
  if (f === 0) return { digits: "0", dp: 1 };
  const [mant, exp] = Math.abs(f).toExponential().split("e");
  return { digits: mant.replace(".", ""), dp: Number(exp) + 1 };
}
__name(shortestDigits2, "shortestDigits");
function exactDigits(f) {
  if (f === 0) return { digits: "0", dp: 1 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(f));
  const bits = view.getBigUint64(0);
  const bexp = Number(bits >> 52n & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp;
  if (bexp === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = bexp - 1075;
  }
  let digits;
  let dp;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  const trimmed = digits.replace(/0+$/, "");
  return { digits: trimmed, dp };
}
__name(exactDigits, "exactDigits");
function roundDigits(d, n) {
  if (n < 0) return { digits: "0", dp: d.dp };
  if (d.digits.length <= n) return d;
  let up;
  const next = d.digits.charCodeAt(n) - 48;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (d.digits.length > n + 1) up = true;
  else up = n > 0 && (d.digits.charCodeAt(n - 1) - 48) % 2 === 1;
  let kept = d.digits.slice(0, n);
  let dp = d.dp;
  if (up) {
    const arr = kept.split("").map(Number);
    let i = arr.length - 1;
    while (i >= 0 && arr[i] === 9) {
      arr[i] = 0;
      i--;
    }
    if (i < 0) {
      arr.unshift(1);
      arr.pop();
      dp++;
    } else arr[i]++;
    kept = arr.join("");
  }
  kept = kept.replace(/0+$/, "");
  if (kept === "") return { digits: "0", dp: 1 };
  return { digits: kept, dp };
}
__name(roundDigits, "roundDigits");
function precDigits(f, n) {
  if (f === 0) return { digits: "0", dp: 1 };
  return roundDigits(exactDigits(f), n);
}
__name(precDigits, "precDigits");
function fixedDigits(f, prec) {
  if (f === 0) return { digits: "0", dp: 1 };
  const d = exactDigits(f);
  const r = roundDigits(d, d.dp + prec);
  if (d.dp + prec < 0 || r.digits === "0" && d.dp + prec <= 0) {
    const n = d.dp + prec;
    if (n === 0 && (d.digits[0] > "5" || d.digits[0] === "5" && d.digits.length > 1)) {
      return { digits: "1", dp: d.dp + 1 };
    }
    return { digits: "0", dp: 1 };
  }
  return r;
}
__name(fixedDigits, "fixedDigits");
function fmtE(neg, digits, dp, prec, e) {
  let s = neg ? "-" : "";
  s += digits[0];
  if (prec > 0) {
    s += ".";
    s += digits.slice(1, 1 + prec).padEnd(prec, "0");
  }
  const exp = digits === "0" ? 0 : dp - 1;
  const ae = Math.abs(exp);
  s += e + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  return s;
}
__name(fmtE, "fmtE");
function fmtF(neg, digits, dp, prec) {
  let s = neg ? "-" : "";
  if (dp > 0) s += digits.slice(0, dp).padEnd(dp, "0");
  else s += "0";
  if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      const j = dp + i;
      s += j < 0 || j >= digits.length ? "0" : digits[j];
    }
  }
  return s;
}
__name(fmtF, "fmtF");
function formatFloat(f, fmt, prec) {
  if (Number.isNaN(f)) return "NaN";
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  const neg = f < 0 || Object.is(f, -0);
  const shortest = prec < 0;
  if (fmt === "f") {
    if (shortest) {
      const d3 = shortestDigits2(f);
      return fmtF(neg, d3.digits, d3.dp, Math.max(d3.digits.length - d3.dp, 0));
    }
    const d2 = fixedDigits(f, prec);
    return fmtF(neg, d2.digits, d2.dp, prec);
  }
  if (fmt === "e" || fmt === "E") {
    if (shortest) {
      const d3 = shortestDigits2(f);
      return fmtE(neg, d3.digits, d3.dp, d3.digits.length - 1, fmt);
    }
    const d2 = f === 0 ? { digits: "0", dp: 1 } : precDigits(f, prec + 1);
    return fmtE(neg, d2.digits, d2.dp, prec, fmt);
  }
  let p = prec;
  let d;
  if (shortest) {
    d = shortestDigits2(f);
    p = 6;
  } else {
    if (p === 0) p = 1;
    d = precDigits(f, p);
  }
  let eprec = p;
  if (!shortest && eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  const exp = d.dp - 1;
  const e = fmt === "G" ? "E" : "e";
  if (exp < -4 || exp >= eprec) {
    return fmtE(neg, d.digits, d.dp, d.digits.length - 1, e);
  }
  return fmtF(neg, d.digits, d.dp, Math.max(d.digits.length - d.dp, 0));
}
__name(formatFloat, "formatFloat");
function formatV(v, plus = false) {
  switch (kindOf(v)) {
    case "invalid":
      return "<invalid reflect.Value>";
    case "nil":
      return "<nil>";
    case "string":
      return v;
    case "int":
    case "uint":
      return String(v instanceof GoNumber ? v.value : v);
    case "float":
      return formatFloat(numValue(v), "g", -1);
    case "complex": {
      const c = v;
      const im = formatFloat(c.im, "g", -1);
      return `(${formatFloat(c.re, "g", -1)}${im[0] === "-" || im[0] === "+" ? "" : "+"}${im}i)`;
    }
    case "bool":
      return v ? "true" : "false";
    case "slice":
      return "[" + v.map((e) => formatV(e, plus)).join(" ") + "]";
    case "map":
      return "map[" + mapEntries(v).map(([k, val]) => formatV(k, plus) + ":" + formatV(val, plus)).join(" ") + "]";
    case "struct": {
      const s = v;
      return "{" + Object.entries(s.fields).map(([k, val]) => (plus ? k + ":" : "") + formatV(val, plus)).join(" ") + "}";
    }
    default:
      return String(v);
  }
}
__name(formatV, "formatV");
function sprint(args) {
  let out = "";
  let prevString = false;
  args.forEach((a, i) => {
    const isString = typeof a === "string";
    if (i > 0 && !isString && !prevString) out += " ";
    out += formatV(a);
    prevString = isString;
  });
  return out;
}
__name(sprint, "sprint");
function sprintln(args) {
  return args.map((a) => formatV(a)).join(" ") + "\n";
}
__name(sprintln, "sprintln");
function pad(s, f, numeric) {
  if (f.width === void 0) return s;
  const len = [...s].length;
  if (len >= f.width) return s;
  const n = f.width - len;
  if (f.minus) return s + " ".repeat(n);
  if (f.zero) {
    if (numeric && (s[0] === "-" || s[0] === "+" || s[0] === " ")) return s[0] + "0".repeat(n) + s.slice(1);
    return "0".repeat(n) + s;
  }
  return " ".repeat(n) + s;
}
__name(pad, "pad");
function badVerb(verb, a) {
  if (a === null || a === NO_VALUE) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(a)}=${formatV(a)})`;
}
__name(badVerb, "badVerb");
function safeRune(n) {
  if (n < 0n || n > 0x10ffffn || n >= 0xd800n && n <= 0xdfffn) return 65533;
  return Number(n);
}
__name(safeRune, "safeRune");
function fmtInteger(n, base, verb, f) {
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString(base);
  if (verb === "X") digits = digits.toUpperCase();
  if (f.prec !== void 0) {
    if (f.prec === 0 && n === 0n) digits = "";
    digits = digits.padStart(f.prec, "0");
  } else if (f.zero && f.width !== void 0 && !f.minus) {
    const signLen = neg || f.plus || f.space ? 1 : 0;
    let prefixLen = 0;
    if (f.sharp) prefixLen = base === 16 || base === 2 ? 2 : base === 8 ? 1 : 0;
    if (verb === "O") prefixLen = 2;
    digits = digits.padStart(f.width - signLen - prefixLen, "0");
  }
  if (f.sharp) {
    if (base === 16) digits = (verb === "X" ? "0X" : "0x") + digits;
    else if (base === 8 && digits[0] !== "0") digits = "0" + digits;
    else if (base === 2) digits = "0b" + digits;
  }
  if (verb === "O") digits = "0o" + digits;
  const sign = neg ? "-" : f.plus ? "+" : f.space ? " " : "";
  return pad(sign + digits, { ...f, zero: false }, true);
}
__name(fmtInteger, "fmtInteger");
function quote(s, ascii) {
  if (!ascii) return goQuote2(s);
  let out = "";
  for (const ch of goQuote2(s).slice(1, -1)) {
    const c = ch.codePointAt(0);
    if (c < 128) out += ch;
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return '"' + out + '"';
}
__name(quote, "quote");
function quoteRune(r, ascii) {
  const s = String.fromCodePoint(r);
  if (s === "'") return "'\\''";
  if (s === '"') return `'"'`;
  const q = quote(s, ascii);
  return "'" + q.slice(1, -1) + "'";
}
__name(quoteRune, "quoteRune");
function formatHexFloat(x, upper) {
  let s;
  if (Number.isNaN(x)) s = "NaN";
  else if (!Number.isFinite(x)) s = x > 0 ? "+Inf" : "-Inf";
  else {
    const neg = x < 0 || Object.is(x, -0);
    let m = Math.abs(x);
    let e = 0;
    if (m !== 0) {
      e = Math.floor(Math.log2(m));
      m = m / 2 ** e;
      while (m >= 2) {
        m /= 2;
        e++;
      }
      while (m < 1) {
        m *= 2;
        e--;
      }
    }
    let frac = "";
    let r = m - Math.floor(m);
    for (let i = 0; i < 13 && r > 0; i++) {
      r *= 16;
      const d = Math.floor(r);
      frac += d.toString(16);
      r -= d;
    }
    frac = frac.replace(/0+$/, "");
    const ae = Math.abs(e);
    s = `${neg ? "-" : ""}0x${Math.floor(m)}${frac ? "." + frac : ""}p${e < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  }
  return upper ? s.toUpperCase() : s;
}
__name(formatHexFloat, "formatHexFloat");
function sharpFloat(num, verb, prec) {
  let digits = 0;
  if (verb === "g" || verb === "G" || verb === "v") digits = prec ?? 6;
  let body = num;
  let sign = "";
  if (body[0] === "-" || body[0] === "+") {
    sign = body[0];
    body = body.slice(1);
  }
  if (/Inf|NaN/.test(body)) return num;
  let tail = "";
  const ei = body.search(/[eEpP]/);
  if (ei >= 0) {
    tail = body.slice(ei);
    body = body.slice(0, ei);
  }
  let sawNonzero = false;
  for (const ch of body) {
    if (ch === ".") continue;
    if (ch !== "0") sawNonzero = true;
    if (sawNonzero) digits--;
  }
  if (!body.includes(".")) {
    if (body === "0") digits--;
    body += ".";
  }
  while (digits > 0) {
    body += "0";
    digits--;
  }
  return sign + body + tail;
}
__name(sharpFloat, "sharpFloat");
function goSyntax(v) {
  switch (kindOf(v)) {
    case "invalid":
      return "<invalid reflect.Value>";
    case "nil":
      return "interface {}(nil)";
    case "string":
      return goQuote2(v);
    case "slice":
      return "[]interface {}{" + v.map(goSyntax).join(", ") + "}";
    case "map":
      return "map[string]interface {}{" + mapEntries(v).map(([k, val]) => goSyntax(k) + ":" + goSyntax(val)).join(", ") + "}";
    case "uint":
      return "0x" + numValue(v).toString(16);
    default:
      return formatV(v);
  }
}
__name(goSyntax, "goSyntax");
function formatOne(verb, a, f) {
  const kind = kindOf(a);
  if (verb === "T") return pad(a === null || a === NO_VALUE ? "<nil>" : typeName(a), f, false);
  if (verb === "v") {
    if (f.plus) {
      f = { ...f, plus: false, plusV: true };
    }
    if (f.sharp) {
      f = { ...f, sharp: false, sharpV: true };
    }
    if (f.sharpV) return pad(goSyntax(a), f, false);
  }
  if (a === null || a === NO_VALUE) {
    if (verb === "v") return pad("<nil>", f, false);
    return badVerb(verb, a);
  }
  if (kind === "slice" && verb !== "v") {
    return "[" + a.map((e) => formatOne(verb, e, { ...f, width: void 0 })).join(" ") + "]";
  }
  switch (kind) {
    case "string": {
      let s = a;
      switch (verb) {
        case "v":
        case "s":
          if (f.prec !== void 0) s = [...s].slice(0, f.prec).join("");
          return pad(s, f, false);
        case "q":
          if (f.prec !== void 0) s = [...s].slice(0, f.prec).join("");
          if (f.sharp && !s.includes("`") && [...s].every((c) => c === "	" || isPrintRune(c.codePointAt(0)))) {
            return pad("`" + s + "`", f, false);
          }
          return pad(quote(s, f.plus), f, false);
        case "x":
        case "X": {
          let bytes = goBytes(s);
          if (f.prec !== void 0) bytes = bytes.subarray(0, f.prec);
          let hex = [...bytes].map((b) => b.toString(16).padStart(2, "0"));
          if (verb === "X") hex = hex.map((h) => h.toUpperCase());
          const pre = f.sharp ? verb === "X" ? "0X" : "0x" : "";
          const out = f.space ? hex.map((h) => pre + h).join(" ") : pre + hex.join("");
          return pad(out, f, false);
        }
        default:
          return badVerb(verb, a);
      }
    }
    case "bool":
      if (verb === "v" || verb === "t") return pad(a ? "true" : "false", f, false);
      return badVerb(verb, a);
    case "int":
    case "uint": {
      const n = typeof a === "bigint" ? a : BigInt(numValue(a));
      switch (verb) {
        case "v":
        case "d":
          return fmtInteger(n, 10, verb, f);
        case "x":
        case "X":
          return fmtInteger(n, 16, verb, f);
        case "o":
        case "O":
          return fmtInteger(n, 8, verb, f);
        case "b":
          return fmtInteger(n, 2, verb, f);
        case "c":
          return pad(String.fromCodePoint(safeRune(n)), f, false);
        case "q":
          return pad(quoteRune(safeRune(n), f.plus), f, false);
        case "U": {
          const u = BigInt.asUintN(64, n);
          let s = "U+" + u.toString(16).toUpperCase().padStart(4, "0");
          if (f.sharp && u <= 0x10ffffn && isPrintRune(Number(u)))
            s += " '" + String.fromCodePoint(Number(u)) + "'";
          return pad(s, f, false);
        }
        default:
          return badVerb(verb, a);
      }
    }
    case "float": {
      const x = numValue(a);
      let s;
      switch (verb) {
        case "v":
        case "g":
        case "G":
          s = formatFloat(x, verb === "G" ? "G" : "g", f.prec ?? -1);
          break;
        case "e":
        case "E":
          s = formatFloat(x, verb, f.prec ?? 6);
          break;
        case "f":
        case "F":
          s = formatFloat(x, "f", f.prec ?? 6);
          break;
        case "x":
        case "X":
          s = formatHexFloat(x, verb === "X");
          break;
        default:
          return badVerb(verb, a);
      }
      if (f.sharp) s = sharpFloat(s, verb, f.prec);
      if (f.plus && s[0] !== "-" && s[0] !== "+") s = "+" + s;
      else if (f.space && s[0] !== "-") s = " " + s;
      if (/Inf|NaN/.test(s)) return pad(s, { ...f, zero: false }, false);
      return pad(s, f, true);
    }
    default:
      if (verb === "v" || verb === "s") return pad(formatV(a, f.plusV), f, false);
      return badVerb(verb, a);
  }
}
__name(formatOne, "formatOne");
function sprintf(format, args) {
  let out = "";
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  let i = 0;
  const argIndex = /* @__PURE__ */ __name(() => {
    if (format[i] !== "[") return;
    reordered = true;
    const close = format.indexOf("]", i + 1);
    if (close < 0) {
      goodArgNum = false;
      i = format.length;
      return;
    }
    const txt = format.slice(i + 1, close);
    const n = /^\d+$/.test(txt) ? Number(txt) : Number.NaN;
    if (Number.isNaN(n) || n < 1 || n > args.length) goodArgNum = false;
    else argNum = n - 1;
    i = close + 1;
  }, "argIndex");
  while (i < format.length) {
    const pct = format.indexOf("%", i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    goodArgNum = true;
    const f = { minus: false, plus: false, sharp: false, space: false, zero: false };
    flags: for (; i < format.length; i++) {
      switch (format[i]) {
        case "-":
          f.minus = true;
          f.zero = false;
          break;
        case "+":
          f.plus = true;
          break;
        case "#":
          f.sharp = true;
          break;
        case " ":
          f.space = true;
          break;
        case "0":
          f.zero = !f.minus;
          break;
        default:
          break flags;
      }
    }
    argIndex();
    if (format[i] === "*") {
      i++;
      const w = argNum < args.length ? args[argNum++] : void 0;
      if (kindOf(w) === "int") {
        f.width = numValue(w);
        if (f.width < 0) {
          f.minus = true;
          f.width = -f.width;
          f.zero = false;
        }
      } else out += "%!(BADWIDTH)";
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        f.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format[i] === ".") {
      i++;
      argIndex();
      if (format[i] === "*") {
        i++;
        const p = argNum < args.length ? args[argNum++] : void 0;
        if (kindOf(p) === "int" && numValue(p) >= 0) f.prec = numValue(p);
        else out += "%!(BADPREC)";
      } else {
        const m = /^\d+/.exec(format.slice(i));
        f.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    argIndex();
    if (i >= format.length) {
      out += "%!(NOVERB)";
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i));
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[argNum++];
    if (verb === "w") {
      out += badVerb(verb, a);
      continue;
    }
    out += formatOne(verb, a, f);
  }
  if (!reordered && argNum < args.length) {
    out += "%!(EXTRA " + args.slice(argNum).map((a) => a === null ? "<nil>" : `${typeName(a)}=${formatV(a)}`).join(", ") + ")";
  }
  return out;
}
__name(sprintf, "sprintf");

// src/template/interpolate/funcs.ts
var FuncError = class extends Error {
  static {
    __name(this, "FuncError");
  }
};
function fn(params, call, variadic) {
  return { params, call, variadic };
}
__name(fn, "fn");

// src/template/interpolate/builtins.ts
var utf8 = /* @__PURE__ */ __name((s) => goBytes(s), "utf8");
function evalArgs(args) {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args.map((a) => a === null || a === NO_VALUE ? "<no value>" : a));
}
__name(evalArgs, "evalArgs");
function htmlEscape(s) {
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "\0":
        out += "\uFFFD";
        break;
      case '"':
        out += "&#34;";
        break;
      case "'":
        out += "&#39;";
        break;
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}
__name(htmlEscape, "htmlEscape");
function jsEscape(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 128) {
      switch (ch) {
        case "\\":
          out += "\\\\";
          break;
        case "'":
          out += "\\'";
          break;
        case '"':
          out += '\\"';
          break;
        case "<":
          out += "\\u003C";
          break;
        case ">":
          out += "\\u003E";
          break;
        case "&":
          out += "\\u0026";
          break;
        case "=":
          out += "\\u003D";
          break;
        default:
          if (c < 32) out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
          else out += ch;
      }
    } else if (isPrintRune(c) || c >= 56448 && c <= 56575) {
      out += ch;
    } else {
      out += `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
    }
  }
  return out;
}
__name(jsEscape, "jsEscape");
function queryEscape(s) {
  let out = "";
  for (const b of utf8(s)) {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
__name(queryEscape, "queryEscape");
function basicKind(v) {
  const k = kindOf(v);
  if (k === "bool" || k === "int" || k === "uint" || k === "float" || k === "string" || k === "complex")
    return k;
  throw new FuncError("invalid type for comparison");
}
__name(basicKind, "basicKind");
function tryBasicKind(v) {
  const k = kindOf(v);
  if (k === "bool" || k === "int" || k === "uint" || k === "float" || k === "string" || k === "complex")
    return k;
  return k === "invalid" ? "invalid" : "other";
}
__name(tryBasicKind, "tryBasicKind");
function eq(arg1, rest) {
  if (rest.length === 0) throw new FuncError("missing argument for comparison");
  const k1 = tryBasicKind(arg1);
  for (const arg of rest) {
    const k2 = tryBasicKind(arg);
    let t = false;
    if (k1 !== k2) {
      if (k1 === "int" && k2 === "uint" || k1 === "uint" && k2 === "int") {
        t = numValue(arg1) === numValue(arg);
      } else if (arg1 !== NO_VALUE && arg !== NO_VALUE) {
        throw new FuncError("incompatible types for comparison");
      }
    } else {
      switch (k1) {
        case "bool":
        case "string":
          t = arg1 === arg;
          break;
        case "int":
        case "uint":
        case "float":
          t = numValue(arg1) === numValue(arg);
          break;
        case "invalid":
          t = true;
          break;
        case "complex":
          t = arg1.re === arg.re && arg1.im === arg.im;
          break;
        default: {
          const n1 = arg1 === null;
          const n2 = arg === null;
          if (n1 || n2) t = n1 === n2;
          else if (kindOf(arg1) === "slice" || kindOf(arg1) === "map" || kindOf(arg1) === "func") {
            throw new FuncError(`non-comparable type ${sprint([arg])}: ${typeName(arg)}`);
          } else t = arg1 === arg;
        }
      }
    }
    if (t) return true;
  }
  return false;
}
__name(eq, "eq");
function lt(arg1, arg2) {
  const k1 = basicKind(arg1);
  const k2 = basicKind(arg2);
  if (k1 !== k2) {
    if (k1 === "int" && k2 === "uint" || k1 === "uint" && k2 === "int")
      return numValue(arg1) < numValue(arg2);
    throw new FuncError("incompatible types for comparison");
  }
  switch (k1) {
    case "bool":
    case "complex":
      throw new FuncError("invalid type for comparison");
    case "string":
      return Buffer.compare(utf8(arg1), utf8(arg2)) < 0;
    default:
      return numValue(arg1) < numValue(arg2);
  }
}
__name(lt, "lt");
function le(a, b) {
  return lt(a, b) || eq(a, [b]);
}
__name(le, "le");
function indexArg(index, cap) {
  const k = kindOf(index);
  if (k === "int" || k === "uint") {
    const x = numValue(index);
    if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
    return x;
  }
  if (index === NO_VALUE || index === null) throw new FuncError("cannot index slice/array with nil");
  throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
}
__name(indexArg, "indexArg");
function goIndex(item, indexes) {
  if (item === NO_VALUE) throw new FuncError("index of untyped nil");
  if (item === null) throw new FuncError("index of nil pointer");
  let cur = item;
  for (const index of indexes) {
    if (cur === null) throw new FuncError("index of nil pointer");
    const k = kindOf(cur);
    if (k === "string") {
      const b = utf8(cur);
      const x = indexArg(index, b.length);
      if (x === b.length) throw new FuncError("reflect: string index out of range");
      cur = new GoNumber("uint8", b[x]);
    } else if (k === "slice") {
      const a = cur;
      const x = indexArg(index, a.length);
      if (x === a.length) throw new FuncError("reflect: slice index out of range");
      cur = a[x];
    } else if (k === "map") {
      if (index === NO_VALUE || index === null) throw new FuncError("value is nil; should be of type string");
      if (typeof index !== "string") {
        throw new FuncError(`value has type ${typeName(index)}; should be string`);
      }
      const v = mapGet(cur, index);
      cur = v === NO_VALUE ? null : v;
    } else {
      throw new FuncError(`can't index item of type ${typeName(cur)}`);
    }
  }
  return cur;
}
__name(goIndex, "goIndex");
function goSlice(item, indexes) {
  if (item === NO_VALUE) throw new FuncError("slice of untyped nil");
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  let len;
  if (k === "string") {
    if (indexes.length === 3) throw new FuncError("cannot 3-index slice a string");
    len = utf8(item).length;
  } else if (k === "slice") {
    len = item.length;
  } else {
    throw new FuncError(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, len];
  for (let i = 0; i < indexes.length; i++) {
    idx[i] = indexArg(indexes[i], len);
    if (i > 0 && idx[i] < idx[i - 1]) throw new FuncError(`invalid slice index: ${idx[i - 1]} > ${idx[i]}`);
  }
  if (k === "string") return goString(utf8(item).subarray(idx[0], idx[1]));
  return item.slice(idx[0], idx[1]);
}
__name(goSlice, "goSlice");
function goLen(item) {
  if (item === NO_VALUE) throw new FuncError("reflect: call of reflect.Value.Type on zero Value");
  if (item === null) throw new FuncError("len of nil pointer");
  switch (kindOf(item)) {
    case "string":
      return utf8(item).length;
    case "slice":
      return item.length;
    case "map":
      return mapLen(item);
  }
  throw new FuncError(`len of type ${typeName(item)}`);
}
__name(goLen, "goLen");
function builtins() {
  return {
    and: { params: ["value"], variadic: "value", shortCircuit: "and", call: /* @__PURE__ */ __name(() => void 0, "call") },
    or: { params: ["value"], variadic: "value", shortCircuit: "or", call: /* @__PURE__ */ __name(() => void 0, "call") },
    not: fn(["value"], ([a]) => !truth(a)),
    len: fn(["value"], ([a]) => goLen(a)),
    index: fn(["value"], ([item, ...rest]) => goIndex(item, rest), "value"),
    slice: fn(["value"], ([item, ...rest]) => goSlice(item, rest), "value"),
    call: fn(
      ["value"],
      ([f]) => {
        if (f === NO_VALUE || f === null) throw new FuncError("call of nil");
        if (typeof f !== "function") throw new FuncError(`non-function of type ${typeName(f)}`);
        return f();
      },
      "value"
    ),
    print: fn([], (args) => sprint(args), "any"),
    printf: fn(["string"], ([f, ...args]) => sprintf(f, args), "any"),
    println: fn([], (args) => sprintln(args), "any"),
    html: fn([], (args) => htmlEscape(evalArgs(args)), "any"),
    js: fn([], (args) => jsEscape(evalArgs(args)), "any"),
    urlquery: fn([], (args) => queryEscape(evalArgs(args)), "any"),
    eq: fn(["value"], ([a, ...rest]) => eq(a, rest), "value"),
    ne: fn(["value", "value"], ([a, b]) => !eq(a, [b])),
    lt: fn(["value", "value"], ([a, b]) => lt(a, b)),
    le: fn(["value", "value"], ([a, b]) => le(a, b)),
    gt: fn(["value", "value"], ([a, b]) => !le(a, b)),
    ge: fn(["value", "value"], ([a, b]) => !lt(a, b))
  };
}
__name(builtins, "builtins");

// src/template/interpolate/errors.ts
var InterpolateError = class extends Error {
  static {
    __name(this, "InterpolateError");
  }
  /** "parse" for template syntax errors, "exec" for errors while rendering. */
  kind;
  /** 1-based line within the template string. */
  line;
  /** Go's column for exec errors: 0-based byte offset within the line (as Go prints it). */
  column;
  /** 0-based character offset within the template string, when known. */
  offset;
  /** The message after Go's `template: NAME:LINE[:COL]: ...` prefix. */
  detail;
  constructor(message, opts) {
    super(message);
    this.name = "InterpolateError";
    this.kind = opts.kind;
    this.line = opts.line;
    this.column = opts.column;
    this.offset = opts.offset;
    this.detail = opts.detail;
  }
};

// src/template/interpolate/literals.ts
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92
};
function decodeEscapes(body, quote2) {
  const out = [];
  const enc = new TextEncoder();
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === quote2) return void 0;
    if (ch !== "\\") {
      const cp = body.codePointAt(i);
      const s = String.fromCodePoint(cp);
      out.push(...enc.encode(s));
      i += s.length;
      continue;
    }
    const e = body[i + 1];
    if (e === void 0) return void 0;
    if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
      out.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e === quote2) {
      out.push(quote2.charCodeAt(0));
      i += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) return void 0;
      const v = Number.parseInt(hex, 16);
      if (e === "x") out.push(v);
      else {
        if (v > 1114111 || v >= 55296 && v <= 57343) return void 0;
        out.push(...enc.encode(String.fromCodePoint(v)));
      }
      i += 2 + n;
    } else if (e >= "0" && e <= "7") {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) return void 0;
      const v = Number.parseInt(oct, 8);
      if (v > 255) return void 0;
      out.push(v);
      i += 4;
    } else {
      return void 0;
    }
  }
  return out;
}
__name(decodeEscapes, "decodeEscapes");
function unquoteString(quoted) {
  if (quoted.length < 2 || quoted[0] !== '"' || quoted[quoted.length - 1] !== '"') return void 0;
  const body = quoted.slice(1, -1);
  if (body.includes("\n")) return void 0;
  if (!body.includes("\\")) return body;
  const bytes = decodeEscapes(body, '"');
  if (!bytes) return void 0;
  return goString(Uint8Array.from(bytes));
}
__name(unquoteString, "unquoteString");
function unquoteChar(quoted) {
  const body = quoted.slice(1);
  if (body.length === 0 || body[0] === "'") return "invalid syntax";
  let cp;
  let rest;
  if (body[0] !== "\\") {
    cp = body.codePointAt(0);
    rest = body.slice(String.fromCodePoint(cp).length);
  } else {
    const e = body[1];
    let len;
    if (e === "x") len = 4;
    else if (e === "u") len = 6;
    else if (e === "U") len = 10;
    else if (e >= "0" && e <= "7") len = 4;
    else len = 2;
    const esc = body.slice(0, len);
    if (e === '"') return "invalid syntax";
    const bytes = decodeEscapes(esc, "'");
    if (!bytes || esc.length < len) return "invalid syntax";
    if (e === "x" || e >= "0" && e <= "7") cp = bytes[0];
    else cp = Buffer.from(bytes).toString("utf8").codePointAt(0);
    rest = body.slice(len);
  }
  if (rest !== "'") return `malformed character constant: ${quoted}`;
  return cp;
}
__name(unquoteChar, "unquoteChar");
function underscoreOK(s) {
  let saw = "^";
  let i = 0;
  if (s.length >= 1 && (s[0] === "-" || s[0] === "+")) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === "0" && "xXbBoO".includes(s[1])) {
    i = 2;
    saw = "0";
    hex = s[1] === "x" || s[1] === "X";
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if (c >= "0" && c <= "9" || hex && /[a-fA-F]/.test(c)) {
      saw = "0";
      continue;
    }
    if (c === "_") {
      if (saw !== "0") return false;
      saw = "_";
      continue;
    }
    if (saw === "_") return false;
    saw = "!";
  }
  return saw !== "_";
}
__name(underscoreOK, "underscoreOK");
function parseIntBase0(text, unsigned = false) {
  let s = text;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    if (unsigned) return void 0;
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "") return void 0;
  let base = 10;
  let digits = s;
  if (s.length >= 2 && s[0] === "0") {
    const p = s[1].toLowerCase();
    if (p === "x") {
      base = 16;
      digits = s.slice(2);
    } else if (p === "o") {
      base = 8;
      digits = s.slice(2);
    } else if (p === "b") {
      base = 2;
      digits = s.slice(2);
    } else {
      base = 8;
      digits = s.slice(1);
    }
  }
  if (s.includes("_") && !underscoreOK(s)) return void 0;
  digits = digits.replaceAll("_", "");
  if (digits === "") return void 0;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 10 ? /^[0-9]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
  if (!valid.test(digits)) return void 0;
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  let v = BigInt(prefix + digits);
  if (neg) v = -v;
  if (unsigned) return v > 18446744073709551615n ? void 0 : v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) return void 0;
  return v;
}
__name(parseIntBase0, "parseIntBase0");
function intValue(v) {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
__name(intValue, "intValue");
function parseFloat64(text) {
  let s = text;
  if (s.includes("_")) {
    if (!underscoreOK(s)) return void 0;
    s = s.replaceAll("_", "");
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? v : void 0;
  }
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (m && (m[2] || m[3])) {
    const mant = Number.parseInt((m[2] || "0") + (m[3] || ""), 16) / 16 ** m[3].length;
    const v = mant * 2 ** Number(m[4]);
    return m[1] === "-" ? -v : v;
  }
  return void 0;
}
__name(parseFloat64, "parseFloat64");
function complexNumber(re, im) {
  const r = {
    isComplex: true,
    re,
    im,
    isInt: false,
    isUint: false,
    isFloat: false,
    int: 0,
    float: 0
  };
  if (im === 0) {
    r.isFloat = true;
    r.float = re;
    if (Number.isInteger(re) && re >= -(2 ** 63) && re < 2 ** 63) {
      r.isInt = true;
      r.int = intValue(BigInt(re));
    }
    r.isUint = Number.isInteger(re) && re >= 0 && re < 2 ** 64;
  }
  return r;
}
__name(complexNumber, "complexNumber");
function parseGoComplex(text) {
  let k = -1;
  for (let i = text.length - 2; i > 0; i--) {
    if ((text[i] === "+" || text[i] === "-") && !/[eEpP]/.test(text[i - 1])) {
      k = i;
      break;
    }
  }
  const realText = k < 0 ? "" : text.slice(0, k);
  const imagText = text.slice(Math.max(k, 0), -1);
  if (!/[0-9]/.test(imagText)) return "syntax error scanning complex number";
  const re = parseFloat64(realText);
  if (re === void 0 || /^[+-]?0[xX]/.test(realText))
    return `strconv.ParseFloat: parsing ${JSON.stringify(realText)}: invalid syntax`;
  const im = parseFloat64(imagText);
  if (im === void 0 || /^[+-]?0[xX]/.test(imagText))
    return `strconv.ParseFloat: parsing ${JSON.stringify(imagText)}: invalid syntax`;
  return complexNumber(re, im);
}
__name(parseGoComplex, "parseGoComplex");
function parseGoNumber(text) {
  if (text.endsWith("i")) {
    const f2 = parseFloat64(text.slice(0, -1));
    if (f2 !== void 0) return complexNumber(0, f2);
  }
  const r = { isInt: false, isUint: false, isFloat: false, int: 0, float: 0 };
  const u = parseIntBase0(text, true);
  if (u !== void 0) r.isUint = true;
  const i = parseIntBase0(text);
  if (i !== void 0) {
    r.isInt = true;
    r.int = intValue(i);
    r.isFloat = true;
    r.float = Number(i);
    return r;
  }
  if (r.isUint) {
    r.isFloat = true;
    r.float = Number(u);
    return r;
  }
  const f = parseFloat64(text);
  if (f !== void 0) {
    if (!/[.eEpP]/.test(text)) return `integer overflow: ${JSON.stringify(text)}`;
    r.isFloat = true;
    r.float = f;
    if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
      r.isInt = true;
      r.int = intValue(BigInt(f));
    }
    if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) r.isUint = true;
    return r;
  }
  return `illegal number syntax: ${JSON.stringify(text)}`;
}
__name(parseGoNumber, "parseGoNumber");

// src/template/interpolate/parse.ts
function nodeString(n) {
  switch (n.type) {
    case "list":
      return n.nodes.map(nodeString).join("");
    case "text":
      return n.text;
    case "comment":
      return `{{${n.text}}}`;
    case "action":
      return `{{${nodeString(n.pipe)}}}`;
    case "pipe": {
      let s = "";
      if (n.decl.length > 0) {
        s = n.decl.map(nodeString).join(", ") + (n.isAssign ? " = " : " := ");
      }
      return s + n.cmds.map(nodeString).join(" | ");
    }
    case "command":
      return n.args.map((a) => a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a)).join(" ");
    case "identifier":
      return n.ident;
    case "variable":
      return n.ident.join(".");
    case "dot":
      return ".";
    case "nil":
      return "nil";
    case "field":
      return n.ident.map((f) => "." + f).join("");
    case "chain": {
      let s = n.node.type === "pipe" ? `(${nodeString(n.node)})` : nodeString(n.node);
      for (const f of n.field) s += "." + f;
      return s;
    }
    case "bool":
      return n.value ? "true" : "false";
    case "number":
      return n.text;
    case "string":
      return n.quoted;
    case "end":
      return "{{end}}";
    case "else":
      return "{{else}}";
    case "if":
    case "range":
    case "with": {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += `{{else}}${nodeString(n.elseList)}`;
      return s + "{{end}}";
    }
    case "break":
      return "{{break}}";
    case "continue":
      return "{{continue}}";
    case "template":
      return n.pipe ? `{{template ${goQuote2(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${goQuote2(n.name)}}}`;
  }
}
__name(nodeString, "nodeString");
function isEmptyTree(l) {
  return l.nodes.every((n) => n.type === "text" && n.text.trim() === "" || n.type === "comment");
}
__name(isEmptyTree, "isEmptyTree");
function itemString(i) {
  if (i.typ === 8 /* EOF */) return "EOF";
  if (i.typ === 0 /* Error */) return i.val;
  if (i.typ > 30 /* Keyword */) return `<${i.val}>`;
  const runes = [...i.val];
  if (runes.length > 10) return `${goQuote2(runes.slice(0, 10).join(""))}...`;
  return goQuote2(i.val);
}
__name(itemString, "itemString");
var ParseAbort = class {
  constructor(error) {
    this.error = error;
  }
  error;
  static {
    __name(this, "ParseAbort");
  }
};
function parseTemplate(text, name, hasFunction2) {
  const p = new Parser(text, name, hasFunction2);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof ParseAbort) throw e.error;
    throw e;
  }
}
__name(parseTemplate, "parseTemplate");
var Parser = class {
  constructor(text, name, hasFunction2) {
    this.text = text;
    this.name = name;
    this.hasFunction = hasFunction2;
    this.items = lex(text, !hasFunction2("break"), !hasFunction2("continue"));
  }
  text;
  name;
  hasFunction;
  static {
    __name(this, "Parser");
  }
  items;
  idx = 0;
  token = [];
  peekCount = 0;
  vars = ["$"];
  actionLine = 0;
  rangeDepth = 0;
  defines = /* @__PURE__ */ new Map();
  nextItem() {
    const it = this.items[this.idx];
    if (this.idx < this.items.length - 1) this.idx++;
    return it;
  }
  next() {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.nextItem();
    return this.token[this.peekCount];
  }
  backup() {
    this.peekCount++;
  }
  backup2(t1) {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  backup3(t2, t1) {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  peek() {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.nextItem();
    return this.token[0];
  }
  nextNonSpace() {
    let t;
    for (; ; ) {
      t = this.next();
      if (t.typ !== 18 /* Space */) break;
    }
    return t;
  }
  peekNonSpace() {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }
  errorf(msg) {
    const line = this.token[0]?.line ?? 1;
    throw new ParseAbort(
      new InterpolateError(`template: ${this.name}:${line}: ${msg}`, {
        kind: "parse",
        line,
        offset: this.token[0]?.pos,
        detail: msg
      })
    );
  }
  unexpected(token, context) {
    if (token.typ === 0 /* Error */) {
      let extra = "";
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(" action")) extra = extra.slice(" in action".length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }
  expect(expected, context) {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }
  expectOneOf(e1, e2, context) {
    const token = this.nextNonSpace();
    if (token.typ !== e1 && token.typ !== e2) this.unexpected(token, context);
    return token;
  }
  parse() {
    const root = { type: "list", pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 8 /* EOF */) {
      if (this.peek().typ === 11 /* LeftDelim */) {
        const delim = this.next();
        if (this.nextNonSpace().typ === 35 /* Define */) {
          this.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    const existing = this.defines.get(this.name);
    if (!existing || isEmptyTree(existing)) this.defines.set(this.name, root);
    else if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template "${this.name}"`);
    return { name: this.name, text: this.text, root: this.defines.get(this.name), defines: this.defines };
  }
  parseDefinition() {
    const context = "define clause";
    const nameTok = this.expectOneOf(19 /* String */, 15 /* RawString */, context);
    const name = this.unquote(nameTok);
    this.expect(16 /* RightDelim */, context);
    const saved = this.vars;
    this.vars = ["$"];
    const [list, end] = this.itemList();
    if (end.type !== "end") this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.vars = saved;
    this.addDefine(name, list);
  }
  addDefine(name, list) {
    const existing = this.defines.get(name);
    if (!existing || isEmptyTree(existing)) this.defines.set(name, list);
    else if (!isEmptyTree(list)) this.errorf(`template: multiple definition of template "${name}"`);
  }
  itemList() {
    const list = { type: "list", pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 8 /* EOF */) {
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") return [list, n];
      list.nodes.push(n);
    }
    this.errorf("unexpected EOF");
  }
  textOrAction() {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 20 /* Text */:
        return { type: "text", pos: token.pos, text: token.val };
      case 11 /* LeftDelim */: {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case 4 /* Comment */:
        return { type: "comment", pos: token.pos, text: token.val };
      default:
        this.unexpected(token, "input");
    }
  }
  action() {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 31 /* Block */:
        return this.blockControl();
      case 32 /* Break */:
        return this.breakControl(token.pos, token.line);
      case 33 /* Continue */:
        return this.continueControl(token.pos, token.line);
      case 36 /* Else */:
        return this.elseControl();
      case 37 /* End */:
        return this.endControl();
      case 38 /* If */:
        return this.branch("if", true);
      case 40 /* Range */:
        return this.branch("range", false);
      case 41 /* Template */:
        return this.templateControl();
      case 42 /* With */:
        return this.branch("with", false);
    }
    this.backup();
    const t = this.peek();
    return { type: "action", pos: t.pos, line: t.line, pipe: this.pipeline("command", 16 /* RightDelim */) };
  }
  breakControl(pos, line) {
    const token = this.nextNonSpace();
    if (token.typ !== 16 /* RightDelim */) this.unexpected(token, "{{break}}");
    if (this.rangeDepth === 0) this.errorf("{{break}} outside {{range}}");
    return { type: "break", pos, line };
  }
  continueControl(pos, line) {
    const token = this.nextNonSpace();
    if (token.typ !== 16 /* RightDelim */) this.unexpected(token, "{{continue}}");
    if (this.rangeDepth === 0) this.errorf("{{continue}} outside {{range}}");
    return { type: "continue", pos, line };
  }
  pipeline(context, end) {
    const token = this.peekNonSpace();
    const pipe = {
      type: "pipe",
      pos: token.pos,
      line: token.line,
      isAssign: false,
      decl: [],
      cmds: []
    };
    for (; ; ) {
      const v = this.peekNonSpace();
      if (v.typ === 21 /* Variable */) {
        this.next();
        const tokenAfterVariable = this.peek();
        const next = this.peekNonSpace();
        if (next.typ === 6 /* Assign */ || next.typ === 7 /* Declare */) {
          pipe.isAssign = next.typ === 6 /* Assign */;
          this.nextNonSpace();
          pipe.decl.push({ type: "variable", pos: v.pos, ident: v.val.split(".") });
          this.vars.push(v.val);
        } else if (next.typ === 2 /* Char */ && next.val === ",") {
          this.nextNonSpace();
          pipe.decl.push({ type: "variable", pos: v.pos, ident: v.val.split(".") });
          this.vars.push(v.val);
          if (context === "range" && pipe.decl.length < 2) {
            const pk = this.peekNonSpace().typ;
            if (pk === 21 /* Variable */ || pk === 16 /* RightDelim */ || pk === 17 /* RightParen */) {
              continue;
            }
            this.errorf("range can only initialize variables");
          }
          this.errorf(`too many declarations in ${context}`);
        } else if (tokenAfterVariable.typ === 18 /* Space */) {
          this.backup3(v, tokenAfterVariable);
        } else {
          this.backup2(v);
        }
      }
      break;
    }
    for (; ; ) {
      const token2 = this.nextNonSpace();
      switch (token2.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case 1 /* Bool */:
        case 3 /* CharConstant */:
        case 5 /* Complex */:
        case 34 /* Dot */:
        case 9 /* Field */:
        case 10 /* Identifier */:
        case 13 /* Number */:
        case 39 /* Nil */:
        case 15 /* RawString */:
        case 19 /* String */:
        case 21 /* Variable */:
        case 12 /* LeftParen */:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token2, context);
      }
    }
  }
  checkPipeline(pipe, context) {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      const t = pipe.cmds[i].args[0].type;
      if (t === "bool" || t === "dot" || t === "nil" || t === "number" || t === "string") {
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }
  branch(context, allowElseIf) {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 16 /* RightDelim */);
      if (context === "range") this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === "range") this.rangeDepth--;
      let elseList = null;
      if (next.type === "else") {
        if (allowElseIf && this.peek().typ === 38 /* If */) {
          this.next();
          elseList = { type: "list", pos: next.pos, nodes: [this.branch("if", true)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== "end") this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }
  endControl() {
    return { type: "end", pos: this.expect(16 /* RightDelim */, "end").pos };
  }
  elseControl() {
    const peek = this.peekNonSpace();
    if (peek.typ === 38 /* If */) return { type: "else", pos: peek.pos, line: peek.line };
    const token = this.expect(16 /* RightDelim */, "else");
    return { type: "else", pos: token.pos, line: token.line };
  }
  blockControl() {
    const context = "block clause";
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, 16 /* RightDelim */);
    const saved = this.vars;
    this.vars = ["$"];
    const [list, end] = this.itemList();
    if (end.type !== "end") this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.vars = saved;
    this.addDefine(name, list);
    return { type: "template", pos: token.pos, line: token.line, name, pipe };
  }
  templateControl() {
    const context = "template clause";
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe = null;
    if (this.nextNonSpace().typ !== 16 /* RightDelim */) {
      this.backup();
      pipe = this.pipeline(context, 16 /* RightDelim */);
    }
    return { type: "template", pos: token.pos, line: token.line, name, pipe };
  }
  parseTemplateName(token, context) {
    if (token.typ === 19 /* String */ || token.typ === 15 /* RawString */) return this.unquote(token);
    this.unexpected(token, context);
  }
  unquote(token) {
    const s = token.typ === 15 /* RawString */ ? token.val.slice(1, -1).replaceAll("\r", "") : unquoteString(token.val);
    if (s === void 0) this.errorf("invalid syntax");
    return s;
  }
  command() {
    const cmd = { type: "command", pos: this.peekNonSpace().pos, args: [] };
    for (; ; ) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 18 /* Space */) continue;
      if (token.typ === 16 /* RightDelim */ || token.typ === 17 /* RightParen */) this.backup();
      else if (token.typ !== 14 /* Pipe */) this.unexpected(token, "operand");
      break;
    }
    if (cmd.args.length === 0) this.errorf("empty command");
    return cmd;
  }
  operand() {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === 9 /* Field */) {
      const chain = { type: "chain", pos: this.peek().pos, node, field: [] };
      while (this.peek().typ === 9 /* Field */) chain.field.push(this.next().val.slice(1));
      switch (node.type) {
        case "field":
          node = { type: "field", pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case "variable":
          node = { type: "variable", pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case "bool":
        case "string":
        case "number":
        case "nil":
        case "dot":
          this.errorf(`unexpected . after term ${goQuote2(nodeString(node))}`);
          break;
        default:
          node = chain;
      }
    }
    return node;
  }
  term() {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 10 /* Identifier */:
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote2(token.val)} not defined`);
        return { type: "identifier", pos: token.pos, ident: token.val };
      case 34 /* Dot */:
        return { type: "dot", pos: token.pos };
      case 39 /* Nil */:
        return { type: "nil", pos: token.pos };
      case 21 /* Variable */:
        return this.useVar(token.pos, token.val);
      case 9 /* Field */:
        return { type: "field", pos: token.pos, ident: token.val.slice(1).split(".") };
      case 1 /* Bool */:
        return { type: "bool", pos: token.pos, value: token.val === "true" };
      case 3 /* CharConstant */:
      case 5 /* Complex */:
      case 13 /* Number */:
        return this.newNumber(token);
      case 12 /* LeftParen */:
        return this.pipeline("parenthesized pipeline", 17 /* RightParen */);
      case 19 /* String */:
      case 15 /* RawString */:
        return { type: "string", pos: token.pos, quoted: token.val, text: this.unquote(token) };
    }
    this.backup();
    return null;
  }
  useVar(pos, name) {
    const v = { type: "variable", pos, ident: name.split(".") };
    if (this.vars.includes(v.ident[0])) return v;
    this.errorf(`undefined variable ${goQuote2(v.ident[0])}`);
  }
  newNumber(token) {
    const n = {
      type: "number",
      pos: token.pos,
      text: token.val,
      isInt: false,
      isUint: false,
      isFloat: false,
      isComplex: false,
      isChar: false,
      int: 0,
      float: 0,
      re: 0,
      im: 0
    };
    if (token.typ === 3 /* CharConstant */) {
      const r = unquoteChar(token.val);
      if (typeof r === "string") this.errorf(r);
      n.isChar = true;
      n.isInt = true;
      n.isUint = true;
      n.isFloat = true;
      n.int = r;
      n.float = r;
      return n;
    }
    const parsed = token.typ === 5 /* Complex */ ? parseGoComplex(token.val) : parseGoNumber(token.val);
    if (typeof parsed === "string") this.errorf(parsed);
    Object.assign(n, parsed);
    return n;
  }
};

// src/template/interpolate/exec.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var BREAK = /* @__PURE__ */ Symbol("break");
var CONTINUE = /* @__PURE__ */ Symbol("continue");
var MAX_EXEC_DEPTH = 1e5;
var ExecAbort = class {
  constructor(error) {
    this.error = error;
  }
  error;
  static {
    __name(this, "ExecAbort");
  }
};
var PARAM_TYPE_NAMES = {
  string: "string",
  int: "int",
  bool: "bool",
  any: "interface {}",
  value: "reflect.Value"
};
function isStackOverflow(e) {
  return e instanceof RangeError && e.message.includes("call stack");
}
__name(isStackOverflow, "isStackOverflow");
function byteLen(s) {
  return Buffer.byteLength(s, "utf8");
}
__name(byteLen, "byteLen");
function execute(tpl, funcs, data) {
  const s = new State(tpl, funcs, tpl.name, [{ name: "$", value: data }], 0);
  try {
    s.walk(data, tpl.root);
  } catch (e) {
    if (e instanceof ExecAbort) throw e.error;
    if (isStackOverflow(e)) {
      throw new InterpolateError(
        `template: ${tpl.name}: exceeded maximum template depth (${MAX_EXEC_DEPTH})`,
        {
          kind: "exec",
          line: 1,
          detail: `exceeded maximum template depth (${MAX_EXEC_DEPTH})`
        }
      );
    }
    throw e;
  }
  return s.out.join("");
}
__name(execute, "execute");
var State = class _State {
  constructor(tpl, funcs, tmplName, vars, depth, out) {
    this.tpl = tpl;
    this.funcs = funcs;
    this.tmplName = tmplName;
    this.vars = vars;
    this.depth = depth;
    this.out = out ?? [];
  }
  tpl;
  funcs;
  tmplName;
  vars;
  depth;
  static {
    __name(this, "State");
  }
  node = null;
  out;
  /** The dot has Go's static type interface{} (inside a range over a slice or map). */
  dotIface = false;
  at(n) {
    this.node = n;
  }
  errorf(msg) {
    const name = this.tmplName;
    if (!this.node) {
      throw new ExecAbort(
        new InterpolateError(`template: ${name}: ${msg}`, { kind: "exec", line: 1, detail: msg })
      );
    }
    const pos = this.node.pos;
    const text = this.tpl.text.slice(0, pos);
    const nl = text.lastIndexOf("\n");
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    const col = nl === -1 ? byteLen(text) : byteLen(text.slice(nl + 1));
    const context = nodeString(this.node);
    throw new ExecAbort(
      new InterpolateError(
        `template: ${this.tpl.name}:${line}:${col}: executing ${goQuote2(name)} at <${context}>: ${msg}`,
        { kind: "exec", line, column: col, offset: pos, detail: msg }
      )
    );
  }
  // --- variables ---
  push(name, value) {
    this.vars.push({ name, value });
  }
  setVar(name, value) {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        this.vars[i].iface = false;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  setTopVar(n, value, iface = false) {
    const v = this.vars[this.vars.length - n];
    v.value = value;
    v.iface = iface;
  }
  lookupVar(name) {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) return this.vars[i];
    }
    this.errorf(`undefined variable: ${name}`);
  }
  // --- statements ---
  walk(dot, node) {
    this.at(node);
    switch (node.type) {
      case "action": {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case "break":
        throw BREAK;
      case "continue":
        throw CONTINUE;
      case "comment":
        return;
      case "if":
      case "with":
        this.walkIfOrWith(dot, node);
        return;
      case "list":
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case "range":
        this.walkRange(dot, node);
        return;
      case "template":
        this.walkTemplate(dot, node);
        return;
      case "text":
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }
  walkIfOrWith(dot, node) {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      const [t, ok] = isTrue(val);
      if (!ok) this.errorf(`if/with can't use ${formatV(val)}`);
      if (t && node.type === "with") {
        const saved = this.dotIface;
        this.dotIface = false;
        try {
          this.walk(val, node.list);
        } finally {
          this.dotIface = saved;
        }
      } else if (t) this.walk(dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }
  walkRange(dot, r) {
    this.at(r);
    const mark0 = this.vars.length;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const oneIteration = /* @__PURE__ */ __name((index, elem) => {
        if (r.pipe.decl.length > 0) this.setTopVar(1, elem, true);
        if (r.pipe.decl.length > 1) this.setTopVar(2, index);
        const saved = this.dotIface;
        this.dotIface = true;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.vars.length = mark;
          this.dotIface = saved;
        }
      }, "oneIteration");
      switch (kindOf(val)) {
        case "slice": {
          const a = val;
          if (a.length === 0) break;
          for (let i = 0; i < a.length; i++) oneIteration(i, a[i]);
          return;
        }
        case "map": {
          const entries = mapEntries(val);
          if (entries.length === 0) break;
          for (const [k, v] of entries) oneIteration(k, v);
          return;
        }
        case "invalid":
        case "nil":
          break;
        default:
          this.errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.vars.length = mark0;
    }
  }
  walkTemplate(dot, t) {
    this.at(t);
    const list = this.tpl.defines.get(t.name);
    if (!list) this.errorf(`template ${goQuote2(t.name)} not defined`);
    if (this.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : NO_VALUE;
    const s = new _State(
      this.tpl,
      this.funcs,
      t.name,
      [{ name: "$", value: newDot }],
      this.depth + 1,
      this.out
    );
    try {
      s.walk(newDot, list);
    } catch (e) {
      if (!isStackOverflow(e)) throw e;
      s.at(t);
      s.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    }
  }
  printValue(n, v) {
    this.at(n);
    if (v === NO_VALUE || v === null || v === void 0) {
      this.out.push("<no value>");
      return;
    }
    if (typeof v === "function") this.errorf(`can't print ${nodeString(n)} of type ${typeName(v)}`);
    this.out.push(formatV(v));
  }
  // --- expressions ---
  evalPipeline(dot, pipe) {
    this.at(pipe);
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === null || value === void 0) value = NO_VALUE;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.push(v.ident[0], value);
    }
    return value;
  }
  notAFunction(args, final) {
    if (args && args.length > 1 || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
    }
  }
  evalCommand(dot, cmd, final) {
    const first = cmd.args[0];
    switch (first.type) {
      case "field":
        return this.evalFieldNode(dot, first, cmd.args, final);
      case "chain":
        return this.evalChainNode(dot, first, cmd.args, final);
      case "identifier":
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case "pipe":
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case "variable":
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case "bool":
        return first.value;
      case "dot":
        return dot;
      case "nil":
        this.errorf("nil is not a command");
        break;
      case "number":
        return this.idealConstant(first);
      case "string":
        return first.text;
    }
    this.errorf(`can't evaluate command ${goQuote2(nodeString(first))}`);
  }
  idealConstant(n) {
    this.at(n);
    const isHexInt = n.text.length > 2 && n.text[0] === "0" && /[xX]/.test(n.text[1]) && !/[pP]/.test(n.text);
    const isRuneInt = n.text[0] === "'";
    if (n.isComplex) return new GoComplex(n.re, n.im);
    if (n.isFloat && !isHexInt && !isRuneInt && /[.eEpP]/.test(n.text))
      return new GoNumber("float64", n.float);
    if (n.isInt) return n.int;
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return NO_VALUE;
  }
  evalFunction(dot, node, cmd, args, final) {
    this.at(node);
    const name = node.ident;
    const f = this.funcs(name);
    if (!f) this.errorf(`${goQuote2(name)} is not a defined function`);
    return this.evalCall(dot, f, cmd, name, args, final);
  }
  evalCall(dot, f, node, name, allArgs, final) {
    const args = allArgs ? allArgs.slice(1) : [];
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    let numFixed = args.length;
    if (f.variadic) {
      numFixed = f.params.length;
      if (numIn < numFixed) {
        this.errorf(`wrong number of args for ${name}: want at least ${f.params.length} got ${args.length}`);
      }
    } else if (numIn !== f.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${f.params.length} got ${numIn}`);
    }
    if (f.shortCircuit) {
      let v = NO_VALUE;
      for (const arg of args) {
        v = this.evalArg(dot, "value", arg);
        if (isTrue(v)[0] === (f.shortCircuit === "or")) return v;
      }
      if (final !== MISSING) v = this.validateType(final, "value");
      return v;
    }
    const argv = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, f.params[i], args[i]));
    if (f.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, f.variadic, args[i]));
    if (final !== MISSING) {
      let t;
      if (f.variadic) t = numIn - 1 < numFixed ? f.params[numIn - 1] : f.variadic;
      else t = f.params[f.params.length - 1];
      argv.push(this.validateType(final, t));
    }
    try {
      return f.call(argv);
    } catch (e) {
      if (e instanceof ExecAbort) throw e;
      if (isStackOverflow(e) || !(e instanceof FuncError)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      this.at(node);
      this.errorf(`error calling ${name}: ${msg}`);
    }
  }
  validateType(value, typ) {
    if (value === NO_VALUE || value === void 0) {
      if (typ === null) return NO_VALUE;
      if (typ === "any") return null;
      if (typ === "value") return NO_VALUE;
      this.errorf(`invalid value; expected ${PARAM_TYPE_NAMES[typ]}`);
    }
    if (typ === null || typ === "any" || typ === "value") return value;
    const k = kindOf(value);
    const ok = typ === "string" && k === "string" || typ === "int" && (typeof value === "number" && Number.isInteger(value) || typeof value === "bigint") || typ === "bool" && k === "bool";
    if (!ok) {
      const got = value === null ? "interface {}" : typeName(value);
      this.errorf(`wrong type for value; expected ${PARAM_TYPE_NAMES[typ]}; got ${got}`);
    }
    return value;
  }
  evalArg(dot, typ, n) {
    this.at(n);
    switch (n.type) {
      case "dot":
        return this.validateType(dot, typ);
      case "nil":
        if (typ === "any") return null;
        if (typ === null || typ === "value") return NO_VALUE;
        this.errorf(`cannot assign nil to ${PARAM_TYPE_NAMES[typ]}`);
        break;
      case "field":
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case "variable":
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case "pipe":
        return this.validateType(this.evalPipeline(dot, n), typ);
      case "identifier":
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case "chain":
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    switch (typ) {
      case "bool":
        if (n.type === "bool") return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
        break;
      case "int":
        if (n.type === "number" && n.isInt) return n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
        break;
      case "string":
        if (n.type === "string") return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
        break;
    }
    return this.evalEmptyInterface(dot, n);
  }
  evalEmptyInterface(dot, n) {
    this.at(n);
    switch (n.type) {
      case "bool":
        return n.value;
      case "dot":
        return dot;
      case "field":
        return this.evalFieldNode(dot, n, null, MISSING);
      case "identifier":
        return this.evalFunction(dot, n, n, null, MISSING);
      case "nil":
        this.errorf("evalEmptyInterface: nil (can't happen)");
        break;
      case "number":
        return this.idealConstant(n);
      case "string":
        return n.text;
      case "variable":
        return this.evalVariableNode(dot, n, null, MISSING);
      case "pipe":
        return this.evalPipeline(dot, n);
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
  evalFieldNode(dot, field, args, final) {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final, this.dotIface);
  }
  evalChainNode(dot, chain, args, final) {
    this.at(chain);
    if (chain.node.type === "nil") this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }
  evalVariableNode(dot, v, args, final) {
    this.at(v);
    const variable = this.lookupVar(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return variable.value;
    }
    return this.evalFieldChain(
      dot,
      variable.value,
      v,
      v.ident.slice(1),
      args,
      final,
      variable.iface ?? false
    );
  }
  evalFieldChain(dot, receiver, node, ident, args, final, receiverIface = false) {
    let recv = receiver;
    let iface = receiverIface;
    for (let i = 0; i < ident.length - 1; i++) {
      const wasMap = kindOf(recv) === "map";
      recv = this.evalField(dot, ident[i], node, null, MISSING, recv, iface);
      iface = wasMap;
    }
    return this.evalField(dot, ident[ident.length - 1], node, args, final, recv, iface);
  }
  evalField(dot, fieldName, node, args, final, receiver, iface) {
    if (receiver === NO_VALUE || receiver === void 0) return NO_VALUE;
    const typ = iface ? "interface {}" : typeName(receiver);
    if (receiver === null) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const hasArgs = args !== null && args.length > 1 || final !== MISSING;
    if (receiver instanceof GoStruct) {
      if (Object.hasOwn(receiver.fields, fieldName)) {
        const field = receiver.fields[fieldName];
        if (typeof field === "function") {
          const method = {
            params: [],
            variadic: "any",
            call: /* @__PURE__ */ __name((a) => {
              try {
                return field(...a);
              } catch (e) {
                throw new FuncError(e instanceof Error ? e.message : String(e));
              }
            }, "call")
          };
          return this.evalCall(dot, method, node, fieldName, args, final);
        }
        if (!new RegExp("^\\p{Lu}", "u").test(fieldName)) {
          this.errorf(`${fieldName} is an unexported field of struct type ${typ}`);
        }
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return field === void 0 ? NO_VALUE : field;
      }
    } else if (kindOf(receiver) === "map") {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      return mapGet(receiver, fieldName);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }
};

// src/template/interpolate/packer-funcs.ts
import { dirname, resolve } from "node:path";

// src/template/interpolate/timefmt.ts
var STD0X = ["ZeroMonth", "ZeroDay", "ZeroHour12", "ZeroMinute", "ZeroSecond", "Year"];
function startsWithLowerCase(s) {
  if (s.length === 0) return false;
  const c = s[0];
  return c >= "a" && c <= "z";
}
__name(startsWithLowerCase, "startsWithLowerCase");
function isDigitAt(s, i) {
  return i < s.length && s[i] >= "0" && s[i] <= "9";
}
__name(isDigitAt, "isDigitAt");
function nextStdChunk(layout) {
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const at = /* @__PURE__ */ __name((s) => layout.startsWith(s, i), "at");
    const ret = /* @__PURE__ */ __name((std, len, extra) => ({
      prefix: layout.slice(0, i),
      std,
      suffix: layout.slice(i + len),
      ...extra
    }), "ret");
    switch (c) {
      case "J":
        if (at("Jan")) {
          if (at("January")) return ret("LongMonth", 7);
          if (!startsWithLowerCase(layout.slice(i + 3))) return ret("Month", 3);
        }
        break;
      case "M":
        if (layout.length >= i + 3) {
          if (at("Mon")) {
            if (at("Monday")) return ret("LongWeekDay", 6);
            if (!startsWithLowerCase(layout.slice(i + 3))) return ret("WeekDay", 3);
          }
          if (at("MST")) return ret("TZ", 3);
        }
        break;
      case "0":
        if (layout.length >= i + 2 && layout[i + 1] >= "1" && layout[i + 1] <= "6") {
          return ret(STD0X[layout.charCodeAt(i + 1) - 49], 2);
        }
        if (at("002")) return ret("ZeroYearDay", 3);
        break;
      case "1":
        if (at("15")) return ret("Hour", 2);
        return ret("NumMonth", 1);
      case "2":
        if (at("2006")) return ret("LongYear", 4);
        return ret("Day", 1);
      case "_":
        if (layout.length >= i + 2 && layout[i + 1] === "2") {
          if (layout.startsWith("2006", i + 1)) {
            return { prefix: layout.slice(0, i + 1), std: "LongYear", suffix: layout.slice(i + 5) };
          }
          return ret("UnderDay", 2);
        }
        if (at("__2")) return ret("UnderYearDay", 3);
        break;
      case "3":
        return ret("Hour12", 1);
      case "4":
        return ret("Minute", 1);
      case "5":
        return ret("Second", 1);
      case "P":
        if (at("PM")) return ret("PM", 2);
        break;
      case "p":
        if (at("pm")) return ret("pm", 2);
        break;
      case "-":
        if (at("-070000")) return ret("NumSecondsTz", 7);
        if (at("-07:00:00")) return ret("NumColonSecondsTZ", 9);
        if (at("-0700")) return ret("NumTZ", 5);
        if (at("-07:00")) return ret("NumColonTZ", 6);
        if (at("-07")) return ret("NumShortTZ", 3);
        break;
      case "Z":
        if (at("Z070000")) return ret("ISO8601SecondsTZ", 7);
        if (at("Z07:00:00")) return ret("ISO8601ColonSecondsTZ", 9);
        if (at("Z0700")) return ret("ISO8601TZ", 5);
        if (at("Z07:00")) return ret("ISO8601ColonTZ", 6);
        if (at("Z07")) return ret("ISO8601ShortTZ", 3);
        break;
      case ".":
      case ",":
        if (i + 1 < layout.length && (layout[i + 1] === "0" || layout[i + 1] === "9")) {
          const ch = layout[i + 1];
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!isDigitAt(layout, j)) {
            return {
              prefix: layout.slice(0, i),
              std: ch === "0" ? "Frac0" : "Frac9",
              digits: j - (i + 1),
              sep: c,
              suffix: layout.slice(j)
            };
          }
        }
        break;
    }
  }
  return { prefix: layout, suffix: "" };
}
__name(nextStdChunk, "nextStdChunk");
var LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function pad2(n, width, ch = "0") {
  return String(n).padStart(width, ch);
}
__name(pad2, "pad");
function yearDay(t) {
  const start = Date.UTC(t.getUTCFullYear(), 0, 1);
  const day = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
  return Math.round((day - start) / 864e5) + 1;
}
__name(yearDay, "yearDay");
function goTimeFormat(t, layout, nanos) {
  const ns = nanos ?? t.getUTCMilliseconds() * 1e6;
  let out = "";
  let rest = layout;
  while (rest !== "") {
    const ch = nextStdChunk(rest);
    out += ch.prefix;
    if (!ch.std) break;
    rest = ch.suffix;
    const year = t.getUTCFullYear();
    const hour = t.getUTCHours();
    switch (ch.std) {
      case "Year": {
        let y = year % 100;
        if (y < 0) y = -y;
        out += pad2(y, 2);
        break;
      }
      case "LongYear":
        out += year < 0 ? "-" + pad2(-year, 4) : pad2(year, 4);
        break;
      case "Month":
        out += LONG_MONTHS[t.getUTCMonth()].slice(0, 3);
        break;
      case "LongMonth":
        out += LONG_MONTHS[t.getUTCMonth()];
        break;
      case "NumMonth":
        out += String(t.getUTCMonth() + 1);
        break;
      case "ZeroMonth":
        out += pad2(t.getUTCMonth() + 1, 2);
        break;
      case "WeekDay":
        out += LONG_DAYS[t.getUTCDay()].slice(0, 3);
        break;
      case "LongWeekDay":
        out += LONG_DAYS[t.getUTCDay()];
        break;
      case "Day":
        out += String(t.getUTCDate());
        break;
      case "UnderDay":
        out += pad2(t.getUTCDate(), 2, " ");
        break;
      case "ZeroDay":
        out += pad2(t.getUTCDate(), 2);
        break;
      case "UnderYearDay":
        out += pad2(yearDay(t), 3, " ");
        break;
      case "ZeroYearDay":
        out += pad2(yearDay(t), 3);
        break;
      case "Hour":
        out += pad2(hour, 2);
        break;
      case "Hour12":
        out += String(hour % 12 === 0 ? 12 : hour % 12);
        break;
      case "ZeroHour12":
        out += pad2(hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case "Minute":
        out += String(t.getUTCMinutes());
        break;
      case "ZeroMinute":
        out += pad2(t.getUTCMinutes(), 2);
        break;
      case "Second":
        out += String(t.getUTCSeconds());
        break;
      case "ZeroSecond":
        out += pad2(t.getUTCSeconds(), 2);
        break;
      case "PM":
        out += hour >= 12 ? "PM" : "AM";
        break;
      case "pm":
        out += hour >= 12 ? "pm" : "am";
        break;
      case "ISO8601TZ":
      case "ISO8601ColonTZ":
      case "ISO8601SecondsTZ":
      case "ISO8601ShortTZ":
      case "ISO8601ColonSecondsTZ":
        out += "Z";
        break;
      case "NumTZ":
        out += "+0000";
        break;
      case "NumSecondsTz":
        out += "+000000";
        break;
      case "NumShortTZ":
        out += "+00";
        break;
      case "NumColonTZ":
        out += "+00:00";
        break;
      case "NumColonSecondsTZ":
        out += "+00:00:00";
        break;
      case "TZ":
        out += "UTC";
        break;
      case "Frac0":
      case "Frac9": {
        const digits = String(ns).padStart(9, "0").slice(0, Math.min(ch.digits, 9));
        if (ch.std === "Frac0") {
          out += ch.sep + digits;
        } else {
          const trimmed = String(ns).padStart(9, "0").slice(0, ch.digits).replace(/0+$/, "");
          if (trimmed !== "") out += ch.sep + trimmed;
        }
        break;
      }
    }
  }
  return out;
}
__name(goTimeFormat, "goTimeFormat");
var RFC3339 = "2006-01-02T15:04:05Z07:00";

// src/template/interpolate/strftime.ts
var CONVERSION = {
  B: "January",
  b: "Jan",
  m: "01",
  A: "Monday",
  a: "Mon",
  d: "02",
  H: "15",
  I: "03",
  M: "04",
  S: "05",
  Y: "2006",
  y: "06",
  p: "PM",
  Z: "MST",
  z: "-0700",
  L: ".000"
};
function strftime(format, t, nanos) {
  let out = "";
  for (let i = 0; i < format.length; ) {
    let ni = format.indexOf("%", i);
    if (ni < 0) ni = format.length;
    out += format.slice(i, ni);
    if (ni + 1 < format.length) {
      const c = format[ni + 1];
      if (c === "%") out += "%";
      else if (Object.hasOwn(CONVERSION, c)) out += goTimeFormat(t, CONVERSION[c], nanos);
      else out += "%" + c;
    } else if (ni < format.length) {
      out += "%";
    }
    i = ni + 2;
  }
  return out;
}
__name(strftime, "strftime");

// src/template/interpolate/uuid.ts
import { randomBytes } from "node:crypto";
function timeOrderedUUID(now = /* @__PURE__ */ new Date()) {
  const unix = Math.floor(now.getTime() / 1e3) >>> 0;
  const b = randomBytes(12).toString("hex");
  return `${unix.toString(16).padStart(8, "0")}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12, 16)}${b.slice(16, 24)}`;
}
__name(timeOrderedUUID, "timeOrderedUUID");

// src/template/interpolate/packer-funcs.ts
var BUILD_DATA_PLACEHOLDER = "To set this dynamically in the Packer template, you must use the `build` function";
var ERR_VARIABLE_NOT_SET = "Error: variable not set:";
function goSplit(s, sep) {
  if (sep === "") return [...s];
  return s.split(sep);
}
__name(goSplit, "goSplit");
function goReplace(s, old, nu, n) {
  if (old === nu || n === 0) return s;
  if (old === "") {
    const runes = [...s];
    let out2 = "";
    let count2 = 0;
    for (let i = 0; i <= runes.length; i++) {
      if (n < 0 || count2 < n) {
        out2 += nu;
        count2++;
      }
      if (i < runes.length) out2 += runes[i];
    }
    return out2;
  }
  if (n < 0) return s.split(old).join(nu);
  let out = "";
  let start = 0;
  for (let i = 0; i < n; i++) {
    const j = s.indexOf(old, start);
    if (j < 0) break;
    out += s.slice(start, j) + nu;
    start = j + old.length;
  }
  return out + s.slice(start);
}
__name(goReplace, "goReplace");
function mapRunes(s, upper) {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 56448 && c <= 56575) {
      out += "\uFFFD";
      continue;
    }
    if (!upper && ch === "\u0130") {
      out += "i";
      continue;
    }
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}
__name(mapRunes, "mapRunes");
function offline(name) {
  return new FuncError(
    `${name} is not supported by image-build: templates are rendered offline, so ${name} cannot be read; pass the value with -var or a var file instead`
  );
}
__name(offline, "offline");
function packerFuncs(ctx) {
  const nanos = /* @__PURE__ */ __name(() => (ctx.startTime.getTime() % 1e3 + 1e3) % 1e3 * 1e6, "nanos");
  return {
    build_name: fn([], () => {
      if (!ctx.buildName) throw new FuncError("build_name not available");
      return ctx.buildName;
    }),
    build_type: fn([], () => {
      if (!ctx.buildType) throw new FuncError("build_type not available");
      return ctx.buildType;
    }),
    env: fn(["string"], ([k]) => {
      if (!ctx.enableEnv) throw new FuncError("env vars are not allowed here");
      const env = ctx.env ?? process.env;
      return env[k] ?? "";
    }),
    isotime: fn(
      [],
      (format) => {
        if (format.length === 0) return goTimeFormat(ctx.startTime, RFC3339, nanos());
        if (format.length > 1) throw new FuncError(`too many values, 1 needed: [${format.join(" ")}]`);
        return goTimeFormat(ctx.startTime, format[0], nanos());
      },
      "string"
    ),
    strftime: fn(["string"], ([f]) => strftime(f, ctx.startTime, nanos())),
    pwd: fn([], () => ctx.cwd ?? process.cwd()),
    split: fn(["string", "string", "int"], ([k, s, i]) => {
      const parts = goSplit(k, s);
      const idx = i;
      if (parts.length <= idx) {
        throw new FuncError(
          `the substring ${idx} was unavailable using the separator value, ${s}, only ${parts.length} values were found`
        );
      }
      if (idx < 0) throw new FuncError(`runtime error: index out of range [${idx}]`);
      return parts[idx];
    }),
    template_dir: fn([], () => {
      if (!ctx.templatePath) throw new FuncError("template path not available");
      return resolve(ctx.cwd ?? process.cwd(), dirname(ctx.templatePath));
    }),
    timestamp: fn([], () => String(Math.floor(ctx.startTime.getTime() / 1e3))),
    uuid: fn([], () => timeOrderedUUID()),
    user: fn(["string"], ([k]) => {
      const key = k;
      const has = Object.hasOwn(ctx.userVariables, key);
      if (!has && ctx.strictUserVariables) throw new FuncError(`${ERR_VARIABLE_NOT_SET} ${key}`);
      return has ? ctx.userVariables[key] : "";
    }),
    packer_version: fn([], () => {
      const v = ctx.packerVersion ?? "1.6.6";
      if (v === "") throw new FuncError("packer_version not available");
      return v;
    }),
    consul_key: fn(["string"], () => {
      if (!ctx.enableEnv) throw new FuncError("consul_key is not allowed here");
      throw offline("consul_key");
    }),
    vault: fn(["string", "string"], () => {
      if (!ctx.enableEnv) throw new FuncError("Vault vars are only allowed in the variables section");
      throw offline("vault");
    }),
    aws_secretsmanager: fn(
      [],
      (secret) => {
        if (!ctx.enableEnv)
          throw new FuncError("AWS Secrets Manager is only allowed in the variables section");
        if (secret.length === 0) throw new FuncError("secret name must be provided");
        if (secret.length > 2)
          throw new FuncError("only secret name and optional secret key can be provided.");
        throw offline("aws_secretsmanager");
      },
      "string"
    ),
    sed: fn(["string", "string"], () => {
      throw new FuncError(
        "template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine"
      );
    }),
    build: fn(["string"], ([k]) => {
      const key = k;
      if (!ctx.buildData) {
        throw new FuncError(
          `Error validating build variable: the given variable ${key} will not be passed into your plugin.`
        );
      }
      if (Object.hasOwn(ctx.buildData, key)) {
        const v = ctx.buildData[key];
        return v.includes(BUILD_DATA_PLACEHOLDER) ? `{{.${key}}}` : v;
      }
      throw new FuncError(`loaded data, but couldnt find ${key} in it.`);
    }),
    replace: fn(
      ["string", "string", "int", "string"],
      ([o, n, c, src]) => goReplace(src, o, n, c)
    ),
    replace_all: fn(
      ["string", "string", "string"],
      ([o, n, src]) => goReplace(src, o, n, -1)
    ),
    upper: fn(["string"], ([s]) => mapRunes(s, true)),
    lower: fn(["string"], ([s]) => mapRunes(s, false))
  };
}
__name(packerFuncs, "packerFuncs");
var PACKER_FUNCTION_NAMES = [
  "build_name",
  "build_type",
  "env",
  "isotime",
  "strftime",
  "pwd",
  "split",
  "template_dir",
  "timestamp",
  "uuid",
  "user",
  "packer_version",
  "consul_key",
  "vault",
  "aws_secretsmanager",
  "sed",
  "build",
  "replace",
  "replace_all",
  "upper",
  "lower"
];

// src/template/interpolate/index.ts
var BUILTINS = builtins();
var ALL_NAMES = /* @__PURE__ */ new Set([...Object.keys(BUILTINS), ...PACKER_FUNCTION_NAMES]);
var hasFunction = /* @__PURE__ */ __name((name) => ALL_NAMES.has(name), "hasFunction");
var FUNC_TABLES = /* @__PURE__ */ new WeakMap();
var CACHE_LIMIT = 2e3;
var CACHE_MAX_TEXT = 16 * 1024;
var cache = /* @__PURE__ */ new Map();
function convertUnexpected(e, name) {
  if (e instanceof InterpolateError) return e;
  if (!isStackOverflow(e)) throw e;
  const detail = "expression nests too deeply";
  return new InterpolateError(`template: ${name}:1: ${detail}`, { kind: "parse", line: 1, detail });
}
__name(convertUnexpected, "convertUnexpected");
function parseCached(text, name) {
  if (text.length > CACHE_MAX_TEXT) {
    try {
      return parseTemplate(text, name, hasFunction);
    } catch (e) {
      throw convertUnexpected(e, name);
    }
  }
  const key = `${name}\0${text}`;
  let hit = cache.get(key);
  if (hit === void 0) {
    try {
      hit = parseTemplate(text, name, hasFunction);
    } catch (e) {
      hit = convertUnexpected(e, name);
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
    cache.set(key, hit);
  }
  if (hit instanceof InterpolateError) throw hit;
  return hit;
}
__name(parseCached, "parseCached");
function interpolate(text, ctx, name = "root") {
  if (!text.includes("{{")) return text;
  const tpl = parseCached(text, name);
  let packer = FUNC_TABLES.get(ctx);
  if (!packer) {
    packer = packerFuncs(ctx);
    FUNC_TABLES.set(ctx, packer);
  }
  const table = packer;
  const lookup = /* @__PURE__ */ __name((fn2) => Object.hasOwn(table, fn2) ? table[fn2] : Object.hasOwn(BUILTINS, fn2) ? BUILTINS[fn2] : void 0, "lookup");
  try {
    return outputString(
      execute(tpl, lookup, ctx.data === void 0 || ctx.data === null ? NO_VALUE : ctx.data)
    );
  } catch (e) {
    throw convertUnexpected(e, name);
  }
}
__name(interpolate, "interpolate");
function checkSyntax(text, name = "root") {
  if (!text.includes("{{")) return void 0;
  try {
    parseCached(text, name);
    return void 0;
  } catch (e) {
    return convertUnexpected(e, name);
  }
}
__name(checkSyntax, "checkSyntax");

// node_modules/@humanwhocodes/momoa/dist/momoa.js
var CHAR_0 = 48;
var CHAR_1 = 49;
var CHAR_9 = 57;
var CHAR_BACKSLASH = 92;
var CHAR_DOLLAR = 36;
var CHAR_DOT = 46;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_LOWER_A = 97;
var CHAR_LOWER_E = 101;
var CHAR_LOWER_F = 102;
var CHAR_LOWER_N = 110;
var CHAR_LOWER_T = 116;
var CHAR_LOWER_U = 117;
var CHAR_LOWER_X = 120;
var CHAR_LOWER_Z = 122;
var CHAR_MINUS = 45;
var CHAR_NEWLINE = 10;
var CHAR_PLUS = 43;
var CHAR_RETURN = 13;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_SLASH = 47;
var CHAR_SPACE = 32;
var CHAR_TAB = 9;
var CHAR_UNDERSCORE = 95;
var CHAR_UPPER_A = 65;
var CHAR_UPPER_E = 69;
var CHAR_UPPER_F = 70;
var CHAR_UPPER_N = 78;
var CHAR_UPPER_X = 88;
var CHAR_UPPER_Z = 90;
var CHAR_LOWER_B = 98;
var CHAR_LOWER_R = 114;
var CHAR_LOWER_V = 118;
var CHAR_LINE_SEPARATOR = 8232;
var CHAR_PARAGRAPH_SEPARATOR = 8233;
var CHAR_UPPER_I = 73;
var CHAR_STAR = 42;
var CHAR_VTAB = 11;
var CHAR_FORM_FEED = 12;
var CHAR_NBSP = 160;
var CHAR_BOM = 65279;
var CHAR_NON_BREAKING_SPACE = 160;
var CHAR_EN_QUAD = 8192;
var CHAR_EM_QUAD = 8193;
var CHAR_EN_SPACE = 8194;
var CHAR_EM_SPACE = 8195;
var CHAR_THREE_PER_EM_SPACE = 8196;
var CHAR_FOUR_PER_EM_SPACE = 8197;
var CHAR_SIX_PER_EM_SPACE = 8198;
var CHAR_FIGURE_SPACE = 8199;
var CHAR_PUNCTUATION_SPACE = 8200;
var CHAR_THIN_SPACE = 8201;
var CHAR_HAIR_SPACE = 8202;
var CHAR_NARROW_NO_BREAK_SPACE = 8239;
var CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
var CHAR_IDEOGRAPHIC_SPACE = 12288;
var LBRACKET = "[";
var RBRACKET = "]";
var LBRACE = "{";
var RBRACE = "}";
var COLON = ":";
var COMMA = ",";
var TRUE = "true";
var FALSE = "false";
var NULL = "null";
var NAN$1 = "NaN";
var INFINITY$1 = "Infinity";
var QUOTE = '"';
var escapeToChar = /* @__PURE__ */ new Map([
  [CHAR_DOUBLE_QUOTE, QUOTE],
  [CHAR_BACKSLASH, "\\"],
  [CHAR_SLASH, "/"],
  [CHAR_LOWER_B, "\b"],
  [CHAR_LOWER_N, "\n"],
  [CHAR_LOWER_F, "\f"],
  [CHAR_LOWER_R, "\r"],
  [CHAR_LOWER_T, "	"]
]);
var json5EscapeToChar = new Map([
  ...escapeToChar,
  [CHAR_LOWER_V, "\v"],
  [CHAR_0, "\0"]
]);
var charToEscape = /* @__PURE__ */ new Map([
  [QUOTE, QUOTE],
  ["\\", "\\"],
  ["/", "/"],
  ["\b", "b"],
  ["\n", "n"],
  ["\f", "f"],
  ["\r", "r"],
  ["	", "t"]
]);
var json5CharToEscape = new Map([
  ...charToEscape,
  ["\v", "v"],
  ["\0", "0"],
  ["\u2028", "u2028"],
  ["\u2029", "u2029"]
]);
var knownTokenTypes = /* @__PURE__ */ new Map([
  [LBRACKET, "LBracket"],
  [RBRACKET, "RBracket"],
  [LBRACE, "LBrace"],
  [RBRACE, "RBrace"],
  [COLON, "Colon"],
  [COMMA, "Comma"],
  [TRUE, "Boolean"],
  [FALSE, "Boolean"],
  [NULL, "Null"]
]);
var knownJSON5TokenTypes = new Map([
  ...knownTokenTypes,
  [NAN$1, "Number"],
  [INFINITY$1, "Number"]
]);
var json5LineTerminators = /* @__PURE__ */ new Set([
  CHAR_NEWLINE,
  CHAR_RETURN,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR
]);
var ErrorWithLocation = class extends Error {
  static {
    __name(this, "ErrorWithLocation");
  }
  /**
   * Creates a new instance.
   * @param {string} message The error message to report. 
   * @param {Location} loc The location information for the error.
   */
  constructor(message, { line, column, offset }) {
    super(`${message} (${line}:${column})`);
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
};
var UnexpectedChar = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedChar");
  }
  /**
   * Creates a new instance.
   * @param {number} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected character '${String.fromCharCode(unexpected)}' found.`, loc);
  }
};
var UnexpectedIdentifier = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedIdentifier");
  }
  /**
   * Creates a new instance.
   * @param {string} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected identifier '${unexpected}' found.`, loc);
  }
};
var UnexpectedToken = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedToken");
  }
  /**
   * Creates a new instance.
   * @param {Token} token The token that was found. 
   */
  constructor(token) {
    super(`Unexpected token ${token.type} found.`, token.loc.start);
  }
};
var UnexpectedEOF = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedEOF");
  }
  /**
   * Creates a new instance.
   * @param {Location} loc The location information for the found character.
   */
  constructor(loc) {
    super("Unexpected end of input found.", loc);
  }
};
var ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
var ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
var CHAR_CR = 13;
var CHAR_LF = 10;
var CharCodeReader = class {
  static {
    __name(this, "CharCodeReader");
  }
  /**
   * The text to read from.
   * @type {string}
   */
  #text = "";
  /**
   * The current line number.
   * @type {number}
   */
  #line = 1;
  /**
   * The current column number.
   * @type {number}
   */
  #column = 0;
  /**
   * The current offset in the text.
   * @type {number}
   */
  #offset = -1;
  /**
   * Whether the last character read was a new line.
   * @type {boolean}
   */
  #newLine = false;
  /**
   * The last character code read.
   * @type {number}
   */
  #last = -1;
  /**
   * Whether the reader has ended.
   * @type {boolean}
   */
  #ended = false;
  /**
   * Creates a new instance.
   * @param {string} text The text to read from
   */
  constructor(text) {
    this.#text = text;
  }
  /**
   * Ends the reader.
   * @returns {void}
   */
  #end() {
    if (this.#ended) {
      return;
    }
    this.#column++;
    this.#offset++;
    this.#last = -1;
    this.#ended = true;
  }
  /**
   * Returns the current position of the reader.
   * @returns {Location} An object with line, column, and offset properties.
   */
  locate() {
    return {
      line: this.#line,
      column: this.#column,
      offset: this.#offset
    };
  }
  /**
   * Reads the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  next() {
    if (this.#offset >= this.#text.length - 1) {
      this.#end();
      return -1;
    }
    this.#offset++;
    const charCode = this.#text.charCodeAt(this.#offset);
    if (this.#newLine) {
      this.#line++;
      this.#column = 1;
      this.#newLine = false;
    } else {
      this.#column++;
    }
    if (charCode === CHAR_CR) {
      this.#newLine = true;
      if (this.peek() === CHAR_LF) {
        this.#offset++;
      }
    } else if (charCode === CHAR_LF) {
      this.#newLine = true;
    }
    this.#last = charCode;
    return charCode;
  }
  /**
   * Peeks at the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  peek() {
    if (this.#offset === this.#text.length - 1) {
      return -1;
    }
    return this.#text.charCodeAt(this.#offset + 1);
  }
  /**
   * Determines if the next character code in the text matches a specific character code.
   * @param {(number) => boolean} fn A function to call on the next character.
   * @returns {boolean} True if the next character code matches, false if not.
   */
  match(fn2) {
    if (fn2(this.peek())) {
      this.next();
      return true;
    }
    return false;
  }
  /**
   * Returns the last character code read.
   * @returns {number} The last character code read.
   */
  current() {
    return this.#last;
  }
};
var INFINITY = "Infinity";
var NAN = "NaN";
var keywordStarts = /* @__PURE__ */ new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
var whitespace = /* @__PURE__ */ new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
var json5Whitespace = /* @__PURE__ */ new Set([
  ...whitespace,
  CHAR_VTAB,
  CHAR_FORM_FEED,
  CHAR_NBSP,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR,
  CHAR_BOM,
  CHAR_NON_BREAKING_SPACE,
  CHAR_EN_QUAD,
  CHAR_EM_QUAD,
  CHAR_EN_SPACE,
  CHAR_EM_SPACE,
  CHAR_THREE_PER_EM_SPACE,
  CHAR_FOUR_PER_EM_SPACE,
  CHAR_SIX_PER_EM_SPACE,
  CHAR_FIGURE_SPACE,
  CHAR_PUNCTUATION_SPACE,
  CHAR_THIN_SPACE,
  CHAR_HAIR_SPACE,
  CHAR_NARROW_NO_BREAK_SPACE,
  CHAR_MEDIUM_MATHEMATICAL_SPACE,
  CHAR_IDEOGRAPHIC_SPACE
]);
var DEFAULT_OPTIONS$1 = {
  mode: "json",
  ranges: false
};
var jsonKeywords = /* @__PURE__ */ new Set(["true", "false", "null"]);
var tt = {
  EOF: 0,
  Number: 1,
  String: 2,
  Boolean: 3,
  Null: 4,
  NaN: 5,
  Infinity: 6,
  Identifier: 7,
  Colon: 20,
  LBrace: 21,
  RBrace: 22,
  LBracket: 23,
  RBracket: 24,
  Comma: 25,
  LineComment: 40,
  BlockComment: 41
};
function isDigit(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
__name(isDigit, "isDigit");
function isHexDigit(c) {
  return isDigit(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}
__name(isHexDigit, "isHexDigit");
function isPositiveDigit(c) {
  return c >= CHAR_1 && c <= CHAR_9;
}
__name(isPositiveDigit, "isPositiveDigit");
function isKeywordStart(c) {
  return keywordStarts.has(c);
}
__name(isKeywordStart, "isKeywordStart");
function isNumberStart(c) {
  return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}
__name(isNumberStart, "isNumberStart");
function isJSON5NumberStart(c) {
  return isNumberStart(c) || c === CHAR_PLUS;
}
__name(isJSON5NumberStart, "isJSON5NumberStart");
function isStringStart(c, json5) {
  return c === CHAR_DOUBLE_QUOTE || json5 && c === CHAR_SINGLE_QUOTE;
}
__name(isStringStart, "isStringStart");
function isJSON5IdentifierStart(c) {
  if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
    return true;
  }
  if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
    return true;
  }
  if (c === 8204 || c === 8205) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Start.test(ct);
}
__name(isJSON5IdentifierStart, "isJSON5IdentifierStart");
function isJSON5IdentifierPart(c) {
  if (isJSON5IdentifierStart(c) || isDigit(c)) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Continue.test(ct);
}
__name(isJSON5IdentifierPart, "isJSON5IdentifierPart");
var Tokenizer = class {
  static {
    __name(this, "Tokenizer");
  }
  /**
   * Options for the tokenizer.
   * @type {TokenizeOptions}
   */
  #options;
  /**
   * The source text to tokenize.
   * @type {string}
   */
  #text;
  /**
   * The reader for the source text.
   * @type {CharCodeReader}
   */
  #reader;
  /**
   * Indicates if the tokenizer is in JSON5 mode.
   * @type {boolean}
   */
  #json5;
  /**
   * Indicates if comments are allowed.
   * @type {boolean}
   */
  #allowComments;
  /**
   * Indicates if ranges should be included in the tokens.
   * @type {boolean}
   */
  #ranges;
  /**
   * The last token type read.
   * @type {Token}
   */
  #token;
  /**
   * Determines if a character is an escaped character.
   * @type {(c:number) => boolean}
   */
  #isEscapedCharacter;
  /**
   * Determines if a character is a JSON5 line terminator.
   * @type {(c:number) => boolean}
   */
  #isJSON5LineTerminator;
  /**
   * Determines if a character is a JSON5 hex escape.
   * @type {(c:number) => boolean}
   */
  #isJSON5HexEscape;
  /**
   * Determines if a character is whitespace.
   * @type {(c:number) => boolean}
   */
  #isWhitespace;
  /**
   * Creates a new instance of the tokenizer.
   * @param {string} text The source text
   * @param {TokenizeOptions} [options] Options for the tokenizer.
   */
  constructor(text, options) {
    this.#text = text;
    this.#options = {
      ...DEFAULT_OPTIONS$1,
      ...options
    };
    this.#reader = new CharCodeReader(text);
    this.#json5 = this.#options.mode === "json5";
    this.#allowComments = this.#options.mode !== "json";
    this.#ranges = this.#options.ranges;
    this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
    this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
    this.#isJSON5HexEscape = this.#json5 ? (c) => c === CHAR_LOWER_X : () => false;
    this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
  }
  // #region Errors
  /**
   * Convenience function for throwing unexpected character errors.
   * @param {number} c The unexpected character.
   * @param {Location} [loc] The location of the unexpected character.
   * @returns {never}
   * @throws {UnexpectedChar} always.
   */
  #unexpected(c, loc = this.#reader.locate()) {
    throw new UnexpectedChar(c, loc);
  }
  /**
   * Convenience function for throwing unexpected identifier errors.
   * @param {string} identifier The unexpected identifier.
   * @param {Location} [loc] The location of the unexpected identifier.
   * @returns {never}
   * @throws {UnexpectedIdentifier} always.
   */
  #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
    throw new UnexpectedIdentifier(identifier, loc);
  }
  /**
  * Convenience function for throwing unexpected EOF errors.
  * @returns {never}
  * @throws {UnexpectedEOF} always.
  */
  #unexpectedEOF() {
    throw new UnexpectedEOF(this.#reader.locate());
  }
  // #endregion
  // #region Helpers
  /**
   * Creates a new token.
   * @param {TokenType} tokenType The type of token to create.
   * @param {number} length The length of the token.
   * @param {Location} startLoc The start location for the token.
   * @param {Location} [endLoc] The end location for the token.
   * @returns {Token} The token.
   */
  #createToken(tokenType, length, startLoc, endLoc) {
    const endOffset = startLoc.offset + length;
    let range = this.#options.ranges ? {
      range: (
        /** @type {Range} */
        [startLoc.offset, endOffset]
      )
    } : void 0;
    return {
      type: tokenType,
      loc: {
        start: startLoc,
        end: endLoc || {
          line: startLoc.line,
          column: startLoc.column + length,
          offset: endOffset
        }
      },
      ...range
    };
  }
  /**
   * Reads in a specific number of hex digits.
   * @param {number} count The number of hex digits to read.
   * @returns {string} The hex digits read.
   */
  #readHexDigits(count2) {
    let value = "";
    let c;
    for (let i = 0; i < count2; i++) {
      c = this.#reader.peek();
      if (isHexDigit(c)) {
        this.#reader.next();
        value += String.fromCharCode(c);
        continue;
      }
      this.#unexpected(c);
    }
    return value;
  }
  /**
   * Reads in a JSON5 identifier. Also used for JSON but we validate
   * the identifier later.
   * @param {number} c The first character of the identifier.
   * @returns {string} The identifier read.
   * @throws {UnexpectedChar} when the identifier cannot be read.
   */
  #readIdentifier(c) {
    let value = "";
    do {
      value += String.fromCharCode(c);
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.next();
        if (c !== CHAR_LOWER_U) {
          this.#unexpected(c);
        }
        value += String.fromCharCode(c);
        const hexDigits = this.#readHexDigits(4);
        const charCode = parseInt(hexDigits, 16);
        if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        } else if (!isJSON5IdentifierPart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        }
        value += hexDigits;
      }
      c = this.#reader.peek();
      if (!isJSON5IdentifierPart(c)) {
        break;
      }
      this.#reader.next();
    } while (true);
    return value;
  }
  /**
   * Reads in a string. Works for both JSON and JSON5.
   * @param {number} c The first character of the string (either " or ').
   * @returns {number} The length of the string.
   * @throws {UnexpectedChar} when the string cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
   */
  #readString(c) {
    const delimiter = c;
    let length = 1;
    c = this.#reader.peek();
    while (c !== -1 && c !== delimiter) {
      this.#reader.next();
      length++;
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.peek();
        if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
          this.#reader.next();
          length++;
        } else if (c === CHAR_LOWER_U) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(4);
          length += result.length;
        } else if (this.#isJSON5HexEscape(c)) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(2);
          length += result.length;
        } else if (this.#json5) {
          this.#reader.next();
          length++;
        } else {
          this.#unexpected(c);
        }
      }
      c = this.#reader.peek();
    }
    if (c === -1) {
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    length++;
    return length;
  }
  /**
   * Reads a number. Works for both JSON and JSON5.
   * @param {number} c The first character of the number.
   * @returns {number} The length of the number.
   * @throws {UnexpectedChar} when the number cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
   */
  #readNumber(c) {
    let length = 1;
    if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
      c = this.#reader.peek();
      if (this.#json5) {
        if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
          this.#reader.next();
          const identifier = this.#readIdentifier(c);
          if (identifier !== INFINITY && identifier !== NAN) {
            this.#unexpected(c);
          }
          return length + identifier.length;
        }
      }
      if (!isDigit(c)) {
        this.#unexpected(c);
      }
      this.#reader.next();
      length++;
    }
    if (c === CHAR_0) {
      c = this.#reader.peek();
      if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
        if (!isHexDigit(c)) {
          this.#reader.next();
          this.#unexpected(c);
        }
        do {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        } while (isHexDigit(c));
      } else if (isDigit(c)) {
        this.#unexpected(c);
      }
    } else {
      if (!this.#json5 || c !== CHAR_DOT) {
        if (!isPositiveDigit(c)) {
          this.#unexpected(c);
        }
        c = this.#reader.peek();
        while (isDigit(c)) {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        }
      }
    }
    if (c === CHAR_DOT) {
      let digitCount = -1;
      this.#reader.next();
      length++;
      digitCount++;
      c = this.#reader.peek();
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        digitCount++;
        c = this.#reader.peek();
      }
      if (!this.#json5 && digitCount === 0) {
        this.#reader.next();
        if (c) {
          this.#unexpected(c);
        } else {
          this.#unexpectedEOF();
        }
      }
    }
    if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {
      this.#reader.next();
      length++;
      c = this.#reader.peek();
      if (c === CHAR_PLUS || c === CHAR_MINUS) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
      if (c === -1) {
        this.#reader.next();
        this.#unexpectedEOF();
      }
      if (!isDigit(c)) {
        this.#reader.next();
        this.#unexpected(c);
      }
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
    }
    return length;
  }
  /**
   * Reads a comment. Works for both JSON and JSON5.
   * @param {number} c The first character of the comment.
   * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
   * @throws {UnexpectedChar} when the comment cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
   */
  #readComment(c) {
    let length = 1;
    c = this.#reader.peek();
    if (c === CHAR_SLASH) {
      do {
        this.#reader.next();
        length += 1;
        c = this.#reader.peek();
      } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);
      return { length, multiline: false };
    }
    if (c === CHAR_STAR) {
      this.#reader.next();
      length += 1;
      while (c > -1) {
        c = this.#reader.peek();
        if (c === CHAR_STAR) {
          this.#reader.next();
          length += 1;
          c = this.#reader.peek();
          if (c === CHAR_SLASH) {
            this.#reader.next();
            length += 1;
            return { length, multiline: true };
          }
        } else {
          this.#reader.next();
          length += 1;
        }
      }
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    this.#unexpected(c);
  }
  // #endregion
  /**
   * Returns the next token in the source text.
   * @returns {number} The code for the next token.
   */
  next() {
    let c = this.#reader.next();
    while (this.#isWhitespace(c)) {
      c = this.#reader.next();
    }
    if (c === -1) {
      return tt.EOF;
    }
    const start = this.#reader.locate();
    const ct = String.fromCharCode(c);
    if (this.#json5) {
      if (knownJSON5TokenTypes.has(ct)) {
        this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
      } else if (isJSON5IdentifierStart(c)) {
        const value = this.#readIdentifier(c);
        if (knownJSON5TokenTypes.has(value)) {
          this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
        } else {
          this.#token = this.#createToken("Identifier", value.length, start);
        }
      } else if (isJSON5NumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken("String", result, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    } else {
      if (knownTokenTypes.has(ct)) {
        this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
      } else if (isKeywordStart(c)) {
        const value = this.#readIdentifier(c);
        if (!jsonKeywords.has(value)) {
          this.#unexpectedIdentifier(value, start);
        }
        this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
      } else if (isNumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        this.#token = this.#createToken("String", result, start);
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    }
    return tt[this.#token.type];
  }
  /**
   * Returns the current token in the source text.
   * @returns {Token} The current token.
   */
  get token() {
    return this.#token;
  }
};
var types = {
  /**
   * Creates a document node.
   * @param {ValueNode} body The body of the document.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {DocumentNode} The document node.
   */
  document(body, parts = {}) {
    return {
      type: "Document",
      body,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a string node.
   * @param {string} value The value for the string.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {StringNode} The string node.
   */
  string(value, parts = {}) {
    return {
      type: "String",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a number node.
   * @param {number} value The value for the number.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NumberNode} The number node.
   */
  number(value, parts = {}) {
    return {
      type: "Number",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a boolean node.
   * @param {boolean} value The value for the boolean.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {BooleanNode} The boolean node.
   */
  boolean(value, parts = {}) {
    return {
      type: "Boolean",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a null node.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NullNode} The null node.
   */
  null(parts = {}) {
    return {
      type: "Null",
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an array node.
   * @param {Array<ElementNode>} elements The elements to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ArrayNode} The array node.
   */
  array(elements, parts = {}) {
    return {
      type: "Array",
      elements,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an element node.
   * @param {ValueNode} value The value for the element.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ElementNode} The element node.
   */
  element(value, parts = {}) {
    return {
      type: "Element",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an object node.
   * @param {Array<MemberNode>} members The members to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ObjectNode} The object node.
   */
  object(members, parts = {}) {
    return {
      type: "Object",
      members,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a member node.
   * @param {StringNode|IdentifierNode} name The name for the member.
   * @param {ValueNode} value The value for the member.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {MemberNode} The member node.
   */
  member(name, value, parts = {}) {
    return {
      type: "Member",
      name,
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an identifier node.
   * @param {string} name The name for the identifier.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {IdentifierNode} The identifier node.
   */
  identifier(name, parts = {}) {
    return {
      type: "Identifier",
      name,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a NaN node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {NaNNode} The NaN node.
   */
  nan(sign = "", parts = {}) {
    return {
      type: "NaN",
      sign,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an Infinity node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {InfinityNode} The Infinity node.
   */
  infinity(sign = "", parts = {}) {
    return {
      type: "Infinity",
      sign,
      loc: parts.loc,
      ...parts
    };
  }
};
var DEFAULT_OPTIONS = {
  mode: "json",
  ranges: false,
  tokens: false,
  allowTrailingCommas: false
};
var UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;
function normalizeIdentifier(identifier) {
  return identifier.replace(UNICODE_SEQUENCE, (unicodeEscape) => {
    return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
  });
}
__name(normalizeIdentifier, "normalizeIdentifier");
function getEndLocation(text) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      column = 1;
    } else if (char === "\r") {
      if (text[i + 1] === "\n") {
        i++;
      }
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    line,
    column,
    offset: text.length
  };
}
__name(getEndLocation, "getEndLocation");
function getStringValue(value, token, json5 = false) {
  let result = "";
  let escapeIndex = value.indexOf("\\");
  let lastIndex = 0;
  while (escapeIndex >= 0) {
    result += value.slice(lastIndex, escapeIndex);
    const escapeChar = value.charAt(escapeIndex + 1);
    const escapeCharCode = escapeChar.charCodeAt(0);
    if (json5 && json5EscapeToChar.has(escapeCharCode)) {
      result += json5EscapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeToChar.has(escapeCharCode)) {
      result += escapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeChar === "u") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
      if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid unicode escape \\u${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 6;
    } else if (json5 && escapeChar === "x") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
      if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid hex escape \\x${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 4;
    } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
      lastIndex = escapeIndex + 2;
      if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
        lastIndex++;
      }
    } else {
      if (json5) {
        result += escapeChar;
        lastIndex = escapeIndex + 2;
      } else {
        throw new ErrorWithLocation(
          `Invalid escape \\${escapeChar}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
    }
    escapeIndex = value.indexOf("\\", lastIndex);
  }
  result += value.slice(lastIndex);
  return result;
}
__name(getStringValue, "getStringValue");
function getLiteralValue(value, token, json5 = false) {
  switch (token.type) {
    case "Boolean":
      return value === "true";
    case "Number":
      if (json5) {
        if (value.charCodeAt(0) === 45) {
          return -Number(value.slice(1));
        }
        if (value.charCodeAt(0) === 43) {
          return Number(value.slice(1));
        }
      }
      return Number(value);
    case "String":
      return getStringValue(value.slice(1, -1), token, json5);
    default:
      throw new TypeError(`Unknown token type "${token.type}.`);
  }
}
__name(getLiteralValue, "getLiteralValue");
function parse(text, options) {
  options = Object.freeze({
    ...DEFAULT_OPTIONS,
    ...options
  });
  const tokens = [];
  const tokenizer = new Tokenizer(text, {
    mode: options.mode,
    ranges: options.ranges
  });
  const json5 = options.mode === "json5";
  const allowTrailingCommas = options.allowTrailingCommas || json5;
  function nextNoComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    return nextType;
  }
  __name(nextNoComments, "nextNoComments");
  function nextSkipComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    if (nextType >= tt.LineComment) {
      return nextSkipComments();
    }
    return nextType;
  }
  __name(nextSkipComments, "nextSkipComments");
  const next = options.mode === "json" ? nextNoComments : nextSkipComments;
  function assertTokenType(token, type) {
    if (token !== type) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  __name(assertTokenType, "assertTokenType");
  function assertTokenTypes(token, types2) {
    if (!types2.includes(token)) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  __name(assertTokenTypes, "assertTokenTypes");
  function createRange(start, end) {
    return options.ranges ? {
      range: [start.offset, end.offset]
    } : void 0;
  }
  __name(createRange, "createRange");
  function createLiteralNode(tokenType) {
    const token = tokenizer.token;
    const range = createRange(token.loc.start, token.loc.end);
    const value = getLiteralValue(
      text.slice(token.loc.start.offset, token.loc.end.offset),
      token,
      json5
    );
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    switch (tokenType) {
      case tt.String:
        return types.string(
          /** @type {string} */
          value,
          parts
        );
      case tt.Number:
        return types.number(
          /** @type {number} */
          value,
          parts
        );
      case tt.Boolean:
        return types.boolean(
          /** @type {boolean} */
          value,
          parts
        );
      default:
        throw new TypeError(`Unknown token type ${token.type}.`);
    }
  }
  __name(createLiteralNode, "createLiteralNode");
  function createJSON5IdentifierNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    if (token.type !== "Identifier") {
      let sign = "";
      if (identifier[0] === "+" || identifier[0] === "-") {
        sign = identifier[0];
      }
      return types[identifier.includes("NaN") ? "nan" : "infinity"](
        /** @type {Sign} */
        sign,
        parts
      );
    }
    return types.identifier(normalizeIdentifier(identifier), parts);
  }
  __name(createJSON5IdentifierNode, "createJSON5IdentifierNode");
  function createNullNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    return types.null({
      loc: {
        start: {
          ...token.loc.start
        },
        end: {
          ...token.loc.end
        }
      },
      ...range
    });
  }
  __name(createNullNode, "createNullNode");
  function parseProperty(tokenType) {
    if (json5) {
      assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
    } else {
      assertTokenType(tokenType, tt.String);
    }
    const token = tokenizer.token;
    if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
      throw new UnexpectedToken(token);
    }
    let key = tokenType === tt.String ? (
      /** @type {StringNode} */
      createLiteralNode(tokenType)
    ) : (
      /** @type {IdentifierNode|NaNNode|InfinityNode} */
      createJSON5IdentifierNode(token)
    );
    if (json5 && (key.type === "NaN" || key.type === "Infinity")) {
      if (key.sign !== "") {
        throw new UnexpectedToken(tokenizer.token);
      }
      key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
    }
    tokenType = next();
    assertTokenType(tokenType, tt.Colon);
    const value = parseValue();
    const range = createRange(key.loc.start, value.loc.end);
    return types.member(
      /** @type {StringNode|IdentifierNode} */
      key,
      /** @type {ValueNode} */
      value,
      {
        loc: {
          start: {
            ...key.loc.start
          },
          end: {
            ...value.loc.end
          }
        },
        ...range
      }
    );
  }
  __name(parseProperty, "parseProperty");
  function parseObject(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBrace);
    const firstToken = tokenizer.token;
    const members = [];
    let tokenType = next();
    if (tokenType !== tt.RBrace) {
      do {
        members.push(parseProperty(tokenType));
        tokenType = next();
        if (!tokenType) {
          throw new UnexpectedEOF(members[members.length - 1].loc.end);
        }
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBrace) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBrace);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.object(members, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  __name(parseObject, "parseObject");
  function parseArray(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBracket);
    const firstToken = tokenizer.token;
    const elements = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements.push(types.element(
          /** @type {ValueNode} */
          value,
          { loc: value.loc }
        ));
        tokenType = next();
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBracket) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBracket);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.array(elements, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  __name(parseArray, "parseArray");
  function parseValue(tokenType) {
    tokenType = tokenType ?? next();
    const token = tokenizer.token;
    if (!tokenType) {
      throw new UnexpectedEOF({
        line: 1,
        column: 1,
        offset: 0
      });
    }
    switch (tokenType) {
      case tt.String:
      case tt.Boolean:
        return createLiteralNode(tokenType);
      case tt.Number:
        if (json5) {
          let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
          if (tokenText[0] === "+" || tokenText[0] === "-") {
            tokenText = tokenText.slice(1);
          }
          if (tokenText === "NaN" || tokenText === "Infinity") {
            return createJSON5IdentifierNode(token);
          }
        }
        return createLiteralNode(tokenType);
      case tt.Null:
        return createNullNode(token);
      case tt.LBrace:
        return parseObject(tokenType);
      case tt.LBracket:
        return parseArray(tokenType);
      default:
        throw new UnexpectedToken(token);
    }
  }
  __name(parseValue, "parseValue");
  const docBody = parseValue();
  const unexpectedToken = next();
  if (unexpectedToken) {
    throw new UnexpectedToken(tokenizer.token);
  }
  const textEndLocation = getEndLocation(text);
  const docParts = {
    loc: {
      start: {
        line: 1,
        column: 1,
        offset: 0
      },
      end: {
        ...textEndLocation
      }
    }
  };
  if (options.tokens) {
    docParts.tokens = tokens;
  }
  if (options.ranges) {
    docParts.range = [
      docParts.loc.start.offset,
      docParts.loc.end.offset
    ];
  }
  return types.document(
    /** @type {ValueNode} */
    docBody,
    docParts
  );
}
__name(parse, "parse");

// src/template/json.ts
var JsonSyntaxError = class extends Error {
  static {
    __name(this, "JsonSyntaxError");
  }
  pos;
  constructor(message, pos) {
    super(message);
    this.name = "JsonSyntaxError";
    this.pos = pos;
  }
};
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const simple = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  if (!simple) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}
__name(childPath, "childPath");
function toPos(p) {
  return { line: p.line, column: p.column, offset: p.offset };
}
__name(toPos, "toPos");
function convert(node, path2, text) {
  const pos = toPos(node.loc.start);
  switch (node.type) {
    case "String":
      return { kind: "string", value: node.value, pos, path: path2 };
    case "Number":
      return {
        kind: "number",
        value: node.value,
        raw: text.slice(node.loc.start.offset, node.loc.end.offset),
        pos,
        path: path2
      };
    case "Boolean":
      return { kind: "boolean", value: node.value, pos, path: path2 };
    case "Null":
      return { kind: "null", value: null, pos, path: path2 };
    case "Array":
      return {
        kind: "array",
        pos,
        path: path2,
        items: node.elements.map((el, i) => convert(el.value, childPath(path2, i), text))
      };
    case "Object":
      return {
        kind: "object",
        pos,
        path: path2,
        members: node.members.map((m) => {
          const key = m.name.type === "String" ? m.name.value : m.name.name;
          const p = childPath(path2, key);
          return {
            key,
            keyPos: toPos(m.name.loc.start),
            path: p,
            value: convert(m.value, p, text)
          };
        })
      };
    default:
      throw new JsonSyntaxError(`unexpected JSON node ${node.type}`, pos);
  }
}
__name(convert, "convert");
function parseJson(text) {
  let ast;
  try {
    ast = parse(text, { mode: "json", ranges: false, tokens: false });
  } catch (err) {
    const e = err;
    const message = (e.message ?? String(err)).replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonSyntaxError(message, { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset ?? 0 });
  }
  return convert(ast.body, "", text);
}
__name(parseJson, "parseJson");
function toPlain(node) {
  switch (node.kind) {
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const m of node.members) out[m.key] = toPlain(m.value);
      return out;
    }
    default:
      return node.value;
  }
}
__name(toPlain, "toPlain");
function member(obj, key) {
  for (let i = obj.members.length - 1; i >= 0; i--) if (obj.members[i].key === key) return obj.members[i];
  return void 0;
}
__name(member, "member");
function goTypeName(node) {
  switch (node.kind) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    case "null":
      return "<nil>";
    case "array":
      return "[]interface {}";
    case "object":
      return "map[string]interface {}";
  }
}
__name(goTypeName, "goTypeName");

// src/template/json-syntax.ts
var isSpace2 = /* @__PURE__ */ __name((c) => c === 32 || c === 9 || c === 13 || c === 10, "isSpace");
var isDigit2 = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57, "isDigit");
var isHex = /* @__PURE__ */ __name((c) => isDigit2(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70, "isHex");
function goQuoteChar(c) {
  if (c === 39) return "'\\''";
  if (c === 34) return `'"'`;
  const named = {
    7: "\\a",
    8: "\\b",
    12: "\\f",
    10: "\\n",
    13: "\\r",
    9: "\\t",
    11: "\\v"
  };
  if (named[c]) return `'${named[c]}'`;
  if (c === 92) return "'\\\\'";
  if (c < 32 || c === 127) return `'\\x${c.toString(16).padStart(2, "0")}'`;
  if (c >= 128 && c < 160) return `'\\u${c.toString(16).padStart(4, "0")}'`;
  if (c === 173) return "'\\u00ad'";
  return `'${String.fromCharCode(c)}'`;
}
__name(goQuoteChar, "goQuoteChar");
function checkGoJson(input, opts = {}) {
  return scanGoJson(input, opts).error;
}
__name(checkGoJson, "checkGoJson");
function scanGoJson(input, opts = {}) {
  const data = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const trailing = opts.trailing ?? true;
  const stack = [];
  let err;
  let endTop = false;
  let endAt = -1;
  let pos = 0;
  const fail = /* @__PURE__ */ __name((c, context) => {
    err = { message: `invalid character ${goQuoteChar(c)} ${context}`, byteOffset: pos, eof: false };
    return null;
  }, "fail");
  const pop = /* @__PURE__ */ __name(() => {
    stack.pop();
    if (stack.length === 0) {
      endTop = true;
      if (endAt < 0) endAt = pos + 1;
      return endTopStep;
    }
    return endValue;
  }, "pop");
  const endTopStep = /* @__PURE__ */ __name((c) => isSpace2(c) ? endTopStep : fail(c, "after top-level value"), "endTopStep");
  const endValue = /* @__PURE__ */ __name((c) => {
    const n = stack.length;
    if (n === 0) {
      endTop = true;
      if (endAt < 0) endAt = pos;
      return trailing ? endTopStep(c) : endTopStep;
    }
    if (isSpace2(c)) return endValue;
    switch (stack[n - 1]) {
      case "objKey":
        if (c === 58) {
          stack[n - 1] = "objValue";
          return beginValue;
        }
        return fail(c, "after object key");
      case "objValue":
        if (c === 44) {
          stack[n - 1] = "objKey";
          return beginString;
        }
        if (c === 125) return pop();
        return fail(c, "after object key:value pair");
      default:
        if (c === 44) return beginValue;
        if (c === 93) return pop();
        return fail(c, "after array element");
    }
  }, "endValue");
  const beginValue = /* @__PURE__ */ __name((c) => {
    if (isSpace2(c)) return beginValue;
    switch (c) {
      case 123:
        stack.push("objKey");
        return beginStringOrEmpty;
      case 91:
        stack.push("arrValue");
        return beginValueOrEmpty;
      case 34:
        return inString;
      case 45:
        return neg;
      case 48:
        return zero;
      case 116:
        return literal("true", 1);
      case 102:
        return literal("false", 1);
      case 110:
        return literal("null", 1);
    }
    if (c >= 49 && c <= 57) return one;
    return fail(c, "looking for beginning of value");
  }, "beginValue");
  const beginValueOrEmpty = /* @__PURE__ */ __name((c) => {
    if (isSpace2(c)) return beginValueOrEmpty;
    if (c === 93) return pop();
    return beginValue(c);
  }, "beginValueOrEmpty");
  const beginStringOrEmpty = /* @__PURE__ */ __name((c) => {
    if (isSpace2(c)) return beginStringOrEmpty;
    if (c === 125) return pop();
    return beginString(c);
  }, "beginStringOrEmpty");
  const beginString = /* @__PURE__ */ __name((c) => {
    if (isSpace2(c)) return beginString;
    if (c === 34) return inString;
    return fail(c, "looking for beginning of object key string");
  }, "beginString");
  const inString = /* @__PURE__ */ __name((c) => {
    if (c === 34) return endValue;
    if (c === 92) return inStringEsc;
    if (c < 32) return fail(c, "in string literal");
    return inString;
  }, "inString");
  const inStringEsc = /* @__PURE__ */ __name((c) => {
    if ([98, 102, 110, 114, 116, 92, 47, 34].includes(c)) return inString;
    if (c === 117) return hexEsc(4);
    return fail(c, "in string escape code");
  }, "inStringEsc");
  const hexEsc = /* @__PURE__ */ __name((left) => (c) => {
    if (!isHex(c)) return fail(c, "in \\u hexadecimal character escape");
    return left === 1 ? inString : hexEsc(left - 1);
  }, "hexEsc");
  const neg = /* @__PURE__ */ __name((c) => {
    if (c === 48) return zero;
    if (c >= 49 && c <= 57) return one;
    return fail(c, "in numeric literal");
  }, "neg");
  const one = /* @__PURE__ */ __name((c) => isDigit2(c) ? one : zero(c), "one");
  const zero = /* @__PURE__ */ __name((c) => {
    if (c === 46) return dot;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "zero");
  const dot = /* @__PURE__ */ __name((c) => isDigit2(c) ? dot0 : fail(c, "after decimal point in numeric literal"), "dot");
  const dot0 = /* @__PURE__ */ __name((c) => {
    if (isDigit2(c)) return dot0;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "dot0");
  const exp = /* @__PURE__ */ __name((c) => c === 43 || c === 45 ? expSign : expSign(c), "exp");
  const expSign = /* @__PURE__ */ __name((c) => isDigit2(c) ? exp0 : fail(c, "in exponent of numeric literal"), "expSign");
  const exp0 = /* @__PURE__ */ __name((c) => isDigit2(c) ? exp0 : endValue(c), "exp0");
  const literal = /* @__PURE__ */ __name((word, i) => (c) => {
    const want = word.charCodeAt(i);
    if (c !== want) return fail(c, `in literal ${word} (expecting '${word[i]}')`);
    return i === word.length - 1 ? endValue : literal(word, i + 1);
  }, "literal");
  let step = beginValue;
  for (pos = 0; pos < data.length; pos++) {
    if (!trailing && endTop) return { end: endAt };
    step = step(data[pos]);
    if (step === null) return { error: err, end: pos };
  }
  if (endTop) return { end: endAt };
  const last = step(32);
  if (last !== null && endTop) return { end: data.length };
  return {
    error: { message: "unexpected end of JSON input", byteOffset: data.length, eof: true },
    end: data.length
  };
}
__name(scanGoJson, "scanGoJson");
function positionOfByte(text, byteOffset) {
  const index = Buffer.from(text, "utf8").subarray(0, byteOffset).toString("utf8").length;
  const clamped = Math.min(index, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}
__name(positionOfByte, "positionOfByte");

// src/template/duration.ts
var MAX_INT64 = (1n << 63n) - 1n;
var UNITS = {
  ns: 1n,
  us: 1000n,
  "\xB5s": 1000n,
  // U+00B5 micro sign
  "\u03BCs": 1000n,
  // U+03BC Greek letter mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
var DurationError = class extends Error {
  static {
    __name(this, "DurationError");
  }
  constructor(message) {
    super(message);
    this.name = "DurationError";
  }
};
var HEX = "0123456789abcdef";
function goTimeQuote(s) {
  const bytes = typeof s === "string" ? Buffer.from(s, "utf8") : s;
  let out = '"';
  for (const b of bytes) {
    if (b >= 128 || b < 32) out += `\\x${HEX[b >> 4]}${HEX[b & 15]}`;
    else out += b === 34 || b === 92 ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b);
  }
  return `${out}"`;
}
__name(goTimeQuote, "goTimeQuote");
var isDigit3 = /* @__PURE__ */ __name((b) => b >= 48 && b <= 57, "isDigit");
var DOT = 46;
function parseGoDuration(text) {
  const invalid = /* @__PURE__ */ __name(() => new DurationError(`time: invalid duration ${goTimeQuote(text)}`), "invalid");
  let s = Buffer.from(text, "utf8");
  let neg = false;
  if (s.length > 0 && (s[0] === 45 || s[0] === 43)) {
    neg = s[0] === 45;
    s = s.subarray(1);
  }
  if (s.length === 1 && s[0] === 48) return 0n;
  if (s.length === 0) throw invalid();
  let d = 0n;
  while (s.length > 0) {
    if (!(s[0] === DOT || isDigit3(s[0]))) throw invalid();
    let i = 0;
    let v = 0n;
    for (; i < s.length && isDigit3(s[i]); i++) {
      if (v > MAX_INT64 / 10n) throw invalid();
      v = v * 10n + BigInt(s[i] - 48);
      if (v > MAX_INT64) throw invalid();
    }
    const pre = i > 0;
    s = s.subarray(i);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s.length > 0 && s[0] === DOT) {
      s = s.subarray(1);
      let j = 0;
      let overflow = false;
      for (; j < s.length && isDigit3(s[j]); j++) {
        if (overflow) continue;
        if (f > MAX_INT64 / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s[j] - 48);
        if (y > MAX_INT64) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.subarray(j);
    }
    if (!pre && !post) throw invalid();
    let k = 0;
    for (; k < s.length; k++) if (s[k] === DOT || isDigit3(s[k])) break;
    if (k === 0) throw new DurationError(`time: missing unit in duration ${goTimeQuote(text)}`);
    const u = s.subarray(0, k);
    s = s.subarray(k);
    const unitName = u.toString("utf8");
    const unit = Object.hasOwn(UNITS, unitName) && Buffer.byteLength(unitName) === k ? UNITS[unitName] : void 0;
    if (unit === void 0) {
      throw new DurationError(`time: unknown unit ${goTimeQuote(u)} in duration ${goTimeQuote(text)}`);
    }
    if (v > MAX_INT64 / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX_INT64) throw invalid();
    }
    d += v;
    if (d > MAX_INT64) throw invalid();
  }
  return neg ? -d : d;
}
__name(parseGoDuration, "parseGoDuration");
function nanosToMillis(ns) {
  return Number(ns) / 1e6;
}
__name(nanosToMillis, "nanosToMillis");
function formatGoDuration(ms) {
  let ns = BigInt(Math.round(ms * 1e6));
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  if (neg) ns = -ns;
  let out;
  if (ns < 1000000000n) {
    if (ns < 1000n) out = `${ns}ns`;
    else if (ns < 1000000n) out = `${fraction(ns, 1000n)}\xB5s`;
    else out = `${fraction(ns, 1000000n)}ms`;
  } else {
    const h = ns / 3600000000000n;
    const rem = ns % 3600000000000n;
    const m = rem / 60000000000n;
    const sec = rem % 60000000000n;
    out = `${fraction(sec, 1000000000n)}s`;
    if (h > 0n || m > 0n) out = `${m}m${out}`;
    if (h > 0n) out = `${h}h${out}`;
  }
  return neg ? `-${out}` : out;
}
__name(formatGoDuration, "formatGoDuration");
function fraction(v, unit) {
  const whole = v / unit;
  const frac = v % unit;
  if (frac === 0n) return `${whole}`;
  const digits = String(unit).length - 1;
  return `${whole}.${String(frac).padStart(digits, "0").replace(/0+$/, "")}`;
}
__name(fraction, "fraction");

// src/template/meta-decode.ts
function goKindName(node) {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "null":
      return "invalid";
    default:
      return goTypeName(node);
  }
}
__name(goKindName, "goKindName");
function unconvertible(name, node, want) {
  return `'${name}' expected type '${want}', got unconvertible type '${goTypeName(node)}', value: '${goPrintValue(toPlain(node))}'`;
}
__name(unconvertible, "unconvertible");
function findMember(obj, name, claimed) {
  let exact;
  for (const m of obj.members) if (m.key === name) exact = m;
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const m of obj.members) if (!claimed.has(m) && m.key.toLowerCase() === lower) return m;
  return void 0;
}
__name(findMember, "findMember");
function decodeString(name, node, weak, errors) {
  switch (node.kind) {
    case "null":
      return void 0;
    case "string":
      return node.value;
    case "boolean":
      if (weak) return node.value ? "1" : "0";
      break;
    case "number":
      if (weak) return goFormatFloatF(node.value);
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "string") });
  return void 0;
}
__name(decodeString, "decodeString");
function decodeStringSlice(name, node, weak, errors) {
  if (node.kind === "null") return void 0;
  let items;
  if (node.kind === "array") items = node.items;
  else if (!weak) {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  } else if (node.kind === "object" && node.members.length === 0) return [];
  else items = [node];
  const out = [];
  const before = errors.length;
  items.forEach((item, i) => {
    const s = decodeString(`${name}[${i}]`, item, weak, errors);
    out.push(s ?? "");
  });
  return errors.length > before ? void 0 : out;
}
__name(decodeStringSlice, "decodeStringSlice");
function decodeMap(name, node, weak, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind === "object") return node;
  if (node.kind === "array" && weak) {
    const merged = { kind: "object", pos: node.pos, path: node.path, members: [] };
    const before = errors.length;
    node.items.forEach((item, i) => {
      const m = decodeMap(`${name}[${i}]`, item, weak, errors);
      if (m) merged.members.push(...m.members);
    });
    return errors.length > before ? void 0 : merged;
  }
  errors.push({ node, message: `'${name}' expected a map, got '${goKindName(node)}'` });
  return void 0;
}
__name(decodeMap, "decodeMap");
function decodeDuration(name, node, weak, errors) {
  switch (node.kind) {
    case "null":
      return void 0;
    case "string":
      try {
        return parseGoDuration(node.value);
      } catch (err) {
        const msg = err instanceof DurationError ? err.message : String(err);
        errors.push({ node, message: `error decoding '${name}': ${msg}` });
        return void 0;
      }
    case "number":
      return BigInt(Math.trunc(Number.isFinite(node.value) ? node.value : 0));
    case "boolean":
      if (weak) return node.value ? 1n : 0n;
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "time.Duration") });
  return void 0;
}
__name(decodeDuration, "decodeDuration");
function decodeBool(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind === "boolean") return node.value;
  errors.push({ node, message: unconvertible(name, node, "bool") });
  return void 0;
}
__name(decodeBool, "decodeBool");
function decodeMapSlice(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    const m = decodeMap(`${name}[${i}]`, item, false, errors);
    if (!m) return;
    for (const mem of m.members) decodeString(`${name}[${i}][${mem.key}]`, mem.value, false, errors);
    out.push(m);
  });
  return out;
}
__name(decodeMapSlice, "decodeMapSlice");
function decodeByteSlice(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  }
  node.items.forEach((item, i) => {
    if (item.kind !== "number" && item.kind !== "null") {
      errors.push({ node: item, message: unconvertible(`${name}[${i}]`, item, "uint8") });
    }
  });
  return void 0;
}
__name(decodeByteSlice, "decodeByteSlice");
function decodeValue(field, node, weak, errors) {
  switch (field.kind) {
    case "string":
      return decodeString(field.name, node, weak, errors);
    case "bool":
      return decodeBool(field.name, node, errors);
    case "stringSlice":
      return decodeStringSlice(field.name, node, weak, errors);
    case "map":
      return decodeMap(field.name, node, weak, errors);
    case "mapSlice":
      return decodeMapSlice(field.name, node, errors);
    case "duration":
      return decodeDuration(field.name, node, weak, errors);
    case "byteSlice":
      return decodeByteSlice(field.name, node, errors);
    case "any":
      return node;
  }
}
__name(decodeValue, "decodeValue");
function decodeMeta(obj, fields, weak) {
  const values = /* @__PURE__ */ new Map();
  const errors = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const field of fields) {
    const member2 = findMember(obj, field.name, claimed);
    if (!member2) continue;
    for (const m of obj.members) if (m.key === member2.key) claimed.add(m);
    const value = decodeValue(field, member2.value, weak, errors);
    if (value !== void 0) values.set(field.name, { value, node: member2.value, member: member2 });
  }
  const unused = obj.members.filter((m) => !claimed.has(m));
  return { values, errors, unused };
}
__name(decodeMeta, "decodeMeta");
function notAMap(node) {
  return `'' expected a map, got '${goKindName(node)}'`;
}
__name(notAMap, "notAMap");

// src/template/parse.ts
var genericKeyNodes = /* @__PURE__ */ new WeakMap();
var ROOT_FIELDS = [
  { name: "min_packer_version", kind: "string" },
  { name: "Description", kind: "string" },
  { name: "builders", kind: "any" },
  { name: "Comments", kind: "mapSlice" },
  { name: "Push", kind: "map" },
  { name: "post-processors", kind: "any" },
  { name: "Provisioners", kind: "any" },
  { name: "error-cleanup-provisioner", kind: "any" },
  { name: "Variables", kind: "map" },
  { name: "sensitive-variables", kind: "stringSlice" },
  { name: "RawContents", kind: "byteSlice" }
];
var BUILDER_FIELDS = [
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" }
];
var PROVISIONER_FIELDS = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" },
  { name: "Override", kind: "map" },
  { name: "pause_before", kind: "duration" },
  { name: "max_retries", kind: "string" },
  { name: "timeout", kind: "duration" }
];
var POST_PROCESSOR_FIELDS = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "keep_input_artifact", kind: "bool" },
  { name: "Config", kind: "map" }
];
var PROVISIONER_GENERIC_KEYS = /* @__PURE__ */ new Set([
  "except",
  "only",
  "override",
  "pause_before",
  "max_retries",
  "type",
  "timeout"
]);
var POST_PROCESSOR_GENERIC_KEYS = /* @__PURE__ */ new Set(["except", "only", "keep_input_artifact", "type", "name"]);
var BUILDER_GENERIC_KEYS = /* @__PURE__ */ new Set(["name", "type"]);
function withoutKeys(obj, keys) {
  return { ...obj, members: obj.members.filter((m) => !keys.has(m.key)) };
}
__name(withoutKeys, "withoutKeys");
function keyAt(m) {
  return { pos: m.keyPos, path: m.path };
}
__name(keyAt, "keyAt");
function checkDuplicateFields(node, bag) {
  if (node.kind === "number" && !Number.isFinite(node.value)) {
    bag.error(node, `json: cannot unmarshal number ${node.raw} into Go value of type float64`);
    return;
  }
  if (node.kind === "array") {
    for (const item of node.items) checkDuplicateFields(item, bag);
    return;
  }
  if (node.kind !== "object") return;
  const seen = /* @__PURE__ */ new Set();
  for (const m of node.members) {
    if (seen.has(m.key)) bag.error(keyAt(m), `template has duplicate field: ${m.key}`);
    seen.add(m.key);
    checkDuplicateFields(m.value, bag);
  }
}
__name(checkDuplicateFields, "checkDuplicateFields");
function report(bag, prefix, errors) {
  for (const e of errors) bag.error(e.node, `${prefix}${e.message}`);
}
__name(report, "report");
function emptyObjectAt(node) {
  return { kind: "object", pos: node.pos, path: node.path, members: [] };
}
__name(emptyObjectAt, "emptyObjectAt");
function parseVariables(node, sensitive, bag) {
  const out = /* @__PURE__ */ new Map();
  for (const m of node.members) {
    const v = m.value;
    if (v.kind !== "string" && v.kind !== "null") {
      bag.error(v, `variable ${m.key}: ${unconvertible("", v, "string")}`);
      out.delete(m.key);
      continue;
    }
    out.set(m.key, {
      name: m.key,
      default: v.kind === "string" ? v.value : "",
      required: v.kind === "null",
      sensitive: sensitive.includes(m.key),
      pos: m.keyPos,
      path: m.path
    });
  }
  return [...out.values()];
}
__name(parseVariables, "parseVariables");
function parseBuilders(node, bag) {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'builders': source data must be an array or slice, got ${kindOf2(node)}`);
    return [];
  }
  const out = [];
  const names = /* @__PURE__ */ new Set();
  node.items.forEach((item, i) => {
    const n = i + 1;
    if (item.kind === "null") {
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    if (item.kind !== "object") {
      bag.error(item, `builder ${n}: ${notAMap(item)}`);
      return;
    }
    const r = decodeMeta(item, BUILDER_FIELDS, true);
    if (r.errors.length > 0) {
      report(bag, `builder ${n}: `, r.errors);
      return;
    }
    const type = r.values.get("Type")?.value ?? "";
    if (type === "") {
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    const name = r.values.get("Name")?.value || type;
    if (names.has(name)) {
      const at = r.values.get("Name")?.node ?? item;
      bag.error(at, `builder ${n}: builder with name '${name}' already exists`);
      return;
    }
    names.add(name);
    out.push({
      index: i,
      type,
      rawName: name,
      name,
      config: withoutKeys(item, BUILDER_GENERIC_KEYS),
      node: item,
      pos: item.pos,
      path: item.path
    });
  });
  return out;
}
__name(parseBuilders, "parseBuilders");
function kindOf2(node) {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    default:
      return node.kind;
  }
}
__name(kindOf2, "kindOf");
function parseProvisioner(node, index, prefix, bag) {
  if (node.kind !== "object" && node.kind !== "null") {
    bag.error(node, `${prefix}Error decoding provisioner: ${notAMap(node)}`);
    return void 0;
  }
  const obj = node.kind === "object" ? node : emptyObjectAt(node);
  const r = decodeMeta(obj, PROVISIONER_FIELDS, true);
  if (r.errors.length > 0) {
    report(bag, `${prefix}Error decoding provisioner: `, r.errors);
    return void 0;
  }
  const type = r.values.get("Type")?.value ?? "";
  if (type === "") {
    bag.error(node, `${prefix}Provisioner missing 'type'`);
    return void 0;
  }
  const overrideNode = r.values.get("Override")?.value;
  const override = {};
  if (overrideNode) {
    for (const m of overrideNode.members) {
      if (m.value.kind === "object") override[m.key] = m.value;
      else if (m.value.kind === "null") override[m.key] = emptyObjectAt(m.value);
      else bag.error(m.value, `${prefix}Error decoding config: ${notAMap(m.value)}`);
    }
  }
  const maxRetries = r.values.get("max_retries");
  const p = {
    index,
    type,
    config: withoutKeys(obj, PROVISIONER_GENERIC_KEYS),
    node: obj,
    only: r.values.get("Only")?.value ?? [],
    except: r.values.get("Except")?.value ?? [],
    override,
    pauseBefore: millis(r.values.get("pause_before")?.value),
    maxRetries: 0,
    maxRetriesRaw: maxRetries?.value ?? "",
    timeout: millis(r.values.get("timeout")?.value),
    pos: obj.pos,
    path: obj.path
  };
  genericKeyNodes.set(p, {
    only: r.values.get("Only")?.node,
    except: r.values.get("Except")?.node,
    override: overrideNode,
    maxRetries: maxRetries?.node
  });
  return p;
}
__name(parseProvisioner, "parseProvisioner");
function millis(ns) {
  return typeof ns === "bigint" ? nanosToMillis(ns) : 0;
}
__name(millis, "millis");
function parsePostProcessors(node, bag) {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'post-processors': source data must be an array or slice, got ${kindOf2(node)}`);
    return [];
  }
  const out = [];
  node.items.forEach((raw, i) => {
    const n = i + 1;
    let entries;
    if (raw.kind === "string" || raw.kind === "object") entries = [raw];
    else if (raw.kind === "array") {
      let bad = false;
      raw.items.forEach((inner, j) => {
        if (inner.kind === "array") {
          bag.error(inner, `post-processor ${n}.${j + 1}: sequence not allowed to be nested in a sequence`);
          bad = true;
        } else if (inner.kind !== "string" && inner.kind !== "object") {
          bag.error(inner, `post-processor ${n}.${j + 1}: unknown format`);
          bad = true;
        }
      });
      if (bad) return;
      entries = raw.items;
    } else {
      bag.error(raw, `post-processor ${n}: bad format`);
      return;
    }
    const seq = [];
    entries.forEach((entry, j) => {
      const prefix = `post-processor ${n}.${j + 1}: `;
      if (entry.kind === "string") {
        if (entry.value === "") {
          bag.error(entry, `${prefix}type is required`);
          return;
        }
        seq.push(stringPostProcessor(entry, i, j));
        return;
      }
      const obj = entry;
      const r = decodeMeta(obj, POST_PROCESSOR_FIELDS, false);
      if (r.errors.length > 0) {
        report(bag, prefix, r.errors);
        return;
      }
      const type = r.values.get("Type")?.value ?? "";
      if (type === "") {
        bag.error(obj, `${prefix}type is required`);
        return;
      }
      const pp = {
        index: i,
        subIndex: j,
        type,
        name: r.values.get("Name")?.value || type,
        only: r.values.get("Only")?.value ?? [],
        except: r.values.get("Except")?.value ?? [],
        keepInputArtifact: r.values.get("keep_input_artifact")?.value,
        config: withoutKeys(obj, POST_PROCESSOR_GENERIC_KEYS),
        node: obj,
        pos: obj.pos,
        path: obj.path
      };
      genericKeyNodes.set(pp, { only: r.values.get("Only")?.node, except: r.values.get("Except")?.node });
      seq.push(pp);
    });
    out.push(seq);
  });
  return out;
}
__name(parsePostProcessors, "parsePostProcessors");
function stringPostProcessor(node, index, subIndex) {
  return {
    index,
    subIndex,
    type: node.value,
    name: node.value,
    only: [],
    except: [],
    config: emptyObjectAt(node),
    node,
    pos: node.pos,
    path: node.path
  };
}
__name(stringPostProcessor, "stringPostProcessor");
function parseTemplate2(root, bag) {
  checkDuplicateFields(root, bag);
  if (root.kind !== "object") {
    bag.error(root, notAMap(root));
    return void 0;
  }
  const r = decodeMeta(root, ROOT_FIELDS, false);
  report(bag, "", r.errors);
  const comments = {};
  const unknown = [...r.unused].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const m of unknown) {
    if (m.key.startsWith("_")) {
      if (m.value.kind === "string") comments[m.key] = m.value.value;
      else bag.error(m.value, `Failed to cast root level comment value in comment "${m.key}" to string.`);
      continue;
    }
    bag.error(keyAt(m), `Unknown root level key in template: '${m.key}'`);
  }
  for (const c of r.values.get("Comments")?.value ?? []) {
    for (const m of c.members) if (m.value.kind === "string") comments[m.key] = m.value.value;
  }
  const get = /* @__PURE__ */ __name((name) => r.values.get(name)?.value, "get");
  const sensitiveVariables = get("sensitive-variables") ?? [];
  const variablesNode = get("Variables");
  const variables = variablesNode ? parseVariables(variablesNode, sensitiveVariables, bag) : [];
  const buildersValue = r.values.get("builders");
  const builders = buildersValue ? parseBuilders(buildersValue.node, bag) : [];
  const ppValue = r.values.get("post-processors");
  const postProcessors = ppValue ? parsePostProcessors(ppValue.node, bag) : [];
  const provisioners = [];
  const provValue = r.values.get("Provisioners");
  if (provValue && provValue.node.kind !== "null") {
    const node = provValue.node;
    if (node.kind !== "array") {
      bag.error(node, `'Provisioners': source data must be an array or slice, got ${kindOf2(node)}`);
    } else {
      node.items.forEach((item, i) => {
        const p = parseProvisioner(item, i, `provisioner ${i + 1}: `, bag);
        if (p) provisioners.push(p);
      });
    }
  }
  let errorCleanupProvisioner;
  const cleanup = r.values.get("error-cleanup-provisioner");
  if (cleanup && cleanup.node.kind !== "null") {
    errorCleanupProvisioner = parseProvisioner(cleanup.node, -1, "On Error Cleanup Provisioner error: ", bag);
  }
  const minAt = r.values.get("min_packer_version");
  return {
    root,
    description: get("Description") ?? "",
    minPackerVersion: get("min_packer_version") ?? "",
    minPackerVersionAt: minAt ? { pos: minAt.node.pos, path: minAt.node.path } : void 0,
    comments,
    variables,
    sensitiveVariables,
    builders,
    buildersAt: buildersValue ? keyAt(buildersValue.member) : void 0,
    builderEntries: buildersValue?.node.kind === "array" ? buildersValue.node.items.length : 0,
    provisioners,
    postProcessors,
    errorCleanupProvisioner,
    push: get("Push")
  };
}
__name(parseTemplate2, "parseTemplate");
function nameAt(listNode, i, fallback) {
  if (listNode?.kind === "array" && listNode.items[i]) return listNode.items[i];
  return listNode ?? fallback;
}
__name(nameAt, "nameAt");
function validateOnlyExcept(thing, prefix, builderNames, bag) {
  const nodes = genericKeyNodes.get(thing) ?? {};
  if (thing.only.length > 0 && thing.except.length > 0) {
    bag.error(nodes.except ?? thing, `${prefix}only one of 'only' or 'except' may be specified`);
    return;
  }
  thing.only.forEach((n, i) => {
    if (!builderNames.has(n))
      bag.error(nameAt(nodes.only, i, thing), `${prefix}'only' specified builder '${n}' not found`);
  });
  thing.except.forEach((n, i) => {
    if (!builderNames.has(n)) {
      bag.error(nameAt(nodes.except, i, thing), `${prefix}'except' specified builder '${n}' not found`);
    }
  });
}
__name(validateOnlyExcept, "validateOnlyExcept");
function validateTemplate(t, bag) {
  if (t.builderEntries === 0) {
    bag.error(t.buildersAt ?? t.root, "at least one builder must be defined");
  }
  const names = new Set(t.builders.map((b) => b.rawName));
  for (const p of t.provisioners) {
    const prefix = `provisioner ${p.index + 1}: `;
    validateOnlyExcept(p, prefix, names, bag);
    const overrideNode = genericKeyNodes.get(p)?.override;
    for (const m of overrideNode?.members ?? []) {
      if (!names.has(m.key)) bag.error(keyAt(m), `${prefix}override '${m.key}' doesn't exist`);
    }
  }
  for (const seq of t.postProcessors) {
    for (const pp of seq)
      validateOnlyExcept(pp, `post-processor ${pp.index + 1}.${pp.subIndex + 1}: `, names, bag);
  }
}
__name(validateTemplate, "validateTemplate");

// src/template/variables.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = "<command line>";
var START = { pos: { line: 1, column: 1, offset: 0 }, path: "" };
function diag(file, at, message) {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}
__name(diag, "diag");
function parseVarArgs(args) {
  const values = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const arg of args) {
    const i = arg.indexOf("=");
    if (i < 0) {
      diagnostics.push(
        diag(COMMAND_LINE, START, `invalid value ${goQuote(arg)} for flag -var: No '=' value in arg: ${arg}`)
      );
      continue;
    }
    values.set(arg.slice(0, i), arg.slice(i + 1));
  }
  return { values, diagnostics };
}
__name(parseVarArgs, "parseVarArgs");
function kindWord(node) {
  switch (node.kind) {
    case "number":
      return "number";
    case "boolean":
      return "bool";
    case "array":
      return "array";
    case "object":
      return "object";
    default:
      return node.kind;
  }
}
__name(kindWord, "kindWord");
function parseVarFile(file, text) {
  const values = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const fail = /* @__PURE__ */ __name((at, message) => diagnostics.push(diag(file, at, `Error reading variables in '${file}': ${message}`)), "fail");
  const bytes = Buffer.from(text, "utf8");
  const scan = scanGoJson(bytes, { trailing: false });
  if (scan.error) {
    const e = scan.error;
    const message = e.eof ? text.trim() === "" ? "EOF" : "unexpected EOF" : e.message;
    const pos = positionOfByte(text, e.byteOffset);
    fail({ pos, path: "" }, message);
    return { values, diagnostics };
  }
  let root;
  try {
    root = parseJson(bytes.subarray(0, scan.end).toString("utf8"));
  } catch (err) {
    const e = err;
    fail({ pos: e.pos ?? START.pos, path: "" }, e.message);
    return { values, diagnostics };
  }
  if (root.kind === "null") return { values, diagnostics };
  if (root.kind !== "object") {
    fail(root, `json: cannot unmarshal ${kindWord(root)} into Go value of type kvflag.FlagJSON`);
    return { values, diagnostics };
  }
  for (const m of root.members) {
    const v = m.value;
    if (v.kind === "string") values.set(m.key, { value: v.value, at: v });
    else if (v.kind === "null") values.set(m.key, { value: "", at: v });
    else fail(v, `json: cannot unmarshal ${kindWord(v)} into Go value of type string`);
  }
  return { values, diagnostics };
}
__name(parseVarFile, "parseVarFile");
var DOT_REF = /\{\{([\t\n\f\r ]|)\.([^\n]*?)([\t\n\f\r ]|)\}\}/g;
var USER_CALL = /\{\{[\t\n\f\r ]*user[\t\n\f\r ]*`[^\n]*`[\t\n\f\r ]*\}\}/;
var VARIABLE_NOT_SET = "Error: variable not set:";
function renderExcludingDotRefs(text, userVariables, render) {
  const excluded = /* @__PURE__ */ new Map();
  let v = text;
  for (const match of text.match(DOT_REF) ?? []) {
    const id = randomUUID();
    v = v.split(match).join(id);
    excluded.set(id, match);
  }
  let rendered = render(v, userVariables);
  for (const [id, match] of excluded) rendered = rendered.split(id).join(match);
  return rendered;
}
__name(renderExcludingDotRefs, "renderExcludingDotRefs");
function goLess(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
__name(goLess, "goLess");
function isExecError(err) {
  return err?.kind === "exec";
}
__name(isExecError, "isExecError");
function resolveVariables(defaults, cli, render) {
  const variables = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of cli) variables[k] = v;
  const repeat = /* @__PURE__ */ new Map();
  const allKeys = [];
  for (const [k, v] of defaults) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  for (const [k, v] of cli) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  allKeys.sort(goLess);
  let entries = [
    ...Array.from({ length: repeat.size }, () => ({ key: "", value: "" })),
    ...allKeys.map((key) => ({ key, value: repeat.get(key) ?? "" }))
  ];
  let shouldRetry = true;
  let changed = false;
  let failed = "";
  let failedKey = "";
  for (let pass = 0; pass < 100; pass++) {
    shouldRetry = false;
    changed = false;
    const done = [];
    for (const kv of entries) {
      let rendered;
      try {
        rendered = renderExcludingDotRefs(kv.value, variables, render);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (isExecError(err)) {
          if (message.includes(VARIABLE_NOT_SET)) {
            shouldRetry = true;
            failed = `"${kv.key}": "${kv.value}"; error: ${message}`;
            failedKey = kv.key;
            continue;
          }
          return { values: publicValues(variables, repeat), error: { key: kv.key, message } };
        }
        return {
          values: publicValues(variables, repeat),
          error: { key: kv.key, message: `error interpolating default value for '${kv.key}': ${message}` }
        };
      }
      changed = true;
      variables[kv.key] = rendered;
      if (USER_CALL.test(kv.value)) shouldRetry = true;
      else done.push(kv.key);
    }
    if (!shouldRetry) break;
    for (const k of done) {
      const i = entries.findIndex((e) => e.key === k);
      if (i >= 0) entries = [...entries.slice(0, i), ...entries.slice(i + 1)];
    }
  }
  if (!changed && shouldRetry) {
    return {
      values: publicValues(variables, repeat),
      error: {
        key: failedKey,
        message: `Failed to interpolate ${failed}: Please make sure that the variable you're referencing has been defined; Packer treats all variables used to interpolate other user variables as required.`
      }
    };
  }
  return { values: publicValues(variables, repeat) };
}
__name(resolveVariables, "resolveVariables");
function publicValues(variables, declared) {
  const out = {};
  for (const [k, v] of Object.entries(variables)) if (k !== "" || declared.has("")) out[k] = v;
  return out;
}
__name(publicValues, "publicValues");

// src/template/version.ts
var PACKER_VERSION = "1.6.6";
var VERSION_RE = /^v?([0-9]+(\.[0-9]+)*?)(-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)|(-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)))?(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?$/;
var MAX_INT642 = (1n << 63n) - 1n;
function parseGoVersion(v) {
  const m = VERSION_RE.exec(v);
  if (!m) throw new Error(`Malformed version: ${v}`);
  const segments = m[1].split(".").map((s) => {
    const n = BigInt(s);
    if (n > MAX_INT642) {
      throw new Error(`Error parsing version: strconv.ParseInt: parsing "${s}": value out of range`);
    }
    return n;
  });
  while (segments.length < 3) segments.push(0n);
  return { segments, pre: m[7] || m[4] || "", metadata: m[10] || "" };
}
__name(parseGoVersion, "parseGoVersion");
function formatGoVersion(v) {
  let s = v.segments.map(String).join(".");
  if (v.pre) s += `-${v.pre}`;
  if (v.metadata) s += `+${v.metadata}`;
  return s;
}
__name(formatGoVersion, "formatGoVersion");
function segmentsLess(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y;
  }
  return false;
}
__name(segmentsLess, "segmentsLess");
function checkMinPackerVersion(min, actual = PACKER_VERSION) {
  if (min === "") return void 0;
  let want;
  try {
    want = parseGoVersion(min);
  } catch (err) {
    return `min_version is invalid: ${err.message}`;
  }
  const have = parseGoVersion(actual);
  if (segmentsLess(have.segments, want.segments)) {
    return `This template requires Packer version ${formatGoVersion(want)} or higher; using ${formatGoVersion(have)}`;
  }
  return void 0;
}
__name(checkMinPackerVersion, "checkMinPackerVersion");

// src/template/load.ts
var START2 = { pos: { line: 1, column: 1, offset: 0 }, path: "" };
function ioMessage(op, file, err) {
  const code = err.code;
  const text = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many levels of symbolic links"
  };
  const reason = (code && text[code]) ?? (err instanceof Error ? err.message : String(err));
  return `${code === "EISDIR" ? "read" : op} ${file}: ${reason}`;
}
__name(ioMessage, "ioMessage");
function readVarFiles(files, cwd, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    let text;
    try {
      text = readFileSync(path.resolve(cwd, file), "utf8");
    } catch (err) {
      const message = ioMessage("open", file, err);
      diagnostics.push(
        diagAt(
          file,
          START2,
          err.code === "EISDIR" ? `Error reading variables in '${file}': ${message}` : message
        )
      );
      continue;
    }
    const r = parseVarFile(file, text);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) out.set(k, { value: v.value, origin: { file, at: v.at } });
  }
  return out;
}
__name(readVarFiles, "readVarFiles");
function diagAt(file, at, message) {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}
__name(diagAt, "diagAt");
function goAtoi(s) {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  if (!/^[+-]?[0-9]+$/.test(s)) return syntax;
  const n = BigInt(s);
  if (n > (1n << 63n) - 1n || n < -(1n << 63n))
    return `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  return Number(n);
}
__name(goAtoi, "goAtoi");
function renderUntilStable(text, ctx) {
  let v = text;
  for (let i = 0; i < 100; i++) {
    const rendered = interpolate(v, ctx);
    if (rendered === v) return rendered;
    v = rendered;
  }
  return v;
}
__name(renderUntilStable, "renderUntilStable");
function goCompare(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
__name(goCompare, "goCompare");
function skips(thing, rawName) {
  if (thing.only.length > 0) return !thing.only.includes(rawName);
  if (thing.except.length > 0) return thing.except.includes(rawName);
  return false;
}
__name(skips, "skips");
function selectBuilds(t, only = [], except = []) {
  const byName = /* @__PURE__ */ new Map();
  for (const b of t.builders) byName.set(b.name, b);
  const names = [...byName.keys()].filter((n) => (only.length === 0 || only.includes(n)) && !except.includes(n)).sort(goCompare);
  return names.map((name) => {
    const builder = byName.get(name);
    const provisioners = t.provisioners.filter((p) => !skips(p, builder.rawName));
    const postProcessors = [];
    for (const seq of t.postProcessors) {
      const current = [];
      for (const pp of seq) {
        if (skips(pp, builder.rawName)) continue;
        if (except.some((e) => e !== "" && e === pp.name)) break;
        current.push(pp);
      }
      if (current.length > 0) postProcessors.push(current);
    }
    return {
      name,
      builder,
      provisioners,
      errorCleanupProvisioner: t.errorCleanupProvisioner,
      postProcessors
    };
  });
}
__name(selectBuilds, "selectBuilds");
function readTemplate(opts, abs, file, diagnostics) {
  if (opts.text !== void 0) return opts.text;
  try {
    if (statSync(abs).isDirectory() || /\.pkr\.(hcl|json)$/.test(abs)) {
      diagnostics.push(
        diagAt(
          file,
          START2,
          `HCL2 templates are not supported: ${file} (image-build reads Packer JSON templates)`
        )
      );
      return void 0;
    }
    return readFileSync(abs, "utf8");
  } catch (err) {
    diagnostics.push(diagAt(file, START2, `${goQuote(file)}: ${ioMessage("stat", file, err)}`));
    return void 0;
  }
}
__name(readTemplate, "readTemplate");
function loadTemplate(opts) {
  try {
    return loadUnsafe(opts);
  } catch (err) {
    const message = err instanceof RangeError ? "the document nests too deeply" : `internal error: ${err?.message ?? err}`;
    return { diagnostics: [diagAt(opts.path, START2, message)] };
  }
}
__name(loadTemplate, "loadTemplate");
function loadUnsafe(opts) {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const startTime = opts.startTime ?? /* @__PURE__ */ new Date();
  const file = opts.path;
  const abs = path.resolve(cwd, opts.path);
  const diagnostics = [];
  const fileValues = readVarFiles(opts.varFiles ?? [], cwd, diagnostics);
  const cli = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const [k, v] of fileValues) {
    cli.set(k, v.value);
    origins.set(k, v.origin);
  }
  if (Array.isArray(opts.vars)) {
    const r = parseVarArgs(opts.vars);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START2 });
    }
  } else {
    for (const [k, v] of Object.entries(opts.vars ?? {})) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START2 });
    }
  }
  const text = readTemplate(opts, abs, file, diagnostics);
  if (text === void 0) return { diagnostics };
  const syntax = checkGoJson(text);
  if (syntax) {
    const pos = positionOfByte(text, syntax.byteOffset);
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${syntax.message}`));
    return { diagnostics };
  }
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    const pos = err instanceof JsonSyntaxError ? err.pos : START2.pos;
    const raw = err.message;
    const message = err instanceof RangeError || /call stack/i.test(raw) ? "the document nests too deeply" : raw;
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${message}`));
    return { diagnostics };
  }
  const bag = new DiagnosticBag(file);
  const parsed = parseTemplate2(root, bag);
  if (!parsed) return { diagnostics: [...diagnostics, ...bag.items] };
  for (const v of parsed.variables) {
    if (!origins.has(v.name)) origins.set(v.name, { file, at: valueAt(parsed, v.name) ?? v });
  }
  const template = resolve2(parsed, {
    opts,
    abs,
    file,
    env,
    cwd,
    startTime,
    text,
    cli,
    origins,
    bag,
    diagnostics
  });
  return { template, diagnostics: [...diagnostics, ...bag.items] };
}
__name(loadUnsafe, "loadUnsafe");
function valueAt(parsed, name) {
  const vars = parsed.root.members.find((m) => m.key.toLowerCase() === "variables")?.value;
  if (vars?.kind !== "object") return void 0;
  let found;
  for (const m of vars.members) if (m.key === name) found = m.value;
  return found;
}
__name(valueAt, "valueAt");
function resolve2(parsed, input) {
  const { opts, abs, env, cwd, startTime, cli, origins, bag } = input;
  const base = { templatePath: abs, env, cwd, startTime };
  const defaults = new Map(parsed.variables.map((v) => [v.name, v.default]));
  let values;
  if (opts.syntaxOnly) {
    values = Object.fromEntries([...defaults, ...cli]);
  } else {
    validateTemplate(parsed, bag);
    const minError = checkMinPackerVersion(parsed.minPackerVersion);
    if (minError) bag.error(parsed.minPackerVersionAt ?? parsed.root, minError);
    for (const v of parsed.variables) {
      if (v.required && !cli.has(v.name)) bag.error(v, `required variable not set: ${v.name}`);
    }
    const r = resolveVariables(
      defaults,
      cli,
      (t2, userVariables) => interpolate(t2, { ...base, userVariables, enableEnv: true, strictUserVariables: true })
    );
    values = r.values;
    if (r.error) {
      const origin = origins.get(r.error.key) ?? { file: input.file, at: START2 };
      input.diagnostics.push(diagAt(origin.file, origin.at, r.error.message));
    }
  }
  const secrets = /* @__PURE__ */ new Set();
  for (const v of parsed.variables) {
    const value = values[v.name];
    if (v.sensitive && value) secrets.add(value);
  }
  const renderName = /* @__PURE__ */ __name((s) => renderUntilStable(s, { ...base, userVariables: values }), "renderName");
  const seen = /* @__PURE__ */ new Map();
  for (const b of parsed.builders) {
    if (!opts.syntaxOnly) {
      try {
        b.name = renderName(b.rawName);
      } catch (err) {
        const at = b.node.members.find((m) => m.key.toLowerCase() === "name")?.value ?? b;
        bag.error(at, `Error interpolating builder '${b.rawName}': ${err.message}`);
      }
    }
    const prev = seen.get(b.name);
    if (prev !== void 0 && !opts.syntaxOnly) {
      bag.error(b, `builder ${b.index + 1}: builder with name '${b.name}' already exists`);
    }
    seen.set(b.name, b.index);
  }
  const provisioners = [...parsed.provisioners];
  if (parsed.errorCleanupProvisioner) provisioners.push(parsed.errorCleanupProvisioner);
  for (const p of provisioners) {
    if (p.maxRetriesRaw === "") continue;
    const at = genericKeyNodes.get(p)?.maxRetries ?? p;
    let rendered = p.maxRetriesRaw;
    if (!opts.syntaxOnly) {
      try {
        rendered = renderName(p.maxRetriesRaw);
      } catch (err) {
        bag.error(at, `failed to interpolate \`max_retries\`: ${err.message}`);
        continue;
      }
    }
    const n = goAtoi(rendered);
    if (typeof n === "number") p.maxRetries = n;
    else if (!opts.syntaxOnly) bag.error(at, `\`max_retries\` must be a valid integer: ${n}`);
  }
  const t = {
    path: abs,
    dir: path.dirname(abs),
    text: input.text,
    root: parsed.root,
    description: parsed.description,
    minPackerVersion: parsed.minPackerVersion,
    comments: parsed.comments,
    variables: parsed.variables,
    sensitiveVariables: parsed.sensitiveVariables,
    values,
    secrets: [...secrets],
    builders: parsed.builders,
    provisioners: parsed.provisioners,
    postProcessors: parsed.postProcessors,
    errorCleanupProvisioner: parsed.errorCleanupProvisioner,
    push: parsed.push,
    builds: [],
    env,
    cwd,
    startTime
  };
  t.builds = selectBuilds(t, opts.only, opts.except);
  return t;
}
__name(resolve2, "resolve");

// src/builders/alicloud-ecs/config.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { statSync as statSync3 } from "node:fs";
import { resolve as resolve4 } from "node:path";

// src/communicator/config.ts
var import_ssh2 = __toESM(require_lib(), 1);
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { resolve as resolve3 } from "node:path";

// src/template/deprecated.ts
var MANIFEST_PLUGIN_TYPE = "packer.post-processor.manifest";
var ALICLOUD_PLUGIN_TYPE = "alibaba.alicloud";
var SHELL_PLUGIN_TYPE = "shell";
var FILE_PLUGIN_TYPE = "file";
var DEPRECATED_OPTIONS = {
  "*": [
    "iso_md5",
    "ssh_key_path",
    "ssh_disable_agent",
    "ssh_host_port_min",
    "ssh_host_port_max",
    "ssh_skip_nat_mapping",
    "ssh_wait_timeout",
    "iso_checksum_url",
    "iso_checksum_type"
  ],
  [MANIFEST_PLUGIN_TYPE]: ["filename"]
};
var BUILDER_RENAMES = {
  ssh_key_path: "ssh_private_key_file",
  ssh_disable_agent: "ssh_disable_agent_forwarding",
  ssh_wait_timeout: "ssh_timeout"
};
var RENAMES = {
  [ALICLOUD_PLUGIN_TYPE]: BUILDER_RENAMES,
  [MANIFEST_PLUGIN_TYPE]: { filename: "output" }
};
function goGlob(pattern, subject) {
  if (pattern === "*") return true;
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === subject;
  const leadingGlob = pattern.startsWith("*");
  const trailingGlob = pattern.endsWith("*");
  const end = parts.length - 1;
  let rest = subject;
  for (let i = 0; i < end; i++) {
    const idx = rest.indexOf(parts[i]);
    if (i === 0) {
      if (!leadingGlob && idx !== 0) return false;
    } else if (idx < 0) return false;
    rest = rest.slice(idx + parts[i].length);
  }
  return trailingGlob || rest.endsWith(parts[end]);
}
__name(goGlob, "goGlob");
function isDeprecatedKey(pluginType, name) {
  if (!pluginType) return false;
  return Object.entries(DEPRECATED_OPTIONS).some(
    ([glob, keys]) => goGlob(glob, pluginType) && keys.includes(name)
  );
}
__name(isDeprecatedKey, "isDeprecatedKey");
function fixRename(pluginType, name) {
  if (!pluginType) return void 0;
  const renames = RENAMES[pluginType];
  return renames && Object.hasOwn(renames, name) ? renames[name] : void 0;
}
__name(fixRename, "fixRename");
function deprecatedKeyMessage(name, replacement) {
  const packer = `Deprecated configuration key: '${name}'. Please call \`packer fix\` against your template to update your template to be compatible with the current version of Packer. Visit https://www.packer.io/docs/commands/fix/ for more detail.`;
  return replacement ? `${packer} (image-build: use '${replacement}' instead)` : packer;
}
__name(deprecatedKeyMessage, "deprecatedKeyMessage");

// src/template/decode.ts
var SENSITIVE = "<sensitive>";
var Renderer = class {
  constructor(fn2, bag) {
    this.fn = fn2;
    this.bag = bag;
  }
  fn;
  bag;
  static {
    __name(this, "Renderer");
  }
  /** Inside a secret field: its text never goes into a message. */
  sensitive = false;
  /**
   * Renders one string. Failures read as Packer's RenderMap reports them, naming the top-level key:
   * `invalid 'k': <parse error> in:\n\n<text>` or `render 'k': <exec error> in:\n\n<text>`.
   */
  str(text, node, key) {
    if (!this.fn) return text;
    try {
      return this.fn(text, node);
    } catch (err) {
      const parse2 = err instanceof InterpolateError && err.kind === "parse";
      const message = err instanceof Error ? err.message : String(err);
      const shown = this.sensitive ? SENSITIVE : text;
      this.bag.error(node, `${parse2 ? "invalid" : "render"} '${key}': ${message} in:

${shown}`);
      return text;
    }
  }
  /** Renders a node; `spec` tells which nested fields stay raw; `key` (top-level) names it in errors. */
  node(node, type, raw, key) {
    switch (node.kind) {
      case "string":
        return { t: "scalar", node, v: raw ? node.value : this.str(node.value, node, key) };
      case "number":
      case "boolean":
      case "null":
        return { t: "scalar", node, v: node.value };
      case "array": {
        const itemType = type && typeof type === "object" && "objectList" in type ? { object: type.objectList } : void 0;
        return { t: "array", node, items: node.items.map((it) => this.node(it, itemType ?? type, raw, key)) };
      }
      case "object": {
        const spec = specOf(type);
        return { t: "object", node, members: this.members(node, spec, raw, false, [], key) };
      }
    }
  }
  /** Members of an object, last duplicate winning (Go's encoding/json), keys rendered below the top. */
  members(obj, spec, raw, top, rawKeys, topKey = "") {
    const byKey = /* @__PURE__ */ new Map();
    for (const m of obj.members) {
      const key = top || raw ? m.key : this.str(m.key, m.value, topKey);
      const field = spec && Object.hasOwn(spec, key) ? spec[key] : void 0;
      const keepRaw = raw || field?.noRender === true || top && rawKeys.includes(key);
      const outer = this.sensitive;
      this.sensitive = outer || field?.secret === true;
      const value = this.node(m.value, field?.type, keepRaw, top ? key : topKey);
      this.sensitive = outer;
      byKey.delete(key);
      byKey.set(key, { key, keyAt: { pos: m.keyPos, path: m.path }, value });
    }
    return [...byKey.values()];
  }
};
function specOf(type) {
  if (type && typeof type === "object" && "object" in type) return type.object;
  return void 0;
}
__name(specOf, "specOf");
function plain(r) {
  if (r.t === "scalar") return r.v;
  if (r.t === "array") return r.items.map(plain);
  const out = {};
  for (const m of r.members) out[m.key] = plain(m.value);
  return out;
}
__name(plain, "plain");
var INVALID = /* @__PURE__ */ Symbol("invalid");
var Decoder = class {
  constructor(bag) {
    this.bag = bag;
  }
  bag;
  static {
    __name(this, "Decoder");
  }
  /** Inside a secret field: values are shown as `<sensitive>` in messages. */
  sensitive = false;
  positions = /* @__PURE__ */ new Map();
  set = /* @__PURE__ */ new Set();
  secrets = [];
  /** Keys no field claims (mapstructure's `Unused`), by mapstructure name. */
  unused = [];
  unconvertible(r, name, target) {
    const v = plain(r);
    this.bag.error(
      r.node,
      `'${name}' expected type '${target}', got unconvertible type '${goTypeOf(v)}', value: '${this.sensitive ? SENSITIVE : goPrintValue(v)}'`
    );
    return INVALID;
  }
  /** A value quoted for a message (strconv.Quote), unless it belongs to a secret field. */
  quote(v) {
    return this.sensitive ? `"${SENSITIVE}"` : goQuote(v);
  }
  notAMap(r, name) {
    this.bag.error(r.node, `'${name}' expected a map, got '${goKindOf(plain(r))}'`);
    return INVALID;
  }
  string(r, name) {
    if (r.t !== "scalar") return this.unconvertible(r, name, "string");
    const v = r.v;
    if (v === null) return "";
    if (typeof v === "string") return v;
    if (typeof v === "number") return goFormatFloatF(v);
    return v ? "1" : "0";
  }
  int(r, name) {
    if (r.t !== "scalar") return this.unconvertible(r, name, "int");
    const v = r.v;
    if (v === null) return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return goFloatToInt64(v);
    const parsed = goParseInt(v === "" ? "0" : v);
    if (typeof parsed === "string") {
      this.bag.error(
        r.node,
        `cannot parse '${name}' as int: strconv.ParseInt: parsing ${this.quote(v)}: ${parsed}`
      );
      return INVALID;
    }
    return parsed;
  }
  bool(r, name) {
    if (r.t !== "scalar") return this.unconvertible(r, name, "bool");
    const v = r.v;
    if (v === null) return false;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (v === "") return false;
    const b = goParseBool(v);
    if (b === void 0) {
      this.bag.error(
        r.node,
        `cannot parse '${name}' as bool: strconv.ParseBool: parsing ${this.quote(v)}: invalid syntax`
      );
      return INVALID;
    }
    return b;
  }
  trilean(r, name) {
    if (r.t !== "scalar") return this.unconvertible(r, name, "config.Trilean");
    const v = r.v;
    if (v === null) return void 0;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") {
      const u = Math.trunc(v) & 255;
      return u === 1 ? true : u === 2 ? false : void 0;
    }
    if (v === "") return void 0;
    const b = goParseBool(v);
    if (b === void 0) {
      this.bag.error(
        r.node,
        `error decoding '${name}': Error parsing bool from given var: strconv.ParseBool: parsing ${this.quote(v)}: invalid syntax`
      );
      return INVALID;
    }
    return b;
  }
  duration(r, name) {
    if (r.t !== "scalar") return this.unconvertible(r, name, "time.Duration");
    const v = r.v;
    if (v === null) return 0;
    if (typeof v === "boolean") return v ? nanosToMillis(1n) : 0;
    if (typeof v === "number") return nanosToMillis(BigInt(goFloatToInt64(v)));
    try {
      return nanosToMillis(parseGoDuration(v));
    } catch (err) {
      if (!(err instanceof DurationError)) throw err;
      this.bag.error(r.node, `error decoding '${name}': ${err.message}`);
      return INVALID;
    }
  }
  /** Weak slice decoding: a string is split on ",", any other single value becomes a one-item list. */
  listItems(r) {
    if (r.t === "array") return r.items;
    if (r.t === "scalar" && typeof r.v === "string") {
      if (r.v === "") return [];
      return r.v.split(",").map((part) => ({ t: "scalar", node: r.node, v: part }));
    }
    return [r];
  }
  stringList(r, name) {
    const out = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      const s = this.string(item, n);
      if (s === INVALID) ok = false;
      else out.push(s);
    });
    return ok ? out : INVALID;
  }
  /** Go `[]byte` (Packer's internal key fields): a list of uint8, a string split on "," first. */
  bytes(r, name) {
    const out = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      if (item.t !== "scalar") {
        this.unconvertible(item, n, "uint8");
        ok = false;
        return;
      }
      const v = item.v;
      if (v === null) out.push(0);
      else if (typeof v === "boolean") out.push(v ? 1 : 0);
      else if (typeof v === "number") out.push(Math.trunc(v) & 255);
      else {
        const parsed = /^[+-]/.test(v) ? "invalid syntax" : goParseInt(v === "" ? "0" : v);
        const reason = typeof parsed === "string" ? parsed : parsed > 255 ? "value out of range" : void 0;
        if (reason) {
          this.bag.error(
            item.node,
            `cannot parse '${n}' as uint: strconv.ParseUint: parsing ${this.quote(v)}: ${reason}`
          );
          ok = false;
        } else out.push(parsed);
      }
    });
    return ok ? out : INVALID;
  }
  stringMap(r, name) {
    const out = {};
    if (r.t === "object") return this.mapFromObject(r, name, out) ? out : INVALID;
    if (r.t === "array") {
      let ok = true;
      r.items.forEach((item, i) => {
        const n = `${name}[${i}]`;
        if (item.t === "scalar" && item.v === null) return;
        if (item.t !== "object") {
          this.notAMap(item, n);
          ok = false;
        } else if (!this.mapFromObject(item, n, out)) ok = false;
      });
      return ok ? out : INVALID;
    }
    return this.notAMap(r, name);
  }
  mapFromObject(r, name, out) {
    let ok = true;
    for (const m of r.members) {
      this.record(`${name}.${m.key}`, m.value);
      const s = this.string(m.value, `${name}[<interface {} Value>]`);
      if (s === INVALID) ok = false;
      else out[m.key] = s;
    }
    return ok;
  }
  object(r, spec, name, top, ignore) {
    if (r.t !== "object") return this.notAMap(r, name);
    const out = {};
    for (const m of r.members) {
      const n = name ? `${name}.${m.key}` : m.key;
      if (!Object.hasOwn(spec, m.key)) {
        if (top && (m.key === "type" || m.key.startsWith("packer_") || ignore.includes(m.key))) continue;
        this.unused.push({ at: m.keyAt, name: n });
        continue;
      }
      this.record(n, m.value);
      const field = spec[m.key];
      const outer = this.sensitive;
      this.sensitive = outer || field.secret === true;
      const v = this.field(m.value, field.type, n);
      this.sensitive = outer;
      if (v !== INVALID) out[m.key] = v;
    }
    for (const [key, field] of Object.entries(spec)) {
      const n = name ? `${name}.${key}` : key;
      if (!(key in out)) out[key] = this.zero(field.type, n);
      if (field.default !== void 0 && isZero(out[key])) out[key] = structuredClone(field.default);
      if (field.secret) collectSecrets(out[key], this.secrets);
    }
    return out;
  }
  objectList(r, spec, name) {
    const out = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      const v = item.t === "scalar" && item.v === null ? this.zeroObject(spec, n) : this.object(item, spec, n, false, []);
      if (v === INVALID) ok = false;
      else out.push(v);
    });
    return ok ? out : INVALID;
  }
  field(r, type, name) {
    if (r.t === "scalar" && r.v === null) return this.zero(type, name);
    this.set.add(name);
    switch (type) {
      case "string":
        return this.string(r, name);
      case "bool":
        return this.bool(r, name);
      case "trilean":
        return this.trilean(r, name);
      case "int":
        return this.int(r, name);
      case "duration":
        return this.duration(r, name);
      case "stringList":
        return this.stringList(r, name);
      case "bytes":
        return this.bytes(r, name);
      case "stringMap":
        return this.stringMap(r, name);
      case "any":
        return plain(r);
    }
    if ("object" in type) return this.object(r, type.object, name, false, []);
    return this.objectList(r, type.objectList, name);
  }
  zeroObject(spec, name) {
    const out = {};
    for (const [key, field] of Object.entries(spec)) {
      out[key] = this.zero(field.type, `${name}.${key}`);
      if (field.default !== void 0 && isZero(out[key])) out[key] = structuredClone(field.default);
    }
    return out;
  }
  zero(type, name) {
    switch (type) {
      case "string":
        return "";
      case "bool":
        return false;
      case "int":
      case "duration":
        return 0;
      case "trilean":
      case "any":
        return void 0;
      case "stringList":
      case "bytes":
        return [];
      case "stringMap":
        return {};
    }
    if ("object" in type) return this.zeroObject(type.object, name);
    return [];
  }
  record(name, r) {
    if (!this.positions.has(name)) this.positions.set(name, r.node);
    if (r.t === "array") {
      r.items.forEach((it, i) => {
        this.record(`${name}[${i}]`, it);
      });
    }
  }
};
function isZero(v) {
  if (v === void 0 || v === null || v === "" || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}
__name(isZero, "isZero");
function collectSecrets(v, into) {
  if (typeof v === "string") {
    if (v !== "" && !into.includes(v)) into.push(v);
  } else if (Array.isArray(v)) {
    if (v.length > 0 && v.every((x) => typeof x === "number"))
      collectSecrets(Buffer.from(v).toString("utf8"), into);
    else for (const x of v) collectSecrets(x, into);
  } else if (v && typeof v === "object") for (const x of Object.values(v)) collectSecrets(x, into);
}
__name(collectSecrets, "collectSecrets");
var BOOL_TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function goParseBool(s) {
  if (BOOL_TRUE.has(s)) return true;
  if (BOOL_FALSE.has(s)) return false;
  return void 0;
}
__name(goParseBool, "goParseBool");
var MIN_INT64 = -(1n << 63n);
var MAX_INT643 = (1n << 63n) - 1n;
function goParseInt(s) {
  let body = s;
  let neg = false;
  if (body.startsWith("+") || body.startsWith("-")) {
    neg = body[0] === "-";
    body = body.slice(1);
  }
  if (body === "") return "invalid syntax";
  let base = 10;
  let digits = body;
  let prefixed = false;
  if (body[0] === "0") {
    const p = body[1]?.toLowerCase();
    if (body.length >= 3 && p === "x") [base, digits, prefixed] = [16, body.slice(2), true];
    else if (body.length >= 3 && p === "o") [base, digits, prefixed] = [8, body.slice(2), true];
    else if (body.length >= 3 && p === "b") [base, digits, prefixed] = [2, body.slice(2), true];
    else [base, digits] = [8, body.slice(1)];
  }
  if (digits.includes("_") && !underscoreOK(body)) return "invalid syntax";
  if (!prefixed && base === 8 && digits === "") return 0;
  let n = 0n;
  let sawDigit = false;
  for (const ch of digits) {
    if (ch === "_") continue;
    const d = Number.parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return "invalid syntax";
    n = n * BigInt(base) + BigInt(d);
    sawDigit = true;
  }
  if (!sawDigit) return "invalid syntax";
  if (neg) n = -n;
  if (n < MIN_INT64 || n > MAX_INT643) return "value out of range";
  return Number(n);
}
__name(goParseInt, "goParseInt");
function goFloatToInt64(f) {
  if (!Number.isFinite(f) || f >= 9223372036854776e3 || f < -9223372036854776e3) return Number(MIN_INT64);
  return Math.trunc(f);
}
__name(goFloatToInt64, "goFloatToInt64");
function decodeConfig(node, spec, options) {
  const bag = new DiagnosticBag(options.file);
  const renderer = new Renderer(options.render, bag);
  const rendered = {
    t: "object",
    node,
    members: renderer.members(node, spec, false, true, options.noRender ?? [])
  };
  const decoder = new Decoder(bag);
  const value = decoder.object(rendered, spec, "", true, options.ignoreKeys ?? []);
  if (!bag.hasErrors) {
    for (const { at, name } of decoder.unused)
      bag.error(at, unusedKeyMessage(name, spec, options.pluginType));
  }
  const positions = decoder.positions;
  return {
    value,
    diagnostics: sortDiagnostics(bag.items),
    secrets: decoder.secrets,
    isSet: /* @__PURE__ */ __name((name) => decoder.set.has(name), "isSet"),
    positionOf: /* @__PURE__ */ __name((name) => {
      const n = positions.get(name);
      return n ? { pos: n.pos, path: n.path } : { pos: node.pos, path: node.path };
    }, "positionOf")
  };
}
__name(decodeConfig, "decodeConfig");
function unusedKeyMessage(name, spec, pluginType) {
  if (!isDeprecatedKey(pluginType, name)) return `unknown configuration key: '${goQuote(name)}'`;
  const rename = fixRename(pluginType, name);
  return deprecatedKeyMessage(name, rename && Object.hasOwn(spec, rename) ? rename : void 0);
}
__name(unusedKeyMessage, "unusedKeyMessage");
function sortDiagnostics(items) {
  return [...items].sort((a, b) => a.line - b.line || a.column - b.column);
}
__name(sortDiagnostics, "sortDiagnostics");

// src/communicator/config.ts
var communicatorSpec = {
  communicator: { type: "string" },
  pause_before_connecting: { type: "duration" },
  // SSH
  ssh_host: { type: "string" },
  ssh_port: { type: "int" },
  ssh_username: { type: "string" },
  ssh_password: { type: "string", secret: true },
  ssh_keypair_name: { type: "string" },
  temporary_key_pair_name: { type: "string" },
  temporary_key_pair_type: { type: "string" },
  temporary_key_pair_bits: { type: "int" },
  ssh_ciphers: { type: "stringList" },
  ssh_clear_authorized_keys: { type: "bool" },
  ssh_key_exchange_algorithms: { type: "stringList" },
  ssh_private_key_file: { type: "string" },
  ssh_certificate_file: { type: "string" },
  ssh_pty: { type: "bool" },
  ssh_timeout: { type: "duration" },
  ssh_wait_timeout: { type: "duration" },
  ssh_agent_auth: { type: "bool" },
  ssh_disable_agent_forwarding: { type: "bool" },
  ssh_handshake_attempts: { type: "int" },
  ssh_bastion_host: { type: "string" },
  ssh_bastion_port: { type: "int" },
  ssh_bastion_agent_auth: { type: "bool" },
  ssh_bastion_username: { type: "string" },
  ssh_bastion_password: { type: "string", secret: true },
  ssh_bastion_interactive: { type: "bool" },
  ssh_bastion_private_key_file: { type: "string" },
  ssh_bastion_certificate_file: { type: "string" },
  ssh_file_transfer_method: { type: "string" },
  ssh_proxy_host: { type: "string" },
  ssh_proxy_port: { type: "int" },
  ssh_proxy_username: { type: "string" },
  ssh_proxy_password: { type: "string", secret: true },
  ssh_keep_alive_interval: { type: "duration" },
  ssh_read_write_timeout: { type: "duration" },
  ssh_remote_tunnels: { type: "stringList" },
  ssh_local_tunnels: { type: "stringList" },
  // Internal []byte fields in Packer (decoded as Go decodes them: lists of byte values).
  ssh_public_key: { type: "bytes" },
  ssh_private_key: { type: "bytes", secret: true },
  // WinRM
  winrm_username: { type: "string" },
  winrm_password: { type: "string", secret: true },
  winrm_host: { type: "string" },
  winrm_no_proxy: { type: "bool" },
  winrm_port: { type: "int" },
  winrm_timeout: { type: "duration" },
  winrm_use_ssl: { type: "bool" },
  winrm_insecure: { type: "bool" },
  winrm_use_ntlm: { type: "bool" }
};
function prepareCommunicator(decoded, ctx, report2) {
  const v = decoded.value;
  const s = /* @__PURE__ */ __name((k) => v[k] ?? "", "s");
  const n = /* @__PURE__ */ __name((k) => v[k] ?? 0, "n");
  const b = /* @__PURE__ */ __name((k) => v[k] ?? false, "b");
  const l = /* @__PURE__ */ __name((k) => v[k] ?? [], "l");
  const at = /* @__PURE__ */ __name((k) => decoded.positionOf(k), "at");
  const home = ctx.env.HOME || homedir();
  let type = s("communicator") || "ssh";
  if (type === "docker" || type === "dockerWindowsContainer") {
    report2(
      at("communicator"),
      `Communicator type ${type} is not supported by the ${ctx.builderType ?? "alicloud-ecs"} builder; use ssh, winrm or none`
    );
    type = "none";
  } else if (type !== "ssh" && type !== "winrm" && type !== "none") {
    report2(at("communicator"), `Communicator type ${type} is invalid`);
    type = "none";
  }
  const ssh = {
    host: s("ssh_host"),
    port: n("ssh_port"),
    username: s("ssh_username"),
    password: s("ssh_password"),
    keypairName: s("ssh_keypair_name"),
    temporaryKeyPairName: s("temporary_key_pair_name"),
    temporaryKeyPairType: s("temporary_key_pair_type"),
    temporaryKeyPairBits: n("temporary_key_pair_bits"),
    ciphers: l("ssh_ciphers"),
    clearAuthorizedKeys: b("ssh_clear_authorized_keys"),
    keyExchangeAlgorithms: l("ssh_key_exchange_algorithms"),
    privateKeyFile: expandUser(s("ssh_private_key_file"), home),
    certificateFile: expandUser(s("ssh_certificate_file"), home),
    pty: b("ssh_pty"),
    timeoutMs: n("ssh_timeout"),
    agentAuth: b("ssh_agent_auth"),
    disableAgentForwarding: b("ssh_disable_agent_forwarding"),
    handshakeAttempts: n("ssh_handshake_attempts"),
    bastion: {
      host: s("ssh_bastion_host"),
      port: n("ssh_bastion_port"),
      agentAuth: b("ssh_bastion_agent_auth"),
      username: s("ssh_bastion_username"),
      password: s("ssh_bastion_password"),
      interactive: b("ssh_bastion_interactive"),
      privateKeyFile: expandUser(s("ssh_bastion_private_key_file"), home),
      certificateFile: expandUser(s("ssh_bastion_certificate_file"), home)
    },
    fileTransferMethod: s("ssh_file_transfer_method"),
    proxy: {
      host: s("ssh_proxy_host"),
      port: n("ssh_proxy_port"),
      username: s("ssh_proxy_username"),
      password: s("ssh_proxy_password")
    },
    keepAliveIntervalMs: n("ssh_keep_alive_interval"),
    readWriteTimeoutMs: n("ssh_read_write_timeout"),
    remoteTunnels: l("ssh_remote_tunnels"),
    localTunnels: l("ssh_local_tunnels"),
    publicKey: bytesToString(v.ssh_public_key),
    privateKey: bytesToString(v.ssh_private_key)
  };
  const winrm = {
    username: s("winrm_username"),
    password: s("winrm_password"),
    host: s("winrm_host"),
    noProxy: b("winrm_no_proxy"),
    port: n("winrm_port"),
    timeoutMs: n("winrm_timeout"),
    useSsl: b("winrm_use_ssl"),
    insecure: b("winrm_insecure"),
    useNtlm: b("winrm_use_ntlm")
  };
  if (type === "ssh") prepareSsh(ssh, n("ssh_wait_timeout"), ctx, at, report2);
  if (type === "winrm") {
    if (winrm.port === 0) winrm.port = winrm.useSsl ? 5986 : 5985;
    if (winrm.timeoutMs === 0) winrm.timeoutMs = 30 * 6e4;
    if (winrm.username === "") report2(at("winrm_username"), "winrm_username must be specified.");
  }
  return {
    type,
    pauseBeforeConnectingMs: n("pause_before_connecting"),
    ssh,
    winrm
  };
}
__name(prepareCommunicator, "prepareCommunicator");
function prepareSsh(ssh, waitTimeoutMs, ctx, at, report2) {
  if (ssh.port === 0) ssh.port = 22;
  if (ssh.timeoutMs === 0) ssh.timeoutMs = 5 * 6e4;
  if (ssh.keepAliveIntervalMs === 0) ssh.keepAliveIntervalMs = 5e3;
  if (ssh.handshakeAttempts === 0) ssh.handshakeAttempts = 10;
  if (ssh.bastion.host !== "") {
    if (ssh.bastion.port === 0) ssh.bastion.port = 22;
    if (ssh.bastion.privateKeyFile === "" && ssh.privateKeyFile !== "")
      ssh.bastion.privateKeyFile = ssh.privateKeyFile;
    if (ssh.bastion.certificateFile === "" && ssh.certificateFile !== "") {
      ssh.bastion.certificateFile = ssh.certificateFile;
    }
  }
  if (ssh.proxy.host !== "" && ssh.proxy.port === 0) ssh.proxy.port = 1080;
  if (ssh.fileTransferMethod === "") ssh.fileTransferMethod = "scp";
  if (waitTimeoutMs !== 0) ssh.timeoutMs = waitTimeoutMs;
  if (ssh.username === "") {
    report2(
      at("ssh_username"),
      'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".'
    );
  }
  if (ssh.privateKeyFile !== "") {
    const problem = checkKeyFile(ssh.privateKeyFile, ssh.certificateFile, ctx.cwd);
    if (problem) report2(at("ssh_private_key_file"), `ssh_private_key_file is invalid: ${problem}`);
  }
  if (ssh.bastion.host !== "" && !ssh.bastion.agentAuth) {
    if (ssh.bastion.password === "" && ssh.bastion.privateKeyFile === "") {
      report2(
        at("ssh_bastion_host"),
        "ssh_bastion_password or ssh_bastion_private_key_file must be specified"
      );
    } else if (ssh.bastion.privateKeyFile !== "") {
      const problem = checkKeyFile(ssh.bastion.privateKeyFile, ssh.bastion.certificateFile, ctx.cwd);
      const where = at("ssh_bastion_private_key_file");
      if (problem) report2(where, `ssh_bastion_private_key_file is invalid: ${problem}`);
    }
  }
  const method = ssh.fileTransferMethod;
  if (method !== "scp" && method !== "sftp") {
    report2(
      at("ssh_file_transfer_method"),
      `ssh_file_transfer_method ('${method}') is invalid, valid methods: sftp, scp`
    );
  }
  if (ssh.bastion.host !== "" && ssh.proxy.host !== "") {
    report2(at("ssh_proxy_host"), "please specify either ssh_bastion_host or ssh_proxy_host, not both");
  }
  ssh.localTunnels.forEach((t, i) => {
    const problem = checkTunnel(t);
    if (problem) report2(at(`ssh_local_tunnels[${i}]`), `ssh_local_tunnels ('${t}') is invalid: ${problem}`);
  });
  ssh.remoteTunnels.forEach((t, i) => {
    const problem = checkTunnel(t);
    if (problem) report2(at(`ssh_remote_tunnels[${i}]`), `ssh_remote_tunnels ('${t}') is invalid: ${problem}`);
  });
}
__name(prepareSsh, "prepareSsh");
function bytesToString(v) {
  return Array.isArray(v) ? Buffer.from(v).toString("utf8") : "";
}
__name(bytesToString, "bytesToString");
function expandUser(path2, home) {
  if (path2 === "~") return home;
  if (path2.startsWith("~/")) return `${home}${path2.slice(1)}`;
  return path2;
}
__name(expandUser, "expandUser");
var ERRNO_TEXT = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  ENOTDIR: "not a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EISDIR: "is a directory"
};
function pathError(op, path2, err) {
  const code = err.code ?? "";
  return `${op} ${path2}: ${ERRNO_TEXT[code] ?? err.message}`;
}
__name(pathError, "pathError");
function checkKeyFile(path2, certificateFile, cwd) {
  const full = resolve3(cwd, path2);
  try {
    statSync2(full);
  } catch (err) {
    return pathError("stat", path2, err);
  }
  if (certificateFile !== "") {
    try {
      readFileSync2(resolve3(cwd, certificateFile));
    } catch (err) {
      return `unable to read certificate file: ${pathError("open", certificateFile, err)}`;
    }
  }
  let bytes;
  try {
    bytes = readFileSync2(full);
  } catch (err) {
    return `Error setting up SSH config: ${pathError("read", path2, err)}`;
  }
  const problem = parsePrivateKey(bytes, path2);
  return problem === void 0 ? void 0 : `Error setting up SSH config: ${problem}`;
}
__name(checkKeyFile, "checkKeyFile");
var GO_KEY_TYPES = /* @__PURE__ */ new Set([
  "RSA PRIVATE KEY",
  "PRIVATE KEY",
  "EC PRIVATE KEY",
  "DSA PRIVATE KEY",
  "OPENSSH PRIVATE KEY"
]);
function parsePrivateKey(bytes, path2) {
  const text = bytes.toString("latin1");
  const block = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!block) return `Failed to read key '${path2}': no key found`;
  const headers = block[2];
  if (/^Proc-Type:\s*4,ENCRYPTED/m.test(headers)) {
    return `Failed to read key '${path2}': password protected keys are
not supported. Please decrypt the key prior to use.`;
  }
  if (!GO_KEY_TYPES.has(block[1])) return `ssh: unsupported key type "${block[1]}"`;
  const parsed = import_ssh2.default.utils.parseKey(bytes);
  if (parsed instanceof Error) {
    if (/passphrase/i.test(parsed.message)) return "ssh: this private key is passphrase protected";
    return `ssh: ${parsed.message}`;
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key?.isPrivateKey()) return `Failed to read key '${path2}': no key found`;
  return void 0;
}
__name(parsePrivateKey, "parsePrivateKey");
function splitHostPort(addr) {
  const missing = `address ${addr}: missing port in address`;
  if (addr.startsWith("[")) {
    const end = addr.indexOf("]");
    if (end < 0) return `address ${addr}: missing ']' in address`;
    if (end + 1 === addr.length) return missing;
    if (addr[end + 1] !== ":") return missing;
    if (addr.slice(end + 2).includes(":")) return `address ${addr}: too many colons in address`;
    return void 0;
  }
  const i = addr.lastIndexOf(":");
  if (i < 0) return missing;
  if (addr.slice(0, i).includes(":")) return `address ${addr}: too many colons in address`;
  return void 0;
}
__name(splitHostPort, "splitHostPort");
function checkTunnel(spec) {
  const idx = spec.indexOf(":");
  if (idx < 0) return `Error parsing tunnel '${spec}': [${spec}]`;
  const forward = spec.slice(idx + 1);
  const problem = splitHostPort(forward);
  if (problem) return `Error parsing forwarding, must be a tcp address: ${problem}`;
  return void 0;
}
__name(checkTunnel, "checkTunnel");

// src/builders/alicloud-ecs/fields.ts
var diskSpec = {
  disk_name: { type: "string" },
  disk_category: { type: "string" },
  disk_size: { type: "int" },
  disk_snapshot_id: { type: "string" },
  disk_description: { type: "string" },
  disk_delete_with_instance: { type: "bool" },
  disk_device: { type: "string" },
  disk_encrypted: { type: "trilean" }
};
var accessSpec = {
  access_key: { type: "string", secret: true },
  secret_key: { type: "string", secret: true },
  region: { type: "string" },
  ram_role_name: { type: "string" },
  ram_role_arn: { type: "string" },
  ram_session_name: { type: "string" },
  skip_region_validation: { type: "bool" },
  skip_image_validation: { type: "bool" },
  profile: { type: "string" },
  shared_credentials_file: { type: "string" },
  security_token: { type: "string", secret: true },
  custom_endpoint_ecs: { type: "string" }
};
var imageSpec = {
  image_name: { type: "string" },
  image_version: { type: "string" },
  image_description: { type: "string" },
  resource_group_id: { type: "string" },
  image_share_account: { type: "stringList" },
  image_unshare_account: { type: "stringList" },
  image_copy_regions: { type: "stringList" },
  image_copy_names: { type: "stringList" },
  image_encrypted: { type: "trilean" },
  image_force_delete: { type: "bool" },
  image_force_delete_snapshots: { type: "bool" },
  image_force_delete_instances: { type: "bool" },
  image_ignore_data_disks: { type: "bool" },
  tags: { type: "stringMap" },
  tag: { type: { objectList: { key: { type: "string" }, value: { type: "string" } } } },
  target_image_family: { type: "string" },
  boot_mode: { type: "string" },
  kms_key_id: { type: "string" },
  kms_key_copy_ids: { type: "stringList" },
  system_disk_mapping: { type: { object: diskSpec } },
  image_disk_mappings: { type: { objectList: diskSpec } }
};
var runSpec = {
  associate_public_ip_address: { type: "bool" },
  zone_id: { type: "string" },
  io_optimized: { type: "trilean" },
  instance_type: { type: "string" },
  description: { type: "string" },
  source_image: { type: "string" },
  image_family: { type: "string" },
  force_stop_instance: { type: "bool" },
  disable_stop_instance: { type: "bool" },
  ecs_ram_role_name: { type: "string" },
  run_tags: { type: "stringMap" },
  security_group_id: { type: "string" },
  security_group_name: { type: "string" },
  security_enhancement_strategy: { type: "string" },
  user_data: { type: "string" },
  user_data_file: { type: "string" },
  vpc_id: { type: "string" },
  vpc_name: { type: "string" },
  vpc_cidr_block: { type: "string" },
  vswitch_id: { type: "string" },
  vswitch_name: { type: "string" },
  eip_id: { type: "string" },
  instance_name: { type: "string" },
  internet_charge_type: { type: "string" },
  internet_max_bandwidth_out: { type: "int" },
  wait_snapshot_ready_timeout: { type: "int" },
  wait_copying_image_ready_timeout: { type: "int" },
  ssh_private_ip: { type: "bool" },
  skip_create_image: { type: "bool" }
};
var alicloudEcsSpec = { ...accessSpec, ...imageSpec, ...runSpec, ...communicatorSpec };

// src/builders/alicloud-ecs/config.ts
var TARGET_FAMILY = new RegExp("^\\p{L}[\\p{L}_0-9\\-.:]{1,127}$", "u");
var BOOT_MODES = ["BIOS", "UEFI", "UEFI-Preferred"];
function decodeAlicloudEcsConfig(node, ctx) {
  const decoded = decodeConfig(node, alicloudEcsSpec, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: ["name"],
    noRender: ["run_command"],
    pluginType: ALICLOUD_PLUGIN_TYPE
  });
  if (decoded.diagnostics.length > 0) return { diagnostics: decoded.diagnostics };
  const bag = new DiagnosticBag(ctx.file);
  const report2 = /* @__PURE__ */ __name((at2, message) => bag.error(at2, message), "report");
  const v = decoded.value;
  const at = /* @__PURE__ */ __name((k) => decoded.positionOf(k), "at");
  const str = /* @__PURE__ */ __name((k) => v[k], "str");
  const env = /* @__PURE__ */ __name((k) => ctx.env[k] ?? "", "env");
  const secrets = [...decoded.secrets];
  const accessKey = str("access_key") || env("ALICLOUD_ACCESS_KEY");
  const secretKey = str("secret_key") || env("ALICLOUD_SECRET_KEY");
  const profile = str("profile") || env("ALICLOUD_PROFILE");
  const sharedCredentialsFile = str("shared_credentials_file") || env("ALICLOUD_SHARED_CREDENTIALS_FILE");
  const securityToken = str("security_token") || env("SECURITY_TOKEN");
  const region = str("region") || env("ALICLOUD_REGION");
  for (const s of [accessKey, secretKey, securityToken]) if (s && !secrets.includes(s)) secrets.push(s);
  const ramRoleName = str("ram_role_name");
  if (!ctx.externalCredentials && (accessKey === "" || secretKey === "") && profile === "" && ramRoleName === "") {
    report2(
      at("access_key"),
      "(ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY) or ram_role_name option must be set in template file or environment variables."
    );
  }
  if (region === "") {
    report2(
      at("region"),
      "region option or ALICLOUD_REGION must be provided in template file or environment variables."
    );
  }
  const tags = { ...v.tags };
  for (const kv of v.tag) tags[kv.key] = kv.value;
  const imageName = str("image_name");
  checkImageName(imageName, at("image_name"), report2);
  const targetImageFamily = str("target_image_family");
  checkTargetImageFamily(targetImageFamily, at("target_image_family"), report2);
  const bootMode = str("boot_mode");
  if (bootMode !== "" && !BOOT_MODES.includes(bootMode)) {
    report2(at("boot_mode"), "boot_mode should to be one of 'BIOS', 'UEFI' or 'UEFI-Preferred'");
  }
  const imageCopyRegions = [...new Set(v.image_copy_regions)];
  const commValues = { ...v };
  if (str("ssh_keypair_name") === "" && str("temporary_key_pair_name") === "" && str("ssh_private_key_file") === "" && str("ssh_password") === "" && str("winrm_password") === "") {
    commValues.temporary_key_pair_name = `packer_${timeOrderedUUID2()}`;
  }
  const comm = prepareCommunicator(
    { value: commValues, positionOf: decoded.positionOf },
    { cwd: ctx.cwd, env: ctx.env, builderType: "alicloud-ecs" },
    report2
  );
  checkRun(decoded, ctx.cwd, report2, bag);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const networkType = str("vpc_id") !== "" || str("vswitch_id") !== "" || str("user_data") !== "" || str("user_data_file") !== "" || comm.ssh.privateKeyFile !== "" || comm.ssh.keypairName !== "" || comm.ssh.temporaryKeyPairName !== "" ? "vpc" : "classic";
  let internetChargeType = str("internet_charge_type");
  let internetMaxBandwidthOut = v.internet_max_bandwidth_out;
  if (networkType === "classic") {
    if (internetChargeType === "") internetChargeType = "PayByTraffic";
    if (internetMaxBandwidthOut === 0) internetMaxBandwidthOut = 5;
  }
  const seconds = /* @__PURE__ */ __name((k) => v[k] > 0 ? v[k] : 3600, "seconds");
  const config = {
    accessKey,
    secretKey,
    region,
    ramRoleName,
    ramRoleArn: str("ram_role_arn"),
    ramSessionName: str("ram_session_name"),
    skipRegionValidation: v.skip_region_validation,
    skipImageValidation: v.skip_image_validation,
    profile,
    sharedCredentialsFile,
    securityToken,
    customEndpointEcs: str("custom_endpoint_ecs"),
    imageName,
    imageVersion: str("image_version"),
    imageDescription: str("image_description"),
    resourceGroupId: str("resource_group_id"),
    imageShareAccounts: v.image_share_account,
    imageUnshareAccounts: v.image_unshare_account,
    imageCopyRegions,
    imageCopyNames: v.image_copy_names,
    imageEncrypted: v.image_encrypted,
    imageForceDelete: v.image_force_delete || ctx.force === true,
    imageForceDeleteSnapshots: v.image_force_delete_snapshots || ctx.force === true,
    imageForceDeleteInstances: v.image_force_delete_instances,
    imageIgnoreDataDisks: v.image_ignore_data_disks,
    tags,
    targetImageFamily,
    bootMode,
    kmsKeyId: str("kms_key_id"),
    kmsKeyCopyIds: v.kms_key_copy_ids,
    systemDiskMapping: toDisk(v.system_disk_mapping),
    imageDiskMappings: v.image_disk_mappings.map(toDisk),
    associatePublicIpAddress: v.associate_public_ip_address,
    zoneId: str("zone_id"),
    ioOptimized: v.io_optimized,
    instanceType: str("instance_type"),
    description: str("description"),
    sourceImage: str("source_image"),
    imageFamily: str("image_family"),
    forceStopInstance: v.force_stop_instance,
    disableStopInstance: v.disable_stop_instance,
    ecsRamRoleName: str("ecs_ram_role_name"),
    runTags: v.run_tags,
    securityGroupId: str("security_group_id"),
    securityGroupName: str("security_group_name"),
    securityEnhancementStrategy: str("security_enhancement_strategy"),
    userData: str("user_data"),
    userDataFile: str("user_data_file"),
    vpcId: str("vpc_id"),
    vpcName: str("vpc_name"),
    vpcCidrBlock: str("vpc_cidr_block"),
    vswitchId: str("vswitch_id"),
    vswitchName: str("vswitch_name"),
    eipId: str("eip_id"),
    instanceName: str("instance_name"),
    internetChargeType,
    internetMaxBandwidthOut,
    waitSnapshotReadyTimeout: seconds("wait_snapshot_ready_timeout"),
    waitCopyingImageReadyTimeout: seconds("wait_copying_image_ready_timeout"),
    sshPrivateIp: v.ssh_private_ip,
    skipCreateImage: v.skip_create_image,
    networkType,
    comm,
    secrets,
    file: ctx.file,
    positionOf: decoded.positionOf
  };
  return { config, diagnostics: bag.items };
}
__name(decodeAlicloudEcsConfig, "decodeAlicloudEcsConfig");
function checkImageName(name, at, report2) {
  const bytes = Buffer.byteLength(name);
  if (name === "") report2(at, "image_name must be specified");
  else if (bytes < 2 || bytes > 128)
    report2(at, "image_name must less than 128 letters and more than 1 letters");
  else if (name.startsWith("http://") || name.startsWith("https://")) {
    report2(at, "image_name can't start with 'http://' or 'https://'");
  }
  if (/[\t\n\f\r ]/.test(name)) report2(at, "image_name can't include spaces");
}
__name(checkImageName, "checkImageName");
function checkTargetImageFamily(family, at, report2) {
  if (family === "") return;
  if (family.startsWith("aliyun") || family.startsWith("acs:")) {
    report2(at, "target_image_family can't start with 'aliyun' or 'acs:'");
  } else if (family.startsWith("http://") || family.startsWith("https://")) {
    report2(at, "target_image_family can't start with 'http://' or 'https://'");
  } else if (!TARGET_FAMILY.test(family)) {
    report2(
      at,
      "target_image_family must be 2 to 128 characters, start with a letter and contain only letters, digits, '_', '-', '.' or ':'"
    );
  }
}
__name(checkTargetImageFamily, "checkTargetImageFamily");
function checkRun(decoded, cwd, report2, bag) {
  const v = decoded.value;
  const at = /* @__PURE__ */ __name((k) => decoded.positionOf(k), "at");
  const sourceImage = v.source_image;
  const imageFamily = v.image_family;
  if (sourceImage === "" && imageFamily === "")
    report2(at("source_image"), "A source_image must be specified");
  if (sourceImage !== "" && imageFamily !== "") {
    report2(
      at("image_family"),
      "An image_family and source_image can not be specified at the same time. Please use only one."
    );
  }
  if (sourceImage !== "" && sourceImage.trim() !== sourceImage) {
    report2(at("source_image"), "The source_image can't include spaces");
  }
  if (imageFamily !== "" && imageFamily.trim() !== imageFamily) {
    report2(at("image_family"), "The image_family can't include spaces");
  }
  if (v.instance_type === "") report2(at("instance_type"), "An alicloud_instance_type must be specified");
  const userData = v.user_data;
  const userDataFile = v.user_data_file;
  if (userData !== "" && userDataFile !== "") {
    report2(at("user_data_file"), "Only one of user_data or user_data_file can be specified.");
  } else if (userDataFile !== "") {
    try {
      statSync3(resolve4(cwd, userDataFile));
    } catch {
      report2(at("user_data_file"), `user_data_file not found: ${userDataFile}`);
    }
  }
  const strategy = v.security_enhancement_strategy;
  if (strategy !== "" && strategy !== "Active" && strategy !== "Deactive") {
    bag.warning(
      at("security_enhancement_strategy"),
      `security_enhancement_strategy should be Active or Deactive; the API will reject '${strategy}'`
    );
  }
}
__name(checkRun, "checkRun");
function toDisk(d) {
  return {
    diskName: d.disk_name,
    diskCategory: d.disk_category,
    diskSize: d.disk_size,
    snapshotId: d.disk_snapshot_id,
    description: d.disk_description,
    deleteWithInstance: d.disk_delete_with_instance,
    device: d.disk_device,
    encrypted: d.disk_encrypted
  };
}
__name(toDisk, "toDisk");
function timeOrderedUUID2(now = /* @__PURE__ */ new Date()) {
  const unix = (Math.floor(now.getTime() / 1e3) >>> 0).toString(16).padStart(8, "0");
  const b = randomBytes2(12).toString("hex");
  return `${unix}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12)}`;
}
__name(timeOrderedUUID2, "timeOrderedUUID");

// src/provisioners/plugin.ts
var PROVISIONER_CORE_KEYS = [
  "only",
  "except",
  "override",
  "pause_before",
  "max_retries",
  "timeout"
];
var POST_PROCESSOR_CORE_KEYS = ["only", "except", "keep_input_artifact", "name"];
function goosOf(platform = process.platform) {
  return platform === "win32" ? "windows" : platform === "sunos" ? "solaris" : platform;
}
__name(goosOf, "goosOf");
function withOverride(config, override) {
  if (!override) return config;
  return mergeObjects(config, override);
}
__name(withOverride, "withOverride");
function mergeObjects(base, over) {
  const members = [...base.members];
  for (const m of over.members) {
    const prior = member(base, m.key);
    members.push(prior ? { ...m, value: mergeValues(prior.value, m.value) } : m);
  }
  return { ...over, pos: base.pos, path: base.path, members };
}
__name(mergeObjects, "mergeObjects");
function mergeValues(base, over) {
  if (base.kind === "array" && over.kind === "array") {
    return { ...over, items: [...over.items, ...base.items.slice(over.items.length)] };
  }
  if (base.kind === "object" && over.kind === "object")
    return { ...mergeObjects(base, over), pos: over.pos, path: over.path };
  return over;
}
__name(mergeValues, "mergeValues");

// src/post-processors/manifest/config.ts
var MANIFEST_SPEC = {
  output: { type: "string" },
  strip_path: { type: "bool" },
  strip_time: { type: "bool" },
  custom_data: { type: "stringMap" }
};
var MANIFEST_DEFAULT_OUTPUT = "packer-manifest.json";
function decodeManifestConfig(node, ctx) {
  const decoded = decodeConfig(node, MANIFEST_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: POST_PROCESSOR_CORE_KEYS,
    pluginType: MANIFEST_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const output = v.output || MANIFEST_DEFAULT_OUTPUT;
  if (ctx.parseTemplate) {
    try {
      ctx.parseTemplate(output);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      bag.error(decoded.positionOf("output"), `Error parsing target template: ${msg}`);
      return { diagnostics: bag.items };
    }
  }
  return {
    diagnostics: bag.items,
    config: {
      output,
      stripPath: v.strip_path,
      stripTime: v.strip_time,
      customData: v.custom_data
    }
  };
}
__name(decodeManifestConfig, "decodeManifestConfig");

// src/provisioners/int-list.ts
function weakIntList(value, name, at, error) {
  if (value === void 0 || value === null) return [];
  let items;
  if (Array.isArray(value)) items = value;
  else if (typeof value === "string") items = value === "" ? [] : value.split(",");
  else items = [value];
  const out = [];
  let ok = true;
  items.forEach((item, i) => {
    const n = `${name}[${i}]`;
    const where = at(Array.isArray(value) ? n : name);
    if (item === null) {
      out.push(0);
    } else if (typeof item === "number") {
      out.push(Math.trunc(item));
    } else if (typeof item === "boolean") {
      out.push(item ? 1 : 0);
    } else if (typeof item === "string") {
      const parsed = goParseInt(item === "" ? "0" : item);
      if (typeof parsed === "string") {
        error(where, `cannot parse '${n}' as int: strconv.ParseInt: parsing ${goQuote(item)}: ${parsed}`);
        ok = false;
      } else out.push(parsed);
    } else {
      error(
        where,
        `'${n}' expected type 'int', got unconvertible type '${goTypeOf(item)}', value: '${goPrintValue(item)}'`
      );
      ok = false;
    }
  });
  return ok ? out : void 0;
}
__name(weakIntList, "weakIntList");

// src/provisioners/local-path.ts
import { statSync as statSync4 } from "node:fs";
import { isAbsolute, resolve as resolve5 } from "node:path";
var ERRNO_TEXT2 = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EPERM: "operation not permitted"
};
function resolveLocal(path2, cwd) {
  return isAbsolute(path2) ? path2 : resolve5(cwd, path2);
}
__name(resolveLocal, "resolveLocal");
function goStatError(path2, cwd) {
  if (path2 === "") return "stat : no such file or directory";
  try {
    statSync4(resolveLocal(path2, cwd));
    return void 0;
  } catch (err) {
    const code = err.code ?? "";
    return `stat ${path2}: ${ERRNO_TEXT2[code] ?? err.message}`;
  }
}
__name(goStatError, "goStatError");

// src/provisioners/shell/config.ts
var SHELL_SPEC = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  binary: { type: "bool" },
  remote_path: { type: "string" },
  execute_command: { type: "string", noRender: true },
  inline_shebang: { type: "string" },
  pause_after: { type: "duration" },
  use_env_var_file: { type: "bool" },
  remote_folder: { type: "string" },
  remote_file: { type: "string" },
  start_retry_timeout: { type: "duration" },
  skip_clean: { type: "bool" },
  expect_disconnect: { type: "bool" }
};
var SHELL_DEFAULT_EXECUTE_COMMAND = "chmod +x {{.Path}}; {{.Vars}} {{.Path}}";
var SHELL_ENV_VAR_FILE_EXECUTE_COMMAND = "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}";
function envVarFormatError(kv) {
  const eq2 = kv.indexOf("=");
  if (eq2 <= 0) return `Environment variable not in format 'key=value': ${kv}`;
  return void 0;
}
__name(envVarFormatError, "envVarFormatError");
function decodeShellConfig(node, ctx) {
  const decoded = decodeConfig(node, SHELL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: SHELL_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;
  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  if (bag.hasErrors || validExitCodes === void 0) return { diagnostics: bag.items };
  const useEnvVarFile = v.use_env_var_file;
  const envVarFormat = v.env_var_format || (useEnvVarFile ? "export %s='%s'\n" : "%s='%s' ");
  const executeCommand = v.execute_command || (useEnvVarFile ? SHELL_ENV_VAR_FILE_EXECUTE_COMMAND : SHELL_DEFAULT_EXECUTE_COMMAND);
  const inlineList = v.inline;
  const inline = decoded.isSet("inline") && inlineList.length > 0 ? inlineList : void 0;
  const remoteFolder = v.remote_folder || "/tmp";
  const randomInt = ctx.randomInt ?? ((n) => Math.floor(Math.random() * n));
  const remoteFile = v.remote_file || `script_${randomInt(9999)}.sh`;
  const remotePath = v.remote_path || `${remoteFolder}/${remoteFile}`;
  const script = v.script;
  let scripts = v.scripts;
  if (script !== "" && scripts.length > 0) {
    bag.error(at("script"), "Only one of script or scripts can be specified.");
  }
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  if (script !== "") {
    scripts = [script];
    scriptNames = ["script"];
  }
  if (scripts.length === 0 && inline === void 0) {
    bag.error({ pos: node.pos, path: node.path }, "Either a script file or inline script must be specified.");
  } else if (scripts.length > 0 && inline !== void 0) {
    bag.error(at("inline"), "Only a script file or an inline script can be specified, not both.");
  }
  scripts.forEach((path2, i) => {
    const err = goStatError(path2, ctx.cwd);
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path2}': ${err}`);
  });
  const environmentVars = v.environment_vars;
  environmentVars.forEach((kv, i) => {
    const err = envVarFormatError(kv);
    if (err) bag.error(at(`environment_vars[${i}]`), err);
  });
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      inline,
      scripts,
      environmentVars,
      envVarFormat,
      executeCommand,
      inlineShebang: v.inline_shebang || "/bin/sh -e",
      remoteFolder,
      remoteFile,
      remotePath,
      useEnvVarFile,
      expectDisconnect: v.expect_disconnect,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0],
      skipClean: v.skip_clean,
      startRetryTimeoutMs: v.start_retry_timeout || 5 * 6e4,
      pauseAfterMs: v.pause_after,
      binary: v.binary
    }
  };
}
__name(decodeShellConfig, "decodeShellConfig");

// src/provisioners/shell-local/config.ts
var SHELL_LOCAL_SPEC = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  command: { type: "string" },
  execute_command: { type: "stringList", noRender: true },
  inline_shebang: { type: "string" },
  only_on: { type: "stringList" },
  tempfile_extension: { type: "string" },
  use_linux_pathing: { type: "bool" }
};
var SHELL_LOCAL_SUPPORTED_OS = ["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"];
var TOO_MANY = "You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.";
function convertToLinuxPath(winAbsPath) {
  const p = winAbsPath.replaceAll("\\", "/");
  const at = p.indexOf(":/");
  if (at !== -1) return { path: `/mnt/${p.slice(0, at).toLowerCase()}/${p.slice(at + 2)}` };
  return {
    error: `There was an error splitting your absolute path; expected to find a drive following the format ':/' but did not: absolute path: ${p}`
  };
}
__name(convertToLinuxPath, "convertToLinuxPath");
function decodeShellLocalCommon(node, ctx, variant) {
  const decoded = decodeConfig(node, SHELL_LOCAL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: variant.ignoreKeys
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;
  const self = { pos: node.pos, path: node.path };
  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  if (bag.hasErrors || validExitCodes === void 0) return { diagnostics: bag.items };
  const goos = ctx.goos ?? goosOf();
  let executeCommand = v.execute_command;
  if (variant.postProcessor && executeCommand.length === 1) executeCommand = ["sh", "-c", ...executeCommand];
  let inlineShebang = v.inline_shebang;
  let tempfileExtension = v.tempfile_extension;
  if (goos === "windows") {
    if (executeCommand.length === 0) executeCommand = ["cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"];
    if (tempfileExtension === "") tempfileExtension = ".cmd";
  } else {
    if (inlineShebang === "") inlineShebang = "/bin/sh -e";
    if (executeCommand.length === 0) executeCommand = ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"];
  }
  const command = v.command;
  const script = v.script;
  let scripts = v.scripts;
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  let inline = decoded.isSet("inline") ? v.inline : void 0;
  if (command === "" && (inline?.length ?? 0) === 0 && scripts.length === 0 && script === "") {
    bag.error(self, "Command, Inline, Script and Scripts options cannot all be empty.");
  }
  if (command !== "") {
    if ((inline?.length ?? 0) !== 0 || scripts.length !== 0 || script !== "")
      bag.error(at("command"), TOO_MANY);
    else inline = [command];
  }
  if (script !== "") {
    if (scripts.length > 0 || (inline?.length ?? 0) > 0) bag.error(at("script"), TOO_MANY);
    else {
      scripts = [script];
      scriptNames = ["script"];
    }
  }
  if (scripts.length > 0 && inline !== void 0) bag.error(at("inline"), TOO_MANY);
  scripts.forEach((path2, i) => {
    const err = goStatError(path2, ctx.cwd);
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path2}': ${err}`);
  });
  const onlyOn = v.only_on;
  onlyOn.forEach((os, i) => {
    if (!SHELL_LOCAL_SUPPORTED_OS.includes(os)) {
      bag.error(
        at(`only_on[${i}]`),
        `Invalid OS specified in only_on: '${os}'
Supported OS names: ${SHELL_LOCAL_SUPPORTED_OS.join(", ")}`
      );
    }
  });
  const useLinuxPathing = v.use_linux_pathing;
  if (useLinuxPathing) {
    scripts = scripts.map((path2, i) => {
      const converted = convertToLinuxPath(resolveLocal(path2, ctx.cwd));
      if ("error" in converted) {
        bag.error(at(scriptNames[i]), converted.error);
        return path2;
      }
      return converted.path;
    });
    if ((inline?.length ?? 0) > 0) {
      bag.error(
        at(decoded.isSet("inline") ? "inline" : "command"),
        "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead"
      );
    }
  }
  let envVarFormat = v.env_var_format;
  if (envVarFormat === "")
    envVarFormat = goos === "windows" && !useLinuxPathing ? "set %s=%s && " : "%s='%s' ";
  if (tempfileExtension.startsWith(".")) tempfileExtension = tempfileExtension.slice(1);
  const environmentVars = v.environment_vars;
  environmentVars.forEach((kv, i) => {
    const err = envVarFormatError(kv);
    if (err) bag.error(at(`environment_vars[${i}]`), err);
  });
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      inline,
      scripts,
      environmentVars,
      envVarFormat,
      executeCommand,
      inlineShebang,
      onlyOn,
      tempfileExtension,
      useLinuxPathing,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0]
    }
  };
}
__name(decodeShellLocalCommon, "decodeShellLocalCommon");
function decodeShellLocalConfig(node, ctx) {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: PROVISIONER_CORE_KEYS, postProcessor: false });
}
__name(decodeShellLocalConfig, "decodeShellLocalConfig");

// src/post-processors/shell-local/config.ts
function decodeShellLocalPostProcessorConfig(node, ctx) {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: POST_PROCESSOR_CORE_KEYS, postProcessor: true });
}
__name(decodeShellLocalPostProcessorConfig, "decodeShellLocalPostProcessorConfig");

// src/post-processors/index.ts
var POST_PROCESSOR_DECODERS = {
  manifest: decodeManifestConfig,
  "shell-local": decodeShellLocalPostProcessorConfig
};
var SUPPORTED_POST_PROCESSORS = Object.keys(POST_PROCESSOR_DECODERS);
function isSupportedPostProcessor(type) {
  return Object.hasOwn(POST_PROCESSOR_DECODERS, type);
}
__name(isSupportedPostProcessor, "isSupportedPostProcessor");
function unsupported(type, at, ctx) {
  const bag = new DiagnosticBag(ctx.file);
  bag.error(
    at,
    `post-processor type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_POST_PROCESSORS.join(", ")})`
  );
  return { diagnostics: bag.items };
}
__name(unsupported, "unsupported");
function decodePostProcessor(p, ctx) {
  let config;
  let typeNode;
  let type;
  if (!("kind" in p)) {
    type = p.type;
    config = p.config;
    typeNode = p.node.kind === "object" ? member(p.node, "type")?.value ?? p.node : p.node;
  } else if (p.kind === "string") {
    type = p.value;
    typeNode = p;
    config = { kind: "object", pos: p.pos, path: p.path, members: [] };
  } else {
    const typeMember = member(p, "type");
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : p, "type is required");
      return { diagnostics: bag.items };
    }
    config = p;
    typeNode = typeMember.value;
    type = typeMember.value.value;
  }
  if (!isSupportedPostProcessor(type)) return unsupported(type, typeNode, ctx);
  const result = POST_PROCESSOR_DECODERS[type](config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? { type, config: result.config } : void 0
  };
}
__name(decodePostProcessor, "decodePostProcessor");

// src/provisioners/file/config.ts
var FILE_SPEC = {
  source: { type: "string" },
  sources: { type: "stringList" },
  destination: { type: "string" },
  direction: { type: "string" },
  generated: { type: "bool" }
};
function decodeFileConfig(node, ctx) {
  const decoded = decodeConfig(node, FILE_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: FILE_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const at = decoded.positionOf;
  const self = { pos: node.pos, path: node.path };
  const direction = v.direction || "upload";
  if (direction !== "download" && direction !== "upload") {
    bag.error(at("direction"), "Direction must be one of: download, upload.");
  }
  const sources = [...v.sources];
  const where = sources.map((_, i) => `sources[${i}]`);
  const source = v.source;
  if (source !== "") {
    sources.push(source);
    where.push("source");
  }
  if (direction === "upload" && !v.generated) {
    sources.forEach((src, i) => {
      const err = goStatError(src, ctx.cwd);
      if (err) bag.error(at(where[i]), `Bad source '${src}': ${err}`);
    });
  }
  if (sources.length < 1) bag.error(self, "Source must be specified.");
  const destination = v.destination;
  if (destination === "")
    bag.error(decoded.isSet("destination") ? at("destination") : self, "Destination must be specified.");
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      sources,
      destination,
      direction,
      generated: v.generated
    }
  };
}
__name(decodeFileConfig, "decodeFileConfig");

// src/provisioners/index.ts
var PROVISIONER_DECODERS = {
  shell: decodeShellConfig,
  file: decodeFileConfig,
  "shell-local": decodeShellLocalConfig
};
var SUPPORTED_PROVISIONERS = Object.keys(PROVISIONER_DECODERS);
function isSupportedProvisioner(type) {
  return Object.hasOwn(PROVISIONER_DECODERS, type);
}
__name(isSupportedProvisioner, "isSupportedProvisioner");
function decodeProvisioner(p, ctx, override) {
  const node = "kind" in p ? p : p.node;
  const typeMember = member(node, "type");
  let type;
  if ("kind" in p) {
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : node, "Provisioner missing 'type'");
      return { diagnostics: bag.items };
    }
    type = typeMember.value.value;
  } else type = p.type;
  if (!isSupportedProvisioner(type)) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember ? typeMember.value : node,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`
    );
    return { diagnostics: bag.items };
  }
  const config = withOverride("kind" in p ? p : p.config, override);
  const result = PROVISIONER_DECODERS[type](config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? { type, config: result.config } : void 0
  };
}
__name(decodeProvisioner, "decodeProvisioner");

// src/template/context.ts
function templateContext(t, extra = {}) {
  return {
    userVariables: t.values,
    strictUserVariables: false,
    enableEnv: false,
    env: t.env,
    templatePath: t.path,
    cwd: t.cwd,
    startTime: t.startTime,
    packerVersion: PACKER_VERSION,
    ...extra
  };
}
__name(templateContext, "templateContext");

// src/engine/prepare.ts
var SUPPORTED_BUILDERS = ["alicloud-ecs"];
var BUILD_DATA_KEYS = [
  "ID",
  "Host",
  "Port",
  "User",
  "Password",
  "ConnType",
  "PackerRunUUID",
  "PackerHTTPPort",
  "PackerHTTPIP",
  "PackerHTTPAddr",
  "SSHPublicKey",
  "SSHPrivateKey"
];
function placeholderBuildData() {
  const data = {};
  for (const key of BUILD_DATA_KEYS) data[key] = `Build_${key}. ${BUILD_DATA_PLACEHOLDER}`;
  data.WinRMPassword = "{{.WinRMPassword}}";
  return data;
}
__name(placeholderBuildData, "placeholderBuildData");
function prepareBuilds(template, opts) {
  const diagnostics = [];
  const secrets = new Set(template.secrets);
  const builds = [];
  const file = template.path;
  for (const build of template.builds) {
    const ctx = templateContext(template, {
      buildName: build.name,
      buildType: build.builder.type,
      buildData: placeholderBuildData()
    });
    const render = /* @__PURE__ */ __name((text, _node) => interpolate(text, ctx), "render");
    const before = diagnostics.length;
    let builderConfig;
    if (build.builder.type !== "alicloud-ecs") {
      const bag = new DiagnosticBag(file);
      const typeNode = build.builder.node.members.find((m) => m.key === "type")?.value ?? build.builder.node;
      bag.error(
        typeNode,
        `builder type ${JSON.stringify(build.builder.type)} is not supported by image-build (supported: ${SUPPORTED_BUILDERS.join(", ")})`
      );
      diagnostics.push(...bag.items);
    } else {
      const r = decodeAlicloudEcsConfig(build.builder.config, {
        file,
        render,
        env: template.env,
        cwd: opts.cwd,
        force: opts.force,
        externalCredentials: opts.externalCredentials
      });
      diagnostics.push(...r.diagnostics);
      builderConfig = r.config;
      for (const s of r.config?.secrets ?? []) secrets.add(s);
      if (r.config) diagnostics.push(...unsupportedCommunicator(r.config, build.builder.node, file));
    }
    const pluginRenderCtx = { ...ctx, data: placeholderBuildData() };
    const pluginCtx = {
      file,
      render: /* @__PURE__ */ __name((text, _node) => interpolate(text, pluginRenderCtx), "render"),
      cwd: opts.cwd,
      parseTemplate: /* @__PURE__ */ __name((text) => {
        const err = checkSyntax(text);
        if (err) throw err;
      }, "parseTemplate")
    };
    const prepareProvisioner = /* @__PURE__ */ __name((p) => {
      const r = decodeProvisioner(p, pluginCtx, p.override[build.builder.rawName]);
      diagnostics.push(...r.diagnostics);
      for (const s of r.secrets ?? []) secrets.add(s);
      return r.config ? { source: p, config: r.config } : void 0;
    }, "prepareProvisioner");
    const provisioners = build.provisioners.map(prepareProvisioner);
    const errorCleanup = build.errorCleanupProvisioner ? prepareProvisioner(build.errorCleanupProvisioner) : void 0;
    const postProcessors = build.postProcessors.map(
      (seq) => seq.map((pp) => {
        const r = decodePostProcessor(pp, pluginCtx);
        diagnostics.push(...r.diagnostics);
        for (const s of r.secrets ?? []) secrets.add(s);
        return r.config ? { source: pp, config: r.config } : void 0;
      })
    );
    if (diagnostics.length === before && builderConfig) {
      builds.push({
        name: build.name,
        build,
        builder: { type: "alicloud-ecs", config: builderConfig },
        provisioners,
        errorCleanupProvisioner: errorCleanup,
        postProcessors
      });
    }
  }
  secrets.delete("");
  return { builds, diagnostics, secrets: [...secrets] };
}
__name(prepareBuilds, "prepareBuilds");
function unsupportedCommunicator(config, builderNode, file) {
  const bag = new DiagnosticBag(file);
  const member2 = /* @__PURE__ */ __name((key) => builderNode.kind === "object" ? builderNode.members.find((m) => m.key === key)?.value : void 0, "member");
  if (config.comm.type === "winrm")
    bag.error(
      member2("communicator") ?? builderNode,
      'communicator "winrm" is not supported yet by image-build (supported: ssh, none): Windows images cannot be built yet'
    );
  if (config.comm.type === "ssh") {
    const set = [
      ["ssh_proxy_host", config.comm.ssh.proxy.host],
      ["ssh_certificate_file", config.comm.ssh.certificateFile]
    ];
    for (const [key, value] of set)
      if (value !== "") bag.error(member2(key) ?? builderNode, `${key} is not supported yet by image-build`);
  }
  return bag.items;
}
__name(unsupportedCommunicator, "unsupportedCommunicator");

// src/engine/validate.ts
async function validateTemplate2(opts) {
  const cwd = resolve6(opts.cwd ?? process.cwd());
  const loaded = loadTemplate({
    path: opts.path,
    vars: opts.vars,
    varFiles: opts.varFiles,
    only: opts.only,
    except: opts.except,
    env: opts.env ?? process.env,
    cwd,
    startTime: opts.startTime,
    syntaxOnly: opts.syntaxOnly
  });
  const diagnostics = [...loaded.diagnostics];
  const template = loaded.template;
  let prepared = [];
  const secrets = new Set(template?.secrets ?? []);
  const loadErrors = diagnostics.some((d) => d.severity === "error");
  if (template && !opts.syntaxOnly && !loadErrors) {
    const r = prepareBuilds(template, {
      cwd,
      force: opts.force,
      externalCredentials: opts.externalCredentials
    });
    diagnostics.push(...r.diagnostics);
    prepared = r.builds;
    for (const s of r.secrets) secrets.add(s);
  }
  const byName = new Map(prepared.map((b) => [b.name, b]));
  const builds = (template?.builds ?? []).map((b) => {
    const p = byName.get(b.name);
    const c = p?.builder.config;
    return {
      name: b.name,
      type: b.builder.type,
      region: c?.region,
      instanceType: c?.instanceType,
      sourceImage: c?.sourceImage || (c?.imageFamily ? `family ${c.imageFamily}` : void 0),
      imageName: c?.imageName,
      provisioners: b.provisioners.map((x) => x.type),
      postProcessors: b.postProcessors.map((seq) => seq.map((x) => x.type))
    };
  });
  return {
    ok: !diagnostics.some((d) => d.severity === "error"),
    diagnostics,
    secrets: [...secrets],
    template,
    prepared,
    builds
  };
}
__name(validateTemplate2, "validateTemplate");

// src/cli/template-args.ts
function parseTemplateArgs(argv, specs, usage, err) {
  const flags = parseFlags(argv, specs);
  if (flags.args.length !== 1) {
    err(usage);
    return void 0;
  }
  const only = commaList(flags.lists.get("only"));
  const except = commaList(flags.lists.get("except"));
  if (only?.length && except?.length) {
    err("Error: Only one of -only or -except may be specified.\n");
    return void 0;
  }
  return {
    flags,
    path: flags.args[0],
    vars: flags.lists.get("var"),
    varFiles: flags.lists.get("var-file"),
    only,
    except
  };
}
__name(parseTemplateArgs, "parseTemplateArgs");

// src/cli/validate.ts
import { relative } from "node:path";
var TEMPLATE_FLAGS = [
  {
    name: "var",
    kind: "list",
    placeholder: "key=value",
    help: "Variable for templates, can be used multiple times."
  },
  { name: "var-file", kind: "list", placeholder: "path", help: "JSON file containing user variables." },
  { name: "only", kind: "list", placeholder: "foo,bar", help: "Validate only these builds." },
  { name: "except", kind: "list", placeholder: "foo,bar", help: "Validate all builds other than these." }
];
var FLAGS = [
  { name: "syntax-only", kind: "bool", help: "Only check syntax. Do not verify config of the template." },
  ...TEMPLATE_FLAGS
];
var VALIDATE_USAGE = `Usage: image-build validate [options] TEMPLATE

  Checks that the template is valid: its syntax, its variables and the configuration of every
  builder, provisioner and post-processor. Every error is printed with its file, line, column and
  JSON path. Exit status 0 when valid, 1 otherwise.

Options:

${flagUsage(FLAGS)}
`;
function count(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
__name(count, "count");
async function runValidate(argv, io) {
  const args = parseTemplateArgs(argv, FLAGS, VALIDATE_USAGE, io.err);
  if (!args) return 1;
  const { flags, path: path2, vars, varFiles, only, except } = args;
  const result = await validateTemplate2({
    path: path2,
    vars,
    varFiles,
    only,
    except,
    env: io.env,
    cwd: io.cwd,
    syntaxOnly: flags.values.get("syntax-only") === "true"
  });
  const shown = /* @__PURE__ */ __name((file) => {
    const rel = relative(io.cwd, file);
    return rel.startsWith("..") ? file : rel;
  }, "shown");
  const lines = result.diagnostics.map((d) => formatDiagnostic({ ...d, file: shown(d.file) }));
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  if (lines.length) io.err(maskSecrets(`${lines.join("\n")}
`, result.secrets));
  if (!result.ok) {
    io.err(`${count(errors, "error")} in ${shown(path2)}
`);
    return 1;
  }
  const names = result.builds.map((b) => b.name).join(", ");
  io.out(
    `${shown(path2)}: the template is valid (${count(result.builds.length, "build")}${names ? `: ${names}` : ""})
`
  );
  return 0;
}
__name(runValidate, "runValidate");

export {
  FlagError,
  parseFlags,
  flagUsage,
  formatDiagnostic,
  goQuote,
  sprintf,
  interpolate,
  DurationError,
  parseGoDuration,
  formatGoDuration,
  parseVarArgs,
  parseVarFile,
  loadTemplate,
  maskSecrets,
  goosOf,
  resolveLocal,
  templateContext,
  validateTemplate2 as validateTemplate,
  parseTemplateArgs,
  TEMPLATE_FLAGS,
  VALIDATE_USAGE,
  count,
  runValidate
};
