// Resource faults from the emulator's fault rules reach the model: a stuck start, a failed image.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "./clients.js";

const R = "cn-hangzhou";
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({
    profile: "fast",
    imds: false,
    tls: false,
    faults: [
      { effect: "stuck", target: { kind: "instance", transition: "instance.start" }, times: 1 },
      { effect: "fail", target: { kind: "image", transition: "image.create" }, times: 1 },
    ],
  });
});
afterAll(async () => {
  await emu?.stop();
});

describe("resource faults", () => {
  it("keeps an instance Starting when its start is stuck, and fails an image", async () => {
    const ecs = ecsClient(emu);
    const vpc = vpcClient(emu);
    const v = (await vpc.createVpc(new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.0.0.0/16" })))
      .body!;
    await waitFor(
      async () =>
        (await vpc.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: R, vpcId: v.vpcId }))).body?.vpcs
          ?.vpc?.[0]?.status === "Available",
    );
    const s = (
      await vpc.createVSwitch(
        new $Vpc.CreateVSwitchRequest({
          regionId: R,
          vpcId: v.vpcId,
          zoneId: "cn-hangzhou-h",
          cidrBlock: "10.0.0.0/24",
        }),
      )
    ).body!;
    await waitFor(
      async () =>
        (
          await vpc.describeVSwitches(
            new $Vpc.DescribeVSwitchesRequest({ regionId: R, vSwitchId: s.vSwitchId }),
          )
        ).body?.vSwitches?.vSwitch?.[0]?.status === "Available",
    );
    const sg = (
      await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId: v.vpcId }))
    ).body!;
    const id = (
      await ecs.createInstance(
        new $Ecs.CreateInstanceRequest({
          regionId: R,
          imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
          instanceType: "ecs.g6.large",
          securityGroupId: sg.securityGroupId,
          vSwitchId: s.vSwitchId,
        }),
      )
    ).body!.instanceId!;
    const status = async () =>
      (await ecs.describeInstanceAttribute(new $Ecs.DescribeInstanceAttributeRequest({ instanceId: id })))
        .body!.status;
    await waitFor(async () => (await status()) === "Stopped");
    await ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id }));
    await new Promise((r) => setTimeout(r, 200));
    expect(await status()).toBe("Starting");

    // The rule fired once: the same instance, forced back to Stopped, starts normally.
    (emu.model as { forceState(k: string, id: string, s: string): void }).forceState(
      "instance",
      id,
      "Stopped",
    );
    await ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id }));
    await waitFor(async () => (await status()) === "Running");

    const img = (
      await ecs.createImage(
        new $Ecs.CreateImageRequest({ regionId: R, instanceId: id, imageName: "will-fail" }),
      )
    ).body!;
    const failed = await waitFor(async () => {
      const im = (
        await ecs.describeImages(
          new $Ecs.DescribeImagesRequest({
            regionId: R,
            imageId: img.imageId,
            status: "Creating,CreateFailed,Available",
          }),
        )
      ).body?.images?.image?.[0];
      return im?.status !== "Creating" && im;
    });
    expect(failed.status).toBe("CreateFailed");
  });
});
