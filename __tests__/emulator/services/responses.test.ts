// Every ECS and VPC action answers in its metadata response shape (strict: no unknown fields, the
// declared types) through a whole scenario, on the realistic profile with a manual clock.
import { afterEach, describe, expect, it } from "vitest";
import { METADATA, OTHER_ACCOUNT, setup } from "./harness.js";

const R = "cn-hangzhou";
const MIN = 60_000;
let env: ReturnType<typeof setup>;
afterEach(() => env?.cloud.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked against their schemas, then read freely
type Body = Record<string, any>;

describe("response shapes", () => {
  it("has the extracted metadata to check against", () => {
    if (!METADATA.Ecs || !METADATA.Vpc) console.warn("emulator/data is missing: shape checks are skipped");
    expect(true).toBe(true);
  });

  it("answers every ECS and VPC action of a full scenario in its schema", async () => {
    env = setup();
    const { ecs, vpc, clock } = env;
    const seen = new Set<string>();
    const e = async (a: string, p: Body = {}, acc?: string): Promise<Body> => {
      seen.add(`Ecs.${a}`);
      return ecs(a, p, acc);
    };
    const v = async (a: string, p: Body = {}, acc?: string): Promise<Body> => {
      seen.add(`Vpc.${a}`);
      return vpc(a, p, acc);
    };

    // Regions, zones, stock.
    const regions = await e("DescribeRegions");
    expect(regions.Regions.Region.map((r: Body) => r.RegionId)).toContain("cn-hangzhou");
    const zones = await e("DescribeZones", { RegionId: R });
    const zoneId = zones.Zones.Zone[0].ZoneId;
    expect(zoneId).toBe("cn-hangzhou-h");
    for (const dest of ["Zone", "InstanceType", "SystemDisk", "DataDisk", "IoOptimized", "Network"]) {
      const ar = await e("DescribeAvailableResource", {
        RegionId: R,
        DestinationResource: dest,
        InstanceType: "ecs.n1.tiny",
      });
      expect(ar.AvailableZones.AvailableZone.length).toBeGreaterThan(0);
    }
    const types = await e("DescribeInstanceTypes", {
      InstanceTypes: ["ecs.n1.tiny", "ecs.gn6i-c4g1.xlarge"],
    });
    expect(types.InstanceTypes.InstanceType.map((t: { InstanceTypeId: string }) => t.InstanceTypeId)).toEqual(
      ["ecs.n1.tiny", "ecs.gn6i-c4g1.xlarge"],
    );
    await v("DescribeRegions");
    expect((await v("DescribeZones", { RegionId: R })).Zones.Zone.length).toBe(4);

    // Public images.
    const pub = await e("DescribeImages", { RegionId: R, ImageOwnerAlias: "system", PageSize: 5 });
    expect(pub.Images.Image).toHaveLength(5);
    expect(pub.TotalCount).toBeGreaterThan(20);
    const fam = await e("DescribeImageFromFamily", { RegionId: R, ImageFamily: "acs:centos_7_9_x64" });
    expect(fam.Image.ImageId).toBe("centos_7_9_x64_20G_alibase_20210128.vhd");

    // Key pairs.
    const kp = await e("CreateKeyPair", { RegionId: R, KeyPairName: "kp1" });
    const listed = await e("DescribeKeyPairs", { RegionId: R, KeyPairName: "kp1", IncludePublicKey: true });
    const publicKey = listed.KeyPairs.KeyPair[0].PublicKey;
    const imported = await e("ImportKeyPair", {
      RegionId: R,
      KeyPairName: "kp2",
      PublicKeyBody: `${publicKey} me@host`,
    });
    expect(imported.KeyPairFingerPrint).toBe(kp.KeyPairFingerPrint);

    // Network through the deprecated ECS forms.
    const vpcRes = await e("CreateVpc", { RegionId: R, CidrBlock: "192.168.0.0/16", VpcName: "v1" });
    expect((await e("DescribeVpcs", { RegionId: R, VpcId: vpcRes.VpcId })).Vpcs.Vpc[0].Status).toBe(
      "Pending",
    );
    clock.advance(MIN);
    expect((await e("DescribeVpcs", { RegionId: R, VpcId: vpcRes.VpcId })).Vpcs.Vpc[0].Status).toBe(
      "Available",
    );
    const vsw = await e("CreateVSwitch", {
      RegionId: R,
      VpcId: vpcRes.VpcId,
      ZoneId: zoneId,
      CidrBlock: "192.168.1.0/24",
    });
    clock.advance(MIN);
    const vsws = await e("DescribeVSwitches", { RegionId: R, VpcId: vpcRes.VpcId });
    expect(vsws.VSwitches.VSwitch[0]).toMatchObject({ Status: "Available", AvailableIpAddressCount: 252 });

    const sg = await e("CreateSecurityGroup", { RegionId: R, VpcId: vpcRes.VpcId, SecurityGroupName: "sg1" });
    await e("AuthorizeSecurityGroup", {
      RegionId: R,
      SecurityGroupId: sg.SecurityGroupId,
      IpProtocol: "tcp",
      PortRange: "22/22",
      SourceCidrIp: "0.0.0.0/0",
    });
    await e("AuthorizeSecurityGroupEgress", {
      RegionId: R,
      SecurityGroupId: sg.SecurityGroupId,
      IpProtocol: "all",
      PortRange: "-1/-1",
      DestCidrIp: "0.0.0.0/0",
    });
    const sgs = await e("DescribeSecurityGroups", { RegionId: R, VpcId: vpcRes.VpcId });
    expect(sgs.SecurityGroups.SecurityGroup[0].RuleCount).toBe(2);
    const attr = await e("DescribeSecurityGroupAttribute", {
      RegionId: R,
      SecurityGroupId: sg.SecurityGroupId,
    });
    expect(attr.Permissions.Permission.map((p: Body) => p.Direction).sort()).toEqual(["egress", "ingress"]);

    // RunInstances: Pending → Starting → Running, with a public IP.
    const run = await e("RunInstances", {
      RegionId: R,
      ImageId: "ubuntu_18_04_64_20G_alibase_20190509.vhd",
      InstanceType: "ecs.n1.tiny",
      SecurityGroupId: sg.SecurityGroupId,
      VSwitchId: vsw.VSwitchId,
      InternetMaxBandwidthOut: 10,
      KeyPairName: "kp1",
      Tag: [{ Key: "run", Value: "1" }],
    });
    const a = run.InstanceIdSets.InstanceIdSet[0];
    const status = async (id: string) =>
      (await e("DescribeInstances", { RegionId: R, InstanceIds: JSON.stringify([id]) })).Instances
        .Instance[0];
    expect((await status(a)).Status).toBe("Pending");
    clock.advance(20_000);
    expect((await status(a)).Status).toBe("Starting");
    clock.advance(30_000);
    const ia = await status(a);
    expect(ia.Status).toBe("Running");
    expect(ia.PublicIpAddress.IpAddress[0]).toMatch(/^127\.10\./);
    expect(ia.VpcAttributes.PrivateIpAddress.IpAddress[0]).toMatch(/^127\.2\d\.\d+\.1$/);
    expect((await e("DescribeInstanceAttribute", { InstanceId: a })).Status).toBe("Running");

    // CreateInstance stays Stopped; EIP (ECS forms) then a public IP.
    const b = (
      await e("CreateInstance", {
        RegionId: R,
        ImageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        InstanceType: "ecs.g6.large",
        InternetMaxBandwidthOut: 5,
        SecurityGroupId: sg.SecurityGroupId,
        VSwitchId: vsw.VSwitchId,
        DataDisk: [{ Size: 50, DeleteWithInstance: false }],
      })
    ).InstanceId;
    clock.advance(MIN);
    expect((await status(b)).Status).toBe("Stopped");
    const eip = await e("AllocateEipAddress", { RegionId: R });
    await e("AssociateEipAddress", { AllocationId: eip.AllocationId, InstanceId: b });
    clock.advance(MIN);
    expect((await e("DescribeEipAddresses", { RegionId: R })).EipAddresses.EipAddress[0].Status).toBe(
      "InUse",
    );
    expect((await status(b)).EipAddress.IpAddress).toBe(eip.EipAddress);
    await e("UnassociateEipAddress", { AllocationId: eip.AllocationId, InstanceId: b });
    clock.advance(MIN);
    await e("ReleaseEipAddress", { AllocationId: eip.AllocationId });
    expect((await e("AllocatePublicIpAddress", { InstanceId: b })).IpAddress).toMatch(/^127\.10\./);

    // Disks and snapshots (Progress grows with time).
    const disks = await e("DescribeDisks", { RegionId: R, InstanceId: a });
    const sysDisk = disks.Disks.Disk.find((d: Body) => d.Type === "system");
    const snap = await e("CreateSnapshot", { DiskId: sysDisk.DiskId, SnapshotName: "snap1" });
    clock.advance(35_000);
    const mid = (
      await e("DescribeSnapshots", { RegionId: R, SnapshotIds: JSON.stringify([snap.SnapshotId]) })
    ).Snapshots.Snapshot[0];
    expect(mid.Status).toBe("progressing");
    expect(Number.parseInt(mid.Progress, 10)).toBeGreaterThan(0);
    clock.advance(MIN);
    expect(
      (await e("DescribeSnapshots", { RegionId: R, Status: "accomplished" })).Snapshots.Snapshot[0].Progress,
    ).toBe("100%");

    // Images: from the snapshot, from the instance; sharing; copying.
    const fromSnap = await e("CreateImage", {
      RegionId: R,
      SnapshotId: snap.SnapshotId,
      ImageName: "from-snap",
    });
    const img = await e("CreateImage", {
      RegionId: R,
      InstanceId: a,
      ImageName: "img-a",
      Tag: [{ Key: "k", Value: "v" }],
    });
    clock.advance(60_000);
    const creating = (await e("DescribeImages", { RegionId: R, ImageId: img.ImageId, Status: "Creating" }))
      .Images.Image[0];
    expect(creating.Progress).toMatch(/^\d+%$/);
    expect(creating.Progress).not.toBe("100%");
    clock.advance(10 * MIN);
    const self = await e("DescribeImages", { RegionId: R, ImageOwnerAlias: "self" });
    expect(self.Images.Image.map((i: Body) => i.ImageId).sort()).toEqual(
      [fromSnap.ImageId, img.ImageId].sort(),
    );
    await e("ModifyImageSharePermission", { RegionId: R, ImageId: img.ImageId, AddAccount: [OTHER_ACCOUNT] });
    const share = await e("DescribeImageSharePermission", { RegionId: R, ImageId: img.ImageId });
    expect(share.Accounts.Account[0].AliyunId).toBe(OTHER_ACCOUNT);
    const others = await e("DescribeImages", { RegionId: R, ImageOwnerAlias: "others" }, OTHER_ACCOUNT);
    expect(others.Images.Image.map((i: Body) => i.ImageId)).toEqual([img.ImageId]);
    const copy = await e("CopyImage", {
      RegionId: R,
      ImageId: img.ImageId,
      DestinationRegionId: "cn-beijing",
      DestinationImageName: "img-a-copy",
    });
    expect(copy.ImageId).toMatch(/^m-2z/);
    await e("CancelCopyImage", { RegionId: "cn-beijing", ImageId: copy.ImageId });
    const copy2 = await e("CopyImage", {
      RegionId: R,
      ImageId: img.ImageId,
      DestinationRegionId: "cn-beijing",
    });
    clock.advance(30 * MIN);
    const copied = (await e("DescribeImages", { RegionId: "cn-beijing", ImageId: copy2.ImageId })).Images
      .Image[0];
    expect(copied).toMatchObject({ Status: "Available", IsCopied: true, ImageName: "img-a" });

    // Tags, old and new APIs.
    await e("AddTags", {
      RegionId: R,
      ResourceType: "instance",
      ResourceId: a,
      Tag: [{ Key: "team", Value: "x" }],
    });
    const dt = await e("DescribeTags", { RegionId: R, ResourceType: "instance" });
    expect(dt.Tags.Tag.map((t: Body) => t.TagKey).sort()).toEqual(["run", "team"]);
    await e("RemoveTags", { RegionId: R, ResourceType: "instance", ResourceId: a, Tag: [{ Key: "team" }] });
    await e("TagResources", {
      RegionId: R,
      ResourceType: "image",
      ResourceId: [img.ImageId, fromSnap.ImageId],
      Tag: [{ Key: "b", Value: "1" }],
    });
    const ltr = await e("ListTagResources", {
      RegionId: R,
      ResourceType: "image",
      Tag: [{ Key: "b", Value: "1" }],
    });
    expect(ltr.TagResources.TagResource).toHaveLength(3);
    await e("UntagResources", {
      RegionId: R,
      ResourceType: "image",
      ResourceId: [img.ImageId],
      TagKey: ["b"],
    });
    await v("TagResources", {
      RegionId: R,
      ResourceType: "VPC",
      ResourceId: [vpcRes.VpcId],
      Tag: [{ Key: "n", Value: "1" }],
    });
    expect(
      (await v("ListTagResources", { RegionId: R, ResourceType: "VPC", ResourceId: [vpcRes.VpcId] }))
        .TagResources.TagResource[0],
    ).toEqual({
      ResourceId: vpcRes.VpcId,
      ResourceType: "VPC",
      TagKey: "n",
      TagValue: "1",
    });
    await v("UnTagResources", { RegionId: R, ResourceType: "VPC", ResourceId: [vpcRes.VpcId], All: true });

    // Instance lifecycle and deletion.
    await e("RebootInstance", { InstanceId: a });
    clock.advance(MIN);
    await e("StopInstance", { InstanceId: a });
    clock.advance(MIN);
    expect((await status(a)).Status).toBe("Stopped");
    await e("StartInstance", { InstanceId: a });
    clock.advance(MIN);
    await e("DetachKeyPair", { RegionId: R, KeyPairName: "kp1", InstanceIds: JSON.stringify([a]) });
    await e("AttachKeyPair", { RegionId: R, KeyPairName: "kp2", InstanceIds: JSON.stringify([a, b]) });
    await e("DetachKeyPair", { RegionId: R, KeyPairName: "kp2", InstanceIds: JSON.stringify([a, b]) });
    await e("DeleteInstance", { InstanceId: a, Force: true });
    await e("DeleteInstances", { RegionId: R, InstanceId: [b], Force: true });
    clock.advance(5_000); // instance.release: the network is held a few seconds after deletion
    // b's data disk outlives it.
    const left = await e("DescribeDisks", { RegionId: R });
    expect(left.Disks.Disk.map((d: Body) => [d.Status, d.Size])).toEqual([["Available", 50]]);

    // Deletion of the rest.
    await e("DeleteImage", { RegionId: "cn-beijing", ImageId: copy2.ImageId });
    await e("DeleteImage", { RegionId: R, ImageId: fromSnap.ImageId });
    await e("DeleteSnapshot", { SnapshotId: snap.SnapshotId });
    await e("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: sg.SecurityGroupId });
    await e("DeleteVSwitch", { RegionId: R, VSwitchId: vsw.VSwitchId });
    await e("DeleteVpc", { RegionId: R, VpcId: vpcRes.VpcId });
    await e("DeleteKeyPairs", { RegionId: R, KeyPairNames: JSON.stringify(["kp1", "kp2"]) });

    // The VPC API's own forms.
    const v2 = await v("CreateVpc", { RegionId: R, CidrBlock: "10.0.0.0/8" });
    clock.advance(MIN);
    expect((await v("DescribeVpcs", { RegionId: R })).Vpcs.Vpc[0].RouterTableIds.RouterTableIds).toHaveLength(
      1,
    );
    const s2 = await v("CreateVSwitch", {
      VpcId: v2.VpcId,
      ZoneId: "cn-hangzhou-i",
      CidrBlock: "10.1.0.0/16",
    });
    clock.advance(MIN);
    expect(
      (await v("DescribeVSwitches", { VpcId: v2.VpcId })).VSwitches.VSwitch[0].AvailableIpAddressCount,
    ).toBe(252);
    const e2 = await v("AllocateEipAddress", { RegionId: R, Bandwidth: "2" });
    const sg2 = (await e("CreateSecurityGroup", { RegionId: R, VpcId: v2.VpcId })).SecurityGroupId;
    const c = (
      await e("CreateInstance", {
        RegionId: R,
        ImageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        InstanceType: "ecs.g6.large",
        SecurityGroupId: sg2,
        VSwitchId: s2.VSwitchId,
      })
    ).InstanceId;
    clock.advance(MIN);
    await v("AssociateEipAddress", { RegionId: R, AllocationId: e2.AllocationId, InstanceId: c });
    clock.advance(MIN);
    const de = (await v("DescribeEipAddresses", { RegionId: R, AllocationId: e2.AllocationId })).EipAddresses
      .EipAddress[0];
    expect(de).toMatchObject({ Status: "InUse", InstanceId: c, InstanceType: "EcsInstance" });
    await v("UnassociateEipAddress", { AllocationId: e2.AllocationId });
    clock.advance(MIN);
    await v("ReleaseEipAddress", { AllocationId: e2.AllocationId });
    await e("DeleteInstance", { InstanceId: c });
    clock.advance(5_000);
    await v("DeleteVSwitch", { VSwitchId: s2.VSwitchId });
    await e("DeleteSecurityGroup", { RegionId: R, SecurityGroupId: sg2 });
    await v("DeleteVpc", { VpcId: v2.VpcId });
    // Left: the detached data disk (DeleteWithInstance=false), img-a with its snapshot, and the
    // snapshot of the deleted copy (DeleteImage keeps snapshots, as on Alibaba Cloud).
    expect(
      env.cloud
        .leakCheck()
        .map((l) => `${l.kind}:${l.regionId}`)
        .sort(),
    ).toEqual(["disk:cn-hangzhou", "image:cn-hangzhou", "snapshot:cn-beijing", "snapshot:cn-hangzhou"]);
    expect(env.cloud.leakCheck({ ignoreImages: true }).map((l) => `${l.kind}:${l.regionId}`)).toEqual([
      "disk:cn-hangzhou",
      "snapshot:cn-beijing",
    ]);

    // Every ECS and VPC action was exercised.
    const all = env.cloud.services.flatMap((s) => Object.keys(s.actions).map((a) => `${s.product}.${a}`));
    expect(all.filter((x) => !seen.has(x) && x !== "Vpc.UntagResources")).toEqual([]);
  });
});
