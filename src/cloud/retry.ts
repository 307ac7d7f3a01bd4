/**
 * The retry policy every cloud call goes through: throttling, 5xx, network errors and the
 * "still processing" family are retried with capped exponential backoff and full jitter;
 * anything else fails at once as a `CloudError`.
 */
import type { CallStats } from "./accounting.js";
import { abortReason, type Clock, systemClock } from "./clock.js";
import {
  type CallDescription,
  CloudError,
  classifyError,
  type ErrorClass,
  sdkErrorFields,
} from "./errors.js";

/** Backoff settings. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  maxAttempts: number;
  /** The first backoff's upper bound; doubles per retry. */
  baseDelayMs: number;
  /** Cap of one backoff. */
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first try. */
  maxElapsedMs: number;
}

/** Defaults: 8 tries, 0.5 s → 20 s full jitter, at most 2 minutes. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxElapsedMs: 120_000,
};

/** Full jitter: uniform in [0, min(cap, base·2^(retry−1))] (`retry` counts from 1). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** One try, as the function given to {@link retryCall} sees it. */
export interface Attempt {
  /** 1 for the first try. */
  attempt: number;
  /** The same value on every try of one logical call (for `ClientToken`). */
  clientToken: string;
}

/** Options of one logical call. */
export interface RetryCallOptions {
  product: string;
  action: string;
  resource?: string;
  /** Extra codes this operation retries (e.g. `IncorrectInstanceStatus.Initializing` for DeleteInstance). */
  retryCodes?: string[];
  /** Codes of the default families this operation must not retry (it handles them itself). */
  noRetryCodes?: string[];
  policy?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  clock?: Clock;
  random?: () => number;
  stats?: CallStats;
  clientToken: string;
  /**
   * On abort, stop waiting for a request in flight (read-only calls: nothing is lost). Mutating
   * calls are awaited so that a created resource's id is never missed. Default false.
   */
  abandonOnAbort?: boolean;
  /** Told before each backoff sleep. */
  onRetry?: (info: {
    attempt: number;
    delayMs: number;
    errorClass: ErrorClass;
    code: string;
    error: unknown;
  }) => void;
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

/** Runs `fn` under the retry policy; resolves with its value or rejects with a `CloudError` (or the abort reason). */
export async function retryCall<T>(fn: (a: Attempt) => Promise<T>, opts: RetryCallOptions): Promise<T> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const noRetry = new Set(opts.noRetryCodes ?? []);
  const started = clock.now();
  opts.stats?.recordCall(opts.product, opts.action);
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    const t0 = clock.now();
    try {
      const pending = fn({ attempt, clientToken: opts.clientToken });
      const value = await (opts.abandonOnAbort && opts.signal ? raceAbort(pending, opts.signal) : pending);
      opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0);
      return value;
    } catch (err) {
      if (opts.signal?.aborted) {
        opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, "Aborted");
        opts.stats?.recordFailure(opts.product, opts.action);
        throw abortReason(opts.signal);
      }
      const f = sdkErrorFields(err);
      const code = f.code ?? f.name ?? "Error";
      opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, code);
      let cls = classifyError(err, opts.retryCodes);
      if (noRetry.has(code)) cls = "permanent";
      const call: CallDescription = {
        product: opts.product,
        action: opts.action,
        resource: opts.resource,
        attempts: attempt,
      };
      const fail = (): never => {
        opts.stats?.recordFailure(opts.product, opts.action);
        throw err instanceof CloudError ? err : new CloudError(err, call, cls);
      };
      if (cls === "permanent" || attempt >= policy.maxAttempts) fail();
      let delayMs = backoffDelay(attempt, policy, random);
      if (f.retryAfterMs !== undefined)
        delayMs = Math.max(delayMs, Math.min(f.retryAfterMs, policy.maxDelayMs));
      if (clock.now() - started + delayMs > policy.maxElapsedMs) fail();
      opts.onRetry?.({ attempt, delayMs, errorClass: cls, code, error: err });
      try {
        await clock.sleep(delayMs, opts.signal);
      } catch (abortErr) {
        opts.stats?.recordFailure(opts.product, opts.action);
        throw abortErr;
      }
    }
  }
}
