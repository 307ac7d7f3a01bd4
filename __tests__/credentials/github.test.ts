// The action's credential path end to end with the real @actions/core: a local server plays the
// runner's ID token endpoint, core.getIDToken fetches a JWT the emulator's OIDC provider trusts,
// STS AssumeRoleWithOIDC answers, the keys are masked, exported on request and blanked after.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import {
  blankExportedCredentials,
  exportCredentials,
  exportRequested,
  resolveActionCredentials,
} from "../../src/github/credentials.js";
import { NO_ID_TOKEN_MESSAGE } from "../../src/github/oidc.js";
import { ACCOUNT, callerArn, PROVIDER_ARN, ROLE_ARN, startStsEmulator, trustedKey } from "./helpers.js";
import { type Step, startTokenServer, step, type TokenServer } from "./runner.js";

let emu: Emulator;
let tokens: TokenServer;
let s: Step | undefined;
beforeAll(async () => {
  emu = await startStsEmulator();
  tokens = await startTokenServer(trustedKey(emu, "runner"));
});
afterAll(async () => {
  await tokens.stop();
  await emu.stop();
});
afterEach(() => {
  s?.restore();
  s = undefined;
});

function oidcStep(extraInputs: Record<string, string> = {}): Step {
  s = step();
  s.set({
    ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
    IMAGE_BUILD_STS_ENDPOINT: emu.endpoints.stsEndpoint,
    IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
    ALICLOUD_REGION: "cn-hangzhou",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "3",
  });
  s.inputs({ "role-to-assume": ROLE_ARN, "oidc-provider-arn": PROVIDER_ARN, ...extraInputs });
  return s;
}

describe("GitHub OIDC with @actions/core", () => {
  it("gets the token from the runner, assumes the role, masks every secret, logs source and region", async () => {
    const st = oidcStep({ audience: "sts.aliyuncs.com" });
    const r = await resolveActionCredentials();
    const log = st.out.join("");
    expect(tokens.audiences.at(-1)).toBe("sts.aliyuncs.com");
    const jwt = tokens.issued.at(-1)!;
    const keys = await r.keys();
    // core.getIDToken masks the JWT itself; the engine masks the STS keys as soon as they are parsed.
    for (const secret of [jwt, keys.accessKeyId, keys.accessKeySecret, keys.securityToken!])
      expect(log).toContain(`::add-mask::${secret}\n`);
    expect(log).toContain(
      `Credentials: GitHub OIDC (role ${ROLE_ARN}, provider ${PROVIDER_ARN}, audience sts.aliyuncs.com)\n`,
    );
    expect(log).toContain("Region: cn-hangzhou (from ALICLOUD_REGION)\n");
    expect(await callerArn(emu, r.credential)).toBe(
      `acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/image-build-4242-3`,
    );
    const call = emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)!;
    expect(call.params.OIDCToken).toBe("******");
    expect(call.params.RoleSessionName).toBe("image-build-4242-3");
  });

  it("retries the token endpoint when the connection drops", async () => {
    const st = oidcStep({ "role-session-name": "retry-token" });
    tokens.dropNext = 1;
    const r = await resolveActionCredentials();
    expect(r.source).toContain("GitHub OIDC");
    expect(st.out.join("")).toMatch(
      /::warning::Getting the GitHub OIDC token failed \(attempt 1: .*\); retrying in \d+ ms/,
    );
  });

  it("without the token variables it fails with the fix, before any request", async () => {
    const st = oidcStep();
    st.set({ ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
    const before = emu.calls().length;
    await expect(resolveActionCredentials()).rejects.toThrow(NO_ID_TOKEN_MESSAGE);
    expect(NO_ID_TOKEN_MESSAGE).toContain("permissions: id-token: write");
    expect(NO_ID_TOKEN_MESSAGE).toContain("Pull requests from forks never get an ID token");
    expect(emu.calls().length).toBe(before);
  });

  it("a custom audience is asked for and must be a client id of the provider", async () => {
    oidcStep({ audience: "my-audience" });
    const err = await resolveActionCredentials().catch((e: unknown) => e);
    expect(tokens.audiences.at(-1)).toBe("my-audience");
    expect((err as Error).message).toMatch(
      /^AssumeRoleWithOIDC failed: AuthenticationFail\.OIDCToken\.ClientIdNotMatch: .* \(request id [\w-]+\)\. What to do: /,
    );
  });
});

describe("export-credentials", () => {
  it("exports masked ALIBABA_CLOUD_* and ALICLOUD_* variables; the post step blanks them", async () => {
    const st = oidcStep({ "export-credentials": "true" });
    expect(exportRequested()).toBe(true);
    const r = await resolveActionCredentials();
    await exportCredentials(r);
    const keys = await r.keys();
    const envFile = st.file("GITHUB_ENV");
    for (const [name, value] of [
      ["ALIBABA_CLOUD_ACCESS_KEY_ID", keys.accessKeyId],
      ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", keys.accessKeySecret],
      ["ALIBABA_CLOUD_SECURITY_TOKEN", keys.securityToken!],
      ["ALIBABA_CLOUD_REGION_ID", "cn-hangzhou"],
      ["ALICLOUD_ACCESS_KEY", keys.accessKeyId],
      ["ALICLOUD_SECRET_KEY", keys.accessKeySecret],
      ["ALICLOUD_SECURITY_TOKEN", keys.securityToken!],
      ["ALICLOUD_REGION", "cn-hangzhou"],
    ])
      expect(envFile).toMatch(
        new RegExp(`^${name}<<ghadelimiter_[\\w-]+\\n${value!.replace(/[+/]/g, "\\$&")}\\n`, "m"),
      );
    expect(st.file("GITHUB_STATE")).toMatch(/^credentials-exported<<ghadelimiter_[\w-]+\ntrue\n/m);
    expect(st.out.join("")).toMatch(
      /Exported the credentials as ALIBABA_CLOUD_ACCESS_KEY_ID, .* \(temporary: valid until /,
    );

    // The post step (a new process) sees the state as STATE_credentials-exported.
    const post = step();
    try {
      blankExportedCredentials();
      expect(post.file("GITHUB_ENV")).toBe("");
      post.set({ "STATE_credentials-exported": "true" });
      blankExportedCredentials();
      const blanked = post.file("GITHUB_ENV");
      for (const name of ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_SECRET_KEY", "ALICLOUD_REGION"])
        expect(blanked).toMatch(new RegExp(`^${name}<<ghadelimiter_[\\w-]+\\n\\n`, "m"));
    } finally {
      post.restore();
    }
  });

  it("is off by default and rejects a non-boolean", () => {
    s = step();
    expect(exportRequested()).toBe(false);
    s.inputs({ "export-credentials": "yes" });
    expect(() => exportRequested()).toThrow("Input 'export-credentials' must be true or false, got 'yes'");
  });
});

describe("credential inputs the chain does not use", () => {
  it("are warnings naming each input", async () => {
    s = step();
    s.set({ ALICLOUD_REGION: "cn-hangzhou" });
    s.inputs({
      "access-key-id": "AKexample-unused",
      "access-key-secret": "SKexample-unused-secret",
      profile: "dev",
      "ecs-ram-role": "builder-role",
      "role-external-id": "ext-123",
    });
    const r = await resolveActionCredentials();
    expect(r.source).toContain("access keys from inputs");
    const log = s.out.join("");
    expect(log).toContain(
      "::warning::Input 'profile' is set but not used: the credentials come from access keys from inputs access-key-id/access-key-secret\n",
    );
    expect(log).toContain("::warning::Input 'ecs-ram-role' is set but not used");
    expect(log).toContain("::warning::Input 'role-external-id' is set but not used");
    expect(log.replace(/::add-mask::.*\n/g, "")).not.toContain("SKexample-unused-secret");
  });
});
