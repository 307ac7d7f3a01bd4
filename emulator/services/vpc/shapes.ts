/** VPC, vSwitch and EIP response shapes, in the VPC API's form and the deprecated ECS API's form. */
import { isoTime } from "../../model/clock.js";
import { availableIpCount } from "../../model/network.js";
import type { EipRecord, InstanceRecord, VpcRecord, VSwitchRecord } from "../../model/resources.js";
import type { State } from "../../model/state.js";
import { vpcTags } from "../../model/tags.js";

/** Which API answers: the VPC API (2016-04-28) or ECS's deprecated copies (2014-05-26). */
export type Flavor = "vpc" | "ecs";

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

/** One VPC as DescribeVpcs lists it. */
export function vpcShape(st: State, vpc: VpcRecord, flavor: Flavor): Record<string, unknown> {
  const vswitches = st
    .list<VSwitchRecord>("vswitch", vpc.accountId, vpc.regionId)
    .filter((v) => v.vpcId === vpc.id)
    .map((v) => v.id);
  const full: Record<string, unknown> = {
    VpcId: vpc.id,
    VpcName: vpc.name,
    Description: vpc.description,
    Status: vpc.status,
    CidrBlock: vpc.cidrBlock,
    RegionId: vpc.regionId,
    VRouterId: vpc.vRouterId,
    CreationTime: isoTime(vpc.createdAt),
    IsDefault: vpc.isDefault,
    OwnerId: Number(vpc.accountId),
    ResourceGroupId: vpc.resourceGroupId,
    Ipv6CidrBlock: "",
    CenStatus: "",
    DhcpOptionsSetId: "",
    DhcpOptionsSetStatus: "",
    EnabledIpv6: false,
    DnsHostnameStatus: "DISABLED",
    VSwitchIds: { VSwitchId: vswitches },
    UserCidrs: { UserCidr: [] },
    SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
    Ipv6CidrBlocks: { Ipv6CidrBlock: [] },
    NatGatewayIds: { NatGatewayIds: [] },
    RouterTableIds: { RouterTableIds: [vpc.routeTableId] },
    Tags: vpcTags(vpc.tags),
  };
  if (flavor === "vpc") return full;
  return pick(full, [
    "VpcId",
    "VpcName",
    "Description",
    "Status",
    "CidrBlock",
    "RegionId",
    "VRouterId",
    "CreationTime",
    "VSwitchIds",
    "UserCidrs",
  ]);
}

/** One vSwitch as DescribeVSwitches lists it. */
export function vswitchShape(st: State, vsw: VSwitchRecord, flavor: Flavor): Record<string, unknown> {
  const full: Record<string, unknown> = {
    VSwitchId: vsw.id,
    VSwitchName: vsw.name,
    Description: vsw.description,
    VpcId: vsw.vpcId,
    ZoneId: vsw.zoneId,
    CidrBlock: vsw.cidrBlock,
    Status: vsw.status,
    CreationTime: isoTime(vsw.createdAt),
    IsDefault: vsw.isDefault,
    AvailableIpAddressCount: availableIpCount(st, vsw),
    OwnerId: Number(vsw.accountId),
    ResourceGroupId: "",
    NetworkAclId: "",
    Ipv6CidrBlock: "",
    ShareType: "",
    EnabledIpv6: false,
    RouteTable: { RouteTableId: "", RouteTableType: "System" },
    Tags: vpcTags(vsw.tags),
  };
  if (flavor === "vpc") return full;
  return pick(full, [
    "VSwitchId",
    "VSwitchName",
    "Description",
    "VpcId",
    "ZoneId",
    "CidrBlock",
    "Status",
    "CreationTime",
    "IsDefault",
    "AvailableIpAddressCount",
    "ResourceGroupId",
  ]);
}

/** One EIP as DescribeEipAddresses lists it. */
export function eipShape(st: State, eip: EipRecord, flavor: Flavor): Record<string, unknown> {
  const inst = eip.instanceId ? st.store<InstanceRecord>("instance").get(eip.instanceId) : undefined;
  const full: Record<string, unknown> = {
    AllocationId: eip.id,
    IpAddress: eip.ipAddress,
    Status: eip.status,
    Name: eip.name,
    Description: eip.description,
    RegionId: eip.regionId,
    InstanceId: eip.instanceId ?? "",
    InstanceType: eip.instanceId ? "EcsInstance" : "",
    InstanceRegionId: eip.instanceId ? eip.regionId : "",
    PrivateIpAddress: inst?.privateIp ?? "",
    VpcId: inst?.vpcId ?? "",
    Bandwidth: eip.bandwidth,
    EipBandwidth: eip.bandwidth,
    InternetChargeType: eip.internetChargeType,
    ChargeType: eip.instanceChargeType,
    AllocationTime: isoTime(eip.createdAt),
    ExpiredTime: "",
    ISP: eip.isp,
    Netmode: "public",
    Mode: "NAT",
    ResourceGroupId: eip.resourceGroupId,
    DeletionProtection: false,
    SecondLimited: false,
    BusinessStatus: "Normal",
    HDMonitorStatus: "OFF",
    HasReservationData: "false",
    BandwidthPackageId: "",
    BandwidthPackageBandwidth: "",
    BandwidthPackageType: "",
    SegmentInstanceId: "",
    PublicIpAddressPoolId: "",
    ServiceManaged: 0,
    BizType: "",
    Zone: "",
    OperationLocks: { LockReason: [] },
    SecurityProtectionTypes: { SecurityProtectionType: [] },
    Tags: vpcTags(eip.tags),
  };
  if (flavor === "vpc") return full;
  return pick(full, [
    "AllocationId",
    "IpAddress",
    "Status",
    "RegionId",
    "InstanceId",
    "InstanceType",
    "Bandwidth",
    "EipBandwidth",
    "InternetChargeType",
    "ChargeType",
    "AllocationTime",
    "ExpiredTime",
    "OperationLocks",
  ]);
}
