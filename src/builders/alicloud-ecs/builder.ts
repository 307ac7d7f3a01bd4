/**
 * The `alicloud-ecs` build: the ordered list of steps (read it and you know the whole build)
 * and `runAlicloudBuild`, which runs them for one prepared build and returns what the summary needs.
 *
 * Order (Packer's, docs/build-steps.md lists the calls of each):
 *   pre-validate → source image → key pair → vpc → vswitch → security group → create instance →
 *   address → connect → provision → clear temporary keys → stop instance → delete same-name images →
 *   system disk snapshot → create image → tag snapshots → copy image → share image → artifact
 * With checkpoints (docs/incremental.md), three more: `checkpoints` before provision, `checkpoint
 * snapshots` before delete same-name images, `checkpoint images` before the artifact; the
 * checkpoints themselves are taken at the provisioner boundaries (steps/checkpoint.ts).
 * Cleanups run in reverse order on success, failure and cancellation.
 */
import { runTags } from "../../cloud/tags.js";
import { ResourceLedger } from "../../pipeline/ledger.js";
import { runSteps } from "../../pipeline/runner.js";
import type { Step } from "../../pipeline/step.js";
import type { ConfigNode } from "../../template/config/tree.js";
import type { BuilderRunOptions, PreparedBuild } from "../builder.js";
import type { CheckpointReport } from "../checkpoints.js";
import type { BuilderResult } from "../result.js";
import { AlicloudArtifact } from "./artifact.js";
import type { AlicloudEcsConfig } from "./config.js";
import type { AlicloudBuildContext } from "./context.js";
import { ecsDetails } from "./details.js";
import { address } from "./steps/address.js";
import { checkpointImages, checkpointSnapshots, checkpoints } from "./steps/checkpoint-steps.js";
import { clearTemporaryKeys } from "./steps/clear-keys.js";
import { connect } from "./steps/connect.js";
import { copyImages } from "./steps/copy-images.js";
import { createImage } from "./steps/create-image.js";
import { deleteImages } from "./steps/delete-images.js";
import { instance } from "./steps/instance.js";
import { keepArtifact } from "./steps/keep-artifact.js";
import { keyPair } from "./steps/key-pair.js";
import { preValidate } from "./steps/pre-validate.js";
import { provision } from "./steps/provision.js";
import { securityGroup } from "./steps/security-group.js";
import { shareImage } from "./steps/share-image.js";
import { systemSnapshot } from "./steps/snapshot.js";
import { sourceImage } from "./steps/source-image.js";
import { stopInstance } from "./steps/stop-instance.js";
import { tagSnapshots } from "./steps/tag-snapshots.js";
import { vpc } from "./steps/vpc.js";
import { vswitch } from "./steps/vswitch.js";

/** The steps of a build, in order (a build with checkpoints: {@link CHECKPOINT_STEPS}). */
export const ALICLOUD_STEPS: readonly Step<AlicloudBuildContext>[] = [
  preValidate,
  sourceImage,
  keyPair,
  vpc,
  vswitch,
  securityGroup,
  instance,
  address,
  connect,
  provision,
  clearTemporaryKeys,
  stopInstance,
  deleteImages,
  systemSnapshot,
  createImage,
  tagSnapshots,
  copyImages,
  shareImage,
  keepArtifact,
];

/**
 * The steps of a build that takes checkpoints: `checkpoints` before provisioning (its cleanup
 * undoes unfinished ones), `checkpoint snapshots` after the stop (before the build's own snapshot
 * or image), `checkpoint images` before the artifact.
 */
export const CHECKPOINT_STEPS: readonly Step<AlicloudBuildContext>[] = [
  ...ALICLOUD_STEPS.slice(0, ALICLOUD_STEPS.indexOf(provision)),
  checkpoints,
  ...ALICLOUD_STEPS.slice(ALICLOUD_STEPS.indexOf(provision), ALICLOUD_STEPS.indexOf(deleteImages)),
  checkpointSnapshots,
  ...ALICLOUD_STEPS.slice(ALICLOUD_STEPS.indexOf(deleteImages), ALICLOUD_STEPS.indexOf(keepArtifact)),
  checkpointImages,
  keepArtifact,
];

/** An `alicloud-ecs` config as prepared: the decoded fields, and which data disks name `disk_delete_with_instance`. */
export interface PreparedAlicloudConfig extends AlicloudEcsConfig {
  /** Whether `image_disk_mappings[i].disk_delete_with_instance` was written in the template. */
  dataDiskDeleteExplicit: boolean[];
}

/** Which `image_disk_mappings[i]` entries set `disk_delete_with_instance` explicitly. */
export function explicitDeleteWithInstance(builderNode: ConfigNode): boolean[] {
  if (builderNode.kind !== "object") return [];
  const list = builderNode.members.find((m) => m.key === "image_disk_mappings")?.value;
  if (list?.kind !== "array") return [];
  return list.items.map(
    (item) => item.kind === "object" && item.members.some((m) => m.key === "disk_delete_with_instance"),
  );
}

/** Runs one prepared `alicloud-ecs` build; never throws for a failed build (see `status`). */
export async function runAlicloudBuild(
  prepared: PreparedBuild<PreparedAlicloudConfig>,
  opts: BuilderRunOptions,
): Promise<BuilderResult> {
  const config = prepared.builder.config;
  const ledger = opts.ledger ?? new ResourceLedger({ build: prepared.name });
  const plan = opts.checkpoints;
  // A resumed build runs only the provisioners after its checkpoint.
  const skip = plan?.resume?.after ?? 0;
  const checkpointAbort = new AbortController();
  const onAbort = () => checkpointAbort.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener("abort", onAbort, { once: true });
  const ctx: AlicloudBuildContext = {
    ui: opts.ui,
    ledger,
    buildName: prepared.name,
    config,
    cloud: opts.cloud,
    runId: opts.runId,
    cwd: opts.cwd ?? process.cwd(),
    resourceTags: runTags(opts.runId, prepared.name),
    imageTags: { ...config.tags, ...opts.imageTags },
    dataDiskDeleteExplicit: config.dataDiskDeleteExplicit,
    provisioners: prepared.provisioners.slice(skip),
    firstProvisioner: skip + 1,
    ...(plan ? { checkpointPlan: plan, checkpointAbort } : {}),
    checkpoints: [],
    errorCleanupProvisioner: prepared.errorCleanupProvisioner,
    secrets: [...(opts.secrets ?? [])],
    mask(secret) {
      // The whole value, and each long line of it (a key printed line by line stays hidden).
      for (const part of [secret, ...secret.split("\n").filter((l) => l.trim().length >= 16)]) {
        if (!ctx.secrets.includes(part)) ctx.secrets.push(part);
        opts.mask?.(part);
      }
    },
    hooks: opts.hooks ?? {},
    provisionerOutcomes: [],
    imageSnapshotIds: [],
    images: {},
  };
  const run = await runSteps(plan && plan.at.size > 0 ? CHECKPOINT_STEPS : ALICLOUD_STEPS, ctx, {
    signal: opts.signal,
    onError: opts.onError,
    abortGraceMs: opts.abortGraceMs,
  });
  opts.signal?.removeEventListener("abort", onAbort);
  // With on-error=abort no cleanup runs, so the cloud resources stay for debugging; the SSH
  // session is not one of them (left open, it kept the process alive).
  const comm = ctx.communicator;
  ctx.communicator = undefined;
  await comm?.close().catch(() => {});
  const images = run.status === "succeeded" ? { ...ctx.images } : {};
  return {
    name: prepared.name,
    status: run.status,
    ...(run.error !== undefined ? { error: run.error } : {}),
    ...(run.failedStep ? { failedStep: run.failedStep } : {}),
    ...(Object.keys(images).length > 0 ? { artifact: new AlicloudArtifact(images) } : {}),
    region: config.region,
    images,
    details: ecsDetails({
      sourceImage: ctx.sourceImageId ?? (config.sourceImage || undefined),
      instanceType: config.instanceType,
      zoneId: ctx.zoneId,
      instanceId: ctx.instanceId,
    }),
    steps: run.steps,
    calls: opts.cloud.stats.byAction(),
    provisioners: ctx.provisionerOutcomes,
    cleanupErrors: run.cleanupErrors,
    leftBehind: run.leftBehind,
    durationMs: run.durationMs,
    ...(plan ? { checkpoints: checkpointReport(ctx) } : {}),
  };
}

/** What the build's checkpoints came to (the engine adds what it resumed from). */
function checkpointReport(ctx: AlicloudBuildContext): CheckpointReport {
  return {
    taken: ctx.checkpoints
      .filter((w) => w.kept && w.imageId)
      .map((w) => ({ after: w.after, imageId: w.imageId as string, snapshotId: w.snapshotId })),
    failed: ctx.checkpoints
      .filter((w) => !w.kept)
      .map((w) => ({ after: w.after, error: w.error ?? "not finished" })),
  };
}
