// Checkpoints end to end, with the action's real bundles on the emulator's realistic profile at a
// small time factor (real SSH, real sandboxed machines). The template's first provisioner is slow
// (`sleep 3`) and writes files; the last one changes between runs (a variable only it uses).
// - Run 0 (`reuse: false`, no checkpoint) and run 1 (checkpoint after provisioner 1): the wall
//   times, for the report; run 1's checkpoint CreateImage and its waits overlap the last
//   provisioner (call log), they are not on the build's path.
// - Run 2 (last provisioner changed): resumes from run 1's checkpoint; provisioner 1 does not run
//   (log, and the marker it appends on each run); its image holds the same files under /etc, /opt
//   and /root as run 3, a full build of the same template (`reuse: false`: no resume).
// - Run 1's post step sweeps run 1: its checkpoint (final) is kept.
// - A run killed (SIGKILL) while its checkpoint image is being made: its post step deletes that
//   image and snapshot; run 1's checkpoint, final, survives.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { DirEntry } from "../../emulator/machines/filesystem.js";
import { runStep, type StepResult } from "../../scripts/action-runner.js";
import { SOURCE_IMAGE } from "../builders/alicloud-ecs/helpers.js";
import { $Ecs, ecsClient } from "../emulator/services/clients.js";
import { node24 } from "./node24.js";

const ROOT = resolve(__dirname, "../..");
const NODE = node24().node ?? process.execPath;
const REGION = "cn-hangzhou";
let MAIN: string;
let POST: string;
let emu: Emulator;

/** A workspace with the template: provisioner 1 slow (its own base text), the last one uses app_version. */
function workspace(base: string): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-ckpt-e2e-"));
  const template = {
    variables: { app_version: "1" },
    builders: [
      {
        type: "alicloud-ecs",
        region: REGION,
        image_name: "ckpt-e2e-{{timestamp}}",
        source_image: SOURCE_IMAGE,
        instance_type: "ecs.n1.tiny",
        communicator: "ssh",
        ssh_username: "root",
        ssh_port: emu.machines?.sshPort ?? 22,
        associate_public_ip_address: true,
      },
    ],
    provisioners: [
      {
        type: "shell",
        inline: [
          "sleep 3",
          "mkdir -p /opt/base /etc/base",
          `echo ${base} > /opt/base/layer`,
          "echo 'setting=1' > /etc/base/base.conf",
          "echo run >> /opt/base/runs",
          "echo base layer provisioned",
        ],
      },
      { type: "shell", inline: ["echo {{user `app_version`}} > /opt/app-version", "sleep 4"] },
    ],
  };
  writeFileSync(join(ws, "template.json"), JSON.stringify(template, null, 2));
  return ws;
}

async function describeImage(id: string) {
  const r = await ecsClient(emu).describeImages(
    new $Ecs.DescribeImagesRequest({
      regionId: REGION,
      imageId: id,
      status: "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated",
    }),
  );
  return r.body?.images?.image?.find((i) => i.imageId === id);
}

async function snapshotExists(id: string): Promise<boolean> {
  const r = await ecsClient(emu).describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, snapshotIds: JSON.stringify([id]) }),
  );
  return (r.body?.snapshots?.snapshot ?? []).some((s) => s.snapshotId === id);
}

const tagsOf = (im: Awaited<ReturnType<typeof describeImage>>) =>
  Object.fromEntries((im?.tags?.tag ?? []).map((t) => [t.tagKey ?? "", t.tagValue ?? ""]));

/**
 * Files that differ between any two builds by nature (each instance's first boot writes its own):
 * the host name, machine id and SSH host keys, and root's authorized_keys (each run's temporary
 * key pair).
 */
const BY_NATURE = new Set([
  "/etc/hostname",
  "/etc/machine-id",
  "/etc/ssh/ssh_host_ed25519_key",
  "/etc/ssh/ssh_host_ed25519_key.pub",
  "/root/.ssh/authorized_keys",
]);

/** Every file under `dir` in an image: path → content (symlinks: their target). */
function files(imageId: string, dir: string, out = new Map<string, string>()): Map<string, string> {
  let entries: DirEntry[];
  try {
    entries = emu.machines!.listDir({ imageId }, dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const path = `${dir}/${e.name}`;
    if (BY_NATURE.has(path)) continue;
    if (e.type === "directory") files(imageId, path, out);
    else if (e.type === "symlink") out.set(path, `-> ${e.target ?? ""} (${e.mode.toString(8)})`);
    else if (e.type === "file")
      out.set(path, `${e.mode.toString(8)} ${emu.machines!.readFile({ imageId }, path).toString("base64")}`);
  }
  return out;
}

const imageFiles = (id: string) => {
  const out = new Map<string, string>();
  for (const d of ["/etc", "/opt", "/root"]) files(id, d, out);
  return out;
};

async function main(
  ws: string,
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof runStep>[0]> = {},
) {
  const t0 = performance.now();
  const r = await runStep({
    node: NODE,
    bundle: MAIN,
    workspace: ws,
    inputs: { template: "template.json", ...inputs },
    env: emu.env,
    timeoutMs: 180_000,
    ...extra,
  });
  return { ...r, wallMs: performance.now() - t0 };
}

const post = (ws: string, state: StepResult["state"]) =>
  runStep({
    node: NODE,
    bundle: POST,
    workspace: ws,
    inputs: { template: "template.json" },
    env: emu.env,
    state,
  });

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  MAIN = join(out, "main/index.js");
  POST = join(out, "post/index.js");
  emu = await startEmulator({ profile: "realistic", timeScale: 0.02, tls: false, imds: false });
}, 600_000);
afterAll(async () => {
  await emu?.stop();
});

describe("checkpoints, end to end (action bundle, realistic profile × 0.02)", () => {
  it("resumes from the checkpoint, skips the slow provisioner, and its image equals a full build's", async () => {
    const ws = workspace("resume");
    const run0 = await main(ws, { variables: "app_version=0", reuse: "false" });
    expect(run0.exitCode, run0.stdout).toBe(0);

    const seq1 = emu.calls().at(-1)?.seq ?? 0;
    const run1 = await main(ws, { variables: "app_version=1", checkpoint: "1" });
    expect(run1.exitCode, run1.stdout).toBe(0);
    const b1 = JSON.parse(run1.outputs.builds)[0];
    expect(b1.checkpoints.taken).toHaveLength(1);
    const ckpt = b1.checkpoints.taken[0].image_id as string;
    expect(b1.checkpoints.taken[0].after).toBe(1);
    const ckptImage = await describeImage(ckpt);
    expect(ckptImage?.status).toBe("Available");
    expect(tagsOf(ckptImage)).toMatchObject({
      "image-build:checkpoint": expect.stringMatching(/^[0-9a-f]{64}$/),
      "image-build:final": run1.state["run-id"],
    });
    expect(tagsOf(await describeImage(run1.outputs["image-id"]))["image-build:base"]).toBe(ckpt);
    // Off the path: the checkpoint's CreateImage, its waits and its final mark all came while the
    // last provisioner ran (before the build stopped its instance).
    const calls = emu.calls().filter((c) => c.seq > seq1);
    const stop = calls.find((c) => c.action === "StopInstance");
    const ckptCreate = calls.find((c) => c.action === "CreateImage" && c.params.SnapshotId);
    const ckptFinal = calls.find(
      (c) => c.action === "TagResources" && Object.values(c.params).includes("image-build:checkpoint"),
    );
    const lastProvisionerStart = calls.find((c) => c.action === "CreateSnapshot");
    expect(stop && ckptCreate && ckptFinal && lastProvisionerStart).toBeTruthy();
    expect(ckptCreate!.seq).toBeGreaterThan(lastProvisionerStart!.seq);
    expect(ckptFinal!.seq).toBeLessThan(stop!.seq);
    expect(run1.summary).toContain("**Checkpoints**: checkpoint image");

    // Run 1's post step: the checkpoint is final, its sweep keeps it and its snapshot.
    const p1 = await post(ws, run1.state);
    expect(p1.exitCode, p1.stdout).toBe(0);
    expect((await describeImage(ckpt))?.status).toBe("Available");
    const ckptSnapshot = ckptImage?.diskDeviceMappings?.diskDeviceMapping?.[0]?.snapshotId as string;
    expect(await snapshotExists(ckptSnapshot)).toBe(true);

    const run2 = await main(ws, { variables: "app_version=2", checkpoint: "1" });
    expect(run2.exitCode, run2.stdout).toBe(0);
    expect(run2.stdout).toContain(
      `Resuming from checkpoint ${ckpt} (after provisioner 1 of 2: shell); skipped 1 provisioner`,
    );
    expect(run2.stdout).not.toContain("base layer provisioned");
    const b2 = JSON.parse(run2.outputs.builds)[0];
    expect(b2.checkpoints.resumed_from).toEqual({ image_id: ckpt, after: 1, skipped: [1] });
    expect(run2.summary).toContain(`Resumed from checkpoint \`${ckpt}\``);
    const image2 = run2.outputs["image-id"];
    expect(tagsOf(await describeImage(image2))["image-build:base"]).toBe(ckpt);

    const run3 = await main(ws, { variables: "app_version=2", checkpoint: "1", reuse: "false" });
    expect(run3.exitCode, run3.stdout).toBe(0);
    expect(run3.stdout).toContain("base layer provisioned");
    const image3 = run3.outputs["image-id"];

    const read = (id: string, p: string) => emu.machines!.readFile({ imageId: id }, p).toString();
    // The marker provisioner 1 appends on each run: once in each lineage.
    expect(read(image2, "/opt/base/runs")).toBe("run\n");
    expect(read(image3, "/opt/base/runs")).toBe("run\n");
    expect(read(image2, "/opt/app-version")).toBe("2\n");
    const f2 = imageFiles(image2);
    const f3 = imageFiles(image3);
    expect(f2.size).toBeGreaterThan(3);
    expect([...f2.keys()].sort()).toEqual([...f3.keys()].sort());
    for (const [path, content] of f2) expect(content, path).toBe(f3.get(path));

    console.log(
      `checkpoints e2e (realistic × 0.02): full build without checkpoints ${(run0.wallMs / 1000).toFixed(1)} s, ` +
        `with a checkpoint ${(run1.wallMs / 1000).toFixed(1)} s, resumed ${(run2.wallMs / 1000).toFixed(1)} s, ` +
        `full build -no-resume ${(run3.wallMs / 1000).toFixed(1)} s`,
    );
  }, 600_000);

  it("a run killed while its checkpoint image is made: its post step deletes it; another run's checkpoint stays", async () => {
    const ws = workspace("killed");
    const kept = await main(ws, { variables: "app_version=1", checkpoint: "1" });
    expect(kept.exitCode, kept.stdout).toBe(0);
    const keptCkpt = JSON.parse(kept.outputs.builds)[0].checkpoints.taken[0].image_id as string;

    // Same template, another base: no resume, its own checkpoint.
    const ws2 = workspace("killed-2");
    const killed = await main(
      ws2,
      { variables: "app_version=1", checkpoint: "1" },
      { killOn: /creating image (m-[\w-]+) from snapshot (s-[\w-]+)/, killSignal: "SIGKILL" },
    );
    expect(killed.signal).toBe("SIGKILL");
    const [, image, snapshot] =
      /creating image (m-[\w-]+) from snapshot (s-[\w-]+)/.exec(killed.stdout) ?? [];
    expect(image, killed.stdout).toBeDefined();
    expect(tagsOf(await describeImage(image))["image-build:final"]).toBeUndefined();

    const p = await post(ws2, killed.state);
    expect(p.exitCode, p.stdout).toBe(0);
    expect(await describeImage(image)).toBeUndefined();
    expect(await snapshotExists(snapshot)).toBe(false);
    expect(emu.leakCheck({ tags: { "image-build:run": killed.state["run-id"] } })).toEqual([]);
    // The other run's checkpoint is final: never this run's to delete.
    expect((await describeImage(keptCkpt))?.status).toBe("Available");
  }, 600_000);
});
