/**
 * The last step: the build succeeded, so the image, its copies and their snapshots are the
 * product, not temporary resources. In this order (docs/architecture.md, "Keeping and deleting
 * images"):
 * 1. they leave the ledger (the action saves it at once): from here on nothing of this run
 *    deletes them, neither a cleanup nor the post step's sweep;
 * 2. then, when the build is fingerprinted, each region's image gets the fingerprint and the
 *    final mark in one TagResources call: only now can another run find it for reuse (a build
 *    with a template identity but no fingerprint gets the final mark alone, for retention). With
 *    checkpoints, the same call puts on the checkpoint it descends from (`image-build:base`).
 * A cancel arriving before 1 still deletes them, through the image steps' cleanups.
 */
import { tagResources } from "../../../cloud/tags.js";
import type { Step } from "../../../pipeline/step.js";
import { BASE_TAG, FINAL_TAG, FINGERPRINT_TAG, TEMPLATE_TAG } from "../../reuse.js";
import type { AlicloudBuildContext } from "../context.js";
import { finalTags } from "./final-mark.js";

/** The checkpoint image the build's image descends from: the deepest it made, else the one it resumed from. */
function baseCheckpoint(ctx: AlicloudBuildContext): string | undefined {
  const made = ctx.checkpoints.filter((w) => w.kept && w.imageId).sort((a, b) => b.after - a.after)[0];
  return made?.imageId ?? ctx.checkpointPlan?.resume?.imageId;
}

export const keepArtifact: Step<AlicloudBuildContext> = {
  name: "artifact",
  async run(ctx, signal) {
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
    const images = Object.entries(ctx.images);
    if (images.length === 0) return;
    ctx.ui.message(`Kept ${images.length} image(s): ${images.map(([r, i]) => `${r}: ${i}`).join(", ")}`);
    const fingerprint = ctx.imageTags[FINGERPRINT_TAG];
    // Without a fingerprint (the CLI), an image with a template identity is still marked final:
    // retention looks only at final images. It is not reusable (no fingerprint).
    const base = baseCheckpoint(ctx);
    const final = Boolean(fingerprint) || TEMPLATE_TAG in ctx.imageTags;
    if (!final && !base) return;
    if (final)
      ctx.ui.say(`Marking the image(s) final (${fingerprint ? "fingerprint and " : ""}final mark)...`);
    const tags = {
      ...(fingerprint ? finalTags(fingerprint, ctx.runId) : final ? { [FINAL_TAG]: ctx.runId } : {}),
      ...(base ? { [BASE_TAG]: base } : {}),
    };
    await Promise.all(
      images.map(([region, id]) =>
        tagResources(ctx.cloud.forRegion(region), "image", [id], tags, { signal }),
      ),
    );
  },
};
