/** The build instance's system disk: looked up once, for the checkpoints and the system snapshot. */
import * as $Ecs from "@alicloud/ecs20140526";
import type { AlicloudBuildContext } from "../context.js";

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
