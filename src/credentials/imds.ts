/**
 * A client of the ECS instance metadata service for RAM role credentials: IMDSv2 (a session token
 * from `PUT /latest/api/token`) with a fallback to IMDSv1 when the token cannot be had, at a
 * configurable address (`IMAGE_BUILD_METADATA_ENDPOINT`; `@alicloud/credentials` hard-codes
 * 100.100.100.200). Transient failures are retried; credentials are masked as soon as read.
 */
import { CloudApiError, CredentialsError, NetworkError } from "./errors.js";
import { httpRequest } from "./http.js";
import { type RetryOptions, withRetry } from "./retry.js";
import type { CredentialsLog, MaskFn, ResolvedKeys } from "./types.js";

/** Metadata client settings. */
export interface ImdsClientOptions {
  /** Base URL, e.g. `http://100.100.100.200`. */
  endpoint: string;
  /** Per-request timeout (ms). Default 2000. */
  timeoutMs?: number;
  /** Refuse the IMDSv1 fallback (also `ALIBABA_CLOUD_IMDSV1_DISABLED=true`). */
  disableV1?: boolean;
  retry?: RetryOptions;
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
      const res = await httpRequest({
        method: "PUT",
        url: `${this.endpoint}/latest/api/token`,
        headers: { "x-aliyun-ecs-metadata-token-ttl-seconds": TOKEN_TTL },
        timeoutMs: this.timeoutMs,
      });
      if (res.status === 200 && res.body.trim() !== "") {
        const token = res.body.trim();
        this.opts.mask?.(token);
        return token;
      }
      why = `HTTP ${res.status}`;
    } catch (err) {
      // Unreachable altogether: nothing to fall back to.
      if (err instanceof NetworkError && err.code !== "ETIMEDOUT") throw err;
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
    const res = await httpRequest({
      method: "GET",
      url: `${this.endpoint}${path}`,
      headers: token ? { "x-aliyun-ecs-metadata-token": token } : {},
      timeoutMs: this.timeoutMs,
    });
    if (res.status !== 200)
      throw new CloudApiError({
        action: `metadata GET ${path}`,
        code: res.status === 404 ? "NotFound" : `HTTP${res.status}`,
        message: res.body.trim().slice(0, 200) || `HTTP ${res.status}`,
        httpStatus: res.status,
      });
    return res.body;
  }

  private retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, {
      ...this.opts.retry,
      onRetry: (attempt, err, delay) => {
        this.opts.log?.warning?.(
          `${what} attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`,
        );
        this.opts.retry?.onRetry?.(attempt, err, delay);
      },
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
