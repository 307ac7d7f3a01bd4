/**
 * The fields of any error a cloud call can throw (the SDK's `ClientError`, `ServerError`,
 * `ThrottlingError`, network errors): code, the API's message, request id, HTTP status.
 */

/** The fields of an SDK error (`ClientError`, `ServerError`, `ThrottlingError`, network errors). */
export interface SdkErrorFields {
  code?: string;
  /** The API's own message (`data.Message`), else the error's message. */
  message: string;
  requestId?: string;
  statusCode?: number;
  /** `x-acs-retry-after` of a ThrottlingError, in ms. */
  retryAfterMs?: number;
  name?: string;
}

/** Reads the fields of any thrown value. */
export function sdkErrorFields(err: unknown): SdkErrorFields {
  if (!err || typeof err !== "object") return { message: String(err) };
  const e = err as {
    code?: unknown;
    message?: unknown;
    requestId?: unknown;
    statusCode?: unknown;
    retryAfter?: unknown;
    name?: unknown;
    data?: { Message?: unknown; RequestId?: unknown; Code?: unknown };
  };
  const data = e.data && typeof e.data === "object" ? e.data : undefined;
  const code = typeof e.code === "string" ? e.code : typeof data?.Code === "string" ? data.Code : undefined;
  const message = typeof data?.Message === "string" ? data.Message : String(e.message ?? err);
  const requestId =
    typeof e.requestId === "string"
      ? e.requestId
      : typeof data?.RequestId === "string"
        ? data.RequestId
        : undefined;
  return {
    ...(code !== undefined ? { code } : {}),
    message,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(typeof e.statusCode === "number" ? { statusCode: e.statusCode } : {}),
    ...(typeof e.retryAfter === "number" && e.retryAfter > 0 ? { retryAfterMs: e.retryAfter } : {}),
    ...(typeof e.name === "string" ? { name: e.name } : {}),
  };
}
