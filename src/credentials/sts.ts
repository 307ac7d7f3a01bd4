/**
 * STS (2015-04-01) through the official client (`@alicloud/sts20150401`): AssumeRole and
 * GetCallerIdentity signed with the given keys, AssumeRoleWithOIDC anonymous. Every call goes
 * through the retry policy and error type of every other cloud call (src/cloud/retry.ts,
 * src/cloud/errors.ts): transient failures are retried, others surface at once as a `CloudError`
 * with STS's code, message and request id. Returned secrets are masked the moment they are read.
 *
 * Why not `@alicloud/credentials`' own RAMRoleARN / OIDCRoleArn providers: they speak HTTPS only,
 * to a `host[:port]`, trusting only the CAs Node had at start-up (no `ca` option, no http
 * endpoint, so neither the `sts-endpoint` input's URLs nor a private CA can be honoured); they
 * retry nothing (a throttled AssumeRole would fail the build, outside the one retry policy); and
 * the OIDC provider reads its token only from a file, while GitHub's comes from the runner's
 * endpoint and expires within minutes, long before the session needs renewing.
 */
import { randomUUID } from "node:crypto";
import tls from "node:tls";
import * as $OpenApi from "@alicloud/openapi-core";
import StsModule, * as $Sts from "@alicloud/sts20150401";
import { CloudError } from "../cloud/errors.js";
import { type RetryPolicy, retryCall } from "../cloud/retry.js";
import { CredentialsError } from "./errors.js";
import type { CredentialsLog, MaskFn, ResolvedKeys } from "./types.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
// The SDK is CommonJS: the class is the module's default export, or the module itself once bundled.
const StsSdk = ((StsModule as unknown as { default?: unknown }).default ?? StsModule) as Ctor<
  typeof StsModule
>;

/** STS client settings. */
export interface StsClientOptions {
  /** Base URL, e.g. `https://sts.cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:PORT`. */
  endpoint: string;
  /** Per-request timeout (ms). Default 10000. */
  timeoutMs?: number;
  /** Extra CA (PEM) trusted for HTTPS, besides Node's own. */
  ca?: string;
  /** Overrides of the cloud retry policy. */
  retry?: Partial<RetryPolicy>;
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

/** Parses STS's `Expiration` (`2015-04-09T11:52:19Z`). */
function parseExpiration(text: unknown): Date {
  const d = typeof text === "string" ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new Error(`STS returned an unreadable Expiration '${String(text)}'`);
  return d;
}

/** An error of our own (a credential source's, or a cloud call's already classified), not STS's answer. */
function isOwnError(err: unknown): boolean {
  return err instanceof CredentialsError || err instanceof CloudError;
}

type Credentials = {
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  expiration?: string;
};

/** The STS client. */
export class StsClient {
  readonly endpoint: string;
  private readonly url: URL;
  private readonly opts: StsClientOptions;

  constructor(opts: StsClientOptions) {
    this.opts = opts;
    this.endpoint = opts.endpoint.replace(/\/+$/, "");
    this.url = new URL(this.endpoint);
  }

  /** An SDK client signing with `keys`, or anonymous. */
  private sdk(keys?: ResolvedKeys): InstanceType<typeof StsSdk> {
    const timeout = this.opts.timeoutMs ?? 10_000;
    return new StsSdk(
      new $OpenApi.$OpenApiUtil.Config({
        endpoint: this.url.host,
        protocol: this.url.protocol.replace(":", ""),
        regionId: "cn-hangzhou",
        readTimeout: timeout,
        connectTimeout: timeout,
        userAgent: "image-build",
        // An extra CA is added to Node's bundled roots rather than replacing them.
        ...(this.opts.ca ? { ca: [...tls.rootCertificates, this.opts.ca].join("\n") } : {}),
        ...(keys
          ? {
              accessKeyId: keys.accessKeyId,
              accessKeySecret: keys.accessKeySecret,
              ...(keys.securityToken ? { securityToken: keys.securityToken } : {}),
            }
          : {}),
      }),
    );
  }

  /**
   * One logical call under the cloud retry policy; a retry is logged. A failure before the
   * request (the OIDC token could not be had, a base credential failed) surfaces as it is.
   */
  private async call<T>(action: string, fn: (attempt: number) => Promise<T>): Promise<T> {
    try {
      return await this.retry(action, fn);
    } catch (err) {
      throw err instanceof CloudError && isOwnError(err.cause) ? err.cause : err;
    }
  }

  private retry<T>(action: string, fn: (attempt: number) => Promise<T>): Promise<T> {
    return retryCall((a) => fn(a.attempt), {
      product: "STS",
      action,
      clientToken: randomUUID(),
      policy: this.opts.retry,
      onRetry: ({ attempt, delayMs, code, error }) =>
        this.opts.log?.warning?.(
          `${action} attempt ${attempt} failed (${code}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}); retrying in ${delayMs} ms`,
        ),
    });
  }

  private assumed(
    action: string,
    body:
      | {
          credentials?: Credentials;
          assumedRoleUser?: { arn?: string; assumedRoleId?: string };
          OIDCTokenInfo?: { subject?: string; issuer?: string; clientIds?: string };
          requestId?: string;
        }
      | undefined,
  ): AssumedRole {
    const c = body?.credentials;
    if (!c?.accessKeyId || !c.accessKeySecret || !c.securityToken)
      throw new Error(`${action}: STS answered without Credentials`);
    for (const s of [c.accessKeyId, c.accessKeySecret, c.securityToken]) this.opts.mask?.(s);
    const info = body?.OIDCTokenInfo;
    return {
      keys: {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken,
        expiration: parseExpiration(c.expiration),
      },
      arn: body?.assumedRoleUser?.arn,
      assumedRoleId: body?.assumedRoleUser?.assumedRoleId,
      oidc: info ? { subject: info.subject, issuer: info.issuer, clientIds: info.clientIds } : undefined,
      requestId: body?.requestId,
    };
  }

  /** AssumeRole with `base` credentials (read again on each attempt). */
  async assumeRole(
    base: () => Promise<ResolvedKeys>,
    p: RoleSessionParams & { externalId?: string },
  ): Promise<AssumedRole> {
    const r = await this.call("AssumeRole", async () =>
      this.sdk(await base()).assumeRole(
        new $Sts.AssumeRoleRequest({
          roleArn: p.roleArn,
          roleSessionName: p.sessionName,
          durationSeconds: p.durationSeconds,
          policy: p.policy,
          externalId: p.externalId,
        }),
      ),
    );
    return this.assumed("AssumeRole", r.body);
  }

  /** AssumeRoleWithOIDC; `token` is called on each attempt, so a retry can use a fresh token. */
  async assumeRoleWithOidc(
    token: (attempt: number) => Promise<string>,
    p: RoleSessionParams & { providerArn: string },
  ): Promise<AssumedRole> {
    const r = await this.call("AssumeRoleWithOIDC", async (attempt) =>
      this.sdk().assumeRoleWithOIDC(
        new $Sts.AssumeRoleWithOIDCRequest({
          roleArn: p.roleArn,
          OIDCProviderArn: p.providerArn,
          OIDCToken: await token(attempt),
          roleSessionName: p.sessionName,
          durationSeconds: p.durationSeconds,
          policy: p.policy,
        }),
      ),
    );
    return this.assumed("AssumeRoleWithOIDC", r.body);
  }

  /** GetCallerIdentity: who `keys` belong to. */
  async getCallerIdentity(keys: () => Promise<ResolvedKeys>): Promise<CallerIdentity> {
    const r = await this.call("GetCallerIdentity", async () => this.sdk(await keys()).getCallerIdentity());
    const b = r.body;
    return {
      accountId: String(b?.accountId ?? ""),
      arn: String(b?.arn ?? ""),
      identityType: String(b?.identityType ?? ""),
      principalId: b?.principalId === undefined ? undefined : String(b.principalId),
      requestId: b?.requestId,
    };
  }
}
