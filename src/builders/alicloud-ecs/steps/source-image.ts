/**
 * Step 2, the source image (Packer's stepCheckAlicloudSourceImage / stepCheckAlicloudImageFamily):
 * by id, one DescribeImages without an owner filter finds self, shared, system and marketplace
 * images alike; only when it finds nothing is the marketplace asked explicitly (Packer always asks
 * both). With `image_family`, DescribeImageFromFamily finds the latest image of the family. A build
 * resuming from a checkpoint starts from the checkpoint image instead (it wins over both).
 */
import * as $Ecs from "@alicloud/ecs20140526";
import type { Cloud } from "../../../cloud/cloud.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

/** The current image of an image family (DescribeImageFromFamily); throws Packer's error when there is none. */
export async function imageFromFamily(cloud: Cloud, family: string, signal?: AbortSignal): Promise<string> {
  const r = await cloud.ecs(
    "DescribeImageFromFamily",
    (e) =>
      e.describeImageFromFamily(
        new $Ecs.DescribeImageFromFamilyRequest({ regionId: cloud.region, imageFamily: family }),
      ),
    { resource: `image family ${family}`, signal },
  );
  const id = r.body?.image?.imageId;
  if (!id) throw new Error(`No alicloud image was found matching image family: ${family}`);
  return id;
}

export const sourceImage: Step<AlicloudBuildContext> = {
  name: "source image",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    // Resuming from a checkpoint: its image wins over source_image and image_family.
    const resume = ctx.checkpointPlan?.resume?.imageId;
    if (resume === undefined && c.imageFamily !== "") {
      const id = await imageFromFamily(cloud, c.imageFamily, signal);
      ctx.sourceImageId = id;
      ctx.ui.message(`Found image ID: ${id}`);
      return;
    }
    const wanted = resume ?? c.sourceImage;
    const find = async (ownerAlias?: string) => {
      const r = await cloud.ecs(
        "DescribeImages",
        (e) =>
          e.describeImages(
            new $Ecs.DescribeImagesRequest({
              regionId: cloud.region,
              imageId: wanted,
              ...(ownerAlias ? { imageOwnerAlias: ownerAlias } : {}),
              ...(c.skipImageValidation ? { showExpired: true } : {}),
            }),
          ),
        { resource: `image ${wanted}`, signal },
      );
      return (r.body?.images?.image ?? []).find((im) => im.imageId === wanted);
    };
    const image = (await find()) ?? (resume ? undefined : await find("marketplace"));
    if (!image) throw new Error(`No alicloud image was found matching filters: ${wanted}`);
    ctx.sourceImage = image;
    ctx.sourceImageId = image.imageId;
    ctx.ui.message(`Found image ID: ${image.imageId}`);
  },
};
