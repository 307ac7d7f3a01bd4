// `image-build prune` through its real entry (src/cli.ts in a child process, as a user runs it)
// against the emulator over real HTTP: the plan of a dry run changes nothing, the real run deletes
// what the plan said; the template identity is the template's path in its git work tree; usage errors.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { ImageRecord } from "../../emulator/model/resources.js";
import {
  finalImageTags,
  imageExists,
  makeImage,
  snapshotExists,
  snapshotsOfImage,
} from "../builders/alicloud-ecs/prune-helpers.js";

const ROOT = resolve(__dirname, "../..");
/** tsx, by file (the child runs in a directory without node_modules). */
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", tls: false, imds: false, machines: false });
});
afterAll(async () => emu?.stop());

/** Runs the CLI from its source entry without blocking this process (the emulator answers from it). */
function cli(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/cli.ts"), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), "home-")), ...emu.env },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, out, err }));
  });
}

/** A git work tree holding packer/web.json (one alicloud-ecs build named web). */
function repo(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "prune-repo-"));
  mkdirSync(join(root, ".git"));
  const dir = join(root, "packer");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "web.json"),
    JSON.stringify({
      builders: [
        {
          type: "alicloud-ecs",
          name: "web",
          region: "cn-hangzhou",
          image_name: "web",
          source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
          instance_type: "ecs.n1.tiny",
          communicator: "none",
        },
      ],
    }),
  );
  return { root, dir };
}

const images = () => emu.model!.state.store<ImageRecord>("image");

const state = () => ({
  images: [...emu.model!.state.store("image").keys()].sort(),
  snapshots: [...emu.model!.state.store("snapshot").keys()].sort(),
});

describe("image-build prune (source entry)", () => {
  it("-dry-run prints the plan and changes nothing; the real run deletes what it planned", async () => {
    const { dir } = repo();
    // The identity the CLI gives packer/web.json in its work tree, whatever the working directory.
    const tags = finalImageTags("packer/web.json", "web");
    const old = await makeImage(emu, { tags, minutesAgo: 30 });
    const mid = await makeImage(emu, { tags, minutesAgo: 20 });
    const newest = await makeImage(emu, { tags, minutesAgo: 10 });
    const other = await makeImage(emu, { tags: finalImageTags("packer/other.json", "web"), minutesAgo: 60 });
    const oldSnaps = snapshotsOfImage(emu, old);
    const before = state();

    const plan = await cli(["prune", "-keep=2", "-dry-run", "web.json"], dir);
    expect(plan.err).not.toMatch(/error/i);
    expect(plan.code).toBe(0);
    expect(state()).toEqual(before);
    const row = (out: string, id: string) =>
      out.split("\n").find((l) => l.startsWith("web ") && l.includes(id)) ?? "";
    expect(row(plan.out, old)).toMatch(
      /^web\s+cn-hangzhou\s+m-\S+\s+final\s+\S+Z\s+would delete\s+snapshots: /,
    );
    for (const s of oldSnaps) expect(row(plan.out, old)).toContain(`${s} would delete`);
    expect(row(plan.out, mid)).toContain("kept");
    expect(row(plan.out, newest)).toContain("one of the newest 2");
    expect(plan.out).not.toContain(other);
    expect(plan.out).toContain("1 image(s) and 1 snapshot(s) would be deleted, 2 image(s) kept (dry run");

    const real = await cli(["prune", "-keep=2", join(dir, "web.json")], tmpdir());
    expect(real.code).toBe(0);
    expect(row(real.out, old)).toMatch(/\sdeleted\s+snapshots: \S+ deleted/);
    expect(real.out).toContain("1 image(s) and 1 snapshot(s) deleted, 2 image(s) kept");
    expect(imageExists(emu, old)).toBe(false);
    for (const s of oldSnaps) expect(snapshotExists(emu, s)).toBe(false);
    for (const id of [mid, newest, other]) expect(imageExists(emu, id)).toBe(true);
  }, 60_000);

  it("-template-id chooses the identity; -only picks builds", async () => {
    const { dir } = repo();
    const tags = finalImageTags("shared/web", "web");
    const old = await makeImage(emu, { tags, minutesAgo: 30 });
    await makeImage(emu, { tags, minutesAgo: 10 });
    const skipped = await cli(
      ["prune", "-keep=1", "-template-id=shared/web", "-except=web", "web.json"],
      dir,
    );
    expect(skipped.code).toBe(1);
    expect(skipped.err).toContain("no builds to prune");
    const r = await cli(["prune", "-keep=1", "-template-id=shared/web", "-only=web", "web.json"], dir);
    expect(r.code).toBe(0);
    expect(imageExists(emu, old)).toBe(false);
  }, 60_000);

  it("images 'image-build build' made are in the scope of 'image-build prune' (same identity, final mark)", async () => {
    const root = mkdtempSync(join(tmpdir(), "prune-build-"));
    mkdirSync(join(root, ".git"));
    writeFileSync(
      join(root, "t.json"),
      JSON.stringify({
        variables: { n: "" },
        builders: [
          {
            type: "alicloud-ecs",
            region: "cn-hangzhou",
            image_name: "cli-prune-{{user `n`}}",
            source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
            instance_type: "ecs.n1.tiny",
            communicator: "none",
          },
        ],
      }),
    );
    const ids: string[] = [];
    for (const n of ["1", "2"]) {
      const b = await cli(["build", `-var=n=${n}`, "t.json"], root);
      expect(b.code, b.err).toBe(0);
      const id = /cn-hangzhou: (m-\w+)/.exec(b.out)?.[1];
      expect(id).toBeDefined();
      ids.push(id as string);
      // CreationTime is to the second: the first image is made older.
      if (n === "1") images().get(id as string)!.createdAt -= 60_000;
    }
    expect(images().get(ids[0])!.tags).toMatchObject({
      "image-build:template": "t.json",
      "image-build:build": "alicloud-ecs",
      "image-build:final": expect.any(String),
    });
    const r = await cli(["prune", "-keep=1", "-var=n=x", "t.json"], root);
    expect(r.code, r.err).toBe(0);
    expect(imageExists(emu, ids[0])).toBe(false);
    expect(imageExists(emu, ids[1])).toBe(true);
  }, 90_000);

  it("usage errors: -keep missing, 0 or not a number; help prune", async () => {
    const { dir } = repo();
    const missing = await cli(["prune", "web.json"], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("flag -keep is required");
    const zero = await cli(["prune", "-keep=0", "web.json"], dir);
    expect(zero.code).toBe(1);
    expect(zero.err).toContain('invalid value "0" for flag -keep');
    const abc = await cli(["prune", "-keep=abc", "web.json"], dir);
    expect(abc.code).toBe(1);
    expect(abc.err).toContain('invalid value "abc" for flag -keep');
    const help = await cli(["help", "prune"], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: image-build prune -keep=N [options] TEMPLATE");
    expect(help.out).toContain("-dry-run");
  }, 60_000);
});
