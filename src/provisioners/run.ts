/**
 * Running a build's provisioners as Packer 1.6.6's core does: each one dispatched by type, wrapped
 * in the generic options (`pause_before`, else `timeout`; then `max_retries` around that), one after
 * another over the same communicator, with the `error-cleanup-provisioner` after a failure.
 */
import { formatGoDuration } from "../template/duration.js";
import { goQuote } from "../template/gofmt.js";
import { type PreparedProvisioner, type ProvisionerConfig, provisionerOf } from "./index.js";
import type { ProvisionerOutcome } from "./provisioner.js";
import { CancelledError, type ProvisionContext, sleep } from "./runtime.js";

export type { ProvisionerOutcome } from "./provisioner.js";
export { type ProvisionContext, renderRuntime } from "./runtime.js";

/** The generic options of one provisioner (template keys `pause_before`, `timeout`, `max_retries`). */
export interface GenericOptions {
  pauseBeforeMs: number;
  timeoutMs: number;
  maxRetries: number;
}

/** Runs one decoded provisioner by type (its registry record), without the generic options. */
export function provision(config: ProvisionerConfig, ctx: ProvisionContext): Promise<void> {
  return provisionerOf(config).run(config.config, ctx);
}

/** A child signal that fires with the parent, or after `ms` (reason "timeout"). */
function withTimeout(
  parent: AbortSignal,
  ms: number,
): { signal: AbortSignal; dispose: () => void; timedOut: () => boolean } {
  const ctl = new AbortController();
  let fired = false;
  const onAbort = () => ctl.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  const t = setTimeout(() => {
    fired = true;
    ctl.abort(new CancelledError());
  }, ms);
  return {
    signal: ctl.signal,
    timedOut: () => fired,
    dispose: () => {
      clearTimeout(t);
      parent.removeEventListener("abort", onAbort);
    },
  };
}

/**
 * Wraps `run` in Packer's PausedProvisioner / TimeoutProvisioner / RetriedProvisioner with their
 * messages. Retries re-run the pause or timeout too; the first error is the one thrown.
 */
export async function runWithGenericOptions(
  options: GenericOptions,
  ctx: ProvisionContext,
  run: (ctx: ProvisionContext) => Promise<void>,
): Promise<void> {
  const { ui } = ctx;
  const once = async (): Promise<void> => {
    if (options.pauseBeforeMs !== 0) {
      ui.say(`Pausing ${formatGoDuration(options.pauseBeforeMs)} before the next provisioner...`);
      await sleep(options.pauseBeforeMs, ctx.signal);
      return run(ctx);
    }
    if (options.timeoutMs !== 0) {
      ui.say(`Setting a ${formatGoDuration(options.timeoutMs)} timeout for the next provisioner...`);
      const t = withTimeout(ctx.signal, options.timeoutMs);
      const onTimeout = () => {
        if (t.timedOut()) ui.error("Cancelling provisioner after a timeout...");
      };
      t.signal.addEventListener("abort", onTimeout, { once: true });
      try {
        return await run({ ...ctx, signal: t.signal });
      } finally {
        t.dispose();
      }
    }
    return run(ctx);
  };
  if (options.maxRetries === 0) return once();
  if (ctx.signal.aborted) throw new CancelledError();
  let first: unknown;
  try {
    return await once();
  } catch (e) {
    first = e;
  }
  for (let left = options.maxRetries; left > 0; left--) {
    if (ctx.signal.aborted) throw first;
    ui.say(`Provisioner failed with ${goQuote(errorMessage(first))}, retrying with ${left} trie(s) left`);
    try {
      return await once();
    } catch {
      // Packer keeps the first error.
    }
  }
  ui.say("retry limit reached.");
  throw first;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The generic options of a prepared provisioner (`pause_before` wins over `timeout` in 1.6.6). */
export function genericOptionsOf(p: PreparedProvisioner): GenericOptions {
  return {
    pauseBeforeMs: p.source.pauseBefore,
    timeoutMs: p.source.pauseBefore !== 0 ? 0 : p.source.timeout,
    maxRetries: p.source.maxRetries,
  };
}

/** Runs one prepared provisioner with its generic options. */
export function runProvisioner(p: PreparedProvisioner, ctx: ProvisionContext): Promise<void> {
  return runWithGenericOptions(genericOptionsOf(p), ctx, (c) => provision(p.config, c));
}

/** Where the provisioners sit in the build's full list, and what runs between two of them. */
export interface Boundaries {
  /** The 1-based position of the first provisioner run in the build's full list; default 1. */
  firstPosition?: number;
  /** Awaited after provisioner N (position in the full list) succeeded, before the next one starts. */
  onBoundary?: (position: number, signal: AbortSignal) => Promise<void>;
}

/**
 * The provisioning step's run: every provisioner in order, stopping at the first error;
 * `onOutcome` hears about each provisioner that ran, `boundaries.onBoundary` is awaited after each
 * one that succeeded (a failure there fails the build).
 */
export async function runProvisioners(
  provisioners: PreparedProvisioner[],
  ctx: ProvisionContext,
  onOutcome?: (outcome: ProvisionerOutcome) => void,
  boundaries: Boundaries = {},
): Promise<void> {
  const first = boundaries.firstPosition ?? 1;
  for (const [i, p] of provisioners.entries()) {
    const started = Date.now();
    try {
      await runProvisioner(p, ctx);
      onOutcome?.({ type: p.config.type, status: "succeeded", durationMs: Date.now() - started });
    } catch (e) {
      onOutcome?.({
        type: p.config.type,
        status: "failed",
        durationMs: Date.now() - started,
        error: errorMessage(e),
      });
      throw e;
    }
    await boundaries.onBoundary?.(first + i, ctx.signal);
  }
}

/**
 * The provisioning step's cleanup after the build halted or was cancelled (Packer runs it from the
 * step's Cleanup, whichever later step failed): "Provisioning step had errors: Running the cleanup
 * provisioner, if present...", then the `error-cleanup-provisioner` with a fresh signal. Its own
 * failure is reported on the Ui, never thrown.
 */
export async function runErrorCleanupProvisioner(
  errorCleanup: PreparedProvisioner | undefined,
  ctx: ProvisionContext,
): Promise<void> {
  ctx.ui.say("Provisioning step had errors: Running the cleanup provisioner, if present...");
  if (!errorCleanup) return;
  try {
    await runProvisioner(errorCleanup, { ...ctx, signal: new AbortController().signal });
  } catch (e) {
    ctx.ui.error(errorMessage(e));
  }
}
