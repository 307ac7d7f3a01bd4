/**
 * Step 16, copies to other regions (Packer's stepRegionCopyAlicloudImage): CopyImage to every
 * `image_copy_regions` entry (named `image_copy_names[i]`, tagged with the image's tags but not the
 * fingerprint, which the artifact step adds once the build is final) in
 * parallel, then WAITS for every copy to be Available within `wait_copying_image_ready_timeout`
 * (Packer does not wait, so its artifact can name images still being copied) and tags the copy's
 * snapshots as well. A failed or cancelled build cancels copies in progress and deletes finished
 * ones.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { tagResources } from "../../../cloud/tags.js";
import { waitForImage } from "../../../cloud/waiters.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { provisionalTags } from "./final-mark.js";
import { deleteImageAndSnapshots, snapshotsOf } from "./images.js";
import { cleanupMessage, messageOf, tagList } from "./util.js";

export const copyImages: Step<AlicloudBuildContext> = {
  name: "copy image",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    const imageId = ctx.imageId;
    const targets = c.imageCopyRegions
      .map((region, i) => ({ region, name: c.imageCopyNames[i] ?? "", kms: c.kmsKeyCopyIds[i] ?? "" }))
      .filter((t) => t.region !== c.region);
    // image_encrypted: the image under image_name in the source region is an encrypted copy.
    if (c.imageEncrypted === true) targets.push({ region: c.region, name: c.imageName, kms: c.kmsKeyId });
    if (!imageId || targets.length === 0) return SKIPPED;
    ctx.ui.say(`Copying image ${imageId} to ${targets.map((t) => t.region).join(", ")}...`);
    const failures: string[] = [];
    const copyTags = provisionalTags(ctx.imageTags);
    await Promise.all(
      targets.map(async (t) => {
        try {
          const r = await cloud.ecs(
            "CopyImage",
            (e, a) =>
              e.copyImage(
                new $Ecs.CopyImageRequest({
                  regionId: cloud.region,
                  clientToken: a.clientToken,
                  imageId,
                  destinationRegionId: t.region,
                  ...(t.name ? { destinationImageName: t.name } : {}),
                  ...(c.resourceGroupId ? { resourceGroupId: c.resourceGroupId } : {}),
                  ...(c.imageEncrypted !== undefined ? { encrypted: c.imageEncrypted } : {}),
                  ...(c.imageEncrypted && t.kms ? { KMSKeyId: t.kms } : {}),
                  ...(Object.keys(copyTags).length > 0
                    ? { tag: tagList(copyTags, (kv) => new $Ecs.CopyImageRequestTag(kv)) }
                    : {}),
                }),
              ),
            { resource: `image ${imageId} to ${t.region}`, signal },
          );
          const copy = r.body?.imageId;
          if (!copy) throw new Error("CopyImage returned no ImageId");
          ctx.ledger.add({ type: "image-copy", id: copy, region: t.region, meta: { source: imageId } });
          ctx.images[t.region] = copy;
          ctx.ui.message(`Copying to ${t.region}: ${copy}`);
          const w = await waitForImage(cloud.forRegion(t.region), copy, {
            signal,
            ui: ctx.ui,
            timeoutMs: c.waitCopyingImageReadyTimeout * 1000,
          });
          ctx.ui.message(`Copied to ${t.region}: ${copy}`);
          // The copy's snapshots carry the image's tags too (CopyImage tags the image only).
          const snapshots = snapshotsOf(w.resource);
          if (Object.keys(ctx.imageTags).length > 0 && snapshots.length > 0) {
            await tagResources(cloud.forRegion(t.region), "snapshot", snapshots, ctx.imageTags, { signal });
          }
        } catch (err) {
          failures.push(`${t.region}: ${messageOf(err)}`);
        }
      }),
    );
    if (failures.length > 0) throw new Error(`Copying image ${imageId} failed:\n${failures.join("\n")}`);
  },
  async cleanup(ctx, outcome) {
    const copies = ctx.ledger.list("image-copy");
    if (!outcome.halted || copies.length === 0) return;
    ctx.ui.say(cleanupMessage(outcome, "image copies"));
    const errors: string[] = [];
    await Promise.all(
      copies.map(async (e) => {
        try {
          await deleteImageAndSnapshots(ctx.cloud.forRegion(e.region), e.id, { snapshots: true });
          ctx.ledger.remove("image-copy", e.id);
          delete ctx.images[e.region];
        } catch (err) {
          errors.push(`${e.region} ${e.id}: ${messageOf(err)}`);
        }
      }),
    );
    if (errors.length > 0) throw new Error(`Failed to remove image copies:\n${errors.join("\n")}`);
  },
};
