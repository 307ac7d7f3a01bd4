import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  prefixedUi,
  tagSafeIdentity
} from "./chunk-P4EY5PNE.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/engine/prune.ts
var messageOf = /* @__PURE__ */ __name((err) => err instanceof Error ? err.message : String(err), "messageOf");
async function pruneBuilds(prepared, opts) {
  if (!Number.isSafeInteger(opts.keep) || opts.keep < 1)
    throw new Error(`the number of images to keep must be a whole number of at least 1, got ${opts.keep}`);
  const builds = [];
  const protect = [...opts.protect ?? []];
  for (const build of prepared) {
    const { config, plugin } = build.builder;
    if (!plugin.overview(config).createsImage) continue;
    const ui = prefixedUi(opts.ui, build.name);
    const regions = plugin.reuse.regions(config, config.region);
    const entry = { build: build.name, regions, images: [] };
    builds.push(entry);
    try {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("cancelled");
      const cloud = opts.cloudFor(build);
      ui.say(
        `${opts.dryRun ? "Planning retention" : "Retention"}: keeping the newest ${opts.keep} image(s) of template ${opts.templateId} in ${regions.join(", ")}`
      );
      const r = await plugin.prune({
        templateId: opts.templateId,
        buildName: tagSafeIdentity(build.name),
        regions,
        cloudFor: /* @__PURE__ */ __name((region) => cloud.forRegion(region), "cloudFor"),
        keep: opts.keep,
        dryRun: opts.dryRun,
        protect,
        log: /* @__PURE__ */ __name((m) => ui.message(m), "log"),
        signal: opts.signal
      });
      entry.images = r.images.map((i) => ({ ...i, build: build.name }));
    } catch (err) {
      entry.error = messageOf(err);
      ui.error(`Retention of build '${build.name}' failed: ${entry.error}`);
    }
  }
  const ok = builds.every(
    (b) => !b.error && b.images.every((i) => i.outcome !== "failed" && i.snapshots.every((s) => s.outcome !== "failed"))
  );
  return { templateId: opts.templateId, keep: opts.keep, dryRun: opts.dryRun ?? false, builds, ok };
}
__name(pruneBuilds, "pruneBuilds");

export {
  pruneBuilds
};
