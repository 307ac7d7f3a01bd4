/**
 * Runs `packer validate` (Packer 1.6.6) for a conformance case and reads its verdict: the exit code
 * and the error lines, unwrapped (Packer word-wraps its error text at 80 columns). Used by
 * `scripts/packer-verdicts.mjs` to record verdicts and by the conformance test to re-check them.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ConformanceCase, R112_ONLY_FIELDS } from "./cases.js";

/** `__tests__/fixtures`, the base of every case path. */
export const FIXTURES_DIR = resolve(fileURLToPath(new URL("../fixtures", import.meta.url)));

/** What Packer said about one template. */
export interface PackerVerdict {
  exitCode: number;
  /** One entry per error, continuation lines joined with a space. */
  errors: string[];
  /** For a JSON syntax error: where Packer put it. */
  position?: { line: number; column: number };
}

/** A recorded verdict, as stored in `packer-verdicts.json`. */
export interface RecordedVerdict extends PackerVerdict {
  id: string;
  template: string;
  cwd: string;
  args: string[];
  /** The full output, line by line (stdout then stderr). */
  output: string[];
  /** Errors that only say a key plugin v1.1.2 added is unknown to 1.6.6. */
  r112OnlyErrors: string[];
  /** When there are R112-only errors: Packer's verdict on the template without those keys. */
  withoutR112Fields?: PackerVerdict;
}

/** True when `packer` can be run. */
export async function packerVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await run(["version"], process.cwd(), {});
    return stdout.trim().replace(/^Packer v/, "");
  } catch {
    return undefined;
  }
}

function run(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const home = mkdtempSync(join(tmpdir(), "packer-home-"));
  return new Promise((resolvePromise, reject) => {
    execFile(
      "packer",
      args,
      {
        cwd,
        // A clean environment: no ambient credentials, a throw-away HOME, no update check.
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, CHECKPOINT_DISABLE: "1", ...env },
        timeout: 60_000,
      },
      (err, stdout, stderr) => {
        rmSync(home, { recursive: true, force: true });
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        if (err && typeof err.code !== "number") reject(err);
        else resolvePromise({ stdout, stderr, code });
      },
    );
  });
}

/** Matches an R112-only `unknown configuration key` error and returns the key. */
export function r112OnlyKey(error: string): string | undefined {
  const m = /^unknown configuration key: '"([^"]+)"'$/.exec(error);
  return m && R112_ONLY_FIELDS.includes(m[1]) ? m[1] : undefined;
}

/** Splits Packer's validate output into error messages (unwrapping continuation lines). */
export function parsePackerOutput(text: string): Pick<PackerVerdict, "errors" | "position"> {
  const lines = text.split("\n");
  const errors: string[] = [];
  if (lines.some((l) => /^Error: Failed to prepare build/.test(l))) {
    let current: string | undefined;
    for (const line of lines) {
      const item = /^\t?\* (.*)$/.exec(line);
      if (item) {
        if (current !== undefined) errors.push(current);
        current = item[1];
      } else if (current !== undefined && line.trim() !== "" && !/^Error: /.test(line)) {
        current += ` ${line.trim()}`;
      } else if (current !== undefined) {
        errors.push(current);
        current = undefined;
      }
    }
    if (current !== undefined) errors.push(current);
    if (errors.length === 0) {
      // A plugin that returns one plain error (shell-local's only_on check): the lines after the header.
      const rest = lines.filter((l) => l.trim() !== "" && !/^Error: /.test(l)).map((l) => l.trim());
      if (rest.length > 0) errors.push(rest.join(" "));
    }
    return { errors };
  }
  const parse = /^Failed to parse template: (.*)$/m.exec(text);
  if (parse) {
    const at = /^At line (\d+), column (\d+)/m.exec(text);
    return {
      errors: [`Failed to parse template: ${parse[1]}`],
      position: at ? { line: Number(at[1]), column: Number(at[2]) } : undefined,
    };
  }
  for (const line of lines) if (line.trim() !== "") errors.push(line.trim());
  return { errors };
}

/** A case's var files as given on the command line: relative to the case's working directory. */
export function varFileArgs(c: ConformanceCase): string[] {
  return (c.varFiles ?? []).map((f) => relative(join(FIXTURES_DIR, c.cwd), join(FIXTURES_DIR, f)));
}

/** The `packer validate` arguments for a case. */
export function validateArgs(c: ConformanceCase, templatePath: string): string[] {
  return [
    "validate",
    ...varFileArgs(c).flatMap((f) => ["-var-file", f]),
    ...c.vars.flatMap((v) => ["-var", v]),
    templatePath,
  ];
}

/** Runs `packer validate` for a case, optionally on another template file (same cwd and inputs). */
export async function runPackerValidate(
  c: ConformanceCase,
  templatePath = join(FIXTURES_DIR, c.template),
): Promise<PackerVerdict & { output: string[] }> {
  const { stdout, stderr, code } = await run(validateArgs(c, templatePath), join(FIXTURES_DIR, c.cwd), c.env);
  const text = `${stdout}${stderr}`;
  const output = text.replace(/\n+$/, "").split("\n");
  return { exitCode: code, ...parsePackerOutput(text), output: text === "" ? [] : output };
}

/** Runs a case and, when Packer rejects R112-only keys, the same template without them. */
export async function recordVerdict(c: ConformanceCase): Promise<RecordedVerdict> {
  const v = await runPackerValidate(c);
  const r112OnlyErrors = v.errors.filter((e) => r112OnlyKey(e) !== undefined);
  const recorded: RecordedVerdict = {
    id: c.id,
    template: c.template,
    cwd: c.cwd,
    args: validateArgs(c, c.template).slice(1),
    exitCode: v.exitCode,
    errors: v.errors,
    ...(v.position ? { position: v.position } : {}),
    output: v.output,
    r112OnlyErrors,
  };
  if (r112OnlyErrors.length > 0) {
    const { readFileSync } = await import("node:fs");
    const doc = JSON.parse(readFileSync(join(FIXTURES_DIR, c.template), "utf8"));
    const drop = new Set(r112OnlyErrors.map((e) => r112OnlyKey(e)));
    for (const b of doc.builders ?? []) for (const k of Object.keys(b)) if (drop.has(k)) delete b[k];
    const dir = mkdtempSync(join(tmpdir(), "packer-r112-"));
    const stripped = join(dir, "template.json");
    writeFileSync(stripped, JSON.stringify(doc, null, 2));
    const s = await runPackerValidate(c, stripped);
    rmSync(dir, { recursive: true, force: true });
    recorded.withoutR112Fields = { exitCode: s.exitCode, errors: s.errors };
  }
  return recorded;
}
