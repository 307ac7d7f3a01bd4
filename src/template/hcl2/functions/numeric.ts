/** Numeric functions as go-cty defines them: abs, ceil, floor, log, max, min, parseint, pow, signum. */
import { FunctionError } from "../function.js";
import { type HclFunction, NUMBER, numFn, p, STRING } from "./helpers.js";

/** The numeric functions, by name. */
export const numericFunctions: Record<string, HclFunction> = {
  abs: numFn(Math.abs),
  ceil: numFn(Math.ceil),
  floor: numFn(Math.floor),
  signum: numFn((n) => (n > 0 ? 1 : n < 0 ? -1 : 0)),
  log: {
    params: [p("num", NUMBER), p("base", NUMBER)],
    impl: ([n, b]) => Math.log(n as number) / Math.log(b as number),
  },
  pow: { params: [p("num", NUMBER), p("power", NUMBER)], impl: ([n, e]) => (n as number) ** (e as number) },
  max: {
    params: [],
    variadic: p("numbers", NUMBER),
    impl: (ns) => {
      if (ns.length === 0) throw new FunctionError("must pass at least one number");
      return Math.max(...(ns as number[]));
    },
  },
  min: {
    params: [],
    variadic: p("numbers", NUMBER),
    impl: (ns) => {
      if (ns.length === 0) throw new FunctionError("must pass at least one number");
      return Math.min(...(ns as number[]));
    },
  },
  parseint: {
    params: [p("number", STRING), p("base", NUMBER)],
    impl: ([s, b]) => {
      const base = b as number;
      if (!Number.isInteger(base) || base < 2 || base > 62)
        throw new FunctionError("base must be a whole number between 2 and 62 inclusive", 1);
      const str = s as string;
      const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".slice(0, base);
      const m = /^([-+]?)(.+)$/.exec(str);
      const body = m?.[2] ?? "";
      const ok = [...body].every((c) => digits.includes(base <= 36 ? c.toLowerCase() : c));
      if (!m || !ok)
        throw new FunctionError(`cannot parse ${JSON.stringify(str)} as a base ${base} integer`, 0);
      let n = 0n;
      for (const c of body) n = n * BigInt(base) + BigInt(digits.indexOf(base <= 36 ? c.toLowerCase() : c));
      return Number(m[1] === "-" ? -n : n);
    },
  },
};
