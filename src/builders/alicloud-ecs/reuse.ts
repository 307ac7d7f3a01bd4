/**
 * The `alicloud-ecs` image lookups of reuse: the source image resolved (`image_family` to its
 * current image), the regions of the build's images, and the images carrying a fingerprint and
 * the final mark (own, Available, in every region): the store's record confirmed with one DescribeImages per region,
 * else one tag lookup per region.
 */
import type { Cloud } from "../../cloud/cloud.js";
import type { Image } from "../../cloud/describe.js";
import {
  CHECKPOINT_TAG,
  FINAL_TAG,
  FINGERPRINT_TAG,
  type ImageReuse,
  type NotReusable,
  type Reusable,
  type ReuseStore,
} from "../reuse.js";
import type { AlicloudEcsConfig } from "./config.js";
import { listOwnImages } from "./own-images.js";
import { imageFromFamily } from "./steps/source-image.js";

/** The regions a build leaves an image in: its own, then each copy region (once each). */
export function imageRegions(c: AlicloudEcsConfig, region: string): string[] {
  return [...new Set([region, ...c.imageCopyRegions])];
}

/** The image the build starts from: `source_image`, or the current image of `image_family`. */
export async function resolveSourceImage(
  cloud: Cloud,
  c: AlicloudEcsConfig,
  signal?: AbortSignal,
): Promise<string> {
  return c.imageFamily === "" ? c.sourceImage : imageFromFamily(cloud, c.imageFamily, signal);
}

/** Carries `key` = the fingerprint and the final mark (put on together once its build finished). */
const hasFingerprint = (im: Image, fingerprint: string, key = FINGERPRINT_TAG) =>
  (im.tags?.tag ?? []).some((t) => t.tagKey === key && t.tagValue === fingerprint) &&
  (im.tags?.tag ?? []).some((t) => t.tagKey === FINAL_TAG);

/** An own Available image carrying the fingerprint, by id (the store's answer, confirmed). */
async function confirm(cloud: Cloud, id: string, fingerprint: string, signal?: AbortSignal) {
  const found = await listOwnImages(cloud, { ids: [id], status: "Available", signal });
  return found.some((im) => im.imageId === id && hasFingerprint(im, fingerprint));
}

/** The newest own Available image tagged `key` = the fingerprint (and final) in the cloud's region. */
async function byTag(
  cloud: Cloud,
  fingerprint: string,
  signal?: AbortSignal,
  key = FINGERPRINT_TAG,
): Promise<string | undefined> {
  const images = await listOwnImages(cloud, {
    tags: { [key]: fingerprint },
    status: "Available",
    signal,
  });
  const found = images.filter((im) => im.imageId && hasFingerprint(im, fingerprint, key));
  found.sort((a, b) => (b.creationTime ?? "").localeCompare(a.creationTime ?? ""));
  return found[0]?.imageId;
}

/**
 * Finds the images of an earlier build with the same fingerprint in every region: the store's
 * record confirmed with one DescribeImages per region, else one tag lookup per region.
 */
export async function findReusable(
  cloud: Cloud,
  regions: string[],
  fingerprint: string,
  o: { store?: ReuseStore; signal?: AbortSignal; debug?: (message: string) => void } = {},
): Promise<Reusable | NotReusable> {
  let staleStore = false;
  let remembered: Record<string, string> | undefined;
  try {
    remembered = await o.store?.get(fingerprint);
  } catch (err) {
    o.debug?.(`Reuse store unavailable: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (remembered && regions.every((r) => typeof remembered[r] === "string" && remembered[r] !== "")) {
    const ok = await Promise.all(
      regions.map((r) => confirm(cloud.forRegion(r), remembered[r], fingerprint, o.signal)),
    );
    if (ok.every(Boolean)) {
      return { images: Object.fromEntries(regions.map((r) => [r, remembered[r]])), via: "store" };
    }
    staleStore = true;
  } else if (remembered) staleStore = true;
  const found = await Promise.all(regions.map((r) => byTag(cloud.forRegion(r), fingerprint, o.signal)));
  const missing = regions.filter((_, i) => !found[i]);
  if (missing.length > 0) return { missing, staleStore };
  return { images: Object.fromEntries(regions.map((r, i) => [r, found[i] as string])), via: "tags" };
}

/** The builder's reuse lookups. */
export const alicloudReuse: ImageReuse<AlicloudEcsConfig> = {
  sourceImage: resolveSourceImage,
  regions: imageRegions,
  find: findReusable,
  findCheckpoint: (cloud, fingerprint, signal) => byTag(cloud, fingerprint, signal, CHECKPOINT_TAG),
};
