/**
 * The building blocks every credential source is made of: fixed keys, AssumeRole on top of other
 * credentials, AssumeRoleWithOIDC with a token fetched (again) when needed, and an ECS instance
 * RAM role read from the metadata service. Each yields a {@link KeysFetcher} that the refreshing
 * provider calls whenever temporary keys are due.
 */
import * as credentialsPkg from "@alicloud/credentials";
import { CloudError } from "../cloud/errors.js";
import { CredentialsError } from "./errors.js";
import type { ImdsClient } from "./imds.js";
import { RefreshingProvider } from "./refreshing.js";
import type { RoleSessionParams, StsClient } from "./sts.js";
import type { CredentialsLog, KeysFetcher, MaskFn, ResolvedKeys } from "./types.js";

/**
 * Fixed keys (AccessKey, or an STS token whose lifetime is unknown), served by
 * `@alicloud/credentials`' own StaticAK / StaticSTS providers. (Its RAM role ARN, OIDC and ECS RAM
 * role providers cannot be pointed at our endpoints: see sts.ts and imds.ts.)
 */
export function staticFetcher(keys: ResolvedKeys): KeysFetcher {
  const provider = keys.securityToken
    ? StaticSTSCredentialsProvider.builder()
        .withAccessKeyId(keys.accessKeyId)
        .withAccessKeySecret(keys.accessKeySecret)
        .withSecurityToken(keys.securityToken)
        .build()
    : StaticAKCredentialsProvider.builder()
        .withAccessKeyId(keys.accessKeyId)
        .withAccessKeySecret(keys.accessKeySecret)
        .build();
  return async () => {
    const c = await provider.getCredentials();
    return {
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      ...(c.securityToken ? { securityToken: c.securityToken } : {}),
      ...(keys.expiration ? { expiration: keys.expiration } : {}),
    };
  };
}

// The package is CommonJS; a namespace import sees its named exports under tsx, Node and esbuild alike.
const { StaticAKCredentialsProvider, StaticSTSCredentialsProvider } = credentialsPkg;

/** The `exp` claim of a JWT (seconds), without verifying it; undefined when unreadable. */
export function jwtExpiry(token: string): number | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      exp?: unknown;
    };
    return typeof claims.exp === "number" ? claims.exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An OIDC token source that reuses a token while it has more than `minRemainingMs` left (default
 * 2 minutes) and fetches a new one otherwise. Every token is masked as soon as it is received.
 */
export function cachedTokenSource(
  fetchToken: () => Promise<string>,
  mask: MaskFn,
  opts: { minRemainingMs?: number; now?: () => number } = {},
): () => Promise<string> {
  let cached: { token: string; exp?: number } | undefined;
  return async () => {
    const now = (opts.now ?? Date.now)();
    if (cached?.exp !== undefined && cached.exp * 1000 - now > (opts.minRemainingMs ?? 120_000))
      return cached.token;
    const token = (await fetchToken()).trim();
    mask(token);
    if (!token) throw new CredentialsError("the OIDC token is empty");
    cached = { token, exp: jwtExpiry(token) };
    return token;
  };
}

/** AssumeRole with the keys of `base` (cached and refreshed on their own). */
export function assumeRoleFetcher(
  sts: StsClient,
  base: KeysFetcher,
  params: RoleSessionParams & { externalId?: string },
  opts: { baseName: string; log?: CredentialsLog },
): KeysFetcher {
  const baseProvider = new RefreshingProvider({ name: opts.baseName, fetch: base, log: opts.log });
  return async () => (await sts.assumeRole(() => baseProvider.keys(), params)).keys;
}

/** AssumeRoleWithOIDC with a token from `token` (asked again on every call and retry). */
export function oidcFetcher(
  sts: StsClient,
  token: () => Promise<string>,
  params: RoleSessionParams & { providerArn: string },
  onAssumed?: (info: { arn?: string; subject?: string }) => void,
): KeysFetcher {
  return async () => {
    const r = await sts.assumeRoleWithOidc(() => token(), params);
    onAssumed?.({ arn: r.arn, subject: r.oidc?.subject });
    return r.keys;
  };
}

/** The ECS instance RAM role's keys from the metadata service (the attached role when `role` is empty). */
export function ecsRamRoleFetcher(imds: () => ImdsClient, role: string | undefined): KeysFetcher {
  let name = role;
  return async () => {
    const client = imds();
    try {
      name ||= await client.roleName();
      return await client.credentials(name);
    } catch (err) {
      if (err instanceof CloudError && err.errorClass === "network")
        throw new CredentialsError(
          `ECS instance RAM role${name ? ` ${name}` : ""}: the metadata service at ${client.endpoint} did not answer (${err.apiMessage}). It answers only on an ECS instance; elsewhere use another source, or point IMAGE_BUILD_METADATA_ENDPOINT at a stand-in`,
        );
      if (err instanceof CloudError && err.code === "NotFound")
        throw new CredentialsError(
          `ECS instance RAM role${name ? ` ${name}` : ""}: the metadata service at ${client.endpoint} has no credentials for it (${err.apiMessage}). Attach the role to the instance, or name the role attached to it`,
        );
      throw err;
    }
  };
}
