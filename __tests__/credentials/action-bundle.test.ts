// The action's bundles (built from the current sources) with a template that names no keys: the
// credential chain finds the SDK's environment variables or a CLI profile, or explains every
// source it tried; and the post step sweeps from the saved state alone (the template is gone).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";
import { buildBundles, endpointsOnly, homeWith, keylessWorkspace } from "./bundles.js";

let MAIN: string;
let POST: string;
let fast: Emulator;
let slow: Emulator;

beforeAll(async () => {
  const out = await buildBundles();
  MAIN = join(out, "main/index.js");
  POST = join(out, "post/index.js");
  fast = await startEmulator({ profile: "fast", tls: false, imds: false });
  // Slow enough that the main step can be killed while its instance exists.
  slow = await startEmulator({ profile: "realistic", timeScale: 0.04, tls: false, imds: false });
}, 600_000);
afterAll(async () => {
  await fast?.stop();
  await slow?.stop();
});

const inputs = (tag: string) => ({
  template: "examples/web.json",
  variables: `app_version=${tag}-${Date.now()}\n`,
});
const sdkKeys = (emu: Emulator) => ({
  ALIBABA_CLOUD_ACCESS_KEY_ID: emu.credentials.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.credentials.accessKeySecret,
});

describe("action bundle: a template with no keys", () => {
  it("only ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET set: it builds", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: keylessWorkspace(fast),
      inputs: inputs("sdk-env"),
      env: { ...endpointsOnly(fast), ...sdkKeys(fast), HOME: homeWith(fast) },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toContain(
      "Credentials: access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET\n",
    );
    expect(main.outputs["image-id"]).toMatch(/^m-/);
    expect(JSON.stringify(main.state)).not.toContain(fast.credentials.accessKeySecret);
  }, 120_000);

  it("only a CLI profile in HOME: it builds", async () => {
    const main = await runStep({
      bundle: MAIN,
      workspace: keylessWorkspace(fast),
      inputs: inputs("profile"),
      env: { ...endpointsOnly(fast), HOME: homeWith(fast, "emu") },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toMatch(
      /Credentials: profile 'emu' \(mode AK\) from \S+config\.json, its current profile\n/,
    );
    expect(main.outputs["image-id"]).toMatch(/^m-/);
  }, 120_000);

  it("nothing configured: fails with the chain's explanation of every source, before any API call", async () => {
    const before = fast.calls().length;
    const main = await runStep({
      bundle: MAIN,
      workspace: keylessWorkspace(fast),
      inputs: inputs("none"),
      env: { ...endpointsOnly(fast), HOME: homeWith(fast) },
    });
    expect(main.exitCode).toBe(1);
    const error = main.stdout.split("\n").find((l) => l.startsWith("::error::")) ?? "";
    expect(error).toMatch(
      /^::error::No Alibaba Cloud credentials found\. image-build looked in this order:%0A/,
    );
    for (const source of [
      "1. GitHub OIDC: inputs 'role-to-assume' and 'oidc-provider-arn' are not set.",
      "2. Access keys: inputs 'access-key-id'/'access-key-secret', template",
      "3. Aliyun CLI profile: no profile is named",
      "4. ECS instance RAM role: neither input 'ecs-ram-role' nor template 'ram_role_name' is set.",
    ])
      expect(error).toContain(source);
    expect(error.match(/Fix: /g)).toHaveLength(4);
    expect(main.stdout).not.toContain("ram_role_name option must be set");
    expect(fast.calls().length).toBe(before);
  }, 60_000);
});

describe("action bundle: the post step works from the saved state alone", () => {
  it("main killed during provisioning, the template deleted: post deletes every resource", async () => {
    const since = new Date().toISOString();
    const ws = keylessWorkspace(slow);
    const env = { ...endpointsOnly(slow), ...sdkKeys(slow), HOME: homeWith(slow) };
    const main = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: inputs("post"),
      env,
      killOn: /Connected to SSH!/,
      killSignal: "SIGKILL",
    });
    expect(main.signal).toBe("SIGKILL");
    expect(JSON.parse(main.state.credentials)).toEqual({
      template: { region: "cn-hangzhou" },
      region: "cn-hangzhou",
      templateKeys: false,
    });
    const ledger = JSON.parse(main.state.ledger) as { type: string; id: string }[];
    expect(ledger.map((e) => e.type)).toEqual(expect.arrayContaining(["instance", "security-group", "vpc"]));
    expect((slow.leakCheck({ since }) as unknown[]).length).toBeGreaterThan(0);

    // Nothing of the template is left: the post step must not need it.
    rmSync(join(ws, "examples"), { recursive: true, force: true });
    const post = await runStep({
      bundle: POST,
      workspace: ws,
      inputs: { ...inputs("post"), template: "examples/web.json" },
      env,
      state: main.state,
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain("Credentials: access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID");
    for (const e of ledger)
      expect(post.stdout).toMatch(new RegExp(`(Deleted|Already gone:) ${e.type} ${e.id}`));
    expect(post.stdout).not.toContain("::warning::");
    expect(slow.leakCheck({ since })).toEqual([]);
  }, 120_000);
});
