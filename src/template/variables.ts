/**
 * User variables as Packer 1.6.6 resolves them (`packer/core.go`, `helper/flag-kv`,
 * `command/meta.go`): `-var k=v` parsing, var files (flat JSON string -> string, later file wins),
 * precedence (template default < var files in order < `-var`), required variables, and the
 * rendering of every value with `{{env}}` and `{{user}}` references between variables, repeated up
 * to 100 passes in sorted key order, leaving `{{ .X }}` alone.
 */
import { randomUUID } from "node:crypto";
import type { ConfigNode } from "./config/tree.js";
import type { Diagnostic } from "./diagnostics.js";
import { goQuote } from "./gofmt.js";
import { parseJson } from "./json/parse.js";
import { positionOfByte, scanGoJson } from "./json/syntax.js";
import type { Located } from "./model.js";

/** Where a variable's value came from. */
export interface VariableOrigin {
  /** The file (template or var file), or `"<command line>"` for `-var`. */
  file: string;
  at: Located;
}

/** The file name used in diagnostics about command-line arguments. */
export const COMMAND_LINE = "<command line>";

const START: Located = { pos: { line: 1, column: 1, offset: 0 }, path: "" };

function diag(file: string, at: Located, message: string): Diagnostic {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}

/**
 * Parses `-var` arguments (`k=v`, split at the first `=`; later ones win). An argument without
 * `=` is Packer's `invalid value "x" for flag -var: No '=' value in arg: x`.
 */
export function parseVarArgs(args: readonly string[]): {
  values: Map<string, string>;
  diagnostics: Diagnostic[];
} {
  const values = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    const i = arg.indexOf("=");
    if (i < 0) {
      diagnostics.push(
        diag(COMMAND_LINE, START, `invalid value ${goQuote(arg)} for flag -var: No '=' value in arg: ${arg}`),
      );
      continue;
    }
    values.set(arg.slice(0, i), arg.slice(i + 1));
  }
  return { values, diagnostics };
}

/** One value read from a var file. */
export interface VarFileValue {
  value: string;
  at: Located;
}

function kindWord(node: ConfigNode): string {
  switch (node.kind) {
    case "number":
      return "number";
    case "boolean":
      return "bool";
    case "array":
      return "array";
    case "object":
      return "object";
    default:
      return node.kind;
  }
}

/**
 * Reads a var file's text as Packer's `-var-file` flag does (`json.Decoder` into a
 * `map[string]string`): only the first JSON value is read, `null` values are `""`, later duplicate
 * keys win, and any other value is `Error reading variables in 'f': json: cannot unmarshal ...`.
 */
export function parseVarFile(
  file: string,
  text: string,
): { values: Map<string, VarFileValue>; diagnostics: Diagnostic[] } {
  const values = new Map<string, VarFileValue>();
  const diagnostics: Diagnostic[] = [];
  const fail = (at: Located, message: string) =>
    diagnostics.push(diag(file, at, `Error reading variables in '${file}': ${message}`));
  const bytes = Buffer.from(text, "utf8");
  const scan = scanGoJson(bytes, { trailing: false });
  if (scan.error) {
    const e = scan.error;
    const message = e.eof ? (text.trim() === "" ? "EOF" : "unexpected EOF") : e.message;
    const pos = positionOfByte(text, e.byteOffset);
    fail({ pos, path: "" }, message);
    return { values, diagnostics };
  }
  let root: ConfigNode;
  try {
    root = parseJson(bytes.subarray(0, scan.end).toString("utf8"));
  } catch (err) {
    const e = err as Error & { pos?: Located["pos"] };
    // Deep nesting exhausts the parser's stack: say so rather than `Maximum call stack size exceeded`.
    const deep = err instanceof RangeError || /call stack/i.test(e.message);
    fail({ pos: e.pos ?? START.pos, path: "" }, deep ? "the document nests too deeply" : e.message);
    return { values, diagnostics };
  }
  if (root.kind === "null") return { values, diagnostics };
  if (root.kind !== "object") {
    fail(root, `json: cannot unmarshal ${kindWord(root)} into Go value of type kvflag.FlagJSON`);
    return { values, diagnostics };
  }
  for (const m of root.members) {
    const v = m.value;
    if (v.kind === "string") values.set(m.key, { value: v.value, at: v });
    else if (v.kind === "null") values.set(m.key, { value: "", at: v });
    else fail(v, `json: cannot unmarshal ${kindWord(v)} into Go value of type string`);
  }
  return { values, diagnostics };
}

/** Renders one string with the given user variables; throws `InterpolateError`-like errors. */
export type RenderVariable = (text: string, userVariables: Record<string, string>) => string;

/** An error from {@link resolveVariables}: Packer's text and the variable it is about. */
export interface ResolveError {
  key: string;
  message: string;
}

// Go's regexp `\s` is [\t\n\f\r ] and `.` is anything but a newline.
const DOT_REF = /\{\{([\t\n\f\r ]|)\.([^\n]*?)([\t\n\f\r ]|)\}\}/g;
const USER_CALL = /\{\{[\t\n\f\r ]*user[\t\n\f\r ]*`[^\n]*`[\t\n\f\r ]*\}\}/;

/** The text Packer's `user` function fails with when a variable is not (yet) set. */
export const VARIABLE_NOT_SET = "Error: variable not set:";

/** Packer's `RenderRegex`: renders `text` with every `{{ .X }}` left as written. */
export function renderExcludingDotRefs(
  text: string,
  userVariables: Record<string, string>,
  render: RenderVariable,
): string {
  const excluded = new Map<string, string>();
  let v = text;
  for (const match of text.match(DOT_REF) ?? []) {
    const id = randomUUID();
    v = v.split(match).join(id);
    excluded.set(id, match);
  }
  let rendered = render(v, userVariables);
  for (const [id, match] of excluded) rendered = rendered.split(id).join(match);
  return rendered;
}

/** Go's `sort.Strings` (bytewise), in place; each key is encoded once, not once per comparison. */
function sortBytewise(keys: string[]): void {
  // UTF-16 order is the UTF-8 byte order unless a key holds characters above U+FFFF.
  if (!keys.some((k) => /[\uD800-\uDFFF]/.test(k))) {
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return;
  }
  const encoded = keys.map((k) => ({ k, b: Buffer.from(k, "utf8") }));
  encoded.sort((x, y) => Buffer.compare(x.b, y.b));
  encoded.forEach((e, i) => {
    keys[i] = e.k;
  });
}

function isExecError(err: unknown): boolean {
  return (err as { kind?: string } | null)?.kind === "exec";
}

/**
 * Packer's `renderVarsRecursively`: starts from the command-line values (var files and `-var`),
 * renders every template default and command-line value in sorted key order with env enabled,
 * and repeats (up to 100 passes) while some value still refers to another through
 * `{{user \`x\`}}` or failed because a variable was not set yet. Returns the values (command-line
 * values override defaults) or Packer's error.
 */
export function resolveVariables(
  defaults: ReadonlyMap<string, string>,
  cli: ReadonlyMap<string, string>,
  render: RenderVariable,
): { values: Record<string, string>; error?: ResolveError } {
  const variables: Record<string, string> = Object.create(null);
  for (const [k, v] of cli) variables[k] = v;
  const repeat = new Map<string, string>();
  const allKeys: string[] = [];
  for (const [k, v] of defaults) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  for (const [k, v] of cli) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  sortBytewise(allKeys);
  // Go makes the slice with len(repeatMap) zero entries and then appends: those render "" first.
  let entries: { key: string; value: string }[] = [
    ...Array.from({ length: repeat.size }, () => ({ key: "", value: "" })),
    ...allKeys.map((key) => ({ key, value: repeat.get(key) ?? "" })),
  ];
  let shouldRetry = true;
  let changed = false;
  let failed = "";
  let failedKey = "";
  for (let pass = 0; pass < 100; pass++) {
    shouldRetry = false;
    changed = false;
    /** Whether this pass changed any value (a pass that changed none, with no failure, is a fixed point). */
    let moved = false;
    let retryFailed = false;
    const done: string[] = [];
    for (const kv of entries) {
      let rendered: string;
      try {
        rendered = renderExcludingDotRefs(kv.value, variables, render);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (isExecError(err)) {
          if (message.includes(VARIABLE_NOT_SET)) {
            shouldRetry = true;
            retryFailed = true;
            failed = `"${kv.key}": "${kv.value}"; error: ${message}`;
            failedKey = kv.key;
            continue;
          }
          return { values: publicValues(variables, repeat), error: { key: kv.key, message } };
        }
        return {
          values: publicValues(variables, repeat),
          error: { key: kv.key, message: `error interpolating default value for '${kv.key}': ${message}` },
        };
      }
      changed = true;
      if (variables[kv.key] !== rendered) moved = true;
      variables[kv.key] = rendered;
      if (USER_CALL.test(kv.value)) shouldRetry = true;
      else done.push(kv.key);
    }
    if (!shouldRetry) break;
    // Packer renders the remaining values again up to 100 times while any of them calls `user`,
    // even when nothing can change any more: a pass that changed no value and failed nowhere
    // leaves the same map for the next pass, which would render exactly the same values. Stopping
    // there gives Packer's result in a pass or two instead of 100 (linear in the template's size).
    if (!moved && !retryFailed) break;
    // Go deletes the first entry with each done key (one at a time); one pass does the same.
    const toDrop = new Map<string, number>();
    for (const k of done) toDrop.set(k, (toDrop.get(k) ?? 0) + 1);
    entries = entries.filter((e) => {
      const n = toDrop.get(e.key);
      if (!n) return true;
      toDrop.set(e.key, n - 1);
      return false;
    });
  }
  if (!changed && shouldRetry) {
    return {
      values: publicValues(variables, repeat),
      error: {
        key: failedKey,
        message: `Failed to interpolate ${failed}: Please make sure that the variable you're referencing has been defined; Packer treats all variables used to interpolate other user variables as required.`,
      },
    };
  }
  return { values: publicValues(variables, repeat) };
}

/** The resolved values without Go's stray `""` entry (unless a variable is really named ""). */
function publicValues(
  variables: Record<string, string>,
  declared: ReadonlyMap<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(variables)) if (k !== "" || declared.has("")) out[k] = v;
  return out;
}
