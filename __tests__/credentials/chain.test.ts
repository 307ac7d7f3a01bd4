// The credential chain against the emulator's STS and metadata service: each source, each
// precedence rule, the region's origin, and the one error when nothing is configured.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { CloudError } from "../../src/cloud/errors.js";
import {
  CredentialsError,
  type ResolveCredentialsOptions,
  resolveCredentials,
} from "../../src/credentials/index.js";
import {
  ACCOUNT,
  callerArn,
  capture,
  emulatorEnv,
  FAST_RETRY,
  githubToken,
  PROVIDER_ARN,
  ROLE_ARN,
  startStsEmulator,
  tempHome,
  trustedKey,
  writeProfiles,
} from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startStsEmulator();
});
afterAll(async () => {
  await emu.stop();
});

const AK = () => emu.credentials.accessKeyId;
const SK = () => emu.credentials.accessKeySecret;
const ROOT = `acs:ram::${ACCOUNT}:root`;

function opts(
  extra: Partial<ResolveCredentialsOptions> = {},
): ResolveCredentialsOptions & { cap: ReturnType<typeof capture> } {
  const cap = capture();
  return {
    env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
    home: tempHome(),
    mask: cap.mask,
    log: cap.log,
    retry: FAST_RETRY,
    ...extra,
    cap,
  };
}

describe("static keys", () => {
  it("inputs win over the template and the environment; the SDK signs with them", async () => {
    const o = opts({
      template: { accessKey: "TEMPLATEKEY", secretKey: "TemplateSecret" },
      env: {
        ...emulatorEnv(emu),
        ALIBABA_CLOUD_ACCESS_KEY_ID: "ENVKEY",
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: "EnvSecret",
      },
      inputs: { accessKeyId: AK(), accessKeySecret: SK(), region: "cn-beijing" },
    });
    const r = await resolveCredentials(o);
    expect(r.source).toBe("access keys from inputs access-key-id/access-key-secret");
    expect(r.region).toBe("cn-beijing");
    expect(r.regionSource).toBe("input region");
    expect(r.temporary).toBe(false);
    expect(r.provider.getProviderName()).toBe("static_ak");
    expect(await callerArn(emu, r.credential)).toBe(ROOT);
    for (const s of [AK(), SK(), "TEMPLATEKEY", "TemplateSecret", "ENVKEY", "EnvSecret"])
      expect(o.cap.masked).toContain(s);
  });

  it("the template's keys win over the environment", async () => {
    const r = await resolveCredentials(
      opts({
        template: { accessKey: AK(), secretKey: SK(), region: "cn-shanghai" },
        env: {
          ...emulatorEnv(emu),
          ALIBABA_CLOUD_ACCESS_KEY_ID: "ENVKEY",
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: "x",
        },
      }),
    );
    expect(r.source).toBe("access keys from the template's access_key/secret_key");
    expect(r.regionSource).toBe("template region");
    expect(await callerArn(emu, r.credential)).toBe(ROOT);
  });

  it("Packer's ALICLOUD_* names win over the SDK's ALIBABA_CLOUD_* names", async () => {
    const r = await resolveCredentials(
      opts({
        env: emulatorEnv(emu, {
          ALICLOUD_ACCESS_KEY: AK(),
          ALICLOUD_SECRET_KEY: SK(),
          ALIBABA_CLOUD_ACCESS_KEY_ID: "OTHER",
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: "other",
          ALIBABA_CLOUD_REGION_ID: "cn-beijing",
        }),
      }),
    );
    expect(r.source).toBe("access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY");
    expect(r.region).toBe("cn-beijing");
    expect(r.regionSource).toBe("ALIBABA_CLOUD_REGION_ID");
    expect(await callerArn(emu, r.credential)).toBe(ROOT);
  });

  it("the SDK's names with a security token (an STS token from elsewhere)", async () => {
    const role = emu.identity.findRole(ROLE_ARN)!;
    const sts = emu.identity.issueStsCredentials(role, "elsewhere");
    const o = opts({
      env: emulatorEnv(emu, {
        ALIBABA_CLOUD_ACCESS_KEY_ID: sts.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: sts.accessKeySecret,
        ALIBABA_CLOUD_SECURITY_TOKEN: sts.securityToken,
        ALICLOUD_REGION: "cn-hangzhou",
      }),
    });
    const r = await resolveCredentials(o);
    expect(r.source).toBe(
      "access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET/ALIBABA_CLOUD_SECURITY_TOKEN",
    );
    expect(r.provider.getProviderName()).toBe("static_sts");
    expect(o.cap.masked).toContain(sts.securityToken);
    expect(await callerArn(emu, r.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/elsewhere`,
    );
  });

  it("half a pair in the inputs or the template fails at once, naming the missing half", async () => {
    await expect(resolveCredentials(opts({ inputs: { accessKeyId: "AKID" } }))).rejects.toThrow(
      "Input 'access-key-id' is set but 'access-key-secret' is not: both are needed",
    );
    await expect(resolveCredentials(opts({ template: { secretKey: "s" } }))).rejects.toThrow(
      "Template 'secret_key' is set but 'access_key' is not (nor ALICLOUD_ACCESS_KEY): both are needed",
    );
  });
});

describe("role on top (AssumeRole)", () => {
  it("the template's ram_role_arn and ram_session_name are assumed with the base keys", async () => {
    const r = await resolveCredentials(
      opts({
        template: {
          accessKey: AK(),
          secretKey: SK(),
          ramRoleArn: ROLE_ARN,
          ramSessionName: "packer-session",
        },
      }),
    );
    expect(r.source).toBe(
      `role ${ROLE_ARN} (template ram_role_arn) assumed with access keys from the template's access_key/secret_key`,
    );
    expect(r.temporary).toBe(true);
    expect(await callerArn(emu, r.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/packer-session`,
    );
    const call = emu.calls({ action: "AssumeRole" }).at(-1)!;
    expect(call.params.RoleSessionName).toBe("packer-session");
    expect(call.params.DurationSeconds).toBeUndefined();
  });

  it("input role-to-assume (without OIDC) wins over ram_role_arn, with duration, external id and policy", async () => {
    emu.identity.addRole(ACCOUNT, { name: "Guarded", externalId: "ext-123", maxSessionDuration: 7200 });
    const o = opts({
      inputs: {
        accessKeyId: AK(),
        accessKeySecret: SK(),
        roleToAssume: `acs:ram::${ACCOUNT}:role/guarded`,
        roleSessionName: "ci@run-1",
        roleSessionExpiration: "2h",
        roleExternalId: "ext-123",
        rolePolicy: '{"Version":"1","Statement":[{"Effect":"Allow","Action":"ecs:*","Resource":"*"}]}',
      },
      template: { ramRoleArn: ROLE_ARN },
    });
    const r = await resolveCredentials(o);
    expect(await callerArn(emu, r.credential)).toBe(`acs:ram::${ACCOUNT}:assumed-role/Guarded/ci@run-1`);
    const call = emu.calls({ action: "AssumeRole" }).at(-1)!;
    expect(call.params).toMatchObject({
      DurationSeconds: "7200",
      ExternalId: "ext-123",
      RoleSessionName: "ci@run-1",
    });
    expect(String(call.params.Policy)).toContain("ecs:*");
    const keys = await r.keys();
    expect(keys.expiration!.getTime() - Date.now()).toBeGreaterThan(7000_000);
  });

  it("a permanent STS error fails at once with its code, message and request id", async () => {
    const before = emu.calls({ action: "AssumeRole" }).length;
    const err = await resolveCredentials(
      opts({
        inputs: {
          accessKeyId: AK(),
          accessKeySecret: SK(),
          roleToAssume: `acs:ram::${ACCOUNT}:role/nosuchrole`,
        },
      }),
    ).catch((e: unknown) => e);
    // The one error type of every cloud call (src/cloud/errors.ts), STS included.
    expect(err).toBeInstanceOf(CloudError);
    const e = err as CloudError;
    expect(e.code).toBe("EntityNotExist.Role");
    expect(e.product).toBe("STS");
    expect(e.statusCode).toBe(404);
    expect(e.message).toMatch(
      /^AssumeRole failed: EntityNotExist\.Role: The specified Role not exists ?\.? ?\(request id [\w-]+\)\. What to do: /,
    );
    expect(e.requestId).toBeTruthy();
    expect(emu.calls({ action: "AssumeRole" }).length - before).toBe(1);
  });

  it("a role to assume without any base credentials is explained", async () => {
    const err = await resolveCredentials(opts({ template: { ramRoleArn: ROLE_ARN } })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain(
      "A role to assume is set (template 'ram_role_arn'), but assuming it needs one of the credentials above, or 'oidc-provider-arn' for GitHub OIDC.",
    );
  });
});

describe("GitHub OIDC (AssumeRoleWithOIDC)", () => {
  it("wins over every other source; the token is asked for with the audience and masked", async () => {
    const key = trustedKey(emu);
    const audiences: string[] = [];
    const token = githubToken(key);
    const o = opts({
      inputs: {
        roleToAssume: ROLE_ARN,
        oidcProviderArn: PROVIDER_ARN,
        roleSessionName: "gh-run",
        accessKeyId: AK(),
        accessKeySecret: SK(),
      },
      getIdToken: async (aud) => {
        audiences.push(aud);
        return token;
      },
    });
    const r = await resolveCredentials(o);
    expect(r.source).toBe(
      `GitHub OIDC (role ${ROLE_ARN}, provider ${PROVIDER_ARN}, audience sts.aliyuncs.com)`,
    );
    expect(r.provider.getProviderName()).toBe("oidc_role_arn");
    expect(audiences).toEqual(["sts.aliyuncs.com"]);
    expect(o.cap.masked).toContain(token);
    expect(await callerArn(emu, r.credential)).toBe(`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/gh-run`);
    const call = emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)!;
    expect(call.accessKeyId ?? "").toBe("");
  });

  it("says so when the template's ram_role_arn is left aside for OIDC's role", async () => {
    const key = trustedKey(emu, "aside");
    const o = opts({
      inputs: { roleToAssume: ROLE_ARN, oidcProviderArn: PROVIDER_ARN },
      template: { ramRoleArn: `acs:ram::${ACCOUNT}:role/other` },
      getIdToken: async () => githubToken(key),
    });
    await resolveCredentials(o);
    expect(o.cap.lines).toContain(
      `warning: The template's ram_role_arn (acs:ram::${ACCOUNT}:role/other) is not used: GitHub OIDC assumes input role-to-assume (${ROLE_ARN})`,
    );
  });

  it("an untrusted token fails at once with STS's code", async () => {
    const untrusted = githubToken(
      (await import("../emulator/identity/jwt-helpers.js")).testKey("RS256", "other"),
    );
    const before = emu.calls({ action: "AssumeRoleWithOIDC" }).length;
    const err = await resolveCredentials(
      opts({
        inputs: { roleToAssume: ROLE_ARN, oidcProviderArn: PROVIDER_ARN },
        getIdToken: async () => untrusted,
      }),
    ).catch((e: unknown) => e);
    expect((err as CloudError).code).toBe("AuthenticationFail.OIDCToken.Invalid");
    expect(emu.calls({ action: "AssumeRoleWithOIDC" }).length - before).toBe(1);
  });

  it("outside GitHub Actions (no getIdToken) says OIDC needs a job", async () => {
    await expect(
      resolveCredentials(opts({ inputs: { roleToAssume: ROLE_ARN, oidcProviderArn: PROVIDER_ARN } })),
    ).rejects.toThrow(/works only in a GitHub Actions job/);
  });
});

describe("CLI profile", () => {
  it("AK mode, chosen by the input; its region_id is the last region fallback", async () => {
    const home = tempHome();
    writeProfiles(home, {
      current: "other",
      profiles: [
        { name: "ci", mode: "AK", access_key_id: AK(), access_key_secret: SK(), region_id: "cn-qingdao" },
        { name: "other", mode: "AK", access_key_id: "X", access_key_secret: "Y" },
      ],
    });
    const o = opts({ home, inputs: { profile: "ci" }, env: emulatorEnv(emu) });
    const r = await resolveCredentials(o);
    expect(r.source).toBe(
      `profile 'ci' (mode AK) from ${home}/.aliyun/config.json, chosen by input 'profile'`,
    );
    expect(r.region).toBe("cn-qingdao");
    expect(r.regionSource).toBe("profile 'ci' region_id");
    expect(await callerArn(emu, r.credential)).toBe(ROOT);
    expect(o.cap.masked).toContain(SK());
  });

  it("the file's current profile when none is named; static keys win over a profile", async () => {
    const home = tempHome();
    writeProfiles(home, {
      current: "dev",
      profiles: [{ name: "dev", mode: "AK", access_key_id: AK(), access_key_secret: SK() }],
    });
    const r = await resolveCredentials(opts({ home }));
    expect(r.source).toMatch(/^profile 'dev' \(mode AK\) from .*, its current profile$/);
    const k = await resolveCredentials(
      opts({
        home,
        env: emulatorEnv(emu, {
          ALICLOUD_ACCESS_KEY: AK(),
          ALICLOUD_SECRET_KEY: SK(),
          ALICLOUD_REGION: "cn-hangzhou",
        }),
      }),
    );
    expect(k.source).toBe("access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY");
  });

  it("StsToken, RamRoleArn and ChainableRamRoleArn modes from the template's shared_credentials_file", async () => {
    const home = tempHome();
    const role = emu.identity.findRole(ROLE_ARN)!;
    const sts = emu.identity.issueStsCredentials(role, "from-profile");
    const file = writeProfiles(
      home,
      {
        profiles: [
          {
            name: "sts",
            mode: "StsToken",
            access_key_id: sts.accessKeyId,
            access_key_secret: sts.accessKeySecret,
            sts_token: sts.securityToken,
          },
          {
            name: "arn",
            mode: "RamRoleArn",
            access_key_id: AK(),
            access_key_secret: SK(),
            ram_role_arn: ROLE_ARN,
            ram_session_name: "prof-arn",
            expired_seconds: 900,
          },
          {
            name: "chain",
            mode: "ChainableRamRoleArn",
            source_profile: "arn",
            ram_role_arn: ROLE_ARN,
            ram_session_name: "prof-chain",
          },
        ],
      },
      `${home}/creds/config.json`,
    );
    const viaTemplate = (profile: string) =>
      resolveCredentials(
        opts({
          home,
          template: { profile, sharedCredentialsFile: "~/creds/config.json", region: "cn-hangzhou" },
        }),
      );
    const s = await viaTemplate("sts");
    expect(s.source).toBe(`profile 'sts' (mode StsToken) from ${file}, chosen by template 'profile'`);
    expect(await callerArn(emu, s.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/from-profile`,
    );
    const a = await viaTemplate("arn");
    expect(await callerArn(emu, a.credential)).toBe(`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/prof-arn`);
    expect(emu.calls({ action: "AssumeRole" }).at(-1)!.params.DurationSeconds).toBe("900");
    const c = await viaTemplate("chain");
    expect(await callerArn(emu, c.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/prof-chain`,
    );
    // The second hop is signed by the first hop's STS keys.
    const hops = emu.calls({ action: "AssumeRole" }).slice(-2);
    expect(hops[0].caller).toBe(ROOT);
    expect(hops[1].caller).toBe(`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/prof-arn`);
  });

  it("EcsRamRole and OIDC modes", async () => {
    const home = tempHome();
    const key = trustedKey(emu, "prof-oidc");
    const tokenFile = `${home}/token.jwt`;
    (await import("node:fs")).writeFileSync(tokenFile, githubToken(key));
    writeProfiles(home, {
      profiles: [
        { name: "ecs", mode: "EcsRamRole", ram_role_name: "EmulatorRole" },
        {
          name: "oidc",
          mode: "OIDC",
          oidc_token_file: tokenFile,
          oidc_provider_arn: PROVIDER_ARN,
          ram_role_arn: ROLE_ARN,
          ram_session_name: "prof-oidc",
        },
        { name: "sso", mode: "CloudSSO" },
      ],
    });
    const e = await resolveCredentials(
      opts({ home, env: emulatorEnv(emu, { ALICLOUD_PROFILE: "ecs", ALICLOUD_REGION: "cn-hangzhou" }) }),
    );
    expect(e.source).toMatch(/chosen by ALICLOUD_PROFILE$/);
    expect(await callerArn(emu, e.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/imds-i-emulatorhost0001`,
    );
    const o = await resolveCredentials(
      opts({
        home,
        env: emulatorEnv(emu, { ALIBABA_CLOUD_PROFILE: "oidc", ALICLOUD_REGION: "cn-hangzhou" }),
      }),
    );
    expect(o.source).toMatch(/chosen by ALIBABA_CLOUD_PROFILE$/);
    expect(await callerArn(emu, o.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/prof-oidc`,
    );
    await expect(resolveCredentials(opts({ home, inputs: { profile: "sso" } }))).rejects.toThrow(
      /has mode 'CloudSSO', which image-build does not support \(supported: AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC\)/,
    );
    await expect(resolveCredentials(opts({ home, inputs: { profile: "nope" } }))).rejects.toThrow(
      /Profile 'nope' is not in .*config\.json \(profiles there: ecs, oidc, sso\)/,
    );
  });

  it("a named profile without a file fails instead of falling through", async () => {
    await expect(resolveCredentials(opts({ inputs: { profile: "ci" } }))).rejects.toThrow(
      /^Profile 'ci' \(input 'profile'\) was asked for, but .*\.aliyun\/config\.json does not exist$/,
    );
  });
});

describe("ECS instance RAM role", () => {
  it("input ecs-ram-role or template ram_role_name, over IMDSv2", async () => {
    const before = emu.calls().length;
    const r = await resolveCredentials(opts({ template: { ramRoleName: "EmulatorRole" } }));
    expect(r.source).toBe(
      "ECS instance RAM role EmulatorRole (template 'ram_role_name') from the metadata service",
    );
    expect(r.temporary).toBe(true);
    expect(await callerArn(emu, r.credential)).toMatch(/assumed-role\/EmulatorRole\/imds-/);
    expect(emu.calls().length - before).toBe(1); // only the GetCallerIdentity: IMDS is not the API
    const i = await resolveCredentials(opts({ inputs: { ecsRamRole: "EmulatorRole" } }));
    expect(i.source).toContain("(input 'ecs-ram-role')");
  });

  it("falls back to IMDSv1 when no token can be had, and refuses when v1 is disabled", async () => {
    const imds = emu.imds!;
    const handle = imds.handle;
    // A metadata service without the token endpoint (an old agent): PUT answers 404.
    imds.handle = (req, res, path) => {
      if (path.startsWith("/latest/api/token")) {
        req.resume();
        res.writeHead(404).end();
        return true;
      }
      return handle(req, res, path);
    };
    try {
      const o = opts({ inputs: { ecsRamRole: "EmulatorRole" } });
      const r = await resolveCredentials(o);
      expect(await callerArn(emu, r.credential)).toMatch(/assumed-role\/EmulatorRole/);
      expect(o.cap.lines.join("\n")).toContain("no IMDSv2 token (HTTP 404); using IMDSv1");
      await expect(
        resolveCredentials(
          opts({
            inputs: { ecsRamRole: "EmulatorRole" },
            env: emulatorEnv(emu, { ALIBABA_CLOUD_IMDSV1_DISABLED: "true", ALICLOUD_REGION: "cn-hangzhou" }),
          }),
        ),
      ).rejects.toThrow(/gave no IMDSv2 token \(HTTP 404\) and IMDSv1 is disabled/);
    } finally {
      imds.handle = handle;
    }
  });

  it("no metadata service (not on ECS) says where it answers", async () => {
    const err = await resolveCredentials(
      opts({
        inputs: { ecsRamRole: "EmulatorRole" },
        metadataEndpoint: "127.0.0.1:1",
        retry: { maxAttempts: 2, baseDelayMs: 1 },
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toBe(
      "ECS instance RAM role EmulatorRole: the metadata service at http://127.0.0.1:1 did not answer (PUT 127.0.0.1:1/latest/api/token: connect ECONNREFUSED 127.0.0.1:1). It answers only on an ECS instance; elsewhere use another source, or point IMAGE_BUILD_METADATA_ENDPOINT at a stand-in",
    );
  });

  it("a role the instance does not have is a clear error", async () => {
    const err = await resolveCredentials(opts({ inputs: { ecsRamRole: "OtherRole" } })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toBe(
      `ECS instance RAM role OtherRole: the metadata service at http://${emu.endpoints.metadataEndpoint} has no credentials for it (Not Found). Attach the role to the instance, or name the role attached to it`,
    );
  });
});

describe("nothing configured", () => {
  it("one error lists each source, why it did not apply and how to fix it", async () => {
    const home = tempHome();
    const err = await resolveCredentials(opts({ home, env: { ALICLOUD_REGION: "cn-hangzhou" } })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toBe(
      [
        "No Alibaba Cloud credentials found. image-build looked in this order:",
        "  1. GitHub OIDC: inputs 'role-to-assume' and 'oidc-provider-arn' are not set.",
        "     Fix: set 'role-to-assume' and 'oidc-provider-arn', and give the job 'permissions: id-token: write'",
        "  2. Access keys: inputs 'access-key-id'/'access-key-secret', template 'access_key'/'secret_key', ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY and ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.",
        "     Fix: pass 'access-key-id' and 'access-key-secret' from repository secrets (prefer GitHub OIDC: no stored keys)",
        `  3. Aliyun CLI profile: no profile is named (input 'profile', template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${home}/.aliyun/config.json does not exist.`,
        "     Fix: run 'aliyun configure' where the build runs, or set 'profile' and the template's 'shared_credentials_file'",
        "  4. ECS instance RAM role: neither input 'ecs-ram-role' nor template 'ram_role_name' is set.",
        "     Fix: on a self-hosted runner on an ECS instance, set 'ecs-ram-role' to the RAM role attached to the instance",
        "See the README's Credentials section for examples.",
      ].join("\n"),
    );
  });

  it("no region is an error naming where it looked", async () => {
    await expect(
      resolveCredentials(opts({ env: {}, inputs: { accessKeyId: "a", accessKeySecret: "b" } })),
    ).rejects.toThrow(
      "No region: set the 'region' input, the template's 'region', ALICLOUD_REGION or ALIBABA_CLOUD_REGION_ID",
    );
  });
});

describe("precedence between the lower sources and within each", () => {
  it("keys > profile > ECS RAM role; input ecs-ram-role > template ram_role_name", async () => {
    const home = tempHome();
    writeProfiles(home, {
      current: "p",
      profiles: [{ name: "p", mode: "AK", access_key_id: AK(), access_key_secret: SK() }],
    });
    const keys = await resolveCredentials(
      opts({ home, inputs: { accessKeyId: AK(), accessKeySecret: SK(), ecsRamRole: "EmulatorRole" } }),
    );
    expect(keys.source).toMatch(/^access keys from inputs/);
    const profile = await resolveCredentials(opts({ home, inputs: { ecsRamRole: "EmulatorRole" } }));
    expect(profile.source).toMatch(/^profile 'p'/);
    const ecs = await resolveCredentials(
      opts({ inputs: { ecsRamRole: "EmulatorRole" }, template: { ramRoleName: "Other" } }),
    );
    expect(ecs.source).toBe(
      "ECS instance RAM role EmulatorRole (input 'ecs-ram-role') from the metadata service",
    );
  });

  it("profile names: input > template > ALICLOUD_PROFILE > ALIBABA_CLOUD_PROFILE > the file's current", async () => {
    const home = tempHome();
    const p = (name: string) => ({ name, mode: "AK", access_key_id: AK(), access_key_secret: SK() });
    writeProfiles(home, { current: "cur", profiles: ["in", "tpl", "ali", "sdk", "cur"].map(p) });
    const env = (extra: Record<string, string>) =>
      emulatorEnv(emu, {
        ALICLOUD_REGION: "cn-hangzhou",
        ALICLOUD_PROFILE: "ali",
        ALIBABA_CLOUD_PROFILE: "sdk",
        ...extra,
      });
    const chosen = async (o: Partial<ResolveCredentialsOptions>) =>
      /^profile '(\w+)'/.exec((await resolveCredentials(opts({ home, ...o }))).source)?.[1];
    expect(await chosen({ inputs: { profile: "in" }, template: { profile: "tpl" }, env: env({}) })).toBe(
      "in",
    );
    expect(await chosen({ template: { profile: "tpl" }, env: env({}) })).toBe("tpl");
    expect(await chosen({ env: env({}) })).toBe("ali");
    expect(await chosen({ env: env({ ALICLOUD_PROFILE: "" }) })).toBe("sdk");
    expect(await chosen({ env: env({ ALICLOUD_PROFILE: "", ALIBABA_CLOUD_PROFILE: "" }) })).toBe("cur");
  });

  it("region: input > template > ALICLOUD_REGION > ALIBABA_CLOUD_REGION_ID > profile region_id", async () => {
    const home = tempHome();
    writeProfiles(home, {
      current: "p",
      profiles: [
        { name: "p", mode: "AK", access_key_id: AK(), access_key_secret: SK(), region_id: "cn-qingdao" },
      ],
    });
    const region = async (o: Partial<ResolveCredentialsOptions>) => {
      const r = await resolveCredentials(opts({ home, ...o }));
      return `${r.region} (${r.regionSource})`;
    };
    const env = emulatorEnv(emu, { ALICLOUD_REGION: "cn-shanghai", ALIBABA_CLOUD_REGION_ID: "cn-shenzhen" });
    expect(
      await region({ inputs: { region: "cn-beijing" }, template: { region: "cn-zhangjiakou" }, env }),
    ).toBe("cn-beijing (input region)");
    expect(await region({ template: { region: "cn-zhangjiakou" }, env })).toBe(
      "cn-zhangjiakou (template region)",
    );
    // The decoded template carries ALICLOUD_REGION when it has no region of its own.
    expect(await region({ template: { region: "cn-shanghai" }, env })).toBe("cn-shanghai (ALICLOUD_REGION)");
    expect(await region({ env })).toBe("cn-shanghai (ALICLOUD_REGION)");
    expect(await region({ env: emulatorEnv(emu, { ALIBABA_CLOUD_REGION_ID: "cn-shenzhen" }) })).toBe(
      "cn-shenzhen (ALIBABA_CLOUD_REGION_ID)",
    );
    expect(await region({ env: emulatorEnv(emu) })).toBe("cn-qingdao (profile 'p' region_id)");
  });

  it("the STS endpoint follows the region unless overridden", async () => {
    const r = await resolveCredentials(
      opts({ inputs: { accessKeyId: AK(), accessKeySecret: SK(), region: "cn-beijing" }, env: {} }),
    );
    expect(r.stsEndpoint).toBe("https://sts.cn-beijing.aliyuncs.com");
    const e = await resolveCredentials(opts({ inputs: { accessKeyId: AK(), accessKeySecret: SK() } }));
    expect(e.stsEndpoint).toBe(`http://${emu.endpoints.stsEndpoint}`);
  });
});
