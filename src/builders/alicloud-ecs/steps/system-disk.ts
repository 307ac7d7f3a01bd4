/**
 * The build instance's system disk: looked up once, and snapshotted (the checkpoints and the
 * system snapshot of `image_ignore_data_disks`).
 */
import * as $Ecs from "@alicloud/ecs20140526";
import type { AlicloudBuildContext } from "../context.js";
import { tagList } from "./util.js";

/** The id of the instance's system disk (DescribeDisks, once a build: the context keeps it). */
export async function systemDisk(ctx: AlicloudBuildContext, signal: AbortSignal): Promise<string> {
  if (ctx.systemDiskId) return ctx.systemDiskId;
  const { cloud } = ctx;
  const disks = await cloud.ecs(
    "DescribeDisks",
    (e) =>
      e.describeDisks(
        new $Ecs.DescribeDisksRequest({
          regionId: cloud.region,
          instanceId: ctx.instanceId,
          diskType: "system",
        }),
      ),
    { resource: `instance ${ctx.instanceId}`, signal },
  );
  const disk = disks.body?.disks?.disk?.[0]?.diskId;
  if (!disk) throw new Error(`Unable to find system disk for instance ${ctx.instanceId}`);
  ctx.systemDiskId = disk;
  return disk;
}

/** CreateSnapshot of `disk` with `tags`; the snapshot enters the ledger at once. Returns its id. */
export async function snapshotDisk(
  ctx: AlicloudBuildContext,
  disk: string,
  tags: Record<string, string>,
  signal: AbortSignal,
): Promise<string> {
  const { cloud } = ctx;
  const r = await cloud.ecs(
    "CreateSnapshot",
    (e, a) =>
      e.createSnapshot(
        new $Ecs.CreateSnapshotRequest({
          diskId: disk,
          clientToken: a.clientToken,
          tag: tagList(tags, (kv) => new $Ecs.CreateSnapshotRequestTag(kv)),
        }),
      ),
    { resource: `disk ${disk}`, signal },
  );
  const id = r.body?.snapshotId;
  if (!id) throw new Error("CreateSnapshot returned no SnapshotId");
  ctx.ledger.add({ type: "snapshot", id, region: cloud.region });
  return id;
}
