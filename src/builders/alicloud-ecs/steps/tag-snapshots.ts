/**
 * Step 15, tags on the image's snapshots (Packer's stepCreateTags; the image got its tags in
 * CreateImage): one TagResources call for all snapshots, where Packer calls AddTags per snapshot.
 * The tags are the image's: the template's `tags` and the run's (provenance, fingerprint).
 */
import { tagResources } from "../../../cloud/tags.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const tagSnapshots: Step<AlicloudBuildContext> = {
  name: "tag snapshots",
  async run(ctx, signal) {
    const tags = ctx.imageTags;
    if (Object.keys(tags).length === 0 || ctx.imageSnapshotIds.length === 0) return SKIPPED;
    ctx.ui.say(`Adding tags(${JSON.stringify(tags)}) to the image's snapshots`);
    await tagResources(ctx.cloud, "snapshot", ctx.imageSnapshotIds, tags, { signal });
  },
};
