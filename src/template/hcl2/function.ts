/**
 * The shape of an HCL function (as go-cty's `function.Spec`): typed parameters, an optional
 * variadic parameter and an implementation that throws a FunctionError on bad arguments.
 */
import type { Type, Value } from "./values.js";

/** One parameter: its name, the type arguments are converted to, and what it accepts. */
export interface Param {
  name: string;
  type: Type;
  allowNull?: boolean;
  allowUnknown?: boolean;
}

/** A function callable from expressions. */
export interface HclFunction {
  params: Param[];
  variadic?: Param;
  impl(args: Value[]): Value;
}

/** A function failure; `arg` names the offending argument's index when there is one. */
export class FunctionError extends Error {
  constructor(
    message: string,
    readonly arg?: number,
  ) {
    super(message);
  }
}
