/**
 * Go literal decoding for template constants: interpreted strings (strconv.Unquote), character
 * constants (strconv.UnquoteChar) and numbers (strconv.ParseInt/ParseFloat with base 0).
 */
import { goString } from "./bytes.js";

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 0x5c,
};

/** Decodes the escapes of a Go literal body into bytes; returns undefined on bad syntax. */
function decodeEscapes(body: string, quote: string): number[] | undefined {
  const out: number[] = [];
  const enc = new TextEncoder();
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === quote) return undefined;
    if (ch !== "\\") {
      const cp = body.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      out.push(...enc.encode(s));
      i += s.length;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
      out.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e === quote) {
      out.push(quote.charCodeAt(0));
      i += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const v = Number.parseInt(hex, 16);
      if (e === "x") out.push(v);
      else {
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
        out.push(...enc.encode(String.fromCodePoint(v)));
      }
      i += 2 + n;
    } else if (e >= "0" && e <= "7") {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      const v = Number.parseInt(oct, 8);
      if (v > 255) return undefined;
      out.push(v);
      i += 4;
    } else {
      return undefined;
    }
  }
  return out;
}

/** strconv.Unquote of a double-quoted Go string; undefined when Go reports "invalid syntax". */
export function unquoteString(quoted: string): string | undefined {
  if (quoted.length < 2 || quoted[0] !== '"' || quoted[quoted.length - 1] !== '"') return undefined;
  const body = quoted.slice(1, -1);
  if (body.includes("\n")) return undefined;
  if (!body.includes("\\")) return body;
  const bytes = decodeEscapes(body, '"');
  if (!bytes) return undefined;
  return goString(Uint8Array.from(bytes));
}

/**
 * The code point of a Go character constant such as `'a'` or `'\n'`, or Go's error text:
 * `invalid syntax` (strconv.UnquoteChar failed) or `malformed character constant: 'ab'`.
 */
export function unquoteChar(quoted: string): number | string {
  const body = quoted.slice(1);
  if (body.length === 0 || body[0] === "'") return "invalid syntax";
  let cp: number;
  let rest: string;
  if (body[0] !== "\\") {
    cp = body.codePointAt(0)!;
    rest = body.slice(String.fromCodePoint(cp).length);
  } else {
    const e = body[1];
    let len: number;
    if (e === "x") len = 4;
    else if (e === "u") len = 6;
    else if (e === "U") len = 10;
    else if (e >= "0" && e <= "7") len = 4;
    else len = 2;
    const esc = body.slice(0, len);
    if (e === '"') return "invalid syntax";
    const bytes = decodeEscapes(esc, "'");
    if (!bytes || esc.length < len) return "invalid syntax";
    if (e === "x" || (e >= "0" && e <= "7")) cp = bytes[0];
    else cp = Buffer.from(bytes).toString("utf8").codePointAt(0)!;
    rest = body.slice(len);
  }
  if (rest !== "'") return `malformed character constant: ${quoted}`;
  return cp;
}

/** Go's strconv `underscoreOK`: underscores only between digits (or after a base prefix); a sign is allowed. */
export function underscoreOK(s: string): boolean {
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
    if ((c >= "0" && c <= "9") || (hex && /[a-fA-F]/.test(c))) {
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

/** strconv.ParseInt(s, 0, 64) (or ParseUint when `unsigned`) as a bigint; undefined when it fails. */
function parseIntBase0(text: string, unsigned = false): bigint | undefined {
  let s = text;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    if (unsigned) return undefined;
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "") return undefined;
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
  if (s.includes("_") && !underscoreOK(s)) return undefined;
  digits = digits.replaceAll("_", "");
  if (digits === "") return undefined;
  const valid =
    base === 16 ? /^[0-9a-fA-F]+$/ : base === 10 ? /^[0-9]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
  if (!valid.test(digits)) return undefined;
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  let v = BigInt(prefix + digits);
  if (neg) v = -v;
  if (unsigned) return v > 18446744073709551615n ? undefined : v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) return undefined;
  return v;
}

/** A Go int as a JS number when exact, else a bigint. */
function intValue(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** strconv.ParseFloat(s, 64) for decimal and hex floats; undefined when it fails. */
function parseFloat64(text: string): number | undefined {
  let s = text;
  if (s.includes("_")) {
    if (!underscoreOK(s)) return undefined;
    s = s.replaceAll("_", "");
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
  }
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (m && (m[2] || m[3])) {
    const mant = Number.parseInt((m[2] || "0") + (m[3] || ""), 16) / 16 ** m[3].length;
    const v = mant * 2 ** Number(m[4]);
    return m[1] === "-" ? -v : v;
  }
  return undefined;
}

/** What a number constant can be used as (Go's NumberNode flags and values). */
export interface ParsedNumber {
  isComplex?: boolean;
  re?: number;
  im?: number;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  int: number | bigint;
  float: number;
}

/** Go's simplifyComplex: a complex constant with a zero imaginary part is also a float (and int). */
function complexNumber(re: number, im: number): ParsedNumber {
  const r: ParsedNumber = {
    isComplex: true,
    re,
    im,
    isInt: false,
    isUint: false,
    isFloat: false,
    int: 0,
    float: 0,
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

/** A complex constant such as `1+2i` (Go scans it with fmt.Sscan); a string is Go's error text. */
export function parseGoComplex(text: string): ParsedNumber | string {
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
  if (re === undefined || /^[+-]?0[xX]/.test(realText))
    return `strconv.ParseFloat: parsing ${JSON.stringify(realText)}: invalid syntax`;
  const im = parseFloat64(imagText);
  if (im === undefined || /^[+-]?0[xX]/.test(imagText))
    return `strconv.ParseFloat: parsing ${JSON.stringify(imagText)}: invalid syntax`;
  return complexNumber(re, im);
}

/** Classifies a template number as Go's parse.NumberNode does; a string is Go's error text. */
export function parseGoNumber(text: string): ParsedNumber | string {
  if (text.endsWith("i")) {
    const f = parseFloat64(text.slice(0, -1));
    if (f !== undefined) return complexNumber(0, f);
  }
  const r: ParsedNumber = { isInt: false, isUint: false, isFloat: false, int: 0, float: 0 };
  const u = parseIntBase0(text, true);
  if (u !== undefined) r.isUint = true;
  const i = parseIntBase0(text);
  if (i !== undefined) {
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
  if (f !== undefined) {
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
