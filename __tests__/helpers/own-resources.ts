// Resources a template names by placeholder (`vpc-xxxx`, `vsw-xxxx`, `s-bp1xxxxxx`: the user's own,
// which exist before any build), created in the emulator first; the copy of the template names
// them instead.
import type { Emulator } from "../../emulator/index.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "../emulator/services/clients.js";

/** A public image every region of the emulator's catalogue has. */
const BASE_IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";

/** Creates what `text` (a template's JSON) names by placeholder; returns the text naming them. */
export async function ownResources(emu: Emulator, text: string): Promise<string> {
  const ecs = ecsClient(emu);
  const vpc = vpcClient(emu);
  const region = /"region":\s*"([^"]+)"/.exec(text)![1];
  if (/"vpc-x+"/.test(text)) {
    const v = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({ regionId: region, cidrBlock: "172.16.0.0/16" }),
    );
    const zones = await ecs.describeZones(new $Ecs.DescribeZonesRequest({ regionId: region }));
    const type = /"instance_type":\s*"([^"]+)"/.exec(text)![1];
    const zoneId = zones.body!.zones!.zone!.find((z) =>
      z.availableInstanceTypes?.instanceTypes?.includes(type),
    )!.zoneId!;
    await waitFor(async () => {
      const d = await vpc.describeVpcs(
        new $Vpc.DescribeVpcsRequest({ regionId: region, vpcId: v.body!.vpcId }),
      );
      return d.body?.vpcs?.vpc?.[0]?.status === "Available";
    });
    const sw = await vpc.createVSwitch(
      new $Vpc.CreateVSwitchRequest({
        regionId: region,
        vpcId: v.body!.vpcId!,
        zoneId,
        cidrBlock: "172.16.1.0/24",
      }),
    );
    text = text.replace(/"vpc-x+"/g, `"${v.body!.vpcId}"`).replace(/"vsw-x+"/g, `"${sw.body!.vSwitchId}"`);
  }
  if (/"s-[a-z0-9]*x{4,}"/.test(text)) {
    // a snapshot of some disk of the account: an instance's system disk
    const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: region }));
    const r = await ecs.createInstance(
      new $Ecs.CreateInstanceRequest({
        regionId: region,
        imageId: BASE_IMAGE,
        instanceType: "ecs.g6.large",
        securityGroupId: sg.body!.securityGroupId,
      }),
    );
    const instanceId = r.body!.instanceId!;
    emu.model!.tick();
    const disks = await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: region, instanceId }));
    const sn = await ecs.createSnapshot(
      new $Ecs.CreateSnapshotRequest({ diskId: disks.body!.disks!.disk![0].diskId }),
    );
    await waitFor(async () => {
      const d = await ecs.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({
          regionId: region,
          snapshotIds: JSON.stringify([sn.body!.snapshotId]),
        }),
      );
      return d.body?.snapshots?.snapshot?.[0]?.status === "accomplished";
    });
    text = text.replace(/"s-[a-z0-9]*x{4,}"/g, `"${sn.body!.snapshotId}"`);
  }
  return text;
}
