/**
 * Reading the action's inputs. Every input is read and checked up front, so a typo fails the step
 * before anything else happens, with a message naming the input.
 */
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
