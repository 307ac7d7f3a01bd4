/** ECS response shapes of model records (field names and wrappers as the metadata's schemas give them). */
import { createHash } from "node:crypto";
import { isoMinute, isoTime } from "../../model/clock.js";
import { ownerAlias } from "../../model/images.js";
import type {
  DiskRecord,
  EipRecord,
  ImageRecord,
  InstanceRecord,
  KeyPairRecord,
  SecurityGroupRecord,
  SnapshotRecord,
} from "../../model/resources.js";
import type { State } from "../../model/state.js";
import { ecsTags } from "../../model/tags.js";

/** A stable MAC address for an instance's primary ENI (Alibaba's 00:16:3e prefix). */
function macAddress(instanceId: string): string {
  const h = createHash("sha256").update(instanceId).digest("hex");
  return `00:16:3e:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

/** One image as DescribeImages lists it. */
export function imageShape(st: State, im: ImageRecord, accountId: string): Record<string, unknown> {
  const progress = im.status === "Creating" || im.status === "Waiting" ? st.progress(im) : 100;
  const alias = ownerAlias(im, accountId);
  return {
    ImageId: im.id,
    ImageName: im.name,
    ImageFamily: im.family,
    ImageVersion: im.version,
    Description: im.description,
    Status: im.status,
    Progress: `${im.status === "CreateFailed" ? 0 : progress}%`,
    Size: im.size,
    CreationTime: isoTime(im.createdAt),
    ImageOwnerAlias: alias,
    ImageOwnerId: alias === "system" ? 0 : Number(im.accountId),
    IsPublic: im.isPublic,
    IsCopied: im.copiedFrom !== undefined,
    IsSelfShared: alias === "self" && Object.keys(im.sharedWith).length > 0 ? "True" : "",
    IsSubscribed: false,
    IsSupportCloudinit: im.osType === "linux",
    IsSupportIoOptimized: true,
    LoginAsNonRootSupported: false,
    Usage: st.list<InstanceRecord>("instance", undefined, im.regionId).some((i) => i.imageId === im.id)
      ? "instance"
      : "none",
    Platform: im.platform,
    OSType: im.osType,
    OSName: im.osName,
    OSNameEn: im.osName
      .replace(/64位/g, "64 bit")
      .replace(/[^\x20-\x7e]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    Architecture: im.architecture,
    BootMode: im.bootMode,
    ProductCode: "",
    ResourceGroupId: im.resourceGroupId,
    SupplierName: "",
    LicenseType: "",
    DiskDeviceMappings: {
      DiskDeviceMapping: im.mappings.map((m) => ({
        Device: m.device,
        Size: String(m.size),
        SnapshotId: m.snapshotId,
        Type: m.type,
        Format: "",
        ImportOSSBucket: "",
        ImportOSSObject: "",
        Progress: `${progress}%`,
        RemainTime: 0,
        Encrypted: false,
      })),
    },
    Tags: ecsTags(im.tags),
    Features: { NvmeSupport: "supported", ImdsSupport: "v2" },
    DetectionOptions: { Status: "", Items: { Item: [] } },
  };
}

function eipOf(st: State, inst: InstanceRecord): EipRecord | undefined {
  return inst.eipAllocationId ? st.store<EipRecord>("eip").get(inst.eipAllocationId) : undefined;
}

/** The parts DescribeInstances and DescribeInstanceAttribute share. */
function instanceCommon(st: State, inst: InstanceRecord): Record<string, unknown> {
  const type = st.catalog.instanceTypes.find((t) => t.instanceType === inst.instanceType);
  const eip = eipOf(st, inst);
  return {
    InstanceId: inst.id,
    InstanceName: inst.name,
    Description: inst.description,
    HostName: inst.hostName,
    Status: inst.status,
    RegionId: inst.regionId,
    ZoneId: inst.zoneId,
    InstanceType: inst.instanceType,
    ImageId: inst.imageId,
    Cpu: type?.cpu ?? 1,
    Memory: (type?.memory ?? 1) * 1024,
    CreationTime: isoMinute(inst.createdAt),
    InstanceNetworkType: inst.networkType,
    InstanceChargeType: "PostPaid",
    InternetChargeType: inst.internetChargeType,
    InternetMaxBandwidthOut: inst.internetMaxBandwidthOut,
    InternetMaxBandwidthIn: inst.internetMaxBandwidthIn,
    ExpiredTime: "2099-12-31T15:59Z",
    StoppedMode: inst.status === "Stopped" ? "KeepCharging" : "Not-applicable",
    ClusterId: "",
    VlanId: "",
    SerialNumber: inst.id.slice(2),
    CreditSpecification: "",
    SecurityGroupIds: { SecurityGroupId: [...inst.securityGroupIds] },
    PublicIpAddress: { IpAddress: inst.publicIp ? [inst.publicIp] : [] },
    InnerIpAddress: { IpAddress: inst.innerIp ? [inst.innerIp] : [] },
    VpcAttributes: {
      VpcId: inst.vpcId ?? "",
      VSwitchId: inst.vswitchId ?? "",
      NatIpAddress: "",
      PrivateIpAddress: { IpAddress: inst.privateIp ? [inst.privateIp] : [] },
    },
    EipAddress: {
      AllocationId: eip?.id ?? "",
      IpAddress: eip?.ipAddress ?? "",
      Bandwidth: eip ? Number(eip.bandwidth) : 0,
      InternetChargeType: eip?.internetChargeType ?? "",
    },
    OperationLocks: { LockReason: [] },
    DedicatedHostAttribute: { DedicatedHostId: "", DedicatedHostName: "" },
  };
}

/** One instance as DescribeInstances lists it. */
export function instanceShape(st: State, inst: InstanceRecord): Record<string, unknown> {
  const type = st.catalog.instanceTypes.find((t) => t.instanceType === inst.instanceType);
  const primaryIp = inst.privateIp ?? inst.innerIp ?? "";
  const common = instanceCommon(st, inst);
  return {
    ...common,
    EipAddress: { ...(common.EipAddress as object), IsSupportUnassociate: true },
    DedicatedHostAttribute: { ...(common.DedicatedHostAttribute as object), DedicatedHostClusterId: "" },
    IoOptimized: inst.ioOptimized,
    OSType: inst.osType,
    OSName: inst.osName,
    OSNameEn: inst.osName
      .replace(/[^\x20-\x7e]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    KeyPairName: inst.keyPairName ?? "",
    StartTime: inst.startedAt ? isoMinute(inst.startedAt) : "",
    InstanceTypeFamily: type?.family ?? "",
    GPUAmount: type?.gpu ?? 0,
    GPUSpec: type?.gpu ? "NVIDIA P4" : "",
    DeviceAvailable: true,
    DeletionProtection: false,
    Recyclable: false,
    LocalStorageAmount: 0,
    LocalStorageCapacity: 0,
    SaleCycle: "",
    SpotStrategy: "NoSpot",
    SpotPriceLimit: 0,
    SpotDuration: 0,
    SpotInterruptionBehavior: "Terminate",
    AutoReleaseTime: "",
    DeploymentSetId: "",
    DeploymentSetGroupNo: 0,
    HpcClusterId: "",
    ResourceGroupId: "",
    ISP: "",
    EnableNVS: false,
    Tags: ecsTags(inst.tags),
    MetadataOptions: { HttpEndpoint: "enabled", HttpTokens: "optional", HttpPutResponseHopLimit: 1 },
    HibernationOptions: { Configured: false },
    CpuOptions: { CoreCount: type?.cpu ?? 1, ThreadsPerCore: 1, Numa: "", TopologyType: "" },
    ImageOptions: { LoginAsNonRoot: false, CurrentOSNVMeSupported: true },
    RdmaIpAddress: { IpAddress: [] },
    NetworkInterfaces: {
      NetworkInterface: primaryIp
        ? [
            {
              NetworkInterfaceId: `eni-${inst.id.slice(2)}`,
              Type: "Primary",
              MacAddress: macAddress(inst.id),
              PrimaryIpAddress: primaryIp,
              PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: primaryIp, Primary: true }] },
              Ipv6Sets: { Ipv6Set: [] },
              Ipv4PrefixSets: { Ipv4PrefixSet: [] },
              Ipv6PrefixSets: { Ipv6PrefixSet: [] },
            },
          ]
        : [],
    },
    ClockOptions: { PtpStatus: "disabled" },
  };
}

/** DescribeInstanceAttribute's body (without RequestId). */
export function instanceAttributeShape(st: State, inst: InstanceRecord): Record<string, unknown> {
  return {
    ...instanceCommon(st, inst),
    IoOptimized: inst.ioOptimized ? "optimized" : "none",
    EnableJumboFrame: false,
    EnableNetworkEncryption: false,
    NetworkOptions: { BandwidthWeighting: "" },
  };
}

/** One disk as DescribeDisks lists it. */
export function diskShape(disk: DiskRecord): Record<string, unknown> {
  return {
    DiskId: disk.id,
    DiskName: disk.name,
    Description: disk.description,
    Type: disk.type,
    Category: disk.category,
    Size: disk.size,
    Status: disk.status,
    Device: disk.instanceId ? disk.device : "",
    InstanceId: disk.instanceId ?? "",
    ZoneId: disk.zoneId,
    RegionId: disk.regionId,
    ImageId: disk.imageId ?? "",
    SourceSnapshotId: disk.sourceSnapshotId ?? "",
    DeleteWithInstance: disk.deleteWithInstance,
    DeleteAutoSnapshot: true,
    EnableAutoSnapshot: false,
    EnableAutomatedSnapshotPolicy: false,
    Encrypted: disk.encrypted,
    Portable: disk.type === "data",
    DiskChargeType: "PostPaid",
    CreationTime: isoTime(disk.createdAt),
    AttachedTime: disk.attachedAt && disk.instanceId ? isoTime(disk.attachedAt) : "",
    DetachedTime: "",
    ExpiredTime: "2999-09-08T16:00Z",
    IOPS: 2000,
    IOPSRead: 1000,
    IOPSWrite: 1000,
    PerformanceLevel: disk.category === "cloud_essd" ? "PL1" : "",
    ResourceGroupId: "",
    KMSKeyId: "",
    MultiAttach: "Disabled",
    Tags: ecsTags(disk.tags),
    OperationLocks: { OperationLock: [] },
    Attachments: {
      Attachment: disk.instanceId
        ? [
            {
              InstanceId: disk.instanceId,
              Device: disk.device,
              AttachedTime: isoTime(disk.attachedAt ?? disk.createdAt),
            },
          ]
        : [],
    },
    MountInstances: { MountInstance: [] },
  };
}

/** One snapshot as DescribeSnapshots lists it. */
export function snapshotShape(st: State, sn: SnapshotRecord): Record<string, unknown> {
  const progress = sn.status === "progressing" ? st.progress(sn) : sn.status === "accomplished" ? 100 : 0;
  const remain =
    sn.pending && Number.isFinite(sn.pending.until)
      ? Math.max(0, Math.ceil((sn.pending.until - st.now()) / 1000))
      : 0;
  return {
    SnapshotId: sn.id,
    SnapshotName: sn.name,
    Description: sn.description,
    Status: sn.status,
    Progress: `${progress}%`,
    RemainTime: remain,
    CreationTime: isoTime(sn.createdAt),
    LastModifiedTime: isoTime(sn.createdAt),
    SourceDiskId: sn.sourceDiskId,
    SourceDiskType: sn.sourceDiskType === "system" ? "System" : "Data",
    SourceDiskSize: String(sn.sourceDiskSize),
    SourceStorageType: "disk",
    Usage: sn.imageId ? "image" : "none",
    SnapshotType: "user",
    Category: "standard",
    InstantAccess: false,
    InstantAccessRetentionDays: 0,
    Available: sn.status === "accomplished",
    Encrypted: sn.encrypted,
    RegionId: sn.regionId,
    RetentionDays: 0,
    ResourceGroupId: "",
    KMSKeyId: "",
    SnapshotSN: `64472-${sn.id.slice(2, 14)}`,
    ProductCode: "",
    SnapshotLinkId: "",
    Tags: ecsTags(sn.tags),
  };
}

/** One security group as DescribeSecurityGroups lists it. */
export function securityGroupShape(st: State, sg: SecurityGroupRecord): Record<string, unknown> {
  const users = st
    .list<InstanceRecord>("instance", sg.accountId, sg.regionId)
    .filter((i) => i.securityGroupIds.includes(sg.id)).length;
  return {
    SecurityGroupId: sg.id,
    SecurityGroupName: sg.name,
    Description: sg.description,
    SecurityGroupType: sg.securityGroupType,
    VpcId: sg.vpcId ?? "",
    CreationTime: isoTime(sg.createdAt),
    EcsCount: users,
    AvailableInstanceAmount: 2000 - users,
    ResourceGroupId: sg.resourceGroupId,
    ServiceManaged: false,
    RuleCount: sg.rules.length,
    GroupToGroupRuleCount: sg.rules.filter((r) => r.sourceGroupId || r.destGroupId).length,
    Tags: ecsTags(sg.tags),
  };
}

/** One key pair as DescribeKeyPairs lists it. */
export function keyPairShape(kp: KeyPairRecord, includePublicKey: boolean): Record<string, unknown> {
  return {
    KeyPairName: kp.name,
    KeyPairFingerPrint: kp.fingerprint,
    CreationTime: isoTime(kp.createdAt),
    ResourceGroupId: kp.resourceGroupId,
    ...(includePublicKey ? { PublicKey: kp.publicKey } : {}),
    Tags: ecsTags(kp.tags),
  };
}
