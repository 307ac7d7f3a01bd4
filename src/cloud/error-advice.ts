/**
 * What a failed call's error says: the hint for its code or a sentence for its class, the link to
 * Alibaba Cloud's diagnosis page, and the API's message cut to one short line.
 */
import type { ErrorClass } from "./error-class.js";
import { AGAIN, type CallRef, HINTS } from "./error-hints.js";

/** A what-to-do sentence for a common error code, or undefined (see {@link whatToDo} for any error). */
export function hintFor(code: string, call: CallRef): string | undefined {
  for (const rule of HINTS) {
    const hit = Array.isArray(rule.codes) ? rule.codes.includes(code) : (rule.codes as RegExp).test(code);
    if (hit) return typeof rule.hint === "string" ? rule.hint : rule.hint(call);
  }
  return undefined;
}

/** Alibaba Cloud's diagnosis page of one failed request (the `Recommend` link of newer answers). */
export function troubleshootUrl(code: string, product: string, requestId?: string): string {
  const q = `q=${encodeURIComponent(code)}&product=${encodeURIComponent(product)}`;
  return `https://api.aliyun.com/troubleshoot?${q}${requestId ? `&requestId=${encodeURIComponent(requestId)}` : ""}`;
}

/** Actions that undo (cleanups): their failures leave a resource to delete by hand. */
const DELETE_ACTION = /^(Delete|Unassociate|Release|CancelCopyImage|Revoke)/;

/**
 * What to do about a failed call: the code's hint, else a sentence for its class (server errors
 * and network failures that outlived the retries, or a permanent error no hint covers).
 */
export function whatToDo(
  code: string,
  call: CallRef,
  errorClass: ErrorClass,
  extra: { requestId?: string; recommend?: string } = {},
): string {
  const hint = hintFor(code, call);
  if (hint) return hint;
  switch (errorClass) {
    case "network":
      return "The API endpoint could not be reached after every retry: check the network and proxy (HTTPS_PROXY) of the machine running the build and any endpoint override (the ecs-endpoint and vpc-endpoint inputs, IMAGE_BUILD_ECS_ENDPOINT, IMAGE_BUILD_VPC_ENDPOINT, custom_endpoint_ecs), then run the build again.";
    case "server":
      return "Alibaba Cloud answered with a server error after every retry: run the build again later; if it persists, open a ticket with the request id.";
    case "throttling":
    case "processing":
      return hintFor(errorClass === "throttling" ? "Throttling" : "TaskConflict", call) ?? "";
    default: {
      const link = extra.recommend ?? troubleshootUrl(code, call.product, extra.requestId);
      if (DELETE_ACTION.test(call.action))
        return `Delete the resource by hand once the cause is gone (Alibaba Cloud console or aliyun CLI); Alibaba Cloud explains this code at ${link}.`;
      return `Check the template values this call uses (the API's message says which), ${AGAIN}; if none is wrong, report it as an image-build bug with the request id. Alibaba Cloud explains this code at ${link}.`;
    }
  }
}

/** The longest API message kept in an error (a gateway can answer with a whole page). */
const MAX_API_MESSAGE = 400;

/** The API's message as one short line: no newlines, no echoed string-to-sign, bounded length. */
export function cleanApiMessage(message: string): string {
  // The server's string to sign (echoed on SignatureDoesNotMatch) can hold a SecurityToken (v1 signatures).
  let m = message.replace(/\s*server (string to sign|StringToSign)\b[\s\S]*$/i, "");
  // Node's network errors reach us with the SDK's request line glued on
  // (`connect ECONNREFUSED 127.0.0.1:1POST http://127.0.0.1:1/?… failed`): keep them apart.
  m = m.replace(/(\S)(GET|POST|PUT|DELETE|HEAD) (https?:\/\/[^\s?]*)\S* failed\.?\s*$/, "$1 ($2 $3 failed)");
  m = m.replace(/\s+/g, " ").trim();
  if (m.length > MAX_API_MESSAGE) m = `${m.slice(0, MAX_API_MESSAGE - 1).trimEnd()}…`;
  return m;
}
