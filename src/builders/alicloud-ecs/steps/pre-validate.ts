/**
 * Step 1, pre-validation (Packer's stepPreValidate): the source and copy regions exist (one
 * DescribeRegions for all of them, where Packer makes one per region), and the image names are
 * free in every region the build writes to, unless `image_force_delete` (or `-force`) will delete
 * the images that hold them.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { imageTargets, ownImagesNamed } from "./images.js";

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
    // Every region the build will put an image in (Packer checks the source region only, so a
    // rebuild with copies fails at CopyImage, after the whole build).
    const found = await Promise.all(
      imageTargets(c).map(async (t) => {
        try {
          const same = await ownImagesNamed(cloud.forRegion(t.region), t.name, signal);
          return { ...t, image: same[0] };
        } catch (err) {
          throw new Error(
            `Error querying alicloud image: ${err instanceof Error ? err.message : String(err)}`,
            {
              cause: err,
            },
          );
        }
      }),
    );
    for (const t of found) {
      if (!t.image) continue;
      throw new Error(
        t.region === c.region
          ? `Error: Image Name: '${t.name}' is used by an existing alicloud image: ${t.image.imageId}`
          : `Error: Image Name: '${t.name}' is used by an existing alicloud image in ${t.region}: ${t.image.imageId}`,
      );
    }
  },
};
