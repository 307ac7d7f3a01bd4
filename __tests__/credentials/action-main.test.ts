// The action's main and post steps (src/main.ts, src/post.ts run from source through tsx, as the
// runner runs the bundles: INPUT_* variables and the GITHUB_* files): credentials are resolved
// when not validate-only, the source and region are logged, exported on request, blanked by post.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";
import { PROVIDER_ARN, ROLE_ARN, startStsEmulator, trustedKey } from "./helpers.js";
import { startTokenServer, type TokenServer } from "./runner.js";

const ROOT = resolve(__dirname, "../..");
let emu: Emulator;
let tokens: TokenServer;
let MAIN: string;
let POST: string;

beforeAll(async () => {
  emu = await startStsEmulator();
  tokens = await startTokenServer(trustedKey(emu, "action"));
  // Entry points that load the TypeScript sources, standing in for dist/main and dist/post.
  const dir = mkdtempSync(join(tmpdir(), "image-build-entry-"));
  const entry = (src: string) => {
    const file = join(dir, `${src.replace(/\W/g, "_")}.mjs`);
    writeFileSync(
      file,
      `import { register } from ${JSON.stringify(join(ROOT, "node_modules/tsx/dist/esm/api/index.mjs"))};\nregister();\nawait import(${JSON.stringify(join(ROOT, src))});\n`,
    );
    return file;
  };
  MAIN = entry("src/main.ts");
  POST = entry("src/post.ts");
});
afterAll(async () => {
  await tokens.stop();
  await emu.stop();
});

const stsEnv = () => ({
  IMAGE_BUILD_STS_ENDPOINT: emu.endpoints.stsEndpoint,
  // This emulator serves STS only: a build's first ECS call fails at once, on loopback.
  IMAGE_BUILD_ECS_ENDPOINT: emu.endpoints.ecsEndpoint,
  IMAGE_BUILD_VPC_ENDPOINT: emu.endpoints.vpcEndpoint,
  IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
  IMAGE_BUILD_METADATA_ENDPOINT: emu.endpoints.metadataEndpoint,
});

describe("action main step with credentials", () => {
  it("GitHub OIDC: logs source and region, exports on request, the post step blanks the variables", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: ROOT,
      inputs: {
        template: "examples/web.json",
        "role-to-assume": ROLE_ARN,
        "oidc-provider-arn": PROVIDER_ARN,
        audience: "sts.aliyuncs.com",
        "export-credentials": "true",
      },
      env: {
        ...stsEnv(),
        ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
      },
    });
    expect(main.stdout).toContain(
      `Credentials: GitHub OIDC (role ${ROLE_ARN}, provider ${PROVIDER_ARN}, audience sts.aliyuncs.com)\n`,
    );
    expect(main.stdout).toContain("Region: cn-hangzhou (from template region)\n");
    expect(main.env.ALIBABA_CLOUD_ACCESS_KEY_ID).toMatch(/^STS\./);
    expect(main.env.ALICLOUD_SECURITY_TOKEN).toMatch(/^CAIS/);
    expect(main.env.ALICLOUD_REGION).toBe("cn-hangzhou");
    for (const name of [
      "ALIBABA_CLOUD_ACCESS_KEY_ID",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      "ALICLOUD_SECURITY_TOKEN",
    ])
      expect(main.stdout).toContain(`::add-mask::${main.env[name]}\n`);
    expect(main.state["credentials-exported"]).toBe("true");
    expect(main.stdout).toContain("::error::Build 'web' failed in step");
    expect(main.exitCode).toBe(1);
    expect(emu.calls({ action: "AssumeRoleWithOIDC" }).at(-1)?.params.RoleSessionName).toBe(
      "image-build-1001-1",
    );

    const post = await runStep({ bundle: POST, workspace: ROOT, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET).toBe("");
    expect(post.env.ALICLOUD_SECURITY_TOKEN).toBe("");
    expect(post.env.ALICLOUD_REGION).toBe("");
    const quiet = await runStep({ bundle: POST, workspace: ROOT });
    expect(quiet.env).toEqual({});
  }, 60_000);

  it("nothing configured: the chain's error, not Packer's template check", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: ROOT,
      inputs: { template: "examples/web.json" },
      env: stsEnv(),
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain(
      "::error::No Alibaba Cloud credentials found. image-build looked in this order:%0A  1. GitHub OIDC: inputs 'role-to-assume' and 'oidc-provider-arn' are not set.",
    );
    expect(main.stdout).not.toContain("Building images is not available");
  }, 60_000);

  it("OIDC without the id-token permission fails with the fix", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: ROOT,
      inputs: {
        template: "examples/web.json",
        "role-to-assume": ROLE_ARN,
        "oidc-provider-arn": PROVIDER_ARN,
      },
      env: stsEnv(),
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain("::error::GitHub OIDC: this job cannot request an ID token");
    expect(main.stdout).toContain("Fix: add 'permissions: id-token: write' to the job");
  }, 60_000);

  it("validate-only needs no credentials and reads none", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: ROOT,
      inputs: { template: "examples/web.json", "validate-only": "true", "role-to-assume": "not-an-arn" },
      env: stsEnv(),
    });
    expect(main.exitCode).toBe(0);
    expect(main.stdout).not.toContain("Credentials:");
  }, 60_000);
});
