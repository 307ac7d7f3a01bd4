/**
 * Retention's inputs and what it reports (`keep-images`, `image-build prune`): for one build of a
 * template, the own images carrying the final mark, the template's identity and the build name, in
 * each region of the build; the newest N final images kept, older ones and the checkpoint images no
 * kept image descends from deleted with their snapshots, unless in use or shared.
 */
import type { Cloud } from "../cloud/cloud.js";

/** Options of one build's prune. */
export interface PruneOptions {
  /** The template identity (`image-build:template`). */
  templateId: string;
  /** The build name (`image-build:build`). */
  buildName: string;
  /** The regions of the build's images: its own, then its copy regions. */
  regions: string[];
  /** The cloud of a region. */
  cloudFor: (region: string) => Cloud;
  /** How many final images to keep in each region (at least 1). */
  keep: number;
  /** Every lookup, no deletion: the report says "would-delete". */
  dryRun?: boolean;
  /** Image ids never to delete (the images this run built or reused). */
  protect?: Iterable<string>;
  /** Progress lines. */
  log?: (message: string) => void;
  signal?: AbortSignal;
}

/** What became of one snapshot of a deleted (or to be deleted) image. */
export interface PrunedSnapshot {
  id: string;
  outcome: "deleted" | "would-delete" | "kept" | "already-gone" | "failed";
  /** Why it was kept (another image uses it), or why deleting it failed. */
  detail?: string;
}

/** One image retention looked at. */
export interface PrunedImage {
  build: string;
  region: string;
  imageId: string;
  imageName?: string;
  /** CreationTime as the API gives it. */
  created?: string;
  kind: "final" | "checkpoint";
  outcome: "deleted" | "would-delete" | "kept" | "failed";
  /**
   * Why: for `kept`, the rule that keeps it (newest N, a kept image descends from it, newer than
   * the newest kept image, in use by an instance, shared, this run's image); for `failed`, the
   * error (API code and request id included).
   */
  reason?: string;
  /** Whether the reason is one the user should see (in use, shared): kept although a candidate. */
  candidate?: boolean;
  /** The image's snapshots (for deleted and would-delete images). */
  snapshots: PrunedSnapshot[];
}

/** A build's prune: every image looked at. */
export interface PruneReport {
  images: PrunedImage[];
}
