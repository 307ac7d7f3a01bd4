import { waitForSnapshot } from "../../../cloud/waiters.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { deleteSnapshot } from "./images.js";
import { snapshotDisk, systemDisk } from "./system-disk.js";
import { cleanupMessage, messageOf } from "./util.js";

export const systemSnapshot: Step<AlicloudBuildContext> = {
  name: "system disk snapshot",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (!c.imageIgnoreDataDisks || c.skipCreateImage) return SKIPPED;
    const disk = await systemDisk(ctx, signal);
    ctx.ui.say(`Creating snapshot from system disk ${disk}...`);
    const id = await snapshotDisk(ctx, disk, { ...c.tags, ...ctx.resourceTags }, signal);
    ctx.snapshotId = id;
    await waitForSnapshot(cloud, id, {
      signal,
      ui: ctx.ui,
      timeoutMs: c.waitSnapshotReadyTimeout * 1000,
    }).catch((err) => {
      throw new Error(`Timeout waiting for snapshot to be created: ${messageOf(err)}`, { cause: err });
    });
    ctx.ui.message(`Created snapshot: ${id}`);
  },
  async cleanup(ctx, outcome) {
    const id = ctx.snapshotId;
    if (!id || !outcome.halted) return;
    ctx.ui.say(cleanupMessage(outcome, "snapshot"));
    await deleteSnapshot(ctx.cloud, id);
    ctx.ledger.remove("snapshot", id);
  },
};
