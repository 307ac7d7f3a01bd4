/**
 * Step 10, provision (Packer's StepProvision): runs the build's provisioners (only/except and
 * overrides already applied) over the communicator, taking a checkpoint at each boundary the plan
 * names (steps/checkpoint.ts); on a failed or cancelled build, the cleanup runs the
 * `error-cleanup-provisioner`.
 */
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { ProvisionRequest } from "../../hooks.js";
import { ALICLOUD_ECS } from "../artifact.js";
import { alicloudBuildData } from "../build-data.js";
import type { AlicloudBuildContext } from "../context.js";
import { takeCheckpoint } from "./checkpoint.js";

/** What the provisioners run with: the communicator and Packer's build data as they are now. */
function request(ctx: AlicloudBuildContext): ProvisionRequest {
  return {
    ui: ctx.ui,
    buildName: ctx.buildName,
    builderType: ALICLOUD_ECS,
    communicator: ctx.communicator,
    provisioners: ctx.provisioners,
    errorCleanupProvisioner: ctx.errorCleanupProvisioner,
    buildData: alicloudBuildData(ctx),
    onOutcome: (o) => ctx.provisionerOutcomes.push(o),
    firstPosition: ctx.firstProvisioner,
    ...(ctx.checkpointPlan && ctx.checkpointPlan.at.size > 0
      ? { onBoundary: (position: number, signal: AbortSignal) => takeCheckpoint(ctx, position, signal) }
      : {}),
  };
}

export const provision: Step<AlicloudBuildContext> = {
  name: "provision",
  async run(ctx, signal) {
    if (ctx.provisioners.length === 0) return SKIPPED;
    if (!ctx.hooks.provision) throw new Error("Provisioners are not available in this build");
    await ctx.hooks.provision(request(ctx), signal);
  },
  async cleanup(ctx, outcome) {
    if (!outcome.halted || !ctx.hooks.provisionErrorCleanup) return;
    await ctx.hooks.provisionErrorCleanup(request(ctx));
  },
};
