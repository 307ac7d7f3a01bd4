// The action's main bundle (built from the current sources into a temporary folder) run as the
// runner runs it, with `keep-images: 1` twice (reuse false, so two images): the second run deletes
// the first image with its snapshots, sets the `pruned` output and lists it in the job summary;
// `keep-images: 0` and `abc` fail the step naming the input.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { ImageRecord } from "../../emulator/model/resources.js";
import { runStep } from "../../scripts/action-runner.js";

const ROOT = resolve(__dirname, "../..");
let MAIN: string;
let emu: Emulator;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  MAIN = join(out, "main/index.js");
  emu = await startEmulator({ profile: "zero", tls: false, imds: false, machines: false });
}, 600_000);
afterAll(async () => emu?.stop());

/** A workspace with packer/web.json: one alicloud-ecs build, no communicator, image name from a variable. */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
  mkdirSync(join(ws, "packer"));
  writeFileSync(
    join(ws, "packer/web.json"),
    JSON.stringify({
      variables: { n: "" },
      builders: [
        {
          type: "alicloud-ecs",
          name: "web",
          region: "cn-hangzhou",
          image_name: "retention-e2e-{{user `n`}}",
          source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
          instance_type: "ecs.n1.tiny",
          communicator: "none",
        },
      ],
    }),
  );
  return ws;
}

const images = () => emu.model!.state.store<ImageRecord>("image");

describe("action: keep-images", () => {
  it("keep-images: 1 run twice: the second run deletes the first image and its snapshots and lists it", async () => {
    const ws = workspace();
    const inputs = { template: "packer/web.json", reuse: "false", "keep-images": "1" };
    const first = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: { ...inputs, variables: "n=1" },
      env: emu.env,
    });
    expect(first.exitCode, first.stdout).toBe(0);
    const firstId = first.outputs["image-id"];
    expect(firstId).toMatch(/^m-/);
    expect(first.outputs.pruned).toBe("[]");
    const rec = images().get(firstId)!;
    expect(rec.tags).toMatchObject({
      "image-build:template": "example/image-build-demo:packer/web.json",
      "image-build:build": "web",
    });
    const snapshots = rec.mappings.map((m) => m.snapshotId);
    expect(snapshots.length).toBeGreaterThan(0);
    // The first image is older (CreationTime is to the second).
    rec.createdAt -= 60_000;

    const second = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: { ...inputs, variables: "n=2" },
      env: emu.env,
    });
    expect(second.exitCode, second.stdout).toBe(0);
    const secondId = second.outputs["image-id"];
    expect(secondId).not.toBe(firstId);
    expect(JSON.parse(second.outputs.pruned)).toEqual([firstId]);
    expect(images().has(firstId)).toBe(false);
    expect(images().has(secondId)).toBe(true);
    for (const s of snapshots) expect(emu.model!.state.store("snapshot").has(s)).toBe(false);
    expect(second.summary).toContain("Retention: 1 older image deleted");
    const row = second.summary.split("\n").find((l) => l.includes(firstId)) ?? "";
    expect(row).toContain("`cn-hangzhou`");
    expect(row).toContain("web");
    for (const s of snapshots) expect(row).toContain(s);
    expect(second.stdout).toContain(`Retention: 1 image(s) deleted: ${firstId}`);
  }, 120_000);

  it.each([
    ["0", "Input 'keep-images' must be at least 1: 0 would delete the image this run built"],
    ["abc", "Input 'keep-images' must be a whole number of at least 1 (empty keeps every image); got 'abc'"],
  ])(
    "keep-images: %s fails the step naming the input, before any build",
    async (value, message) => {
      const since = new Date().toISOString();
      const r = await runStep({
        bundle: MAIN,
        workspace: workspace(),
        inputs: { template: "packer/web.json", "keep-images": value },
        env: emu.env,
      });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain(`::error::${message}`);
      expect(emu.calls().filter((c) => c.time >= since && c.action === "RunInstances")).toEqual([]);
    },
    60_000,
  );
});
