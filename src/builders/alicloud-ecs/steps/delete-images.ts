/**
 * Step 12, force delete (Packer's stepDeleteAlicloudImageSnapshots, with `image_force_delete` or
 * `-force`): own images named `image_name` in the source region, and `image_copy_names[i]` in
 * `image_copy_regions[i]`, are deleted, with their snapshots when `image_force_delete_snapshots`.
 * A copy region without a name is checked for `image_name` (the name its copy will take); Packer
 * skips it, so its CopyImage fails on a rebuild.
 */
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { deleteImageAndSnapshots, imageTargets, ownImagesNamed } from "./images.js";

export const deleteImages: Step<AlicloudBuildContext> = {
  name: "delete same-name images",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (!c.imageForceDelete) return SKIPPED;
    ctx.ui.say(`Deleting images with name ${c.imageName}...`);
    await Promise.all(
      imageTargets(c).map(async ({ region, name }) => {
        const rc = cloud.forRegion(region);
        for (const image of await ownImagesNamed(rc, name, signal)) {
          if (!image.imageId) continue;
          await deleteImageAndSnapshots(rc, image.imageId, {
            snapshots: c.imageForceDeleteSnapshots,
            known: image,
            signal,
          }).catch((err) => {
            throw new Error(`Failed to delete image: ${err instanceof Error ? err.message : err}`, {
              cause: err,
            });
          });
          ctx.ui.message(`Deleted image ${image.imageId} (${region})`);
        }
      }),
    );
  },
};
