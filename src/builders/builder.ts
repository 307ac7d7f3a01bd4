/**
 * The Builder seam, as Packer has it: a builder type decodes its own config, says what the engine
 * and the front ends may know of it, runs a build and hands back a generic result with its
 * artifact, and owns its cloud-specific lookups (reuse), clean-up (sweep) and retention (prune). A prepared build
 * carries its builder. The engine knows builders only through this interface and the registry
 * (`./index.ts`).
 */
import type { Cloud } from "../cloud/cloud.js";
import type { ResourceLedger } from "../pipeline/ledger.js";
import type { OnError } from "../pipeline/runner.js";
import type { PreparedPostProcessor } from "../post-processors/index.js";
import type { PreparedProvisioner } from "../provisioners/index.js";
import type { RenderFn } from "../template/config/render.js";
import type { ConfigObject } from "../template/config/tree.js";
import type { Diagnostic } from "../template/diagnostics.js";
import type { Hcl2SourceSpec } from "../template/hcl2/sources.js";
import type { Build } from "../template/model.js";
import type { Ui } from "../ui/ui.js";
import type { CheckpointPlan } from "./checkpoints.js";
import type { ProvisioningHooks } from "./hooks.js";
import type { PruneOptions, PruneReport } from "./pruned.js";
import type { BuildArtifact, BuildDetails, BuilderResult } from "./result.js";
import type { ImageReuse } from "./reuse.js";
import type { SweepOptions, SweptResource } from "./swept.js";

/**
 * What every builder's decoded config shows the engine and the front ends: the account and the
 * regions it builds in (credentials are resolved from these with the action's inputs), and the
 * values to mask. Everything else in a config is the builder's own.
 */
export interface BuilderConfig {
  accessKey: string;
  secretKey: string;
  securityToken: string;
  region: string;
  profile: string;
  sharedCredentialsFile: string;
  ramRoleName: string;
  ramRoleArn: string;
  ramSessionName: string;
  /** An ECS endpoint the template names (`custom_endpoint_ecs`), or `""`. */
  customEndpointEcs: string;
  /** The other regions the build leaves images (and temporary resources) in. */
  imageCopyRegions: string[];
  /** Secret values of the config (keys, tokens, passwords), for masking. */
  secrets: string[];
}

/** How a builder config is decoded: the file, the front end's string rendering, the environment. */
export interface BuilderDecodeContext {
  file: string;
  /** The front end's rendering of one string (JSON: Packer's Go templates); may throw. */
  render: RenderFn;
  env: Record<string, string | undefined>;
  /** Working directory: relative paths (user data, keys) are checked against it. */
  cwd: string;
  /** `-force`. */
  force?: boolean;
}

/** The outcome of decoding a builder config: the config when there is no error. */
export interface BuilderDecodeResult<C extends BuilderConfig> {
  config?: C;
  diagnostics: Diagnostic[];
}

/** A build as `validate`, `inspect` and the summaries show it. */
export interface BuilderOverview {
  region: string;
  instanceType?: string;
  /** The source image as written (undefined when the build starts from an image family). */
  sourceImage?: string;
  /** The image family the build starts from, when it names one. */
  sourceImageFamily?: string;
  imageName?: string;
  /** False when the build makes no image (`skip_create_image`): nothing to fingerprint or reuse. */
  createsImage: boolean;
}

/** Options of {@link Builder.run}. */
export interface BuilderRunOptions {
  /** The cloud of the build's region (its own call accounting). */
  cloud: Cloud;
  ui: Ui;
  runId: string;
  /** Working directory (relative paths); default process.cwd(). */
  cwd?: string;
  signal?: AbortSignal;
  onError?: OnError;
  /** A ledger to fill (the action persists it on every change); default a new one. */
  ledger?: ResourceLedger;
  /** Connect and provision (the engine gives the communicator and the provisioners). */
  hooks?: ProvisioningHooks;
  secrets?: string[];
  /** Registers a secret with the output masker (the front end's). */
  mask?: (secret: string) => void;
  /** Cancel grace for a step that ignores the signal (ms). */
  abortGraceMs?: number;
  /** Tags added to the template's own on the images, their copies and snapshots (these win). */
  imageTags?: Record<string, string>;
  /** Checkpoints to take at provisioner boundaries, and the checkpoint to resume from. */
  checkpoints?: CheckpointPlan;
}

/**
 * What of a builder config shapes the instance's system disk when provisioning starts (part of a
 * checkpoint's prefix fingerprint: plain JSON values, never a credential), or why the build cannot
 * take checkpoints, in words a user understands.
 */
export type CheckpointInputs = { inputs: Record<string, unknown>; refused?: undefined } | { refused: string };

/** One builder type. `C` is its decoded config. */
export interface Builder<C extends BuilderConfig = BuilderConfig> {
  /** The template's `type`. */
  readonly type: string;
  /** How an HCL2 `source` block of this type decodes (its nested blocks) and the Packer plugin it stands for. */
  readonly hcl2: Hcl2SourceSpec;
  /** Decodes and validates the builder's own config (the object without `type` and `name`). */
  decode(node: ConfigObject, ctx: BuilderDecodeContext): BuilderDecodeResult<C>;
  /** What the build is, for displays, and whether it makes an image. */
  overview(config: C): BuilderOverview;
  /** Local files the builder itself reads (for the fingerprint), as `[role, path]`. */
  localFiles(config: C): [string, string][];
  /**
   * What of the config defines the instance when provisioning starts (its local files are
   * `localFiles`, hashed by content), or why the build cannot take checkpoints.
   */
  checkpointInputs(config: C): CheckpointInputs;
  /**
   * The image tags the build would put on its images and snapshots (the template's, then
   * `runTags`, then the fingerprint tag when `fingerprinted`) against the cloud's rules: an error
   * naming where the tags come from, or undefined.
   */
  checkImageTags(
    config: C,
    runTags: Record<string, string> | undefined,
    fingerprinted: boolean,
  ): Error | undefined;
  /** Runs one prepared build; never throws for a failed build (see the result's `status`). */
  run(build: PreparedBuild<C>, opts: BuilderRunOptions): Promise<BuilderResult>;
  /**
   * The details of a build that did not run (it failed before it started, or reused images), from
   * its config and, when known, the source image the reuse lookup resolved.
   */
  details(config: C, resolved?: { sourceImage?: string }): BuildDetails;
  /** The artifact of a build's images (region → image id), e.g. of images reused. */
  artifactOf(images: Record<string, string>): BuildArtifact;
  /** Finds the images of an earlier build with the same fingerprint. */
  readonly reuse: ImageReuse<C>;
  /** Deletes what a killed run left behind: its ledger's resources, then those tagged with the run. */
  sweep(opts: SweepOptions): Promise<SweptResource[]>;
  /**
   * Retention: deletes a build's older final images beyond the newest `keep` and the checkpoint
   * images no kept image descends from, with their snapshots (never one in use or shared).
   */
  prune(opts: PruneOptions): Promise<PruneReport>;
}

/** The builder part of a prepared build. */
export interface PreparedBuilder<C extends BuilderConfig = BuilderConfig> {
  /** The template's builder `type`. */
  type: string;
  /** The decoded config: the fields every builder shows, and the builder's own. */
  config: C;
  /** The builder that decoded it, and runs it. */
  plugin: Builder<C>;
}

/** A build ready to run: every config decoded. */
export interface PreparedBuild<C extends BuilderConfig = BuilderConfig> {
  name: string;
  build: Build;
  builder: PreparedBuilder<C>;
  provisioners: PreparedProvisioner[];
  errorCleanupProvisioner?: PreparedProvisioner;
  postProcessors: PreparedPostProcessor[][];
}
