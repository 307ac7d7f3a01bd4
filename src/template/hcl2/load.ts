/**
 * Loads an HCL2 template (a `.pkr.hcl` file or a directory) with Packer's blocks — `packer`,
 * `variable`, `locals`/`local`, `data` (`null`, `http`), `source` (the types the caller's
 * {@link Hcl2Sources} table names, with their nested blocks), `build` with
 * provisioners and post-processors, `dynamic` blocks — and Packer's variable precedence
 * (default < PKR_VAR_ env < *.auto.pkrvars < var files in order < -var), into an
 * {@link Hcl2Template}. Every problem is a positioned diagnostic; all are reported at once.
 */

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { BUILD_DATA_KEYS } from "../build-data-keys.js";
import { PACKER_VERSION } from "../version.js";
import type { Attribute, Block, Body, Expr, Range } from "./ast.js";
import { satisfies } from "./constraint.js";
import { type HclDiagnostic, hasErrors } from "./diagnostics.js";
import { childContext, type EvalContext, evaluate, references } from "./evaluate.js";
import type { HclFunction } from "./function.js";
import { packerFunctions } from "./functions/index.js";
import { parseHclJson } from "./json-syntax.js";
import type { Hcl2Build, Hcl2Template, PMember, PNode, PObject } from "./output.js";
import { parseHcl, parseHclExpression } from "./parser.js";
import type { Hcl2Sources } from "./sources.js";
import { parseTypeExpr } from "./typeexpr.js";
import {
  ANY,
  BOOL,
  ConversionError,
  convert,
  elements,
  isUnknown,
  ObjectValue,
  obj,
  SetValue,
  STRING,
  sortedKeys,
  type Type,
  toJson,
  UnknownValue,
  type Value,
} from "./values.js";

/** Inputs beyond the template itself. */
export interface Hcl2LoadOptions {
  /** `-var-file` paths, in order (`.pkrvars.hcl`). */
  varFiles?: string[];
  /** `-var name=value` pairs, in order. */
  vars?: [string, string][];
  /** Environment (for `PKR_VAR_*` and `env()`); defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Working directory (relative file paths, `path.cwd`); defaults to `process.cwd()`. */
  cwd?: string;
  /** The run's `timestamp()`; defaults to now. */
  now?: Date;
  /** The source types the template may use (the builders' `hcl2` records, from their registry). */
  sources: Hcl2Sources;
}

/** The result: a template when there were no errors, and every diagnostic. */
export interface Hcl2LoadResult {
  template?: Hcl2Template;
  diagnostics: HclDiagnostic[];
}

/** The build variables Packer exposes as `build.*` (Go-template `{{ build `X` }}`, rendered at run time). */
export const BUILD_VARIABLES: readonly string[] = [...BUILD_DATA_KEYS, "WinRMPassword"];

const MAX_HTTP_BODY = 10 * 1024 * 1024;

interface VariableDecl {
  name: string;
  block: Block;
  type: Type;
  typeGiven: boolean;
  default?: Value;
  hasDefault: boolean;
  sensitive: boolean;
  nullable: boolean;
  validations: { condition: Expr; message: Expr; range: Range }[];
  value?: Value;
  /** A value was given (even one that failed conversion). */
  assigned: boolean;
  valueRange: Range;
}

interface SourceDecl {
  type: string;
  name: string;
  block: Block;
}

interface ExpandedBlock {
  type: string;
  labels: string[];
  body: Body;
  ctx: EvalContext;
  range: Range;
  typeRange: Range;
}

function pointRange(file: string): Range {
  const p = { line: 1, column: 1, offset: 0 };
  return { file, start: p, end: p };
}

/** Loads the HCL2 template at `path` (a `.pkr.hcl` file or a directory). */
export async function loadHcl2(path: string, opts: Hcl2LoadOptions): Promise<Hcl2LoadResult> {
  return new Loader(path, opts).load();
}

class Loader {
  private readonly diags: HclDiagnostic[] = [];
  private readonly env: NodeJS.ProcessEnv;
  private readonly cwd: string;
  private readonly readFiles: string[] = [];
  private readonly fns: { general: Map<string, HclFunction>; variableDefaults: Map<string, HclFunction> };
  private readonly files: string[] = [];
  private readonly sensitiveNames: string[] = [];
  private readonly sensitiveValues = new Set<string>();
  private rootDir = ".";
  /** Built-in plugins already announced (one warning each). */
  private readonly saidPlugins = new Set<string>();
  private readonly pkrVars: Record<string, string> = {};

  constructor(
    private readonly path: string,
    private readonly opts: Hcl2LoadOptions,
  ) {
    this.env = opts.env ?? process.env;
    this.cwd = opts.cwd ?? process.cwd();
    this.fns = packerFunctions({
      cwd: this.cwd,
      now: opts.now ?? new Date(),
      env: this.env,
      onRead: (f) => {
        if (!this.readFiles.includes(f)) this.readFiles.push(f);
      },
    });
  }

  private error(range: Range, summary: string, detail: string): void {
    this.diags.push({ severity: "error", summary, detail, range });
  }

  private warning(range: Range, summary: string, detail: string): void {
    this.diags.push({ severity: "warning", summary, detail, range });
  }

  /** The Packer plugins of the source types given (each once). */
  private builtInPlugins(): { name: string; source: string }[] {
    const out: { name: string; source: string }[] = [];
    for (const spec of Object.values(this.opts.sources))
      if (!out.some((p) => p.name === spec.plugin.name)) out.push(spec.plugin);
    return out;
  }

  private eval(expr: Expr, ctx: EvalContext): Value {
    const r = evaluate(expr, ctx);
    this.diags.push(...r.diagnostics);
    return r.value;
  }

  // ---- files -------------------------------------------------------------------------------

  private discover(): { templates: string[]; autoVarFiles: string[] } {
    const full = resolve(this.cwd, this.path);
    if (!existsSync(full)) {
      this.error(
        pointRange(this.path),
        "Template not found",
        `There is no file or directory at ${this.path}.`,
      );
      return { templates: [], autoVarFiles: [] };
    }
    if (statSync(full).isDirectory()) {
      this.rootDir = full;
      const names = readdirSync(full).sort();
      const pick = (suffix: string) => names.filter((n) => n.endsWith(suffix)).map((n) => join(this.path, n));
      const templates = [...pick(".pkr.hcl"), ...pick(".pkr.json")];
      if (templates.length === 0) {
        this.error(
          pointRange(this.path),
          "No HCL2 template files",
          `The directory ${this.path} has no *.pkr.hcl or *.pkr.json files.`,
        );
      }
      return { templates, autoVarFiles: [...pick(".auto.pkrvars.hcl"), ...pick(".auto.pkrvars.json")] };
    }
    this.rootDir = dirname(full);
    return { templates: [this.path], autoVarFiles: [] };
  }

  private parseFile(file: string, varFile = false): Body | undefined {
    let text: string;
    try {
      text = readFileSync(resolve(this.cwd, file), "utf8");
    } catch (err) {
      this.error(pointRange(file), "Failed to read file", (err as Error).message);
      return undefined;
    }
    this.files.push(file);
    const r = file.endsWith(".json") ? parseHclJson(text, file, varFile) : parseHcl(text, file);
    this.diags.push(...r.diagnostics);
    return r.diagnostics.length ? undefined : r.body;
  }

  // ---- load --------------------------------------------------------------------------------

  async load(): Promise<Hcl2LoadResult> {
    const { templates, autoVarFiles } = this.discover();
    const bodies = templates.map((f) => this.parseFile(f)).filter((b): b is Body => b !== undefined);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    const variables = new Map<string, VariableDecl>();
    const localDefs: { name: string; expr: Expr; sensitive: boolean; range: Range }[] = [];
    const dataDefs: Block[] = [];
    const sources = new Map<string, SourceDecl>();
    const builds: Block[] = [];
    const packerBlocks: Block[] = [];

    for (const body of bodies) {
      for (const a of body.attributes) {
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here.`,
        );
      }
      for (const b of body.blocks) {
        switch (b.type) {
          case "packer":
            packerBlocks.push(b);
            break;
          case "variable":
          case "variables":
            if (b.type === "variables") {
              for (const a of b.body.attributes) {
                this.declareVariable(variables, a.name, {
                  ...b,
                  labels: [a.name],
                  body: { attributes: [{ ...a, name: "default" }], blocks: [], range: a.range },
                });
              }
            } else if (this.labels(b, 1, ["name"])) {
              this.declareVariable(variables, b.labels[0], b);
            }
            break;
          case "locals":
            for (const bl of b.body.blocks)
              this.error(
                bl.typeRange,
                "Unsupported block type",
                `Blocks of type "${bl.type}" are not expected here.`,
              );
            for (const a of b.body.attributes) this.addLocal(localDefs, a.name, a.expr, false, a.nameRange);
            break;
          case "local": {
            if (!this.labels(b, 1, ["name"])) break;
            const attrs = this.attrs(b.body, ["expression", "sensitive"], ["expression"]);
            const sens = attrs.sensitive ? this.eval(attrs.sensitive.expr, this.staticCtx()) === true : false;
            if (attrs.expression)
              this.addLocal(localDefs, b.labels[0], attrs.expression.expr, sens, b.labelRanges[0]);
            break;
          }
          case "data":
            if (this.labels(b, 2, ["type", "name"])) dataDefs.push(b);
            break;
          case "source": {
            if (!this.labels(b, 2, ["type", "name"])) break;
            const [type, name] = b.labels;
            if (!Object.hasOwn(this.opts.sources, type)) {
              const known = Object.keys(this.opts.sources);
              this.error(
                b.labelRanges[0],
                "Unsupported source type",
                `The source type "${type}" is not available in image-build: only ${known.map((s) => `"${s}"`).join(", ")} sources are built in.`,
              );
              break;
            }
            const key = `${type}.${name}`;
            if (sources.has(key)) {
              const prev = sources.get(key) as SourceDecl;
              this.error(
                b.labelRanges[1],
                "Duplicate source block",
                `This source block has the same builder type and name as a previous block declared at ${prev.block.range.file}:${prev.block.range.start.line},${prev.block.range.start.column}-${prev.block.range.end.line === prev.block.range.start.line ? prev.block.range.end.column : `${prev.block.range.end.line},${prev.block.range.end.column}`}. Each source must have a unique name per builder type.`,
              );
              break;
            }
            sources.set(key, { type, name, block: b });
            break;
          }
          case "build":
            builds.push(b);
            break;
          default:
            this.error(
              b.typeRange,
              "Unsupported block type",
              `Blocks of type "${b.type}" are not expected here.`,
            );
        }
      }
    }
    for (const b of packerBlocks) this.packerBlock(b);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    this.assignVariables(variables, autoVarFiles);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    const varObj = new ObjectValue(new Map([...variables].map(([k, v]) => [k, v.value ?? null])));
    this.validateVariables(variables, varObj);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    const ctx = await this.evaluateLocalsAndData(varObj, localDefs, dataDefs);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    const out: Hcl2Build[] = [];
    for (const b of builds) out.push(...this.build(b, ctx, sources));
    if (builds.length === 0) {
      this.error(
        pointRange(this.path),
        "Missing build block",
        "A build block with one or more sources is required for executing a build.",
      );
    }
    if (hasErrors(this.diags)) return { diagnostics: this.diags };

    const variablesJson: Record<string, unknown> = {};
    for (const [k, v] of variables) variablesJson[k] = toJson(v.value ?? null);
    return {
      template: {
        path: this.path,
        files: this.files,
        readFiles: this.readFiles,
        builds: out,
        variables: variablesJson,
        sensitiveNames: this.sensitiveNames,
        sensitiveValues: [...this.sensitiveValues],
        pkrVarEnv: this.pkrVars,
        diagnostics: this.diags,
      },
      diagnostics: this.diags,
    };
  }

  private labels(b: Block, n: number, names: string[]): boolean {
    if (b.labels.length === n) return true;
    const r = b.labels.length > n ? b.labelRanges[n] : b.typeRange;
    this.error(
      r,
      b.labels.length > n ? "Extraneous label" : "Missing name for " + b.type,
      `A ${b.type} block requires ${n} label(s): ${names.join(", ")}.`,
    );
    return false;
  }

  /** The attributes of `body`, checking that only `allowed` ones appear and `required` ones do. */
  private attrs(body: Body, allowed: string[], required: string[] = []): Record<string, Attribute> {
    const out: Record<string, Attribute> = {};
    for (const a of body.attributes) {
      if (!allowed.includes(a.name))
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here.`,
        );
      else out[a.name] = a;
    }
    for (const r of required) {
      if (!out[r])
        this.error(
          body.range,
          "Missing required argument",
          `The argument "${r}" is required, but no definition was found.`,
        );
    }
    return out;
  }

  private staticCtx(): EvalContext {
    return { variables: new Map(), functions: this.fns.general };
  }

  private baseVars(varObj: ObjectValue): Map<string, Value> {
    return new Map<string, Value>([
      ["var", varObj],
      ["path", obj({ root: this.rootDir, cwd: this.cwd })],
      ["packer", obj({ version: PACKER_VERSION })],
    ]);
  }

  // ---- packer block ------------------------------------------------------------------------

  private packerBlock(b: Block): void {
    const a = this.attrs(b.body, ["required_version"]);
    if (a.required_version) {
      const v = this.eval(a.required_version.expr, this.staticCtx());
      if (typeof v === "string") {
        let ok = true;
        try {
          ok = satisfies(PACKER_VERSION, v);
        } catch (err) {
          this.error(a.required_version.expr.range, "Invalid version constraint", (err as Error).message);
        }
        if (!ok) {
          this.error(
            a.required_version.expr.range,
            "Unsupported Packer Core version",
            `This configuration does not support Packer version ${PACKER_VERSION}. To proceed, either choose another supported Packer version or update the root module's version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.`,
          );
        }
      } else {
        this.error(
          a.required_version.expr.range,
          "Invalid version constraint",
          "required_version must be a string.",
        );
      }
    }
    for (const rp of b.body.blocks) {
      if (rp.type !== "required_plugins") {
        this.error(
          rp.typeRange,
          "Unsupported block type",
          `Blocks of type "${rp.type}" are not expected here.`,
        );
        continue;
      }
      for (const plugin of rp.body.attributes) {
        const v = this.eval(plugin.expr, this.staticCtx());
        const src = v instanceof ObjectValue ? v.attrs.get("source") : undefined;
        const ver = v instanceof ObjectValue ? v.attrs.get("version") : undefined;
        const desc = `${typeof src === "string" ? src : plugin.name}${typeof ver === "string" ? ` ${ver}` : ""}`;
        const builtIn = this.builtInPlugins();
        const isBuiltIn = builtIn.some(
          (p) =>
            plugin.name === p.name &&
            (src === undefined || String(src) === p.source || String(src).endsWith(`/${p.source}`)),
        );
        if (isBuiltIn) {
          if (this.saidPlugins.has(plugin.name)) continue;
          this.saidPlugins.add(plugin.name);
          this.warning(
            plugin.nameRange,
            "Built-in plugin",
            `The ${plugin.name} plugin (${desc}) is built into image-build; nothing is installed and the version constraint is not checked.`,
          );
        } else {
          const names = builtIn.map((p) => p.name);
          const only =
            names.length === 1
              ? `only the ${names[0]} plugin is`
              : `only the ${names.join(", ")} plugins are`;
          this.error(
            plugin.nameRange,
            "Plugin not available",
            `The plugin "${plugin.name}" (${desc}) is not available in image-build: ${only} built in. Remove the blocks that need it, or run this template with Packer.`,
          );
        }
      }
    }
  }

  // ---- variables ---------------------------------------------------------------------------

  private declareVariable(vars: Map<string, VariableDecl>, name: string, b: Block): void {
    if (vars.has(name)) {
      const prev = (vars.get(name) as VariableDecl).block.range;
      this.error(
        b.labelRanges[0] ?? b.typeRange,
        "Duplicate variable",
        `Duplicate ${name} variable definition found at ${prev.file}:${prev.start.line},${prev.start.column}.`,
      );
      return;
    }
    const a = this.attrs(b.body, ["type", "default", "description", "sensitive", "nullable"]);
    const decl: VariableDecl = {
      name,
      block: b,
      type: ANY,
      typeGiven: false,
      hasDefault: false,
      sensitive: false,
      nullable: true,
      validations: [],
      assigned: false,
      valueRange: b.range,
    };
    if (a.type) {
      const t = parseTypeExpr(a.type.expr);
      if (typeof t === "string") this.error(a.type.expr.range, "Invalid type specification", t);
      else {
        decl.type = t;
        decl.typeGiven = true;
      }
    }
    const defCtx: EvalContext = { variables: new Map(), functions: this.fns.variableDefaults };
    if (a.default) {
      decl.hasDefault = true;
      decl.default = this.eval(a.default.expr, defCtx);
      decl.valueRange = a.default.expr.range;
      if (!decl.typeGiven && decl.default !== null) decl.type = inferType(decl.default);
    }
    for (const k of ["sensitive", "nullable"] as const) {
      if (!a[k]) continue;
      const v = this.eval(a[k].expr, this.staticCtx());
      if (typeof v !== "boolean")
        this.error(
          a[k].expr.range,
          "Incorrect attribute value type",
          `Inappropriate value for attribute "${k}": bool required.`,
        );
      else decl[k] = v;
    }
    for (const vb of b.body.blocks) {
      if (vb.type !== "validation") {
        this.error(
          vb.typeRange,
          "Unsupported block type",
          `Blocks of type "${vb.type}" are not expected here.`,
        );
        continue;
      }
      const va = this.attrs(vb.body, ["condition", "error_message"], ["condition", "error_message"]);
      if (va.condition && va.error_message) {
        const refs = references(va.condition.expr);
        if (!refs.some((r) => r.root === "var" && r.attr === name)) {
          this.error(
            va.condition.expr.range,
            "Invalid variable validation condition",
            `The condition for variable "${name}" must refer to var.${name} in order to test incoming values.`,
          );
        }
        decl.validations.push({
          condition: va.condition.expr,
          message: va.error_message.expr,
          range: vb.range,
        });
      }
    }
    vars.set(name, decl);
  }

  private setValue(decl: VariableDecl, value: Value, range: Range, source: string): void {
    decl.assigned = true;
    try {
      decl.value = convert(value, decl.type);
      decl.valueRange = range;
    } catch (err) {
      const msg = err instanceof ConversionError ? err.message : String(err);
      this.error(
        range,
        "Invalid value for variable",
        `The value for ${decl.name} (from ${source}) is not compatible with the variable's type constraint: ${msg}.`,
      );
    }
  }

  /** A `-var` or `PKR_VAR_` text: literal for string variables, an HCL expression otherwise. */
  private parseTextValue(decl: VariableDecl, text: string, label: string): Value | undefined {
    if (decl.type.k === "string" || (decl.type.k === "any" && !decl.typeGiven)) return text;
    const r = parseHclExpression(text, label);
    this.diags.push(...r.diagnostics);
    if (!r.expr) return undefined;
    return this.eval(r.expr, { variables: new Map(), functions: new Map() });
  }

  private assignVariables(vars: Map<string, VariableDecl>, autoVarFiles: string[]): void {
    for (const decl of vars.values()) {
      if (decl.hasDefault) {
        try {
          decl.value = convert(decl.default ?? null, decl.type);
        } catch (err) {
          this.error(
            decl.valueRange,
            "Invalid default value for variable",
            `This default value is not compatible with the variable's type constraint: ${(err as Error).message}.`,
          );
        }
      }
    }
    for (const [k, v] of Object.entries(this.env)) {
      if (!k.startsWith("PKR_VAR_") || v === undefined) continue;
      const decl = vars.get(k.slice(8));
      if (!decl) continue;
      const value = this.parseTextValue(decl, v, k);
      if (value !== undefined) this.setValue(decl, value, pointRange(k), `the environment variable ${k}`);
      if (!decl.sensitive) this.pkrVars[k] = v;
    }
    for (const f of [...autoVarFiles, ...(this.opts.varFiles ?? [])]) this.applyVarFile(vars, f);
    for (const [name, text] of this.opts.vars ?? []) {
      const decl = vars.get(name);
      const r = pointRange(`-var ${name}`);
      if (!decl) {
        this.error(
          r,
          "Undefined -var variable",
          `A "${name}" variable was passed in but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl`,
        );
        continue;
      }
      const value = this.parseTextValue(decl, text, `-var ${name}`);
      if (value !== undefined) this.setValue(decl, value, r, "-var");
    }
    for (const decl of vars.values()) {
      if (decl.value === undefined && !decl.hasDefault && !decl.assigned) {
        this.error(
          decl.block.labelRanges[0] ?? decl.block.range,
          `Unset variable "${decl.name}"`,
          "A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.",
        );
      } else if ((decl.value ?? null) === null && !decl.nullable) {
        this.error(
          decl.valueRange,
          "Invalid variable value",
          `The variable "${decl.name}" is non-nullable, but its value is null.`,
        );
      }
      if (decl.sensitive) {
        this.sensitiveNames.push(decl.name);
        this.collectSensitive(decl.value ?? null);
      }
    }
  }

  private applyVarFile(vars: Map<string, VariableDecl>, file: string): void {
    const body = this.parseFile(file, true);
    if (!body) return;
    for (const b of body.blocks)
      this.error(
        b.typeRange,
        "Unexpected block",
        `Blocks are not allowed here: a var file sets variables with name = value.`,
      );
    for (const a of body.attributes) {
      const decl = vars.get(a.name);
      if (!decl) {
        this.warning(
          a.nameRange,
          "Undefined variable",
          `A "${a.name}" variable was set but was not found in known variables. To declare variable "${a.name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl`,
        );
        continue;
      }
      const v = this.eval(a.expr, { variables: new Map(), functions: new Map() });
      this.setValue(decl, v, a.expr.range, basename(file));
    }
  }

  private validateVariables(vars: Map<string, VariableDecl>, varObj: ObjectValue): void {
    const ctx: EvalContext = { variables: new Map([["var", varObj]]), functions: this.fns.general };
    for (const decl of vars.values()) {
      for (const v of decl.validations) {
        const ok = this.eval(v.condition, ctx);
        if (ok instanceof UnknownValue) continue;
        if (typeof ok !== "boolean") {
          this.error(
            v.condition.range,
            "Invalid variable validation result",
            "Validation condition expression must return either true or false.",
          );
          continue;
        }
        if (!ok) {
          const msg = this.eval(v.message, ctx);
          this.error(
            decl.valueRange,
            "Invalid value for variable",
            `${typeof msg === "string" ? msg : "(the error_message is not a string)"}\n\nThis was checked by the validation rule at ${v.range.file}:${v.range.start.line},${v.range.start.column}.`,
          );
        }
      }
    }
  }

  private collectSensitive(v: Value): void {
    if (typeof v === "string") {
      if (v !== "") this.sensitiveValues.add(v);
    } else if (typeof v === "number") {
      this.sensitiveValues.add(String(v));
    } else if (Array.isArray(v) || v instanceof SetValue) {
      for (const x of elements(v) ?? []) this.collectSensitive(x);
    } else if (v instanceof ObjectValue) {
      for (const x of v.attrs.values()) this.collectSensitive(x);
    }
  }

  // ---- locals and data sources -------------------------------------------------------------

  private addLocal(
    defs: { name: string; expr: Expr; sensitive: boolean; range: Range }[],
    name: string,
    expr: Expr,
    sensitive: boolean,
    range: Range,
  ): void {
    const prev = defs.find((d) => d.name === name);
    if (prev) {
      this.error(
        range,
        "Duplicate local definition",
        `Duplicate ${name} local definition found at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}.`,
      );
      return;
    }
    defs.push({ name, expr, sensitive, range });
  }

  private async evaluateLocalsAndData(
    varObj: ObjectValue,
    localDefs: { name: string; expr: Expr; sensitive: boolean; range: Range }[],
    dataDefs: Block[],
  ): Promise<EvalContext> {
    const locals = new Map<string, Value>();
    const data = new Map<string, Map<string, Value>>();
    const vars = this.baseVars(varObj);
    const ctx: EvalContext = { variables: vars, functions: this.fns.general };
    const refresh = () => {
      vars.set("local", new ObjectValue(locals));
      vars.set("data", new ObjectValue(new Map([...data].map(([t, m]) => [t, new ObjectValue(m)]))));
    };
    refresh();
    type Item = { kind: "local"; def: (typeof localDefs)[number] } | { kind: "data"; block: Block };
    let pending: Item[] = [
      ...localDefs.map((def) => ({ kind: "local" as const, def })),
      ...dataDefs.map((block) => ({ kind: "data" as const, block })),
    ];
    const pendingData = (type?: string) =>
      pending.some((p) => p.kind === "data" && (type === undefined || p.block.labels[0] === type));
    const ready = (exprs: Expr[], self: Item): boolean =>
      exprs.every((e) =>
        references(e).every((r) => {
          if (r.root === "local")
            return !pending.some((p) => p !== self && p.kind === "local" && p.def.name === r.attr);
          if (r.root === "data")
            return !pending.some(
              (p) =>
                p !== self && p.kind === "data" && (r.attr === undefined || p.block.labels[0] === r.attr),
            );
          return true;
        }),
      );
    let force = false;
    while (pending.length > 0) {
      let progressed = false;
      for (const item of [...pending]) {
        const exprs =
          item.kind === "local" ? [item.def.expr] : [...item.block.body.attributes.map((a) => a.expr)];
        if (!force && !ready(exprs, item)) continue;
        pending = pending.filter((p) => p !== item);
        progressed = true;
        if (item.kind === "local") {
          const v = this.eval(item.def.expr, ctx);
          locals.set(item.def.name, v);
          if (item.def.sensitive) {
            this.sensitiveNames.push(item.def.name);
            this.collectSensitive(v);
          }
        } else {
          const [type, name] = item.block.labels;
          const out = await this.dataSource(item.block, ctx);
          if (!data.has(type)) data.set(type, new Map());
          (data.get(type) as Map<string, Value>).set(name, out);
        }
        refresh();
        if (force) break;
      }
      if (!progressed) force = true;
    }
    void pendingData;
    return ctx;
  }

  private async dataSource(b: Block, ctx: EvalContext): Promise<Value> {
    const [type] = b.labels;
    if (type === "null") {
      const a = this.attrs(b.body, ["input"], ["input"]);
      const input = a.input ? this.eval(a.input.expr, ctx) : null;
      return obj({ input, output: input });
    }
    if (type === "http") {
      const a = this.attrs(b.body, ["url", "request_headers", "method", "request_body"], ["url"]);
      if (!a.url) return new UnknownValue();
      const url = this.eval(a.url.expr, ctx);
      const headers = a.request_headers ? this.eval(a.request_headers.expr, ctx) : null;
      const method = a.method ? this.eval(a.method.expr, ctx) : "GET";
      const body = a.request_body ? this.eval(a.request_body.expr, ctx) : null;
      if (typeof url !== "string" || isUnknown(url)) return new UnknownValue();
      const h: Record<string, string> = {};
      if (headers instanceof ObjectValue) for (const [k, v] of headers.attrs) h[k] = String(v);
      try {
        const res = await fetch(url, {
          method: typeof method === "string" ? method : "GET",
          headers: h,
          body: typeof body === "string" ? body : undefined,
          signal: AbortSignal.timeout(60_000),
        });
        const buf = Buffer.from(await res.arrayBuffer());
        if (res.status < 200 || res.status > 299) {
          this.error(
            a.url.expr.range,
            "HTTP request failed",
            `data "http" "${b.labels[1]}": HTTP request error. Response code: ${res.status}`,
          );
          return new UnknownValue();
        }
        if (buf.length > MAX_HTTP_BODY) {
          this.error(
            a.url.expr.range,
            "HTTP response too large",
            `data "http" "${b.labels[1]}": the response body is larger than ${MAX_HTTP_BODY} bytes.`,
          );
          return new UnknownValue();
        }
        const rh: Record<string, Value> = {};
        res.headers.forEach((v, k) => {
          rh[k.replace(/(^|-)([a-z])/g, (_m, s: string, c: string) => s + c.toUpperCase())] = v;
        });
        return obj({
          url,
          request_headers: headers ?? null,
          response_headers: obj(rh, true),
          body: buf.toString("utf8"),
          status_code: res.status,
        });
      } catch (err) {
        this.error(
          a.url.expr.range,
          "HTTP request failed",
          `data "http" "${b.labels[1]}": error making the request to ${url}: ${(err as Error).message}`,
        );
        return new UnknownValue();
      }
    }
    this.error(
      b.labelRanges[0],
      "Unsupported data source type",
      `The data source "${type}" is not available in image-build: only the "null" and "http" data sources are built in.`,
    );
    return new UnknownValue();
  }

  // ---- builds ------------------------------------------------------------------------------

  private build(b: Block, ctx: EvalContext, sources: Map<string, SourceDecl>): Hcl2Build[] {
    const a = this.attrs(b.body, ["name", "description", "sources"]);
    const str = (x?: Attribute): string => {
      if (!x) return "";
      const v = this.eval(x.expr, ctx);
      return typeof v === "string" ? v : "";
    };
    const buildName = str(a.name);
    const description = str(a.description);
    const uses: { ref: string; range: Range; block?: Block }[] = [];
    if (a.sources) {
      const v = this.eval(a.sources.expr, ctx);
      const items = elements(v);
      if (!items)
        this.error(
          a.sources.expr.range,
          "Invalid sources",
          `sources must be a list of source references such as "source.${Object.keys(this.opts.sources)[0] ?? "type"}.example".`,
        );
      else for (const s of items) uses.push({ ref: String(s), range: a.sources.expr.range });
    }
    const provisioners: Block[] = [];
    const postProcessors: Block[][] = [];
    let cleanup: Block | undefined;
    for (const bl of b.body.blocks) {
      switch (bl.type) {
        case "source":
          if (this.labels(bl, 1, ["reference"]))
            uses.push({ ref: bl.labels[0], range: bl.labelRanges[0], block: bl });
          break;
        case "provisioner":
          if (this.labels(bl, 1, ["type"])) provisioners.push(bl);
          break;
        case "error-cleanup-provisioner":
          if (this.labels(bl, 1, ["type"])) cleanup = bl;
          break;
        case "post-processor":
          if (this.labels(bl, 1, ["type"])) postProcessors.push([bl]);
          break;
        case "post-processors": {
          const chain: Block[] = [];
          for (const pp of bl.body.blocks) {
            if (pp.type !== "post-processor")
              this.error(
                pp.typeRange,
                "Unsupported block type",
                `Blocks of type "${pp.type}" are not expected here.`,
              );
            else if (this.labels(pp, 1, ["type"])) chain.push(pp);
          }
          for (const at of bl.body.attributes)
            this.error(
              at.nameRange,
              "Unsupported argument",
              `An argument named "${at.name}" is not expected here.`,
            );
          if (chain.length) postProcessors.push(chain);
          break;
        }
        default:
          this.error(
            bl.typeRange,
            "Unsupported block type",
            `Blocks of type "${bl.type}" are not expected here.`,
          );
      }
    }
    if (uses.length === 0) {
      this.error(
        b.typeRange,
        "Missing sources",
        "A build block must reference at least one source, with sources = [...] or a source block.",
      );
    }
    const out: Hcl2Build[] = [];
    for (const use of uses) {
      const parts = use.ref.split(".");
      const [type, name] = parts.length > 2 ? parts.slice(1) : parts;
      const decl = sources.get(`${type}.${name}`);
      if (!decl || parts.length < 2) {
        // Packer's text: "Unknown source type.name", with a did-you-mean or the known ones.
        const ref = parts.length >= 2 ? `${type}.${name}` : use.ref;
        const known = [...sources.keys()];
        const sugg = known.find((k) => levenshtein(k, ref) < 3);
        this.error(
          use.range,
          `Unknown source ${ref}`,
          sugg ? `Did you mean to use "${sugg}"?` : `Known: [${known.join(" ")}]`,
        );
        continue;
      }
      let sourceName = name;
      const overrides: Attribute[] = [];
      if (use.block) {
        for (const at of use.block.body.attributes) {
          if (at.name === "name") {
            const v = this.eval(at.expr, ctx);
            if (typeof v === "string") sourceName = v;
          } else overrides.push(at);
        }
      }
      const full = `${type}.${sourceName}`;
      const srcCtx = childContext(ctx, { source: obj({ type, name: sourceName }) });
      const body: Body = {
        ...decl.block.body,
        attributes: [
          ...decl.block.body.attributes.filter((x) => !overrides.some((o) => o.name === x.name)),
          ...overrides,
        ],
        blocks: [...decl.block.body.blocks, ...(use.block?.body.blocks ?? [])],
      };
      const blocks = this.opts.sources[type]?.blocks ?? {};
      const builderCfg = this.decodeBody(body, srcCtx, decl.block.range, blocks, true, new Set());
      builderCfg.members.unshift(
        {
          key: "type",
          keyRange: decl.block.labelRanges[0],
          value: { kind: "string", value: type, range: decl.block.labelRanges[0] },
        },
        {
          key: "name",
          keyRange: decl.block.labelRanges[1],
          value: { kind: "string", value: sourceName, range: decl.block.labelRanges[1] },
        },
      );
      const buildVars: Record<string, Value> = { name: buildName };
      for (const k of BUILD_VARIABLES) buildVars[k] = `{{ build \`${k}\` }}`;
      const bctx = childContext(srcCtx, { build: obj(buildVars) });
      const provs = provisioners
        .map((p) => this.plugin(p, bctx, full, "provisioner"))
        .filter((x): x is PObject => x !== undefined);
      const pps = postProcessors
        .map((chain) =>
          chain
            .map((p) => this.plugin(p, bctx, full, "post-processor"))
            .filter((x): x is PObject => x !== undefined),
        )
        .filter((c) => c.length > 0);
      out.push({
        buildName,
        description,
        sourceType: type,
        sourceName,
        sourceLabel: name,
        name: buildName ? `${buildName}.${full}` : full,
        builder: builderCfg,
        provisioners: provs,
        errorCleanupProvisioner: cleanup ? this.plugin(cleanup, bctx, full, "provisioner") : undefined,
        postProcessors: pps,
      });
    }
    return out;
  }

  /** A provisioner or post-processor for one source, or undefined when `only`/`except` skip it. */
  private plugin(
    b: Block,
    ctx: EvalContext,
    sourceName: string,
    kind: "provisioner" | "post-processor",
  ): PObject | undefined {
    const metaNames =
      kind === "provisioner"
        ? ["only", "except", "pause_before", "max_retries", "timeout", "override", "name"]
        : ["only", "except", "keep_input_artifact", "name"];
    const meta: Record<string, Attribute> = {};
    for (const a of b.body.attributes) if (metaNames.includes(a.name)) meta[a.name] = a;
    const list = (a?: Attribute): string[] | undefined => {
      if (!a) return undefined;
      const v = this.eval(a.expr, ctx);
      const els = elements(v);
      if (!els) {
        this.error(
          a.expr.range,
          "Incorrect attribute value type",
          `Inappropriate value for attribute "${a.name}": list of string required.`,
        );
        return [];
      }
      return els.map(String);
    };
    const only = list(meta.only);
    const except = list(meta.except);
    const matches = (names: string[]) => names.some((n) => n === sourceName || n === `source.${sourceName}`);
    if (only && !matches(only)) return undefined;
    if (except && matches(except)) return undefined;
    const cfg = this.decodeBody(b.body, ctx, b.range, {}, false, new Set(metaNames));
    const head: PMember[] = [
      {
        key: "type",
        keyRange: b.labelRanges[0],
        value: { kind: "string", value: b.labels[0], range: b.labelRanges[0] },
      },
    ];
    for (const k of metaNames) {
      const a = meta[k];
      if (!a || k === "only" || k === "except" || k === "override") continue;
      head.push({ key: k, keyRange: a.nameRange, value: toPNode(this.eval(a.expr, ctx), a.expr) });
    }
    cfg.members.unshift(...head);
    if (meta.override) {
      const ov = this.eval(meta.override.expr, ctx);
      if (ov instanceof ObjectValue) {
        const mine = ov.attrs.get(sourceName) ?? ov.attrs.get(sourceName.split(".")[1] ?? "");
        if (mine instanceof ObjectValue) {
          for (const [k, v] of mine.attrs) {
            const node = toPNode(v, meta.override.expr);
            const i = cfg.members.findIndex((m) => m.key === k);
            if (i >= 0) cfg.members[i] = { ...cfg.members[i], value: node };
            else cfg.members.push({ key: k, keyRange: meta.override.nameRange, value: node });
          }
        }
      } else if (ov !== null) {
        this.error(
          meta.override.expr.range,
          "Incorrect attribute value type",
          'Inappropriate value for attribute "override": object required.',
        );
      }
    }
    return cfg;
  }

  /** Expands `dynamic` blocks into the blocks they generate, each with its iterator in scope. */
  private expandBlocks(blocks: Block[], ctx: EvalContext): ExpandedBlock[] {
    const out: ExpandedBlock[] = [];
    for (const b of blocks) {
      if (b.type !== "dynamic") {
        out.push({
          type: b.type,
          labels: b.labels,
          body: b.body,
          ctx,
          range: b.range,
          typeRange: b.typeRange,
        });
        continue;
      }
      if (!this.labels(b, 1, ["type"])) continue;
      const a = this.attrs(b.body, ["for_each", "iterator", "labels"], ["for_each"]);
      const content = b.body.blocks.filter((x) => x.type === "content");
      for (const x of b.body.blocks)
        if (x.type !== "content")
          this.error(
            x.typeRange,
            "Unsupported block type",
            `Blocks of type "${x.type}" are not expected here.`,
          );
      if (content.length !== 1) {
        this.error(
          b.range,
          content.length ? "Duplicate content block" : "Missing content block",
          'A dynamic block must have exactly one nested "content" block.',
        );
        continue;
      }
      if (!a.for_each) continue;
      let iterName = b.labels[0];
      if (a.iterator) {
        if (a.iterator.expr.kind === "variable") iterName = a.iterator.expr.name;
        else
          this.error(
            a.iterator.expr.range,
            "Invalid dynamic iterator name",
            "Dynamic iterator must be a single variable name.",
          );
      }
      const coll = this.eval(a.for_each.expr, ctx);
      let pairs: [Value, Value][] = [];
      if (coll instanceof ObjectValue) pairs = sortedKeys(coll).map((k) => [k, coll.attrs.get(k) as Value]);
      else if (coll instanceof SetValue) pairs = coll.items.map((v) => [v, v]);
      else if (Array.isArray(coll)) pairs = coll.map((v, i) => [i, v]);
      else {
        if (!(coll instanceof UnknownValue))
          this.error(
            a.for_each.expr.range,
            "Invalid dynamic for_each value",
            "Cannot use a value of this type in for_each. An iterable collection is required.",
          );
        continue;
      }
      for (const [k, v] of pairs) {
        const ictx = childContext(ctx, { [iterName]: obj({ key: k, value: v }) });
        let labels: string[] = [];
        if (a.labels) {
          const lv = elements(this.eval(a.labels.expr, ictx)) ?? [];
          labels = lv.map(String);
        }
        out.push({
          type: b.labels[0],
          labels,
          body: content[0].body,
          ctx: ictx,
          range: content[0].range,
          typeRange: b.labelRanges[0],
        });
      }
    }
    return out;
  }

  /**
   * Evaluates a plugin body into a positioned object: attributes (except `skip`), then nested
   * blocks per `spec` (`single` → object, `list` → array; unknown ones are arrays unless `strict`).
   */
  private decodeBody(
    body: Body,
    ctx: EvalContext,
    range: Range,
    spec: Readonly<Record<string, "single" | "list">>,
    strict: boolean,
    skip: Set<string>,
  ): PObject {
    const members: PMember[] = [];
    for (const a of body.attributes) {
      if (skip.has(a.name)) continue;
      if (Object.hasOwn(spec, a.name)) {
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here. Did you mean to define a block of type "${a.name}"?`,
        );
        continue;
      }
      members.push({ key: a.name, keyRange: a.nameRange, value: toPNode(this.eval(a.expr, ctx), a.expr) });
    }
    const grouped = new Map<string, { items: PNode[]; keyRange: Range; range: Range }>();
    for (const b of this.expandBlocks(body.blocks, ctx)) {
      const mode = Object.hasOwn(spec, b.type) ? spec[b.type] : undefined;
      if (!mode && strict) {
        this.error(
          b.typeRange,
          "Unsupported block type",
          `Blocks of type "${b.type}" are not expected here.`,
        );
        continue;
      }
      if (members.some((m) => m.key === b.type)) {
        this.error(
          b.typeRange,
          "Unsupported block type",
          `Blocks of type "${b.type}" are not expected here: "${b.type}" is already set as an argument.`,
        );
        continue;
      }
      const node = this.decodeBody(b.body, b.ctx, b.range, {}, false, new Set());
      const g = grouped.get(b.type);
      if (g) {
        if (mode === "single") {
          this.error(
            b.typeRange,
            "Duplicate block",
            `Only one "${b.type}" block is allowed. Another was defined at ${g.range.file}:${g.range.start.line},${g.range.start.column}.`,
          );
          continue;
        }
        g.items.push(node);
      } else grouped.set(b.type, { items: [node], keyRange: b.typeRange, range: b.range });
    }
    for (const [type, g] of grouped) {
      const value: PNode =
        spec[type] === "single" ? g.items[0] : { kind: "array", items: g.items, range: g.range };
      members.push({ key: type, keyRange: g.keyRange, value });
    }
    return { kind: "object", members, range };
  }
}

/** Edit distance, for Packer's "Did you mean" suggestions. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The type a default value gives an untyped variable (primitives only; collections stay `any`). */
function inferType(v: Value): Type {
  if (typeof v === "string") return STRING;
  if (typeof v === "boolean") return BOOL;
  if (typeof v === "number") return { k: "number" };
  return ANY;
}

/** A value as a positioned tree; ranges follow the tuple and object constructors of `expr`. */
export function toPNode(v: Value, expr: Expr | undefined): PNode {
  const range = (expr as Expr).range;
  const inner = expr?.kind === "paren" ? expr.expr : expr;
  if (v === null || v instanceof UnknownValue) return { kind: "null", range };
  if (typeof v === "string") return { kind: "string", value: v, range };
  if (typeof v === "number") return { kind: "number", value: v, range };
  if (typeof v === "boolean") return { kind: "bool", value: v, range };
  if (Array.isArray(v) || v instanceof SetValue) {
    const items = elements(v) ?? [];
    const sub = inner?.kind === "tuple" && inner.items.length === items.length ? inner.items : undefined;
    return { kind: "array", items: items.map((x, i) => toPNode(x, sub?.[i] ?? expr)), range };
  }
  const members: PMember[] = [];
  for (const [k, x] of v.attrs) {
    let item: { key: Expr; value: Expr } | undefined;
    if (inner?.kind === "object") {
      item = inner.items.find((it) => {
        if (it.key.kind === "literal") return it.key.value === k;
        if (it.key.kind === "template" && it.key.parts.length === 1 && it.key.parts[0].kind === "literal")
          return it.key.parts[0].value === k;
        return false;
      });
    }
    members.push({ key: k, keyRange: item?.key.range ?? range, value: toPNode(x, item?.value ?? expr) });
  }
  return { kind: "object", members, range };
}

export { convert };
