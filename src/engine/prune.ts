/**
 * `pruneBuilds`: retention for every prepared build of a template, through each build's builder
 * (`Builder.prune`): the builds that make an image, in their region and copy regions, one build
 * after the other. The engine names no builder; it only hands each one the template identity, the
 * build name, how many images to keep and the clouds.
 */
import type { PreparedBuild } from "../builders/builder.js";
import type { PrunedImage } from "../builders/pruned.js";
import type { Cloud } from "../cloud/cloud.js";
import { prefixedUi } from "../ui/prefixed.js";
import type { Ui } from "../ui/ui.js";
import { tagSafeIdentity } from "./template-identity.js";

export type { PrunedImage, PrunedSnapshot } from "../builders/pruned.js";

/** Options of {@link pruneBuilds}. */
export interface PruneBuildsOptions {
  /** The template identity (`image-build:template`). */
  templateId: string;
  /** Final images to keep per build and region (at least 1). */
  keep: number;
  /** Every lookup, no deletion. */
  dryRun?: boolean;
  /** The cloud of a build (its region; other regions through `forRegion`). */
  cloudFor: (build: PreparedBuild) => Cloud;
  /** Image ids never to delete (what this run built or reused). */
  protect?: Iterable<string>;
  ui: Ui;
  signal?: AbortSignal;
}

/** One build's retention. */
export interface BuildPrune {
  build: string;
  regions: string[];
  images: PrunedImage[];
  /** Why the build's retention stopped (a lookup failed, cancelled). */
  error?: string;
}

/** The result of {@link pruneBuilds}. */
export interface PruneBuildsResult {
  templateId: string;
  keep: number;
  dryRun: boolean;
  builds: BuildPrune[];
  /** True when nothing failed (kept images are not failures). */
  ok: boolean;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Prunes every build that makes an image; never throws for a failed lookup or deletion (see `ok`). */
export async function pruneBuilds(
  prepared: PreparedBuild[],
  opts: PruneBuildsOptions,
): Promise<PruneBuildsResult> {
  if (!Number.isSafeInteger(opts.keep) || opts.keep < 1)
    throw new Error(`the number of images to keep must be a whole number of at least 1, got ${opts.keep}`);
  const builds: BuildPrune[] = [];
  const protect = [...(opts.protect ?? [])];
  for (const build of prepared) {
    const { config, plugin } = build.builder;
    if (!plugin.overview(config).createsImage) continue;
    const ui = prefixedUi(opts.ui, build.name);
    const regions = plugin.reuse.regions(config, config.region);
    const entry: BuildPrune = { build: build.name, regions, images: [] };
    builds.push(entry);
    try {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("cancelled");
      const cloud = opts.cloudFor(build);
      ui.say(
        `${opts.dryRun ? "Planning retention" : "Retention"}: keeping the newest ${opts.keep} image(s) of template ${opts.templateId} in ${regions.join(", ")}`,
      );
      const r = await plugin.prune({
        templateId: opts.templateId,
        buildName: tagSafeIdentity(build.name),
        regions,
        cloudFor: (region) => cloud.forRegion(region),
        keep: opts.keep,
        dryRun: opts.dryRun,
        protect,
        log: (m) => ui.message(m),
        signal: opts.signal,
      });
      entry.images = r.images.map((i) => ({ ...i, build: build.name }));
    } catch (err) {
      entry.error = messageOf(err);
      ui.error(`Retention of build '${build.name}' failed: ${entry.error}`);
    }
  }
  const ok = builds.every(
    (b) =>
      !b.error &&
      b.images.every((i) => i.outcome !== "failed" && i.snapshots.every((s) => s.outcome !== "failed")),
  );
  return { templateId: opts.templateId, keep: opts.keep, dryRun: opts.dryRun ?? false, builds, ok };
}
