/**
 * Step 14, the image (Packer's stepCreateAlicloudImage): CreateImage from the instance (or the
 * system disk snapshot) with name, version, description, family, boot mode, resource group and
 * the image tags (the template's `tags` and the run's, but not the fingerprint: the image is not
 * final yet, see final-mark.ts) in the call, then a wait that reports the image's Progress, bounded
 * by `wait_snapshot_ready_timeout`, ending at once on CreateFailed. A failed or cancelled build
 * deletes the image and its snapshots, unless the build already kept it (the artifact step took it
 * out of the ledger: from then on it is never deleted). `skip_create_image` skips it.
 * With `image_encrypted`, the image is temporary: the copy step makes the encrypted one, and this
 * cleanup deletes it.
 */
import { randomBytes } from "node:crypto";
import * as $Ecs from "@alicloud/ecs20140526";
import { describeImage } from "../../../cloud/describe.js";
import { waitForImage } from "../../../cloud/waiters.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { provisionalTags } from "./final-mark.js";
import { deleteImageAndSnapshots, deleteSnapshot, snapshotsOf } from "./images.js";
import { cleanupMessage, messageOf, tagList } from "./util.js";

export const createImage: Step<AlicloudBuildContext> = {
  name: "create image",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (c.skipCreateImage) {
      ctx.ui.say("Skipping image creation...");
      return SKIPPED;
    }
    // Packer: with image_encrypted, a temporary image is made, copied encrypted under image_name
    // in the same region (copy step), and deleted once the build succeeded.
    const name =
      c.imageEncrypted === true ? `packer_${randomBytes(4).toString("hex").slice(0, 7)}` : c.imageName;
    ctx.ui.say(`Creating image: ${name}`);
    const tags = provisionalTags(ctx.imageTags);
    const r = await cloud.ecs(
      "CreateImage",
      (e, a) =>
        e.createImage(
          new $Ecs.CreateImageRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            imageName: name,
            ...(ctx.snapshotId ? { snapshotId: ctx.snapshotId } : { instanceId: ctx.instanceId }),
            ...(c.imageVersion ? { imageVersion: c.imageVersion } : {}),
            ...(c.imageDescription ? { description: c.imageDescription } : {}),
            ...(c.targetImageFamily ? { imageFamily: c.targetImageFamily } : {}),
            ...(c.bootMode ? { bootMode: c.bootMode } : {}),
            ...(c.resourceGroupId ? { resourceGroupId: c.resourceGroupId } : {}),
            ...(Object.keys(tags).length > 0
              ? { tag: tagList(tags, (kv) => new $Ecs.CreateImageRequestTag(kv)) }
              : {}),
          }),
        ),
      { resource: `image ${name}`, signal },
    );
    const id = r.body?.imageId;
    if (!id) throw new Error("CreateImage returned no ImageId");
    // Recorded before the wait, so that a timeout or a cancel still deletes it.
    ctx.ledger.add({ type: "image", id, region: cloud.region });
    ctx.imageId = id;
    ctx.images[cloud.region] = id;
    const w = await waitForImage(cloud, id, {
      signal,
      ui: ctx.ui,
      timeoutMs: c.waitSnapshotReadyTimeout * 1000,
    }).catch((err) => {
      throw new Error(`Timeout waiting for image to be created: ${messageOf(err)}`, { cause: err });
    });
    ctx.imageSnapshotIds = snapshotsOf(w.resource);
    for (const s of ctx.imageSnapshotIds) ctx.ledger.add({ type: "snapshot", id: s, region: cloud.region });
    ctx.ui.message(`Created image: ${id}`);
  },
  async cleanup(ctx, outcome) {
    const id = ctx.imageId;
    const temporary = ctx.config.imageEncrypted === true;
    if (!id || (!outcome.halted && !temporary)) return;
    // Kept by the artifact step (recorded before it is marked final): never deleted.
    if (!ctx.ledger.has("image", id)) return;
    ctx.ui.say(
      outcome.halted ? cleanupMessage(outcome, "image and snapshots") : `Deleting temporary image ${id}...`,
    );
    const image = await describeImage(ctx.cloud, id);
    const snapshots = new Set([...ctx.imageSnapshotIds, ...snapshotsOf(image)]);
    if (image) await deleteImageAndSnapshots(ctx.cloud, id, { snapshots: false, known: image });
    for (const s of snapshots) await deleteSnapshot(ctx.cloud, s);
    ctx.ledger.remove("image", id);
    for (const s of snapshots) ctx.ledger.remove("snapshot", s);
    if (ctx.images[ctx.cloud.region] === id) delete ctx.images[ctx.cloud.region];
  },
};
