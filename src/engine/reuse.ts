/**
 * Reuse: an image is tagged with its build's fingerprint (`image-build:fingerprint`); a later run
 * with the same fingerprint finds it (Available, own, in the build region and every copy region)
 * and reuses it instead of building. A store (the action's cache) remembers fingerprint → images
 * between runs as a fast path, always confirmed with one DescribeImages per region.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { AlicloudArtifact } from "../builders/alicloud-ecs/artifact.js";
import type { AlicloudBuildResult } from "../builders/alicloud-ecs/builder.js";
import type { AlicloudEcsConfig } from "../builders/alicloud-ecs/config.js";
import { imageFromFamily } from "../builders/alicloud-ecs/steps/source-image.js";
import type { Cloud } from "../cloud/cloud.js";
import type { Image } from "../cloud/describe.js";
import type { StepRecord } from "../pipeline/runner.js";
import type { Template } from "../template/model.js";
import type { Ui } from "../ui/ui.js";
import { type FingerprintSource, fingerprintInputs, fingerprintOf } from "./fingerprint.js";
import type { PreparedBuild } from "./prepare.js";

/** The tag holding a build's fingerprint on its images, copies and snapshots. */
export const FINGERPRINT_TAG = "image-build:fingerprint";

/** Remembers fingerprint → images (region → image id) between runs. */
export interface ReuseStore {
  get(fingerprint: string): Promise<Record<string, string> | undefined>;
  set(fingerprint: string, images: Record<string, string>): Promise<void>;
}

/** The `reuse` option of runBuilds. */
export interface ReuseOptions extends FingerprintSource {
  /** False forces a build (the fingerprint is still computed and tagged). */
  enabled: boolean;
  /** Fast path between runs; confirmed with one DescribeImages per region. */
  store?: ReuseStore;
}

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

const hasFingerprint = (im: Image, fingerprint: string) =>
  (im.tags?.tag ?? []).some((t) => t.tagKey === FINGERPRINT_TAG && t.tagValue === fingerprint);

/** An own Available image carrying the fingerprint, by id (the store's answer, confirmed). */
async function confirm(cloud: Cloud, id: string, fingerprint: string, signal?: AbortSignal) {
  const r = await cloud.ecs(
    "DescribeImages",
    (e) =>
      e.describeImages(
        new $Ecs.DescribeImagesRequest({
          regionId: cloud.region,
          imageId: id,
          imageOwnerAlias: "self",
          status: "Available",
        }),
      ),
    { resource: `image ${id}`, signal },
  );
  return (r.body?.images?.image ?? []).some((im) => im.imageId === id && hasFingerprint(im, fingerprint));
}

/** The newest own Available image tagged with the fingerprint in the cloud's region. */
async function byTag(cloud: Cloud, fingerprint: string, signal?: AbortSignal): Promise<string | undefined> {
  const r = await cloud.ecs(
    "DescribeImages",
    (e) =>
      e.describeImages(
        new $Ecs.DescribeImagesRequest({
          regionId: cloud.region,
          imageOwnerAlias: "self",
          status: "Available",
          tag: [new $Ecs.DescribeImagesRequestTag({ key: FINGERPRINT_TAG, value: fingerprint })],
          pageSize: 10,
        }),
      ),
    { resource: `images tagged ${FINGERPRINT_TAG}=${fingerprint}`, signal },
  );
  const found = (r.body?.images?.image ?? []).filter((im) => im.imageId && hasFingerprint(im, fingerprint));
  found.sort((a, b) => (b.creationTime ?? "").localeCompare(a.creationTime ?? ""));
  return found[0]?.imageId;
}

/** What {@link findReusable} found. */
export interface Reusable {
  /** Region → image id, every region of the build. */
  images: Record<string, string>;
  /** How: the store's record (confirmed) or a tag lookup. */
  via: "store" | "tags";
}

/** Why nothing was reused (for the log). */
export interface NotReusable {
  images?: undefined;
  /** Regions without an image carrying the fingerprint. */
  missing: string[];
  /** The store named images that are gone or changed. */
  staleStore: boolean;
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

/** What {@link checkReuse} decided. */
export interface ReuseCheck {
  /** The build's fingerprint (tag it on the images). */
  fingerprint?: string;
  /** The source image the fingerprint covers. */
  sourceImage?: string;
  /** Images to reuse instead of building. */
  reusable?: Reusable;
  /** The `reuse check` step, for the summary. */
  step: StepRecord;
}

/** Options of {@link checkReuse}. */
export interface CheckReuseOptions {
  reuse: ReuseOptions;
  template: Template;
  cwd: string;
  env?: Record<string, string | undefined>;
  secrets?: readonly string[];
  ui: Ui;
  signal?: AbortSignal;
}

/**
 * Computes a build's fingerprint (resolving `image_family` first) and, when reuse is enabled,
 * looks for its images. A failed check is not a failed build: it is said, and the build goes on
 * (without a fingerprint when it could not be computed). Cancellation is rethrown.
 */
export async function checkReuse(
  build: PreparedBuild,
  cloud: Cloud,
  o: CheckReuseOptions,
): Promise<ReuseCheck> {
  const t0 = performance.now();
  const step = (status: StepRecord["status"], error?: unknown): StepRecord => ({
    name: "reuse check",
    status,
    durationMs: performance.now() - t0,
    ...(error !== undefined ? { error } : {}),
  });
  const c = build.builder.config;
  let fingerprint: string | undefined;
  let sourceImage: string | undefined;
  try {
    sourceImage = await resolveSourceImage(cloud, c, o.signal);
    const inputs = await fingerprintInputs(build, {
      template: o.template,
      source: o.reuse,
      cwd: o.cwd,
      env: o.env,
      secrets: o.secrets,
      sourceImage,
      region: cloud.region,
    });
    fingerprint = fingerprintOf(inputs);
    o.ui.message(`Fingerprint ${fingerprint} (source image ${sourceImage})`);
    if (!o.reuse.enabled) {
      o.ui.message("Reuse disabled: building");
      return { fingerprint, sourceImage, step: step("skipped") };
    }
    const found = await findReusable(cloud, imageRegions(c, cloud.region), fingerprint, {
      store: o.reuse.store,
      signal: o.signal,
      debug: (m) => o.ui.message(m),
    });
    if (found.images) {
      o.ui.say(
        `Reusing the image with the same fingerprint (${found.via === "store" ? "remembered, confirmed" : "found by tag"}): ${Object.entries(
          found.images,
        )
          .map(([r, id]) => `${r}: ${id}`)
          .join(", ")}`,
      );
      return { fingerprint, sourceImage, reusable: found, step: step("succeeded") };
    }
    if (found.staleStore) o.ui.message("The remembered image is gone or changed; looked it up by tag");
    o.ui.message(
      `No image with this fingerprint in ${found.missing.join(", ")}: building${
        found.missing.length < imageRegions(c, cloud.region).length
          ? " (an earlier build's copies are missing)"
          : ""
      }`,
    );
    return { fingerprint, sourceImage, step: step("succeeded") };
  } catch (err) {
    if (o.signal?.aborted) throw err;
    o.ui.error(`Reuse check failed, building instead: ${err instanceof Error ? err.message : String(err)}`);
    // Skipped, not failed: the build goes on and may well succeed.
    return { fingerprint, sourceImage, step: step("skipped", err) };
  }
}

/** The result of a build that reused its images: nothing created, one step, the images found. */
export function reusedResult(
  build: PreparedBuild,
  cloud: Cloud,
  check: ReuseCheck & { reusable: Reusable; fingerprint: string },
  durationMs: number,
): AlicloudBuildResult & { reused: true; fingerprint: string } {
  const images = { ...check.reusable.images };
  return {
    name: build.name,
    status: "succeeded",
    artifact: new AlicloudArtifact(images),
    region: cloud.region,
    images,
    sourceImage: check.sourceImage,
    instanceType: build.builder.config.instanceType,
    steps: [check.step],
    calls: cloud.stats.byAction(),
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    durationMs,
    reused: true,
    fingerprint: check.fingerprint,
  };
}
