/**
 * A minimal STS (2015-04-01) client: AssumeRole and GetCallerIdentity signed with v1 HMAC-SHA1,
 * AssumeRoleWithOIDC anonymous, as the official SDKs send them (RPC style, form body). Every
 * call retries transient failures (throttling, 5xx, network) with backoff and jitter; permanent
 * errors surface at once with STS's code, message and request id. Returned secrets are masked
 * the moment they are parsed.
 */
import { createHmac, randomBytes } from "node:crypto";
import { CloudApiError } from "./errors.js";
import { httpRequest } from "./http.js";
import { type RetryOptions, withRetry } from "./retry.js";
import type { CredentialsLog, MaskFn, ResolvedKeys } from "./types.js";

/** STS client settings. */
export interface StsClientOptions {
  /** Base URL, e.g. `https://sts.cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:PORT`. */
  endpoint: string;
  /** Per-request timeout (ms). Default 10000. */
  timeoutMs?: number;
  /** Extra CA (PEM) trusted for HTTPS. */
  ca?: string;
  retry?: RetryOptions;
  mask?: MaskFn;
  log?: CredentialsLog;
}

/** Parameters common to AssumeRole and AssumeRoleWithOIDC. */
export interface RoleSessionParams {
  roleArn: string;
  sessionName: string;
  /** 900..43200 s; STS's default (3600) when unset. */
  durationSeconds?: number;
  /** Inline session policy (JSON). */
  policy?: string;
}

/** An assumed role: its temporary keys and who they are. */
export interface AssumedRole {
  keys: ResolvedKeys & { securityToken: string; expiration: Date };
  arn?: string;
  assumedRoleId?: string;
  /** Claims STS read from the OIDC token (AssumeRoleWithOIDC). */
  oidc?: { subject?: string; issuer?: string; clientIds?: string };
  requestId?: string;
}

/** GetCallerIdentity's answer. */
export interface CallerIdentity {
  accountId: string;
  arn: string;
  identityType: string;
  principalId?: string;
  requestId?: string;
}

const VERSION = "2015-04-01";

/** RFC 3986 percent-encoding as the v1 signature wants it. */
function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Signs `params` (v1, HMAC-SHA1) for `method`; returns the signature. */
export function signV1(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  return createHmac("sha1", `${secret}&`).update(stringToSign).digest("base64");
}

/** Parses STS's `Expiration` (`2015-04-09T11:52:19Z`). */
function parseExpiration(text: unknown): Date {
  const d = typeof text === "string" ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new Error(`STS returned an unreadable Expiration '${String(text)}'`);
  return d;
}

/** The STS client. */
export class StsClient {
  readonly endpoint: string;
  private readonly opts: StsClientOptions;

  constructor(opts: StsClientOptions) {
    this.opts = opts;
    this.endpoint = opts.endpoint.replace(/\/+$/, "");
  }

  /** One RPC call: signed with `keys` when given, anonymous otherwise. Single attempt. */
  private async callOnce(
    action: string,
    business: Record<string, string | undefined>,
    keys?: ResolvedKeys,
  ): Promise<Record<string, unknown>> {
    const params: Record<string, string> = {
      Action: action,
      Version: VERSION,
      Format: "JSON",
      Timestamp: isoNow(),
    };
    for (const [k, v] of Object.entries(business)) if (v !== undefined && v !== "") params[k] = v;
    if (keys) {
      params.AccessKeyId = keys.accessKeyId;
      params.SignatureMethod = "HMAC-SHA1";
      params.SignatureVersion = "1.0";
      params.SignatureNonce = randomBytes(16).toString("hex");
      if (keys.securityToken) params.SecurityToken = keys.securityToken;
      params.Signature = signV1("POST", params, keys.accessKeySecret);
    }
    const body = Object.entries(params)
      .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
      .join("&");
    const res = await httpRequest({
      method: "POST",
      url: `${this.endpoint}/`,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-acs-action": action,
        "x-acs-version": VERSION,
        "user-agent": "image-build",
      },
      body,
      timeoutMs: this.opts.timeoutMs ?? 10_000,
      ca: this.opts.ca,
    });
    let json: Record<string, unknown> | undefined;
    try {
      const parsed = JSON.parse(res.body) as unknown;
      if (parsed && typeof parsed === "object") json = parsed as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    if (res.status !== 200 || !json) {
      throw new CloudApiError({
        action,
        code: typeof json?.Code === "string" ? json.Code : `HTTP${res.status}`,
        message:
          typeof json?.Message === "string"
            ? json.Message
            : `unexpected answer from ${this.endpoint} (HTTP ${res.status})`,
        httpStatus: res.status,
        requestId: typeof json?.RequestId === "string" ? json.RequestId : undefined,
      });
    }
    return json;
  }

  private call(
    action: string,
    business: () => Promise<Record<string, string | undefined>> | Record<string, string | undefined>,
    keys?: () => Promise<ResolvedKeys | undefined> | ResolvedKeys | undefined,
  ): Promise<Record<string, unknown>> {
    return withRetry(async () => this.callOnce(action, await business(), await keys?.()), {
      ...this.opts.retry,
      onRetry: (attempt, err, delay) => {
        this.opts.log?.warning?.(
          `${action} attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`,
        );
        this.opts.retry?.onRetry?.(attempt, err, delay);
      },
    });
  }

  private assumed(json: Record<string, unknown>, action: string): AssumedRole {
    const c = json.Credentials as Record<string, unknown> | undefined;
    if (
      !c ||
      typeof c.AccessKeyId !== "string" ||
      typeof c.AccessKeySecret !== "string" ||
      typeof c.SecurityToken !== "string"
    )
      throw new Error(`${action}: STS answered without Credentials`);
    for (const s of [c.AccessKeyId, c.AccessKeySecret, c.SecurityToken]) this.opts.mask?.(s);
    const user = json.AssumedRoleUser as Record<string, string> | undefined;
    const info = json.OIDCTokenInfo as Record<string, string> | undefined;
    return {
      keys: {
        accessKeyId: c.AccessKeyId,
        accessKeySecret: c.AccessKeySecret,
        securityToken: c.SecurityToken,
        expiration: parseExpiration(c.Expiration),
      },
      arn: user?.Arn,
      assumedRoleId: user?.AssumedRoleId,
      oidc: info ? { subject: info.Subject, issuer: info.Issuer, clientIds: info.ClientIds } : undefined,
      requestId: typeof json.RequestId === "string" ? json.RequestId : undefined,
    };
  }

  /** AssumeRole with `base` credentials (read again on each attempt). */
  async assumeRole(
    base: () => Promise<ResolvedKeys>,
    p: RoleSessionParams & { externalId?: string },
  ): Promise<AssumedRole> {
    const json = await this.call(
      "AssumeRole",
      () => ({
        RoleArn: p.roleArn,
        RoleSessionName: p.sessionName,
        DurationSeconds: p.durationSeconds === undefined ? undefined : String(p.durationSeconds),
        Policy: p.policy,
        ExternalId: p.externalId,
      }),
      base,
    );
    return this.assumed(json, "AssumeRole");
  }

  /** AssumeRoleWithOIDC; `token` is called on each attempt, so a retry can use a fresh token. */
  async assumeRoleWithOidc(
    token: (attempt: number) => Promise<string>,
    p: RoleSessionParams & { providerArn: string },
  ): Promise<AssumedRole> {
    let attempt = 0;
    const json = await this.call("AssumeRoleWithOIDC", async () => ({
      RoleArn: p.roleArn,
      OIDCProviderArn: p.providerArn,
      OIDCToken: await token(++attempt),
      RoleSessionName: p.sessionName,
      DurationSeconds: p.durationSeconds === undefined ? undefined : String(p.durationSeconds),
      Policy: p.policy,
    }));
    return this.assumed(json, "AssumeRoleWithOIDC");
  }

  /** GetCallerIdentity: who `keys` belong to. */
  async getCallerIdentity(keys: () => Promise<ResolvedKeys>): Promise<CallerIdentity> {
    const json = await this.call("GetCallerIdentity", () => ({}), keys);
    return {
      accountId: String(json.AccountId ?? ""),
      arn: String(json.Arn ?? ""),
      identityType: String(json.IdentityType ?? ""),
      principalId: json.PrincipalId === undefined ? undefined : String(json.PrincipalId),
      requestId: typeof json.RequestId === "string" ? json.RequestId : undefined,
    };
  }
}
