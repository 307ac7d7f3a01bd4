// @alicloud/credentials against the emulator: AK and StsToken in-process; RamRoleArn and OIDC
// (HTTPS-only STS calls, redirected with `stsEndpoint`) in a child process that trusts the
// emulator's CA through NODE_EXTRA_CA_CERTS, exactly as a user would run it.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import credentials, { Config as CredentialsConfig } from "@alicloud/credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, tinyEcs } from "../wire/helpers.js";
import { githubClaims, signJwt, testKey } from "./jwt-helpers.js";

const Credential = ((credentials as unknown as { default?: unknown }).default ??
  credentials) as typeof credentials.default;
const CHILD = fileURLToPath(new URL("./credentials-child.mjs", import.meta.url));

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ cloud: false, services: [tinyEcs()], imds: false });
});
afterAll(async () => {
  await emu.stop();
});

interface ChildResult {
  ok: boolean;
  message?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  providerName?: string;
  second?: string;
}

function inChild(
  config: Record<string, unknown>,
  extraEnv: Record<string, string> = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CHILD, JSON.stringify(config)],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: emu.endpoints.caCertFile!, ...extraEnv },
        timeout: 20_000,
      },
      (err, stdout, stderr) => {
        const line = stdout.trim().split("\n").pop() ?? "";
        try {
          resolve(JSON.parse(line) as ChildResult);
        } catch {
          reject(new Error(`child failed: ${err?.message ?? ""} ${stderr}`));
        }
      },
    );
  });
}

async function callerOf(keys: {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}): Promise<string> {
  await ecsClient(emu, keys).describeRegions(new $Ecs.DescribeRegionsRequest({}));
  return emu.calls({ action: "DescribeRegions" }).at(-1)!.caller!;
}

describe("@alicloud/credentials", () => {
  it("access_key and sts credentials sign calls the emulator accepts", async () => {
    const ak = new Credential(new CredentialsConfig({ type: "access_key", ...emu.credentials }));
    const c = await ak.getCredential();
    expect(await callerOf({ accessKeyId: c.accessKeyId!, accessKeySecret: c.accessKeySecret! })).toBe(
      `acs:ram::${emu.credentials.accountId}:root`,
    );

    const role = emu.identity.findRole(`acs:ram::${emu.credentials.accountId}:role/EmulatorRole`)!;
    const issued = emu.identity.issueStsCredentials(role, "static-sts");
    const sts = new Credential(
      new CredentialsConfig({
        type: "sts",
        accessKeyId: issued.accessKeyId,
        accessKeySecret: issued.accessKeySecret,
        securityToken: issued.securityToken,
      }),
    );
    const s = await sts.getCredential();
    expect(
      await callerOf({
        accessKeyId: s.accessKeyId!,
        accessKeySecret: s.accessKeySecret!,
        securityToken: s.securityToken!,
      }),
    ).toContain("assumed-role/EmulatorRole/static-sts");
  });

  it("ram_role_arn fetches STS credentials over HTTPS from stsEndpoint (v1-signed AssumeRole)", async () => {
    const r = await inChild({
      type: "ram_role_arn",
      accessKeyId: emu.credentials.accessKeyId,
      accessKeySecret: emu.credentials.accessKeySecret,
      roleArn: `acs:ram::${emu.credentials.accountId}:role/EmulatorRole`,
      roleSessionName: "ci-session",
      stsEndpoint: emu.endpoints.stsEndpoint,
    });
    expect(r.message).toBeUndefined();
    expect(r.accessKeyId).toMatch(/^STS\./);
    const call = emu.calls({ action: "AssumeRole" }).at(-1)!;
    expect(call.via).toBe("https");
    expect(call.signature).toBe("v1");
    expect(
      await callerOf({
        accessKeyId: r.accessKeyId!,
        accessKeySecret: r.accessKeySecret!,
        securityToken: r.securityToken!,
      }),
    ).toContain("assumed-role/EmulatorRole/ci-session");
  });

  it("ram_role_arn with a wrong secret fails with the package's own message", async () => {
    const r = await inChild({
      type: "ram_role_arn",
      accessKeyId: emu.credentials.accessKeyId,
      accessKeySecret: "wrong",
      roleArn: `acs:ram::${emu.credentials.accountId}:role/EmulatorRole`,
      roleSessionName: "ci-session",
      stsEndpoint: emu.endpoints.stsEndpoint,
    });
    expect(r.ok).toBe(false);
    expect(r.message).toContain("the access key secret is invalid");
  });

  it("oidc_role_arn exchanges a token file for STS credentials", async () => {
    const key = testKey("RS256", "gha-1");
    const providerArn = `acs:ram::${emu.credentials.accountId}:oidc-provider/GitHubActions`;
    emu.identity.addOidcKey(providerArn, key.jwk);
    const tokenFile = join(process.env.HOME!, "oidc-token");
    writeFileSync(tokenFile, signJwt(key, githubClaims()));
    const r = await inChild({
      type: "oidc_role_arn",
      roleArn: `acs:ram::${emu.credentials.accountId}:role/EmulatorRole`,
      oidcProviderArn: providerArn,
      oidcTokenFilePath: tokenFile,
      roleSessionName: "gha-run",
      stsEndpoint: emu.endpoints.stsEndpoint,
    });
    expect(r.message).toBeUndefined();
    expect(r.accessKeyId).toMatch(/^STS\./);
    expect(emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)!.code).toBe("OK");
    expect(
      await callerOf({
        accessKeyId: r.accessKeyId!,
        accessKeySecret: r.accessKeySecret!,
        securityToken: r.securityToken!,
      }),
    ).toContain("assumed-role/EmulatorRole/gha-run");

    writeFileSync(tokenFile, signJwt(key, githubClaims({ exp: Math.floor(Date.now() / 1000) - 60 })));
    const expired = await inChild({
      type: "oidc_role_arn",
      roleArn: `acs:ram::${emu.credentials.accountId}:role/EmulatorRole`,
      oidcProviderArn: providerArn,
      oidcTokenFilePath: tokenFile,
      roleSessionName: "gha-run",
      stsEndpoint: emu.endpoints.stsEndpoint,
    });
    expect(expired.ok).toBe(false);
    expect(expired.message).toContain("AuthenticationFail.OIDCToken.Expired");
  });
});
