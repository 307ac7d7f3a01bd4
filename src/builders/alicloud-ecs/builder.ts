/**
 * The `alicloud-ecs` builder: the ordered list of steps (read it and you know the whole build)
 * and `runAlicloudBuild`, which runs them for one prepared build and returns what the summary needs.
 *
 * Order (Packer's, docs/build-steps.md lists the calls of each):
 *   pre-validate → source image → key pair → vpc → vswitch → security group → create instance →
 *   address → connect → provision → clear temporary keys → stop instance → delete same-name images → system disk
 *   snapshot → create image → tag snapshots → copy image → share image → artifact
 * Cleanups run in reverse order on success, failure and cancellation.
 */
import type { ActionStats } from "../../cloud/accounting.js";
import type { Cloud } from "../../cloud/cloud.js";
import { runTags } from "../../cloud/tags.js";
import type { Communicator } from "../../communicator/communicator.js";
import type { PreparedBuild } from "../../engine/prepare.js";
import { type LedgerEntry, ResourceLedger } from "../../pipeline/ledger.js";
import { type OnError, runSteps, type StepRecord } from "../../pipeline/runner.js";
import type { RunStatus, Step } from "../../pipeline/step.js";
import type { ConfigNode } from "../../template/config/tree.js";
import type { Ui } from "../../ui/ui.js";
import { AlicloudArtifact } from "./artifact.js";
import type { AlicloudBuildContext, ProvisionerOutcome } from "./context.js";
import { address } from "./steps/address.js";
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

/** The steps of a build, in order. */
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

/** Options of {@link runAlicloudBuild}. */
export interface AlicloudBuildOptions {
  /** The cloud of the build's region (its own call accounting). */
  cloud: Cloud;
  ui: Ui;
  runId: string;
  /** Working directory (relative `user_data_file`, key files); default process.cwd(). */
  cwd?: string;
  signal?: AbortSignal;
  onError?: OnError;
  /** A ledger to fill (the action persists it on every change); default a new one. */
  ledger?: ResourceLedger;
  connect?: (ctx: AlicloudBuildContext, signal: AbortSignal) => Promise<Communicator>;
  provision?: (ctx: AlicloudBuildContext, signal: AbortSignal) => Promise<void>;
  provisionErrorCleanup?: (ctx: AlicloudBuildContext) => Promise<void>;
  secrets?: string[];
  /** Registers a secret with the output masker (the front end's). */
  mask?: (secret: string) => void;
  /** Cancel grace for a step that ignores the signal (ms). */
  abortGraceMs?: number;
  /** Tags added to the template's `tags` on the images, their copies and snapshots (these win). */
  imageTags?: Record<string, string>;
}

/** What one build did, for the CLI's closing list, the action's outputs and the job summary. */
export interface AlicloudBuildResult {
  name: string;
  status: RunStatus;
  error?: unknown;
  failedStep?: string;
  /** Present when images were created (absent with skip_create_image or on failure). */
  artifact?: AlicloudArtifact;
  region: string;
  /** Region → image id. */
  images: Record<string, string>;
  sourceImage?: string;
  instanceType: string;
  zoneId?: string;
  instanceId?: string;
  steps: StepRecord[];
  /** API calls by action (calls, attempts, retries, errors, latency). */
  calls: ActionStats[];
  provisioners: ProvisionerOutcome[];
  cleanupErrors: { step: string; error: unknown }[];
  /** Resources still existing after the run (nothing, unless a cleanup failed or on-error=abort). */
  leftBehind: LedgerEntry[];
  durationMs: number;
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
  prepared: PreparedBuild,
  opts: AlicloudBuildOptions,
): Promise<AlicloudBuildResult> {
  const config = prepared.builder.config;
  const ledger = opts.ledger ?? new ResourceLedger({ build: prepared.name });
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
    dataDiskDeleteExplicit: explicitDeleteWithInstance(prepared.build.builder.config),
    provisioners: prepared.provisioners,
    errorCleanupProvisioner: prepared.errorCleanupProvisioner,
    secrets: [...(opts.secrets ?? [])],
    mask(secret) {
      // The whole value, and each long line of it (a key printed line by line stays hidden).
      for (const part of [secret, ...secret.split("\n").filter((l) => l.trim().length >= 16)]) {
        if (!ctx.secrets.includes(part)) ctx.secrets.push(part);
        opts.mask?.(part);
      }
    },
    connect: opts.connect,
    provision: opts.provision,
    provisionErrorCleanup: opts.provisionErrorCleanup,
    provisionerOutcomes: [],
    imageSnapshotIds: [],
    images: {},
  };
  const run = await runSteps(ALICLOUD_STEPS, ctx, {
    signal: opts.signal,
    onError: opts.onError,
    abortGraceMs: opts.abortGraceMs,
  });
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
    sourceImage: ctx.sourceImageId ?? (config.sourceImage || undefined),
    instanceType: config.instanceType,
    zoneId: ctx.zoneId,
    instanceId: ctx.instanceId,
    steps: run.steps,
    calls: opts.cloud.stats.byAction(),
    provisioners: ctx.provisionerOutcomes,
    cleanupErrors: run.cleanupErrors,
    leftBehind: run.leftBehind,
    durationMs: run.durationMs,
  };
}
