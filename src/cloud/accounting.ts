/** Call accounting: every API call counted per action, with its retries and latency (for the summary and benches). */

/** Counters of one API action. */
export interface ActionStats {
  product: string;
  action: string;
  /** Logical calls (one per `Cloud.call`). */
  calls: number;
  /** HTTP requests, retries included. */
  attempts: number;
  /** attempts − calls. */
  retries: number;
  /** Logical calls that ended in an error. */
  failures: number;
  /** Attempts that failed, by error code. */
  errors: Record<string, number>;
  /** Sum and maximum of the attempts' latencies. */
  totalLatencyMs: number;
  maxLatencyMs: number;
}

/** Accumulates per-action counters; one instance per run (shared by every region's clients). */
export class CallStats {
  private readonly map = new Map<string, ActionStats>();

  private entry(product: string, action: string): ActionStats {
    const k = `${product}:${action}`;
    let s = this.map.get(k);
    if (!s) {
      s = {
        product,
        action,
        calls: 0,
        attempts: 0,
        retries: 0,
        failures: 0,
        errors: {},
        totalLatencyMs: 0,
        maxLatencyMs: 0,
      };
      this.map.set(k, s);
    }
    return s;
  }

  /** Records one HTTP request of a call (`code` when it failed). */
  recordAttempt(product: string, action: string, latencyMs: number, code?: string): void {
    const s = this.entry(product, action);
    s.attempts++;
    s.totalLatencyMs += latencyMs;
    s.maxLatencyMs = Math.max(s.maxLatencyMs, latencyMs);
    if (code !== undefined) s.errors[code] = (s.errors[code] ?? 0) + 1;
    s.retries = Math.max(0, s.attempts - s.calls);
  }

  /** Records the start of a logical call. */
  recordCall(product: string, action: string): void {
    const s = this.entry(product, action);
    s.calls++;
    s.retries = Math.max(0, s.attempts - s.calls);
  }

  /** Records that a logical call finally failed. */
  recordFailure(product: string, action: string): void {
    this.entry(product, action).failures++;
  }

  /** Counters of one action (zeros when never called). */
  get(action: string, product?: string): ActionStats {
    for (const s of this.map.values())
      if (s.action === action && (!product || s.product === product))
        return { ...s, errors: { ...s.errors } };
    return {
      product: product ?? "",
      action,
      calls: 0,
      attempts: 0,
      retries: 0,
      failures: 0,
      errors: {},
      totalLatencyMs: 0,
      maxLatencyMs: 0,
    };
  }

  /** Every action's counters, sorted by product then action. */
  byAction(): ActionStats[] {
    return [...this.map.values()]
      .map((s) => ({ ...s, errors: { ...s.errors } }))
      .sort((a, b) => (a.product + a.action).localeCompare(b.product + b.action));
  }

  /** Totals over every action. */
  totals(): { calls: number; attempts: number; retries: number; failures: number; totalLatencyMs: number } {
    const t = { calls: 0, attempts: 0, retries: 0, failures: 0, totalLatencyMs: 0 };
    for (const s of this.map.values()) {
      t.calls += s.calls;
      t.attempts += s.attempts;
      t.retries += s.retries;
      t.failures += s.failures;
      t.totalLatencyMs += s.totalLatencyMs;
    }
    return t;
  }
}
