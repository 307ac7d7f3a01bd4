/** What one build did, whatever its builder: for the CLI's closing list, the action's outputs and the job summary. */
import type { ActionStats } from "../cloud/accounting.js";
import type { LedgerEntry } from "../pipeline/ledger.js";
import type { StepRecord } from "../pipeline/runner.js";
import type { RunStatus } from "../pipeline/step.js";
import type { Artifact } from "../post-processors/artifact.js";
import type { ProvisionerOutcome } from "../provisioners/provisioner.js";
import type { CheckpointReport } from "./checkpoints.js";

/** A build's artifact, as its builder makes it (Packer's `Artifact`: `Id()`, `String()`, `Files()`). */
export interface BuildArtifact extends Artifact {
  id(): string;
  toString(): string;
  files(): string[];
}

/**
 * One fact a builder tells of a build, labelled so that a front end shows it without knowing the
 * builder (`alicloud-ecs`: the source image, the instance type, the zone).
 */
export interface BuildFact {
  /** A stable name to look the fact up by (`source-image`, `zone`). */
  key: string;
  /** What a table's column calls it (`Source image`). */
  label: string;
  /** The value, once the build got that far. */
  value?: string;
  /** How the build's one-line account introduces the value (`from`); absent: not in that line. */
  lead?: string;
}

/** How Terraform finds an image by its tags, in the builder's cloud: one data source block. */
export interface TerraformImageLookup {
  /** The Terraform provider (`alicloud`): a lookup in another region names `provider = <provider>.<alias>`. */
  provider: string;
  /** The data source that finds images (`alicloud_images`). */
  dataSource: string;
  /** Its arguments besides the tags, as written in HCL: `[name, expression]` (`["owners", '"self"']`). */
  arguments: [string, string][];
  /** The argument that takes the tags to match, as a map (`tags`). */
  tagsArgument: string;
  /** Where the image ID is in the data source (`images[0].id`). */
  idAttribute: string;
}

/** What a builder tells of one build, beyond the generic result: the builder owns its content. */
export interface BuildDetails {
  /** The builder type (`alicloud-ecs`). */
  builder: string;
  /** Facts for tables and the build's account, in the order they are shown. */
  facts: BuildFact[];
  /** The machine the build ran on, once it was created (Packer's build `ID` for post-processors). */
  machine?: { id: string; label: string };
  /** How Terraform looks its images up by tag (the job summary's snippet), when the cloud has a provider. */
  terraform?: TerraformImageLookup;
}

/** The value of the fact `key` of a build's details, if it has one. */
export function factOf(details: BuildDetails | undefined, key: string): string | undefined {
  return details?.facts.find((f) => f.key === key)?.value;
}

/** One build's result, as its builder reports it. */
export interface BuilderResult {
  name: string;
  status: RunStatus;
  error?: unknown;
  failedStep?: string;
  /** Present when images were created (absent with skip_create_image or on failure). */
  artifact?: BuildArtifact;
  /** The build's own region. */
  region: string;
  /** Region → image id. */
  images: Record<string, string>;
  /** What the builder tells of the build, in its own terms (what it ran on, where, from what). */
  details?: BuildDetails;
  steps: StepRecord[];
  /** API calls by action (calls, attempts, retries, errors, latency). */
  calls: ActionStats[];
  provisioners: ProvisionerOutcome[];
  cleanupErrors: { step: string; error: unknown }[];
  /** Resources still existing after the run (nothing, unless a cleanup failed or on-error=abort). */
  leftBehind: LedgerEntry[];
  durationMs: number;
  /** What the build did with checkpoints, when it was asked for some. */
  checkpoints?: CheckpointReport;
}
