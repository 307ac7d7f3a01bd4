// Resource waiters against real state transitions on the emulator (profile fast): VPC, vSwitch,
// instance stop/start/delete, image and snapshot with progress; CreateFailed/failed end the wait
// at once; stuck resources time out; abort stops a wait.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { Cloud } from "../../src/cloud/cloud.js";
import { describeSecurityGroup } from "../../src/cloud/describe.js";
import { NOT_FOUND, WaitFailedError, WaitTimeoutError } from "../../src/cloud/waiter.js";
import {
  waitForEip,
  waitForImage,
  waitForImageDeleted,
  waitForInstance,
  waitForSnapshot,
  waitForVpc,
  waitForVSwitch,
} from "../../src/cloud/waiters.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { emulatorCloud } from "./helpers.js";

const R = "cn-hangzhou";
const FAST = { initialMs: 5, factor: 1.5, maxMs: 40 };
let emu: Emulator;
let cloud: Cloud;
let vSwitchId: string;
let securityGroupId: string;

beforeAll(async () => {
  // Realistic durations a hundred times faster: instance start 250 ms, image ~1.4 s, so the
  // transient states (Starting, Creating with Progress) are seen even on a loaded machine.
  emu = await startEmulator({ profile: "realistic", timeScale: 0.01, imds: false, tls: false });
  cloud = emulatorCloud(emu);
  const vpcId = (
    await cloud.vpc("CreateVpc", (c, a) =>
      c.createVpc(
        new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.0.0.0/16", clientToken: a.clientToken }),
      ),
    )
  ).body!.vpcId!;
  const ui = new RecordingUi();
  const v = await waitForVpc(cloud, vpcId, { interval: FAST, ui });
  expect(v.resource?.status).toBe("Available");
  expect(ui.texts("progress").at(-1)).toBe(`vpc ${vpcId} is Available`);
  vSwitchId = (
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
  expect((await waitForVSwitch(cloud, vSwitchId, { interval: FAST })).state).toBe("Available");
  securityGroupId = (
    await cloud.ecs("CreateSecurityGroup", (c, a) =>
      c.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId, clientToken: a.clientToken }),
      ),
    )
  ).body!.securityGroupId!;
  expect((await describeSecurityGroup(cloud, securityGroupId))?.vpcId).toBe(vpcId);
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => emu.faults.clear());

async function createInstance(): Promise<string> {
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
  const r = await waitForInstance(cloud, id, "Stopped", { interval: FAST });
  expect(r.resource?.instanceId).toBe(id);
  return id;
}

const start = (id: string) =>
  cloud.ecs("StartInstance", (c) => c.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id })));

const createImage = async (instanceId: string) =>
  (
    await cloud.ecs("CreateImage", (c, a) =>
      c.createImage(new $Ecs.CreateImageRequest({ regionId: R, instanceId, clientToken: a.clientToken })),
    )
  ).body!.imageId!;

describe("resource waiters on the emulator", () => {
  it("instance: Pending → Stopped, Starting → Running, Stopping → Stopped, deleted → NotFound", async () => {
    const id = await createInstance();
    await start(id);
    const ui = new RecordingUi();
    const running = await waitForInstance(cloud, id, "Running", { interval: FAST, ui });
    expect(running.state).toBe("Running");
    expect(ui.texts("progress").at(-1)).toBe(`instance ${id} is Running`);
    await cloud.ecs("StopInstance", (c) => c.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id })));
    expect((await waitForInstance(cloud, id, "Stopped", { interval: FAST })).state).toBe("Stopped");
    await cloud.ecs("DeleteInstance", (c) =>
      c.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id })),
    );
    expect((await waitForInstance(cloud, id, NOT_FOUND, { interval: FAST })).state).toBe(NOT_FOUND);
  });

  it("a failed start ends a wait for Running at once", async () => {
    const id = await createInstance();
    emu.faults.add({
      effect: "fail",
      target: { kind: "instance", id, transition: "instance.start" },
      times: 1,
    });
    await start(id);
    const err = await waitForInstance(cloud, id, "Running", {
      interval: FAST,
      timeoutMs: 20_000,
      stoppedGraceMs: 3_000,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitFailedError);
    // Seen Starting then Stopped (the usual case), or only Stopped on a machine too loaded to poll in time.
    expect((err as Error).message).toMatch(
      new RegExp(
        `^instance ${id} (stopped again after Starting|is still Stopped \\d+\\.\\ds after the start) \\(the start failed\\) while waiting for Running \\(after \\d+\\.\\ds\\)$`,
      ),
    );
  });

  it("image: Creating with Progress → Available, then deleted; snapshot: progressing → accomplished", async () => {
    const id = await createInstance();
    const imageId = await createImage(id);
    const ui = new RecordingUi();
    const r = await waitForImage(cloud, imageId, { interval: { initialMs: 2, factor: 1, maxMs: 2 }, ui });
    expect(r.resource?.status).toBe("Available");
    const percents = ui.lines.flatMap((l) =>
      l.kind === "progress" && l.update.percent !== undefined ? [l.update.percent] : [],
    );
    expect(percents.at(-1)).toBe(100);
    expect(percents.length).toBeGreaterThan(1);
    expect(percents[0]).toBeLessThan(100);

    await cloud.ecs("DeleteImage", (c) =>
      c.deleteImage(new $Ecs.DeleteImageRequest({ regionId: R, imageId })),
    );
    expect((await waitForImageDeleted(cloud, imageId, { interval: FAST })).state).toBe(NOT_FOUND);

    const disks = await cloud.ecs("DescribeDisks", (c) =>
      c.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: R, instanceId: id, diskType: "system" })),
    );
    const diskId = disks.body!.disks!.disk![0].diskId!;
    const snapshotId = (
      await cloud.ecs("CreateSnapshot", (c, a) =>
        c.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId, clientToken: a.clientToken })),
      )
    ).body!.snapshotId!;
    const s = await waitForSnapshot(cloud, snapshotId, { interval: FAST });
    expect(s.resource?.status).toBe("accomplished");
  });

  it("an instance that never leaves Stopped after a start fails after the grace period", async () => {
    const id = await createInstance();
    const err = await waitForInstance(cloud, id, "Running", {
      interval: FAST,
      timeoutMs: 20_000,
      stoppedGraceMs: 200,
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^instance ${id} is still Stopped \\d\\.\\ds after the start \\(the start failed\\) while waiting for Running`,
      ),
    );
  });

  it("an image that ends CreateFailed ends the wait at once", async () => {
    const id = await createInstance();
    emu.faults.add({ effect: "fail", target: { kind: "image", transition: "image.create" }, times: 1 });
    const imageId = await createImage(id);
    const t0 = Date.now();
    const err = await waitForImage(cloud, imageId, { interval: FAST, timeoutMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WaitFailedError);
    expect((err as WaitFailedError).state).toBe("CreateFailed");
    expect((err as Error).message).toMatch(
      new RegExp(
        `^image ${imageId} reached state CreateFailed while waiting for Available \\(after \\d+\\.\\ds\\)$`,
      ),
    );
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("a failed snapshot ends the wait at once", async () => {
    const id = await createInstance();
    const disks = await cloud.ecs("DescribeDisks", (c) =>
      c.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: R, instanceId: id })),
    );
    emu.faults.add({ effect: "fail", target: { kind: "snapshot", transition: "snapshot.create" }, times: 1 });
    const snapshotId = (
      await cloud.ecs("CreateSnapshot", (c, a) =>
        c.createSnapshot(
          new $Ecs.CreateSnapshotRequest({
            diskId: disks.body!.disks!.disk![0].diskId!,
            clientToken: a.clientToken,
          }),
        ),
      )
    ).body!.snapshotId!;
    const err = await waitForSnapshot(cloud, snapshotId, { interval: FAST }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitFailedError);
    expect((err as WaitFailedError).state).toBe("failed");
  });

  it("a stuck image times out with the resource, target, last state and elapsed time", async () => {
    const id = await createInstance();
    emu.faults.add({ effect: "stuck", target: { kind: "image", transition: "image.create" }, times: 1 });
    const imageId = await createImage(id);
    const err = await waitForImage(cloud, imageId, { interval: FAST, timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^Timed out after \\d+\\.\\ds waiting for image ${imageId} to be Available \\(last state: Creating, \\d+%\\)$`,
      ),
    );
  });

  it("abort stops a wait on a stuck instance at once", async () => {
    const id = await createInstance();
    emu.faults.add({
      effect: "stuck",
      target: { kind: "instance", id, transition: "instance.start" },
      times: 1,
    });
    await start(id);
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error("cancelled by the workflow")), 100);
    const t0 = Date.now();
    await expect(
      waitForInstance(cloud, id, "Running", {
        interval: { initialMs: 50 },
        signal: ac.signal,
        timeoutMs: 60_000,
      }),
    ).rejects.toThrow("cancelled by the workflow");
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it("eip: Available → InUse after association", async () => {
    const id = await createInstance();
    const eip = (
      await cloud.vpc("AllocateEipAddress", (c, a) =>
        c.allocateEipAddress(new $Vpc.AllocateEipAddressRequest({ regionId: R, clientToken: a.clientToken })),
      )
    ).body!.allocationId!;
    expect((await waitForEip(cloud, eip, "Available", { interval: FAST })).state).toBe("Available");
    await cloud.vpc("AssociateEipAddress", (c) =>
      c.associateEipAddress(
        new $Vpc.AssociateEipAddressRequest({ regionId: R, allocationId: eip, instanceId: id }),
      ),
    );
    const inUse = await waitForEip(cloud, eip, "InUse", { interval: FAST });
    expect(inUse.resource?.instanceId).toBe(id);
  });
});
