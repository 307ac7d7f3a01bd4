/**
 * How the retry policy sees an error: throttling, a server error, a network failure, the "still
 * processing" family (all retried), or permanent.
 */
import { sdkErrorFields } from "./error-fields.js";

/** How the retry policy sees an error. */
export type ErrorClass = "throttling" | "server" | "network" | "processing" | "permanent";

/** Codes that mean "slow down" whatever their HTTP status. */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  "Throttling",
  "Throttling.User",
  "Throttling.Api",
  "Throttling.Resource",
  "ServiceUnavailable",
  "ServiceBusy",
  "RequestLimitExceeded",
]);

/** The "a previous request with this token or on this resource is still being processed" family. */
export const PROCESSING_CODES: ReadonlySet<string> = new Set([
  "IdempotentProcessing",
  "TOKEN_PROCESSING",
  "LastTokenProcessing",
  "OperationConflict",
  "TaskConflict",
]);

/** Node and SDK network error codes worth another try. */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "UND_ERR_SOCKET",
]);

/** Classifies an error; `retryCodes` are extra codes the operation treats as "processing". */
export function classifyError(err: unknown, retryCodes: Iterable<string> = []): ErrorClass {
  // A CloudError (src/cloud/errors.ts) was classified when it was made.
  if (err instanceof Error && err.name === "CloudError" && "errorClass" in err)
    return err.errorClass as ErrorClass;
  const f = sdkErrorFields(err);
  const code = f.code ?? "";
  if (new Set(retryCodes).has(code)) return "processing";
  if (code.includes("Throttling") || THROTTLING_CODES.has(code)) return "throttling";
  if (PROCESSING_CODES.has(code)) return "processing";
  if (f.statusCode !== undefined && f.statusCode >= 500) return "server";
  if (f.statusCode !== undefined) return "permanent";
  if (NETWORK_CODES.has(code) || f.name === "RequestTimeoutError") return "network";
  if (/socket hang up|ECONNRESET|ETIMEDOUT|ReadTimeout|ConnectTimeout/.test(f.message)) return "network";
  // A non-JSON error page (a gateway's HTML) surfaces as a bare SyntaxError with no status.
  if (f.name === "SyntaxError") return "server";
  if (code === "InternalError" || code === "UnknownError") return "server";
  return "permanent";
}
