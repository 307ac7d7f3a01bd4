/**
 * Go's formatting of the values Packer's decoder sees, so that decode errors read exactly as
 * Packer prints them: `strconv.Quote`, `strconv.FormatFloat(f, 'f', -1, 64)`, and `fmt`'s `%v` of
 * a decoded JSON value (objects arrive in plugins as `map[interface {}]interface {}`).
 */

/** Shortest round-trip decimal digits and the decimal exponent of a finite, non-zero number. */
function shortestDigits(n: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(n).toExponential().split("e");
  return { digits: mant.replace(".", ""), exp: Number(e) };
}

/** `strconv.FormatFloat(f, 'f', -1, 64)`: shortest digits, never an exponent. */
export function goFormatFloatF(n: number): string {
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  const { digits, exp } = shortestDigits(n);
  const sign = n < 0 ? "-" : "";
  const dp = exp + 1; // digits before the decimal point
  if (dp <= 0) return `${sign}0.${"0".repeat(-dp)}${digits}`;
  if (dp >= digits.length) return `${sign}${digits}${"0".repeat(dp - digits.length)}`;
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}

/** `fmt.Sprintf("%v", f)` for a float64: `%g` with the shortest digits (`1e+06`, `123456`, `1.5`). */
export function goFormatFloatV(n: number): string {
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  const { digits, exp } = shortestDigits(n);
  // strconv's 'g' with the shortest precision switches to %e when exp < -4 || exp >= 6.
  if (exp < -4 || exp >= 6) {
    const sign = n < 0 ? "-" : "";
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = exp < 0 ? "-" : "+";
    return `${sign}${mant}e${es}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return goFormatFloatF(n);
}

const NAMED_ESCAPES: Record<number, string> = {
  7: "\\a",
  8: "\\b",
  12: "\\f",
  10: "\\n",
  13: "\\r",
  9: "\\t",
  11: "\\v",
  92: "\\\\",
  34: '\\"',
};

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** `strconv.Quote`: double-quoted with Go escapes; printable Unicode is kept as is. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const named = NAMED_ESCAPES[c];
    if (named) out += named;
    else if (PRINTABLE.test(ch)) out += ch;
    else if (c < 0x80) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}

/** A decoded JSON value as Packer's plugins hold it. */
export type GoValue = string | number | boolean | null | GoValue[] | { [k: string]: GoValue };

/** `fmt.Sprintf("%v", v)` of a decoded JSON value: `[a 1 true <nil>]`, `map[a:1 b:x]` (keys sorted). */
export function goPrintValue(v: GoValue): string {
  if (v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "number") return goFormatFloatV(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(goPrintValue).join(" ")}]`;
  const keys = Object.keys(v).sort();
  return `map[${keys.map((k) => `${k}:${goPrintValue(v[k])}`).join(" ")}]`;
}

/** Go's dynamic type name of a decoded JSON value, as mapstructure prints it. */
export function goTypeOf(v: GoValue): string {
  if (v === null) return "<nil>";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "float64";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "[]interface {}";
  return "map[interface {}]interface {}";
}

/** Go's `reflect.Kind` name of a decoded JSON value (`string`, `float64`, `bool`, `slice`, `map`). */
export function goKindOf(v: GoValue): string {
  if (v === null) return "invalid";
  if (Array.isArray(v)) return "slice";
  if (typeof v === "object") return "map";
  return goTypeOf(v);
}
