/**
 * String functions as go-cty's stdlib and Packer define them: chomp, format, formatlist, indent,
 * join, lower, upper, title, replace, regex, regexall, regex_replace, split, strrev, substr, trim*,
 * startswith, endswith, strcontains.
 */
import { FunctionError } from "../function.js";
import { elements, numberToString, ObjectValue, SetValue, showValue, type Value } from "../values.js";
import { ANY, BOOL, type HclFunction, NUMBER, p, STRING, strFn } from "./helpers.js";

/** The widest padding `format` and `indent` produce (bounded memory). */
const MAX_PAD = 65_536;

const graphemes = (s: string): string[] =>
  [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(s)].map((x) => x.segment);

function goRegex(pattern: string, arg: number): RegExp {
  // RE2 syntax is close to JS's for common patterns; named groups (?P<n>...) become (?<n>...).
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), "gu");
  } catch (err) {
    throw new FunctionError(`invalid regular expression pattern: ${(err as Error).message}`, arg);
  }
}

function regexResult(m: RegExpExecArray): Value {
  if (m.groups) return new ObjectValue(new Map(Object.entries(m.groups).map(([k, v]) => [k, v ?? null])));
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}

/** Go's fmt verbs as cty's `format` implements them: %v %#v %t %d %b %o %x %X %e %f %g %s %q %%. */
export function goFormat(fmt: string, args: Value[]): string {
  let out = "";
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*))?(?:\[(\d+)\])?([a-zA-Z%])/gy;
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(fmt);
    if (!m) throw new FunctionError(`unrecognized format verb at offset ${pct}`, 0);
    i = re.lastIndex;
    const [, flags, width, prec, , verb] = m;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argi >= args.length)
      throw new FunctionError(
        `not enough arguments for "%${verb}" at ${pct}: need index ${argi + 1} but have ${args.length} total`,
      );
    const a = args[argi++];
    let s: string;
    const num = (): number => {
      if (typeof a === "number") return a;
      const n = typeof a === "string" ? Number(a) : Number.NaN;
      if (Number.isNaN(n))
        throw new FunctionError(`unsupported value for "%${verb}" at ${pct}: number required`);
      return n;
    };
    const precision = prec !== undefined ? Number(prec) : undefined;
    switch (verb) {
      case "v":
        s = flags.includes("#")
          ? JSON.stringify(toPlainForFormat(a))
          : typeof a === "string"
            ? a
            : a === null
              ? "null"
              : showValue(a);
        if (typeof a === "number") s = numberToString(a);
        break;
      case "t":
        if (typeof a !== "boolean" && a !== "true" && a !== "false")
          throw new FunctionError(`unsupported value for "%t" at ${pct}: bool required`);
        s = String(a);
        break;
      case "d": {
        const n = num();
        if (!Number.isInteger(n))
          throw new FunctionError(`unsupported value for "%d" at ${pct}: an integer is required`);
        s = numberToString(n);
        if (flags.includes("+") && n >= 0) s = `+${s}`;
        break;
      }
      case "b":
        s = Math.trunc(num()).toString(2);
        break;
      case "o":
        s = Math.trunc(num()).toString(8);
        break;
      case "x":
      case "X":
        s =
          typeof a === "string" && Number.isNaN(Number(a))
            ? Buffer.from(a).toString("hex")
            : Math.trunc(num()).toString(16);
        if (verb === "X") s = s.toUpperCase();
        break;
      case "e":
      case "E":
        s = num()
          .toExponential(precision ?? 6)
          .replace(/e([+-])(\d)$/, "e$10$2");
        if (verb === "E") s = s.toUpperCase();
        break;
      case "f":
      case "F":
        s = num().toFixed(precision ?? 6);
        break;
      case "g":
      case "G":
        s = precision !== undefined ? String(Number(num().toPrecision(precision))) : numberToString(num());
        break;
      case "s":
        if (a === null || typeof a === "object")
          throw new FunctionError(`unsupported value for "%s" at ${pct}: string required`);
        s = typeof a === "number" ? numberToString(a) : String(a);
        if (precision !== undefined) s = graphemes(s).slice(0, precision).join("");
        break;
      case "q":
        if (a === null || typeof a === "object")
          throw new FunctionError(`unsupported value for "%q" at ${pct}: string required`);
        s = JSON.stringify(typeof a === "number" ? numberToString(a) : String(a));
        break;
      default:
        throw new FunctionError(`unsupported format verb "%${verb}" at ${pct}`);
    }
    if (width !== undefined && width !== "*") {
      const w = Number(width);
      if (w > MAX_PAD) throw new FunctionError(`width ${w} is larger than ${MAX_PAD}`);
      const len = graphemes(s).length;
      if (len < w) {
        const pad = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(w - len);
        s = flags.includes("-") ? s + pad : pad + s;
      }
    }
    out += s;
  }
  if (argi < args.length) throw new FunctionError(`too many arguments; only ${argi} used by format string`);
  return out;
}

function toPlainForFormat(v: Value): unknown {
  if (Array.isArray(v)) return v.map(toPlainForFormat);
  if (v instanceof SetValue) return v.items.map(toPlainForFormat);
  if (v instanceof ObjectValue)
    return Object.fromEntries([...v.attrs].map(([k, x]) => [k, toPlainForFormat(x)]));
  return v;
}

/** The string functions, by name. */
export const stringFunctions: Record<string, HclFunction> = {
  chomp: strFn((s) => s.replace(/(\r\n|\n|\r)+$/, "")),
  lower: strFn((s) => s.toLowerCase()),
  upper: strFn((s) => s.toUpperCase()),
  title: strFn((s) =>
    s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
  ),
  strrev: strFn((s) => graphemes(s).reverse().join("")),
  trimspace: strFn((s) => s.replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, "")),
  trim: {
    params: [p("str", STRING), p("cutset", STRING)],
    impl: ([s, cut]) => {
      const set = new Set([...(cut as string)]);
      const chars = [...(s as string)];
      let a = 0;
      let b = chars.length;
      while (a < b && set.has(chars[a])) a++;
      while (b > a && set.has(chars[b - 1])) b--;
      return chars.slice(a, b).join("");
    },
  },
  trimprefix: {
    params: [p("str", STRING), p("prefix", STRING)],
    impl: ([s, x]) => ((s as string).startsWith(x as string) ? (s as string).slice((x as string).length) : s),
  },
  trimsuffix: {
    params: [p("str", STRING), p("suffix", STRING)],
    impl: ([s, x]) =>
      (x as string) !== "" && (s as string).endsWith(x as string)
        ? (s as string).slice(0, -(x as string).length)
        : s,
  },
  startswith: {
    params: [p("str", STRING), p("prefix", STRING)],
    impl: ([s, x]) => (s as string).startsWith(x as string),
  },
  endswith: {
    params: [p("str", STRING), p("suffix", STRING)],
    impl: ([s, x]) => (s as string).endsWith(x as string),
  },
  strcontains: {
    params: [p("str", STRING), p("substr", STRING)],
    impl: ([s, x]) => (s as string).includes(x as string),
  },
  indent: {
    params: [p("spaces", NUMBER), p("str", STRING)],
    impl: ([n, s]) => {
      const k = n as number;
      if (!Number.isInteger(k) || k < 0 || k > MAX_PAD)
        throw new FunctionError(`spaces must be a whole number between 0 and ${MAX_PAD}`, 0);
      return (s as string).replace(/\n/g, `\n${" ".repeat(k)}`);
    },
  },
  join: {
    params: [p("separator", STRING)],
    variadic: p("lists", { k: "list", el: STRING }),
    impl: ([sep, ...lists]) => {
      if (lists.length === 0) throw new FunctionError("at least one list is required");
      const items: string[] = [];
      for (const l of lists) {
        for (const x of elements(l) ?? []) {
          if (x === null) throw new FunctionError("element must not be null");
          items.push(x as string);
        }
      }
      return items.join(sep as string);
    },
  },
  split: {
    params: [p("separator", STRING), p("str", STRING)],
    impl: ([sep, s]) => ((s as string) === "" ? [""] : (s as string).split(sep as string)),
  },
  replace: {
    params: [p("str", STRING), p("substr", STRING), p("replace", STRING)],
    impl: ([s, sub, rep]) => {
      const str = s as string;
      const pat = sub as string;
      if (pat.length > 2 && pat.startsWith("/") && pat.endsWith("/")) {
        const re = goRegex(pat.slice(1, -1), 1);
        return str.replace(
          re,
          (rep as string).replace(/\$\{?(\w+)\}?/g, "$$<$1>").replace(/\$<(\d+)>/g, "$$$1"),
        );
      }
      return str.split(pat).join(rep as string);
    },
  },
  regex_replace: {
    params: [p("str", STRING), p("substr", STRING), p("replace", STRING)],
    impl: ([s, pat, rep]) => {
      const re = goRegex(pat as string, 1);
      return (s as string).replace(
        re,
        (rep as string).replace(/\$\{?(\w+)\}?/g, "$$<$1>").replace(/\$<(\d+)>/g, "$$$1"),
      );
    },
  },
  regex: {
    params: [p("pattern", STRING), p("string", STRING)],
    impl: ([pat, s]) => {
      const re = goRegex(pat as string, 0);
      const m = re.exec(s as string);
      if (!m) throw new FunctionError("pattern did not match any part of the given string");
      return regexResult(m);
    },
  },
  regexall: {
    params: [p("pattern", STRING), p("string", STRING)],
    impl: ([pat, s]) => {
      const re = goRegex(pat as string, 0);
      return [...(s as string).matchAll(re)].map((m) => regexResult(m as RegExpExecArray));
    },
  },
  substr: {
    params: [p("str", STRING), p("offset", NUMBER), p("length", NUMBER)],
    impl: ([s, o, l]) => {
      const g = graphemes(s as string);
      let off = o as number;
      let len = l as number;
      if (off < 0) off = Math.max(0, g.length + off);
      if (off > g.length) return "";
      if (len < 0) len = g.length - off;
      return g.slice(off, off + len).join("");
    },
  },
  format: {
    params: [p("format", STRING)],
    variadic: p("args", ANY, { allowNull: true }),
    impl: ([f, ...args]) => goFormat(f as string, args),
  },
  formatlist: {
    params: [p("format", STRING)],
    variadic: p("args", ANY, { allowNull: true }),
    impl: ([f, ...args]) => {
      let n = -1;
      args.forEach((a, i) => {
        const els = elements(a);
        if (els) {
          if (n >= 0 && els.length !== n)
            throw new FunctionError(
              `argument ${i + 1} has length ${els.length}, which is inconsistent with argument 1 of length ${n}`,
            );
          n = els.length;
        }
      });
      if (n < 0) return [goFormat(f as string, args)];
      const out: Value[] = [];
      for (let i = 0; i < n; i++)
        out.push(
          goFormat(
            f as string,
            args.map((a) => elements(a)?.[i] ?? a),
          ),
        );
      return out;
    },
  },
};

void BOOL;
