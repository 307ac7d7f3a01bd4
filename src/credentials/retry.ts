/**
 * Retries with capped exponential backoff and full jitter (delay = random(0, min(cap, base·2^n))),
 * for STS, the metadata service and GitHub's ID token endpoint. Permanent errors end at once.
 */
import { isRetryable } from "./errors.js";

/** Retry settings. */
export interface RetryOptions {
  /** Attempts in all, including the first. Default 5. */
  attempts?: number;
  /** First backoff step (ms). Default 250. */
  baseDelayMs?: number;
  /** Largest single wait (ms). Default 8000. */
  maxDelayMs?: number;
  /** Which errors are transient; default `isRetryable`. */
  retryable?: (err: unknown) => boolean;
  /** Called before each wait, with the failed attempt's number (1-based), the error and the wait. */
  onRetry?: (attempt: number, err: unknown, delayMs: number) => void;
  /** Randomness in [0, 1); replaceable in tests. */
  random?: () => number;
}

/** Runs `fn` (given the attempt number, 1-based) until it succeeds, a permanent error, or the attempts run out. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 5);
  const base = opts.baseDelayMs ?? 250;
  const cap = opts.maxDelayMs ?? 8000;
  const retryable = opts.retryable ?? isRetryable;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= attempts || !retryable(err)) throw err;
      const delay = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
      opts.onRetry?.(attempt, err, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
