/**
 * The answer to an API call: its result, or its error as Alibaba Cloud writes it (error body,
 * HTTP status, `x-acs-retry-after` on throttling), in JSON or XML.
 */
import type { ServerResponse } from "node:http";
import { ApiError, type Product } from "../types.js";
import { errorBody } from "./errors.js";
import { toXml } from "./xml.js";

/** Writes a response body as XML (under `root`) or JSON (with the request id header). */
export function sendAnswer(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  xml: boolean,
  root: string,
  extra: Record<string, string> = {},
): void {
  if (xml) {
    const text = toXml(root, body);
    res.writeHead(status, {
      "content-type": "text/xml;charset=utf-8",
      "content-length": Buffer.byteLength(text),
      ...extra,
    });
    res.end(text);
  } else {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json;charset=utf-8",
      "content-length": Buffer.byteLength(text),
      "x-acs-request-id": String(body.RequestId ?? ""),
      ...extra,
    });
    res.end(text);
  }
}

/** Any error as the API error the client sees (an unexpected one is an `InternalError`, 500). */
export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError
    ? err
    : new ApiError(
        "InternalError",
        `The request processing has failed due to some unknown error. (${String((err as Error)?.message ?? err)})`,
        500,
      );
}

/** Writes an API error (nothing when the client went away). */
export function sendError(
  res: ServerResponse,
  err: ApiError,
  call: { requestId: string; hostId: string; product?: Product; xml: boolean },
): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = {};
  if (err.code.includes("Throttling")) headers["x-acs-retry-after"] = "100";
  sendAnswer(
    res,
    err.httpStatus,
    errorBody(err, call.requestId, call.hostId, call.product),
    call.xml,
    "Error",
    headers,
  );
}
