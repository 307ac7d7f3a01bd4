/**
 * Cloud errors: how an SDK error is classified for the retry policy, and `CloudError`, the one
 * error a failed API call surfaces as (code, message, request id, action, resource, hint).
 */

/** How the retry policy sees an error. */
export type ErrorClass = "throttling" | "server" | "network" | "processing" | "permanent";

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
  if (err instanceof CloudError) return err.errorClass;
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

/** What a caller knows about the failed call. */
export interface CallDescription {
  product: string;
  action: string;
  /** The resource in question, e.g. `instance i-bp1…` or `image m-bp1…`. */
  resource?: string;
  attempts: number;
}

/** The RAM action name of an API action (`ecs:RunInstances`, `vpc:CreateVpc`). */
export function ramAction(product: string, action: string): string {
  return `${product.toLowerCase()}:${action}`;
}

/** A one-line hint of what to do about a common error code, or undefined. */
export function hintFor(code: string, call: { product: string; action: string }): string | undefined {
  if (
    code === "OperationDenied.NoStock" ||
    code === "Zone.NotOnSale" ||
    code === "InvalidResourceType.NotSupported"
  )
    return "the zone has no stock of this instance type: choose another zone_id or instance_type, or leave zone_id empty";
  if (/^Invalid(Image|ImageId)\.NotFound$|^InvalidImageId\.(NotFound|Malformed)$/.test(code))
    return "the image does not exist in this region or is not visible to this account: check source_image and region";
  if (
    code.startsWith("Forbidden.RAM") ||
    code === "NoPermission" ||
    code.startsWith("Forbidden.NoPermission") ||
    code === "Forbidden.Unauthorized" ||
    code === "Forbidden"
  )
    return `the RAM identity is not allowed to call this API: grant "${ramAction(call.product, call.action)}" in its RAM policy`;
  if (code.startsWith("InvalidAccessKeyId"))
    return "the AccessKey ID is unknown or disabled: check access_key / ALICLOUD_ACCESS_KEY (or the role credentials)";
  if (code === "SignatureDoesNotMatch")
    return "the AccessKey secret does not match the AccessKey ID: check secret_key / ALICLOUD_SECRET_KEY";
  if (code.startsWith("InvalidSecurityToken"))
    return "the STS token is expired or does not belong to this AccessKey: refresh the credentials";
  if (
    code.startsWith("QuotaExceed") ||
    code.endsWith(".QuotaExceed") ||
    code.endsWith(".QuotaExceeded") ||
    code.startsWith("QuotaExceeded")
  )
    return "an account quota is reached: release unused resources or request a higher quota in the Quota Center";
  if (
    code === "InvalidAccountStatus.NotEnoughBalance" ||
    code === "Account.Arrearage" ||
    code.startsWith("InvalidAccountStatus")
  )
    return "the account cannot buy resources (overdue payment or insufficient balance): check billing";
  if (code === "InvalidInstanceType.NotFound" || code === "InvalidInstanceType.ValueNotSupported")
    return "the instance_type is not offered in this region or zone: choose another instance_type";
  if (code === "InvalidRegionId.NotFound" || code === "InvalidRegionId.Malformed")
    return "the region does not exist: check region (and image_copy_regions)";
  if (
    code === "InvalidVpcId.NotFound" ||
    code === "InvalidVSwitchId.NotFound" ||
    code === "InvalidSecurityGroupId.NotFound"
  )
    return "the network resource does not exist in this region: check vpc_id, vswitch_id and security_group_id";
  if (code === "InvalidImageName.Duplicated")
    return "an image with this image_name already exists: choose another name or set image_force_delete";
  if (code === "IdempotenceParamNotMatch")
    return "a ClientToken was reused with different parameters: this is a bug in image-build, please report it";
  if (code.startsWith("Throttling"))
    return "the API kept throttling the account after every retry: run fewer builds at once, or retry later";
  return undefined;
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
  readonly hint?: string;
  /** HTTP requests made for this call. */
  readonly attempts: number;
  readonly errorClass: ErrorClass;

  constructor(cause: unknown, call: CallDescription, errorClass: ErrorClass = classifyError(cause)) {
    const f = sdkErrorFields(cause);
    const code = f.code ?? f.name ?? "Error";
    // The server's string to sign (echoed on SignatureDoesNotMatch) can hold a SecurityToken (v1 signatures).
    f.message = f.message.replace(/\s*server (string to sign|StringToSign)\b[\s\S]*$/i, "");
    const hint = hintFor(code, call);
    const where = call.resource ? ` (${call.resource})` : "";
    const rid = f.requestId ? ` [request id ${f.requestId}]` : "";
    const tries = call.attempts > 1 ? ` after ${call.attempts} attempts` : "";
    super(
      `${call.action}${where} failed${tries}: ${code}: ${f.message}${rid}${hint ? `\nHint: ${hint}` : ""}`,
      {
        cause,
      },
    );
    this.code = code;
    this.apiMessage = f.message;
    if (f.requestId !== undefined) this.requestId = f.requestId;
    if (f.statusCode !== undefined) this.statusCode = f.statusCode;
    this.product = call.product;
    this.action = call.action;
    if (call.resource !== undefined) this.resource = call.resource;
    if (hint !== undefined) this.hint = hint;
    this.attempts = call.attempts;
    this.errorClass = errorClass;
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
