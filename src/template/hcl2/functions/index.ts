/**
 * Packer's HCL2 function library, assembled for one run: `timestamp` is fixed at `now`, file
 * functions resolve against `cwd`, and `env` is present only where Packer allows it (variable
 * defaults).
 */
import type { HclFunction } from "../function.js";
import { collectionFunctions } from "./collections.js";
import { conversionFunctions } from "./conversion.js";
import { cryptoFunctions } from "./crypto.js";
import { datetimeFunctions } from "./datetime.js";
import { encodingFunctions } from "./encoding.js";
import { type FilesystemOptions, filesystemFunctions } from "./filesystem.js";
import { networkFunctions } from "./network.js";
import { numericFunctions } from "./numeric.js";
import { envFunction, unavailableFunctions } from "./packer.js";
import { stringFunctions } from "./strings.js";

/** What the library needs from the run. */
export interface FunctionOptions extends FilesystemOptions {
  now: Date;
  env: NodeJS.ProcessEnv;
}

/** The function tables: `general` for every expression, `variableDefaults` adds `env`. */
export function packerFunctions(opts: FunctionOptions): {
  general: Map<string, HclFunction>;
  variableDefaults: Map<string, HclFunction>;
} {
  const general = new Map<string, HclFunction>();
  const add = (fns: Record<string, HclFunction>) => {
    for (const [k, v] of Object.entries(fns)) general.set(k, v);
  };
  add(stringFunctions);
  add(numericFunctions);
  add(collectionFunctions);
  add(encodingFunctions);
  add(filesystemFunctions(opts, () => general));
  add(datetimeFunctions(opts.now));
  add(cryptoFunctions);
  add(networkFunctions);
  add(conversionFunctions);
  add(unavailableFunctions);
  const variableDefaults = new Map(general);
  variableDefaults.set("env", envFunction(opts.env));
  return { general, variableDefaults };
}
