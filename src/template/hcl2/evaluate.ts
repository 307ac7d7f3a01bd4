/**
 * Evaluates expressions of the native syntax against variables and functions, as hclsyntax does:
 * operators with cty's conversions, templates, `for` expressions, splats, indexing, function calls
 * (with `...` expansion) and the lazily evaluated `can` and `try`. Errors become positioned
 * diagnostics and the failing expression's value is unknown, so evaluation always completes.
 */
import type { Expr, Range, TemplatePart, Traverser } from "./ast.js";
import type { HclDiagnostic } from "./diagnostics.js";
import { FunctionError, type HclFunction } from "./function.js";
import {
  BOOL,
  ConversionError,
  convert,
  elements,
  isUnknown,
  NUMBER,
  ObjectValue,
  SetValue,
  STRING,
  sortedKeys,
  type Type,
  typeName,
  UnknownValue,
  type Value,
  valuesEqual,
} from "./values.js";

/** Variables (`var`, `local`, `path`…) and functions visible to an expression. */
export interface EvalContext {
  variables: Map<string, Value>;
  functions: Map<string, HclFunction>;
  parent?: EvalContext;
}

/** A child context with more variables (for `for` expressions and directives). */
export function childContext(parent: EvalContext, vars: Record<string, Value>): EvalContext {
  return { variables: new Map(Object.entries(vars)), functions: parent.functions, parent };
}

function lookup(ctx: EvalContext, name: string): Value | undefined {
  for (let c: EvalContext | undefined = ctx; c; c = c.parent) {
    if (c.variables.has(name)) return c.variables.get(name);
  }
  return undefined;
}

/** The root variable names an expression refers to, with their first traversal step. */
export function references(expr: Expr): { root: string; attr?: string; range: Range }[] {
  const out: { root: string; attr?: string; range: Range }[] = [];
  const bound: string[] = [];
  const walk = (e: Expr | undefined): void => {
    if (!e) return;
    switch (e.kind) {
      case "variable":
        if (!bound.includes(e.name)) out.push({ root: e.name, range: e.range });
        return;
      case "getattr":
        if (e.source.kind === "variable" && !bound.includes(e.source.name)) {
          out.push({ root: e.source.name, attr: e.name, range: e.range });
          return;
        }
        walk(e.source);
        return;
      case "index":
        if (e.source.kind === "variable" && e.key.kind === "template" && !bound.includes(e.source.name)) {
          const p = e.key.parts;
          if (p.length === 1 && p[0].kind === "literal") {
            out.push({ root: e.source.name, attr: p[0].value, range: e.range });
            walk(e.key);
            return;
          }
        }
        walk(e.source);
        walk(e.key);
        return;
      case "splat":
        walk(e.source);
        for (const t of e.each) if (t.kind === "index") walk(t.key);
        return;
      case "call":
        for (const a of e.args) walk(a);
        return;
      case "tuple":
        for (const a of e.items) walk(a);
        return;
      case "object":
        for (const i of e.items) {
          walk(i.key);
          walk(i.value);
        }
        return;
      case "unary":
        walk(e.operand);
        return;
      case "binary":
        walk(e.left);
        walk(e.right);
        return;
      case "conditional":
        walk(e.cond);
        walk(e.whenTrue);
        walk(e.whenFalse);
        return;
      case "paren":
        walk(e.expr);
        return;
      case "for": {
        walk(e.coll);
        const names = [e.valVar, ...(e.keyVar ? [e.keyVar] : [])];
        bound.push(...names);
        walk(e.keyExpr);
        walk(e.valExpr);
        walk(e.cond);
        bound.splice(bound.length - names.length, names.length);
        return;
      }
      case "template":
        walkParts(e.parts);
        return;
      case "literal":
        return;
    }
  };
  const walkParts = (parts: TemplatePart[]): void => {
    for (const p of parts) {
      if (p.kind === "interp") walk(p.expr);
      else if (p.kind === "if") {
        walk(p.cond);
        walkParts(p.whenTrue);
        walkParts(p.whenFalse);
      } else if (p.kind === "for") {
        walk(p.coll);
        const names = [p.valVar, ...(p.keyVar ? [p.keyVar] : [])];
        bound.push(...names);
        walkParts(p.body);
        bound.splice(bound.length - names.length, names.length);
      }
    }
  };
  walk(expr);
  return out;
}

/** Evaluates `expr`; returns its value and any diagnostics (the value is unknown on error). */
export function evaluate(expr: Expr, ctx: EvalContext): { value: Value; diagnostics: HclDiagnostic[] } {
  const ev = new Evaluator({ left: MAX_STEPS });
  try {
    const value = ev.eval(expr, ctx);
    return { value, diagnostics: ev.diags };
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
    const diag: HclDiagnostic = {
      severity: "error",
      summary: "Expression too complex",
      detail: `Evaluating this expression took more than ${MAX_STEPS} steps; image-build stops there so that a template cannot hang the build.`,
      range: expr.range,
    };
    return { value: new UnknownValue(), diagnostics: [diag] };
  }
}

/** The most expression nodes one top-level evaluation may visit (bounded time). */
const MAX_STEPS = 5_000_000;

class BudgetExceeded extends Error {}

const MAX_ITEMS = 1_000_000;

class Evaluator {
  readonly diags: HclDiagnostic[] = [];

  constructor(private readonly budget: { left: number }) {}

  private error(range: Range, summary: string, detail: string): UnknownValue {
    this.diags.push({ severity: "error", summary, detail, range });
    return new UnknownValue();
  }

  eval(e: Expr, ctx: EvalContext): Value {
    if (--this.budget.left < 0) throw new BudgetExceeded();
    switch (e.kind) {
      case "literal":
        return e.value;
      case "paren":
        return this.eval(e.expr, ctx);
      case "variable": {
        const v = lookup(ctx, e.name);
        if (v === undefined) {
          return this.error(e.range, "Unknown variable", `There is no variable named "${e.name}".`);
        }
        return v;
      }
      case "getattr":
        return this.getAttr(this.eval(e.source, ctx), e.name, e.range);
      case "index":
        return this.index(this.eval(e.source, ctx), this.eval(e.key, ctx), e.range);
      case "splat":
        return this.splat(e.source, e.each, ctx, e.range);
      case "tuple":
        return e.items.map((i) => this.eval(i, ctx));
      case "object": {
        const m = new Map<string, Value>();
        for (const item of e.items) {
          const k = this.eval(item.key, ctx);
          const v = this.eval(item.value, ctx);
          if (k instanceof UnknownValue) return new UnknownValue();
          let key: Value;
          try {
            key = convert(k, STRING);
          } catch {
            this.error(
              item.key.range,
              "Incorrect key type",
              `Can't use this value as a key: string required.`,
            );
            continue;
          }
          if (key === null) {
            this.error(
              item.key.range,
              "Invalid object key",
              "Key expression in object constructor must not be null.",
            );
            continue;
          }
          m.set(key as string, v);
        }
        return new ObjectValue(m);
      }
      case "unary": {
        const v = this.eval(e.operand, ctx);
        if (v instanceof UnknownValue) return v;
        if (e.op === "!") {
          const b = this.operand(v, BOOL, e.operand.range, "Unsuitable value for unary operand");
          return b instanceof UnknownValue ? b : !b;
        }
        const n = this.operand(v, NUMBER, e.operand.range, "Unsuitable value for unary operand");
        return n instanceof UnknownValue ? n : -(n as number);
      }
      case "binary":
        return this.binary(e, ctx);
      case "conditional": {
        const c = this.eval(e.cond, ctx);
        if (c instanceof UnknownValue) return c;
        if (c === null) {
          return this.error(
            e.cond.range,
            "Null condition",
            "The condition value is null. Conditions must either be true or false.",
          );
        }
        let b: Value;
        try {
          b = convert(c, BOOL);
        } catch {
          return this.error(
            e.cond.range,
            "Incorrect condition type",
            "The condition expression must be of type bool.",
          );
        }
        return b ? this.eval(e.whenTrue, ctx) : this.eval(e.whenFalse, ctx);
      }
      case "template":
        return this.template(e.parts, ctx, e.range, true);
      case "for":
        return this.forExpr(e, ctx);
      case "call":
        return this.call(e, ctx);
    }
  }

  private operand(v: Value, t: Type, range: Range, summary: string): Value {
    if (v === null) {
      return this.error(
        range,
        "Invalid operand",
        `${summary}: a ${t.k} is required, but a null value was given.`,
      );
    }
    try {
      return convert(v, t);
    } catch {
      return this.error(range, "Invalid operand", `${summary}: a ${t.k} is required.`);
    }
  }

  private binary(e: Extract<Expr, { kind: "binary" }>, ctx: EvalContext): Value {
    const l = this.eval(e.left, ctx);
    if (e.op === "&&" || e.op === "||") {
      const r = this.eval(e.right, ctx);
      if (l instanceof UnknownValue || r instanceof UnknownValue) return new UnknownValue(BOOL);
      const a = this.operand(l, BOOL, e.left.range, "Unsuitable value for left operand");
      const b = this.operand(r, BOOL, e.right.range, "Unsuitable value for right operand");
      if (a instanceof UnknownValue || b instanceof UnknownValue) return new UnknownValue(BOOL);
      return e.op === "&&" ? a && b : a || b;
    }
    const r = this.eval(e.right, ctx);
    if (e.op === "==" || e.op === "!=") {
      if (isUnknown(l) || isUnknown(r)) return new UnknownValue(BOOL);
      const eq = valuesEqual(l, r);
      return e.op === "==" ? eq : !eq;
    }
    if (l instanceof UnknownValue || r instanceof UnknownValue) return new UnknownValue(NUMBER);
    const a = this.operand(l, NUMBER, e.left.range, "Unsuitable value for left operand");
    const b = this.operand(r, NUMBER, e.right.range, "Unsuitable value for right operand");
    if (typeof a !== "number" || typeof b !== "number") return new UnknownValue();
    switch (e.op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        if (b === 0)
          return this.error(e.range, "Operation failed", "Error during operation: can't divide by zero.");
        return a / b;
      case "%":
        if (b === 0)
          return this.error(e.range, "Operation failed", "Error during operation: can't use modulo by zero.");
        return a % b;
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      default:
        return a >= b;
    }
  }

  private getAttr(v: Value, name: string, range: Range): Value {
    if (v instanceof UnknownValue) return new UnknownValue();
    if (v === null)
      return this.error(
        range,
        "Attempt to get attribute from null value",
        "This value is null, so it does not have any attributes.",
      );
    if (v instanceof ObjectValue) {
      if (v.attrs.has(name)) return v.attrs.get(name) as Value;
      if (v.isMap) {
        return this.error(
          range,
          "Missing map element",
          `This map does not have an element with the key "${name}".`,
        );
      }
      return this.error(
        range,
        "Unsupported attribute",
        `This object does not have an attribute named "${name}".`,
      );
    }
    return this.error(
      range,
      "Unsupported attribute",
      `Can't access attributes on a primitive-typed value (${typeName(v)}).`,
    );
  }

  private index(v: Value, k: Value, range: Range): Value {
    if (v instanceof UnknownValue || k instanceof UnknownValue) return new UnknownValue();
    if (v === null)
      return this.error(
        range,
        "Attempt to index null value",
        "This value is null, so it does not have any indices.",
      );
    if (k === null) return this.error(range, "Invalid index", "Can't use a null value as an indexing key.");
    if (v instanceof ObjectValue) {
      let key: Value;
      try {
        key = convert(k, STRING);
      } catch {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value: string required.",
        );
      }
      if (v.attrs.has(key as string)) return v.attrs.get(key as string) as Value;
      return this.error(
        range,
        "Invalid index",
        "The given key does not identify an element in this collection value.",
      );
    }
    if (Array.isArray(v)) {
      let n: Value;
      try {
        n = convert(k, NUMBER);
      } catch {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value: a number is required.",
        );
      }
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= v.length) {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value.",
        );
      }
      return v[n];
    }
    if (v instanceof SetValue) {
      return this.error(
        range,
        "Invalid index",
        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
      );
    }
    return this.error(range, "Invalid index", `This value does not have any indices.`);
  }

  private splat(source: Expr, each: Traverser[], ctx: EvalContext, range: Range): Value {
    const v = this.eval(source, ctx);
    if (v instanceof UnknownValue) return v;
    if (v === null) return [];
    const items = elements(v) ?? [v];
    const apply = (x: Value): Value => {
      let cur = x;
      for (const t of each) {
        cur =
          t.kind === "attr"
            ? this.getAttr(cur, t.name, t.range)
            : this.index(cur, this.eval(t.key, ctx), t.range);
      }
      return cur;
    };
    void range;
    return items.map(apply);
  }

  /** Evaluates template parts; a lone interpolation (`"${x}"`) yields x's value unconverted. */
  private template(parts: TemplatePart[], ctx: EvalContext, range: Range, top: boolean): Value {
    if (--this.budget.left < 0) throw new BudgetExceeded();
    if (top && parts.length === 1 && parts[0].kind === "interp") return this.eval(parts[0].expr, ctx);
    let out = "";
    let unknown = false;
    for (const p of parts) {
      switch (p.kind) {
        case "literal":
          out += p.value;
          break;
        case "interp": {
          const v = this.eval(p.expr, ctx);
          if (isUnknown(v)) {
            unknown = true;
            break;
          }
          if (v === null) {
            this.error(
              p.expr.range,
              "Invalid template interpolation value",
              "The expression result is null. Cannot include a null value in a string template.",
            );
            unknown = true;
            break;
          }
          try {
            out += convert(v, STRING) as string;
          } catch {
            this.error(
              p.expr.range,
              "Invalid template interpolation value",
              `Cannot include the given value in a string template: string required.`,
            );
            unknown = true;
          }
          break;
        }
        case "if": {
          const c = this.eval(p.cond, ctx);
          if (c instanceof UnknownValue) {
            unknown = true;
            break;
          }
          let b: Value;
          try {
            b = c === null ? null : convert(c, BOOL);
          } catch {
            b = null;
          }
          if (b === null) {
            this.error(p.cond.range, "Invalid template if condition", "The condition must be of type bool.");
            unknown = true;
            break;
          }
          const r = this.template(b ? p.whenTrue : p.whenFalse, ctx, range, false);
          if (typeof r === "string") out += r;
          else unknown = true;
          break;
        }
        case "for": {
          const coll = this.eval(p.coll, ctx);
          if (coll instanceof UnknownValue) {
            unknown = true;
            break;
          }
          const pairs = this.iterate(coll, p.coll.range);
          if (!pairs) {
            unknown = true;
            break;
          }
          for (const [k, v] of pairs) {
            const vars: Record<string, Value> = { [p.valVar]: v };
            if (p.keyVar) vars[p.keyVar] = k;
            const r = this.template(p.body, childContext(ctx, vars), range, false);
            if (typeof r === "string") out += r;
            else unknown = true;
          }
          break;
        }
      }
    }
    return unknown ? new UnknownValue(STRING) : out;
  }

  private iterate(coll: Value, range: Range): [Value, Value][] | undefined {
    if (coll === null) {
      this.error(
        range,
        "Iteration over null value",
        "A null value cannot be used as the collection in a 'for' expression.",
      );
      return undefined;
    }
    if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
    if (coll instanceof SetValue) return coll.items.map((v) => [v, v]);
    if (coll instanceof ObjectValue) return sortedKeys(coll).map((k) => [k, coll.attrs.get(k) as Value]);
    this.error(
      range,
      "Iteration over non-iterable value",
      `A value of type ${typeName(coll)} cannot be used as the collection in a 'for' expression.`,
    );
    return undefined;
  }

  private forExpr(e: Extract<Expr, { kind: "for" }>, ctx: EvalContext): Value {
    const coll = this.eval(e.coll, ctx);
    if (coll instanceof UnknownValue) return new UnknownValue();
    const pairs = this.iterate(coll, e.coll.range);
    if (!pairs) return new UnknownValue();
    if (pairs.length > MAX_ITEMS)
      return this.error(e.range, "Collection too large", `More than ${MAX_ITEMS} elements.`);
    const items: Value[] = [];
    const obj = new Map<string, Value>();
    for (const [k, v] of pairs) {
      const vars: Record<string, Value> = { [e.valVar]: v };
      if (e.keyVar) vars[e.keyVar] = k;
      const c = childContext(ctx, vars);
      if (e.cond) {
        const cv = this.eval(e.cond, c);
        if (cv instanceof UnknownValue) return new UnknownValue();
        let b: Value;
        try {
          b = cv === null ? null : convert(cv, BOOL);
        } catch {
          b = null;
        }
        if (b === null)
          return this.error(
            e.cond.range,
            "Invalid 'for' condition",
            "The 'if' clause value is invalid: bool required.",
          );
        if (!b) continue;
      }
      if (e.keyExpr) {
        const kv = this.eval(e.keyExpr, c);
        if (kv instanceof UnknownValue) return new UnknownValue();
        let key: Value;
        try {
          key = kv === null ? null : convert(kv, STRING);
        } catch {
          key = null;
        }
        if (key === null)
          return this.error(
            e.keyExpr.range,
            "Invalid object key",
            "The key expression produced an invalid result: string required.",
          );
        const val = this.eval(e.valExpr, c);
        if (e.group) {
          const list = (obj.get(key as string) as Value[] | undefined) ?? [];
          list.push(val);
          obj.set(key as string, list);
        } else {
          if (obj.has(key as string)) {
            return this.error(
              e.keyExpr.range,
              "Duplicate object key",
              `Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
            );
          }
          obj.set(key as string, val);
        }
      } else {
        items.push(this.eval(e.valExpr, c));
      }
    }
    return e.keyExpr ? new ObjectValue(obj) : items;
  }

  private call(e: Extract<Expr, { kind: "call" }>, ctx: EvalContext): Value {
    if (e.name === "can" || e.name === "try") return this.lazyCall(e, ctx);
    const fn = ctx.functions.get(e.name);
    if (!fn) {
      return this.error(e.nameRange, "Call to unknown function", `There is no function named "${e.name}".`);
    }
    let args = e.args.map((a) => this.eval(a, ctx));
    const argRanges = e.args.map((a) => a.range);
    if (e.expandFinal && args.length > 0) {
      const last = args[args.length - 1];
      if (last instanceof UnknownValue) return new UnknownValue();
      const els = elements(last);
      if (!els) {
        return this.error(
          e.args[e.args.length - 1].range,
          "Invalid expanding argument value",
          "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
        );
      }
      const r = argRanges[argRanges.length - 1];
      args = [...args.slice(0, -1), ...els];
      while (argRanges.length < args.length) argRanges.push(r);
    }
    const min = fn.params.length;
    if (args.length < min || (!fn.variadic && args.length > min)) {
      const summary = args.length < min ? "Not enough function arguments" : "Too many function arguments";
      const detail =
        args.length < min
          ? `Function "${e.name}" expects ${min} argument(s). Missing value for "${fn.params[args.length].name}".`
          : `Function "${e.name}" expects only ${min} argument(s).`;
      return this.error(e.range, summary, detail);
    }
    const converted: Value[] = [];
    for (let i = 0; i < args.length; i++) {
      const p = i < min ? fn.params[i] : (fn.variadic as NonNullable<typeof fn.variadic>);
      const a = args[i];
      if (a === null && !p.allowNull) {
        return this.error(
          argRanges[i],
          "Invalid function argument",
          `Invalid value for "${p.name}" parameter: argument must not be null.`,
        );
      }
      if (isUnknown(a) && !p.allowUnknown) return new UnknownValue();
      try {
        converted.push(convert(a, p.type));
      } catch (err) {
        const msg = err instanceof ConversionError ? err.message : String(err);
        return this.error(
          argRanges[i],
          "Invalid function argument",
          `Invalid value for "${p.name}" parameter: ${msg}.`,
        );
      }
    }
    try {
      return fn.impl(converted);
    } catch (err) {
      if (err instanceof FunctionError) {
        if (err.arg !== undefined && err.arg < args.length) {
          const p = err.arg < min ? fn.params[err.arg] : fn.variadic;
          return this.error(
            argRanges[err.arg],
            "Invalid function argument",
            `Invalid value for "${p?.name}" parameter: ${err.message}.`,
          );
        }
        return this.error(
          e.range,
          "Error in function call",
          `Call to function "${e.name}" failed: ${err.message}.`,
        );
      }
      // Conversion failures and anything a library throws (RangeError, a yaml or JSON parser's
      // error…) become a diagnostic: bad input never crashes the front end.
      const msg = err instanceof Error ? err.message : String(err);
      return this.error(e.range, "Error in function call", `Call to function "${e.name}" failed: ${msg}.`);
    }
  }

  /** `can(expr)` and `try(a, b, ...)`: errors in their arguments are caught, not reported. */
  private lazyCall(e: Extract<Expr, { kind: "call" }>, ctx: EvalContext): Value {
    if (e.name === "can" && e.args.length !== 1) {
      return this.error(
        e.range,
        e.args.length ? "Too many function arguments" : "Not enough function arguments",
        `Function "can" expects 1 argument(s).`,
      );
    }
    if (e.name === "try" && e.args.length === 0) {
      return this.error(
        e.range,
        "Not enough function arguments",
        'Function "try" expects at least 1 argument(s). Missing value for "expressions".',
      );
    }
    for (const a of e.args) {
      const sub = new Evaluator(this.budget);
      const v = sub.eval(a, ctx);
      if (sub.diags.length === 0) {
        if (isUnknown(v)) return new UnknownValue();
        return e.name === "can" ? true : v;
      }
      if (e.name === "can") return false;
    }
    return this.error(
      e.range,
      "Error in function call",
      'Call to function "try" failed: no expression succeeded.',
    );
  }
}
