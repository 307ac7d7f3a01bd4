/**
 * Reuse: an image is tagged with its build's fingerprint (`image-build:fingerprint`); a later run
 * with the same fingerprint asks the build's builder to find it (Available, own, in the build
 * region and every copy region) and reuses it instead of building. A store (the action's cache)
 * remembers fingerprint → images between runs as a fast path, always confirmed by the builder.
 */
import type { PreparedBuild } from "../builders/builder.js";
import type { BuilderResult } from "../builders/result.js";
import type { Reusable, ReuseStore } from "../builders/reuse.js";
import type { Cloud } from "../cloud/cloud.js";
import type { StepRecord } from "../pipeline/runner.js";
import type { Template } from "../template/model.js";
import type { Ui } from "../ui/ui.js";
import { type FingerprintSource, fingerprintInputs, fingerprintOf } from "./fingerprint.js";

export { FINGERPRINT_TAG, type Reusable, type ReuseStore } from "../builders/reuse.js";

/** The `reuse` option of runBuilds. */
export interface ReuseOptions extends FingerprintSource {
  /** False forces a build (the fingerprint is still computed and tagged). */
  enabled: boolean;
  /** Fast path between runs; confirmed with one DescribeImages per region. */
  store?: ReuseStore;
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
  const { config: c, plugin } = build.builder;
  let fingerprint: string | undefined;
  let sourceImage: string | undefined;
  try {
    sourceImage = await plugin.reuse.sourceImage(cloud, c, o.signal);
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
    const regions = plugin.reuse.regions(c, cloud.region);
    const found = await plugin.reuse.find(cloud, regions, fingerprint, {
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
        found.missing.length < regions.length ? " (an earlier build's copies are missing)" : ""
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
): BuilderResult & { reused: true; fingerprint: string } {
  const images = { ...check.reusable.images };
  const { config, plugin } = build.builder;
  return {
    name: build.name,
    status: "succeeded",
    artifact: plugin.artifactOf(images),
    region: cloud.region,
    images,
    details: plugin.details(config, { sourceImage: check.sourceImage }),
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
