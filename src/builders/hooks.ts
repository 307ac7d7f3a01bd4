/**
 * What a builder asks of the engine while it runs: connect the communicator to its machine, run
 * the template's provisioners over it, and the error-cleanup provisioner after a failure. The
 * builder gives the machine's address and Packer's build data; it knows no provisioner.
 */
import type { Communicator } from "../communicator/communicator.js";
import type { CommunicatorConfig } from "../communicator/config.js";
import type { PreparedProvisioner } from "../provisioners/index.js";
import type { ProvisionerOutcome } from "../provisioners/provisioner.js";
import type { Ui } from "../ui/ui.js";

/** Where and how to connect. */
export interface ConnectRequest {
  comm: CommunicatorConfig;
  /** The machine's address. */
  host: string;
  /** The temporary private key (PEM), when the builder made one. */
  privateKey?: string;
  ui: Ui;
}

/** What the provisioners run with. */
export interface ProvisionRequest {
  ui: Ui;
  buildName: string;
  /** `PACKER_BUILDER_TYPE`. */
  builderType: string;
  communicator?: Communicator;
  provisioners: PreparedProvisioner[];
  errorCleanupProvisioner?: PreparedProvisioner;
  /** Packer's build data at this point of the build (`../provisioners/build-data.ts`). */
  buildData: Record<string, string>;
  /** Hears about each provisioner that ran. */
  onOutcome: (outcome: ProvisionerOutcome) => void;
  /**
   * The 1-based position of `provisioners[0]` in the build's full list (a resumed build runs only
   * the provisioners after its checkpoint); default 1.
   */
  firstPosition?: number;
  /**
   * Called after provisioner N (its position in the build's full list) succeeded, and awaited
   * before the next one starts: the builder takes a checkpoint there. Absent: no boundaries.
   */
  onBoundary?: (position: number, signal: AbortSignal) => Promise<void>;
}

/** Connect and provision for a build (the communicator and provisioners modules provide them). */
export interface ProvisioningHooks {
  connect?: (req: ConnectRequest, signal: AbortSignal) => Promise<Communicator>;
  provision?: (req: ProvisionRequest, signal: AbortSignal) => Promise<void>;
  provisionErrorCleanup?: (req: ProvisionRequest) => Promise<void>;
}
