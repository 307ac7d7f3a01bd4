/**
 * Step 13, the system disk snapshot for `image_ignore_data_disks` (Packer's
 * stepCreateAlicloudSnapshot): DescribeDisks, CreateSnapshot (tagged), wait for it. The snapshot
 * becomes part of the image; it is deleted only when the build fails or is cancelled.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { waitForSnapshot } from "../../../cloud/waiters.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { deleteSnapshot } from "./images.js";
import { systemDisk } from "./system-disk.js";
import { cleanupMessage, messageOf, tagList } from "./util.js";

export const systemSnapshot: Step<AlicloudBuildContext> = {
  name: "system disk snapshot",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (!c.imageIgnoreDataDisks || c.skipCreateImage) return SKIPPED;
    const disk = await systemDisk(ctx, signal);
    ctx.ui.say(`Creating snapshot from system disk ${disk}...`);
    const r = await cloud.ecs(
      "CreateSnapshot",
      (e, a) =>
        e.createSnapshot(
          new $Ecs.CreateSnapshotRequest({
            diskId: disk,
            clientToken: a.clientToken,
            tag: tagList({ ...c.tags, ...ctx.resourceTags }, (kv) => new $Ecs.CreateSnapshotRequestTag(kv)),
          }),
        ),
      { resource: `disk ${disk}`, signal },
    );
    const id = r.body?.snapshotId;
    if (!id) throw new Error("CreateSnapshot returned no SnapshotId");
    ctx.ledger.add({ type: "snapshot", id, region: cloud.region });
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
