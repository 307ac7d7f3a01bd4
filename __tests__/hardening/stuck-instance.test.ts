// An instance stuck in Starting: the wait gives up after the stuck bound with a message naming
// the state and how long it lasted, not after the 30-minute overall timeout.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { Cloud } from "../../src/cloud/cloud.js";
import { WaitFailedError } from "../../src/cloud/waiter.js";
import { INSTANCE_STUCK_MS, waitForInstance, waitForVpc, waitForVSwitch } from "../../src/cloud/waiters.js";
import { emulatorCloud } from "../cloud/helpers.js";

const R = "cn-hangzhou";
const FAST = { initialMs: 5, factor: 1.5, maxMs: 40 };
let emu: Emulator;
let cloud: Cloud;

beforeAll(async () => {
  emu = await startEmulator({ profile: "realistic", timeScale: 0.01, imds: false, tls: false });
  cloud = emulatorCloud(emu);
});
afterAll(async () => {
  await emu?.stop();
});

async function stoppedInstance(): Promise<string> {
  const vpcId = (
    await cloud.vpc("CreateVpc", (c, a) =>
      c.createVpc(
        new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.0.0.0/16", clientToken: a.clientToken }),
      ),
    )
  ).body!.vpcId!;
  await waitForVpc(cloud, vpcId, { interval: FAST });
  const vSwitchId = (
    await cloud.vpc("CreateVSwitch", (c, a) =>
      c.createVSwitch(
        new $Vpc.CreateVSwitchRequest({
          regionId: R,
          vpcId,
          zoneId: "cn-hangzhou-h",
          cidrBlock: "10.0.0.0/24",
          clientToken: a.clientToken,
        }),
      ),
    )
  ).body!.vSwitchId!;
  await waitForVSwitch(cloud, vSwitchId, { interval: FAST });
  const securityGroupId = (
    await cloud.ecs("CreateSecurityGroup", (c, a) =>
      c.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId, clientToken: a.clientToken }),
      ),
    )
  ).body!.securityGroupId!;
  const id = (
    await cloud.ecs("CreateInstance", (c, a) =>
      c.createInstance(
        new $Ecs.CreateInstanceRequest({
          regionId: R,
          imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
          instanceType: "ecs.g6.large",
          securityGroupId,
          vSwitchId,
          clientToken: a.clientToken,
        }),
      ),
    )
  ).body!.instanceId!;
  await waitForInstance(cloud, id, "Stopped", { interval: FAST });
  return id;
}

describe("a wait for a state that can stick", () => {
  it("the default bound of one transient state is 10 minutes, well under the 30-minute timeout", () => {
    expect(INSTANCE_STUCK_MS).toBe(10 * 60_000);
  });

  it("an instance stuck in Starting fails after the bound with a message naming the state", async () => {
    const id = await stoppedInstance();
    emu.faults.add({
      effect: "stuck",
      target: { kind: "instance", id, transition: "instance.start" },
      times: 1,
    });
    await cloud.ecs("StartInstance", (c) =>
      c.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id })),
    );
    const t0 = Date.now();
    const err = await waitForInstance(cloud, id, "Running", {
      interval: FAST,
      stuckMs: 500,
      timeoutMs: 60_000,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitFailedError);
    expect((err as WaitFailedError).state).toBe("Starting");
    expect((err as Error).message).toMatch(
      new RegExp(
        `^instance ${id} has been Starting for \\d+s, which usually takes under a minute: it looks stuck`,
      ),
    );
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
