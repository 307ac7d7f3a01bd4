// Images made directly on the emulator with the official SDK (CreateImage from an instance, then
// tags), aged by setting their creation time in the model, for the retention tests.
import type { Emulator } from "../../../emulator/index.js";
import type { ImageRecord, SnapshotRecord } from "../../../emulator/model/resources.js";
import {
  BASE_TAG,
  CHECKPOINT_TAG,
  FINAL_TAG,
  FINGERPRINT_TAG,
  TEMPLATE_TAG,
} from "../../../src/builders/reuse.js";
import { BUILD_TAG } from "../../../src/cloud/tags.js";
import { $Ecs, ecsClient, waitFor } from "../../emulator/services/clients.js";

const BASE_IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";

/** A stopped instance per region, to make images from. */
const makers = new Map<string, string>();

/** An instance of the emulator in `region` (created stopped), running from `imageId`. */
export async function instanceFrom(emu: Emulator, region: string, imageId = BASE_IMAGE): Promise<string> {
  const ecs = ecsClient(emu);
  const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: region }));
  const r = await ecs.createInstance(
    new $Ecs.CreateInstanceRequest({
      regionId: region,
      imageId,
      instanceType: "ecs.g6.large",
      securityGroupId: sg.body!.securityGroupId,
    }),
  );
  emu.model!.tick();
  return r.body!.instanceId!;
}

/** Waits for an image to be Available. */
async function available(emu: Emulator, region: string, imageId: string): Promise<void> {
  await waitFor(async () => {
    emu.model!.tick();
    const d = await ecsClient(emu).describeImages(
      new $Ecs.DescribeImagesRequest({ regionId: region, imageId, status: "Available,Creating" }),
    );
    return d.body?.images?.image?.[0]?.status === "Available";
  }, 20_000);
}

/** Sets an image's creation time to `minutesAgo` minutes ago (the model's record). */
export function age(emu: Emulator, imageId: string, minutesAgo: number): void {
  const rec = emu.model!.state.store<ImageRecord>("image").get(imageId);
  if (!rec) throw new Error(`no image ${imageId}`);
  rec.createdAt = Date.now() - minutesAgo * 60_000;
}

/** Tags of a final image of a template's build. */
export function finalImageTags(templateId: string, build: string, extra: Record<string, string> = {}) {
  return {
    [TEMPLATE_TAG]: templateId,
    [BUILD_TAG]: build,
    [FINGERPRINT_TAG]: "f".repeat(64),
    [FINAL_TAG]: "run-1",
    ...extra,
  };
}

/** Tags of a checkpoint image of a template's build. */
export function checkpointTags(templateId: string, build: string, base?: string) {
  return {
    [TEMPLATE_TAG]: templateId,
    [BUILD_TAG]: build,
    [CHECKPOINT_TAG]: "c".repeat(64),
    [FINAL_TAG]: "run-1",
    ...(base ? { [BASE_TAG]: base } : {}),
  };
}

/** Makes an Available image in `region` carrying `tags`, created `minutesAgo` minutes ago. */
export async function makeImage(
  emu: Emulator,
  o: { region?: string; tags: Record<string, string>; minutesAgo: number; name?: string },
): Promise<string> {
  const region = o.region ?? "cn-hangzhou";
  let maker = makers.get(`${emu.endpoints.ecsEndpoint} ${region}`);
  if (!maker) {
    maker = await instanceFrom(emu, region);
    makers.set(`${emu.endpoints.ecsEndpoint} ${region}`, maker);
  }
  const r = await ecsClient(emu).createImage(
    new $Ecs.CreateImageRequest({
      regionId: region,
      instanceId: maker,
      ...(o.name ? { imageName: o.name } : {}),
      tag: Object.entries(o.tags).map(([key, value]) => new $Ecs.CreateImageRequestTag({ key, value })),
    }),
  );
  const id = r.body!.imageId!;
  await available(emu, region, id);
  age(emu, id, o.minutesAgo);
  return id;
}

/** Copies an image to `region` with `tags` (CopyImage), waits for it, ages it as its source. */
export async function copyImage(
  emu: Emulator,
  o: { imageId: string; from?: string; to: string; tags: Record<string, string>; minutesAgo: number },
): Promise<string> {
  const r = await ecsClient(emu).copyImage(
    new $Ecs.CopyImageRequest({
      regionId: o.from ?? "cn-hangzhou",
      imageId: o.imageId,
      destinationRegionId: o.to,
      tag: Object.entries(o.tags).map(([key, value]) => new $Ecs.CopyImageRequestTag({ key, value })),
    }),
  );
  const id = r.body!.imageId!;
  await available(emu, o.to, id);
  age(emu, id, o.minutesAgo);
  return id;
}

/** Whether an image exists (any status) in the model. */
export function imageExists(emu: Emulator, imageId: string): boolean {
  return emu.model!.state.store<ImageRecord>("image").has(imageId);
}

/** Whether a snapshot exists in the model. */
export function snapshotExists(emu: Emulator, snapshotId: string): boolean {
  return emu.model!.state.store<SnapshotRecord>("snapshot").has(snapshotId);
}

/** The snapshot ids of an image (the model's record). */
export function snapshotsOfImage(emu: Emulator, imageId: string): string[] {
  const rec = emu.model!.state.store<ImageRecord>("image").get(imageId);
  return (rec?.mappings ?? []).map((m) => m.snapshotId);
}
