/**
 * The generic waiter: polls a Describe call until the resource reaches a wanted state, with an
 * interval that starts short and grows to a cap, progress through the Ui, a timeout that names
 * the resource, the state waited for, the last state seen and the time spent, an immediate end on
 * terminal failure states, and the AbortSignal.
 */
import type { Ui } from "../ui/ui.js";
import { abortReason, type Clock, systemClock } from "./clock.js";

/** The state a waiter reports when the Describe call finds nothing. */
export const NOT_FOUND = "NotFound";

/** Polling interval: `initialMs`, then ×`factor` per poll, at most `maxMs`. */
export interface PollInterval {
  initialMs: number;
  factor: number;
  maxMs: number;
}

/** Default: 0.5 s → ×1.5 → 5 s. */
export const DEFAULT_INTERVAL: Readonly<PollInterval> = { initialMs: 500, factor: 1.5, maxMs: 5_000 };

/** Options of {@link waitFor}. */
export interface WaitOptions<T> {
  /** What is waited on, for messages: `image m-bp1…`. */
  what: string;
  /** The wanted state(s); `NOT_FOUND` waits for the resource to be gone. */
  target: string | readonly string[];
  /** One Describe call; `undefined` when the resource is not found. */
  describe(signal?: AbortSignal): Promise<T | undefined>;
  /** The state of a found resource. */
  state(resource: T): string;
  /** States that end the wait at once with a `WaitFailedError` (`CreateFailed`, `failed`). */
  failureStates?: readonly string[];
  /** A reason to stop at once given the states seen so far (e.g. back to Stopped after Starting). */
  failed?(
    resource: T | undefined,
    state: string,
    seen: readonly string[],
    elapsedMs: number,
  ): string | undefined;
  /** Percentage progress of a found resource (an image's `Progress`). */
  progress?(resource: T): number | undefined;
  timeoutMs: number;
  interval?: Partial<PollInterval>;
  /**
   * How long the operation is expected to take (ms). When given, it replaces `interval` with a
   * schedule scaled to it (see {@link expectedDelay}): after the first poll, sleep half of it,
   * then poll every 1/10 of it (at most 2 s), and back off geometrically past 1.5× it; with a
   * progress percentage the next poll is aimed at the end that the progress predicts.
   */
  expectedMs?: number;
  signal?: AbortSignal;
  ui?: Ui;
  clock?: Clock;
}

/** The result of a successful wait. */
export interface WaitResult<T> {
  /** The last Describe result (undefined when waiting for NOT_FOUND). */
  resource: T | undefined;
  state: string;
  elapsedMs: number;
  polls: number;
  /** Time into the wait of the last poll that did not see the target (undefined if the first did). */
  beforeMs?: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** The wait ran out of time. */
export class WaitTimeoutError extends Error {
  override readonly name = "WaitTimeoutError";
  readonly code = "WaitTimeout";
  constructor(
    readonly what: string,
    readonly target: readonly string[],
    readonly lastState: string | undefined,
    readonly elapsedMs: number,
    lastProgress?: number,
  ) {
    super(
      `Timed out after ${seconds(elapsedMs)} waiting for ${what} to be ${target.join(" or ")} ` +
        `(last state: ${lastState ?? "none seen"}${lastProgress !== undefined ? `, ${lastProgress}%` : ""})`,
    );
  }
}

/** The resource reached a terminal failure state. */
export class WaitFailedError extends Error {
  override readonly name = "WaitFailedError";
  readonly code = "WaitFailed";
  constructor(
    readonly what: string,
    readonly target: readonly string[],
    readonly state: string,
    readonly elapsedMs: number,
    reason?: string,
  ) {
    super(
      `${what} ${reason ?? `reached state ${state}`} while waiting for ${target.join(" or ")} (after ${seconds(elapsedMs)})`,
    );
  }
}

/** Parses a `Progress` value (`"45%"`, `"45"`, 45) into a number, or undefined. */
export function parsePercent(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/**
 * The next sleep of a wait with an expected duration `expectedMs`: `elapsedMs` into it, `last`
 * the previous sleep (0 before the first), `progress` the last percentage seen (if any).
 * - With a progress p in (0, 100): the end it predicts at the earliest (elapsed × (99 − p) / (p + 1),
 *   a percentage being rounded down), at least a short step (1/100 of the expected, 20 ms to 1 s).
 * - Otherwise: up to half of the expected, sleep there; until 1.5× the expected, poll every 1/10
 *   of it (20 ms to 2 s); past that (slower than expected), back off ×1.5 per poll.
 * Always at most `maxMs`.
 */
export function expectedDelay(
  expectedMs: number,
  elapsedMs: number,
  last: number,
  progress: number | undefined,
  maxMs: number,
): number {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const step = clamp(expectedMs / 10, 20, 2_000);
  let d: number;
  if (progress !== undefined && progress > 0 && progress < 100) {
    d = Math.max(clamp(expectedMs / 100, 20, 1_000), (elapsedMs * (99 - progress)) / (progress + 1));
  } else if (elapsedMs < expectedMs / 2) d = Math.max(step, expectedMs / 2 - elapsedMs);
  else if (elapsedMs < expectedMs * 1.5) d = step;
  else d = Math.max(step, last * 1.5);
  return Math.min(d, maxMs);
}

/** Polls until the target state; throws WaitTimeoutError, WaitFailedError, a Describe error or the abort reason. */
export async function waitFor<T>(opts: WaitOptions<T>): Promise<WaitResult<T>> {
  const clock = opts.clock ?? systemClock;
  const interval = { ...DEFAULT_INTERVAL, ...opts.interval };
  const targets = typeof opts.target === "string" ? [opts.target] : [...opts.target];
  const failures = new Set(opts.failureStates ?? []);
  const started = clock.now();
  const seen: string[] = [];
  let delay = interval.initialMs;
  let lastSleep = 0;
  let beforeMs: number | undefined;
  let lastState: string | undefined;
  let lastProgress: number | undefined;
  let polls = 0;
  const report = (label: string, done = false) =>
    opts.ui?.progress({
      id: opts.what,
      label,
      ...(lastProgress !== undefined ? { percent: lastProgress } : {}),
      elapsedMs: clock.now() - started,
      ...(done ? { done } : {}),
    });

  for (;;) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    const resource = await opts.describe(opts.signal);
    polls++;
    const state = resource === undefined ? NOT_FOUND : opts.state(resource);
    if (resource !== undefined && opts.progress) lastProgress = opts.progress(resource) ?? lastProgress;
    if (state !== lastState) seen.push(state);
    lastState = state;
    const elapsedMs = clock.now() - started;

    if (targets.includes(state)) {
      report(`${opts.what} is ${state}`, true);
      return { resource, state, elapsedMs, polls, ...(beforeMs !== undefined ? { beforeMs } : {}) };
    }
    const reason = failures.has(state) ? undefined : opts.failed?.(resource, state, seen, elapsedMs);
    if (failures.has(state) || reason !== undefined) {
      report(`${opts.what} is ${state}`, true);
      throw new WaitFailedError(opts.what, targets, state, elapsedMs, reason);
    }
    if (elapsedMs >= opts.timeoutMs) {
      report(`${opts.what}: timed out`, true);
      throw new WaitTimeoutError(opts.what, targets, lastState, elapsedMs, lastProgress);
    }
    beforeMs = elapsedMs;
    report(`Waiting for ${opts.what} to be ${targets.join(" or ")}: ${state}`);
    const next =
      opts.expectedMs === undefined
        ? delay
        : expectedDelay(opts.expectedMs, elapsedMs, lastSleep, lastProgress, interval.maxMs);
    // Never sleep past the deadline: the last poll happens at the timeout.
    lastSleep = Math.min(next, Math.max(0, opts.timeoutMs - elapsedMs));
    await clock.sleep(lastSleep, opts.signal);
    delay = Math.min(interval.maxMs, delay * interval.factor);
  }
}
