/**
 * A build step (Packer's multistep): `run` does one thing and fills the typed context; `cleanup`
 * undoes it. The runner calls `cleanup` of every step that ran, in reverse order, on success,
 * failure and cancellation.
 */
import type { Ui } from "../ui/ui.js";
import type { ResourceLedger } from "./ledger.js";

/** What every build context carries: where to report, and the ledger of created resources. */
export interface PipelineContext {
  ui: Ui;
  ledger: ResourceLedger;
}

/** How the run ended. */
export type RunStatus = "succeeded" | "failed" | "cancelled";

/** What a cleanup is told about the run (Packer's "halted or cancelled" checks read `halted`). */
export interface CleanupOutcome {
  status: RunStatus;
  /** True when the run failed or was cancelled (some cleanups only undo on a halt). */
  halted: boolean;
  /** The error that failed the run. */
  error?: unknown;
  /** The step that failed or was running when the run was cancelled. */
  failedStep?: string;
}

/** Returned by `run` when the step had nothing to do (shown as skipped in the summary). */
export const SKIPPED = "skipped" as const;

/** One step of a build, generic over the builder's context type. */
export interface Step<C extends PipelineContext = PipelineContext> {
  /** Shown in logs and the summary, e.g. `create instance`. */
  name: string;
  /**
   * Does the step's work. Throw to fail the build. `signal` fires on cancellation: pass it on to
   * waits and stop soon after; register created resources in `ctx.ledger` at once.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a step usually returns nothing
  run(ctx: C, signal: AbortSignal): Promise<void | typeof SKIPPED> | void | typeof SKIPPED;
  /**
   * Undoes the step. Must be idempotent (it may run after a partial `run`, or again in a sweep)
   * and should log what it does. Errors are collected by the runner, never rethrown.
   */
  cleanup?(ctx: C, outcome: CleanupOutcome): Promise<void> | void;
}

/**
 * Packer's cleanup headline: `Deleting <thing> because of cancellation or error...` after a halt,
 * `Cleaning up '<thing>'` otherwise (`cleanUpMessage` in the alicloud builder).
 */
export function cleanupMessage(outcome: CleanupOutcome, thing: string): string {
  return outcome.halted ? `Deleting ${thing} because of cancellation or error...` : `Cleaning up '${thing}'`;
}
