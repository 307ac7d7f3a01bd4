/**
 * The Go value model the template engine works on. JavaScript values map to Go types:
 * string → string, integer number → int, other number → float64, boolean → bool, null → nil,
 * array → []interface {}, plain object or Map → map[string]interface {}. `GoNumber` carries other
 * numeric types (a float64 that happens to be integral, a uint8 from `index` on a string) and
 * `GoStruct` a named struct. `NO_VALUE` is Go's invalid reflect.Value (a missing map key).
 */

/** Go's invalid reflect.Value: what a missing key evaluates to; printed as `<no value>`. */
export const NO_VALUE: unique symbol = Symbol("no value");
export type NoValue = typeof NO_VALUE;

/** A number with an explicit Go type other than int. */
export class GoNumber {
  constructor(
    readonly goType: "float64" | "uint8" | "int64" | "uint64",
    readonly value: number,
  ) {}
}

/** A Go complex128 (from a template constant such as `1+2i`). */
export class GoComplex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

/** A Go struct value: field access on a missing field fails as in Go (`can't evaluate field`). */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Record<string, unknown>,
  ) {}
}

export type Kind =
  | "invalid"
  | "nil"
  | "string"
  | "int"
  | "uint"
  | "float"
  | "complex"
  | "bool"
  | "slice"
  | "map"
  | "struct"
  | "func"
  | "other";

export function isPlainMap(v: unknown): v is Record<string, unknown> | Map<unknown, unknown> {
  if (v instanceof Map) return true;
  if (
    typeof v !== "object" ||
    v === null ||
    Array.isArray(v) ||
    v instanceof GoNumber ||
    v instanceof GoStruct
  )
    return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The Go kind of a value. */
export function kindOf(v: unknown): Kind {
  if (v === NO_VALUE || v === undefined) return "invalid";
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

/** The Go type name of a value as reflect prints it (`string`, `int`, `map[string]interface {}`). */
export function typeName(v: unknown): string {
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

/** The numeric value of an int/uint/float kind. */
export function numValue(v: unknown): number {
  if (v instanceof GoNumber) return v.value;
  if (typeof v === "bigint") return Number(v);
  return v as number;
}

/** Map entries with keys sorted as Go's fmt and range sort them. */
export function mapEntries(v: Record<string, unknown> | Map<unknown, unknown>): [unknown, unknown][] {
  const entries: [unknown, unknown][] = v instanceof Map ? [...v.entries()] : Object.entries(v);
  const filtered = entries.filter(([, val]) => val !== undefined);
  filtered.sort(([a], [b]) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    // Go sorts string keys bytewise (UTF-8), which differs from UTF-16 order above U+FFFF.
    return Buffer.compare(Buffer.from(String(a), "utf8"), Buffer.from(String(b), "utf8"));
  });
  return filtered;
}

/** Looks up a key in a map value; NO_VALUE when missing. */
export function mapGet(m: Record<string, unknown> | Map<unknown, unknown>, key: unknown): unknown {
  if (m instanceof Map) {
    const v = m.get(key);
    return v === undefined ? NO_VALUE : v;
  }
  if (typeof key !== "string" || !Object.hasOwn(m, key)) return NO_VALUE;
  const v = (m as Record<string, unknown>)[key];
  return v === undefined ? NO_VALUE : v;
}

/** Number of elements of a map. */
export function mapLen(m: Record<string, unknown> | Map<unknown, unknown>): number {
  return mapEntries(m).length;
}

/** Go's template truth: `[truth, ok]`; ok is false for values if/with cannot test. */
export function isTrue(v: unknown): [boolean, boolean] {
  switch (kindOf(v)) {
    case "invalid":
      return [false, true];
    case "nil":
      return [false, true];
    case "string":
      return [(v as string).length > 0, true];
    case "int":
    case "uint":
    case "float":
      return [numValue(v) !== 0, true];
    case "complex":
      return [(v as GoComplex).re !== 0 || (v as GoComplex).im !== 0, true];
    case "bool":
      return [v as boolean, true];
    case "slice":
      return [(v as unknown[]).length > 0, true];
    case "map":
      return [mapLen(v as Record<string, unknown>) > 0, true];
    case "struct":
      return [true, true];
    case "func":
      return [true, true];
    default:
      return [true, true];
  }
}

/** Go's truth() used by and/or/not. */
export function truth(v: unknown): boolean {
  return isTrue(v)[0];
}
