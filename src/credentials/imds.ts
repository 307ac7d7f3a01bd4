/**
 * A client of the ECS instance metadata service for RAM role credentials: IMDSv2 (a session token
 * from `PUT /latest/api/token`) with a fallback to IMDSv1 when the token cannot be had, at a
 * configurable address (`IMAGE_BUILD_METADATA_ENDPOINT`; `@alicloud/credentials` hard-codes
 * 100.100.100.200). Transient failures are retried; credentials are masked as soon as read.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { CloudError } from "../cloud/errors.js";
import { type RetryPolicy, retryCall } from "../cloud/retry.js";
import { CredentialsError } from "./errors.js";
import type { CredentialsLog, MaskFn, ResolvedKeys } from "./types.js";

/** An HTTP answer of the metadata service. */
interface Answer {
  status: number;
  body: string;
}

/**
 * One request (node:http: fetch refuses some ports a stand-in may use, and keeps connections
 * alive). A connection failure or timeout rejects with an Error whose `code` (`ECONNREFUSED`,
 * `ETIMEDOUT`…) the cloud retry policy classifies as a network error.
 */
function request(
  method: "GET" | "PUT",
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Answer> {
  const u = new URL(url);
  const fail = (message: string, code: string | undefined) =>
    Object.assign(new Error(`${method} ${u.host}${u.pathname}: ${message}`), { code: code ?? "ECONNRESET" });
  return new Promise((resolve, reject) => {
    const req = http.request(u, { method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (e: NodeJS.ErrnoException) => reject(fail(e.message, e.code)));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("timeout", () => req.destroy(fail(`timed out after ${timeoutMs} ms`, "ETIMEDOUT")));
    req.on("error", (e: NodeJS.ErrnoException) =>
      reject(e.message.includes("timed out after") ? e : fail(e.message, e.code)),
    );
    req.end();
  });
}

/** A non-200 answer as the cloud errors read it (status, code, message). */
function answerError(path: string, res: Answer): Error {
  const message = res.body.trim().slice(0, 200) || `HTTP ${res.status}`;
  return Object.assign(new Error(`metadata GET ${path}: ${message}`), {
    code: res.status === 404 ? "NotFound" : `HTTP${res.status}`,
    statusCode: res.status,
    data: { Message: message },
  });
}

/** Metadata client settings. */
export interface ImdsClientOptions {
  /** Base URL, e.g. `http://100.100.100.200`. */
  endpoint: string;
  /** Per-request timeout (ms). Default 2000. */
  timeoutMs?: number;
  /** Refuse the IMDSv1 fallback (also `ALIBABA_CLOUD_IMDSV1_DISABLED=true`). */
  disableV1?: boolean;
  /** Overrides of the cloud retry policy. */
  retry?: Partial<RetryPolicy>;
  mask?: MaskFn;
  log?: CredentialsLog;
}

const CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
const TOKEN_TTL = "21600";

/** Reads RAM role credentials from the metadata service. */
export class ImdsClient {
  private readonly opts: ImdsClientOptions;
  readonly endpoint: string;

  constructor(opts: ImdsClientOptions) {
    this.opts = opts;
    this.endpoint = opts.endpoint.replace(/\/+$/, "");
  }

  private get timeoutMs(): number {
    return this.opts.timeoutMs ?? 2000;
  }

  /** An IMDSv2 session token, or undefined when the service does not give one and v1 is allowed. */
  private async sessionToken(): Promise<string | undefined> {
    let why: string;
    try {
      const res = await request(
        "PUT",
        `${this.endpoint}/latest/api/token`,
        { "x-aliyun-ecs-metadata-token-ttl-seconds": TOKEN_TTL },
        this.timeoutMs,
      );
      if (res.status === 200 && res.body.trim() !== "") {
        const token = res.body.trim();
        this.opts.mask?.(token);
        return token;
      }
      why = `HTTP ${res.status}`;
    } catch (err) {
      // Unreachable altogether: nothing to fall back to.
      if ((err as { code?: string }).code !== "ETIMEDOUT") throw err;
      why = err instanceof Error ? err.message : String(err);
    }
    if (this.opts.disableV1)
      throw new CredentialsError(
        `the metadata service at ${this.endpoint} gave no IMDSv2 token (${why}) and IMDSv1 is disabled`,
      );
    this.opts.log?.debug?.(`metadata service: no IMDSv2 token (${why}); using IMDSv1`);
    return undefined;
  }

  private async get(path: string, token: string | undefined): Promise<string> {
    const res = await request(
      "GET",
      `${this.endpoint}${path}`,
      token ? { "x-aliyun-ecs-metadata-token": token } : {},
      this.timeoutMs,
    );
    if (res.status !== 200) throw answerError(path, res);
    return res.body;
  }

  /** One logical read under the cloud retry policy (a `CloudError` when it gives up). */
  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.retryCall(what, fn);
    } catch (err) {
      // Our own explanations (no token and IMDSv1 disabled, an unreadable answer) surface as they are.
      throw err instanceof CloudError && err.cause instanceof CredentialsError ? err.cause : err;
    }
  }

  private retryCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return retryCall(fn, {
      product: "ECS metadata",
      action: what,
      clientToken: randomUUID(),
      policy: this.opts.retry,
      onRetry: ({ attempt, delayMs, error }) =>
        this.opts.log?.warning?.(
          `${what} attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${delayMs} ms`,
        ),
    });
  }

  /** The RAM role attached to this instance. */
  async roleName(): Promise<string> {
    return this.retrying("metadata role name", async () => {
      const name = (await this.get(CREDENTIALS_PATH, await this.sessionToken())).trim();
      if (!name) throw new CredentialsError(`the metadata service at ${this.endpoint} lists no RAM role`);
      return name;
    });
  }

  /** Temporary credentials of `role`. */
  async credentials(role: string): Promise<ResolvedKeys & { securityToken: string; expiration: Date }> {
    return this.retrying(`metadata credentials of ${role}`, async () => {
      const text = await this.get(
        `${CREDENTIALS_PATH}${encodeURIComponent(role)}`,
        await this.sessionToken(),
      );
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw new CredentialsError(`the metadata service answered credentials of ${role} that are not JSON`);
      }
      const { AccessKeyId: id, AccessKeySecret: secret, SecurityToken: token, Expiration: exp } = body;
      if (typeof id !== "string" || typeof secret !== "string" || typeof token !== "string")
        throw new CredentialsError(`the metadata service answered credentials of ${role} without keys`);
      for (const s of [id, secret, token]) this.opts.mask?.(s);
      if (body.Code !== undefined && body.Code !== "Success")
        throw new CredentialsError(`the metadata service answered Code '${String(body.Code)}' for ${role}`);
      const expiration = new Date(String(exp));
      if (Number.isNaN(expiration.getTime()))
        throw new CredentialsError(`the metadata service answered an unreadable Expiration for ${role}`);
      return { accessKeyId: id, accessKeySecret: secret, securityToken: token, expiration };
    });
  }
}
