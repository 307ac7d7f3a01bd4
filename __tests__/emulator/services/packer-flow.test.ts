// A Packer-like build driven through the official @alicloud/ecs20140526 and @alicloud/vpc20160428
// clients against the emulator: everything temporary is cleaned up and the leak check shows only
// the image and its snapshot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "./clients.js";

const REGION = "cn-hangzhou";
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

describe("Packer-like flow through the official SDKs", () => {
  it("builds an image and leaves only the image and its snapshot behind", async () => {
    const ecs = ecsClient(emu);
    const vpc = vpcClient(emu);
    const since = Date.now();
    const run = { Key: "image-build:run", Value: "r-1" };

    const kp = await ecs.createKeyPair(
      new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "packer_test" }),
    );
    expect(kp.body?.privateKeyBody).toMatch(new RegExp(`^-----BEGIN RSA ${"PRIVATE"} KEY-----`));
    expect(kp.body?.keyPairFingerPrint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);

    const v = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({
        regionId: REGION,
        cidrBlock: "172.16.0.0/16",
        vpcName: "packer_vpc",
        clientToken: "t-vpc-1",
      }),
    );
    const vpcId = v.body!.vpcId!;
    expect(vpcId).toMatch(/^vpc-bp[0-9a-z]{18}$/);
    // Same ClientToken → the same VPC, not a second one.
    const again = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({
        regionId: REGION,
        cidrBlock: "172.16.0.0/16",
        vpcName: "packer_vpc",
        clientToken: "t-vpc-1",
      }),
    );
    expect(again.body?.vpcId).toBe(vpcId);
    await waitFor(async () => {
      const r = await vpc.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }));
      return r.body?.vpcs?.vpc?.[0]?.status === "Available";
    });

    const zones = await ecs.describeZones(new $Ecs.DescribeZonesRequest({ regionId: REGION }));
    const zoneId = zones.body!.zones!.zone!.find((z) =>
      z.availableInstanceTypes?.instanceTypes?.includes("ecs.n1.tiny"),
    )!.zoneId!;
    const sw = await vpc.createVSwitch(
      new $Vpc.CreateVSwitchRequest({
        regionId: REGION,
        vpcId,
        zoneId,
        cidrBlock: "172.16.0.0/24",
        vSwitchName: "packer_vsw",
      }),
    );
    const vswId = sw.body!.vSwitchId!;
    await waitFor(async () => {
      const r = await vpc.describeVSwitches(
        new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, vpcId, vSwitchId: vswId }),
      );
      return r.body?.vSwitches?.vSwitch?.[0]?.status === "Available";
    });

    const sg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({
        regionId: REGION,
        vpcId,
        securityGroupName: "packer_sg",
        clientToken: "t-sg-1",
      }),
    );
    const sgId = sg.body!.securityGroupId!;
    await ecs.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId: sgId,
        ipProtocol: "tcp",
        portRange: "22/22",
        sourceCidrIp: "0.0.0.0/0",
      }),
    );
    await ecs.authorizeSecurityGroupEgress(
      new $Ecs.AuthorizeSecurityGroupEgressRequest({
        regionId: REGION,
        securityGroupId: sgId,
        ipProtocol: "all",
        portRange: "-1/-1",
        destCidrIp: "0.0.0.0/0",
      }),
    );

    const created = await ecs.createInstance(
      new $Ecs.CreateInstanceRequest({
        regionId: REGION,
        imageId: "centos_7_9_x64_20G_alibase_20210128.vhd",
        instanceType: "ecs.n1.tiny",
        securityGroupId: sgId,
        vSwitchId: vswId,
        instanceName: "packer_instance",
        clientToken: "t-inst-1",
        systemDisk: new $Ecs.CreateInstanceRequestSystemDisk({ size: 40, category: "cloud_efficiency" }),
        dataDisk: [
          new $Ecs.CreateInstanceRequestDataDisk({
            size: 20,
            category: "cloud_efficiency",
            deleteWithInstance: true,
          }),
        ],
        tag: [new $Ecs.CreateInstanceRequestTag({ key: run.Key, value: run.Value })],
      }),
    );
    const instanceId = created.body!.instanceId!;
    expect(instanceId).toMatch(/^i-bp[0-9a-z]{18}$/);
    const describeInstance = async () =>
      (
        await ecs.describeInstances(
          new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }),
        )
      ).body!.instances!.instance![0];
    const stopped = await waitFor(async () => {
      const i = await describeInstance();
      return i.status === "Stopped" && i;
    });
    const privateIp = stopped.vpcAttributes!.privateIpAddress!.ipAddress![0];
    expect(privateIp).toMatch(/^127\.\d+\.\d+\.\d+$/);
    expect(stopped.tags?.tag?.[0]).toMatchObject({ tagKey: run.Key, tagValue: run.Value });

    const eip = await vpc.allocateEipAddress(
      new $Vpc.AllocateEipAddressRequest({
        regionId: REGION,
        bandwidth: "5",
        internetChargeType: "PayByTraffic",
        clientToken: "t-eip",
      }),
    );
    const allocationId = eip.body!.allocationId!;
    const eipAddress = eip.body!.eipAddress!;
    expect(eipAddress).toMatch(/^127\.11\./);
    await vpc.associateEipAddress(
      new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId, instanceId }),
    );
    await waitFor(async () => {
      const r = await vpc.describeEipAddresses(
        new $Vpc.DescribeEipAddressesRequest({ regionId: REGION, allocationId }),
      );
      return r.body?.eipAddresses?.eipAddress?.[0]?.status === "InUse";
    });

    const attach = await ecs.attachKeyPair(
      new $Ecs.AttachKeyPairRequest({
        regionId: REGION,
        keyPairName: "packer_test",
        instanceIds: JSON.stringify([instanceId]),
      }),
    );
    expect(attach.body?.failCount).toBe("0");

    await ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId }));
    const running = await waitFor(async () => {
      const i = await describeInstance();
      return i.status === "Running" && i;
    });
    expect(running.eipAddress).toMatchObject({ allocationId, ipAddress: eipAddress });
    expect(running.keyPairName).toBe("packer_test");
    expect(
      emu.model &&
        (emu.model as { find(k: string, id: string): { bootKeyPairName?: string } }).find(
          "instance",
          instanceId,
        )?.bootKeyPairName,
    ).toBe("packer_test");

    await ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId }));
    await waitFor(async () => (await describeInstance()).status === "Stopped");

    const image = await ecs.createImage(
      new $Ecs.CreateImageRequest({
        regionId: REGION,
        instanceId,
        imageName: "packer_image_1",
        clientToken: "t-img-1",
      }),
    );
    const imageId = image.body!.imageId!;
    expect(imageId).toMatch(/^m-bp[0-9a-z]{18}$/);
    const available = await waitFor(async () => {
      const r = await ecs.describeImages(
        new $Ecs.DescribeImagesRequest({
          regionId: REGION,
          imageId,
          status: "Waiting,Creating,CreateFailed,Available",
        }),
      );
      const im = r.body?.images?.image?.[0];
      return im?.status === "Available" && im;
    });
    expect(available.progress).toBe("100%");
    const mappings = available.diskDeviceMappings!.diskDeviceMapping!;
    expect(mappings.map((m) => m.device)).toEqual(["/dev/xvda", "/dev/xvdb"]);
    expect(mappings.every((m) => /^s-bp/.test(m.snapshotId!))).toBe(true);

    // Cleanup in Packer's reverse order.
    await ecs.detachKeyPair(
      new $Ecs.DetachKeyPairRequest({
        regionId: REGION,
        keyPairName: "packer_test",
        instanceIds: JSON.stringify([instanceId]),
      }),
    );
    await vpc.unassociateEipAddress(
      new $Vpc.UnassociateEipAddressRequest({ regionId: REGION, allocationId, instanceId }),
    );
    await waitFor(async () => {
      const r = await vpc.describeEipAddresses(
        new $Vpc.DescribeEipAddressesRequest({ regionId: REGION, allocationId }),
      );
      return r.body?.eipAddresses?.eipAddress?.[0]?.status === "Available";
    });
    await vpc.releaseEipAddress(new $Vpc.ReleaseEipAddressRequest({ regionId: REGION, allocationId }));
    await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId, force: true }));
    // A security group in use cannot go before its instance; now it can.
    await ecs.deleteSecurityGroup(
      new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId: sgId }),
    );
    await vpc.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: REGION, vSwitchId: vswId }));
    await vpc.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: REGION, vpcId }));
    await ecs.deleteKeyPairs(
      new $Ecs.DeleteKeyPairsRequest({ regionId: REGION, keyPairNames: JSON.stringify(["packer_test"]) }),
    );

    const leaks = emu.leakCheck({ since: new Date(since).toISOString() }) as { kind: string; id: string }[];
    const snapshotIds = mappings.map((m) => m.snapshotId);
    expect(leaks.map((l) => l.kind).sort()).toEqual(["image", "snapshot", "snapshot"]);
    expect(
      leaks
        .filter((l) => l.kind === "snapshot")
        .map((l) => l.id)
        .sort(),
    ).toEqual([...snapshotIds].sort());
    expect(leaks.find((l) => l.kind === "image")?.id).toBe(imageId);
  });
});
