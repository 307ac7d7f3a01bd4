/**
 * The parts of Go's fmt package the template builtins need: Sprint, Sprintln and Sprintf with the
 * common verbs (%v %s %d %q %x %X %o %b %c %U %t %e %f %g %T %%), flags, width and precision, and
 * Go's error markers (`%!d(string=a)`, `%!s(MISSING)`, `%!(EXTRA int=1)`).
 */
import { goBytes } from "./bytes.js";
import { goQuote, isPrintRune } from "./lex.js";
import {
  type GoComplex,
  GoNumber,
  type GoStruct,
  kindOf,
  mapEntries,
  NO_VALUE,
  numValue,
  typeName,
} from "./values.js";

/** Decimal digits and decimal-point position of the shortest representation of |f|. */
function shortestDigits(f: number): { digits: string; dp: number } {
  if (f === 0) return { digits: "0", dp: 1 };
  const [mant, exp] = Math.abs(f).toExponential().split("e");
  return { digits: mant.replace(".", ""), dp: Number(exp) + 1 };
}

/** The exact decimal expansion of |f| (a finite double): digits without leading zeros, and dp. */
function exactDigits(f: number): { digits: string; dp: number } {
  if (f === 0) return { digits: "0", dp: 1 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(f));
  const bits = view.getBigUint64(0);
  const bexp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = bexp - 1075;
  }
  let digits: string;
  let dp: number;
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

/** Rounds a digit string to n digits, half to even on an exact tie (as strconv does). */
function roundDigits(d: { digits: string; dp: number }, n: number): { digits: string; dp: number } {
  if (n < 0) return { digits: "0", dp: d.dp };
  if (d.digits.length <= n) return d;
  let up: boolean;
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

/** Digits of |f| rounded to n significant digits (trailing zeros trimmed). */
function precDigits(f: number, n: number): { digits: string; dp: number } {
  if (f === 0) return { digits: "0", dp: 1 };
  return roundDigits(exactDigits(f), n);
}

/** Digits of |f| rounded to `prec` digits after the decimal point. */
function fixedDigits(f: number, prec: number): { digits: string; dp: number } {
  if (f === 0) return { digits: "0", dp: 1 };
  const d = exactDigits(f);
  const r = roundDigits(d, d.dp + prec);
  if (d.dp + prec < 0 || (r.digits === "0" && d.dp + prec <= 0)) {
    // Rounds to zero unless it rounds up into the first kept place.
    const n = d.dp + prec;
    if (n === 0 && (d.digits[0] > "5" || (d.digits[0] === "5" && d.digits.length > 1))) {
      return { digits: "1", dp: d.dp + 1 };
    }
    return { digits: "0", dp: 1 };
  }
  return r;
}

function fmtE(neg: boolean, digits: string, dp: number, prec: number, e: string): string {
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

function fmtF(neg: boolean, digits: string, dp: number, prec: number): string {
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

/** strconv.FormatFloat(f, fmt, prec, 64) for fmt in e E f g G. */
export function formatFloat(f: number, fmt: "e" | "E" | "f" | "g" | "G", prec: number): string {
  if (Number.isNaN(f)) return "NaN";
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  const neg = f < 0 || Object.is(f, -0);
  const shortest = prec < 0;
  if (fmt === "f") {
    if (shortest) {
      const d = shortestDigits(f);
      return fmtF(neg, d.digits, d.dp, Math.max(d.digits.length - d.dp, 0));
    }
    const d = fixedDigits(f, prec);
    return fmtF(neg, d.digits, d.dp, prec);
  }
  if (fmt === "e" || fmt === "E") {
    if (shortest) {
      const d = shortestDigits(f);
      return fmtE(neg, d.digits, d.dp, d.digits.length - 1, fmt);
    }
    const d = f === 0 ? { digits: "0", dp: 1 } : precDigits(f, prec + 1);
    return fmtE(neg, d.digits, d.dp, prec, fmt);
  }
  let p = prec;
  let d: { digits: string; dp: number };
  if (shortest) {
    d = shortestDigits(f);
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

/** The %v rendering of a value (fmt's default format). */
export function formatV(v: unknown, plus = false): string {
  switch (kindOf(v)) {
    case "invalid":
      return "<invalid reflect.Value>";
    case "nil":
      return "<nil>";
    case "string":
      return v as string;
    case "int":
    case "uint":
      return String(v instanceof GoNumber ? v.value : v);
    case "float":
      return formatFloat(numValue(v), "g", -1);
    case "complex": {
      const c = v as GoComplex;
      const im = formatFloat(c.im, "g", -1);
      return `(${formatFloat(c.re, "g", -1)}${im[0] === "-" || im[0] === "+" ? "" : "+"}${im}i)`;
    }
    case "bool":
      return v ? "true" : "false";
    case "slice":
      return "[" + (v as unknown[]).map((e) => formatV(e, plus)).join(" ") + "]";
    case "map":
      return (
        "map[" +
        mapEntries(v as Record<string, unknown>)
          .map(([k, val]) => formatV(k, plus) + ":" + formatV(val, plus))
          .join(" ") +
        "]"
      );
    case "struct": {
      const s = v as GoStruct;
      return (
        "{" +
        Object.entries(s.fields)
          .map(([k, val]) => (plus ? k + ":" : "") + formatV(val, plus))
          .join(" ") +
        "}"
      );
    }
    default:
      return String(v);
  }
}

/** fmt.Sprint: operands concatenated, with a space between two operands that are not strings. */
export function sprint(args: unknown[]): string {
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

/** fmt.Sprintln: operands separated by spaces, then a newline. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => formatV(a)).join(" ") + "\n";
}

interface Flags {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV?: boolean;
  sharpV?: boolean;
  width?: number;
  prec?: number;
}

function pad(s: string, f: Flags, numeric: boolean): string {
  if (f.width === undefined) return s;
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

function badVerb(verb: string, a: unknown): string {
  if (a === null || a === NO_VALUE) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(a)}=${formatV(a)})`;
}

/** A code point for %c/%q: invalid ones become U+FFFD as in Go. */
function safeRune(n: bigint): number {
  if (n < 0n || n > 0x10ffffn || (n >= 0xd800n && n <= 0xdfffn)) return 0xfffd;
  return Number(n);
}

function fmtInteger(n: bigint, base: number, verb: string, f: Flags): string {
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString(base);
  if (verb === "X") digits = digits.toUpperCase();
  if (f.prec !== undefined) {
    if (f.prec === 0 && n === 0n) digits = "";
    digits = digits.padStart(f.prec, "0");
  } else if (f.zero && f.width !== undefined && !f.minus) {
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

/** strconv.Quote (or QuoteToASCII when `ascii`) of a string. */
function quote(s: string, ascii: boolean): string {
  if (!ascii) return goQuote(s);
  let out = "";
  for (const ch of goQuote(s).slice(1, -1)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return '"' + out + '"';
}

function quoteRune(r: number, ascii: boolean): string {
  const s = String.fromCodePoint(r);
  if (s === "'") return "'\\''";
  if (s === '"') return "'\"'";
  const q = quote(s, ascii);
  return "'" + q.slice(1, -1) + "'";
}

/** strconv 'x' format (hexadecimal mantissa and binary exponent), shortest precision. */
function formatHexFloat(x: number, upper: boolean): string {
  let s: string;
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

/** fmt's handling of the '#' flag on floats: keep the decimal point and trailing zeros. */
function sharpFloat(num: string, verb: string, prec: number | undefined): string {
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

/** Go-syntax rendering (%#v). */
function goSyntax(v: unknown): string {
  switch (kindOf(v)) {
    case "invalid":
      return "<invalid reflect.Value>";
    case "nil":
      return "interface {}(nil)";
    case "string":
      return goQuote(v as string);
    case "slice":
      return "[]interface {}{" + (v as unknown[]).map(goSyntax).join(", ") + "}";
    case "map":
      return (
        "map[string]interface {}{" +
        mapEntries(v as Record<string, unknown>)
          .map(([k, val]) => goSyntax(k) + ":" + goSyntax(val))
          .join(", ") +
        "}"
      );
    case "uint":
      return "0x" + numValue(v).toString(16);
    default:
      return formatV(v);
  }
}

function formatOne(verb: string, a: unknown, f: Flags): string {
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
    return "[" + (a as unknown[]).map((e) => formatOne(verb, e, { ...f, width: undefined })).join(" ") + "]";
  }
  switch (kind) {
    case "string": {
      let s = a as string;
      switch (verb) {
        case "v":
        case "s":
          if (f.prec !== undefined) s = [...s].slice(0, f.prec).join("");
          return pad(s, f, false);
        case "q":
          if (f.prec !== undefined) s = [...s].slice(0, f.prec).join("");
          if (
            f.sharp &&
            !s.includes("`") &&
            [...s].every((c) => c === "\t" || isPrintRune(c.codePointAt(0)!))
          ) {
            return pad("`" + s + "`", f, false);
          }
          return pad(quote(s, f.plus), f, false);
        case "x":
        case "X": {
          let bytes = goBytes(s);
          if (f.prec !== undefined) bytes = bytes.subarray(0, f.prec);
          let hex = [...bytes].map((b) => b.toString(16).padStart(2, "0"));
          if (verb === "X") hex = hex.map((h) => h.toUpperCase());
          const pre = f.sharp ? (verb === "X" ? "0X" : "0x") : "";
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
      let s: string;
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

/** fmt.Sprintf with Go's verbs, flags, `*` and `[n]` argument indexes, and error markers. */
export function sprintf(format: string, args: unknown[]): string {
  let out = "";
  let argNum = 0;
  let reordered = false;
  let goodArgNum = true;
  let i = 0;
  // Parses an optional [n] at i; returns whether one was found.
  const argIndex = (): void => {
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
  };
  while (i < format.length) {
    const pct = format.indexOf("%", i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    goodArgNum = true;
    const f: Flags = { minus: false, plus: false, sharp: false, space: false, zero: false };
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
      const w = argNum < args.length ? args[argNum++] : undefined;
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
        const p = argNum < args.length ? args[argNum++] : undefined;
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
    const verb = String.fromCodePoint(format.codePointAt(i)!);
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
    out +=
      "%!(EXTRA " +
      args
        .slice(argNum)
        .map((a) => (a === null ? "<nil>" : `${typeName(a)}=${formatV(a)}`))
        .join(", ") +
      ")";
  }
  return out;
}
