// Retention against the emulator over real HTTP (official SDK): the newest N final images of a
// template's build kept, older ones and their snapshots deleted in the build region and a copy
// region; images in use or shared kept and reported; other templates, other builds, unfinished and
// untagged images untouched; checkpoint images kept while a kept image descends from them or they
// are newer than the newest kept image; a dry run changes nothing and plans what a real run does.
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { TEMPLATE_TAG } from "../../../src/builders/reuse.js";
import { BUILD_TAG } from "../../../src/cloud/tags.js";
import type { PreparedBuild } from "../../../src/engine/prepare.js";
import { type PruneBuildsResult, pruneBuilds } from "../../../src/engine/prune.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { RecordingUi } from "../../../src/ui/recording.js";
import { emulatorCloud } from "../../cloud/helpers.js";
import { $Ecs, ecsClient } from "../../emulator/services/clients.js";
import { builder, buildTemplate, writeTemplate } from "./helpers.js";
import {
  checkpointTags,
  copyImage,
  finalImageTags,
  imageExists,
  instanceFrom,
  makeImage,
  snapshotExists,
  snapshotsOfImage,
} from "./prune-helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", tls: false, imds: false, machines: false });
});
afterAll(async () => emu?.stop());

/** The prepared builds of a template. */
async function prepared(
  builders: Record<string, unknown>[],
  variables?: Record<string, string>,
): Promise<PreparedBuild[]> {
  const path = writeTemplate(variables ? { variables, builders } : { builders });
  const v = await validateTemplate({ path, env: emu.env, cwd: tmpdir() });
  if (!v.ok) throw new Error(v.diagnostics.map((d) => d.message).join("; "));
  return v.prepared;
}

async function prune(
  builds: PreparedBuild[],
  templateId: string,
  keep: number,
  o: { dryRun?: boolean; protect?: string[] } = {},
): Promise<PruneBuildsResult> {
  return pruneBuilds(builds, {
    templateId,
    keep,
    ui: new RecordingUi(),
    cloudFor: (b) => emulatorCloud(emu, { region: b.builder.config.region }),
    ...o,
  });
}

const images = (r: PruneBuildsResult) => r.builds.flatMap((b) => b.images);
const outcomeOf = (r: PruneBuildsResult, id: string) => images(r).find((i) => i.imageId === id);

describe("prune (keep-images, image-build prune)", () => {
  it("keeps the newest N, deletes older ones with their snapshots, in the build region and a copy region", async () => {
    const tpl = "org/repo:keep-n.json";
    const tags = finalImageTags(tpl, "web");
    const made: { hz: string; sh: string }[] = [];
    for (const minutesAgo of [40, 30, 20, 10]) {
      const hz = await makeImage(emu, { tags, minutesAgo });
      const sh = await copyImage(emu, { imageId: hz, to: "cn-shanghai", tags, minutesAgo });
      made.push({ hz, sh });
    }
    const snaps = made.map((m) => [...snapshotsOfImage(emu, m.hz), ...snapshotsOfImage(emu, m.sh)]);
    const before = new Map(made.flatMap((m) => [m.hz, m.sh]).map((id) => [id, snapshotsOfImage(emu, id)]));
    const snapshotsOfImageBefore = (id: string) => before.get(id) ?? [];
    expect(snaps.every((s) => s.length > 0)).toBe(true);
    const builds = await prepared([builder({ name: "web", image_copy_regions: ["cn-shanghai"] })]);

    const r = await prune(builds, tpl, 2);
    expect(r.ok).toBe(true);
    // The two oldest go in both regions, with their snapshots; the two newest stay.
    for (const [i, m] of made.entries()) {
      const gone = i < 2;
      expect(imageExists(emu, m.hz)).toBe(!gone);
      expect(imageExists(emu, m.sh)).toBe(!gone);
      for (const s of snaps[i]) expect(snapshotExists(emu, s)).toBe(!gone);
      expect(outcomeOf(r, m.hz)?.outcome).toBe(gone ? "deleted" : "kept");
      expect(outcomeOf(r, m.sh)?.outcome).toBe(gone ? "deleted" : "kept");
    }
    const deleted = outcomeOf(r, made[0].sh)!;
    expect(deleted).toMatchObject({ region: "cn-shanghai", build: "web", kind: "final" });
    expect(deleted.snapshots.map((s) => [s.id, s.outcome])).toEqual(
      snapshotsOfImageBefore(made[0].sh).map((id) => [id, "deleted"]),
    );
    expect(outcomeOf(r, made[3].hz)?.reason).toBe("one of the newest 2");

    // Again: nothing more to delete.
    const again = await prune(builds, tpl, 2);
    expect(images(again).map((i) => i.outcome)).toEqual(["kept", "kept", "kept", "kept"]);
  });

  it("keeps and reports an image in use by an instance and one shared with another account", async () => {
    const tpl = "org/repo:in-use.json";
    const tags = finalImageTags(tpl, "web");
    const inUse = await makeImage(emu, { tags, minutesAgo: 50 });
    const shared = await makeImage(emu, { tags, minutesAgo: 40 });
    const old = await makeImage(emu, { tags, minutesAgo: 30 });
    const newest = await makeImage(emu, { tags, minutesAgo: 10 });
    const instance = await instanceFrom(emu, "cn-hangzhou", inUse);
    await ecsClient(emu).modifyImageSharePermission(
      new $Ecs.ModifyImageSharePermissionRequest({
        regionId: "cn-hangzhou",
        imageId: shared,
        addAccount: ["1234567890123457"],
      }),
    );
    const builds = await prepared([builder({ name: "web" })]);

    const plan = await prune(builds, tpl, 1, { dryRun: true });
    const r = await prune(builds, tpl, 1);
    for (const x of [plan, r]) {
      expect(outcomeOf(x, inUse)).toMatchObject({
        outcome: "kept",
        candidate: true,
        reason: `in use by instance ${instance}`,
      });
      expect(outcomeOf(x, shared)).toMatchObject({
        outcome: "kept",
        candidate: true,
        reason: "shared with 1234567890123457",
      });
      expect(outcomeOf(x, newest)?.outcome).toBe("kept");
    }
    expect(outcomeOf(plan, old)?.outcome).toBe("would-delete");
    expect(outcomeOf(r, old)?.outcome).toBe("deleted");
    expect([inUse, shared, newest].map((i) => imageExists(emu, i))).toEqual([true, true, true]);
    expect(imageExists(emu, old)).toBe(false);
  });

  it("never touches another template's images, another build's, unfinished or untagged ones", async () => {
    const tpl = "org/repo:scope.json";
    const own = [
      await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 30 }),
      await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 5 }),
    ];
    const otherTemplate = await makeImage(emu, {
      tags: finalImageTags("org/repo:other.json", "web"),
      minutesAgo: 60,
    });
    const otherBuild = await makeImage(emu, { tags: finalImageTags(tpl, "db"), minutesAgo: 60 });
    const { "image-build:final": _f, ...unfinishedTags } = finalImageTags(tpl, "web");
    const unfinished = await makeImage(emu, { tags: unfinishedTags, minutesAgo: 60 });
    const untagged = await makeImage(emu, { tags: {}, minutesAgo: 60 });
    const builds = await prepared([builder({ name: "web" })]);

    const r = await prune(builds, tpl, 1);
    expect(images(r).map((i) => [i.imageId, i.outcome])).toEqual([
      [own[1], "kept"],
      [own[0], "deleted"],
    ]);
    for (const id of [own[1], otherTemplate, otherBuild, unfinished, untagged])
      expect(imageExists(emu, id)).toBe(true);
    expect(imageExists(emu, own[0])).toBe(false);
  });

  it("checkpoints: kept while a kept image descends from them (transitively) or newer than the newest kept; orphans deleted", async () => {
    const tpl = "org/repo:checkpoints.json";
    const root = await makeImage(emu, { tags: checkpointTags(tpl, "web"), minutesAgo: 70 });
    const orphan = await makeImage(emu, { tags: checkpointTags(tpl, "web"), minutesAgo: 65 });
    const base = await makeImage(emu, { tags: checkpointTags(tpl, "web", root), minutesAgo: 60 });
    const oldFinal = await makeImage(emu, {
      tags: finalImageTags(tpl, "web", { "image-build:base": orphan }),
      minutesAgo: 50,
    });
    const kept = await makeImage(emu, {
      tags: finalImageTags(tpl, "web", { "image-build:base": base }),
      minutesAgo: 20,
    });
    const fresh = await makeImage(emu, { tags: checkpointTags(tpl, "web"), minutesAgo: 5 });
    const orphanSnaps = snapshotsOfImage(emu, orphan);
    const builds = await prepared([builder({ name: "web" })]);

    const r = await prune(builds, tpl, 1);
    expect(r.ok).toBe(true);
    expect(outcomeOf(r, kept)).toMatchObject({ outcome: "kept", kind: "final" });
    expect(outcomeOf(r, oldFinal)).toMatchObject({ outcome: "deleted", kind: "final" });
    expect(outcomeOf(r, base)).toMatchObject({ outcome: "kept", kind: "checkpoint" });
    expect(outcomeOf(r, base)?.reason).toContain("descends");
    expect(outcomeOf(r, root)).toMatchObject({ outcome: "kept", kind: "checkpoint" });
    expect(outcomeOf(r, fresh)?.reason).toContain("newer than the newest kept");
    expect(outcomeOf(r, orphan)).toMatchObject({ outcome: "deleted", kind: "checkpoint" });
    expect(imageExists(emu, orphan)).toBe(false);
    for (const s of orphanSnaps) expect(snapshotExists(emu, s)).toBe(false);
    for (const id of [kept, base, root, fresh]) expect(imageExists(emu, id)).toBe(true);
  });

  it("a dry run makes every lookup, deletes nothing, and plans exactly what the real run then does", async () => {
    const tpl = "org/repo:dry.json";
    const made: string[] = [];
    for (const minutesAgo of [30, 20, 10])
      made.push(await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo }));
    const builds = await prepared([builder({ name: "web" })]);
    const state = () => ({
      images: [...emu.model!.state.store("image").keys()].sort(),
      snapshots: [...emu.model!.state.store("snapshot").keys()].sort(),
    });
    const before = state();

    const plan = await prune(builds, tpl, 1, { dryRun: true });
    expect(state()).toEqual(before);
    expect(plan.dryRun).toBe(true);
    const r = await prune(builds, tpl, 1);
    const strip = (x: PruneBuildsResult) =>
      images(x).map((i) => ({
        ...i,
        outcome: i.outcome.replace("would-delete", "deleted"),
        snapshots: i.snapshots.map((s) => ({ ...s, outcome: s.outcome.replace("would-delete", "deleted") })),
      }));
    expect(strip(plan)).toEqual(strip(r));
    expect(
      images(r)
        .filter((i) => i.outcome === "deleted")
        .map((i) => i.imageId),
    ).toEqual([made[1], made[0]]);
  });

  it("the images this run built or reused are never deleted, even when older than N others", async () => {
    const tpl = "org/repo:protect.json";
    const reused = await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 60 });
    await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 10 });
    const builds = await prepared([builder({ name: "web" })]);
    const r = await prune(builds, tpl, 1, { protect: [reused] });
    expect(outcomeOf(r, reused)).toMatchObject({ outcome: "kept", reason: "built or reused by this run" });
    expect(imageExists(emu, reused)).toBe(true);
  });

  it("a build with a template identity tags its image with it and the build name; two builds, keep 1: the first goes", async () => {
    const tpl = "org/repo:engine.json";
    const template = {
      variables: { n: "" },
      builders: [builder({ name: "web", image_name: "retain-engine-{{user `n`}}" })],
    };
    const opts = { templateId: tpl, reuse: { enabled: false } };
    const first = await buildTemplate(emu, template, { ...opts, vars: ["n=1"] });
    expect(first.ok).toBe(true);
    const firstId = first.builds[0].images["cn-hangzhou"];
    const d = await ecsClient(emu).describeImages(
      new $Ecs.DescribeImagesRequest({ regionId: "cn-hangzhou", imageId: firstId }),
    );
    const tags = Object.fromEntries(
      (d.body!.images!.image![0].tags?.tag ?? []).map((t) => [t.tagKey, t.tagValue]),
    );
    expect(tags).toMatchObject({
      [TEMPLATE_TAG]: tpl,
      [BUILD_TAG]: "web",
      "image-build:final": expect.any(String),
    });
    const { createdAt } = emu.model!.state.store("image").get(firstId) as { createdAt: number };
    (emu.model!.state.store("image").get(firstId) as { createdAt: number }).createdAt = createdAt - 60_000;
    const second = await buildTemplate(emu, template, { ...opts, vars: ["n=2"] });
    expect(second.builds[0].error).toBeUndefined();
    const secondId = second.builds[0].images["cn-hangzhou"];
    const builds = await prepared(template.builders, template.variables);
    const r = await prune(builds, tpl, 1, { protect: [secondId] });
    expect(outcomeOf(r, firstId)?.outcome).toBe("deleted");
    expect(imageExists(emu, firstId)).toBe(false);
    expect(imageExists(emu, secondId)).toBe(true);
  });

  it("the cloud refuses too: DeleteImage of an image in use (no Force), DeleteSnapshot of a snapshot an image uses", async () => {
    const image = await makeImage(emu, { tags: {}, minutesAgo: 1 });
    await instanceFrom(emu, "cn-hangzhou", image);
    const ecs = ecsClient(emu);
    await expect(
      ecs.deleteImage(new $Ecs.DeleteImageRequest({ regionId: "cn-hangzhou", imageId: image })),
    ).rejects.toThrow("ImageUsingByInstance");
    const [snapshot] = snapshotsOfImage(emu, image);
    await expect(
      ecs.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: snapshot, force: true })),
    ).rejects.toThrow("SnapshotCreatedImage");
    expect(imageExists(emu, image)).toBe(true);
    expect(snapshotExists(emu, snapshot)).toBe(true);
  });

  it("a snapshot disks were made from stays (no Force) and is reported; the image goes", async () => {
    const tpl = "org/repo:disk.json";
    const old = await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 30 });
    await makeImage(emu, { tags: finalImageTags(tpl, "web"), minutesAgo: 10 });
    const [snapshot] = snapshotsOfImage(emu, old);
    const ecs = ecsClient(emu);
    const sg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou" }),
    );
    await ecs.createInstance(
      new $Ecs.CreateInstanceRequest({
        regionId: "cn-hangzhou",
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        instanceType: "ecs.g6.large",
        securityGroupId: sg.body!.securityGroupId,
        dataDisk: [
          new $Ecs.CreateInstanceRequestDataDisk({ snapshotId: snapshot, size: 40, category: "cloud_essd" }),
        ],
      }),
    );
    const builds = await prepared([builder({ name: "web" })]);
    const r = await prune(builds, tpl, 1);
    expect(outcomeOf(r, old)?.outcome).toBe("deleted");
    expect(outcomeOf(r, old)?.snapshots).toEqual([
      { id: snapshot, outcome: "kept", detail: "disks were created from it (SnapshotCreatedDisk)" },
    ]);
    expect(imageExists(emu, old)).toBe(false);
    expect(snapshotExists(emu, snapshot)).toBe(true);
  });

  it("refuses keep 0", async () => {
    const builds = await prepared([builder({ name: "web" })]);
    await expect(prune(builds, "t", 0)).rejects.toThrow("at least 1");
  });
});
