// What Alibaba Cloud allows and refuses around a checkpoint (a snapshot of a running instance's
// system disk, then an image from it), on the emulator's real machines: the snapshot of a Running
// instance's disk is allowed and holds the disk as it was at the call; a second snapshot of the
// disk while the first is progressing is refused (IncorrectDiskStatus.CreatingSnapshot), as are
// CreateImage from that instance (same code: the image snapshots its disks) and CreateImage from a
// snapshot that is not accomplished (InvalidSnapshotId.NotReady).
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { connect, exec, launch, REGION, securityGroup } from "./machines/helpers.js";
import { $Ecs, ecsClient, waitFor } from "./services/clients.js";

let emu: Emulator;
beforeAll(async () => {
  // Slow enough that the snapshot is seen progressing (30 s + 2 s/GiB, × 0.02).
  emu = await startEmulator({ profile: "realistic", timeScale: 0.02, imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: { code?: string; data?: { Code?: string } }) => e.data?.Code ?? e.code,
  );

it("snapshot of a running disk: allowed, one at a time, and no image before it is accomplished", async () => {
  const ecs = ecsClient(emu);
  const sg = await securityGroup(emu);
  const vm = await launch(emu, { securityGroupId: sg, password: "Image-Build-1" });
  const ssh = await connect(vm.ip, { password: "Image-Build-1", port: emu.machines!.sshPort });
  try {
    await exec(ssh, "echo before > /root/checkpoint-marker");
    const disks = await ecs.describeDisks(
      new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId: vm.instanceId, diskType: "system" }),
    );
    const diskId = disks.body!.disks!.disk![0].diskId!;
    const snap = await ecs.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId }));
    const snapshotId = snap.body!.snapshotId!;
    await exec(ssh, "echo after > /root/checkpoint-marker");

    expect(await codeOf(ecs.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId })))).toBe(
      "IncorrectDiskStatus.CreatingSnapshot",
    );
    expect(
      await codeOf(
        ecs.createImage(
          new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId, imageName: "too-early" }),
        ),
      ),
    ).toBe("InvalidSnapshotId.NotReady");
    // An image of the instance snapshots its disks: refused too while one is in progress.
    expect(
      await codeOf(
        ecs.createImage(
          new $Ecs.CreateImageRequest({
            regionId: REGION,
            instanceId: vm.instanceId,
            imageName: "instance-too-early",
          }),
        ),
      ),
    ).toBe("IncorrectDiskStatus.CreatingSnapshot");

    await waitFor(async () => {
      const r = await ecs.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, snapshotIds: JSON.stringify([snapshotId]) }),
      );
      return r.body?.snapshots?.snapshot?.[0]?.status === "accomplished";
    }, 20_000);
    const im = await ecs.createImage(
      new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId, imageName: "from-a-checkpoint" }),
    );
    const imageId = im.body!.imageId!;
    await waitFor(async () => {
      const r = await ecs.describeImages(
        new $Ecs.DescribeImagesRequest({ regionId: REGION, imageId, imageOwnerAlias: "self" }),
      );
      return r.body?.images?.image?.[0]?.status === "Available";
    }, 20_000);
    // The disk as it was when CreateSnapshot answered.
    expect(emu.machines!.readFile({ imageId }, "/root/checkpoint-marker").toString()).toBe("before\n");
    // The disk is free again: a second snapshot is allowed now.
    expect(await codeOf(ecs.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId })))).toBe("no error");
  } finally {
    ssh.end();
  }
}, 60_000);
