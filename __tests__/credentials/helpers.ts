// Shared helpers of the credential tests: an emulator with STS and metadata, a capture of every
// secret masked and every line logged, official SDK calls made with a resolved credential, and
// GitHub-like OIDC tokens signed with a key the emulator's OIDC provider trusts.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as $OpenApi from "@alicloud/openapi-core";
import StsModule, * as $Sts from "@alicloud/sts20150401";
import { DEFAULT_ACCOUNT_ID, type Emulator, startEmulator } from "../../emulator/index.js";
import type { ResolveCredentialsOptions } from "../../src/credentials/index.js";
import { githubClaims, signJwt, type TestKey, testKey } from "../emulator/identity/jwt-helpers.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
const StsSdk = ((StsModule as unknown as { default?: unknown }).default ?? StsModule) as Ctor<
  typeof StsModule
>;

export const ACCOUNT = DEFAULT_ACCOUNT_ID;
export const ROLE_ARN = `acs:ram::${ACCOUNT}:role/emulatorrole`;
export const PROVIDER_ARN = `acs:ram::${ACCOUNT}:oidc-provider/GitHubActions`;

/** Starts an emulator with STS and the metadata service (no ECS/VPC model). */
export function startStsEmulator(opts: { tls?: boolean } = {}): Promise<Emulator> {
  return startEmulator({ cloud: false, tls: opts.tls ?? false, imds: true });
}

/** Every secret masked and every line logged during a resolution. */
export interface Capture {
  masked: string[];
  lines: string[];
  mask: (s: string) => void;
  log: NonNullable<ResolveCredentialsOptions["log"]>;
}

export function capture(): Capture {
  const masked: string[] = [];
  const lines: string[] = [];
  return {
    masked,
    lines,
    mask: (s) => masked.push(s),
    log: {
      info: (m) => lines.push(`info: ${m}`),
      warning: (m) => lines.push(`warning: ${m}`),
      debug: (m) => lines.push(`debug: ${m}`),
    },
  };
}

/** The environment pointing STS and the metadata service at the emulator (no keys). */
export function emulatorEnv(emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    IMAGE_BUILD_STS_ENDPOINT: emu.endpoints.stsEndpoint,
    IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
    IMAGE_BUILD_METADATA_ENDPOINT: emu.endpoints.metadataEndpoint!,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
    ...extra,
  };
}

/** A fresh temporary HOME. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), "image-build-cred-home-"));
}

/** Writes `~/.aliyun/config.json` (or `file`) with these profiles. */
export function writeProfiles(home: string, conf: unknown, file?: string): string {
  const path = file ?? join(home, ".aliyun", "config.json");
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, JSON.stringify(conf, null, 2));
  return path;
}

/** Fast retries for tests. */
export const FAST_RETRY = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

/** Calls STS GetCallerIdentity with the official SDK, signed by `credential`; returns the caller ARN. */
export async function callerArn(emu: Emulator, credential: unknown): Promise<string> {
  const client = new StsSdk(
    new $OpenApi.$OpenApiUtil.Config({
      credential: credential as never,
      endpoint: emu.endpoints.stsEndpoint,
      protocol: "http",
      regionId: "cn-hangzhou",
    }),
  );
  const r = await client.getCallerIdentity();
  return r.body?.arn ?? "";
}

export { $Sts };

/** An OIDC signing key registered on the emulator's GitHubActions provider. */
export function trustedKey(emu: Emulator, kid = "gh-test"): TestKey {
  const key = testKey("RS256", kid);
  emu.identity.addOidcKey(PROVIDER_ARN, key.jwk);
  return key;
}

/** A GitHub-like ID token signed with `key`. */
export function githubToken(key: TestKey, claims: Record<string, unknown> = {}): string {
  return signJwt(key, githubClaims(claims));
}

/** Records every STS credential the emulator issues (to look for them in output). */
export function recordIssued(emu: Emulator): string[] {
  const secrets: string[] = [];
  const orig = emu.identity.issueStsCredentials.bind(emu.identity);
  emu.identity.issueStsCredentials = (...args: Parameters<typeof orig>) => {
    const c = orig(...args);
    secrets.push(c.accessKeyId, c.accessKeySecret, c.securityToken);
    return c;
  };
  return secrets;
}
