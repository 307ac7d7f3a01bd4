/**
 * HCL's values (go-cty's, simplified): strings, numbers (JS numbers; integers stay exact up to
 * 2^53), bools, null, sequences (tuple/list; `SetValue` for sets), objects and maps, and unknown
 * values (known only at build time). Conversions follow cty's `convert` package.
 */

/** An object (`isMap` false) or a map (`isMap` true): attribute names to values, in source order. */
export class ObjectValue {
  constructor(
    readonly attrs: Map<string, Value>,
    readonly isMap = false,
  ) {}
}

/** A set: distinct values, in first-seen order. */
export class SetValue {
  constructor(readonly items: Value[]) {}
}

/** A value not known until the build runs. */
export class UnknownValue {
  constructor(readonly type: Type = ANY) {}
}

/** Any HCL value. Arrays are tuples and lists. */
export type Value = string | number | boolean | null | Value[] | ObjectValue | SetValue | UnknownValue;

/** A type constraint (`string`, `list(number)`, `object({...})`, `any`...). */
export type Type =
  | { k: "string" | "number" | "bool" | "any" }
  | { k: "list" | "set" | "map"; el: Type }
  | { k: "tuple"; els: Type[] }
  | { k: "object"; attrs: Map<string, { type: Type; optional: boolean; default?: Value }> };

export const ANY: Type = { k: "any" };
export const STRING: Type = { k: "string" };
export const NUMBER: Type = { k: "number" };
export const BOOL: Type = { k: "bool" };

/** Builds an object value from a plain record. */
export function obj(record: Record<string, Value>, isMap = false): ObjectValue {
  return new ObjectValue(new Map(Object.entries(record)), isMap);
}

/** Whether `v` (or anything inside it) is unknown. */
export function isUnknown(v: Value): boolean {
  if (v instanceof UnknownValue) return true;
  if (Array.isArray(v)) return v.some(isUnknown);
  if (v instanceof SetValue) return v.items.some(isUnknown);
  if (v instanceof ObjectValue) {
    for (const x of v.attrs.values()) if (isUnknown(x)) return true;
  }
  return false;
}

/** The elements of a sequence or set, or undefined. */
export function elements(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.items;
  return undefined;
}

/** Object/map attribute names in cty's (lexical) order. */
export function sortedKeys(o: ObjectValue): string[] {
  return [...o.attrs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A friendly type name, as cty prints it (`string`, `number`, `tuple`, `object`...). */
export function typeName(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "tuple";
  if (v instanceof SetValue) return "set";
  if (v instanceof ObjectValue) return v.isMap ? "map" : "object";
  return "unknown";
}

/** Formats a number as cty does when converting it to a string. */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const s = String(n);
  if (!s.includes("e")) return s;
  // cty prints without exponent ('f', -1).
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/** Parses a string as a number the way cty's string→number conversion does, or undefined. */
export function stringToNumber(s: string): number | undefined {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Deep equality as HCL's `==` (no conversion: `1 == "1"` is false). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (a instanceof SetValue && b instanceof SetValue) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => valuesEqual(x, y)));
  }
  if (a instanceof ObjectValue && b instanceof ObjectValue) {
    if (a.attrs.size !== b.attrs.size) return false;
    for (const [k, v] of a.attrs) {
      if (!b.attrs.has(k) || !valuesEqual(v, b.attrs.get(k) as Value)) return false;
    }
    return true;
  }
  return false;
}

/** Prints a type constraint as HCL writes it. */
export function typeString(t: Type): string {
  switch (t.k) {
    case "string":
    case "number":
    case "bool":
      return t.k;
    case "any":
      return "any";
    case "list":
    case "set":
    case "map":
      return `${t.k}(${typeString(t.el)})`;
    case "tuple":
      return `tuple([${t.els.map(typeString).join(", ")}])`;
    case "object":
      return `object({${[...t.attrs].map(([k, a]) => `${k}=${typeString(a.type)}`).join(", ")}})`;
  }
}

function friendly(t: Type): string {
  switch (t.k) {
    case "list":
    case "set":
    case "map":
      return `${t.k} of ${friendly(t.el)}`;
    case "any":
      return "any";
    default:
      return t.k;
  }
}

/** A conversion failure: the message and the path inside the value where it happened. */
export class ConversionError extends Error {
  constructor(
    message: string,
    readonly path: string = "",
  ) {
    super(message);
  }
}

/** Converts `v` to type `t` as cty's convert package does; throws a ConversionError. */
export function convert(v: Value, t: Type, path = ""): Value {
  if (v === null || v instanceof UnknownValue || t.k === "any") return v;
  const fail = (what: string): never => {
    throw new ConversionError(path ? `${path}: ${what}` : what, path);
  };
  switch (t.k) {
    case "string":
      if (typeof v === "string") return v;
      if (typeof v === "number") return numberToString(v);
      if (typeof v === "boolean") return v ? "true" : "false";
      return fail("string required");
    case "number": {
      if (typeof v === "number") return v;
      if (typeof v === "string") {
        const n = stringToNumber(v);
        if (n !== undefined) return n;
        return fail(`a number is required`);
      }
      return fail("number required");
    }
    case "bool":
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      if (typeof v === "string") return fail("a bool is required");
      return fail("bool required");
    case "list":
    case "set": {
      const els = elements(v);
      if (!els) return fail(`${friendly(t)} required`);
      const out = els.map((x, i) => convert(x, t.el, `${path}[${i}]`));
      if (t.k === "set") {
        const uniq: Value[] = [];
        for (const x of out) if (!uniq.some((y) => valuesEqual(x, y))) uniq.push(x);
        return new SetValue(uniq);
      }
      return out;
    }
    case "map": {
      if (!(v instanceof ObjectValue)) return fail(`${friendly(t)} required`);
      const m = new Map<string, Value>();
      for (const [k, x] of v.attrs) m.set(k, convert(x, t.el, `${path}[${JSON.stringify(k)}]`));
      return new ObjectValue(m, true);
    }
    case "tuple": {
      const els = elements(v);
      if (!els) return fail("tuple required");
      if (els.length !== t.els.length) return fail(`tuple required with ${t.els.length} elements`);
      return els.map((x, i) => convert(x, t.els[i], `${path}[${i}]`));
    }
    case "object": {
      if (!(v instanceof ObjectValue)) return fail("object required");
      const m = new Map<string, Value>();
      for (const [k, a] of t.attrs) {
        if (v.attrs.has(k) && v.attrs.get(k) !== null) {
          m.set(k, convert(v.attrs.get(k) as Value, a.type, path ? `${path}.${k}` : k));
        } else if (a.optional) {
          m.set(k, a.default !== undefined ? convert(a.default, a.type) : null);
        } else if (v.attrs.has(k)) {
          m.set(k, null);
        } else {
          return fail(`attribute "${k}" is required`);
        }
      }
      return new ObjectValue(m);
    }
  }
}

/** Renders a value as HCL-ish text for messages (never used for sensitive values). */
export function showValue(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(showValue).join(", ")}]`;
  if (v instanceof SetValue) return `toset([${v.items.map(showValue).join(", ")}])`;
  if (v instanceof ObjectValue)
    return `{${[...v.attrs].map(([k, x]) => `${k} = ${showValue(x)}`).join(", ")}}`;
  return "(known after build)";
}

/** Converts a plain JS/JSON value to an HCL value (objects become objects, arrays tuples). */
export function fromJson(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  if (Array.isArray(x)) return x.map(fromJson);
  if (typeof x === "object") {
    return new ObjectValue(
      new Map(Object.entries(x as Record<string, unknown>).map(([k, y]) => [k, fromJson(y)])),
    );
  }
  return null;
}

/** Converts a known value to plain JSON data (sets become arrays, unknowns null). */
export function toJson(v: Value): unknown {
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof SetValue) return v.items.map(toJson);
  if (v instanceof ObjectValue) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.attrs) o[k] = toJson(x);
    return o;
  }
  if (v instanceof UnknownValue) return null;
  return v;
}
