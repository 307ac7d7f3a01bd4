/**
 * Instances: creation (CreateInstance leaves them Stopped, RunInstances starts them), the
 * Pending → Starting → Running / Stopping → Stopped state machine, deletion and public IPs.
 */
import { zonesOf } from "../catalog/index.js";
import { latestOfFamily, usableImage } from "./images.js";
import { findKeyPair } from "./key-pairs.js";
import { allocatePrivateIp, detachEip, getVSwitch, type Scope } from "./network.js";
import type { DiskRecord, EipRecord, ImageRecord, InstanceRecord, SnapshotRecord } from "./resources.js";
import { getSecurityGroup } from "./security-groups.js";
import { fail, type State } from "./state.js";
import { createAttachedDisk, deviceName } from "./storage.js";
import { applyTags } from "./tags.js";

/** A data disk as CreateInstance/RunInstances receive it. */
export interface DataDiskInput {
  Size?: number | string;
  SnapshotId?: string;
  Category?: string;
  DiskName?: string;
  Description?: string;
  Device?: string;
  DeleteWithInstance?: boolean | string;
  Encrypted?: boolean | string;
}

/** What CreateInstance/RunInstances take (decoded). */
export interface CreateInstanceInput {
  imageId?: string;
  imageFamily?: string;
  instanceType: string;
  securityGroupIds: string[];
  vswitchId?: string;
  zoneId?: string;
  name?: string;
  description?: string;
  hostName?: string;
  password?: string;
  keyPairName?: string;
  userData?: string;
  internetChargeType?: string;
  internetMaxBandwidthOut?: number;
  internetMaxBandwidthIn?: number;
  systemDisk?: {
    Size?: number | string;
    Category?: string;
    DiskName?: string;
    Description?: string;
    Encrypted?: boolean | string;
  };
  dataDisks?: DataDiskInput[];
  tags?: [string, string][];
  ioOptimized?: string;
  ramRoleName?: string;
  /** RunInstances: start it and give a public IP when bandwidth > 0. */
  run: boolean;
}

function bool(v: unknown, dflt: boolean): boolean {
  if (v === undefined || v === null || v === "") return dflt;
  return v === true || v === "true";
}

/** Every address an instance answers on: private (VPC) or inner (classic) IP, public IP, EIP. */
export function instanceAddresses(st: State, inst: InstanceRecord): string[] {
  const eip = inst.eipAllocationId ? st.store<EipRecord>("eip").get(inst.eipAllocationId) : undefined;
  return [inst.privateIp, inst.innerIp, inst.publicIp, eip?.ipAddress].filter((a): a is string => !!a);
}

/** Tells listeners an instance's addresses changed. */
export function addressesChanged(st: State, inst: InstanceRecord): void {
  st.events.emit("instance.addresses", { instanceId: inst.id, addresses: instanceAddresses(st, inst) });
}

/** Sets an instance's status and tells listeners. */
export function setInstanceStatus(st: State, inst: InstanceRecord, to: InstanceRecord["status"]): void {
  const from = inst.status;
  inst.status = to;
  if (to === "Running" && from === "Starting") {
    inst.bootKeyPairName = inst.keyPairName;
    inst.startedAt = st.now();
  }
  st.events.emit("instance.state", { instance: inst, from, to });
}

function scheduleStart(st: State, inst: InstanceRecord, start?: number): void {
  setInstanceStatus(st, inst, "Starting");
  st.schedule(inst, "instance.start", () => setInstanceStatus(st, inst, "Running"), {
    start,
    onFail: () => setInstanceStatus(st, inst, "Stopped"),
  });
}

function pickZone(st: State, s: Scope, instanceType: string, zoneId: string | undefined): string {
  const zones = zonesOf(st.catalog, s.regionId);
  if (zoneId !== undefined && zoneId !== "") {
    if (!zones.includes(zoneId))
      fail("InvalidZoneId.NotFound", "The ZoneId provided does not exist in our records.", 404);
    return zoneId;
  }
  // Like the real API without a zone: the first zone that sells the type and has stock.
  const ok = zones.find(
    (z) =>
      !st.catalog.zonesNotOnSale.has(z) &&
      (st.catalog.zoneInstanceTypes.get(z) ?? []).includes(instanceType) &&
      (st.catalog.stock.get(z)?.get(instanceType) ?? 1) > 0,
  );
  return ok ?? zones[0];
}

function takeStock(st: State, zoneId: string, instanceType: string): void {
  if (st.catalog.zonesNotOnSale.has(zoneId))
    fail("Zone.NotOnSale", "The specified zone is not available for purchase.", 403);
  if (!(st.catalog.zoneInstanceTypes.get(zoneId) ?? []).includes(instanceType)) {
    fail(
      "InvalidInstanceType.ZoneNotSupported",
      "The specified zone does not support this instancetype.",
      403,
    );
  }
  const left = st.catalog.stock.get(zoneId)?.get(instanceType);
  if (left !== undefined) {
    if (left <= 0) {
      fail(
        "OperationDenied.NoStock",
        "The requested resource is sold out in the specified zone; try other types of resources or other regions and zones.",
        403,
      );
    }
    st.catalog.stock.get(zoneId)!.set(instanceType, left - 1);
  }
}

function returnStock(st: State, zoneId: string, instanceType: string): void {
  const left = st.catalog.stock.get(zoneId)?.get(instanceType);
  if (left !== undefined) st.catalog.stock.get(zoneId)!.set(instanceType, left + 1);
}

const PASSWORD_SPECIALS = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";

/** The API's rules for InstanceName, Password and UserData. */
function checkLaunchInputs(p: CreateInstanceInput, vpc: boolean): void {
  if (
    p.name !== undefined &&
    (!/^[A-Za-z\u4e00-\u9fa5][\s\S]{1,127}$/.test(p.name) || /^https?:\/\//.test(p.name))
  ) {
    fail("InvalidInstanceName.Malformed", 'The specified parameter "InstanceName" is not valid.');
  }
  if (p.password !== undefined) {
    const pw = p.password;
    const classes =
      [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(pw)).length +
      ([...pw].some((c) => PASSWORD_SPECIALS.includes(c)) ? 1 : 0);
    const allowed = [...pw].every((c) => /[A-Za-z0-9]/.test(c) || PASSWORD_SPECIALS.includes(c));
    if (pw.length < 8 || pw.length > 30 || classes < 3 || !allowed) {
      fail("InvalidPassword.Malformed", 'The specified parameter "Password" is not valid.');
    }
  }
  if (p.userData !== undefined) {
    if (!vpc) {
      fail(
        "InvalidUserData.NotSupported",
        'The specified parameter "UserData" only support the vpc and IoOptimized Instance.',
      );
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(p.userData) || p.userData.length % 4 !== 0) {
      fail("InvalidUserData.Base64FormatInvalid", "The specified UserData is not valid.", p.run ? 400 : 403);
    }
    if (Buffer.from(p.userData, "base64").length > 32 * 1024) {
      fail("InvalidUserData.SizeExceeded", 'The specified parameter "UserData" exceeds the size.');
    }
  }
}

/** CreateInstance / RunInstances (one instance; RunInstances calls it `Amount` times). */
export function createInstance(st: State, s: Scope, p: CreateInstanceInput): InstanceRecord {
  st.region(s.regionId);
  const type = st.catalog.instanceTypes.find((t) => t.instanceType === p.instanceType);
  if (!type) {
    // the texts the metadata gives each action for this code
    fail(
      "InvalidInstanceType.ValueNotSupported",
      p.run
        ? "The specified InstanceType beyond the permitted range."
        : "The specified InstanceType does not exist or beyond the permitted range.",
    );
  }
  if (p.imageId && p.imageFamily) {
    fail(
      "UnexpectedImageFamily.ImageIdSupplied",
      "The input parameter ImageFamily must be null when image id is set.",
    );
  }
  let image: ImageRecord;
  if (p.imageFamily) {
    const im = latestOfFamily(st, s, p.imageFamily);
    if (!im) fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
    image = im;
  } else {
    if (!p.imageId)
      fail(
        "MissingParameter",
        'The input parameter "ImageId" that is mandatory for processing this request is not supplied.',
      );
    image = usableImage(st, s, p.imageId);
  }
  // Network: a vSwitch means VPC; without one, the classic network.
  let vpcId: string | undefined;
  let zoneId: string;
  const vsw = p.vswitchId ? getVSwitch(st, s, p.vswitchId) : undefined;
  if (vsw) {
    if (vsw.status !== "Available") {
      fail("IncorrectVSwitchStatus", "The current status of virtual switch does not support this operation.");
    }
    if (p.zoneId && p.zoneId !== vsw.zoneId) {
      fail(
        "InvalidParameter.NotMatch",
        `The specified ZoneId ${p.zoneId} does not match the zone of VSwitch ${vsw.id}.`,
        403,
      );
    }
    vpcId = vsw.vpcId;
    zoneId = vsw.zoneId;
  } else {
    zoneId = pickZone(st, s, p.instanceType, p.zoneId);
  }
  if (p.securityGroupIds.length === 0) {
    fail(
      "MissingParameter",
      'The input parameter "SecurityGroupId" that is mandatory for processing this request is not supplied.',
    );
  }
  for (const id of p.securityGroupIds) {
    const sg = getSecurityGroup(st, s, id);
    if ((sg.vpcId ?? "") !== (vpcId ?? "")) {
      if (vpcId)
        fail(
          "InvalidParameter.Mismatch",
          "Specified security group and virtual switch are not in the same VPC.",
        );
      fail(
        "InvalidSecurityGroup.NetworkType",
        `The security group ${sg.id} belongs to a VPC and cannot be used in the classic network.`,
      );
    }
  }
  if (p.keyPairName) {
    if (!findKeyPair(st, s, p.keyPairName)) {
      fail(
        "InvalidKeyPairName.NotFound",
        "The specified parameter KeyPairName does not exist in our records.",
        404,
      );
    }
    if (image.osType === "windows") {
      fail(
        "DependencyViolation.WindowsInstance",
        "The instance creating is windows, cannot use ssh key pair to login.",
        403,
      );
    }
  }
  checkLaunchInputs(p, vsw !== undefined);
  if (
    p.internetMaxBandwidthOut !== undefined &&
    (p.internetMaxBandwidthOut < 0 || p.internetMaxBandwidthOut > 100)
  ) {
    fail("InvalidParameter", 'The specified parameter "InternetMaxBandwidthOut" is not valid.');
  }
  // Disks.
  const sysSize =
    p.systemDisk?.Size !== undefined && p.systemDisk.Size !== ""
      ? Number(p.systemDisk.Size)
      : Math.max(image.size, image.osType === "windows" ? 40 : 20);
  if (!Number.isInteger(sysSize))
    fail("InvalidSystemDiskSize", "The specified parameter SystemDisk.Size is invalid.", 404);
  if (sysSize < image.size) {
    fail(
      "InvalidSystemDiskSize.LessThanImageSize",
      "The specified parameter SystemDisk.Size is less than the image size.",
      404,
    );
  }
  if (sysSize > 2048)
    fail(
      "InvalidSystemDiskSize.MoreThanMaxSize",
      "The specified SystemDisk.Size parameter exceeds the maximum size.",
      404,
    );
  const dataDisks = p.dataDisks ?? [];
  if (dataDisks.length > 16)
    fail("InstanceDiskNumber.LimitExceed", "The total number of specified disk in an instance exceeds.");
  const dataSpecs = dataDisks.map((d) => {
    let size = d.Size !== undefined && d.Size !== "" ? Number(d.Size) : undefined;
    if (d.SnapshotId) {
      const sn = st.get<SnapshotRecord>("snapshot", d.SnapshotId, s.accountId, s.regionId);
      if (!sn) fail("InvalidSnapshotId.NotFound", "The specified parameter SnapshotId is not exist.");
      if (sn.status !== "accomplished")
        fail("InvalidSnapshotId.NotReady", "The specified snapshot has not completed yet.", 403);
      size = size ?? sn.sourceDiskSize;
      if (size < sn.sourceDiskSize) {
        fail(
          "InvalidDataDiskSize.ValueNotSupported",
          "The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.",
        );
      }
    }
    if (size === undefined || !Number.isInteger(size) || size < 20 || size > 32768) {
      fail(
        "InvalidDataDiskSize.ValueNotSupported",
        "The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.",
      );
    }
    return { ...d, size };
  });
  takeStock(st, zoneId, p.instanceType);

  const id = st.newId("i", s.regionId);
  const bandwidth = p.internetMaxBandwidthOut ?? 0;
  const inst: InstanceRecord = st.add({
    kind: "instance",
    id,
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Pending",
    name: p.name || id,
    description: p.description ?? "",
    hostName: p.hostName || `iZ${id.slice(2)}Z`,
    zoneId,
    instanceType: p.instanceType,
    imageId: image.id,
    osType: image.osType,
    osName: image.osName,
    networkType: vsw ? "vpc" : "classic",
    vpcId,
    vswitchId: vsw?.id,
    securityGroupIds: [...new Set(p.securityGroupIds)],
    keyPairName: p.keyPairName || undefined,
    bootKeyPairName: undefined,
    hasPassword: !!p.password,
    userData: p.userData,
    internetChargeType: p.internetChargeType || "PayByTraffic",
    internetMaxBandwidthOut: bandwidth,
    internetMaxBandwidthIn: p.internetMaxBandwidthIn ?? 200,
    ioOptimized: p.ioOptimized !== "none",
    ramRoleName: p.ramRoleName,
    diskIds: [],
  });
  if (vsw) inst.privateIp = allocatePrivateIp(st, vsw);
  else inst.innerIp = st.addresses.innerIp();
  if (p.run && bandwidth > 0) inst.publicIp = st.addresses.publicIp();
  if (p.password) st.passwords.set(id, p.password);
  if (p.tags) applyTags(inst.tags, p.tags);
  const sys = createAttachedDisk(st, inst, {
    type: "system",
    size: sysSize,
    category: p.systemDisk?.Category,
    name: p.systemDisk?.DiskName,
    description: p.systemDisk?.Description,
    device: deviceName(0),
    deleteWithInstance: true,
    imageId: image.id,
    encrypted: bool(p.systemDisk?.Encrypted, false),
  });
  inst.diskIds.push(sys.id);
  for (const [i, d] of dataSpecs.entries()) {
    const disk = createAttachedDisk(st, inst, {
      type: "data",
      size: d.size,
      category: d.Category,
      name: d.DiskName,
      description: d.Description,
      device: d.Device || deviceName(i + 1),
      deleteWithInstance: bool(d.DeleteWithInstance, true),
      snapshotId: d.SnapshotId || undefined,
      encrypted: bool(d.Encrypted, false),
    });
    inst.diskIds.push(disk.id);
  }
  // RunInstances tags the instance, its disks (and primary ENI); CreateInstance only the instance.
  if (p.run && p.tags) {
    for (const id of inst.diskIds) applyTags(st.store<DiskRecord>("disk").get(id)!.tags, p.tags);
  }
  st.events.emit("instance.state", { instance: inst, from: "", to: "Pending" });
  addressesChanged(st, inst);
  st.schedule(inst, "instance.create", (at) => {
    if (p.run) scheduleStart(st, inst, at);
    else setInstanceStatus(st, inst, "Stopped");
  });
  return inst;
}

/** An instance of the account (any region unless given), or `InvalidInstanceId.NotFound`. */
export function getInstance(st: State, accountId: string, id: unknown, regionId?: string): InstanceRecord {
  const inst = st.get<InstanceRecord>("instance", id, accountId, regionId);
  if (!inst) fail("InvalidInstanceId.NotFound", "The specified InstanceId does not exist.", 404);
  return inst;
}

function incorrect(): never {
  fail("IncorrectInstanceStatus", "The current status of the resource does not support this operation.", 403);
}

/** StartInstance: Stopped → Starting → Running. */
export function startInstance(st: State, accountId: string, id: unknown): void {
  const inst = getInstance(st, accountId, id);
  if (inst.status !== "Stopped") incorrect();
  scheduleStart(st, inst);
}

/** StopInstance: Running → Stopping → Stopped. */
export function stopInstance(st: State, accountId: string, id: unknown): void {
  const inst = getInstance(st, accountId, id);
  if (inst.status !== "Running") incorrect();
  setInstanceStatus(st, inst, "Stopping");
  st.schedule(inst, "instance.stop", () => setInstanceStatus(st, inst, "Stopped"));
}

/** RebootInstance: Running → Stopping → Starting → Running; the guest re-reads its key pair. */
export function rebootInstance(st: State, accountId: string, id: unknown): void {
  const inst = getInstance(st, accountId, id);
  if (inst.status !== "Running") incorrect();
  setInstanceStatus(st, inst, "Stopping");
  const half = st.profile.transitionMs("instance.reboot") / 2;
  st.schedule(
    inst,
    "instance.reboot",
    (at) => {
      setInstanceStatus(st, inst, "Starting");
      st.schedule(inst, "instance.reboot.boot", () => setInstanceStatus(st, inst, "Running"), {
        start: at,
        extraMs: half,
      });
    },
    { extraMs: -half },
  );
}

/**
 * DeleteInstance: without Force only a Stopped instance; never a Pending one. Its EIP is
 * unassociated, disks with DeleteWithInstance go with it, the others are detached (Available).
 */
export function deleteInstance(
  st: State,
  accountId: string,
  id: unknown,
  force: boolean,
  regionId?: string,
): void {
  const inst = getInstance(st, accountId, id, regionId);
  if (inst.status === "Pending") {
    fail(
      "IncorrectInstanceStatus.Initializing",
      "The specified instance status does not support this operation.",
      403,
    );
  }
  if (!force && inst.status !== "Stopped") incorrect();
  if (inst.eipAllocationId) {
    const eip = st.store<EipRecord>("eip").get(inst.eipAllocationId);
    if (eip) detachEip(st, eip);
  }
  for (const diskId of inst.diskIds) {
    const d = st.store<DiskRecord>("disk").get(diskId);
    if (!d) continue;
    if (d.deleteWithInstance) st.remove(d);
    else {
      d.status = "Available";
      d.instanceId = undefined;
    }
  }
  st.cancel(inst);
  st.remove(inst);
  const release = st.profile.transitionMs("instance.release");
  if (release > 0) {
    st.releasing.push({
      instanceId: inst.id,
      accountId: inst.accountId,
      regionId: inst.regionId,
      securityGroupIds: [...inst.securityGroupIds],
      vswitchId: inst.vswitchId,
      vpcId: inst.vpcId,
      until: st.now() + release,
    });
    // known in full now (a release cannot be cancelled): reported at once, ending in the future
    st.events.emit("transition", {
      resourceId: inst.id,
      transition: "instance.release",
      startedAt: st.now(),
      endedAt: st.now() + release,
    });
  }
  st.passwords.delete(inst.id);
  returnStock(st, inst.zoneId, inst.instanceType);
  const from = inst.status;
  st.events.emit("instance.state", { instance: inst, from, to: "Deleted" });
  st.events.emit("instance.addresses", { instanceId: inst.id, addresses: [] });
}

/** AllocatePublicIpAddress: a 127.10.x.y public address for a Running or Stopped instance without one. */
export function allocatePublicIp(st: State, accountId: string, id: unknown): string {
  const inst = getInstance(st, accountId, id);
  if (inst.status !== "Running" && inst.status !== "Stopped") incorrect();
  if (inst.publicIp || inst.eipAllocationId) {
    fail("AllocatedAlready", "There is an IpAddress allocated already for the specified instance.", 403);
  }
  if (inst.internetMaxBandwidthOut <= 0) {
    fail(
      "AllocateIpInvalidInstanceBandwidth",
      "OperationDenied The InternetMaxBandwidthOut of the specified instance cannot be less than 0.",
    );
  }
  inst.publicIp = st.addresses.publicIp();
  addressesChanged(st, inst);
  return inst.publicIp;
}

/** The instance's password, if one was set (for the SSH server; never part of a dump). */
export function instancePassword(st: State, id: string): string | undefined {
  return st.passwords.get(id);
}
