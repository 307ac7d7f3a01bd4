// Secrets never reach output: the credential paths (GitHub OIDC, keys, a role on top, profiles,
// the metadata service, export) and their failures (untrusted token, wrong role, a signature the
// API refuses and quotes back, throttling, nothing configured) run through the action's code as
// the main step runs them, with every byte written to stdout/stderr and the step's files
// captured. No secret may appear anywhere except in the `::add-mask::` command registering it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { scrub } from "../../src/credentials/errors.js";
import type { TemplateAccess } from "../../src/credentials/index.js";
import {
  exportCredentials,
  exportRequested,
  resolveActionCredentials,
} from "../../src/github/credentials.js";
import { testKey } from "../emulator/identity/jwt-helpers.js";
import {
  PROVIDER_ARN,
  ROLE_ARN,
  recordIssued,
  startStsEmulator,
  trustedKey,
  writeProfiles,
} from "./helpers.js";
import { startTokenServer, step, type TokenServer } from "./runner.js";

let emu: Emulator;
let trusted: TokenServer;
let untrusted: TokenServer;
let issued: string[];
const secrets = new Set<string>();
const output: string[] = [];
const files: string[] = [];

beforeAll(async () => {
  emu = await startStsEmulator();
  issued = recordIssued(emu);
  trusted = await startTokenServer(trustedKey(emu, "no-secrets"));
  untrusted = await startTokenServer(testKey("RS256", "stranger"));
});
afterAll(async () => {
  await trusted.stop();
  await untrusted.stop();
  await emu.stop();
});

/** Runs the credential part of the main step as src/main.ts does, capturing everything. */
async function mainStep(opts: {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  template?: TemplateAccess;
  tokens?: TokenServer;
}): Promise<boolean> {
  const st = step();
  const tokens = opts.tokens ?? trusted;
  try {
    st.set({
      ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
      IMAGE_BUILD_STS_ENDPOINT: emu.endpoints.stsEndpoint,
      IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
      IMAGE_BUILD_METADATA_ENDPOINT: emu.endpoints.metadataEndpoint,
      ALICLOUD_REGION: "cn-hangzhou",
      HOME: st.dir,
      ...opts.env,
    });
    st.inputs(opts.inputs ?? {});
    try {
      const r = await resolveActionCredentials(opts.template);
      if (exportRequested()) await exportCredentials(r);
      core.info(`provider ${r.provider.getProviderName()}, temporary ${r.temporary}`);
      return true;
    } catch (err) {
      core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err));
      return false;
    } finally {
      for (const t of [trusted, untrusted]) for (const jwt of t.issued) secrets.add(jwt);
      files.push(st.file("GITHUB_OUTPUT"), st.file("GITHUB_STATE"));
    }
  } finally {
    output.push(st.out.join(""));
    st.restore();
    if (process.env.DEBUG_NO_SECRETS) process.stderr.write(`--- step\n${st.out.join("")}`);
    process.exitCode = 0;
  }
}

const KEY = () => ({
  "access-key-id": emu.credentials.accessKeyId,
  "access-key-secret": emu.credentials.accessKeySecret,
});

describe("every credential path, successes and failures", () => {
  it("runs the scenarios", async () => {
    secrets.add(emu.credentials.accessKeyId).add(emu.credentials.accessKeySecret);
    const oidc = { "role-to-assume": ROLE_ARN, "oidc-provider-arn": PROVIDER_ARN };
    expect(await mainStep({ inputs: { ...oidc, "export-credentials": "true" } })).toBe(true);
    expect(await mainStep({ inputs: oidc, tokens: untrusted })).toBe(false);
    emu.faults.add({ action: "AssumeRole", nth: 1, effect: "throttle" });
    expect(
      await mainStep({ inputs: { ...KEY(), "role-to-assume": ROLE_ARN, "export-credentials": "true" } }),
    ).toBe(true);
    emu.faults.clear();
    expect(
      await mainStep({ inputs: { ...KEY(), "role-to-assume": ROLE_ARN.replace("emulatorrole", "missing") } }),
    ).toBe(false);

    // A signature the API refuses: its message quotes the string to sign, which holds the token.
    const role = emu.identity.findRole(ROLE_ARN)!;
    const sts = emu.identity.issueStsCredentials(role, "elsewhere");
    // Its real secret is never given to the action (a wrong one is): nothing to mask there.
    issued.splice(issued.indexOf(sts.accessKeySecret), 1);
    const wrongSecret = "WrongSecretValueForTheTest0123456789";
    secrets.add(wrongSecret);
    expect(
      await mainStep({
        inputs: {
          "access-key-id": sts.accessKeyId,
          "access-key-secret": wrongSecret,
          "security-token": sts.securityToken,
          "role-to-assume": ROLE_ARN,
        },
      }),
    ).toBe(false);

    // Template keys, environment keys, profiles, the metadata service.
    expect(
      await mainStep({
        template: {
          accessKey: emu.credentials.accessKeyId,
          secretKey: emu.credentials.accessKeySecret,
          ramRoleArn: ROLE_ARN,
        },
      }),
    ).toBe(true);
    expect(
      await mainStep({
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: emu.credentials.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.credentials.accessKeySecret,
        },
        inputs: { "export-credentials": "true" },
      }),
    ).toBe(true);
    const profileStep = step();
    const profileHome = profileStep.dir;
    profileStep.restore();
    const tokenFile = join(profileHome, "oidc.jwt");
    const profileJwt = (await import("./helpers.js")).githubToken(trustedKey(emu, "profile"));
    writeFileSync(tokenFile, profileJwt);
    secrets.add(profileJwt);
    writeProfiles(profileHome, {
      profiles: [
        {
          name: "arn",
          mode: "RamRoleArn",
          access_key_id: emu.credentials.accessKeyId,
          access_key_secret: emu.credentials.accessKeySecret,
          ram_role_arn: ROLE_ARN,
        },
        { name: "chain", mode: "ChainableRamRoleArn", source_profile: "arn", ram_role_arn: ROLE_ARN },
        {
          name: "oidc",
          mode: "OIDC",
          oidc_token_file: tokenFile,
          oidc_provider_arn: PROVIDER_ARN,
          ram_role_arn: ROLE_ARN,
        },
        {
          name: "bad",
          mode: "AK",
          access_key_id: "BADPROFILEKEY",
          access_key_secret: "BadProfileSecretValue",
          region_id: "cn-beijing",
        },
      ],
    });
    secrets.add("BADPROFILEKEY").add("BadProfileSecretValue");
    for (const profile of ["chain", "oidc"])
      expect(
        await mainStep({ env: { HOME: profileHome }, inputs: { profile, "export-credentials": "true" } }),
      ).toBe(true);
    expect(
      await mainStep({ env: { HOME: profileHome }, inputs: { profile: "bad", "role-to-assume": ROLE_ARN } }),
    ).toBe(false);
    expect(await mainStep({ inputs: { "ecs-ram-role": "EmulatorRole", "export-credentials": "true" } })).toBe(
      true,
    );
    expect(await mainStep({ inputs: { "ecs-ram-role": "NotAttached" } })).toBe(false);
    expect(await mainStep({})).toBe(false);
    expect(await mainStep({ inputs: oidc, env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } })).toBe(false);
  });

  it("finds no secret in any output line, output or state, and every secret was masked", () => {
    for (const s of issued) secrets.add(s);
    expect(issued.length).toBeGreaterThan(20);
    const text = output.join("");
    const lines = text.split("\n");
    const masked = new Set(
      lines.filter((l) => l.startsWith("::add-mask::")).map((l) => l.slice("::add-mask::".length)),
    );
    // The scenarios did print: successes, warnings and errors.
    expect(text).toContain("::warning::AssumeRole attempt 1 failed (Throttling.User: ");
    expect(text).toContain(
      "::error::CloudError: AssumeRole failed: SignatureDoesNotMatch: Specified signature does not match our calculation",
    );
    expect(text).toContain(
      "::error::CloudError: AssumeRoleWithOIDC failed: AuthenticationFail.OIDCToken.Invalid",
    );
    expect(text).toContain("No Alibaba Cloud credentials found. image-build looked in this order:");
    expect(text).toContain("Exported the credentials as");
    for (const secret of secrets) {
      expect(masked.has(secret), `a secret was never masked (${secret.slice(0, 4)}…)`).toBe(true);
      const leaks = lines.filter((l) => !l.startsWith("::add-mask::") && l.includes(secret));
      expect(leaks, `secret ${secret.slice(0, 4)}… leaked`).toEqual([]);
      for (const f of files) expect(f.includes(secret)).toBe(false);
    }
  });
});

describe("scrub", () => {
  it("removes secrets and their percent-encoded forms", () => {
    const token = "CAIS+ab/cd=ef*1";
    const once = "CAIS%2Bab%2Fcd%3Def%2A1";
    const text = `raw ${token} once ${once} twice ${encodeURIComponent(once)}`;
    expect(scrub(text, [token])).toBe("raw *** once *** twice ***");
  });
});
