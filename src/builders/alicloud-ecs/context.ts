/**
 * The typed state of one `alicloud-ecs` build: what the steps read (config, cloud, tags) and what
 * they fill in as they run (source image, zone, key, network, instance, address, images).
 */
import type { Cloud } from "../../cloud/cloud.js";
import type { Image, Instance } from "../../cloud/describe.js";
import type { Communicator } from "../../communicator/communicator.js";
import type { PipelineContext } from "../../pipeline/step.js";
import type { PreparedProvisioner } from "../../provisioners/index.js";
import type { ProvisionerOutcome } from "../../provisioners/provisioner.js";
import type { CheckpointPlan } from "../checkpoints.js";
import type { ProvisioningHooks } from "../hooks.js";
import type { AlicloudEcsConfig } from "./config.js";

/** One checkpoint of the build (steps/checkpoint.ts): its snapshot, then its image in the background. */
export interface CheckpointWork {
  /** After provisioner N (position in the build's full list). */
  after: number;
  /** The prefix fingerprint it is tagged with. */
  fingerprint: string;
  snapshotId: string;
  imageId?: string;
  /** Settles when the snapshot is accomplished or the work failed (never rejects). */
  snapshotDone: Promise<void>;
  /** Settles when the background work ended (never rejects). */
  done: Promise<void>;
  /** Out of the ledger: the build's product, never deleted by this run. */
  kept?: boolean;
  /** Why it failed. */
  error?: string;
}

/** Everything a build's steps share. */
export interface AlicloudBuildContext extends PipelineContext {
  /** The build name (`==> name:`, `PACKER_BUILD_NAME`, the `image-build:build` tag). */
  buildName: string;
  config: AlicloudEcsConfig;
  /** The cloud of the source region (`cloud.forRegion(r)` for copies). */
  cloud: Cloud;
  /** `image-build:run` and `image-build:build`, put on every temporary resource at creation. */
  resourceTags: Record<string, string>;
  /**
   * Tags of the images, their copies and their snapshots: the template's `tags`, then the run's
   * (provenance, the fingerprint), later keys winning.
   */
  imageTags: Record<string, string>;
  /** Working directory: relative `user_data_file` and key paths. */
  cwd: string;
  /** Unique per run: names of temporary resources. */
  runId: string;
  /** Whether `image_disk_mappings[i].disk_delete_with_instance` was written in the template. */
  dataDiskDeleteExplicit: boolean[];
  provisioners: PreparedProvisioner[];
  errorCleanupProvisioner?: PreparedProvisioner;
  /** Values to mask in command output (passwords, keys). */
  secrets: string[];
  /** Registers a secret learnt during the build (the temporary private key) with the output masker. */
  mask: (secret: string) => void;
  /** Connects the communicator and runs the provisioners (the engine provides them). */
  hooks: ProvisioningHooks;
  /** Checkpoints to take, and the checkpoint image to start from (it wins over the source image). */
  checkpointPlan?: CheckpointPlan;
  /** Stops the checkpoints' background work: with the build's signal, or when the build halts. */
  checkpointAbort?: AbortController;
  /** 1-based position of `provisioners[0]` in the build's full list (a resumed build skips some). */
  firstProvisioner: number;

  // Filled by the steps.
  /** The source image (by id); undefined with `image_family`. */
  sourceImage?: Image;
  /** The image id the instance was started from (resolved family image included). */
  sourceImageId?: string;
  /** Zones to try, best first (stock checked), when the template does not fix the zone. */
  zoneCandidates?: string[];
  zoneId?: string;
  keyPairName?: string;
  /** The SSH private key (PEM) to connect with. */
  privateKey?: string;
  vpcId?: string;
  /** The VPC's CIDR block (the vSwitch is carved inside it). */
  vpcCidr?: string;
  vswitchId?: string;
  /** Whether the vSwitch is ours (it may be moved to another zone on NoStock). */
  vswitchCreated?: boolean;
  securityGroupId?: string;
  instanceId?: string;
  /** When the instance's cleanup deleted it (performance.now()): its network is released a few seconds later. */
  instanceDeletedAt?: number;
  instance?: Instance;
  /** The address the communicator connects to. */
  host?: string;
  eipAllocationId?: string;
  communicator?: Communicator;
  provisionerOutcomes: ProvisionerOutcome[];
  /** The instance's system disk, once looked up. */
  systemDiskId?: string;
  /** The checkpoints taken so far. */
  checkpoints: CheckpointWork[];
  /** Snapshot made for `image_ignore_data_disks`. */
  snapshotId?: string;
  imageId?: string;
  /** Snapshots behind the image. */
  imageSnapshotIds: string[];
  /** Whether the share step changed the images' permissions (undone on a failed build). */
  imageShared?: boolean;
  /** Region → image id: the source image and its copies. */
  images: Record<string, string>;
}
