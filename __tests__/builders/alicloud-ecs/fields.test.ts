// Template fields reach the API calls as Packer sends them (or as image-build improves on them),
// observed in the emulator's call log.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { factOf } from "../../../src/builders/result.js";
import { describeVpc } from "../../../src/cloud/describe.js";
import { waitForVpc, waitForVSwitch } from "../../../src/cloud/waiters.js";
import { emulatorCloud } from "../../cloud/helpers.js";
import { builder, buildTemplate } from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

const last = (action: string) => emu.calls({ action }).at(-1)!.params as Record<string, unknown>;

it("instance, network and image fields", async () => {
  const r = await buildTemplate(emu, {
    builders: [
      builder({
        image_name: "fields",
        instance_name: "builder-vm",
        run_tags: { env: "test" },
        security_enhancement_strategy: "Active",
        internet_charge_type: "PayByBandwidth",
        internet_max_bandwidth_out: 10,
        associate_public_ip_address: true,
        io_optimized: true,
        user_data: "#!/bin/sh\necho hi",
        system_disk_mapping: { disk_category: "cloud_essd", disk_size: 40, disk_name: "sys" },
        image_disk_mappings: [{ disk_size: 30, disk_category: "cloud_ssd" }],
        vpc_cidr_block: "10.1.0.0/16",
        vpc_name: "build-vpc",
        vswitch_name: "build-vsw",
        security_group_name: "build-sg",
        image_version: "1.0",
        image_description: "an image",
        target_image_family: "my-family",
        boot_mode: "UEFI",
        tags: { team: "images" },
      }),
    ],
  });
  expect(r.ok, r.ui.lines.map((l) => l.text).join("\n")).toBe(true);
  expect(last("CreateVpc")).toMatchObject({ CidrBlock: "10.1.0.0/16", VpcName: "build-vpc" });
  expect(last("CreateVSwitch")).toMatchObject({ CidrBlock: "10.1.0.0/24", VSwitchName: "build-vsw" });
  expect(last("CreateSecurityGroup")).toMatchObject({ SecurityGroupName: "build-sg" });
  const run = last("RunInstances");
  expect(run).toMatchObject({
    InstanceName: "builder-vm",
    SecurityEnhancementStrategy: "Active",
    InternetChargeType: "PayByBandwidth",
    IoOptimized: "optimized",
    UserData: Buffer.from("#!/bin/sh\necho hi").toString("base64"),
  });
  expect(run).toMatchObject({
    InternetMaxBandwidthOut: "10",
    "SystemDisk.Category": "cloud_essd",
    "SystemDisk.DiskName": "sys",
    "SystemDisk.Size": "40",
    "DataDisk.1.Category": "cloud_ssd",
    "DataDisk.1.Size": "30",
    // Packer sends false: the disk would outlive the instance.
    "DataDisk.1.DeleteWithInstance": "true",
    "Tag.1.Key": "env",
    "Tag.1.Value": "test",
    "Tag.2.Key": "image-build:run",
    "Tag.3.Key": "image-build:build",
    "Tag.3.Value": "alicloud-ecs",
  });
  expect(last("CreateImage")).toMatchObject({
    ImageName: "fields",
    ImageVersion: "1.0",
    Description: "an image",
    ImageFamily: "my-family",
    BootMode: "UEFI",
    "Tag.1.Key": "team",
    "Tag.1.Value": "images",
  });
});

it("disk_delete_with_instance: false is kept when written (the disk outlives the build, as in Packer)", async () => {
  const since = new Date().toISOString();
  const r = await buildTemplate(emu, {
    builders: [
      builder({
        image_name: "kept-disk",
        image_disk_mappings: [{ disk_size: 20, disk_delete_with_instance: false }],
      }),
    ],
  });
  expect(r.ok).toBe(true);
  expect(last("RunInstances")["DataDisk.1.DeleteWithInstance"]).toBe("false");
  const left = emu.leakCheck({ since, ignoreImages: true }) as { kind: string }[];
  expect(left.map((x) => x.kind)).toEqual(["disk"]);
});

it("image_family: the latest image of the family is found and used", async () => {
  const r = await buildTemplate(emu, {
    builders: [
      builder({ image_name: "from-family", source_image: undefined, image_family: "acs:ubuntu_22_04_x64" }),
    ],
  });
  expect(r.ok).toBe(true);
  expect(last("DescribeImageFromFamily")).toMatchObject({ ImageFamily: "acs:ubuntu_22_04_x64" });
  expect(last("RunInstances").ImageId).toBe("ubuntu_22_04_x64_20G_alibase_20240220.vhd");
  expect(factOf(r.builds[0].details, "source-image")).toBe("ubuntu_22_04_x64_20G_alibase_20240220.vhd");
});

it("skip_create_image: no image, no artifact, nothing left", async () => {
  const since = new Date().toISOString();
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "skipped", skip_create_image: true })],
  });
  expect(r.ok).toBe(true);
  expect(r.builds[0].artifact).toBeUndefined();
  expect(r.builds[0].images).toEqual({});
  expect(emu.leakCheck({ since })).toEqual([]);
});

it("classic networking (password only): no VPC, a public IP from RunInstances, the password at first boot", async () => {
  const seq = emu.calls().at(-1)?.seq ?? 0;
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "classic", ssh_password: "Image-Build-1" })],
  });
  expect(r.ok).toBe(true);
  const actions = emu
    .calls()
    .filter((c) => c.seq > seq)
    .map((c) => c.action);
  expect(actions).not.toContain("CreateVpc");
  expect(actions).not.toContain("CreateKeyPair");
  const run = last("RunInstances");
  expect(run.Password).toBe("******");
  expect(run.VSwitchId).toBeUndefined();
  expect(run.InternetMaxBandwidthOut).toBe("5");
  expect(run.InternetChargeType).toBe("PayByTraffic");
});

it("a failing provisioner runs the error-cleanup-provisioner, then cleans up", async () => {
  const since = new Date().toISOString();
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "provision-fails" })],
    provisioners: [{ type: "shell-local", inline: ["echo provisioning", "exit 7"] }],
    "error-cleanup-provisioner": { type: "shell-local", inline: ["echo cleanup-provisioner-ran"] },
  });
  expect(r.ok).toBe(false);
  expect(r.builds[0].failedStep).toBe("provision");
  expect(r.builds[0].provisioners).toEqual([
    expect.objectContaining({ type: "shell-local", status: "failed" }),
  ]);
  const text = r.ui.lines.map((l) => l.text).join("\n");
  expect(text).toContain("Provisioning step had errors: Running the cleanup provisioner, if present...");
  expect(text).toContain("cleanup-provisioner-ran");
  expect(emu.leakCheck({ since })).toEqual([]);
});

it("image_encrypted: a temporary image, an encrypted copy under image_name in the source region, the temporary one deleted", async () => {
  const since = new Date().toISOString();
  const seq = emu.calls().at(-1)?.seq ?? 0;
  const r = await buildTemplate(emu, {
    builders: [
      builder({
        image_name: "encrypted",
        image_encrypted: true,
        kms_key_id: "key-source",
        image_copy_regions: ["cn-beijing"],
        kms_key_copy_ids: ["key-beijing"],
      }),
    ],
  });
  expect(r.ok, r.ui.lines.map((l) => l.text).join("\n")).toBe(true);
  const created = emu.calls().filter((c) => c.seq > seq && c.action === "CreateImage");
  expect(String(created[0].params.ImageName)).toMatch(/^packer_\w{7}$/);
  const copies = emu.calls().filter((c) => c.seq > seq && c.action === "CopyImage" && c.httpStatus === 200);
  expect(
    copies
      .map((c) => [
        c.params.DestinationRegionId,
        c.params.DestinationImageName ?? "",
        c.params.Encrypted,
        c.params.KMSKeyId,
      ])
      .sort(),
  ).toEqual([
    ["cn-beijing", "", "true", "key-beijing"],
    ["cn-hangzhou", "encrypted", "true", "key-source"],
  ]);
  const left = emu.leakCheck({ since }) as { kind: string; id: string; regionId: string; name?: string }[];
  const images = left.filter((x) => x.kind === "image");
  expect(images.map((x) => x.regionId).sort()).toEqual(["cn-beijing", "cn-hangzhou"]);
  expect(images.find((x) => x.regionId === "cn-hangzhou")?.name).toBe("encrypted");
  expect(Object.values(r.builds[0].images).sort()).toEqual(images.map((x) => x.id).sort());
  expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
});

it("the image wait is bounded by wait_snapshot_ready_timeout; a stuck image is deleted", async () => {
  const since = new Date().toISOString();
  emu.faults.add({ effect: "stuck", target: { kind: "image", transition: "image.create" } });
  const started = Date.now();
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "stuck-image", wait_snapshot_ready_timeout: 1 })],
  });
  emu.faults.clear();
  expect(r.ok).toBe(false);
  expect(r.builds[0].failedStep).toBe("create image");
  expect(String(r.builds[0].error)).toMatch(
    /Timeout waiting for image to be created: Timed out after 1\.\ds waiting for image m-\w+ to be Available/,
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(emu.leakCheck({ since })).toEqual([]);
});

it("an image that fails (CreateFailed) ends the wait at once and is deleted", async () => {
  const since = new Date().toISOString();
  emu.faults.add({ effect: "fail", target: { kind: "image", transition: "image.create" } });
  const r = await buildTemplate(emu, { builders: [builder({ image_name: "failed-image" })] });
  emu.faults.clear();
  expect(r.ok).toBe(false);
  expect(String(r.builds[0].error)).toContain("CreateFailed");
  expect(emu.leakCheck({ since })).toEqual([]);
});

it("existing vpc_id / vswitch_id / security_group_id are used, never deleted; vswitch_id alone finds its VPC", async () => {
  // A first build with on-error=abort is not needed: make the network by hand.
  const cloud = emulatorCloud(emu);
  const vpc = await cloud.vpc("CreateVpc", (c, a) =>
    c.createVpc(
      new $Vpc.CreateVpcRequest({
        regionId: "cn-hangzhou",
        cidrBlock: "192.168.0.0/16",
        clientToken: a.clientToken,
      }),
    ),
  );
  const vpcId = vpc.body!.vpcId!;
  await waitForVpc(cloud, vpcId);
  const vsw = await cloud.vpc("CreateVSwitch", (c, a) =>
    c.createVSwitch(
      new $Vpc.CreateVSwitchRequest({
        regionId: "cn-hangzhou",
        vpcId,
        zoneId: "cn-hangzhou-j",
        cidrBlock: "192.168.1.0/24",
        clientToken: a.clientToken,
      }),
    ),
  );
  const vswitchId = vsw.body!.vSwitchId!;
  await waitForVSwitch(cloud, vswitchId);
  const sg = await cloud.ecs("CreateSecurityGroup", (c, a) =>
    c.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou", vpcId, clientToken: a.clientToken }),
    ),
  );
  const securityGroupId = sg.body!.securityGroupId!;

  const seq = emu.calls().at(-1)?.seq ?? 0;
  const r = await buildTemplate(emu, {
    builders: [
      builder({ image_name: "existing-network", vswitch_id: vswitchId, security_group_id: securityGroupId }),
    ],
  });
  expect(r.ok, r.ui.lines.map((l) => l.text).join("\n")).toBe(true);
  expect(factOf(r.builds[0].details, "zone")).toBe("cn-hangzhou-j");
  const actions = emu
    .calls()
    .filter((c) => c.seq > seq)
    .map((c) => c.action);
  for (const a of [
    "CreateVpc",
    "CreateVSwitch",
    "CreateSecurityGroup",
    "DeleteVpc",
    "DeleteVSwitch",
    "DeleteSecurityGroup",
  ])
    expect(actions).not.toContain(a);
  expect((await describeVpc(cloud, vpcId))?.status).toBe("Available");
  expect(last("RunInstances")).toMatchObject({ VSwitchId: vswitchId, SecurityGroupId: securityGroupId });
});

it("ssh_private_ip: the private address is the one used", async () => {
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "private-ip", ssh_private_ip: true })],
  });
  expect(r.ok).toBe(true);
  expect(r.ui.texts("say").join("\n")).toMatch(/Using private ip address \d+\.\d+\.\d+\.\d+\./);
});
