/** Small builders shared by the function library files. */
import type { HclFunction, Param } from "../function.js";
import { ANY, BOOL, NUMBER, STRING, type Type, type Value } from "../values.js";

/** A parameter of type `t`. */
export function p(name: string, t: Type = ANY, extra: Partial<Param> = {}): Param {
  return { name, type: t, ...extra };
}

/** A string → string function. */
export function strFn(f: (s: string) => string): HclFunction {
  return { params: [p("str", STRING)], impl: ([s]) => f(s as string) };
}

/** A number → number function. */
export function numFn(f: (n: number) => number): HclFunction {
  return { params: [p("num", NUMBER)], impl: ([n]) => f(n as number) };
}

export type { HclFunction, Type, Value };
export { ANY, BOOL, NUMBER, STRING };
