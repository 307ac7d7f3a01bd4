/** What one build did, whatever its builder: for the CLI's closing list, the action's outputs and the job summary. */
import type { ActionStats } from "../cloud/accounting.js";
import type { LedgerEntry } from "../pipeline/ledger.js";
import type { StepRecord } from "../pipeline/runner.js";
import type { RunStatus } from "../pipeline/step.js";
import type { Artifact } from "../post-processors/artifact.js";
import type { ProvisionerOutcome } from "../provisioners/provisioner.js";

/** A build's artifact, as its builder makes it (Packer's `Artifact`: `Id()`, `String()`, `Files()`). */
export interface BuildArtifact extends Artifact {
  id(): string;
  toString(): string;
  files(): string[];
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
  /** The image the machine started from. */
  sourceImage?: string;
  instanceType?: string;
  zoneId?: string;
  /** The builder's machine (`{{ build \`ID\` }}` of post-processors). */
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
