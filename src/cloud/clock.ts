/** Time for retries and waiters, injectable so tests can run backoff and timeouts without waiting. */

/** A clock: monotonic milliseconds and an abortable sleep. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with `signal.reason` when the signal fires first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The abort reason as an Error (an AbortSignal's default reason is a DOMException). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** The real clock (`performance.now`, timers). */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal!));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};
