/**
 * Go text/template's builtin functions (Go 1.19): and, or, not, len, index, slice, call, print,
 * printf, println, html, js, urlquery, eq, ne, lt, le, gt, ge, with Go's error texts.
 */
import { goBytes, goString } from "./bytes.js";
import { sprint, sprintf, sprintln } from "./fmt.js";
import { FuncError, fn, type GoFunc } from "./funcs.js";
import { isPrintRune } from "./lex.js";
import {
  type GoComplex,
  GoNumber,
  kindOf,
  mapGet,
  mapLen,
  NO_VALUE,
  numValue,
  truth,
  typeName,
} from "./values.js";

const utf8 = (s: string) => goBytes(s);

/** Go's printableValue for the escapers: a nil argument prints as `<no value>`. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args.map((a) => (a === null || a === NO_VALUE ? "<no value>" : a)));
}

function htmlEscape(s: string): string {
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

function jsEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
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
          if (c < 0x20) out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
          else out += ch;
      }
    } else if (isPrintRune(c) || (c >= 0xdc80 && c <= 0xdcff)) {
      // A carried invalid byte decodes to U+FFFD, which is printable: Go copies the byte.
      out += ch;
    } else {
      out += `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
    }
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = "";
  for (const b of utf8(s)) {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

type BasicKind = "bool" | "int" | "uint" | "float" | "string" | "complex";

function basicKind(v: unknown): BasicKind {
  const k = kindOf(v);
  if (k === "bool" || k === "int" || k === "uint" || k === "float" || k === "string" || k === "complex")
    return k;
  throw new FuncError("invalid type for comparison");
}

function tryBasicKind(v: unknown): BasicKind | "invalid" | "other" {
  const k = kindOf(v);
  if (k === "bool" || k === "int" || k === "uint" || k === "float" || k === "string" || k === "complex")
    return k;
  return k === "invalid" ? "invalid" : "other";
}

function eq(arg1: unknown, rest: unknown[]): boolean {
  if (rest.length === 0) throw new FuncError("missing argument for comparison");
  const k1 = tryBasicKind(arg1);
  for (const arg of rest) {
    const k2 = tryBasicKind(arg);
    let t = false;
    if (k1 !== k2) {
      if ((k1 === "int" && k2 === "uint") || (k1 === "uint" && k2 === "int")) {
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
          t =
            (arg1 as GoComplex).re === (arg as GoComplex).re &&
            (arg1 as GoComplex).im === (arg as GoComplex).im;
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

function lt(arg1: unknown, arg2: unknown): boolean {
  const k1 = basicKind(arg1);
  const k2 = basicKind(arg2);
  if (k1 !== k2) {
    if ((k1 === "int" && k2 === "uint") || (k1 === "uint" && k2 === "int"))
      return numValue(arg1) < numValue(arg2);
    throw new FuncError("incompatible types for comparison");
  }
  switch (k1) {
    case "bool":
    case "complex":
      throw new FuncError("invalid type for comparison");
    case "string":
      return Buffer.compare(utf8(arg1 as string), utf8(arg2 as string)) < 0;
    default:
      return numValue(arg1) < numValue(arg2);
  }
}

function le(a: unknown, b: unknown): boolean {
  return lt(a, b) || eq(a, [b]);
}

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === "int" || k === "uint") {
    const x = numValue(index);
    if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
    return x;
  }
  if (index === NO_VALUE || index === null) throw new FuncError("cannot index slice/array with nil");
  throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
}

function goIndex(item: unknown, indexes: unknown[]): unknown {
  if (item === NO_VALUE) throw new FuncError("index of untyped nil");
  if (item === null) throw new FuncError("index of nil pointer");
  let cur: unknown = item;
  for (const index of indexes) {
    if (cur === null) throw new FuncError("index of nil pointer");
    const k = kindOf(cur);
    if (k === "string") {
      const b = utf8(cur as string);
      const x = indexArg(index, b.length);
      if (x === b.length) throw new FuncError("reflect: string index out of range");
      cur = new GoNumber("uint8", b[x]);
    } else if (k === "slice") {
      const a = cur as unknown[];
      const x = indexArg(index, a.length);
      if (x === a.length) throw new FuncError("reflect: slice index out of range");
      cur = a[x];
    } else if (k === "map") {
      if (index === NO_VALUE || index === null) throw new FuncError("value is nil; should be of type string");
      if (typeof index !== "string") {
        throw new FuncError(`value has type ${typeName(index)}; should be string`);
      }
      const v = mapGet(cur as Record<string, unknown>, index);
      cur = v === NO_VALUE ? null : v;
    } else {
      throw new FuncError(`can't index item of type ${typeName(cur)}`);
    }
  }
  return cur;
}

function goSlice(item: unknown, indexes: unknown[]): unknown {
  if (item === NO_VALUE) throw new FuncError("slice of untyped nil");
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  let len: number;
  if (k === "string") {
    if (indexes.length === 3) throw new FuncError("cannot 3-index slice a string");
    len = utf8(item as string).length;
  } else if (k === "slice") {
    len = (item as unknown[]).length;
  } else {
    throw new FuncError(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, len];
  for (let i = 0; i < indexes.length; i++) {
    idx[i] = indexArg(indexes[i], len);
    if (i > 0 && idx[i] < idx[i - 1]) throw new FuncError(`invalid slice index: ${idx[i - 1]} > ${idx[i]}`);
  }
  if (k === "string") return goString(utf8(item as string).subarray(idx[0], idx[1]));
  return (item as unknown[]).slice(idx[0], idx[1]);
}

function goLen(item: unknown): number {
  if (item === NO_VALUE) throw new FuncError("reflect: call of reflect.Value.Type on zero Value");
  if (item === null) throw new FuncError("len of nil pointer");
  switch (kindOf(item)) {
    case "string":
      return utf8(item as string).length;
    case "slice":
      return (item as unknown[]).length;
    case "map":
      return mapLen(item as Record<string, unknown>);
  }
  throw new FuncError(`len of type ${typeName(item)}`);
}

/** The builtin function table. */
export function builtins(): Record<string, GoFunc> {
  return {
    and: { params: ["value"], variadic: "value", shortCircuit: "and", call: () => undefined },
    or: { params: ["value"], variadic: "value", shortCircuit: "or", call: () => undefined },
    not: fn(["value"], ([a]) => !truth(a)),
    len: fn(["value"], ([a]) => goLen(a)),
    index: fn(["value"], ([item, ...rest]) => goIndex(item, rest), "value"),
    slice: fn(["value"], ([item, ...rest]) => goSlice(item, rest), "value"),
    call: fn(
      ["value"],
      ([f]) => {
        if (f === NO_VALUE || f === null) throw new FuncError("call of nil");
        if (typeof f !== "function") throw new FuncError(`non-function of type ${typeName(f)}`);
        return (f as () => unknown)();
      },
      "value",
    ),
    print: fn([], (args) => sprint(args), "any"),
    printf: fn(["string"], ([f, ...args]) => sprintf(f as string, args), "any"),
    println: fn([], (args) => sprintln(args), "any"),
    html: fn([], (args) => htmlEscape(evalArgs(args)), "any"),
    js: fn([], (args) => jsEscape(evalArgs(args)), "any"),
    urlquery: fn([], (args) => queryEscape(evalArgs(args)), "any"),
    eq: fn(["value"], ([a, ...rest]) => eq(a, rest), "value"),
    ne: fn(["value", "value"], ([a, b]) => !eq(a, [b])),
    lt: fn(["value", "value"], ([a, b]) => lt(a, b)),
    le: fn(["value", "value"], ([a, b]) => le(a, b)),
    gt: fn(["value", "value"], ([a, b]) => !le(a, b)),
    ge: fn(["value", "value"], ([a, b]) => !lt(a, b)),
  };
}
