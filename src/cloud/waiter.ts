/**
 * The generic waiter: polls a Describe call until the resource reaches a wanted state, with an
 * interval that starts short and grows to a cap, progress through the Ui, a timeout that names
 * the resource, the state waited for, the last state seen and the time spent, an immediate end on
 * terminal failure states, and the AbortSignal.
 */
import type { Ui } from "../ui/ui.js";
import { abortReason, type Clock, systemClock } from "./clock.js";

/** The longest a wait goes without a progress report while it sleeps. */
const PROGRESS_EVERY_MS = 10_000;

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
   * schedule aimed at it (see {@link expectedDelay}): the first poll comes after a sleep to the
   * earliest likely end, not at once.
   */
  expectedMs?: number;
  /**
   * How far off `expectedMs` may be, as a fraction of it (default 0.25; kept within 0.03–0.5):
   * the half-width of the window polled around the expected end.
   */
  uncertainty?: number;
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
  /** How long the last poll (the Describe call that saw the target) took. */
  lastPollMs: number;
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

/** Bounds of {@link expectedDelay} (ms). */
export const EXPECTED_SCHEDULE = {
  /** The shortest sleep between polls. */
  minStepMs: 20,
  /** Poll steps in the window around the expected end are at most this long, unless the window
   * is so wide (an uncertain pace) that it would take more than 16 polls to cross. */
  maxStepMs: 500,
} as const;

/**
 * The next sleep of a wait on an operation expected to take `expectedMs` (E), give or take the
 * fraction `uncertainty` (u, 0.03–0.5): `elapsedMs` into the wait, `last` the previous sleep
 * (0 before the first), `progress` the last percentage seen (if any).
 * - With a progress p in (0, 100): the end it predicts at the earliest (elapsed × (99 − p) / (p + 1),
 *   a percentage being rounded down), at least a short step (E/200, 20 ms to 0.5 s).
 * - Otherwise, before the window: one sleep to its start, E × (1 − 2u) (at least E/2), and no poll
 *   before it.
 * - In the window, up to E × (1 + 2u): a step of u × E, shortened to 0.5 s when that is longer
 *   (a second saved per poll at real time), but never below u × E / 4 (at most 16 polls across the
 *   window); at least 20 ms. An accurate E (u small) thus costs 2–4 polls.
 * - Past the window (slower than expected): back off ×1.5 per poll from the step.
 * The back-off is at most `maxMs`; the sleep to the window and the progress aim are not capped
 * (they come from the pace this cloud has shown and from the resource's own progress).
 */
export function expectedDelay(
  expectedMs: number,
  elapsedMs: number,
  last: number,
  progress: number | undefined,
  maxMs: number,
  uncertainty = 0.25,
): number {
  const { minStepMs, maxStepMs } = EXPECTED_SCHEDULE;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const u = clamp(uncertainty, 0.03, 0.5);
  const E = expectedMs;
  if (progress !== undefined && progress > 0 && progress < 100)
    return Math.max(clamp(E / 200, minStepMs, maxStepMs), (elapsedMs * (99 - progress)) / (progress + 1));
  const step = Math.max(minStepMs, (u * E) / 8, Math.min((u * E) / 2, maxStepMs));
  const from = E * (1 - u);
  if (elapsedMs < from) return Math.max(minStepMs, from - elapsedMs);
  if (elapsedMs < E * (1 + u)) return step;
  return Math.min(maxMs, Math.max(step, last * 1.5));
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

  const waiting = () =>
    `Waiting for ${opts.what} to be ${targets.join(" or ")}${lastState !== undefined ? `: ${lastState}` : ""}`;
  // A long sleep between polls still shows progress (every 10 s), so a log never goes quiet.
  const sleep = async (ms: number) => {
    for (let left = ms; left > 0; ) {
      const chunk = Math.min(left, PROGRESS_EVERY_MS);
      await clock.sleep(chunk, opts.signal);
      left -= chunk;
      if (left > 0) report(waiting());
    }
  };

  // With an expected duration the first poll waits for the earliest likely end.
  if (opts.expectedMs !== undefined) {
    lastSleep = Math.min(
      expectedDelay(opts.expectedMs, 0, 0, undefined, interval.maxMs, opts.uncertainty),
      opts.timeoutMs,
    );
    if (lastSleep > 0) report(waiting());
    await sleep(lastSleep);
  }
  let lastPollMs = 0;
  for (;;) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    const pollStart = clock.now();
    const resource = await opts.describe(opts.signal);
    lastPollMs = clock.now() - pollStart;
    polls++;
    const state = resource === undefined ? NOT_FOUND : opts.state(resource);
    if (resource !== undefined && opts.progress) lastProgress = opts.progress(resource) ?? lastProgress;
    if (state !== lastState) seen.push(state);
    lastState = state;
    const elapsedMs = clock.now() - started;

    if (targets.includes(state)) {
      report(`${opts.what} is ${state}`, true);
      return {
        resource,
        state,
        elapsedMs,
        polls,
        lastPollMs,
        ...(beforeMs !== undefined ? { beforeMs } : {}),
      };
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
    report(waiting());
    const next =
      opts.expectedMs === undefined
        ? delay
        : expectedDelay(
            opts.expectedMs,
            elapsedMs,
            lastSleep,
            lastProgress,
            interval.maxMs,
            opts.uncertainty,
          );
    // Never sleep past the deadline: the last poll happens at the timeout.
    lastSleep = Math.min(next, Math.max(0, opts.timeoutMs - elapsedMs));
    await sleep(lastSleep);
    delay = Math.min(interval.maxMs, delay * interval.factor);
  }
}
