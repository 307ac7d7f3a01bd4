/** Image helpers shared by the image steps: find own images by name, delete an image and its snapshots. */
import * as $Ecs from "@alicloud/ecs20140526";
import type { Cloud } from "../../../cloud/cloud.js";
import { describeImage, type Image } from "../../../cloud/describe.js";
import type { AlicloudEcsConfig } from "../config.js";
import { listOwnImages } from "../own-images.js";
import { deleteIgnoringNotFound, errorCode } from "./util.js";

/**
 * Where the build's images will be, under which names: the source region with `image_name`, then
 * each copy region with `image_copy_names[i]`, or `image_name` (a copy keeps its source's name).
 */
export function imageTargets(c: AlicloudEcsConfig): { region: string; name: string }[] {
  const out = [{ region: c.region, name: c.imageName }];
  c.imageCopyRegions.forEach((region, i) => {
    if (region !== c.region) out.push({ region, name: c.imageCopyNames[i] || c.imageName });
  });
  return out;
}

/** Own images named exactly `name` in the cloud's region. */
export async function ownImagesNamed(cloud: Cloud, name: string, signal?: AbortSignal): Promise<Image[]> {
  return listOwnImages(cloud, { name, signal });
}

/** Snapshot ids behind an image. */
export function snapshotsOf(image: Image | undefined): string[] {
  return (image?.diskDeviceMappings?.diskDeviceMapping ?? [])
    .map((m) => m.snapshotId ?? "")
    .filter((s) => s !== "");
}

/** Deletes one snapshot; idempotent. */
export async function deleteSnapshot(cloud: Cloud, id: string, signal?: AbortSignal): Promise<void> {
  await deleteIgnoringNotFound(() =>
    cloud.ecs(
      "DeleteSnapshot",
      (e) => e.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: id, force: true })),
      {
        resource: `snapshot ${id}`,
        retryCodes: ["SnapshotCreatedImage", "IncorrectSnapshotStatus"],
        policy: { maxAttempts: 20, maxElapsedMs: 60_000, baseDelayMs: 250, maxDelayMs: 3_000 },
        signal,
      },
    ),
  );
}

/**
 * Deletes an image (a copy still in progress is cancelled instead) and, when asked, the snapshots
 * behind it; idempotent. `known` is the image as last described, to save a call.
 */
export async function deleteImageAndSnapshots(
  cloud: Cloud,
  imageId: string,
  opts: { snapshots: boolean; known?: Image; signal?: AbortSignal },
): Promise<void> {
  const image = opts.known ?? (await describeImage(cloud, imageId, { signal: opts.signal }));
  if (!image) return;
  if (image.status === "Creating" || image.status === "Waiting") {
    if (image.isCopied) {
      await deleteIgnoringNotFound(() =>
        cloud.ecs(
          "CancelCopyImage",
          (e) => e.cancelCopyImage(new $Ecs.CancelCopyImageRequest({ regionId: cloud.region, imageId })),
          { resource: `image ${imageId}`, signal: opts.signal },
        ),
      );
      return;
    }
  }
  const del = () =>
    deleteIgnoringNotFound(() =>
      cloud.ecs(
        "DeleteImage",
        (e) => e.deleteImage(new $Ecs.DeleteImageRequest({ regionId: cloud.region, imageId })),
        { resource: `image ${imageId}`, signal: opts.signal },
      ),
    );
  try {
    await del();
  } catch (err) {
    if (errorCode(err) !== "ImageUseShared") throw err;
    // A shared image cannot be deleted: take the sharing back first (Packer's Destroy does too).
    await unshareAll(cloud, imageId, opts.signal);
    await del();
  }
  if (opts.snapshots) for (const s of snapshotsOf(image)) await deleteSnapshot(cloud, s, opts.signal);
}

/** Removes every account an image is shared with. */
export async function unshareAll(cloud: Cloud, imageId: string, signal?: AbortSignal): Promise<void> {
  const r = await cloud.ecs(
    "DescribeImageSharePermission",
    (e) =>
      e.describeImageSharePermission(
        new $Ecs.DescribeImageSharePermissionRequest({ regionId: cloud.region, imageId, pageSize: 100 }),
      ),
    { resource: `image ${imageId}`, signal },
  );
  const accounts = (r.body?.accounts?.account ?? []).map((a) => a.aliyunId ?? "").filter((a) => a !== "");
  for (let i = 0; i < accounts.length; i += 10) {
    await cloud.ecs(
      "ModifyImageSharePermission",
      (e) =>
        e.modifyImageSharePermission(
          new $Ecs.ModifyImageSharePermissionRequest({
            regionId: cloud.region,
            imageId,
            removeAccount: accounts.slice(i, i + 10),
          }),
        ),
      { resource: `image ${imageId}`, signal },
    );
  }
}
