/**
 * Type conversion functions: tostring, tonumber, tobool, tolist, toset, tomap (`can` and `try`
 * are evaluated lazily by the evaluator itself).
 */
import { FunctionError } from "../function.js";
import {
  ConversionError,
  convert,
  elements,
  ObjectValue,
  type SetValue,
  type Type,
  type Value,
} from "../values.js";
import { ANY, BOOL, type HclFunction, NUMBER, p, STRING } from "./helpers.js";

function unify(items: Value[]): Type {
  // Elements of a list must share a type: strings win over numbers and bools (cty's unification).
  if (
    items.every((x) => x === null || typeof x === "string" || typeof x === "number" || typeof x === "boolean")
  ) {
    const kinds = new Set(items.filter((x) => x !== null).map((x) => typeof x));
    if (kinds.size > 1) return STRING;
  }
  return ANY;
}

function conv(t: Type): HclFunction {
  return {
    params: [p("v", ANY, { allowNull: true })],
    impl: ([v]) => {
      try {
        return convert(v, t);
      } catch (err) {
        if (err instanceof ConversionError)
          throw new FunctionError(`cannot convert ${describe(v)} to ${t.k}`, 0);
        throw err;
      }
    },
  };
}

function describe(v: Value): string {
  if (typeof v === "string") return `${JSON.stringify(v)}`;
  if (Array.isArray(v)) return "tuple";
  if (v instanceof ObjectValue) return v.isMap ? "map" : "object";
  return String(v);
}

/** The conversion functions, by name. */
export const conversionFunctions: Record<string, HclFunction> = {
  tostring: conv(STRING),
  tonumber: conv(NUMBER),
  tobool: conv(BOOL),
  tolist: {
    params: [p("v", ANY, { allowNull: true })],
    impl: ([v]) => {
      const els = elements(v);
      if (!els) throw new FunctionError(`cannot convert ${describe(v)} to list of any single type`, 0);
      const t = unify(els);
      return els.map((x) => convert(x, t));
    },
  },
  toset: {
    params: [p("v", ANY, { allowNull: true })],
    impl: ([v]) => {
      const els = elements(v);
      if (!els) throw new FunctionError(`cannot convert ${describe(v)} to set of any single type`, 0);
      return convert(
        els.map((x) => convert(x, unify(els))),
        { k: "set", el: ANY },
      ) as SetValue;
    },
  },
  tomap: {
    params: [p("v", ANY, { allowNull: true })],
    impl: ([v]) => {
      if (!(v instanceof ObjectValue))
        throw new FunctionError(`cannot convert ${describe(v)} to map of any single type`, 0);
      const t = unify([...v.attrs.values()]);
      return new ObjectValue(new Map([...v.attrs].map(([k, x]) => [k, convert(x, t)])), true);
    },
  },
};
