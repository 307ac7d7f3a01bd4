/**
 * Reuse, as a builder provides it: an image is tagged with its build's fingerprint
 * (`image-build:fingerprint`); a later run with the same fingerprint asks the builder to find it
 * (the store's record confirmed, else a lookup by tag) in every region of the build.
 */
import type { Cloud } from "../cloud/cloud.js";

/** The tag holding a build's fingerprint on its images, copies and snapshots. */
export const FINGERPRINT_TAG = "image-build:fingerprint";

/**
 * The mark of a final image (value: the run that finished it): put on with the fingerprint, in
 * the same call, once the build has finished and recorded the image as kept. Reuse finds only
 * images carrying it; a sweep never deletes one that carries it.
 */
export const FINAL_TAG = "image-build:final";

/** Remembers fingerprint → images (region → image id) between runs. */
export interface ReuseStore {
  get(fingerprint: string): Promise<Record<string, string> | undefined>;
  set(fingerprint: string, images: Record<string, string>): Promise<void>;
}

/** What a lookup found. */
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

/** A builder's image lookups for reuse. */
export interface ImageReuse<C> {
  /** The image the build starts from, resolved (a family to its current image). */
  sourceImage(cloud: Cloud, config: C, signal?: AbortSignal): Promise<string>;
  /** The regions the build leaves an image in: its own, then each copy region (once each). */
  regions(config: C, region: string): string[];
  /** The images of an earlier build with this fingerprint in every region, or why not. */
  find(
    cloud: Cloud,
    regions: string[],
    fingerprint: string,
    o?: { store?: ReuseStore; signal?: AbortSignal; debug?: (message: string) => void },
  ): Promise<Reusable | NotReusable>;
  /**
   * The newest own Available checkpoint image in the cloud's region carrying this prefix
   * fingerprint (CHECKPOINT_TAG) and the final mark, or undefined.
   */
  findCheckpoint(cloud: Cloud, fingerprint: string, signal?: AbortSignal): Promise<string | undefined>;
}

/**
 * On a checkpoint image (an image of the system disk taken at a provisioner boundary): the prefix
 * fingerprint (what defines the instance up to that boundary). Put on with the final mark, once
 * the checkpoint image is Available and out of the ledger; a resuming build looks for both.
 */
export const CHECKPOINT_TAG = "image-build:checkpoint";

/** On a final or checkpoint image built from a checkpoint: that checkpoint image's id (its nearest ancestor). */
export const BASE_TAG = "image-build:base";

/**
 * The template an image was built from, as a stable identity (not its content): with the build
 * name (`image-build:build`), the scope of retention (`keep-images`, `image-build prune`).
 */
export const TEMPLATE_TAG = "image-build:template";
