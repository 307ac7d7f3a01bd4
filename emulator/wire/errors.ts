/**
 * Error bodies as the Alibaba Cloud POP gateway writes them, and the gateway-level errors
 * (authentication, routing) the wire layer raises itself.
 */
import type { Product } from "../types.js";
import { ApiError } from "../types.js";

/** The JSON error body: `{RequestId, HostId, Code, Message, Recommend}`. */
export function errorBody(
  err: ApiError,
  requestId: string,
  hostId: string,
  product: Product | undefined,
): Record<string, unknown> {
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: err.code,
    Message: err.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(err.code)}&product=${product ?? "Unknown"}&requestId=${requestId}`,
  };
}

/** Gateway errors, worded as the real API words them. */
export const gatewayErrors = {
  accessKeyNotFound: () =>
    new ApiError("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404),
  accessKeyDisabled: () =>
    new ApiError("InvalidAccessKeyId.Inactive", "Specified access key is disabled.", 400),
  signatureV1: (stringToSign: string) =>
    new ApiError(
      "SignatureDoesNotMatch",
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      400,
    ),
  signatureAcs3: (stringToSign: string) =>
    new ApiError(
      "SignatureDoesNotMatch",
      `Specified signature does not match our calculation. server StringToSign is [${stringToSign}]`,
      400,
    ),
  incompleteSignature: (why: string) => new ApiError("IncompleteSignature", why, 400),
  unsupportedSignature: (method: string) =>
    new ApiError("InvalidSignatureMethod", `Specified signature method "${method}" is not supported.`, 400),
  missingSecurityToken: () =>
    new ApiError("MissingSecurityToken", "SecurityToken is mandatory for this action.", 400),
  tokenExpired: () =>
    new ApiError("InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", 400),
  tokenMismatch: () =>
    new ApiError(
      "InvalidSecurityToken.MismatchWithAccessKey",
      "Specified SecurityToken mismatch with the AccessKey.",
      400,
    ),
  tokenMalformed: () =>
    new ApiError("InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.", 400),
  timestampFormat: (value: string) =>
    new ApiError(
      "InvalidTimeStamp.Format",
      `Specified time stamp or date value "${value}" is not well formatted.`,
      400,
    ),
  timestampExpired: () =>
    new ApiError("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", 400),
  nonceUsed: () => new ApiError("SignatureNonceUsed", "Specified signature nonce was used already.", 400),
  missingAccessKey: () =>
    new ApiError("MissingAccessKeyId", "AccessKeyId is mandatory for this action.", 400),
  missingAction: () =>
    new ApiError(
      "MissingParameter",
      'The input parameter "Action" that is mandatory for processing this request is not supplied.',
      400,
    ),
  missingVersion: () =>
    new ApiError(
      "MissingParameter",
      'The input parameter "Version" that is mandatory for processing this request is not supplied.',
      400,
    ),
  invalidVersion: (version: string) =>
    new ApiError("InvalidVersion", `Specified parameter Version "${version}" is not valid.`, 400),
  actionNotFound: () =>
    new ApiError(
      "InvalidAction.NotFound",
      "Specified api is not found, please check your url and method.",
      404,
    ),
  throttled: () => new ApiError("Throttling.User", "Request was denied due to user flow control.", 400),
  serviceUnavailable: () =>
    new ApiError(
      "ServiceUnavailable",
      "The request has failed due to a temporary failure of the server.",
      503,
    ),
  internalError: () =>
    new ApiError(
      "InternalError",
      "The request processing has failed due to some unknown error, exception or failure.",
      500,
    ),
};
