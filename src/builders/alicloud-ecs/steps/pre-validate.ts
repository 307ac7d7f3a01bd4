/**
 * Step 1, pre-validation (Packer's stepPreValidate): the source and copy regions exist (one
 * DescribeRegions for all of them, where Packer makes one per region), and the image name is
 * free unless `image_force_delete` (or `-force`) will delete the image that holds it.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { ALL_IMAGE_STATUSES } from "../../../cloud/describe.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const preValidate: Step<AlicloudBuildContext> = {
  name: "pre-validate",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (c.skipRegionValidation) {
      ctx.ui.say(
        "Skip region validation flag found, skipping prevalidating source region and copied regions.",
      );
    } else {
      ctx.ui.say("Prevalidating source region and copied regions...");
      const r = await cloud.ecs(
        "DescribeRegions",
        (e) => e.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: "en-US" })),
        { signal },
      );
      const known = new Set((r.body?.regions?.region ?? []).map((x) => x.regionId));
      for (const region of [c.region, ...c.imageCopyRegions]) {
        if (!known.has(region)) throw new Error(`Not a valid alicloud region: ${region}`);
      }
    }
    if (c.imageForceDelete) {
      ctx.ui.say("Force delete flag found, skipping prevalidating image name.");
      return;
    }
    ctx.ui.say("Prevalidating image name...");
    let images: $Ecs.DescribeImagesResponseBodyImagesImage[];
    try {
      const r = await cloud.ecs(
        "DescribeImages",
        (e) =>
          e.describeImages(
            new $Ecs.DescribeImagesRequest({
              regionId: cloud.region,
              imageName: c.imageName,
              imageOwnerAlias: "self",
              status: ALL_IMAGE_STATUSES,
            }),
          ),
        { resource: `image name ${c.imageName}`, signal },
      );
      images = r.body?.images?.image ?? [];
    } catch (err) {
      throw new Error(`Error querying alicloud image: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    const same = images.find((im) => im.imageName === c.imageName);
    if (same) {
      throw new Error(
        `Error: Image Name: '${c.imageName}' is used by an existing alicloud image: ${same.imageId}`,
      );
    }
  },
};
