/** VPCs, vSwitches and elastic IPs: their state machines and dependency rules. */
import { zonesOf } from "../catalog/index.js";
import { contains, overlaps, PRIVATE_RANGES, parseCidr, size } from "./cidr.js";
import type { EipRecord, InstanceRecord, VpcRecord, VSwitchRecord } from "./resources.js";
import { fail, type State } from "./state.js";
import { applyTags } from "./tags.js";

/** Who asks, and where. */
export interface Scope {
  accountId: string;
  regionId: string;
}

function nameOk(name: string | undefined): boolean {
  if (!name) return true;
  return name.length >= 1 && name.length <= 128 && !/^https?:\/\//.test(name);
}

/** CreateVpc: a Pending VPC that becomes Available after `vpc.create`. Default CIDR 172.16.0.0/12. */
export function createVpc(
  st: State,
  s: Scope,
  p: {
    cidrBlock?: string;
    name?: string;
    description?: string;
    tags?: [string, string][];
    resourceGroupId?: string;
  },
): VpcRecord {
  st.region(s.regionId);
  const cidrText = p.cidrBlock || "172.16.0.0/12";
  const cidr = parseCidr(cidrText);
  if (!cidr || cidr.prefix < 8 || cidr.prefix > 28 || !PRIVATE_RANGES.some((r) => contains(r, cidr))) {
    fail("InvalidCidrBlock.Malformed", "Specified CIDR block is not valid.");
  }
  if (!nameOk(p.name)) fail("InvalidVpcName.Malformed", "Specified VPC name is not valid.");
  const vpc: VpcRecord = st.add({
    kind: "vpc",
    id: st.newId("vpc", s.regionId),
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Pending",
    name: p.name ?? "",
    description: p.description ?? "",
    cidrBlock: cidrText,
    vRouterId: st.newId("vrt", s.regionId),
    routeTableId: st.newId("vtb", s.regionId),
    resourceGroupId: p.resourceGroupId ?? "",
    isDefault: false,
  });
  if (p.tags) applyTags(vpc.tags, p.tags);
  st.schedule(vpc, "vpc.create", () => {
    vpc.status = "Available";
  });
  return vpc;
}

/** A VPC of the account in the region, or `InvalidVpcId.NotFound`. */
export function getVpc(st: State, s: Scope, vpcId: unknown): VpcRecord {
  const vpc = st.get<VpcRecord>("vpc", vpcId, s.accountId, s.regionId);
  if (!vpc) fail("InvalidVpcId.NotFound", "Specified VPC does not exist.", 404);
  return vpc;
}

/** DeleteVpc: refuses while vSwitches or security groups remain (DependencyViolation.*). */
export function deleteVpc(st: State, s: Scope, vpcId: unknown): void {
  const vpc = getVpc(st, s, vpcId);
  if (vpc.status !== "Available")
    fail("IncorrectVpcStatus", "Current VPC status does not support this operation.");
  if (st.list<VSwitchRecord>("vswitch", s.accountId, s.regionId).some((v) => v.vpcId === vpc.id)) {
    fail("DependencyViolation.VSwitch", "Specified object has dependent resources");
  }
  if (
    st.list<InstanceRecord>("instance", s.accountId, s.regionId).some((i) => i.vpcId === vpc.id) ||
    st.stillReleasing().some((g) => g.vpcId === vpc.id)
  ) {
    fail("DependencyViolation.Instance", "Specified object has dependent resources");
  }
  if (
    st.list("securitygroup", s.accountId, s.regionId).some((g) => (g as { vpcId?: string }).vpcId === vpc.id)
  ) {
    fail("DependencyViolation.SecurityGroup", "Specified object has dependent resources SecurityGroup.");
  }
  st.remove(vpc);
}

/** CreateVSwitch: CIDR inside the VPC's, /16–/29, no overlap with the VPC's other vSwitches. */
export function createVSwitch(
  st: State,
  s: Scope,
  p: {
    vpcId: string;
    zoneId: string;
    cidrBlock: string;
    name?: string;
    description?: string;
    tags?: [string, string][];
  },
): VSwitchRecord {
  const vpc = getVpc(st, s, p.vpcId);
  if (!zonesOf(st.catalog, s.regionId).includes(p.zoneId)) {
    fail("InvalidZoneId.NotFound", "The ZoneId provided does not exist in our records.", 404);
  }
  if (vpc.status !== "Available")
    fail("IncorrectVpcStatus", "Current VPC status does not support this operation.");
  const cidr = parseCidr(p.cidrBlock);
  const vpcCidr = parseCidr(vpc.cidrBlock)!;
  if (!cidr || cidr.prefix < 16 || cidr.prefix > 29 || !contains(vpcCidr, cidr)) {
    fail("InvalidCidrBlock.Malformed", "Specified CIDR block is not valid.");
  }
  for (const other of st.list<VSwitchRecord>("vswitch", s.accountId, s.regionId)) {
    if (other.vpcId === vpc.id && overlaps(parseCidr(other.cidrBlock)!, cidr)) {
      fail("InvalidCidrBlock.Overlapped", "Specified CIDR block overlapped with other subnets.");
    }
  }
  if (!nameOk(p.name)) fail("InvalidVSwitchName.Malformed", "Specified VSwitch name is not valid.");
  const vsw: VSwitchRecord = st.add({
    kind: "vswitch",
    id: st.newId("vsw", s.regionId),
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Pending",
    name: p.name ?? "",
    description: p.description ?? "",
    vpcId: vpc.id,
    zoneId: p.zoneId,
    cidrBlock: p.cidrBlock,
    addressBlock: st.addresses.vswitchBlock(),
    nextHost: 1,
    // Alibaba reserves the first and the last three addresses of every vSwitch; our block holds 252.
    capacity: Math.min(size(cidr) - 4, 252),
    isDefault: false,
  });
  if (p.tags) applyTags(vsw.tags, p.tags);
  st.schedule(vsw, "vswitch.create", () => {
    vsw.status = "Available";
  });
  return vsw;
}

/** A vSwitch of the account in the region, or `InvalidVSwitchId.NotFound`. */
export function getVSwitch(st: State, s: Scope, vswId: unknown): VSwitchRecord {
  const v = st.get<VSwitchRecord>("vswitch", vswId, s.accountId, s.regionId);
  if (!v) fail("InvalidVSwitchId.NotFound", "Specified virtual switch does not exist.", 404);
  return v;
}

/** Instances currently using a vSwitch. */
export function vswitchUsers(st: State, vsw: VSwitchRecord): InstanceRecord[] {
  return st
    .list<InstanceRecord>("instance", vsw.accountId, vsw.regionId)
    .filter((i) => i.vswitchId === vsw.id);
}

/** Addresses still free in a vSwitch. */
export function availableIpCount(st: State, vsw: VSwitchRecord): number {
  return vsw.capacity - vswitchUsers(st, vsw).length;
}

/** DeleteVSwitch: refuses while instances use it (`DependencyViolation`) or while it is Pending. */
export function deleteVSwitch(st: State, s: Scope, vswId: unknown): void {
  const vsw = getVSwitch(st, s, vswId);
  if (vsw.status !== "Available") {
    fail("IncorrectVSwitchStatus", "The current status of virtual switch does not support this operation.");
  }
  if (vswitchUsers(st, vsw).length > 0 || st.stillReleasing().some((g) => g.vswitchId === vsw.id))
    fail("DependencyViolation", "Specified object has dependent resources.");
  st.remove(vsw);
}

/** The next private IP of a vSwitch (127.x; see addresses.ts), or `QuotaExceeded.PrivateIpAddress`. */
export function allocatePrivateIp(st: State, vsw: VSwitchRecord): string {
  if (availableIpCount(st, vsw) <= 0 || vsw.nextHost > 252) {
    fail("QuotaExceeded.PrivateIpAddress", "Don't have enough private IPs in this switch.");
  }
  return `${vsw.addressBlock}.${vsw.nextHost++}`;
}

/** AllocateEipAddress: an Available EIP with a fresh 127.11.x.y address. */
export function allocateEip(
  st: State,
  s: Scope,
  p: {
    bandwidth?: string;
    internetChargeType?: string;
    instanceChargeType?: string;
    isp?: string;
    name?: string;
    description?: string;
    tags?: [string, string][];
    resourceGroupId?: string;
  },
): EipRecord {
  st.region(s.regionId);
  const eip: EipRecord = st.add({
    kind: "eip",
    id: st.newId("eip", s.regionId),
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Available",
    name: p.name ?? "",
    description: p.description ?? "",
    ipAddress: st.addresses.eip(),
    bandwidth: p.bandwidth || "5",
    internetChargeType: p.internetChargeType || "PayByBandwidth",
    instanceChargeType: p.instanceChargeType || "PostPaid",
    isp: p.isp || "BGP",
    resourceGroupId: p.resourceGroupId ?? "",
  });
  if (p.tags) applyTags(eip.tags, p.tags);
  return eip;
}

/** An EIP of the account in the region, or `InvalidAllocationId.NotFound`. */
export function getEip(st: State, s: Scope, id: unknown): EipRecord {
  const e = st.get<EipRecord>("eip", id, s.accountId, s.regionId);
  if (!e) fail("InvalidAllocationId.NotFound", "Specified allocation ID is not found", 404);
  return e;
}

/** AssociateEipAddress: Available → Associating → InUse; the instance must be a VPC instance, Running or Stopped. */
export function associateEip(st: State, s: Scope, allocationId: unknown, instanceId: unknown): void {
  const eip = getEip(st, s, allocationId);
  const inst = st.get<InstanceRecord>("instance", instanceId, s.accountId);
  if (!inst) fail("InvalidInstanceId.NotFound", "Specified instance does not exist.", 404);
  if (inst.regionId !== s.regionId) {
    fail(
      "InvalidParameter.Mismatch",
      "Specified elastic IP address and ECS instance are not in the same region.",
    );
  }
  if (eip.pending) fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
  if (eip.status !== "Available") {
    fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
  }
  if (inst.status !== "Running" && inst.status !== "Stopped") {
    fail("IncorrectInstanceStatus", "The current status of instance does not support this operation.");
  }
  if (inst.eipAllocationId || inst.publicIp || inst.networkType !== "vpc") {
    fail("InvalidAssociation.Duplicated", "Specified instance already is associated.");
  }
  eip.status = "Associating";
  eip.instanceId = inst.id;
  inst.eipAllocationId = eip.id;
  st.schedule(eip, "eip.associate", () => {
    eip.status = "InUse";
    st.events.emit("instance.addresses", { instanceId: inst.id, addresses: addressesOf(st, inst) });
  });
}

/** UnassociateEipAddress: InUse → Unassociating → Available. */
export function unassociateEip(st: State, s: Scope, allocationId: unknown, instanceId: unknown): void {
  const eip = getEip(st, s, allocationId);
  if (eip.pending) fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
  if (eip.status !== "InUse" || (instanceId !== undefined && instanceId !== eip.instanceId)) {
    fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
  }
  eip.status = "Unassociating";
  st.schedule(eip, "eip.unassociate", () => {
    detachEip(st, eip);
  });
}

/** An instance's addresses (kept here to avoid an import cycle with instances.ts). */
function addressesOf(st: State, inst: InstanceRecord): string[] {
  const eip = inst.eipAllocationId ? st.store<EipRecord>("eip").get(inst.eipAllocationId) : undefined;
  const live = eip?.instanceId === inst.id ? eip.ipAddress : undefined;
  return [inst.privateIp, inst.innerIp, inst.publicIp, live].filter((a): a is string => !!a);
}

/** Drops the link between an EIP and its instance (also used when the instance is deleted). */
export function detachEip(st: State, eip: EipRecord): void {
  const inst = eip.instanceId ? st.store<InstanceRecord>("instance").get(eip.instanceId) : undefined;
  const had = inst !== undefined && inst.eipAllocationId === eip.id;
  if (had) inst.eipAllocationId = undefined;
  eip.instanceId = undefined;
  eip.status = "Available";
  st.cancel(eip);
  if (had && st.store("instance").has(inst.id)) {
    st.events.emit("instance.addresses", { instanceId: inst.id, addresses: addressesOf(st, inst) });
  }
}

/** ReleaseEipAddress: only an Available (unassociated) EIP. */
export function releaseEip(st: State, s: Scope, allocationId: unknown): void {
  const eip = getEip(st, s, allocationId);
  if (eip.pending) fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
  if (eip.status !== "Available") {
    fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
  }
  st.remove(eip);
}
