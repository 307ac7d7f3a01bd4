/**
 * Typed Describe helpers: one resource by id, `undefined` when it does not exist. Each goes
 * through the retry policy. The region is the cloud's (use `cloud.forRegion(r)` for another).
 */
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import type { Cloud } from "./cloud.js";

/** An instance as DescribeInstances returns it. */
export type Instance = $Ecs.DescribeInstancesResponseBodyInstancesInstance;
/** An image as DescribeImages returns it. */
export type Image = $Ecs.DescribeImagesResponseBodyImagesImage;
/** A snapshot as DescribeSnapshots returns it. */
export type Snapshot = $Ecs.DescribeSnapshotsResponseBodySnapshotsSnapshot;
/** A security group as DescribeSecurityGroups returns it. */
export type SecurityGroup = $Ecs.DescribeSecurityGroupsResponseBodySecurityGroupsSecurityGroup;
/** A VPC as DescribeVpcs returns it. */
export type Vpc = $Vpc.DescribeVpcsResponseBodyVpcsVpc;
/** A vSwitch as DescribeVSwitches returns it. */
export type VSwitch = $Vpc.DescribeVSwitchesResponseBodyVSwitchesVSwitch;
/** An EIP as DescribeEipAddresses returns it. */
export type Eip = $Vpc.DescribeEipAddressesResponseBodyEipAddressesEipAddress;

/** Every image status, so that DescribeImages also returns images being created or failed. */
export const ALL_IMAGE_STATUSES = "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated";

interface Opts {
  signal?: AbortSignal;
}

/** DescribeInstances for one id. */
export async function describeInstance(
  cloud: Cloud,
  id: string,
  o: Opts = {},
): Promise<Instance | undefined> {
  const r = await cloud.ecsRequest(
    "describeInstances",
    new $Ecs.DescribeInstancesRequest({ regionId: cloud.region, instanceIds: JSON.stringify([id]) }),
    { resource: `instance ${id}`, signal: o.signal },
  );
  return r.body?.instances?.instance?.find((i) => i.instanceId === id);
}

/** DescribeImages for one id, whatever its status. */
export async function describeImage(cloud: Cloud, id: string, o: Opts = {}): Promise<Image | undefined> {
  const r = await cloud.ecsRequest(
    "describeImages",
    new $Ecs.DescribeImagesRequest({ regionId: cloud.region, imageId: id, status: ALL_IMAGE_STATUSES }),
    { resource: `image ${id}`, signal: o.signal },
  );
  return r.body?.images?.image?.find((i) => i.imageId === id);
}

/** DescribeSnapshots for one id. */
export async function describeSnapshot(
  cloud: Cloud,
  id: string,
  o: Opts = {},
): Promise<Snapshot | undefined> {
  const r = await cloud.ecsRequest(
    "describeSnapshots",
    new $Ecs.DescribeSnapshotsRequest({ regionId: cloud.region, snapshotIds: JSON.stringify([id]) }),
    { resource: `snapshot ${id}`, signal: o.signal },
  );
  return r.body?.snapshots?.snapshot?.find((x) => x.snapshotId === id);
}

/** DescribeSecurityGroups for one id. */
export async function describeSecurityGroup(
  cloud: Cloud,
  id: string,
  o: Opts = {},
): Promise<SecurityGroup | undefined> {
  const r = await cloud.ecsRequest(
    "describeSecurityGroups",
    new $Ecs.DescribeSecurityGroupsRequest({ regionId: cloud.region, securityGroupId: id }),
    { resource: `security group ${id}`, signal: o.signal },
  );
  return r.body?.securityGroups?.securityGroup?.find((g) => g.securityGroupId === id);
}

/** DescribeVpcs (VPC API) for one id. */
export async function describeVpc(cloud: Cloud, id: string, o: Opts = {}): Promise<Vpc | undefined> {
  const r = await cloud.vpcRequest(
    "describeVpcs",
    new $Vpc.DescribeVpcsRequest({ regionId: cloud.region, vpcId: id }),
    {
      resource: `vpc ${id}`,
      signal: o.signal,
    },
  );
  return r.body?.vpcs?.vpc?.find((v) => v.vpcId === id);
}

/** DescribeVSwitches (VPC API) for one id. */
export async function describeVSwitch(cloud: Cloud, id: string, o: Opts = {}): Promise<VSwitch | undefined> {
  const r = await cloud.vpcRequest(
    "describeVSwitches",
    new $Vpc.DescribeVSwitchesRequest({ regionId: cloud.region, vSwitchId: id }),
    { resource: `vswitch ${id}`, signal: o.signal },
  );
  return r.body?.vSwitches?.vSwitch?.find((v) => v.vSwitchId === id);
}

/** DescribeEipAddresses (VPC API) for one allocation id. */
export async function describeEip(
  cloud: Cloud,
  allocationId: string,
  o: Opts = {},
): Promise<Eip | undefined> {
  const r = await cloud.vpcRequest(
    "describeEipAddresses",
    new $Vpc.DescribeEipAddressesRequest({ regionId: cloud.region, allocationId }),
    { resource: `eip ${allocationId}`, signal: o.signal },
  );
  return r.body?.eipAddresses?.eipAddress?.find((e) => e.allocationId === allocationId);
}
