/**
 * Checkpoints, as the engine asks a builder for them and the builder reports them: at a
 * provisioner boundary the builder keeps an image of the machine's system disk, tagged with the
 * prefix fingerprint (`CHECKPOINT_TAG`) and the final mark once it is Available; a later build
 * whose prefix is unchanged starts from that image and runs only the provisioners after it.
 */

/** What the engine asks of one build's run. */
export interface CheckpointPlan {
  /** Position N (a checkpoint after provisioner N of the build's full list) → its prefix fingerprint. */
  at: Map<number, string>;
  /**
   * Resume: start the machine from this checkpoint image (it wins over the template's source image
   * and image family) and run only the provisioners after position `after`.
   */
  resume?: { imageId: string; after: number };
}

/** A checkpoint a build made (its image is Available, kept, and tagged final). */
export interface CheckpointTaken {
  /** After provisioner N. */
  after: number;
  imageId: string;
  snapshotId: string;
}

/** A checkpoint that could not be made: a warning, never a failed build. */
export interface CheckpointFailure {
  after: number;
  error: string;
}

/** A provisioner a resumed build did not run (its work is in the checkpoint image). */
export interface SkippedProvisioner {
  /** 1-based position in the build's full list. */
  position: number;
  type: string;
  name?: string;
}

/** What a build did with checkpoints, for the log, the summary and the `builds` output. */
export interface CheckpointReport {
  /** The checkpoint the build started from, and the provisioners it therefore skipped. */
  resumedFrom?: { imageId: string; after: number; skipped: SkippedProvisioner[] };
  taken: CheckpointTaken[];
  failed: CheckpointFailure[];
  /** Why this build takes no checkpoints (e.g. data disks), when asked for some. */
  refused?: string;
}
