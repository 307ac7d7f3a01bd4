/**
 * Step 15, tags on the image's snapshots (Packer's stepCreateTags; the image got its tags in
 * CreateImage): one TagResources call for all snapshots, where Packer calls AddTags per snapshot.
 */
import { tagResources } from "../../../cloud/tags.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const tagSnapshots: Step<AlicloudBuildContext> = {
  name: "tag snapshots",
  async run(ctx, signal) {
    const { config: c } = ctx;
    if (Object.keys(c.tags).length === 0 || ctx.imageSnapshotIds.length === 0) return SKIPPED;
    ctx.ui.say(`Adding tags(${JSON.stringify(c.tags)}) to the image's snapshots`);
    await tagResources(ctx.cloud, "snapshot", ctx.imageSnapshotIds, c.tags, { signal });
  },
};
