/** HTTP plumbing of the wire layer: a bounded request body, a header's value, a JSON response. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "../types.js";

/** The largest request body accepted (Alibaba Cloud's gateway refuses far smaller ones). */
const MAX_BODY = 2 * 1024 * 1024;

/** The request's body; `InvalidParameter` (and the connection closed) past {@link MAX_BODY}. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new ApiError("InvalidParameter", "The request body is too large.", 400));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A header's (first) value. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json;charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
