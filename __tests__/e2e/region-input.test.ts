// The action's `region` input and the CLI's `-region` flag set the build's region (issue 16,
// item 8): they win over the template's `region`, the images are made there, and a region the
// account does not have fails at the builder's DescribeRegions check, before any resource.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";

const ROOT = resolve(__dirname, "../..");
let OUT: string;
let emu: Emulator;

beforeAll(async () => {
  OUT = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", OUT], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  emu = await startEmulator({ profile: "zero", tls: false, imds: false, machines: false });
}, 600_000);
afterAll(async () => {
  await emu?.stop();
});

/** A workspace with a template that builds in cn-hangzhou, with no communicator (no machine needed). */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-region-"));
  writeFileSync(
    join(ws, "t.json"),
    JSON.stringify({
      builders: [
        {
          type: "alicloud-ecs",
          region: "cn-hangzhou",
          instance_type: "ecs.g7.large",
          source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
          image_name: "region-{{timestamp}}",
          communicator: "none",
        },
      ],
    }),
  );
  return ws;
}

const creates = (seq: number) =>
  emu.calls().filter((c) => c.seq > seq && /^(Create|Run|Allocate|Import)/.test(c.action ?? ""));

describe("the region input", () => {
  it("builds in the input's region, not the template's", async () => {
    const since = new Date().toISOString();
    const r = await runStep({
      bundle: join(OUT, "main/index.js"),
      workspace: workspace(),
      inputs: { template: "t.json", region: "cn-beijing", reuse: "false" },
      env: emu.env,
      timeoutMs: 120_000,
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain("runs in cn-beijing (input region), not in its template's region");
    const ids = JSON.parse(r.outputs["image-ids"]);
    expect(Object.keys(ids)).toEqual(["cn-beijing"]);
    const post = await runStep({
      bundle: join(OUT, "post/index.js"),
      workspace: workspace(),
      inputs: { template: "t.json", region: "cn-beijing" },
      state: r.state,
      env: emu.env,
      timeoutMs: 60_000,
    });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
  }, 180_000);

  it("a region the account does not have fails at DescribeRegions, before any resource", async () => {
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const r = await runStep({
      bundle: join(OUT, "main/index.js"),
      workspace: workspace(),
      inputs: { template: "t.json", region: "mars-1", reuse: "false" },
      env: emu.env,
      timeoutMs: 120_000,
    });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error[^\n]*mars-1/);
    expect(creates(seq)).toEqual([]);
  }, 180_000);
});

describe("the CLI's -region flag", () => {
  it("builds in the flag's region", async () => {
    const ws = workspace();
    const r = await new Promise<{ code: number | null; out: string }>((done, fail) => {
      const child = spawn(
        process.execPath,
        [join(OUT, "cli/index.js"), "build", "-region", "cn-shanghai", "t.json"],
        { cwd: ws, env: { PATH: process.env.PATH, HOME: ws, ...emu.env } },
      );
      let out = "";
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.stderr.on("data", (c: Buffer) => (out += c.toString()));
      child.on("error", fail);
      child.on("close", (code) => done({ code, out }));
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("runs in cn-shanghai (flag -region)");
    expect(r.out).toMatch(/cn-shanghai: m-/);
  }, 180_000);
});
