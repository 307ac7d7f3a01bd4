/**
 * `CloudError`, the one error a failed API call surfaces as (code, message, request id, action,
 * resource, hint), and the not-found helpers. How errors are classified, explained and read are
 * in error-class.ts, error-advice.ts, error-hints.ts and error-fields.ts (re-exported here).
 */

import { cleanApiMessage, whatToDo } from "./error-advice.js";
import { classifyError, type ErrorClass } from "./error-class.js";
import { sdkErrorFields } from "./error-fields.js";

export { cleanApiMessage, hintFor, troubleshootUrl, whatToDo } from "./error-advice.js";
export {
  classifyError,
  type ErrorClass,
  NETWORK_CODES,
  PROCESSING_CODES,
  THROTTLING_CODES,
} from "./error-class.js";
export { type SdkErrorFields, sdkErrorFields } from "./error-fields.js";
export { ramAction } from "./error-hints.js";

/** What a caller knows about the failed call. */
export interface CallDescription {
  product: string;
  action: string;
  /** The resource in question, e.g. `instance i-bp1…` or `image m-bp1…`. */
  resource?: string;
  /** The region the call went to (named in the message). */
  region?: string;
  attempts: number;
}

/** True for the API's not-found codes (`InvalidInstanceId.NotFound`, `InvalidImageId.NotFound`…). */
export function isNotFound(err: unknown): boolean {
  const code = err instanceof CloudError ? err.code : sdkErrorFields(err).code;
  return typeof code === "string" && /NotFound$|NotExist$|\.NotFound\./.test(code);
}

/** A failed cloud API call, after the retry policy gave up or for a permanent error at once. */
export class CloudError extends Error {
  override readonly name = "CloudError";
  /** The API's code (`InvalidImageId.NotFound`), or the network error code (`ECONNRESET`). */
  readonly code: string;
  /** The API's message, without the SDK's prefix. */
  readonly apiMessage: string;
  readonly requestId?: string;
  readonly statusCode?: number;
  readonly product: string;
  readonly action: string;
  readonly resource?: string;
  readonly region?: string;
  /** What to do: the code's hint, else a sentence for the error's class. Always set. */
  readonly hint: string;
  /** HTTP requests made for this call. */
  readonly attempts: number;
  readonly errorClass: ErrorClass;

  /**
   * The message is one paragraph: `Action (resource, region) failed[ after N attempts]: Code:
   * API message (request id …). What to do: …`.
   */
  constructor(cause: unknown, call: CallDescription, errorClass: ErrorClass = classifyError(cause)) {
    const f = sdkErrorFields(cause);
    const code = f.code ?? f.name ?? "Error";
    const apiMessage = cleanApiMessage(f.message);
    const recommend = (cause as { data?: { Recommend?: unknown } } | undefined)?.data?.Recommend;
    const hint = whatToDo(code, call, errorClass, {
      ...(f.requestId ? { requestId: f.requestId } : {}),
      ...(typeof recommend === "string" && /^https:\/\//.test(recommend) ? { recommend } : {}),
    });
    const where = [call.resource, call.region].filter(Boolean).join(", ");
    const tries = call.attempts > 1 ? ` after ${call.attempts} attempts` : "";
    const rid = f.requestId ? ` (request id ${f.requestId})` : "";
    const text = apiMessage.replace(/\.$/, "");
    const said = text && text !== code ? `: ${text}` : "";
    super(
      `${call.action}${where ? ` (${where})` : ""} failed${tries}: ${code}${said}${rid}. What to do: ${hint}`,
      {
        cause,
      },
    );
    this.code = code;
    this.apiMessage = apiMessage;
    if (f.requestId !== undefined) this.requestId = f.requestId;
    if (f.statusCode !== undefined) this.statusCode = f.statusCode;
    this.product = call.product;
    this.action = call.action;
    if (call.resource !== undefined) this.resource = call.resource;
    if (call.region !== undefined) this.region = call.region;
    this.hint = hint;
    this.attempts = call.attempts;
    this.errorClass = errorClass;
  }

  /** The same error with the call's region named (the Cloud adds it; the retry policy does not know it). */
  inRegion(region: string): CloudError {
    if (this.region !== undefined) return this;
    const call: CallDescription = {
      product: this.product,
      action: this.action,
      attempts: this.attempts,
      region,
      ...(this.resource !== undefined ? { resource: this.resource } : {}),
    };
    return new CloudError(this.cause, call, this.errorClass);
  }
}

/**
 * Awaits a call whose "not found" answer means the work is already done (a delete in an
 * idempotent cleanup): resolves with undefined on a not-found code, rethrows anything else.
 */
export async function ignoreNotFound<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}
