/**
 * Function definitions for the evaluator: a Go-like signature (parameter types, variadic element
 * type) plus an implementation. A Go `error` result is modelled by throwing `FuncError`.
 */

/**
 * Parameter types: `string`/`int`/`bool` are Go's concrete types; `any` is interface{} (a missing
 * value arrives as null); `value` is reflect.Value as the Go builtins take it (a missing value
 * arrives as NO_VALUE).
 */
export type ParamType = "string" | "int" | "bool" | "any" | "value";

/** A template function: its Go signature and implementation. */
export interface GoFunc {
  params: ParamType[];
  /** Element type of a trailing variadic parameter. */
  variadic?: ParamType;
  /** Go's `and`/`or`: evaluated lazily, left to right. */
  shortCircuit?: "and" | "or";
  call(args: unknown[]): unknown;
}

/** The error a template function returns; rendered as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

/** Shorthand to define a function. */
export function fn(params: ParamType[], call: (args: unknown[]) => unknown, variadic?: ParamType): GoFunc {
  return { params, call, variadic };
}
