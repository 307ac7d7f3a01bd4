// Snapshots hold a system disk's files: CreateSnapshot captures the instance, CreateImage from the
// snapshot starts instances with them, DeleteSnapshot frees them. Also: another SSH port by option.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, waitFor } from "../services/clients.js";
import { launch, REGION, run, securityGroup } from "./helpers.js";

let emu: Emulator;
let key: string;

beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false, machines: { sshPort: 2222 } });
  const kp = await ecsClient(emu).createKeyPair(
    new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "kp-s" }),
  );
  key = kp.body!.privateKeyBody!;
}, 60_000);
afterAll(async () => {
  await emu?.stop();
});

describe("snapshots and images from snapshots", () => {
  it("captures, starts from, and frees a system-disk snapshot's files (SSH on the port asked for)", async () => {
    const ecs = ecsClient(emu);
    const sg = await securityGroup(emu);
    const vm = await launch(emu, { securityGroupId: sg, keyPairName: "kp-s" });
    expect(emu.machines!.sshPort).toBe(2222);
    expect(emu.machines!.list()[0].sshPort).toBe(2222);
    const c = await run(vm.ip, key, "echo v1 > /srv/version", 2222);
    expect(c.code).toBe(0);
    const disks = await ecs.describeDisks(
      new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId: vm.instanceId, diskType: "system" }),
    );
    const sn = await ecs.createSnapshot(
      new $Ecs.CreateSnapshotRequest({ diskId: disks.body!.disks!.disk![0].diskId }),
    );
    const snapshotId = sn.body!.snapshotId!;
    // later writes are not in the snapshot
    await run(vm.ip, key, "echo v2 > /srv/version", 2222);
    expect(emu.machines!.readFile({ snapshotId }, "/srv/version").toString()).toBe("v1\n");
    await waitFor(async () => {
      const d = await ecs.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, snapshotIds: JSON.stringify([snapshotId]) }),
      );
      return d.body?.snapshots?.snapshot?.[0]?.status === "accomplished";
    });
    const img = await ecs.createImage(
      new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId, imageName: "from-snap" }),
    );
    const imageId = img.body!.imageId!;
    emu.model!.tick();
    const vm2 = await launch(emu, { securityGroupId: sg, keyPairName: "kp-s", imageId });
    expect((await run(vm2.ip, key, "cat /srv/version", 2222)).stdout).toBe("v1\n");
    // DeleteImage, then DeleteSnapshot frees the files
    await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: vm2.instanceId, force: true }));
    await ecs.deleteImage(new $Ecs.DeleteImageRequest({ regionId: REGION, imageId }));
    const dir = join(emu.machines!.dir, "snapshots", snapshotId);
    expect(existsSync(dir)).toBe(true);
    await ecs.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId }));
    expect(existsSync(dir)).toBe(false);
  });
});
