/**
 * The emulator's call log: one entry per API call (after it is answered), with secrets masked.
 * Exposed on the emulator object (`calls()`) and over HTTP (`GET /_emulator/calls`).
 */
import type { Product } from "./types.js";

/** One recorded call. */
export interface CallRecord {
  seq: number;
  /** ISO time the request arrived. */
  time: string;
  product?: Product;
  version?: string;
  action?: string;
  /** Wire parameters (query + form body) as received, secrets masked, protocol parameters removed. */
  params: Record<string, string>;
  accessKeyId?: string;
  /** Caller ARN once authenticated. */
  caller?: string;
  /** `ACS3-HMAC-SHA256`, `v1`, or `anonymous`. */
  signature?: string;
  /** `OK` or the error code answered. */
  code: string;
  httpStatus: number;
  latencyMs: number;
  requestId: string;
  /** How it arrived: `http`, `https` or `proxy`. */
  via: string;
  /** Fault rule ids that fired on this call. */
  faults?: string[];
}

const SECRET =
  /(AccessKeySecret|Password|PrivateKeyBody|SecurityToken|Signature|OIDCToken|SAMLAssertion|Secret)$/i;

/** Masks secret-bearing parameters (AccessKeySecret, Password, PrivateKeyBody, SecurityToken, signatures, OIDC tokens). */
export function maskParams(
  params: Iterable<[string, string]>,
  drop: Set<string> = new Set(),
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) {
    if (drop.has(k)) continue;
    const last = k.split(".").pop() ?? k;
    out[k] = SECRET.test(last) ? "******" : v;
  }
  return out;
}

/** Filter for `CallLog.list`. */
export interface CallFilter {
  product?: string;
  action?: string;
  code?: string;
  /** Only calls with seq greater than this. */
  sinceSeq?: number;
}

/** A bounded in-memory log of calls. */
export class CallLog {
  private entries: CallRecord[] = [];
  private nextSeq = 1;
  constructor(private readonly limit = 100_000) {}

  /** Appends a call (seq assigned here) and returns it. */
  record(entry: Omit<CallRecord, "seq">): CallRecord {
    const full = { seq: this.nextSeq++, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    return full;
  }

  /** Calls in order, optionally filtered. */
  list(filter: CallFilter = {}): CallRecord[] {
    return this.entries.filter(
      (e) =>
        (filter.product === undefined || e.product?.toLowerCase() === filter.product.toLowerCase()) &&
        (filter.action === undefined || e.action === filter.action) &&
        (filter.code === undefined || e.code === filter.code) &&
        (filter.sinceSeq === undefined || e.seq > filter.sinceSeq),
    );
  }

  /** Forgets every recorded call. */
  clear(): void {
    this.entries = [];
  }
}
