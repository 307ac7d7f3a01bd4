/**
 * Runs the action's built bundles the way the GitHub runner does: `node dist/main/index.js` with
 * `INPUT_*` variables and the `GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV` and
 * `GITHUB_STEP_SUMMARY` files, then the post bundle with the saved state as `STATE_*`. Used by
 * `npm run demo` and the end-to-end tests.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
}

export interface RunStepOptions {
  /** Path of the bundle, e.g. `dist/main/index.js`. */
  bundle: string;
  inputs?: Record<string, string>;
  /** Extra environment (merged over a clean base, never the caller's whole environment). */
  env?: Record<string, string | undefined>;
  /** The workspace (cwd of the step). */
  workspace: string;
  /** Saved state from the main step (for the post step). */
  state?: Record<string, string>;
  /** Node binary to run the bundle with (the runner uses Node 24). */
  node?: string;
  /** Called with each chunk of stdout, for live logs. */
  onStdout?: (chunk: string) => void;
  /** Kill the step with this signal after this many ms (to test cancellation). */
  killAfterMs?: number;
  /** Kill the step with `killSignal` as soon as its stdout so far matches (to cancel during a given step). */
  killOn?: RegExp;
  killSignal?: NodeJS.Signals;
  timeoutMs?: number;
}

/** Parses a GitHub file command file (`name=value` lines and `name<<DELIM` heredocs). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      out[name] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Runs one step and collects what a runner would: outputs, state, env, summary, logs. */
export async function runStep(opts: RunStepOptions): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), "image-build-runner-"));
  const files = {
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STATE: join(dir, "state"),
    GITHUB_ENV: join(dir, "env"),
    GITHUB_PATH: join(dir, "path"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: opts.env?.HOME ?? mkdtempSync(join(tmpdir(), "image-build-runner-home-")),
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: "example/image-build-demo",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_WORKFLOW: "images",
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "octocat",
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: dir,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
    ...files,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {}))
    env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;

  const child = spawn(opts.node ?? process.execPath, [opts.bundle], {
    cwd: opts.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let killed = false;
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
    opts.onStdout?.(c);
    if (opts.killOn && !killed && opts.killOn.test(stdout)) {
      killed = true;
      child.kill(opts.killSignal ?? "SIGTERM");
    }
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  const timers: NodeJS.Timeout[] = [];
  if (opts.killAfterMs !== undefined) {
    timers.push(setTimeout(() => child.kill(opts.killSignal ?? "SIGTERM"), opts.killAfterMs));
  }
  timers.push(setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, sig) => resolve([code, sig])),
  );
  for (const t of timers) clearTimeout(t);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, "utf8")),
    env: parseFileCommand(readFileSync(files.GITHUB_ENV, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
  };
}
