/**
 * Loads a Packer JSON template the way Packer 1.6.6's `validate`/`build` do before any plugin is
 * involved: read the var files and `-var` arguments, parse the template (Go's JSON syntax errors,
 * duplicate keys, structure), `Template.Validate`, `min_packer_version`, required variables,
 * variable rendering, build names, `max_retries`, and the `-only`/`-except` build selection
 * (exact names in 1.6.6; no globs). Never throws for bad input: every problem is a positioned
 * diagnostic.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { BoundedInputError, LIMITS, readBoundedSync } from "../files/read-bounded.js";
import type { Diagnostic } from "./diagnostics.js";
import { DiagnosticBag } from "./diagnostics.js";
import { goQuote } from "./gofmt.js";
import { type InterpolateContext, interpolate } from "./interpolate/index.js";
import { JsonSyntaxError, parseJson } from "./json/parse.js";
import { checkGoJson, positionOfByte } from "./json/syntax.js";
import { genericKeyNodes, type ParsedTemplate, parseTemplate, validateTemplate } from "./json/template.js";
import type { Build, Located, Template, TemplatePostProcessor, TemplateProvisioner } from "./model.js";
import {
  COMMAND_LINE,
  parseVarArgs,
  parseVarFile,
  resolveVariables,
  type VariableOrigin,
} from "./variables.js";
import { checkMinPackerVersion } from "./version.js";

/** Options of {@link loadTemplate}; they mirror Packer's command line. */
export interface LoadOptions {
  /** The template file (relative to `cwd`); also the file name in diagnostics. */
  path: string;
  /** The template text, when already read (the file is not read then). */
  text?: string;
  /** `-var` values: `k=v` arguments as given, or already split. */
  vars?: Record<string, string> | string[];
  /** `-var-file` paths, in order (later files win). */
  varFiles?: string[];
  /** `-only` build names (exact names; Packer 1.6.6 has no globs for JSON templates). */
  only?: string[];
  /** `-except` build names; also cuts post-processor sequences at a post-processor with that name. */
  except?: string[];
  /** Environment for `{{env}}` (default: `process.env`). */
  env?: Record<string, string | undefined>;
  /** Working directory (default: `process.cwd()`). */
  cwd?: string;
  /** Start time of the run (default: now). */
  startTime?: Date;
  /** `validate -syntax-only`: parse only; no validation, no rendering (raw names and values). */
  syntaxOnly?: boolean;
}

/** What {@link loadTemplate} returns. */
export interface LoadResult {
  /**
   * The model, whenever the text parsed as a JSON object, even with errors (so that later stages
   * can report more). Check `diagnostics` for errors before building from it.
   */
  template?: Template;
  /** Every problem found, in the order found. */
  diagnostics: Diagnostic[];
}

const START: Located = { pos: { line: 1, column: 1, offset: 0 }, path: "" };

/** Go's `*PathError` text for a failed open/read (`open f: no such file or directory`). */
function ioMessage(op: string, file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const text: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many levels of symbolic links",
  };
  const reason = (code && text[code]) ?? (err instanceof Error ? err.message : String(err));
  return `${code === "EISDIR" ? "read" : op} ${file}: ${reason}`;
}

function readVarFiles(
  files: readonly string[],
  cwd: string,
  diagnostics: Diagnostic[],
): Map<string, { value: string; origin: VariableOrigin }> {
  const out = new Map<string, { value: string; origin: VariableOrigin }>();
  for (const file of files) {
    let text: string;
    try {
      text = readBoundedSync(file, { cwd, limit: LIMITS.varFile, what: "var file" }).toString("utf8");
    } catch (err) {
      if (err instanceof BoundedInputError) {
        diagnostics.push(diagAt(file, START, `Error reading variables in '${file}': ${err.message}`));
        continue;
      }
      const message = ioMessage("open", file, err);
      diagnostics.push(
        diagAt(
          file,
          START,
          (err as NodeJS.ErrnoException).code === "EISDIR"
            ? `Error reading variables in '${file}': ${message}`
            : message,
        ),
      );
      continue;
    }
    const r = parseVarFile(file, text);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) out.set(k, { value: v.value, origin: { file, at: v.at } });
  }
  return out;
}

function diagAt(file: string, at: Located, message: string): Diagnostic {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}

/** Go's `strconv.Atoi` on a rendered `max_retries`; returns the number or Go's error text. */
export function goAtoi(s: string): number | string {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  if (!/^[+-]?[0-9]+$/.test(s)) return syntax;
  const n = BigInt(s);
  if (n > (1n << 63n) - 1n || n < -(1n << 63n))
    return `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  return Number(n);
}

/**
 * Packer's `interpolate.Render`: renders again while the output changes (a variable whose value
 * is itself a template is rendered too). Used for build names and `max_retries`; plugin configs
 * and variables are rendered once. Packer loops without bound; we stop after 100 rounds.
 */
export function renderUntilStable(text: string, ctx: InterpolateContext): string {
  let v = text;
  for (let i = 0; i < 100; i++) {
    const rendered = interpolate(v, ctx);
    if (rendered === v) return rendered;
    v = rendered;
  }
  return v;
}

/** Go's `sort.Strings` order (bytewise). */
function goCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** Packer's `OnlyExcept.Skip` for a raw builder name. */
function skips(thing: { only: string[]; except: string[] }, rawName: string): boolean {
  if (thing.only.length > 0) return !thing.only.includes(rawName);
  if (thing.except.length > 0) return thing.except.includes(rawName);
  return false;
}

/** The builds `-only`/`-except` select (Packer 1.6.6's `BuildNames` and `Core.Build`), sorted by name. */
export function selectBuilds(
  t: Pick<Template, "builders" | "provisioners" | "postProcessors" | "errorCleanupProvisioner">,
  only: readonly string[] = [],
  except: readonly string[] = [],
): Build[] {
  const byName = new Map<string, Template["builders"][number]>();
  // Later builders with the same rendered name replace earlier ones (a map in Packer).
  for (const b of t.builders) byName.set(b.name, b);
  const names = [...byName.keys()]
    .filter((n) => (only.length === 0 || only.includes(n)) && !except.includes(n))
    .sort(goCompare);
  return names.map((name) => {
    const builder = byName.get(name)!;
    const provisioners = t.provisioners.filter((p) => !skips(p, builder.rawName));
    const postProcessors: TemplatePostProcessor[][] = [];
    for (const seq of t.postProcessors) {
      const current: TemplatePostProcessor[] = [];
      for (const pp of seq) {
        if (skips(pp, builder.rawName)) continue;
        if (except.some((e) => e !== "" && e === pp.name)) break;
        current.push(pp);
      }
      if (current.length > 0) postProcessors.push(current);
    }
    return {
      name,
      builder,
      provisioners,
      errorCleanupProvisioner: t.errorCleanupProvisioner,
      postProcessors,
    };
  });
}

function readTemplate(
  opts: LoadOptions,
  abs: string,
  file: string,
  diagnostics: Diagnostic[],
): string | undefined {
  if (opts.text !== undefined) return opts.text;
  try {
    if (statSync(abs).isDirectory() || /\.pkr\.(hcl|json)$/.test(abs)) {
      diagnostics.push(
        diagAt(
          file,
          START,
          `HCL2 templates are not supported: ${file} (image-build reads Packer JSON templates)`,
        ),
      );
      return undefined;
    }
    return readBoundedSync(abs, { shown: file, limit: LIMITS.template, what: "template" }).toString("utf8");
  } catch (err) {
    if (err instanceof BoundedInputError) {
      diagnostics.push(diagAt(file, START, err.message));
      return undefined;
    }
    // Packer 1.6.6: `"nope.json": stat nope.json: no such file or directory`.
    diagnostics.push(diagAt(file, START, `${goQuote(file)}: ${ioMessage("stat", file, err)}`));
    return undefined;
  }
}

/**
 * Loads, validates and resolves a template. Never throws for bad input: I/O problems, JSON syntax
 * errors and every template rule become positioned diagnostics. See {@link LoadOptions}.
 */
export function loadTemplate(opts: LoadOptions): LoadResult {
  try {
    return loadUnsafe(opts);
  } catch (err) {
    // A safety net: deep nesting can exhaust the stack; nothing else is expected to throw.
    const message =
      err instanceof RangeError
        ? "the document nests too deeply"
        : `internal error: ${(err as Error)?.message ?? err}`;
    return { diagnostics: [diagAt(opts.path, START, message)] };
  }
}

function loadUnsafe(opts: LoadOptions): LoadResult {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const startTime = opts.startTime ?? new Date();
  const file = opts.path;
  const abs = path.resolve(cwd, opts.path);
  const diagnostics: Diagnostic[] = [];

  // Command line first, as Packer's flag parsing does.
  const fileValues = readVarFiles(opts.varFiles ?? [], cwd, diagnostics);
  const cli = new Map<string, string>();
  const origins = new Map<string, VariableOrigin>();
  for (const [k, v] of fileValues) {
    cli.set(k, v.value);
    origins.set(k, v.origin);
  }
  if (Array.isArray(opts.vars)) {
    const r = parseVarArgs(opts.vars);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START });
    }
  } else {
    for (const [k, v] of Object.entries(opts.vars ?? {})) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START });
    }
  }

  const text = readTemplate(opts, abs, file, diagnostics);
  if (text === undefined) return { diagnostics };

  const syntax = checkGoJson(text);
  if (syntax) {
    const pos = positionOfByte(text, syntax.byteOffset);
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${syntax.message}`));
    return { diagnostics };
  }
  let root: ReturnType<typeof parseJson>;
  try {
    root = parseJson(text);
  } catch (err) {
    const pos = err instanceof JsonSyntaxError ? err.pos : START.pos;
    const raw = (err as Error).message;
    const message =
      err instanceof RangeError || /call stack/i.test(raw) ? "the document nests too deeply" : raw;
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${message}`));
    return { diagnostics };
  }

  const bag = new DiagnosticBag(file);
  const parsed = parseTemplate(root, bag);
  if (!parsed) return { diagnostics: [...diagnostics, ...bag.items] };

  const valueNodes = variableValueNodes(parsed);
  for (const v of parsed.variables) {
    if (!origins.has(v.name)) origins.set(v.name, { file, at: valueNodes.get(v.name) ?? v });
  }

  const template = resolve(parsed, {
    opts,
    abs,
    file,
    env,
    cwd,
    startTime,
    text,
    cli,
    origins,
    bag,
    diagnostics,
  });
  return { template, diagnostics: [...diagnostics, ...bag.items] };
}

/** Each variable's value node in the `variables` section (the last one of a duplicated key), in one pass. */
function variableValueNodes(parsed: ParsedTemplate): Map<string, Located> {
  const out = new Map<string, Located>();
  const vars = parsed.root.members.find((m) => m.key.toLowerCase() === "variables")?.value;
  if (vars?.kind !== "object") return out;
  for (const m of vars.members) out.set(m.key, m.value);
  return out;
}

interface ResolveInput {
  opts: LoadOptions;
  abs: string;
  file: string;
  env: Record<string, string | undefined>;
  cwd: string;
  startTime: Date;
  text: string;
  cli: Map<string, string>;
  origins: Map<string, VariableOrigin>;
  bag: DiagnosticBag;
  diagnostics: Diagnostic[];
}

function resolve(parsed: ParsedTemplate, input: ResolveInput): Template {
  const { opts, abs, env, cwd, startTime, cli, origins, bag } = input;
  const base = { templatePath: abs, env, cwd, startTime };
  const defaults = new Map(parsed.variables.map((v) => [v.name, v.default]));
  let values: Record<string, string>;

  if (opts.syntaxOnly) {
    values = Object.fromEntries([...defaults, ...cli]);
  } else {
    validateTemplate(parsed, bag);
    const minError = checkMinPackerVersion(parsed.minPackerVersion);
    if (minError) bag.error(parsed.minPackerVersionAt ?? parsed.root, minError);
    for (const v of parsed.variables) {
      if (v.required && !cli.has(v.name)) bag.error(v, `required variable not set: ${v.name}`);
    }
    // One context for every render (the map is the same object, updated in place), so that the
    // function table is made once, not once per value.
    let ctx: InterpolateContext | undefined;
    const r = resolveVariables(defaults, cli, (t, userVariables) => {
      if (ctx?.userVariables !== userVariables)
        ctx = { ...base, userVariables, enableEnv: true, strictUserVariables: true };
      return interpolate(t, ctx);
    });
    values = r.values;
    if (r.error) {
      const origin = origins.get(r.error.key) ?? { file: input.file, at: START };
      input.diagnostics.push(diagAt(origin.file, origin.at, r.error.message));
    }
  }

  const secrets = new Set<string>();
  for (const v of parsed.variables) {
    const value = values[v.name];
    if (v.sensitive && value) secrets.add(value);
  }

  const renderName = (s: string) => renderUntilStable(s, { ...base, userVariables: values });
  const seen = new Map<string, number>();
  for (const b of parsed.builders) {
    if (!opts.syntaxOnly) {
      try {
        b.name = renderName(b.rawName);
      } catch (err) {
        const at = b.node.members.find((m) => m.key.toLowerCase() === "name")?.value ?? b;
        bag.error(at, `Error interpolating builder '${b.rawName}': ${(err as Error).message}`);
      }
    }
    const prev = seen.get(b.name);
    if (prev !== undefined && !opts.syntaxOnly) {
      // Packer keeps one of them at random; we refuse the ambiguity with its parse-time text.
      bag.error(b, `builder ${b.index + 1}: builder with name '${b.name}' already exists`);
    }
    seen.set(b.name, b.index);
  }

  const provisioners: TemplateProvisioner[] = [...parsed.provisioners];
  if (parsed.errorCleanupProvisioner) provisioners.push(parsed.errorCleanupProvisioner);
  for (const p of provisioners) {
    if (p.maxRetriesRaw === "") continue;
    const at = genericKeyNodes.get(p)?.maxRetries ?? p;
    let rendered = p.maxRetriesRaw;
    if (!opts.syntaxOnly) {
      try {
        rendered = renderName(p.maxRetriesRaw);
      } catch (err) {
        bag.error(at, `failed to interpolate \`max_retries\`: ${(err as Error).message}`);
        continue;
      }
    }
    const n = goAtoi(rendered);
    if (typeof n === "number") p.maxRetries = n;
    else if (!opts.syntaxOnly) bag.error(at, `\`max_retries\` must be a valid integer: ${n}`);
  }

  const t: Template = {
    path: abs,
    dir: path.dirname(abs),
    text: input.text,
    root: parsed.root,
    description: parsed.description,
    minPackerVersion: parsed.minPackerVersion,
    comments: parsed.comments,
    variables: parsed.variables,
    sensitiveVariables: parsed.sensitiveVariables,
    values,
    secrets: [...secrets],
    builders: parsed.builders,
    provisioners: parsed.provisioners,
    postProcessors: parsed.postProcessors,
    errorCleanupProvisioner: parsed.errorCleanupProvisioner,
    push: parsed.push,
    builds: [],
    env,
    cwd,
    startTime,
  };
  t.builds = selectBuilds(t, opts.only, opts.except);
  return t;
}
