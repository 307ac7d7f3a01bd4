/**
 * One small HTTP(S) request helper for STS and the metadata service: a whole-request timeout,
 * an optional CA, and connection failures turned into {@link NetworkError}.
 */
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
import { NetworkError } from "./errors.js";

/** A request. `url` is absolute (`http://127.0.0.1:1234/path`). */
export interface HttpRequest {
  method: "GET" | "PUT" | "POST";
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Whole-request timeout (ms). */
  timeoutMs: number;
  /** Extra CA certificates (PEM) trusted for HTTPS. */
  ca?: string;
}

/** A response: status, lower-case headers and the body text. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends one request; rejects with {@link NetworkError} on connection errors and timeouts. */
export function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const secure = url.protocol === "https:";
  const lib = secure ? https : http;
  const headers: Record<string, string> = { ...req.headers };
  if (req.body !== undefined) headers["content-length"] = String(Buffer.byteLength(req.body));
  return new Promise((resolve, reject) => {
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      reject(err);
    };
    const r = lib.request(
      url,
      {
        method: req.method,
        headers,
        agent: false,
        // An extra CA is added to Node's bundled roots rather than replacing them.
        ...(secure && req.ca ? { ca: [...tls.rootCertificates, req.ca] } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", (e) => fail(new NetworkError(`${req.method} ${url.host}: ${e.message}`)));
        res.on("end", () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    const timer = setTimeout(() => {
      r.destroy();
      fail(
        new NetworkError(
          `${req.method} ${url.host}${url.pathname}: timed out after ${req.timeoutMs} ms`,
          "ETIMEDOUT",
        ),
      );
    }, req.timeoutMs);
    r.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(new NetworkError(`${req.method} ${url.host}${url.pathname}: ${e.message}`, e.code));
    });
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}
