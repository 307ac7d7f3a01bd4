/**
 * The HCL2 front end: load a `.pkr.hcl` file or a directory into per-build positioned configs
 * (see `output.ts`), with HCL-style diagnostics and adapters to the JSON front end's types.
 */
import { statSync } from "node:fs";

export { formatAsTemplateDiagnostic, toConfigNode, toDiagnostic } from "./adapt.js";
export { formatHclDiagnostic, type HclDiagnostic, HclError, hasErrors } from "./diagnostics.js";
export { BUILD_VARIABLES, type Hcl2LoadOptions, type Hcl2LoadResult, loadHcl2 } from "./load.js";
export type { Hcl2Build, Hcl2Template, PMember, PNode, PObject } from "./output.js";
export type { Hcl2SourceSpec, Hcl2Sources } from "./sources.js";

/** Whether `path` names an HCL2 template: a `.pkr.hcl`/`.pkr.json` file or a directory. */
export function isHcl2Template(path: string): boolean {
  if (path.endsWith(".pkr.hcl") || path.endsWith(".pkr.json")) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` is an HCL2 var file (`.pkrvars.hcl` / `.pkrvars.json`). */
export function isHcl2VarFile(path: string): boolean {
  return path.endsWith(".pkrvars.hcl") || path.endsWith(".pkrvars.json");
}
