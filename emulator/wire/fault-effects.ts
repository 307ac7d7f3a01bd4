/**
 * What injected faults do on the wire: a delay, a reset connection, a throttling error, or any
 * other error (with the gateway's own text for `ServiceUnavailable` and `InternalError`).
 */

import { setTimeout as sleep } from "node:timers/promises";
import type { FaultRule } from "../faults.js";
import { ApiError } from "../types.js";
import { gatewayErrors } from "./errors.js";

/** Thrown by a `reset` fault: the server destroys the socket instead of answering. */
export class ResetSignal extends Error {}

/** Applies the matched rules in order: waits their delays, throws the first error or reset. */
export async function applyFaults(rules: FaultRule[]): Promise<void> {
  for (const rule of rules) {
    if (rule.delayMs) await sleep(rule.delayMs);
    switch (rule.effect) {
      case "delay":
        break;
      case "reset":
        throw new ResetSignal();
      case "throttle": {
        const e = gatewayErrors.throttled();
        throw new ApiError(rule.code ?? e.code, rule.message ?? e.message, rule.httpStatus ?? e.httpStatus);
      }
      case "error": {
        const code = rule.code ?? "InternalError";
        const dflt =
          code === "ServiceUnavailable"
            ? gatewayErrors.serviceUnavailable()
            : code === "InternalError"
              ? gatewayErrors.internalError()
              : undefined;
        throw new ApiError(
          code,
          rule.message ?? dflt?.message ?? `${code} (injected fault)`,
          rule.httpStatus ?? dflt?.httpStatus ?? 400,
        );
      }
    }
  }
}
