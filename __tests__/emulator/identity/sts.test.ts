// STS (AssumeRole, AssumeRoleWithOIDC, GetCallerIdentity) through the unmodified STS SDK, every
// success body checked against the official response schema; its errors with the real codes.
import * as $Sts from "@alicloud/sts20150401";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, stsClient } from "../wire/helpers.js";
import { githubClaims, signJwt, type TestKey, testKey } from "./jwt-helpers.js";
import { schemaErrors } from "./schema.js";

let emu: Emulator;
let acct: string;
let rsa: TestKey;
let ec: TestKey;
const providerArn = () => `acs:ram::${acct}:oidc-provider/GitHubActions`;
const roleArn = () => `acs:ram::${acct}:role/EmulatorRole`;

beforeAll(async () => {
  emu = await startEmulator({
    cloud: false,
    accounts: [
      {
        accountId: "1234567890123456",
        accessKeyId: "EMULATORACCESSKEY",
        accessKeySecret: "EmulatorAccessKeySecretNotForRealUse",
        users: [{ name: "builder", accessKeyId: "EMULATORUSERKEY", accessKeySecret: "user-secret" }],
        roles: [
          { name: "EmulatorRole", maxSessionDuration: 43200 },
          { name: "NeedsExternalId", externalId: "ext-123" },
        ],
        oidcProviders: [
          {
            name: "GitHubActions",
            issuerUrl: "https://token.actions.githubusercontent.com",
            clientIds: ["sts.aliyuncs.com"],
            jwks: [],
          },
        ],
      },
      { accountId: "2234567890123456", accessKeyId: "EMULATOROTHERKEY", accessKeySecret: "other-secret" },
    ],
  });
  acct = emu.credentials.accountId;
  rsa = testKey("RS256", "k-rsa");
  ec = testKey("ES256", "k-ec");
  emu.identity.addOidcKey(providerArn(), rsa.jwk);
  emu.identity.addOidcKey(providerArn(), ec.jwk);
});
afterAll(async () => {
  await emu.stop();
});

async function fails(
  p: Promise<unknown>,
): Promise<{ code: string; statusCode: number; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (err) {
    return err as never;
  }
  throw new Error("expected an error");
}

const assume = (req: Partial<$Sts.AssumeRoleRequest>, keys = emu.credentials) =>
  stsClient(emu, keys).assumeRole(
    new $Sts.AssumeRoleRequest({ roleArn: roleArn(), roleSessionName: "sess", ...req }),
  );

describe("AssumeRole", () => {
  it("issues STS credentials in the documented shape", async () => {
    const res = await assume({ durationSeconds: 7200 });
    const body = res.body!.toMap();
    expect(schemaErrors("Sts", "AssumeRole", body)).toEqual([]);
    const c = res.body!.credentials!;
    expect(c.accessKeyId).toMatch(/^STS\.[A-Za-z0-9]{25}$/);
    expect(c.expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const ms = Date.parse(c.expiration!) - Date.now();
    expect(ms).toBeGreaterThan(7190_000);
    expect(ms).toBeLessThanOrEqual(7200_000);
    expect(res.body!.assumedRoleUser!.arn).toBe(`acs:ram::${acct}:role/emulatorrole/sess`);
    expect(res.body!.assumedRoleUser!.assumedRoleId).toMatch(/^\d+:sess$/);
  });

  it("also accepts the v1 signature and a RAM user's key", async () => {
    const res = await stsClient(
      emu,
      { accessKeyId: "EMULATORUSERKEY", accessKeySecret: "user-secret" },
      { v1: true },
    ).assumeRole(new $Sts.AssumeRoleRequest({ roleArn: roleArn(), roleSessionName: "user.sess@x" }));
    expect(schemaErrors("Sts", "AssumeRole", res.body!.toMap())).toEqual([]);
  });

  const bigPolicy = JSON.stringify({ Version: "1", Statement: [{ Resource: "x".repeat(2100) }] });
  it.each([
    [{ durationSeconds: 899 }, "InvalidParameter.DurationSeconds", 400],
    [{ durationSeconds: 43201 }, "InvalidParameter.DurationSeconds", 400],
    [{ roleSessionName: "a" }, "InvalidParameter.RoleSessionName", 400],
    [{ roleSessionName: "has space" }, "InvalidParameter.RoleSessionName", 400],
    [{ roleArn: "arn:aws:iam::1:role/x" }, "InvalidParameter.RoleArn", 400],
    [{ roleArn: "acs:ram::1234567890123456:role/nosuchrole" }, "EntityNotExist.Role", 404],
    [{ policy: "{not json" }, "InvalidParameter.PolicyGrammar", 400],
    [{ policy: bigPolicy }, "InvalidParameter.PolicySize", 400],
    [{ roleArn: "acs:ram::1234567890123456:role/NeedsExternalId" }, "NoPermission", 403],
  ] as const)("rejects bad AssumeRole request #%#", async (req, code, status) => {
    const err = await fails(assume(req as Partial<$Sts.AssumeRoleRequest>));
    expect(err.code).toBe(code);
    expect(err.statusCode).toBe(status);
    expect(typeof err.data.Message).toBe("string");
  });

  it("honours ExternalId, role trust across accounts, and the one-hour limit when chaining", async () => {
    const ok = await assume({ roleArn: `acs:ram::${acct}:role/NeedsExternalId`, externalId: "ext-123" });
    expect(ok.body!.credentials!.accessKeyId).toMatch(/^STS\./);
    const other = await fails(
      assume({}, { accountId: "2", accessKeyId: "EMULATOROTHERKEY", accessKeySecret: "other-secret" }),
    );
    expect(other.code).toBe("NoPermission");
    const c = (await assume({})).body!.credentials!;
    const sts = {
      accessKeyId: c.accessKeyId!,
      accessKeySecret: c.accessKeySecret!,
      securityToken: c.securityToken!,
    };
    const chained = await fails(
      stsClient(emu, sts).assumeRole(
        new $Sts.AssumeRoleRequest({ roleArn: roleArn(), roleSessionName: "s2", durationSeconds: 7200 }),
      ),
    );
    expect(chained.code).toBe("InvalidParameter.DurationSeconds");
  });
});

describe("GetCallerIdentity", () => {
  it("describes the account, a RAM user and an assumed role", async () => {
    const root = (await stsClient(emu).getCallerIdentity()).body!.toMap();
    expect(schemaErrors("Sts", "GetCallerIdentity", root)).toEqual([]);
    expect(root).toMatchObject({ AccountId: acct, IdentityType: "Account", Arn: `acs:ram::${acct}:root` });

    const user = (
      await stsClient(emu, {
        accessKeyId: "EMULATORUSERKEY",
        accessKeySecret: "user-secret",
      }).getCallerIdentity()
    ).body!.toMap();
    expect(user).toMatchObject({ IdentityType: "RAMUser", Arn: `acs:ram::${acct}:user/builder` });

    const c = (await assume({ roleSessionName: "who" })).body!.credentials!;
    const role = (
      await stsClient(emu, {
        accessKeyId: c.accessKeyId!,
        accessKeySecret: c.accessKeySecret!,
        securityToken: c.securityToken!,
      }).getCallerIdentity()
    ).body!.toMap();
    expect(schemaErrors("Sts", "GetCallerIdentity", role)).toEqual([]);
    expect(role).toMatchObject({
      IdentityType: "AssumedRoleUser",
      Arn: `acs:ram::${acct}:assumed-role/EmulatorRole/who`,
    });
    expect(role.RoleId).toMatch(/^\d+$/);
    expect(role.PrincipalId).toBe(`${role.RoleId}:who`);
  });
});

describe("AssumeRoleWithOIDC", () => {
  const oidc = (token: string, extra: Partial<$Sts.AssumeRoleWithOIDCRequest> = {}) =>
    stsClient(emu).assumeRoleWithOIDC(
      new $Sts.AssumeRoleWithOIDCRequest({
        OIDCProviderArn: providerArn(),
        roleArn: roleArn(),
        OIDCToken: token,
        roleSessionName: "gha",
        ...extra,
      }),
    );

  it.each(["RS256", "ES256"] as const)("exchanges a %s token for credentials", async (alg) => {
    const key = alg === "RS256" ? rsa : ec;
    const res = await oidc(signJwt(key, githubClaims()));
    const body = res.body!.toMap();
    expect(schemaErrors("Sts", "AssumeRoleWithOIDC", body)).toEqual([]);
    expect(res.body!.OIDCTokenInfo).toMatchObject({
      subject: "repo:octo/image-build:ref:refs/heads/main",
      issuer: "https://token.actions.githubusercontent.com",
      clientIds: "sts.aliyuncs.com",
      verificationInfo: "Success",
    });
    const c = res.body!.credentials!;
    const ecs = await ecsClient(emu, {
      accessKeyId: c.accessKeyId!,
      accessKeySecret: c.accessKeySecret!,
      securityToken: c.securityToken!,
    })
      .describeRegions(new $Ecs.DescribeRegionsRequest({}))
      .catch((e) => e);
    // No ECS service in this emulator: the call is authenticated, then routed nowhere.
    expect((ecs as { code?: string }).code).toBe("InvalidAction.NotFound");
    expect(emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)!.signature).toBe("anonymous");
    expect(emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)!.params.OIDCToken).toBe("******");
  });

  it.each([
    [
      "expired",
      () => signJwt(rsa, githubClaims({ exp: Math.floor(Date.now() / 1000) - 10 })),
      "AuthenticationFail.OIDCToken.Expired",
    ],
    [
      "signed by an unknown key",
      () => signJwt(testKey("RS256", "k-rsa"), githubClaims()),
      "AuthenticationFail.OIDCToken.Invalid",
    ],
    ["not a JWT", () => "not-a-jwt", "AuthenticationFail.OIDCToken.Invalid"],
    [
      "from another issuer",
      () => signJwt(rsa, githubClaims({ iss: "https://evil.example" })),
      "AuthenticationFail.OIDCToken.IssuerNotMatch",
    ],
    [
      "for another audience",
      () => signJwt(rsa, githubClaims({ aud: "someone-else" })),
      "AuthenticationFail.OIDCToken.ClientIdNotMatch",
    ],
    [
      "not yet valid",
      () => signJwt(rsa, githubClaims({ nbf: Math.floor(Date.now() / 1000) + 3600 })),
      "AuthenticationFail.OIDCToken.Invalid",
    ],
  ])("rejects a token %s", async (_what, token, code) => {
    const err = await fails(oidc(token()));
    expect(err.code).toBe(code);
    expect(err.statusCode).toBe(400);
  });

  it("rejects an unknown provider and a missing token", async () => {
    const err = await fails(
      oidc(signJwt(rsa, githubClaims()), { OIDCProviderArn: `acs:ram::${acct}:oidc-provider/Nope` }),
    );
    expect(err.code).toBe("EntityNotExist.OIDCProvider");
    expect(err.statusCode).toBe(404);
    const missing = await fails(oidc(""));
    expect(missing.code).toBe("MissingParameter");
    expect(missing.data.Message).toBe(
      'The input parameter "OIDCToken" that is mandatory for processing this request is not supplied.',
    );
  });
});

describe("identity administration over HTTP", () => {
  it("adds a role and an OIDC key that AssumeRoleWithOIDC then honours; describes without secrets", async () => {
    const base = `${emu.endpoints.controlUrl}/_emulator/identity`;
    const post = (path: string, body: unknown) =>
      fetch(`${base}/${path}`, { method: "POST", body: JSON.stringify(body) });
    expect((await post("roles", { role: { name: "CiDeployer" } })).status).toBe(200);
    const key = testKey("ES256", "http-added");
    expect((await post("oidc-keys", { providerArn: providerArn(), jwk: key.jwk })).status).toBe(200);
    const res = await stsClient(emu).assumeRoleWithOIDC(
      new $Sts.AssumeRoleWithOIDCRequest({
        OIDCProviderArn: providerArn(),
        roleArn: `acs:ram::${acct}:role/CiDeployer`,
        OIDCToken: signJwt(key, githubClaims()),
        roleSessionName: "http",
      }),
    );
    expect(res.body!.credentials!.accessKeyId).toMatch(/^STS\./);
    const described = await (await fetch(base)).text();
    expect(described).toContain("cideployer");
    expect(described).toContain("http-added");
    expect(described).not.toContain("EmulatorAccessKeySecretNotForRealUse");
    expect(described).not.toContain("user-secret");
  });
});
