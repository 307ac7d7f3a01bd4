// The model's rules, seen through the handlers: state machines, dependency rules, stock,
// idempotency, tags, sharing, faults and the leak check. Error codes and statuses are the
// metadata's.
import { afterEach, describe, expect, it } from "vitest";
import { createProfile } from "../../../emulator/profiles.js";
import { createCloudServices } from "../../../emulator/services/index.js";
import { expectError, OTHER_ACCOUNT, setup } from "../services/harness.js";

const R = "cn-hangzhou";
const MIN = 60_000;
const IMAGE = "centos_7_9_x64_20G_alibase_20210128.vhd";
let env: ReturnType<typeof setup>;
afterEach(() => env?.cloud.close());

// biome-ignore lint/suspicious/noExplicitAny: bodies were checked against their schemas by the harness
type Body = Record<string, any>;

/** A VPC, vSwitch and security group, all Available. */
async function network(zoneId = "cn-hangzhou-h") {
  const { ecs, vpc, clock } = env;
  const v: Body = await vpc("CreateVpc", { RegionId: R, CidrBlock: "172.16.0.0/12" });
  clock.advance(MIN);
  const s: Body = await vpc("CreateVSwitch", {
    RegionId: R,
    VpcId: v.VpcId,
    ZoneId: zoneId,
    CidrBlock: "172.16.0.0/24",
  });
  clock.advance(MIN);
  const g: Body = await ecs("CreateSecurityGroup", { RegionId: R, VpcId: v.VpcId });
  return { vpcId: v.VpcId as string, vswId: s.VSwitchId as string, sgId: g.SecurityGroupId as string };
}

async function instance(net: { vswId: string; sgId: string }, extra: Body = {}, action = "CreateInstance") {
  const body: Body = await env.ecs(action, {
    RegionId: R,
    ImageId: IMAGE,
    InstanceType: "ecs.n1.tiny",
    SecurityGroupId: net.sgId,
    VSwitchId: net.vswId,
    ...extra,
  });
  return (body.InstanceId ?? body.InstanceIdSets.InstanceIdSet[0]) as string;
}

async function statusOf(id: string): Promise<string> {
  const b: Body = await env.ecs("DescribeInstanceAttribute", { InstanceId: id });
  return b.Status;
}

describe("instance state machine", () => {
  it("CreateInstance: Pending → Stopped; Start: Starting → Running; Stop: Stopping → Stopped", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net);
    expect(await statusOf(id)).toBe("Pending");
    await expectError(
      env.ecs("StartInstance", { InstanceId: id }),
      "Ecs",
      "StartInstance",
      "IncorrectInstanceStatus",
      403,
    );
    await expectError(
      env.ecs("DeleteInstance", { InstanceId: id, Force: true }),
      "Ecs",
      "DeleteInstance",
      "IncorrectInstanceStatus.Initializing",
      403,
    );
    env.clock.advance(15_000);
    expect(await statusOf(id)).toBe("Stopped");
    await expectError(
      env.ecs("StopInstance", { InstanceId: id }),
      "Ecs",
      "StopInstance",
      "IncorrectInstanceStatus",
      403,
    );
    await env.ecs("StartInstance", { InstanceId: id });
    expect(await statusOf(id)).toBe("Starting");
    env.clock.advance(24_999);
    expect(await statusOf(id)).toBe("Starting");
    env.clock.advance(1);
    expect(await statusOf(id)).toBe("Running");
    await expectError(
      env.ecs("DeleteInstance", { InstanceId: id }),
      "Ecs",
      "DeleteInstance",
      "IncorrectInstanceStatus",
      403,
    );
    await env.ecs("StopInstance", { InstanceId: id });
    expect(await statusOf(id)).toBe("Stopping");
    env.clock.advance(15_000);
    expect(await statusOf(id)).toBe("Stopped");
    await env.ecs("DeleteInstance", { InstanceId: id });
    await expectError(
      env.ecs("DescribeInstanceAttribute", { InstanceId: id }),
      "Ecs",
      "DescribeInstanceAttribute",
      "InvalidInstanceId.NotFound",
      404,
    );
  });

  it("RunInstances goes straight to Running, even when read late (chained transitions)", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net, { InternetMaxBandwidthOut: 5 }, "RunInstances");
    env.clock.advance(10 * MIN);
    expect(await statusOf(id)).toBe("Running");
    const events: string[] = [];
    env.model.events.on("instance.state", (e) => events.push(`${e.from}>${e.to}`));
    await env.ecs("RebootInstance", { InstanceId: id });
    env.clock.advance(MIN);
    expect(await statusOf(id)).toBe("Running");
    expect(events).toEqual(["Running>Stopping", "Stopping>Starting", "Starting>Running"]);
  });

  it("the zero profile finishes a transition on the next read, and the fast one within tens of ms", async () => {
    const zero = createCloudServices({ profile: createProfile("zero") });
    const fast = createProfile("fast");
    expect(fast.transitionMs("instance.start")).toBeLessThan(100);
    expect(createProfile("realistic", 0.5).transitionMs("instance.start")).toBe(12_500);
    expect(createProfile("realistic").apiLatencyMs("Ecs", "DescribeImages")).toBeGreaterThanOrEqual(50);
    const ecs = zero.services.find((s) => s.product === "Ecs")!;
    const vpcSvc = zero.services.find((s) => s.product === "Vpc")!;
    const caller = { accountId: "1", arn: "a", accessKeyId: "k", identityType: "Account" as const };
    const call = (svc: typeof ecs, action: string, params: Body) =>
      svc.actions[action]({
        product: svc.product,
        version: svc.version,
        action,
        params,
        caller,
        requestId: "r",
        sourceIp: "",
      }) as Promise<Body>;
    const v = await call(vpcSvc, "CreateVpc", { RegionId: R });
    const d: Body = await call(vpcSvc, "DescribeVpcs", { RegionId: R, VpcId: v.VpcId });
    expect(d.Vpcs.Vpc[0].Status).toBe("Available");
    zero.close();
  });
});

describe("stock and zones", () => {
  it("a zone without stock answers OperationDenied.NoStock; another zone still works", async () => {
    env = setup();
    env.model.setStock("cn-hangzhou-h", "ecs.n1.tiny", 0);
    const ar: Body = await env.ecs("DescribeAvailableResource", {
      RegionId: R,
      DestinationResource: "InstanceType",
      InstanceType: "ecs.n1.tiny",
    });
    expect(ar.AvailableZones.AvailableZone[0]).toMatchObject({
      ZoneId: "cn-hangzhou-h",
      Status: "SoldOut",
      StatusCategory: "WithoutStock",
    });
    expect(ar.AvailableZones.AvailableZone[1]).toMatchObject({
      ZoneId: "cn-hangzhou-i",
      Status: "Available",
    });
    const h = await network("cn-hangzhou-h");
    await expectError(instance(h), "Ecs", "CreateInstance", "OperationDenied.NoStock", 403);
    await expectError(
      instance(h, {}, "RunInstances"),
      "Ecs",
      "RunInstances",
      "OperationDenied.NoStock",
      403,
      false,
    );
    const v: Body = await env.vpc("CreateVSwitch", {
      RegionId: R,
      VpcId: h.vpcId,
      ZoneId: "cn-hangzhou-i",
      CidrBlock: "172.16.1.0/24",
    });
    env.clock.advance(MIN);
    expect(await instance({ vswId: v.VSwitchId, sgId: h.sgId })).toMatch(/^i-bp/);
    env.model.setZoneOnSale("cn-hangzhou-i", false);
    await expectError(
      instance({ vswId: v.VSwitchId, sgId: h.sgId }),
      "Ecs",
      "CreateInstance",
      "Zone.NotOnSale",
      403,
    );
  });

  it("finite stock is consumed by instances and given back on deletion", async () => {
    env = setup();
    env.model.setStock("cn-hangzhou-h", "ecs.n1.tiny", 1);
    const net = await network();
    const id = await instance(net);
    await expectError(instance(net), "Ecs", "CreateInstance", "OperationDenied.NoStock", 403);
    env.clock.advance(MIN);
    await env.ecs("DeleteInstance", { InstanceId: id });
    expect(await instance(net)).toMatch(/^i-/);
  });
});

describe("dependency rules", () => {
  it("VPC, vSwitch and security group refuse deletion while used", async () => {
    env = setup();
    const net = await network();
    await expectError(
      env.vpc("DeleteVpc", { VpcId: net.vpcId }),
      "Vpc",
      "DeleteVpc",
      "DependencyViolation.VSwitch",
      400,
    );
    const id = await instance(net);
    env.clock.advance(MIN);
    await expectError(
      env.vpc("DeleteVSwitch", { VSwitchId: net.vswId }),
      "Vpc",
      "DeleteVSwitch",
      "DependencyViolation",
      400,
      false,
    );
    await expectError(
      env.ecs("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: net.sgId }),
      "Ecs",
      "DeleteSecurityGroup",
      "DependencyViolation",
      403,
    );
    await env.ecs("DeleteInstance", { InstanceId: id });
    env.clock.advance(5_000);
    await env.vpc("DeleteVSwitch", { VSwitchId: net.vswId });
    await expectError(
      env.vpc("DeleteVpc", { VpcId: net.vpcId }),
      "Vpc",
      "DeleteVpc",
      "DependencyViolation.SecurityGroup",
      400,
    );
    await env.ecs("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: net.sgId });
    await env.vpc("DeleteVpc", { VpcId: net.vpcId });
    expect(env.cloud.leakCheck()).toEqual([]);
  });

  it("a deleted instance holds its security group and vSwitch for instance.release (realistic: 5 s)", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net);
    env.clock.advance(MIN);
    await env.ecs("DeleteInstance", { InstanceId: id });
    await expectError(
      env.ecs("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: net.sgId }),
      "Ecs",
      "DeleteSecurityGroup",
      "DependencyViolation",
      403,
    );
    await expectError(
      env.vpc("DeleteVSwitch", { VSwitchId: net.vswId }),
      "Vpc",
      "DeleteVSwitch",
      "DependencyViolation",
      400,
      false,
    );
    env.clock.advance(5_000);
    await env.ecs("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: net.sgId });
    await env.vpc("DeleteVSwitch", { VSwitchId: net.vswId });
    await env.vpc("DeleteVpc", { VpcId: net.vpcId });
  });

  it("checks CIDRs: outside the VPC, overlapping, malformed", async () => {
    env = setup();
    const v: Body = await env.vpc("CreateVpc", { RegionId: R, CidrBlock: "192.168.0.0/16" });
    await expectError(
      env.vpc("CreateVSwitch", { VpcId: v.VpcId, ZoneId: "cn-hangzhou-h", CidrBlock: "192.168.0.0/24" }),
      "Vpc",
      "CreateVSwitch",
      "IncorrectVpcStatus",
      400,
    );
    env.clock.advance(MIN);
    await expectError(
      env.vpc("CreateVpc", { RegionId: R, CidrBlock: "8.8.0.0/16" }),
      "Vpc",
      "CreateVpc",
      "InvalidCidrBlock.Malformed",
      400,
      false,
    );
    await expectError(
      env.vpc("CreateVSwitch", { VpcId: v.VpcId, ZoneId: "cn-hangzhou-h", CidrBlock: "10.0.0.0/24" }),
      "Vpc",
      "CreateVSwitch",
      "InvalidCidrBlock.Malformed",
      400,
      false,
    );
    await env.vpc("CreateVSwitch", { VpcId: v.VpcId, ZoneId: "cn-hangzhou-h", CidrBlock: "192.168.0.0/24" });
    await expectError(
      env.vpc("CreateVSwitch", { VpcId: v.VpcId, ZoneId: "cn-hangzhou-i", CidrBlock: "192.168.0.128/25" }),
      "Vpc",
      "CreateVSwitch",
      "InvalidCidrBlock.Overlapped",
      400,
    );
  });

  it("EIPs: association rules, TaskConflict while moving, no release while in use", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net);
    const e: Body = await env.vpc("AllocateEipAddress", { RegionId: R });
    await expectError(
      env.vpc("AssociateEipAddress", { AllocationId: e.AllocationId, InstanceId: id }),
      "Vpc",
      "AssociateEipAddress",
      "IncorrectInstanceStatus",
      400,
    );
    env.clock.advance(MIN);
    await env.vpc("AssociateEipAddress", { AllocationId: e.AllocationId, InstanceId: id });
    await expectError(
      env.vpc("UnassociateEipAddress", { AllocationId: e.AllocationId }),
      "Vpc",
      "UnassociateEipAddress",
      "TaskConflict",
      400,
    );
    env.clock.advance(MIN);
    await expectError(
      env.vpc("ReleaseEipAddress", { AllocationId: e.AllocationId }),
      "Vpc",
      "ReleaseEipAddress",
      "IncorrectEipStatus",
      400,
    );
    // Deleting the instance frees the EIP.
    await env.ecs("DeleteInstance", { InstanceId: id, Force: true });
    const d: Body = await env.vpc("DescribeEipAddresses", { RegionId: R, AllocationId: e.AllocationId });
    expect(d.EipAddresses.EipAddress[0]).toMatchObject({ Status: "Available", InstanceId: "" });
    await env.vpc("ReleaseEipAddress", { AllocationId: e.AllocationId });
  });

  it("key pairs: attached pairs cannot be deleted; a running instance trusts a new pair only after a reboot", async () => {
    env = setup();
    const net = await network();
    await env.ecs("CreateKeyPair", { RegionId: R, KeyPairName: "k1" });
    await expectError(
      env.ecs("CreateKeyPair", { RegionId: R, KeyPairName: "k1" }),
      "Ecs",
      "CreateKeyPair",
      "KeyPair.AlreadyExist",
      400,
    );
    const id = await instance(net, {}, "RunInstances");
    env.clock.advance(MIN);
    await env.ecs("AttachKeyPair", { RegionId: R, KeyPairName: "k1", InstanceIds: JSON.stringify([id]) });
    expect(env.model.find("instance", id)).toMatchObject({ keyPairName: "k1", bootKeyPairName: undefined });
    await expectError(
      env.ecs("DeleteKeyPairs", { RegionId: R, KeyPairNames: JSON.stringify(["k1"]) }),
      "Ecs",
      "DeleteKeyPairs",
      "InvalidParameter.KeypairAlreadyAttachedInstance",
      400,
    );
    await env.ecs("RebootInstance", { InstanceId: id });
    env.clock.advance(MIN);
    expect(env.model.find("instance", id)).toMatchObject({ keyPairName: "k1", bootKeyPairName: "k1" });
  });
});

describe("images", () => {
  it("Creating with growing Progress, then Available; names are unique; in-use images need Force", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net, { SystemDisk: { Size: 40 } });
    env.clock.advance(MIN);
    await expectError(
      env.ecs("CreateImage", { RegionId: R, InstanceId: id, ImageName: "1bad" }),
      "Ecs",
      "CreateImage",
      "InvalidImageName.Malformed",
      400,
    );
    const im: Body = await env.ecs("CreateImage", { RegionId: R, InstanceId: id, ImageName: "web-1" });
    await expectError(
      env.ecs("CreateImage", { RegionId: R, InstanceId: id, ImageName: "web-1" }),
      "Ecs",
      "CreateImage",
      "InvalidImageName.Duplicated",
      400,
    );
    // 60 s + 4 s per GiB × 40 GiB = 220 s.
    const progress = async () => {
      const b: Body = await env.ecs("DescribeImages", {
        RegionId: R,
        ImageId: im.ImageId,
        Status: "Creating,Available",
      });
      return `${b.Images.Image[0].Status} ${b.Images.Image[0].Progress}`;
    };
    expect(await progress()).toBe("Creating 0%");
    env.clock.advance(110_000);
    expect(await progress()).toBe("Creating 50%");
    env.clock.advance(110_000);
    expect(await progress()).toBe("Available 100%");
    // Default Status filter is Available only; ImageName is a fuzzy match.
    const fuzzy: Body = await env.ecs("DescribeImages", { RegionId: R, ImageName: "web" });
    expect(fuzzy.TotalCount).toBe(1);
    // An instance from the image makes it "in use".
    const from = await instance(net, { ImageId: im.ImageId });
    await expectError(
      env.ecs("DeleteImage", { RegionId: R, ImageId: im.ImageId }),
      "Ecs",
      "DeleteImage",
      "ImageUsingByInstance",
      403,
    );
    const snaps: Body = await env.ecs("DescribeSnapshots", { RegionId: R, Usage: "image" });
    const snapId = snaps.Snapshots.Snapshot[0].SnapshotId;
    await expectError(
      env.ecs("DeleteSnapshot", { SnapshotId: snapId }),
      "Ecs",
      "DeleteSnapshot",
      "SnapshotCreatedImage",
      403,
    );
    await env.ecs("DeleteImage", { RegionId: R, ImageId: im.ImageId, Force: true });
    await env.ecs("DeleteSnapshot", { SnapshotId: snapId });
    expect(from).toMatch(/^i-/);
  });

  it("a fault makes image creation fail (CreateFailed) or get stuck", async () => {
    const clockEnv = setup();
    env = clockEnv;
    clockEnv.cloud.close();
    const rules = [{ effect: "fail", target: { kind: "image" } }];
    const cloud = createCloudServices({
      profile: createProfile("zero"),
      faults: {
        queryResourceFault: (effect, r) => rules.find((x) => x.effect === effect && x.target.kind === r.kind),
      },
    });
    const m = cloud.model;
    const st = m.state;
    const { createImage } = await import("../../../emulator/model/images.js");
    const { createSnapshot } = await import("../../../emulator/model/storage.js");
    const { createInstance } = await import("../../../emulator/model/instances.js");
    const { createSecurityGroup } = await import("../../../emulator/model/security-groups.js");
    const s = { accountId: "1", regionId: R };
    const sg = createSecurityGroup(st, s, {});
    const inst = createInstance(st, s, {
      imageId: IMAGE,
      instanceType: "ecs.n1.tiny",
      securityGroupIds: [sg.id],
      run: false,
    });
    m.tick();
    const im = createImage(st, s, { instanceId: inst.id, name: "x1" });
    m.tick();
    expect(m.find("image", im.id)?.status).toBe("CreateFailed");
    expect(m.find("snapshot", im.mappings[0].snapshotId)?.status).toBe("failed");
    rules[0] = { effect: "stuck", target: { kind: "snapshot" } };
    const sn = createSnapshot(st, s, { diskId: inst.diskIds[0] });
    m.tick();
    expect(m.find("snapshot", sn.id)?.status).toBe("progressing");
    expect(m.finish(sn.id)).toBe(true);
    expect(m.find("snapshot", sn.id)?.status).toBe("accomplished");
    cloud.close();
  });

  it("sharing, copying and cancelling copies", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net);
    env.clock.advance(MIN);
    const im: Body = await env.ecs("CreateImage", { RegionId: R, InstanceId: id, ImageName: "shared" });
    await expectError(
      env.ecs("CopyImage", { RegionId: R, ImageId: im.ImageId, DestinationRegionId: "cn-beijing" }),
      "Ecs",
      "CopyImage",
      "IncorrectImageStatus",
      400,
    );
    env.clock.advance(10 * MIN);
    await expectError(
      env.ecs("ModifyImageSharePermission", { RegionId: R, ImageId: im.ImageId, AddAccount: ["999"] }),
      "Ecs",
      "ModifyImageSharePermission",
      "InvalidAccount.NotFound",
      404,
    );
    await env.ecs("ModifyImageSharePermission", {
      RegionId: R,
      ImageId: im.ImageId,
      AddAccount: [OTHER_ACCOUNT],
    });
    await expectError(
      env.ecs("ModifyImageSharePermission", {
        RegionId: R,
        ImageId: im.ImageId,
        AddAccount: ["1234567890123456"],
      }),
      "Ecs",
      "ModifyImageSharePermission",
      "InvalidAccount.Forbbiden",
      404,
    );
    await expectError(
      env.ecs("DeleteImage", { RegionId: R, ImageId: im.ImageId }),
      "Ecs",
      "DeleteImage",
      "ImageUseShared",
      403,
    );
    // The other account may launch from it.
    const seen: Body = await env.ecs("DescribeImages", { RegionId: R, ImageId: im.ImageId }, OTHER_ACCOUNT);
    expect(seen.Images.Image[0].ImageOwnerAlias).toBe("others");
    await env.ecs("ModifyImageSharePermission", {
      RegionId: R,
      ImageId: im.ImageId,
      RemoveAccount: [OTHER_ACCOUNT],
    });
    expect(
      ((await env.ecs("DescribeImages", { RegionId: R, ImageId: im.ImageId }, OTHER_ACCOUNT)) as Body)
        .TotalCount,
    ).toBe(0);

    await expectError(
      env.ecs("CancelCopyImage", { RegionId: R, ImageId: im.ImageId }),
      "Ecs",
      "CancelCopyImage",
      "ImageCreatedNotFromCopy",
      400,
    );
    const copy: Body = await env.ecs("CopyImage", {
      RegionId: R,
      ImageId: im.ImageId,
      DestinationRegionId: "cn-beijing",
    });
    await expectError(
      env.ecs("DeleteImage", { RegionId: "cn-beijing", ImageId: copy.ImageId }),
      "Ecs",
      "DeleteImage",
      "OperationDenied.ImageCopying",
      403,
    );
    await expectError(
      env.ecs("CopyImage", {
        RegionId: R,
        ImageId: im.ImageId,
        DestinationRegionId: "cn-beijing",
        DestinationImageName: "other",
      }),
      "Ecs",
      "CopyImage",
      "OperationDenied.ImageCopyConflict",
      400,
    );
    await env.ecs("CancelCopyImage", { RegionId: "cn-beijing", ImageId: copy.ImageId });
    expect(env.cloud.leakCheck().filter((l) => l.regionId === "cn-beijing")).toEqual([]);
    await expectError(
      env.ecs("CopyImage", { RegionId: R, ImageId: im.ImageId, DestinationRegionId: "xx-nowhere-1" }),
      "Ecs",
      "CopyImage",
      "DestinationRegion.NotFound",
      400,
    );
    const c2: Body = await env.ecs("CopyImage", {
      RegionId: R,
      ImageId: im.ImageId,
      DestinationRegionId: "cn-beijing",
    });
    env.clock.advance(30 * MIN);
    await expectError(
      env.ecs("CancelCopyImage", { RegionId: "cn-beijing", ImageId: c2.ImageId }),
      "Ecs",
      "CancelCopyImage",
      "IncorrectImageStatus",
      400,
    );
  });
});

describe("idempotency, tags, addresses, leak check", () => {
  it("the same ClientToken gives the same result; different parameters are refused", async () => {
    env = setup();
    const net = await network();
    const p = {
      RegionId: R,
      ImageId: IMAGE,
      InstanceType: "ecs.n1.tiny",
      SecurityGroupId: net.sgId,
      VSwitchId: net.vswId,
      ClientToken: "tok",
    };
    const a: Body = await env.ecs("CreateInstance", p);
    const b: Body = await env.ecs("CreateInstance", p);
    expect(b.InstanceId).toBe(a.InstanceId);
    await expectError(
      env.ecs("CreateInstance", { ...p, InstanceName: "other" }),
      "Ecs",
      "CreateInstance",
      "IdempotenceParamNotMatch",
      400,
      false,
    );
    const list: Body = await env.ecs("DescribeInstances", { RegionId: R });
    expect(list.TotalCount).toBe(1);
  });

  it("tags: at most 20, no aliyun/acs: keys, duplicate keys refused; filters by tag", async () => {
    env = setup();
    const net = await network();
    const id = await instance(net, { Tag: [{ Key: "run", Value: "a" }] });
    await instance(net, { Tag: [{ Key: "run", Value: "b" }] });
    const tags = Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    await expectError(
      env.ecs("TagResources", { RegionId: R, ResourceType: "instance", ResourceId: [id], Tag: tags }),
      "Ecs",
      "TagResources",
      "OperationDenied.QuotaExceed",
      400,
    );
    await expectError(
      env.ecs("TagResources", {
        RegionId: R,
        ResourceType: "instance",
        ResourceId: [id],
        Tag: [{ Key: "a" }, { Key: "a" }],
      }),
      "Ecs",
      "TagResources",
      "Duplicate.TagKey",
      400,
    );
    await expectError(
      env.ecs("TagResources", {
        RegionId: R,
        ResourceType: "instance",
        ResourceId: ["i-nope"],
        Tag: [{ Key: "a" }],
      }),
      "Ecs",
      "TagResources",
      "InvalidResourceId.NotFound",
      404,
    );
    const byTag: Body = await env.ecs("DescribeInstances", {
      RegionId: R,
      Tag: [{ Key: "run", Value: "a" }],
    });
    expect(byTag.Instances.Instance.map((i: Body) => i.InstanceId)).toEqual([id]);
    expect(env.cloud.leakCheck({ tag: { key: "run", value: "a" } }).map((l) => l.id)).toEqual([id]);
  });

  it("checks instance names, passwords and user data as the API does", async () => {
    env = setup();
    const net = await network();
    await expectError(
      instance(net, { InstanceName: "1abc" }),
      "Ecs",
      "CreateInstance",
      "InvalidInstanceName.Malformed",
      400,
    );
    await expectError(
      instance(net, { Password: "password" }),
      "Ecs",
      "CreateInstance",
      "InvalidPassword.Malformed",
      400,
    );
    await expectError(
      instance(net, { UserData: "not base64!" }),
      "Ecs",
      "CreateInstance",
      "InvalidUserData.Base64FormatInvalid",
      403,
    );
    await expectError(
      instance(net, { UserData: "not base64!" }, "RunInstances"),
      "Ecs",
      "RunInstances",
      "InvalidUserData.Base64FormatInvalid",
      400,
    );
    const ok = await instance(net, {
      Password: "Passw0rd!",
      UserData: Buffer.from("#!/bin/sh\necho hi\n").toString("base64"),
    });
    expect(env.model.password(ok)).toBe("Passw0rd!");
    expect(env.model.find("instance", ok)?.hasPassword).toBe(true);
  });

  it("RunInstances tags the instance and its disks; CreateInstance only the instance", async () => {
    env = setup();
    const net = await network();
    const run = await instance(
      net,
      { Tag: [{ Key: "run", Value: "r" }], DataDisk: [{ Size: 20 }] },
      "RunInstances",
    );
    const created = await instance(net, { Tag: [{ Key: "run", Value: "c" }] });
    const disks = async (id: string) =>
      ((await env.ecs("DescribeDisks", { RegionId: R, InstanceId: id })) as Body).Disks.Disk.map((d: Body) =>
        d.Tags.Tag.map((t: Body) => `${t.TagKey}=${t.TagValue}`).join(","),
      );
    expect(await disks(run)).toEqual(["run=r", "run=r"]);
    expect(await disks(created)).toEqual([""]);
    // A sweep by tag finds the instance and its disks.
    expect(
      env.cloud
        .leakCheck({ tags: { run: "r" } })
        .map((l) => l.kind)
        .sort(),
    ).toEqual(["disk", "disk", "instance"]);
  });

  it("every address an instance gets is a distinct 127.0.0.0/8 address", async () => {
    env = setup();
    const net = await network();
    const addrs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await instance(net, { InternetMaxBandwidthOut: 1 }, "RunInstances");
      const e: Body = await env.vpc("AllocateEipAddress", { RegionId: R });
      addrs.push(e.EipAddress);
      const d: Body = await env.ecs("DescribeInstances", { RegionId: R, InstanceIds: JSON.stringify([id]) });
      addrs.push(
        d.Instances.Instance[0].PublicIpAddress.IpAddress[0],
        d.Instances.Instance[0].VpcAttributes.PrivateIpAddress.IpAddress[0],
      );
    }
    const g: Body = await env.ecs("CreateSecurityGroup", { RegionId: R });
    const classic: Body = await env.ecs("CreateInstance", {
      RegionId: R,
      ImageId: IMAGE,
      InstanceType: "ecs.n1.tiny",
      SecurityGroupId: g.SecurityGroupId,
      InternetMaxBandwidthOut: 5,
    });
    const noBandwidth: Body = await env.ecs("CreateInstance", {
      RegionId: R,
      ImageId: IMAGE,
      InstanceType: "ecs.n1.tiny",
      SecurityGroupId: g.SecurityGroupId,
    });
    env.clock.advance(MIN);
    await expectError(
      env.ecs("AllocatePublicIpAddress", { InstanceId: noBandwidth.InstanceId }),
      "Ecs",
      "AllocatePublicIpAddress",
      "AllocateIpInvalidInstanceBandwidth",
      400,
    );
    addrs.push(
      ((await env.ecs("AllocatePublicIpAddress", { InstanceId: classic.InstanceId })) as Body).IpAddress,
    );
    const c: Body = await env.ecs("DescribeInstances", {
      RegionId: R,
      InstanceIds: JSON.stringify([classic.InstanceId]),
    });
    addrs.push(c.Instances.Instance[0].InnerIpAddress.IpAddress[0]);
    expect(addrs.every((a) => /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a))).toBe(true);
    expect(new Set(addrs).size).toBe(addrs.length);
  });

  it("leak check: by time window, by tag, per account; the dump never holds secrets", async () => {
    env = setup();
    await env.ecs("CreateKeyPair", { RegionId: R, KeyPairName: "old" });
    env.clock.advance(1000);
    const since = env.clock.now();
    const net = await network();
    await env.ecs("CreateSecurityGroup", { RegionId: R }, OTHER_ACCOUNT);
    const id = await instance(net, {
      Password: "Sup3rSecret!",
      UserData: Buffer.from("export TOKEN=abc123secret").toString("base64"),
    });
    expect(
      env.cloud
        .leakCheck({ since })
        .map((l) => l.kind)
        .sort(),
    ).toEqual(["disk", "instance", "securitygroup", "securitygroup", "vpc", "vswitch"]);
    expect(env.cloud.leakCheck({ since, accountId: OTHER_ACCOUNT }).map((l) => l.kind)).toEqual([
      "securitygroup",
    ]);
    const dump = JSON.stringify(env.cloud.dump());
    expect(dump).not.toContain("Sup3rSecret!");
    expect(dump).not.toContain(Buffer.from("export TOKEN=abc123secret").toString("base64"));
    expect(dump).toContain('"userData":"<25 bytes>"');
    expect(dump).toContain(id);
    expect(dump).not.toContain("PRIVATE KEY");
  });
});
