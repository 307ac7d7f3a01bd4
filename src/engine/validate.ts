/**
 * `validate`: load a template with its variables, then prepare every selected build, collecting
 * every error with its position. Shared by the CLI, the action's validate mode and the build.
 */
import { resolve } from "node:path";
import { HCL2_SOURCES } from "../builders/index.js";
import type { Diagnostic } from "../template/diagnostics.js";
import { loadAnyTemplate } from "../template/load-any.js";
import type { Template } from "../template/model.js";
import { type PreparedBuild, prepareBuilds } from "./prepare.js";

export interface ValidateOptions {
  /** The template file. */
  path: string;
  /** `-var` values as `k=v`. */
  vars?: string[];
  varFiles?: string[];
  only?: string[];
  except?: string[];
  env?: Record<string, string | undefined>;
  /** Working directory (default: the process's). */
  cwd?: string;
  /** Parse only (`-syntax-only`). */
  syntaxOnly?: boolean;
  /** `-force`. */
  force?: boolean;
  startTime?: Date;
}

/** One build as the summary and `inspect` show it. */
export interface BuildOverview {
  name: string;
  type: string;
  region?: string;
  instanceType?: string;
  sourceImage?: string;
  imageName?: string;
  provisioners: string[];
  postProcessors: string[][];
}

export interface ValidateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Values to mask: sensitive variables and secret config fields. */
  secrets: string[];
  template?: Template;
  prepared: PreparedBuild[];
  /** The selected builds (also those whose config has errors), for display. */
  builds: BuildOverview[];
}

/** Validates a template; never throws for bad input (I/O, syntax and config errors are diagnostics). */
export async function validateTemplate(opts: ValidateOptions): Promise<ValidateResult> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const loaded = await loadAnyTemplate({
    hcl2Sources: HCL2_SOURCES,
    path: opts.path,
    vars: opts.vars,
    varFiles: opts.varFiles,
    only: opts.only,
    except: opts.except,
    env: opts.env ?? process.env,
    cwd,
    startTime: opts.startTime,
    syntaxOnly: opts.syntaxOnly,
  });
  const diagnostics = [...loaded.diagnostics];
  const template = loaded.template;
  let prepared: PreparedBuild[] = [];
  const secrets = new Set(template?.secrets ?? []);
  const loadErrors = diagnostics.some((d) => d.severity === "error");
  if (template && !opts.syntaxOnly && !loadErrors) {
    const r = prepareBuilds(template, { cwd, force: opts.force });
    diagnostics.push(...r.diagnostics);
    prepared = r.builds;
    for (const s of r.secrets) secrets.add(s);
  }
  const byName = new Map(prepared.map((b) => [b.name, b]));
  const builds: BuildOverview[] = (template?.builds ?? []).map((b) => {
    const p = byName.get(b.name);
    const o = p?.builder.plugin.overview(p.builder.config);
    return {
      name: b.name,
      type: b.builder.type,
      region: o?.region,
      instanceType: o?.instanceType,
      sourceImage: o?.sourceImage ?? (o?.sourceImageFamily ? `family ${o.sourceImageFamily}` : undefined),
      imageName: o?.imageName,
      provisioners: b.provisioners.map((x) => x.type),
      postProcessors: b.postProcessors.map((seq) => seq.map((x) => x.type)),
    };
  });
  return {
    ok: !diagnostics.some((d) => d.severity === "error"),
    diagnostics,
    secrets: [...secrets],
    template,
    prepared,
    builds,
  };
}
