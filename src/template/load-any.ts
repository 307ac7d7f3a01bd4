/**
 * Loads a template of either format: an HCL2 template (a `.pkr.hcl`/`.pkr.json` file or a
 * directory) through the HCL2 front end, anything else as Packer JSON. Both give the same
 * `Template` model and positioned diagnostics; neither throws for bad input.
 */
import path from "node:path";
import type { Diagnostic } from "./diagnostics.js";
import { DiagnosticBag } from "./diagnostics.js";
import { type Hcl2Sources, isHcl2Template, isHcl2VarFile, loadHcl2, toDiagnostic } from "./hcl2/index.js";
import { hcl2Template } from "./hcl2/template.js";
import { type LoadOptions, type LoadResult, loadTemplate } from "./load.js";
import { parseVarArgs } from "./variables.js";

/** Whether `path` (relative to `cwd`) is loaded by the HCL2 front end. */
export function isHcl2Path(file: string, cwd = process.cwd()): boolean {
  return isHcl2Template(path.resolve(cwd, file));
}

/** {@link LoadOptions}, and what the HCL2 front end needs to know of the builders. */
export interface AnyLoadOptions extends LoadOptions {
  /** The source types an HCL2 template may use: `HCL2_SOURCES` of the builders' registry. */
  hcl2Sources: Hcl2Sources;
}

/** Loads a JSON or HCL2 template (see {@link AnyLoadOptions}); the front end is chosen by the path. */
export async function loadAnyTemplate(opts: AnyLoadOptions): Promise<LoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.text !== undefined || !isHcl2Path(opts.path, cwd)) {
    const hclVarFiles = (opts.varFiles ?? []).filter(isHcl2VarFile);
    if (hclVarFiles.length === 0) return loadTemplate(opts);
    // Packer's JSON reader would call it bad JSON; say what is wrong instead.
    return {
      diagnostics: hclVarFiles.map((f) => ({
        file: f,
        line: 1,
        column: 1,
        path: "",
        message: `${f} is an HCL2 var file, but ${opts.path} is a JSON template: use a JSON var file (a flat object of strings), or an HCL2 template`,
        severity: "error" as const,
      })),
    };
  }
  try {
    return await loadHcl2Template(opts, cwd);
  } catch (err) {
    const message =
      err instanceof RangeError
        ? "the document nests too deeply"
        : `internal error: ${(err as Error)?.message ?? err}`;
    return {
      diagnostics: [{ file: opts.path, line: 1, column: 1, path: "", message, severity: "error" }],
    };
  }
}

async function loadHcl2Template(opts: AnyLoadOptions, cwd: string): Promise<LoadResult> {
  const env = opts.env ?? process.env;
  const startTime = opts.startTime ?? new Date();
  const diagnostics: Diagnostic[] = [];
  let vars: [string, string][] = [];
  if (Array.isArray(opts.vars)) {
    // Packer keeps `-var` in order; a name given twice takes the last value.
    const r = parseVarArgs(opts.vars);
    diagnostics.push(...r.diagnostics);
    vars = [...r.values];
  } else vars = Object.entries(opts.vars ?? {});
  const r = await loadHcl2(opts.path, {
    varFiles: opts.varFiles,
    vars,
    env,
    cwd,
    now: startTime,
    sources: opts.hcl2Sources,
  });
  diagnostics.push(...r.diagnostics.map(toDiagnostic));
  if (!r.template) return { diagnostics };
  const bag = new DiagnosticBag(opts.path);
  const template = hcl2Template(
    r.template,
    { abs: path.resolve(cwd, opts.path), cwd, env, startTime, only: opts.only, except: opts.except },
    bag,
  );
  return { template, diagnostics: [...diagnostics, ...bag.items] };
}
