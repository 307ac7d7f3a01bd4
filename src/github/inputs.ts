/**
 * Reading the action's inputs. Every input is read and checked up front, so a typo fails the step
 * before anything else happens, with a message naming the input.
 */
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve as resolvePath } from "node:path";
import * as core from "@actions/core";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** A trimmed input, `""` when unset. */
export function input(name: string): string {
  return core.getInput(name);
}

/** A required input; fails naming it when empty (the runner does not enforce `required`). */
export function requiredInput(name: string): string {
  const value = core.getInput(name);
  if (value === "") throw new InputError(`Input required and not supplied: ${name}`);
  return value;
}

/** A boolean input in YAML 1.2 form (`true`/`True`/`TRUE`/`false`/...), with a default when unset. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name);
  if (raw === "") return fallback;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new InputError(`Input '${name}' must be true or false, got '${raw}'`);
}

/** A list input: one item per line and/or comma-separated, blank items dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * `key=value` lines (the `variables` input). Blank lines and lines starting with `#` are skipped;
 * a line without `=` fails naming its line number (the value is not echoed: it may be a secret).
 */
export function keyValueInput(name: string): string[] {
  const out: string[] = [];
  const lines = core.getInput(name, { trimWhitespace: false }).split(/\r?\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const eq = trimmed.indexOf("=");
    if (eq <= 0) throw new InputError(`Input '${name}', line ${i + 1}: expected key=value`);
    out.push(`${trimmed.slice(0, eq).trim()}=${trimmed.slice(eq + 1)}`);
  });
  return out;
}

/** One of `allowed` (case-sensitive), `fallback` when unset; fails naming the input and the allowed values. */
export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name);
  if (raw === "") return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(`Input '${name}' must be one of ${allowed.join(", ")}; got '${raw}'`);
}

/** A whole number of at least `min`, `fallback` when unset. */
export function integerInput(name: string, fallback: number, min = 0, note = ""): number {
  const raw = core.getInput(name);
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min)
    throw new InputError(`Input '${name}' must be a whole number of at least ${min}${note}; got '${raw}'`);
  return n;
}

/** An endpoint (`host[:port]`, optionally with `http://` or `https://`), `""` when unset. */
export function endpointInput(name: string): string {
  const raw = core.getInput(name);
  if (raw === "") return "";
  const m = /^(?:(https?):\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(raw);
  if (!m)
    throw new InputError(
      `Input '${name}' must be an endpoint: host[:port], optionally with http:// or https:// (e.g. ecs.cn-hangzhou.aliyuncs.com); got '${raw}'`,
    );
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 65535))
    throw new InputError(`Input '${name}': the port must be between 1 and 65535; got '${raw}'`);
  return raw;
}

/** Every input of the main step except the credential ones (src/github/credentials.ts reads those). */
export interface ActionInputs {
  /** The template, absolute. */
  template: string;
  /** Working directory of the build (relative paths in the template), absolute. */
  cwd: string;
  varFiles: string[];
  vars: string[];
  only?: string[];
  except?: string[];
  validateOnly: boolean;
  force: boolean;
  onError: "cleanup" | "abort";
  /** 0 = no limit. */
  parallelBuilds: number;
  reuse: boolean;
  /** `keep-images`: final images to keep per build and region; undefined keeps everything. */
  keepImages?: number;
  /** `template-id`: the template identity as given, `""` for the default. */
  templateId: string;
  /** The `checkpoint` input: provisioner refs (one a line or comma-separated). */
  checkpoint: string[];
  summary: boolean;
  /** The manifest file the action writes, absolute. */
  manifest: string;
  /** The `tags` input as written (`key=value` lines; src/github/provenance.ts parses and checks it). */
  tagsText: string;
  endpoints: { ecs?: string; vpc?: string };
  exportCredentials: boolean;
}

/** Default manifest file name (under RUNNER_TEMP, else the workspace). */
export const DEFAULT_MANIFEST = "image-build-manifest.json";

/**
 * Reads and checks every non-credential input up front, so a typo fails before anything else
 * happens, with a message naming the input (and the allowed values).
 */
export function readActionInputs(env: Record<string, string | undefined> = process.env): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const template = resolvePath(workspace, requiredInput("template"));
  const only = listInput("only");
  const except = listInput("except");
  if (only.length && except.length)
    throw new InputError("Inputs 'only' and 'except' cannot be used together");
  const manifestInput = input("manifest");
  if (manifestInput) insideWorkspace("manifest", manifestInput, workspace);
  const cwd = workingDirectory(workspace);
  const ecs = endpointInput("ecs-endpoint");
  const vpc = endpointInput("vpc-endpoint");
  return {
    template,
    cwd,
    varFiles: listInput("var-file").map((f) => resolvePath(workspace, f)),
    vars: keyValueInput("variables"),
    ...(only.length ? { only } : {}),
    ...(except.length ? { except } : {}),
    validateOnly: booleanInput("validate-only", false),
    force: booleanInput("force", false),
    onError: choiceInput("on-error", ["cleanup", "abort"] as const, "cleanup"),
    parallelBuilds: integerInput("parallel-builds", 0, 0, " (0 = no limit)"),
    reuse: booleanInput("reuse", true),
    ...keepImagesInput(),
    templateId: input("template-id"),
    checkpoint: listInput("checkpoint"),
    summary: booleanInput("summary", true),
    manifest: manifestInput
      ? resolvePath(workspace, manifestInput)
      : resolvePath(env.RUNNER_TEMP || workspace, DEFAULT_MANIFEST),
    tagsText: core.getInput("tags", { trimWhitespace: false }),
    endpoints: { ...(ecs ? { ecs } : {}), ...(vpc ? { vpc } : {}) },
    exportCredentials: booleanInput("export-credentials", false),
  };
}

/** `keep-images`: empty keeps everything; a whole number of at least 1 (0 would delete this run's image). */
function keepImagesInput(): { keepImages?: number } {
  const raw = input("keep-images");
  if (raw === "") return {};
  if (raw === "0")
    throw new InputError(
      "Input 'keep-images' must be at least 1: 0 would delete the image this run built; leave it empty to keep every image",
    );
  return { keepImages: integerInput("keep-images", 0, 1, " (empty keeps every image)") };
}

/**
 * A relative path input must stay inside the workspace (`../x` is refused, naming the input); an
 * absolute path is the user's explicit choice and is taken as written (the README says so).
 */
function insideWorkspace(name: string, value: string, workspace: string): string {
  const abs = resolvePath(workspace, value);
  if (isAbsolute(value)) return abs;
  const rel = relative(resolvePath(workspace), abs);
  if (rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || isAbsolute(rel))
    throw new InputError(
      `Input '${name}' (${JSON.stringify(value.slice(0, 200))}) leads outside the workspace; give a path inside it, or an absolute path to choose another place`,
    );
  return abs;
}

/** The `working-directory` input: inside the workspace (or absolute) and an existing directory. */
function workingDirectory(workspace: string): string {
  const value = input("working-directory") || ".";
  const abs = insideWorkspace("working-directory", value, workspace);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new InputError(`Input 'working-directory': ${JSON.stringify(value.slice(0, 200))} does not exist`);
  }
  if (!isDir)
    throw new InputError(
      `Input 'working-directory': ${JSON.stringify(value.slice(0, 200))} is not a directory`,
    );
  return abs;
}
