/**
 * The last step: the build succeeded, so the image, its copies and their snapshots are the
 * product, not temporary resources. They leave the ledger (nothing to sweep); a cancel arriving
 * during this step still deletes them, through the image steps' cleanups.
 */
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const keepArtifact: Step<AlicloudBuildContext> = {
  name: "artifact",
  run(ctx) {
    const kept = new Set(Object.values(ctx.images));
    // A temporary image (image_encrypted) stays in the ledger: its cleanup deletes it.
    const imageKept = ctx.imageId !== undefined && kept.has(ctx.imageId);
    for (const type of ["image", "image-copy"]) {
      for (const e of ctx.ledger.list(type)) if (kept.has(e.id)) ctx.ledger.remove(type, e.id);
    }
    if (imageKept) {
      for (const e of ctx.ledger.list("snapshot")) {
        if (e.id === ctx.snapshotId || ctx.imageSnapshotIds.includes(e.id))
          ctx.ledger.remove("snapshot", e.id);
      }
    }
    const n = Object.keys(ctx.images).length;
    if (n > 0)
      ctx.ui.message(
        `Kept ${n} image(s): ${Object.entries(ctx.images)
          .map(([r, i]) => `${r}: ${i}`)
          .join(", ")}`,
      );
  },
};
