/**
 * `ClientToken` idempotency: a create call repeated with the same token (same account and action)
 * returns the first call's result instead of creating again; the same token with different
 * parameters is `IdempotenceParamNotMatch`. Tokens are remembered for the life of the emulator.
 */
import { fail } from "./state.js";

interface Entry {
  fingerprint: string;
  result?: unknown;
  error?: unknown;
  inFlight: boolean;
}

/** Remembers results by (account, action, token). */
export class IdempotencyStore {
  private entries = new Map<string, Entry>();

  /**
   * Runs `fn` once per token: a repeat gets the stored result (or error). `params` is the whole
   * parameter set; everything but `ClientToken` must match.
   */
  async run<T>(
    accountId: string,
    action: string,
    token: unknown,
    params: Record<string, unknown>,
    fn: () => T | Promise<T>,
  ): Promise<T> {
    if (typeof token !== "string" || token === "") return fn();
    if (token.length > 64)
      fail("InvalidClientToken.ValueNotSupported", "The ClientToken provided is invalid.");
    const key = `${accountId}\u0000${action}\u0000${token}`;
    const { ClientToken: _t, ...rest } = params;
    const fingerprint = stableJson(rest);
    const seen = this.entries.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        fail(
          "IdempotenceParamNotMatch",
          "Request uses a client token in a previous request but is not identical to that request.",
        );
      }
      if (seen.inFlight) {
        fail("IdempotentProcessing", "The previous idempotent request(s) is still processing.", 403);
      }
      if (seen.error !== undefined) throw seen.error;
      return seen.result as T;
    }
    const entry: Entry = { fingerprint, inFlight: true };
    this.entries.set(key, entry);
    try {
      entry.result = await fn();
      return entry.result as T;
    } catch (e) {
      // A failed call may be retried with the same token (real APIs do not pin errors).
      this.entries.delete(key);
      throw e;
    } finally {
      entry.inFlight = false;
    }
  }
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}
