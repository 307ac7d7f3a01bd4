// The catalogue that real templates find: dated public images named by Alibaba's scheme resolve
// (OS, type, architecture and size read from the id), the instance types of the documented families
// exist with a zone spread, and an unknown instance type or image gets the official error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { builder, buildTemplate } from "../../builders/alicloud-ecs/helpers.js";
import { $Ecs, ecsClient } from "./clients.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false, machines: false });
});
afterAll(async () => {
  await emu?.stop();
});

async function apiError(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; data?: { Code?: string; Message?: string }; message: string };
    return { code: err.code ?? err.data?.Code ?? "", message: err.data?.Message ?? err.message };
  }
  throw new Error("the call succeeded");
}

describe("public images by Alibaba's naming scheme", () => {
  it.each([
    ["centos_7_7_x64_20G_alibase_20200220.vhd", "CentOS", "CentOS  7.7 64位", "linux", "x86_64", 20],
    ["ubuntu_18_04_64_20G_alibase_20190624.vhd", "Ubuntu", "Ubuntu  18.04 64位", "linux", "x86_64", 20],
    [
      "aliyun_3_arm64_20G_alibase_20240819.vhd",
      "Aliyun",
      "Alibaba Cloud Linux  3.2104 LTS 64位",
      "linux",
      "arm64",
      20,
    ],
    ["debian_12_5_x64_20G_alibase_20240717.vhd", "Debian", "Debian  12.5 64位", "linux", "x86_64", 20],
    [
      "win2019_1809_x64_dtc_en-us_40G_alibase_20230915.vhd",
      "Windows Server 2019",
      "Windows Server  2019 数据中心版 64位英文版",
      "windows",
      "x86_64",
      40,
    ],
  ])("%s resolves in DescribeImages", async (imageId, platform, osName, osType, architecture, size) => {
    const ecs = ecsClient(emu);
    const d = await ecs.describeImages(
      new $Ecs.DescribeImagesRequest({ regionId: "cn-shanghai", imageId, imageOwnerAlias: "system" }),
    );
    const im = d.body!.images!.image!;
    expect(im).toHaveLength(1);
    expect(im[0]).toMatchObject({ imageId, platform, OSName: osName, OSType: osType, architecture, size });
    expect(im[0].creationTime).toMatch(
      new RegExp(
        `^${imageId
          .match(/_(\d{4})(\d{2})(\d{2})\.vhd$/)!
          .slice(1, 4)
          .join("-")}T`,
      ),
    );
  });

  it("ids outside the scheme or for an unknown OS stay unknown", async () => {
    const ecs = ecsClient(emu);
    for (const imageId of [
      "centos_7_7_x64_20G_alibase.vhd",
      "plan9_4_x64_20G_alibase_20200220.vhd",
      "my-image",
      "centos_7_7_x64_20G_alibase_20201320.vhd",
    ]) {
      const d = await ecs.describeImages(
        new $Ecs.DescribeImagesRequest({ regionId: "cn-hangzhou", imageId }),
      );
      expect(d.body!.images!.image ?? [], imageId).toEqual([]);
    }
  });

  it("RunInstances starts a dated image on a documented instance type; an unknown image is InvalidImageId.NotFound", async () => {
    const ecs = ecsClient(emu);
    const sg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou" }),
    );
    const run = (imageId: string, instanceType: string) =>
      ecs.runInstances(
        new $Ecs.RunInstancesRequest({
          regionId: "cn-hangzhou",
          imageId,
          instanceType,
          securityGroupId: sg.body!.securityGroupId,
          internetMaxBandwidthOut: 1,
          amount: 1,
        }),
      );
    const r = await run("ubuntu_18_04_64_20G_alibase_20190624.vhd", "ecs.t5-lc2m1.nano");
    expect(r.body!.instanceIdSets!.instanceIdSet).toHaveLength(1);
    expect(await apiError(run("ubuntu_18_04_64_20G_alibase_2019.vhd", "ecs.t5-lc2m1.nano"))).toEqual({
      code: "InvalidImageId.NotFound",
      message: expect.stringContaining("The specified ImageId does not exist."),
    });
  });
});

describe("instance types of the documented families", () => {
  it("ecs.gn6i-c4g1.xlarge and ecs.t5-lc2m1.nano exist, with their shapes and a zone spread", async () => {
    const ecs = ecsClient(emu);
    const t = await ecs.describeInstanceTypes(
      new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: ["ecs.gn6i-c4g1.xlarge", "ecs.t5-lc2m1.nano"] }),
    );
    const byType = Object.fromEntries(
      (t.body!.instanceTypes!.instanceType ?? []).map((x) => [x.instanceTypeId, x]),
    );
    expect(Object.keys(byType).sort()).toEqual(["ecs.gn6i-c4g1.xlarge", "ecs.t5-lc2m1.nano"]);
    expect(byType["ecs.gn6i-c4g1.xlarge"]).toMatchObject({ cpuCoreCount: 4, memorySize: 15, GPUAmount: 1 });
    expect(byType["ecs.t5-lc2m1.nano"]).toMatchObject({ cpuCoreCount: 1, memorySize: 0.5 });

    const zonesOf = async (instanceType: string) => {
      const a = await ecs.describeAvailableResource(
        new $Ecs.DescribeAvailableResourceRequest({
          regionId: "cn-hangzhou",
          destinationResource: "InstanceType",
          instanceType,
        }),
      );
      return (a.body!.availableZones?.availableZone ?? []).map((z) => z.zoneId);
    };
    // GPU types: the region's last two zones; burstable types: every zone
    expect(await zonesOf("ecs.gn6i-c4g1.xlarge")).toEqual(["cn-hangzhou-j", "cn-hangzhou-k"]);
    expect(await zonesOf("ecs.t5-lc2m1.nano")).toEqual([
      "cn-hangzhou-h",
      "cn-hangzhou-i",
      "cn-hangzhou-j",
      "cn-hangzhou-k",
    ]);
    for (const type of [
      "ecs.c7.2xlarge",
      "ecs.r6.xlarge",
      "ecs.g7.16xlarge",
      "ecs.s6-c1m4.large",
      "ecs.u1-c1m2.large",
    ])
      expect((await zonesOf(type)).length, type).toBeGreaterThan(0);
  });

  it("an unknown instance type gets InvalidInstanceType.ValueNotSupported with the official text", async () => {
    const ecs = ecsClient(emu);
    const sg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou" }),
    );
    expect(
      await apiError(
        ecs.runInstances(
          new $Ecs.RunInstancesRequest({
            regionId: "cn-hangzhou",
            imageId: "ubuntu_18_04_64_20G_alibase_20190624.vhd",
            instanceType: "ecs.g6.huge",
            securityGroupId: sg.body!.securityGroupId,
            amount: 1,
          }),
        ),
      ),
    ).toEqual({
      code: "InvalidInstanceType.ValueNotSupported",
      message: expect.stringContaining("The specified InstanceType beyond the permitted range."),
    });
    expect(
      await apiError(
        ecs.describeAvailableResource(
          new $Ecs.DescribeAvailableResourceRequest({
            regionId: "cn-hangzhou",
            destinationResource: "InstanceType",
            instanceType: "ecs.g6.huge",
          }),
        ),
      ),
    ).toEqual({
      code: "InvalidInstanceType.ValueNotSupported",
      message: expect.stringContaining(
        "The specified instance type ecs.g6.huge does not exist. You can use the DescribeInstanceTypes API to query the available instance types.",
      ),
    });
  });

  it("a build naming an unknown instance type fails with the official error, not 'no zone has stock'", async () => {
    const since = new Date().toISOString();
    const r = await buildTemplate(emu, {
      builders: [
        builder({
          image_name: "unknown-type",
          instance_type: "ecs.g6.huge",
          vpc_cidr_block: "172.16.0.0/16",
        }),
        builder({
          name: "classic",
          image_name: "unknown-type-2",
          instance_type: "ecs.g6.huge",
          ssh_password: "",
        }),
      ],
    });
    expect(r.ok).toBe(false);
    for (const b of r.builds) {
      const message = (b.error as Error).message;
      expect(message).toContain("InvalidInstanceType.ValueNotSupported");
      expect(message).toMatch(
        /ecs\.g6\.huge does not exist|The specified InstanceType beyond the permitted range/,
      );
      expect(message).not.toContain("no zone has stock");
    }
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
  });
});
