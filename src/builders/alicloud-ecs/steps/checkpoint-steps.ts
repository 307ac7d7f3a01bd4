/**
 * The steps around checkpoints (steps/checkpoint.ts takes them at the provisioner boundaries):
 * - `checkpoints` (before provisioning): nothing to run; its cleanup, after a failed or cancelled
 *   build, stops the background work and deletes what an unfinished checkpoint left (a finished
 *   one is kept: a later build may resume from it);
 * - `checkpoint snapshots` (before the build's own snapshot or image): waits until every
 *   checkpoint's snapshot is accomplished, since Alibaba Cloud refuses a second snapshot of a disk
 *   while one is in progress (`IncorrectDiskStatus.CreatingSnapshot`);
 * - `checkpoint images` (before the artifact): waits for the background work and reports what it
 *   made; a failed checkpoint is a warning, never a failed build.
 */
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { discard } from "./checkpoint.js";

/** Owns the background work's lifetime: its cleanup stops and undoes unfinished checkpoints. */
export const checkpoints: Step<AlicloudBuildContext> = {
  name: "checkpoints",
  run(ctx) {
    if (!ctx.checkpointPlan || ctx.checkpointPlan.at.size === 0) return SKIPPED;
  },
  async cleanup(ctx, outcome) {
    if (ctx.checkpoints.length === 0) return;
    if (outcome.halted) ctx.checkpointAbort?.abort(new Error("build halted"));
    await Promise.all(ctx.checkpoints.map((w) => w.done));
    const unfinished = ctx.checkpoints.filter((w) => !w.kept);
    if (unfinished.length === 0) return;
    ctx.ui.say("Deleting unfinished checkpoint(s)...");
    for (const w of unfinished) await discard(ctx, w);
  },
};

/** Waits for the checkpoints' snapshots before the build snapshots or images its own disk. */
export const checkpointSnapshots: Step<AlicloudBuildContext> = {
  name: "checkpoint snapshots",
  async run(ctx) {
    if (ctx.checkpoints.length === 0) return SKIPPED;
    await Promise.all(ctx.checkpoints.map((w) => w.snapshotDone));
  },
};

/** Waits for the checkpoint images (made in the background) before the build keeps its own. */
export const checkpointImages: Step<AlicloudBuildContext> = {
  name: "checkpoint images",
  async run(ctx) {
    if (ctx.checkpoints.length === 0) return SKIPPED;
    ctx.ui.say("Waiting for the checkpoint image(s)...");
    await Promise.all(ctx.checkpoints.map((w) => w.done));
    const kept = ctx.checkpoints.filter((w) => w.kept);
    if (kept.length > 0)
      ctx.ui.message(`Kept ${kept.length} checkpoint image(s): ${kept.map((w) => w.imageId).join(", ")}`);
  },
};
