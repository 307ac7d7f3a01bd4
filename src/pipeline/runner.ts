/**
 * The step runner: runs steps in order; when one fails or the signal fires, stops and runs the
 * cleanup of every step that ran, in reverse order, including the failed one. Records each step's
 * duration. With `onError: "abort"` a failed or cancelled run leaves its resources and reports them
 * (Packer's `-on-error=abort`).
 */
import { cleanupFailureMessage, leftBehindHint, stepFailure, subjectOf } from "./failure.js";
import type { LedgerEntry } from "./ledger.js";
import { type CleanupOutcome, type PipelineContext, type RunStatus, SKIPPED, type Step } from "./step.js";

/** What to do when a step fails or the run is cancelled. */
export type OnError = "cleanup" | "abort";

/** Options of {@link runSteps}. */
export interface RunOptions {
  /** Cancellation (SIGINT/SIGTERM from the runner on cancel). */
  signal?: AbortSignal;
  /** Default `cleanup`. */
  onError?: OnError;
  /**
   * After the signal fires, how long to wait for the running step to return before cleaning up
   * anyway (a step that ignores the signal must not block the cancel). Default 30 s.
   */
  abortGraceMs?: number;
  /** Monotonic clock in ms; default `performance.now`. */
  now?: () => number;
}

/** What happened to one step. */
export interface StepRecord {
  name: string;
  status: "succeeded" | "failed" | "cancelled" | "skipped" | "not-run";
  durationMs: number;
  error?: unknown;
  cleanup?: {
    status: "succeeded" | "failed" | "skipped";
    durationMs: number;
    error?: unknown;
  };
}

/** The result of a run (the runner never throws because a step or a cleanup did). */
export interface RunResult {
  status: RunStatus;
  /**
   * The error that failed the run: a `StepError` (src/pipeline/failure.ts) whose message names the
   * step, the cause and what to do, the step's own error being its `cause`; or the abort reason.
   */
  error?: unknown;
  /** The step that failed or was running when cancelled. */
  failedStep?: string;
  steps: StepRecord[];
  /** Errors thrown by cleanups, in the order they ran. */
  cleanupErrors: { step: string; error: unknown }[];
  /** Resources still in the ledger after the run (everything, when aborting on error). */
  leftBehind: LedgerEntry[];
  durationMs: number;
}

/** Settles `p`, or gives up `graceMs` after `signal` fires (the step is then reported cancelled). */
async function settle(
  p: Promise<unknown>,
  signal: AbortSignal | undefined,
  graceMs: number,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown; gaveUp?: boolean }> {
  const wrapped = p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (!signal) return wrapped;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const gaveUp = new Promise<{ ok: false; error: unknown; gaveUp: true }>((resolve) => {
    const start = () => {
      timer = setTimeout(() => resolve({ ok: false, error: signal.reason, gaveUp: true }), graceMs);
      timer.unref?.();
    };
    if (signal.aborted) start();
    else {
      onAbort = start;
      signal.addEventListener("abort", onAbort, { once: true });
    }
  });
  try {
    return await Promise.race([wrapped, gaveUp]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

/**
 * Runs `steps` in order over `ctx`. Stops at the first failure or when `signal` fires, then runs
 * the cleanups of the steps that ran in reverse order (unless `onError` is `abort`). Cleanups of a
 * successful run always run.
 */
export async function runSteps<C extends PipelineContext>(
  steps: readonly Step<C>[],
  ctx: C,
  opts: RunOptions = {},
): Promise<RunResult> {
  const now = opts.now ?? (() => performance.now());
  const signal = opts.signal ?? new AbortController().signal;
  const graceMs = opts.abortGraceMs ?? 30_000;
  const started = now();
  const records: StepRecord[] = steps.map((s) => ({ name: s.name, status: "not-run", durationMs: 0 }));
  const ran: number[] = [];
  let status: RunStatus = "succeeded";
  let error: unknown;
  let failedStep: string | undefined;

  for (let i = 0; i < steps.length; i++) {
    if (signal.aborted) {
      status = "cancelled";
      error = signal.reason;
      break;
    }
    const step = steps[i];
    const rec = records[i];
    ctx.ledger.activeStep = step.name;
    ran.push(i);
    const t0 = now();
    const r = await settle(
      Promise.resolve().then(() => step.run(ctx, signal)),
      signal,
      graceMs,
    );
    rec.durationMs = now() - t0;
    if (r.ok) {
      rec.status = r.value === SKIPPED ? "skipped" : "succeeded";
      if (!signal.aborted) continue;
      // Cancelled while this step ran; it finished, so only its cleanup is owed.
      status = "cancelled";
      error = signal.reason;
      failedStep = step.name;
      break;
    }
    failedStep = step.name;
    rec.error = r.error;
    if (signal.aborted) {
      status = "cancelled";
      rec.status = "cancelled";
      error = signal.reason ?? r.error;
      if ("gaveUp" in r && r.gaveUp)
        ctx.ui.error(`Step "${step.name}" did not stop within ${Math.round(graceMs / 1000)}s of the cancel`);
    } else {
      status = "failed";
      rec.status = "failed";
      error = stepFailure(step.name, r.error, subjectOf(ctx));
    }
    break;
  }
  ctx.ledger.activeStep = undefined;

  const halted = status !== "succeeded";
  const outcome: CleanupOutcome = { status, halted, ...(halted ? { error, failedStep } : {}) };
  const cleanupErrors: { step: string; error: unknown }[] = [];

  if (halted) {
    ctx.ui.error(
      status === "cancelled"
        ? `Build cancelled${failedStep ? ` during step "${failedStep}"` : ""}`
        : (error as Error).message,
    );
  }

  if (halted && opts.onError === "abort") {
    // Packer's -on-error=abort texts: the last step that ran says why, the others that cleanup is skipped.
    [...ran].reverse().forEach((i, n) => {
      if (steps[i].cleanup) records[i].cleanup = { status: "skipped", durationMs: 0 };
      if (n > 0) ctx.ui.error(`aborted: skipping cleanup of step "${steps[i].name}"`);
      else if (status === "cancelled") ctx.ui.error("Interrupted, aborting...");
      else ctx.ui.error(`Step "${steps[i].name}" failed, aborting...`);
    });
    const left = ctx.ledger.list();
    if (left.length > 0) {
      ctx.ui.error(`on-error=abort: leaving ${left.length} resource(s) behind:`);
      for (const e of left) ctx.ui.error(`  ${e.type} ${e.id} (${e.region}, created by "${e.createdBy}")`);
      ctx.ui.error(leftBehindHint(true));
    } else {
      ctx.ui.error("on-error=abort: no resources were created");
    }
    return {
      status,
      error,
      failedStep,
      steps: records,
      cleanupErrors,
      leftBehind: left,
      durationMs: now() - started,
    };
  }

  for (const i of [...ran].reverse()) {
    const step = steps[i];
    if (!step.cleanup) continue;
    const t0 = now();
    try {
      await step.cleanup(ctx, outcome);
      records[i].cleanup = { status: "succeeded", durationMs: now() - t0 };
    } catch (err) {
      records[i].cleanup = { status: "failed", durationMs: now() - t0, error: err };
      cleanupErrors.push({ step: step.name, error: err });
      ctx.ui.error(cleanupFailureMessage(step.name, err));
    }
  }
  const leftBehind = ctx.ledger.list();
  if (leftBehind.length > 0) {
    ctx.ui.error(`${leftBehind.length} resource(s) may have been left behind:`);
    for (const e of leftBehind)
      ctx.ui.error(`  ${e.type} ${e.id} (${e.region}, created by "${e.createdBy}")`);
    ctx.ui.error(leftBehindHint(false));
  }
  return {
    status,
    error,
    failedStep,
    steps: records,
    cleanupErrors,
    leftBehind,
    durationMs: now() - started,
  };
}
