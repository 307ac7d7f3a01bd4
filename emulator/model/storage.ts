/** Disks and snapshots. */

import type { DiskRecord, ImageRecord, InstanceRecord, SnapshotRecord } from "./resources.js";
import { fail, type State } from "./state.js";
import { applyTags } from "./tags.js";

/** The device name of the n-th disk of an instance (0 = system disk): /dev/xvda, /dev/xvdb, … */
export function deviceName(index: number): string {
  return `/dev/xvd${String.fromCharCode(97 + index)}`;
}

/** Creates a disk attached to an instance (done by CreateInstance/RunInstances). */
export function createAttachedDisk(
  st: State,
  inst: InstanceRecord,
  p: {
    type: "system" | "data";
    size: number;
    category?: string;
    name?: string;
    description?: string;
    device: string;
    deleteWithInstance: boolean;
    snapshotId?: string;
    imageId?: string;
    encrypted?: boolean;
  },
): DiskRecord {
  return st.add<DiskRecord>({
    kind: "disk",
    id: st.newId("d", inst.regionId),
    accountId: inst.accountId,
    regionId: inst.regionId,
    createdAt: st.now(),
    tags: {},
    status: "In_use",
    type: p.type,
    category: p.category || "cloud_efficiency",
    size: p.size,
    name: p.name ?? "",
    description: p.description ?? "",
    device: p.device,
    zoneId: inst.zoneId,
    instanceId: inst.id,
    deleteWithInstance: p.deleteWithInstance,
    sourceSnapshotId: p.snapshotId,
    imageId: p.imageId,
    encrypted: p.encrypted ?? false,
    attachedAt: st.now(),
  });
}

/** A new snapshot record in `progressing` state (the caller schedules its completion). */
export function newSnapshot(
  st: State,
  accountId: string,
  regionId: string,
  p: {
    sourceDiskId: string;
    sourceDiskType: "system" | "data";
    sourceDiskSize: number;
    instanceId?: string;
    imageId?: string;
    name?: string;
    description?: string;
    encrypted?: boolean;
  },
): SnapshotRecord {
  return st.add<SnapshotRecord>({
    kind: "snapshot",
    id: st.newId("s", regionId),
    accountId,
    regionId,
    createdAt: st.now(),
    tags: {},
    status: "progressing",
    name: p.name ?? "",
    description: p.description ?? "",
    sourceDiskId: p.sourceDiskId,
    sourceDiskType: p.sourceDiskType,
    sourceDiskSize: p.sourceDiskSize,
    instanceId: p.instanceId,
    imageId: p.imageId,
    encrypted: p.encrypted ?? false,
  });
}

/** CreateSnapshot: progressing → accomplished after `snapshot.create` (+ per GiB of the disk). */
export function createSnapshot(
  st: State,
  s: { accountId: string },
  p: { diskId: unknown; name?: string; description?: string; tags?: [string, string][] },
): SnapshotRecord {
  const disk = st.get<DiskRecord>("disk", p.diskId, s.accountId);
  if (!disk) fail("InvalidDiskId.NotFound", "The specified DiskId does not exist.", 404);
  const inst = disk.instanceId ? st.store<InstanceRecord>("instance").get(disk.instanceId) : undefined;
  if (!inst) {
    fail(
      "IncorrectDiskStatus.NeverAttached",
      "The specified disk has never been attached to any instance.",
      403,
    );
  }
  if (inst.status !== "Running" && inst.status !== "Stopped") {
    fail(
      "IncorrectInstanceStatus",
      "The current status of the resource does not support this operation.",
      403,
    );
  }
  const busy = st
    .list<SnapshotRecord>("snapshot", s.accountId, disk.regionId)
    .some((x) => x.sourceDiskId === disk.id && x.status === "progressing");
  if (busy) fail("IncorrectDiskStatus.CreatingSnapshot", "A previous snapshot creation is in process.", 403);
  if (p.name && (/^(auto|https?:\/\/)/.test(p.name) || p.name.length < 2 || p.name.length > 128)) {
    fail("InvalidSnapshotName.Malformed", "Specified snapshot name is not valid.");
  }
  const snap = newSnapshot(st, s.accountId, disk.regionId, {
    sourceDiskId: disk.id,
    sourceDiskType: disk.type,
    sourceDiskSize: disk.size,
    instanceId: inst.id,
    name: p.name,
    description: p.description,
    encrypted: disk.encrypted,
  });
  if (p.tags) applyTags(snap.tags, p.tags);
  st.events.emit("snapshot.capture", { snapshotId: snap.id, instanceId: inst.id, diskType: disk.type });
  st.schedule(
    snap,
    "snapshot.create",
    () => {
      snap.status = "accomplished";
    },
    {
      extraMs: st.profile.transitionMs("snapshot.create.perGiB") * disk.size,
      onFail: () => {
        snap.status = "failed";
      },
    },
  );
  return snap;
}

/** A snapshot of the account, or `InvalidSnapshotId.NotFound`. */
export function getSnapshot(st: State, s: { accountId: string }, id: unknown): SnapshotRecord {
  const snap = st.get<SnapshotRecord>("snapshot", id, s.accountId);
  if (!snap) fail("InvalidSnapshotId.NotFound", "The specified snapshot is not found.", 404);
  return snap;
}

/** DeleteSnapshot: refused while an image is built on it, or (without Force) while disks were made from it. */
export function deleteSnapshot(st: State, s: { accountId: string }, id: unknown, force: boolean): void {
  const snap = getSnapshot(st, s, id);
  const images = st.list<ImageRecord>("image", s.accountId);
  if (images.some((im) => im.mappings.some((m) => m.snapshotId === snap.id))) {
    fail("SnapshotCreatedImage", "The snapshot has been used to create user defined image(s).", 403);
  }
  if (!force && st.list<DiskRecord>("disk", s.accountId).some((d) => d.sourceSnapshotId === snap.id)) {
    fail("SnapshotCreatedDisk", "The snapshot has been used to create disk(s).", 403);
  }
  st.remove(snap);
}
