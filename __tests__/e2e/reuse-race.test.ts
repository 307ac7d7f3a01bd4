// The reuse race (issue 16, item 1), with the action's real bundles on the emulator: run A is
// killed (SIGKILL) right after its image exists, and again while its copy to another region is in
// progress; run B with the same inputs then runs to its end; A's post step sweeps A's saved
// ledger. B never reuses A's unfinished images (they carry no fingerprint until final), and B's
// images survive A's post step; A's are deleted.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";
import { $Ecs, ecsClient, waitFor } from "../emulator/services/clients.js";
import { node24 } from "./node24.js";

const ROOT = resolve(__dirname, "../..");
const NODE = node24().node ?? process.execPath;
let MAIN: string;
let POST: string;
let emu: Emulator;

/** A workspace with examples/; `copyTo` adds `image_copy_regions` to the web template. */
function workspace(copyTo?: string): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-race-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
  const file = join(ws, "examples/web.json");
  const t = JSON.parse(readFileSync(file, "utf8"));
  const port = emu.machines?.sshPort ?? 22;
  if (port !== 22) t.builders[0].ssh_port = port;
  if (copyTo) t.builders[0].image_copy_regions = [copyTo];
  writeFileSync(file, JSON.stringify(t, null, 2));
  return ws;
}

/** The image as the cloud describes it (any status), or undefined once it is gone. */
async function image(region: string, id: string) {
  const r = await ecsClient(emu).describeImages(
    new $Ecs.DescribeImagesRequest({
      regionId: region,
      imageId: id,
      status: "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated",
    }),
  );
  return r.body?.images?.image?.find((i) => i.imageId === id);
}

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  MAIN = join(out, "main/index.js");
  POST = join(out, "post/index.js");
  // Slow enough that the kill lands between the image's creation and the build's end.
  emu = await startEmulator({ profile: "realistic", timeScale: 0.04, tls: false, imds: false });
}, 600_000);
afterAll(async () => {
  await emu?.stop();
});

describe("reuse race: a killed run's post step never deletes another run's image", () => {
  it.each([
    ["killed right after CreateImage", undefined, /Created image: (m-[\w-]+)/],
    ["killed while its copy is in progress", "cn-beijing", /Copying to cn-beijing: (m-[\w-]+)/],
  ] as const)(
    "%s",
    async (_, copyTo, at) => {
      const ws = workspace(copyTo);
      const inputs = { template: "examples/web.json", variables: `app_version=race-${Date.now()}\n` };
      const a = await runStep({
        node: NODE,
        bundle: MAIN,
        workspace: ws,
        inputs,
        env: emu.env,
        killOn: at,
        killSignal: "SIGKILL",
      });
      expect(a.signal).toBe("SIGKILL");
      const aImage =
        /Creat(?:ing|ed) image: (m-[\w-]+)/.exec(a.stdout)?.[1] ??
        /Waiting for image (m-[\w-]+)/.exec(a.stdout)?.[1];
      expect(aImage, a.stdout).toBeDefined();
      const aImages: [string, string][] = [["cn-hangzhou", aImage as string]];
      if (copyTo) {
        const copy = at.exec(a.stdout)?.[1] as string;
        aImages.push([copyTo, copy]);
        // The copy finishes without A: in the old order it then carried the fingerprint.
        await waitFor(async () => (await image(copyTo, copy))?.status === "Available", 60_000);
      }
      for (const [r, id] of aImages) {
        const tags = (await image(r, id))?.tags?.tag ?? [];
        expect(tags.map((t) => t.tagKey)).not.toContain("image-build:fingerprint");
        expect(tags.map((t) => t.tagKey)).not.toContain("image-build:final");
      }

      const b = await runStep({ node: NODE, bundle: MAIN, workspace: ws, inputs, env: emu.env });
      expect(b.exitCode, b.stdout).toBe(0);
      const bImages = JSON.parse(b.outputs["image-ids"]) as Record<string, string>;
      expect(b.stdout).not.toContain("Reusing the image");
      for (const [r, id] of aImages) expect(bImages[r]).not.toBe(id);
      for (const [r, id] of Object.entries(bImages)) {
        const tags = Object.fromEntries(
          ((await image(r, id))?.tags?.tag ?? []).map((t) => [t.tagKey, t.tagValue]),
        );
        expect(tags["image-build:final"]).toBe(b.state["run-id"]);
        expect(tags["image-build:fingerprint"]).toMatch(/^[0-9a-f]{64}$/);
      }

      const post = await runStep({
        node: NODE,
        bundle: POST,
        workspace: ws,
        inputs,
        env: emu.env,
        state: a.state,
      });
      expect(post.exitCode, post.stdout).toBe(0);
      for (const [r, id] of aImages) expect(await image(r, id)).toBeUndefined();
      for (const [r, id] of Object.entries(bImages)) expect((await image(r, id))?.status).toBe("Available");

      // And a third run reuses B's images: they are final.
      const c = await runStep({ node: NODE, bundle: MAIN, workspace: ws, inputs, env: emu.env });
      expect(c.exitCode, c.stdout).toBe(0);
      expect(JSON.parse(c.outputs["image-ids"])).toEqual(bImages);
      expect(c.outputs.reused ?? "").toBe("true");
    },
    240_000,
  );
});
