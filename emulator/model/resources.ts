/** The resource records the model keeps (JSON-able; `dump()` returns them as they are). */

/** Kinds of resources, as the leak check and tag APIs name them. */
export type ResourceKind =
  | "instance"
  | "disk"
  | "snapshot"
  | "image"
  | "securitygroup"
  | "keypair"
  | "vpc"
  | "vswitch"
  | "eip";

/** A transient state in progress: the resource moves to its next state at `until` (ms; Infinity = stuck). */
export interface Pending {
  startedAt: number;
  until: number;
}

/** Fields every resource has. */
export interface BaseResource {
  kind: ResourceKind;
  id: string;
  accountId: string;
  regionId: string;
  createdAt: number;
  tags: Record<string, string>;
  status: string;
  pending?: Pending;
}

export interface InstanceRecord extends BaseResource {
  kind: "instance";
  status: "Pending" | "Starting" | "Running" | "Stopping" | "Stopped";
  /** What the instance does when the transient state ends. */
  next?: "Stopped" | "Running" | "Starting";
  name: string;
  description: string;
  hostName: string;
  zoneId: string;
  instanceType: string;
  imageId: string;
  osType: "linux" | "windows";
  osName: string;
  networkType: "vpc" | "classic";
  vpcId?: string;
  vswitchId?: string;
  privateIp?: string;
  innerIp?: string;
  publicIp?: string;
  eipAllocationId?: string;
  securityGroupIds: string[];
  keyPairName?: string;
  /** The key pair the guest actually trusts (set at boot; AttachKeyPair on a running instance needs a reboot). */
  bootKeyPairName?: string;
  /** Whether a password was set (the password itself is kept for the SSH server, never dumped). */
  hasPassword: boolean;
  userData?: string;
  internetChargeType: string;
  internetMaxBandwidthOut: number;
  internetMaxBandwidthIn: number;
  ioOptimized: boolean;
  ramRoleName?: string;
  startedAt?: number;
  diskIds: string[];
  clientToken?: string;
}

export interface DiskRecord extends BaseResource {
  kind: "disk";
  status: "In_use" | "Available";
  type: "system" | "data";
  category: string;
  size: number;
  name: string;
  description: string;
  device: string;
  zoneId: string;
  instanceId?: string;
  deleteWithInstance: boolean;
  sourceSnapshotId?: string;
  imageId?: string;
  encrypted: boolean;
  attachedAt?: number;
}

export interface SnapshotRecord extends BaseResource {
  kind: "snapshot";
  status: "progressing" | "accomplished" | "failed";
  name: string;
  description: string;
  sourceDiskId: string;
  sourceDiskType: "system" | "data";
  sourceDiskSize: number;
  /** The instance whose disk it was taken from (for DescribeSnapshots InstanceId). */
  instanceId?: string;
  /** Set when the snapshot was made for (or by) an image. */
  imageId?: string;
  encrypted: boolean;
}

export interface DiskMapping {
  device: string;
  size: number;
  snapshotId: string;
  type: "system" | "data";
}

export interface ImageRecord extends BaseResource {
  kind: "image";
  status: "Creating" | "Waiting" | "Available" | "CreateFailed" | "UnAvailable";
  name: string;
  description: string;
  version: string;
  family: string;
  platform: string;
  osType: "linux" | "windows";
  osName: string;
  architecture: string;
  bootMode: string;
  size: number;
  mappings: DiskMapping[];
  sourceInstanceId?: string;
  /** For a copy: the source image and region. */
  copiedFrom?: { imageId: string; regionId: string };
  /** accountId → share time (ms). */
  sharedWith: Record<string, number>;
  isPublic: boolean;
  resourceGroupId: string;
  clientToken?: string;
}

export interface SecurityGroupRule {
  ruleId: string;
  direction: "ingress" | "egress";
  ipProtocol: string;
  portRange: string;
  sourceCidrIp: string;
  destCidrIp: string;
  sourceGroupId: string;
  destGroupId: string;
  policy: string;
  priority: string;
  nicType: string;
  description: string;
  createdAt: number;
}

export interface SecurityGroupRecord extends BaseResource {
  kind: "securitygroup";
  status: "Available";
  name: string;
  description: string;
  vpcId?: string;
  securityGroupType: string;
  rules: SecurityGroupRule[];
  resourceGroupId: string;
}

export interface KeyPairRecord extends BaseResource {
  kind: "keypair";
  status: "Available";
  /** Key pairs are named; `id` is the KeyPairId and `name` the KeyPairName (the API's handle). */
  name: string;
  fingerprint: string;
  /** OpenSSH public key (`ssh-rsa AAAA…`). */
  publicKey: string;
  resourceGroupId: string;
}

export interface VpcRecord extends BaseResource {
  kind: "vpc";
  status: "Pending" | "Available";
  name: string;
  description: string;
  cidrBlock: string;
  vRouterId: string;
  routeTableId: string;
  resourceGroupId: string;
  isDefault: boolean;
}

export interface VSwitchRecord extends BaseResource {
  kind: "vswitch";
  status: "Pending" | "Available";
  name: string;
  description: string;
  vpcId: string;
  zoneId: string;
  cidrBlock: string;
  /** First three octets of the 127.x addresses its instances get. */
  addressBlock: string;
  nextHost: number;
  capacity: number;
  isDefault: boolean;
}

export interface EipRecord extends BaseResource {
  kind: "eip";
  status: "Available" | "Associating" | "InUse" | "Unassociating";
  next?: "Available" | "InUse";
  name: string;
  description: string;
  ipAddress: string;
  bandwidth: string;
  internetChargeType: string;
  instanceChargeType: string;
  isp: string;
  instanceId?: string;
  resourceGroupId: string;
}

/** Any resource. */
export type AnyResource =
  | InstanceRecord
  | DiskRecord
  | SnapshotRecord
  | ImageRecord
  | SecurityGroupRecord
  | KeyPairRecord
  | VpcRecord
  | VSwitchRecord
  | EipRecord;
