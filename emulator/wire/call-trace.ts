/**
 * What the call log records of one call, filled in as the call is read, routed, authenticated and
 * answered, so that a call refused half way is logged with everything known by then.
 */

import type { CallLog } from "../calllog.js";
import { maskParams } from "../calllog.js";
import type { Product } from "../types.js";
import { PROTOCOL_PARAMS } from "./params.js";

/** One call's trace; {@link CallTrace.record} writes it to the log. */
export class CallTrace {
  private readonly started = performance.now();
  /** ISO time the request arrived. */
  readonly time = new Date().toISOString();
  product?: Product;
  version?: string;
  action?: string;
  accessKeyId?: string;
  /** Caller ARN once authenticated. */
  caller?: string;
  signature?: string;
  /** The wire parameters (query, then form body). */
  pairs: [string, string][] = [];
  /** Fault rule ids that fired. */
  readonly faults: string[] = [];
  status = 200;
  code = "OK";

  constructor(
    readonly requestId: string,
    /** `http`, `https` or `proxy`. */
    readonly via: string,
  ) {}

  /** Records the call: parameters masked, protocol parameters removed, latency measured now. */
  record(calls: CallLog): void {
    calls.record({
      time: this.time,
      product: this.product,
      version: this.version,
      action: this.action,
      params: maskParams(this.pairs, PROTOCOL_PARAMS),
      accessKeyId: this.accessKeyId,
      caller: this.caller || undefined,
      signature: this.signature,
      code: this.code,
      httpStatus: this.status,
      latencyMs: Math.round((performance.now() - this.started) * 100) / 100,
      requestId: this.requestId,
      via: this.via,
      ...(this.faults.length ? { faults: this.faults } : {}),
    });
  }
}
