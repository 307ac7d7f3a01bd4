/**
 * Type constraint expressions of `variable` blocks (`string`, `list(number)`,
 * `object({ a = string, b = optional(number, 1) })`, `any`), read from the syntax tree as HCL's
 * `typeexpr` package does.
 */
import type { Expr } from "./ast.js";
import { evaluate } from "./evaluate.js";
import type { Type, Value } from "./values.js";

const PRIMITIVES = ["string", "number", "bool", "any"];

/** The type an expression denotes, or an error message. */
export function parseTypeExpr(e: Expr, allowOptional = false): Type | string {
  if (e.kind === "variable") {
    if (PRIMITIVES.includes(e.name)) return { k: e.name as "string" };
    if (["list", "set", "map", "tuple", "object"].includes(e.name)) {
      return `The ${e.name} type constructor requires one argument specifying the element type.`;
    }
    return `The keyword "${e.name}" is not a valid type specification.`;
  }
  if (e.kind === "paren") return parseTypeExpr(e.expr, allowOptional);
  if (e.kind !== "call")
    return "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).";
  const one = (): Expr | string =>
    e.args.length === 1
      ? e.args[0]
      : `The ${e.name} type constructor requires one argument specifying the element type.`;
  switch (e.name) {
    case "list":
    case "set":
    case "map": {
      const a = one();
      if (typeof a === "string") return a;
      const el = parseTypeExpr(a);
      return typeof el === "string" ? el : { k: e.name, el };
    }
    case "tuple": {
      const a = one();
      if (typeof a === "string") return a;
      if (a.kind !== "tuple") return "The tuple type constructor requires a list of element types.";
      const els: Type[] = [];
      for (const x of a.items) {
        const t = parseTypeExpr(x);
        if (typeof t === "string") return t;
        els.push(t);
      }
      return { k: "tuple", els };
    }
    case "object": {
      const a = one();
      if (typeof a === "string") return a;
      if (a.kind !== "object")
        return "The object type constructor requires one argument specifying the attribute types as a map.";
      const attrs = new Map<string, { type: Type; optional: boolean; default?: Value }>();
      for (const it of a.items) {
        const key =
          it.key.kind === "literal"
            ? String(it.key.value)
            : it.key.kind === "variable"
              ? it.key.name
              : undefined;
        if (key === undefined) return "Object constructor map keys must be attribute names.";
        const v = it.value;
        if (v.kind === "call" && v.name === "optional") {
          if (v.args.length < 1 || v.args.length > 2)
            return "Optional attribute modifier expects one or two arguments.";
          const t = parseTypeExpr(v.args[0]);
          if (typeof t === "string") return t;
          let def: Value | undefined;
          if (v.args[1]) {
            const r = evaluate(v.args[1], { variables: new Map(), functions: new Map() });
            if (r.diagnostics.length) return "Invalid default value for optional attribute.";
            def = r.value;
          }
          attrs.set(key, { type: t, optional: true, default: def });
        } else {
          const t = parseTypeExpr(v);
          if (typeof t === "string") return t;
          attrs.set(key, { type: t, optional: false });
        }
      }
      return { k: "object", attrs };
    }
    case "optional":
      return allowOptional
        ? parseTypeExpr(e.args[0] ?? e)
        : 'Keyword "optional" is valid only as a modifier for object type attributes.';
    default:
      return `Keyword "${e.name}" is not a valid type constructor.`;
  }
}
