/**
 * Collection functions as go-cty and Packer define them: length, element, concat, contains,
 * distinct, flatten, index, keys, values, lookup, merge, range, reverse, slice, sort, sum,
 * chunklist, coalesce, coalescelist, compact, zipmap, transpose, one, alltrue, anytrue, set*.
 */
import { FunctionError } from "../function.js";
import {
  ConversionError,
  convert,
  elements,
  numberToString,
  ObjectValue,
  SetValue,
  sortedKeys,
  type Value,
  valuesEqual,
} from "../values.js";
import { ANY, type HclFunction, NUMBER, p, STRING } from "./helpers.js";

function seq(v: Value, arg: number, what = "list, set, or tuple"): Value[] {
  const els = elements(v);
  if (!els) throw new FunctionError(`a ${what} is required`, arg);
  return els;
}

function uniq(items: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of items) if (!out.some((y) => valuesEqual(x, y))) out.push(x);
  return out;
}

function objOf(v: Value, arg: number): ObjectValue {
  if (!(v instanceof ObjectValue)) throw new FunctionError("a map or object is required", arg);
  return v;
}

/** The collection functions, by name. */
export const collectionFunctions: Record<string, HclFunction> = {
  length: {
    params: [p("value")],
    impl: ([v]) => {
      if (typeof v === "string")
        return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(v)].length;
      if (v instanceof ObjectValue) return v.attrs.size;
      const els = elements(v);
      if (els) return els.length;
      throw new FunctionError("value must be a string, list, set, tuple, map or object", 0);
    },
  },
  element: {
    params: [p("list"), p("index", NUMBER)],
    impl: ([l, i]) => {
      const els = seq(l, 0, "list or tuple");
      if (els.length === 0) throw new FunctionError("cannot use element function with an empty list");
      const n = Math.floor(i as number);
      if (n < 0) throw new FunctionError("cannot use element function with a negative index");
      return els[n % els.length];
    },
  },
  concat: {
    params: [],
    variadic: p("seqs"),
    impl: (ls) => {
      if (ls.length === 0) throw new FunctionError("at least one argument is required");
      return ls.flatMap((l, i) => seq(l, i));
    },
  },
  contains: {
    params: [p("list"), p("value")],
    impl: ([l, v]) => seq(l, 0).some((x) => valuesEqual(x, v)),
  },
  distinct: { params: [p("list")], impl: ([l]) => uniq(seq(l, 0)) },
  flatten: {
    params: [p("list")],
    impl: ([l]) => {
      const out: Value[] = [];
      const walk = (xs: Value[]): void => {
        for (const x of xs) {
          const e = elements(x);
          if (e) walk(e);
          else out.push(x);
        }
      };
      walk(seq(l, 0));
      return out;
    },
  },
  index: {
    params: [p("list"), p("value")],
    impl: ([l, v]) => {
      const i = seq(l, 0).findIndex((x) => valuesEqual(x, v));
      if (i < 0) throw new FunctionError("item not found");
      return i;
    },
  },
  keys: { params: [p("inputMap")], impl: ([m]) => sortedKeys(objOf(m, 0)) },
  values: {
    params: [p("mapping")],
    impl: ([m]) => {
      const o = objOf(m, 0);
      return sortedKeys(o).map((k) => o.attrs.get(k) as Value);
    },
  },
  lookup: {
    params: [p("inputMap"), p("key", STRING)],
    variadic: p("default", ANY, { allowNull: true }),
    impl: ([m, k, ...d]) => {
      const o = objOf(m, 0);
      if (d.length > 1) throw new FunctionError("lookup() takes no more than three arguments");
      if (o.attrs.has(k as string)) return o.attrs.get(k as string) as Value;
      if (d.length === 1) return d[0];
      throw new FunctionError(`lookup failed to find key ${JSON.stringify(k)}`);
    },
  },
  merge: {
    params: [],
    variadic: p("maps", ANY, { allowNull: true }),
    impl: (ms) => {
      const out = new Map<string, Value>();
      let allMaps = ms.length > 0;
      ms.forEach((m, i) => {
        if (m === null) return;
        const o = objOf(m, i);
        if (!o.isMap) allMaps = false;
        for (const [k, v] of o.attrs) out.set(k, v);
      });
      return new ObjectValue(out, allMaps);
    },
  },
  range: {
    params: [],
    variadic: p("params", NUMBER),
    impl: (args) => {
      const ns = args as number[];
      let [start, end, step] = [0, 0, 1];
      if (ns.length === 1) end = ns[0];
      else if (ns.length === 2) [start, end] = ns;
      else if (ns.length === 3) [start, end, step] = ns;
      else throw new FunctionError("must have one, two, or three arguments");
      if (step === 0) throw new FunctionError("step must not be zero", 2);
      if ((end - start) / step > 1024)
        throw new FunctionError(
          "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step",
        );
      const out: Value[] = [];
      if (step > 0) for (let x = start; x < end; x += step) out.push(x);
      else for (let x = start; x > end; x += step) out.push(x);
      return out;
    },
  },
  reverse: { params: [p("list")], impl: ([l]) => [...seq(l, 0)].reverse() },
  slice: {
    params: [p("list"), p("start_index", NUMBER), p("end_index", NUMBER)],
    impl: ([l, a, b]) => {
      const els = seq(l, 0);
      const s = a as number;
      const e = b as number;
      if (s < 0) throw new FunctionError("the starting index must not be negative", 1);
      if (e > els.length)
        throw new FunctionError("end index must not be greater than the length of the list", 2);
      if (s > e) throw new FunctionError("the start index must not be greater than the end index", 1);
      return els.slice(s, e);
    },
  },
  sort: {
    params: [p("list", { k: "list", el: STRING })],
    impl: ([l]) => [...(l as string[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  },
  sum: {
    params: [p("list")],
    impl: ([l]) => {
      const els = seq(l, 0);
      if (els.length === 0) throw new FunctionError("cannot sum an empty list", 0);
      return els.reduce((acc: number, x) => {
        try {
          return acc + (convert(x, NUMBER) as number);
        } catch {
          throw new FunctionError("argument must be list, set, or tuple of number values", 0);
        }
      }, 0);
    },
  },
  chunklist: {
    params: [p("list"), p("size", NUMBER)],
    impl: ([l, n]) => {
      const els = seq(l, 0);
      const size = n as number;
      if (size < 0) throw new FunctionError("the size argument must be positive", 1);
      if (size === 0) return [els];
      const out: Value[] = [];
      for (let i = 0; i < els.length; i += size) out.push(els.slice(i, i + size));
      return out;
    },
  },
  coalesce: {
    params: [],
    variadic: p("vals", ANY, { allowNull: true }),
    impl: (vs) => {
      for (const v of vs) if (v !== null && v !== "") return v;
      throw new FunctionError("no non-null, non-empty-string arguments");
    },
  },
  coalescelist: {
    params: [],
    variadic: p("vals", ANY, { allowNull: true }),
    impl: (vs) => {
      for (const [i, v] of vs.entries()) {
        if (v === null) continue;
        if (seq(v, i).length > 0) return v;
      }
      throw new FunctionError("no non-null arguments");
    },
  },
  compact: {
    params: [p("list", { k: "list", el: STRING })],
    impl: ([l]) => (l as Value[]).filter((x) => x !== null && x !== ""),
  },
  zipmap: {
    params: [p("keys", { k: "list", el: STRING }), p("values")],
    impl: ([k, v]) => {
      const ks = k as string[];
      const vs = seq(v, 1, "list or tuple");
      if (ks.length !== vs.length)
        throw new FunctionError(
          `number of keys (${ks.length}) does not match number of values (${vs.length})`,
        );
      return new ObjectValue(new Map(ks.map((x, i) => [x, vs[i]])));
    },
  },
  transpose: {
    params: [p("values", { k: "map", el: { k: "list", el: STRING } })],
    impl: ([m]) => {
      const o = m as ObjectValue;
      const out = new Map<string, Value[]>();
      for (const k of sortedKeys(o)) {
        for (const v of o.attrs.get(k) as string[]) {
          if (!out.has(v)) out.set(v, []);
          (out.get(v) as Value[]).push(k);
        }
      }
      return new ObjectValue(new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1))), true);
    },
  },
  one: {
    params: [p("list")],
    impl: ([l]) => {
      const els = seq(l, 0);
      if (els.length === 0) return null;
      if (els.length > 1)
        throw new FunctionError("must be a list, set, or tuple value with either zero or one elements", 0);
      return els[0];
    },
  },
  alltrue: {
    params: [p("list", { k: "list", el: { k: "bool" } })],
    impl: ([l]) => (l as Value[]).every((x) => x === true),
  },
  anytrue: {
    params: [p("list", { k: "list", el: { k: "bool" } })],
    impl: ([l]) => (l as Value[]).some((x) => x === true),
  },
  setunion: {
    params: [],
    variadic: p("sets"),
    impl: (ss) => new SetValue(uniq(ss.flatMap((s, i) => seq(s, i, "set")))),
  },
  setintersection: {
    params: [],
    variadic: p("sets"),
    impl: (ss) => {
      if (ss.length === 0) throw new FunctionError("at least one set is required");
      const [first, ...rest] = ss.map((s, i) => seq(s, i, "set"));
      return new SetValue(uniq(first.filter((x) => rest.every((r) => r.some((y) => valuesEqual(x, y))))));
    },
  },
  setsubtract: {
    params: [p("a"), p("b")],
    impl: ([a, b]) => {
      const bs = seq(b, 1, "set");
      return new SetValue(uniq(seq(a, 0, "set").filter((x) => !bs.some((y) => valuesEqual(x, y)))));
    },
  },
  setproduct: {
    params: [],
    variadic: p("sets"),
    impl: (ss) => {
      if (ss.length < 2) throw new FunctionError("at least two arguments are required");
      let acc: Value[][] = [[]];
      ss.forEach((s, i) => {
        const els = seq(s, i);
        if (acc.length * els.length > 1_000_000)
          throw new FunctionError("the product has more than 1000000 elements");
        acc = acc.flatMap((prefix) => els.map((x) => [...prefix, x]));
      });
      return acc;
    },
  },
};

export { ConversionError, numberToString };
