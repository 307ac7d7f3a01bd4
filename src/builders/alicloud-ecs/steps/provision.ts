/**
 * Step 10, provision (Packer's StepProvision): runs the build's provisioners (only/except and
 * overrides already applied) over the communicator; on a failed or cancelled build, the cleanup
 * runs the `error-cleanup-provisioner`.
 */
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const provision: Step<AlicloudBuildContext> = {
  name: "provision",
  async run(ctx, signal) {
    if (ctx.provisioners.length === 0) return SKIPPED;
    if (!ctx.provision) throw new Error("Provisioners are not available in this build");
    await ctx.provision(ctx, signal);
  },
  async cleanup(ctx, outcome) {
    if (!outcome.halted || !ctx.provisionErrorCleanup) return;
    await ctx.provisionErrorCleanup(ctx);
  },
};
