/** Images: the public catalogue, custom images (CreateImage), copies, sharing and deletion. */
import { publicImageFromId } from "../catalog/image-names.js";
import type { Catalog, PublicImageSpec } from "../catalog/index.js";
import type { Scope } from "./network.js";
import type { DiskMapping, DiskRecord, ImageRecord, InstanceRecord, SnapshotRecord } from "./resources.js";
import { fail, type State } from "./state.js";
import { newSnapshot } from "./storage.js";
import { applyTags } from "./tags.js";

/** Owner id of public images. */
export const SYSTEM_OWNER = "system";

/** Puts the public catalogue into every region (owner `system`, Available, public). */
export function seedPublicImages(st: State, catalog: Catalog): void {
  for (const region of catalog.regions) {
    for (const spec of catalog.publicImages) addPublicImage(st, region.regionId, spec);
  }
}

/**
 * Makes a public image that Alibaba's naming scheme describes (catalog/image-names.ts) exist in a
 * region, the first time someone names it; ids outside the scheme are left alone (they stay unknown).
 */
export function knowPublicImage(st: State, regionId: string, imageId: unknown): void {
  if (typeof imageId !== "string" || st.store<ImageRecord>("image").has(`${regionId}/${imageId}`)) return;
  if (!st.catalog.regions.some((r) => r.regionId === regionId)) return;
  const spec = publicImageFromId(imageId);
  if (spec) addPublicImage(st, regionId, spec);
}

function addPublicImage(st: State, regionId: string, spec: PublicImageSpec): void {
  st.store<ImageRecord>("image").set(`${regionId}/${spec.imageId}`, {
    kind: "image",
    id: spec.imageId,
    accountId: SYSTEM_OWNER,
    regionId,
    createdAt: Date.parse(spec.creationTime),
    tags: {},
    status: "Available",
    name: spec.imageId,
    description: "",
    version: "",
    family: spec.imageFamily ?? "",
    platform: spec.platform,
    osType: spec.osType,
    osName: spec.osName,
    architecture: spec.architecture,
    bootMode: "BIOS",
    size: spec.size,
    mappings: [{ device: "/dev/xvda", size: spec.size, snapshotId: "", type: "system" }],
    sharedWith: {},
    isPublic: true,
    resourceGroupId: "",
  });
}

/** Every image a caller can see in a region: public, own, and shared with the account. */
export function visibleImages(st: State, s: Scope): ImageRecord[] {
  const out: ImageRecord[] = [];
  for (const im of st.store<ImageRecord>("image").values()) {
    if (im.regionId !== s.regionId) continue;
    if (im.accountId === SYSTEM_OWNER || im.accountId === s.accountId || s.accountId in im.sharedWith)
      out.push(im);
  }
  return out;
}

/** The owner alias of an image from the caller's point of view: system, self or others. */
export function ownerAlias(im: ImageRecord, accountId: string): "system" | "self" | "others" {
  if (im.accountId === SYSTEM_OWNER) return "system";
  return im.accountId === accountId ? "self" : "others";
}

/** An image the caller may launch from (Available), or `InvalidImageId.NotFound`. */
export function usableImage(st: State, s: Scope, imageId: unknown): ImageRecord {
  knowPublicImage(st, s.regionId, imageId);
  const im = visibleImages(st, s).find((x) => x.id === imageId);
  if (im?.status !== "Available")
    fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
  return im;
}

/** The newest Available image of a family the caller can see, or undefined (DescribeImageFromFamily). */
export function latestOfFamily(st: State, s: Scope, family: string): ImageRecord | undefined {
  return visibleImages(st, s)
    .filter((im) => im.family === family && im.status === "Available")
    .sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** The account's own image in a region, or `InvalidImageId.NotFound`. */
export function ownImage(st: State, s: Scope, imageId: unknown): ImageRecord {
  const im = st.get<ImageRecord>("image", imageId, s.accountId, s.regionId);
  if (!im) fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
  return im;
}

/** Image name rule: 2–128 chars, starts with a letter, not `http(s)://`, `aliyun` or `acs:`. */
export function checkImageName(name: string, code = "InvalidImageName.Malformed"): void {
  if (
    !/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.:-]{1,127}$/.test(name) ||
    /^(aliyun|acs:)/i.test(name)
  ) {
    fail(code, "The specified Image name is wrongly formed.");
  }
}

function checkNameFree(st: State, accountId: string, regionId: string, name: string, message: string): void {
  if (st.list<ImageRecord>("image", accountId, regionId).some((im) => im.name === name)) {
    fail("InvalidImageName.Duplicated", message);
  }
}

/** What CreateImage takes. */
export interface CreateImageInput {
  instanceId?: string;
  snapshotId?: string;
  mappings?: { SnapshotId?: string; Size?: number; Device?: string; DiskType?: string }[];
  name?: string;
  description?: string;
  version?: string;
  family?: string;
  platform?: string;
  architecture?: string;
  bootMode?: string;
  resourceGroupId?: string;
  tags?: [string, string][];
}

function newImage(st: State, s: Scope, p: CreateImageInput, base: Partial<ImageRecord>): ImageRecord {
  const id = st.newId("m", s.regionId);
  return st.add<ImageRecord>({
    kind: "image",
    id,
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Creating",
    name: p.name || id,
    description: p.description ?? "",
    version: p.version ?? "",
    family: p.family ?? "",
    platform: p.platform || base.platform || "Others Linux",
    osType: base.osType ?? "linux",
    osName: base.osName ?? "",
    architecture: p.architecture || base.architecture || "x86_64",
    bootMode: p.bootMode || "BIOS",
    size: base.size ?? 20,
    mappings: base.mappings ?? [],
    sourceInstanceId: base.sourceInstanceId,
    copiedFrom: base.copiedFrom,
    sharedWith: {},
    isPublic: false,
    resourceGroupId: p.resourceGroupId ?? "",
  });
}

function finishImage(st: State, im: ImageRecord, snaps: SnapshotRecord[], ok: boolean): void {
  im.status = ok ? "Available" : "CreateFailed";
  for (const sn of snaps) {
    if (st.store("snapshot").has(sn.id)) {
      sn.status = ok ? "accomplished" : "failed";
      st.cancel(sn);
    }
  }
  st.events.emit("image.state", { imageId: im.id, status: im.status });
}

/**
 * CreateImage from an instance (a snapshot of each of its disks), from a system-disk snapshot, or
 * from DiskDeviceMapping snapshots. The image is Creating (with Progress) for `image.create` plus
 * `image.create.perGiB` per GiB, then Available (or CreateFailed under a fault).
 */
export function createImage(st: State, s: Scope, p: CreateImageInput): ImageRecord {
  st.region(s.regionId);
  if (p.name !== undefined && p.name !== "") checkImageName(p.name);
  if (
    p.family &&
    (/^(aliyun|acs:|https?:\/\/)/.test(p.family) || !/^[A-Za-z][A-Za-z0-9_.:-]{1,127}$/.test(p.family))
  ) {
    fail("InvalidImageFamily.Malformed", "The format of the specified image family is invalid.");
  }
  if (p.bootMode && !["BIOS", "UEFI", "UEFI-Preferred"].includes(p.bootMode)) {
    fail(
      "InvalidBootMode.Malformed",
      "The specified parameter BootMode is invalid. Valid options are BIOS, UEFI, and UEFI-Preferred.",
    );
  }
  if (p.name)
    checkNameFree(st, s.accountId, s.regionId, p.name, "The specified image name is already in use.");

  let im: ImageRecord;
  const snaps: SnapshotRecord[] = [];
  let totalGiB = 0;
  if (p.instanceId) {
    const inst = st.get<InstanceRecord>("instance", p.instanceId, s.accountId, s.regionId);
    if (!inst)
      fail("InvalidInstanceId.NotFound", `The specified instance ${p.instanceId} does not exist.`, 404);
    if (inst.status !== "Running" && inst.status !== "Stopped") {
      fail("IncorrectInstanceStatus", "The current status of the instance does not support this operation.");
    }
    const disks = inst.diskIds
      .map((id) => st.store<DiskRecord>("disk").get(id))
      .filter((d): d is DiskRecord => d !== undefined)
      .sort((a, b) => a.device.localeCompare(b.device));
    const sys = disks.find((d) => d.type === "system");
    if (!sys) fail("InvalidInstance.NotFoundSystemDisk", "The specified instance does not have system disk.");
    // The image snapshots every disk: refused while a snapshot of one is still in progress.
    const busy = st
      .list<SnapshotRecord>("snapshot", s.accountId, s.regionId)
      .some((x) => x.status === "progressing" && disks.some((d) => d.id === x.sourceDiskId));
    if (busy)
      fail("IncorrectDiskStatus.CreatingSnapshot", "A previous snapshot creation is in process.", 403);
    const source = st.store<ImageRecord>("image");
    const srcImage = [...source.values()].find((x) => x.id === inst.imageId);
    im = newImage(st, s, p, {
      platform: srcImage?.platform,
      osType: inst.osType,
      osName: inst.osName,
      architecture: srcImage?.architecture,
      size: sys.size,
      sourceInstanceId: inst.id,
    });
    for (const d of disks) {
      const sn = newSnapshot(st, s.accountId, s.regionId, {
        sourceDiskId: d.id,
        sourceDiskType: d.type,
        sourceDiskSize: d.size,
        instanceId: inst.id,
        imageId: im.id,
        name: "",
        description: `Created for image ${im.id}`,
        encrypted: d.encrypted,
      });
      snaps.push(sn);
      im.mappings.push({ device: d.device, size: d.size, snapshotId: sn.id, type: d.type });
      totalGiB += d.size;
    }
    st.events.emit("image.capture", {
      imageId: im.id,
      instanceId: inst.id,
      accountId: s.accountId,
      regionId: s.regionId,
    });
  } else {
    const wanted = p.snapshotId
      ? [{ SnapshotId: p.snapshotId, Device: "/dev/xvda", DiskType: "system" }]
      : (p.mappings ?? []);
    if (wanted.length === 0) {
      fail(
        "MissingParameter",
        "The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied.",
      );
    }
    const mappings: DiskMapping[] = [];
    const seen = new Set<string>();
    for (const [i, m] of wanted.entries()) {
      const sn = st.get<SnapshotRecord>("snapshot", m.SnapshotId, s.accountId, s.regionId);
      if (!sn) fail("InvalidSnapshotId.NotFound", "The specified SnapshotId does not exist.", 404);
      if (sn.status !== "accomplished") {
        fail(
          "InvalidSnapshotId.NotReady",
          "The current status of the DiskDeviceMapping.n.SnapshotId or SnapshotId does not support this operation.",
          403,
        );
      }
      const type = (m.DiskType ?? (i === 0 ? "system" : "data")) as "system" | "data";
      if (i === 0 && type === "system" && sn.sourceDiskType !== "system") {
        fail(
          "OperationDenied",
          "The specified parameter DiskDeviceMapping.n.SnapshotId does not contain system disk snapshot.",
        );
      }
      const device = m.Device ?? `/dev/xvd${String.fromCharCode(97 + i)}`;
      if (seen.has(device))
        fail("InvalidDevice.InUse", "The specified parameter DiskDeviceMapping.n.Device has been occupied.");
      seen.add(device);
      const size = m.Size ?? sn.sourceDiskSize;
      if (size < sn.sourceDiskSize) {
        fail(
          "InvalidSize.ValueNotSupported",
          "The specified parameter DiskDeviceMapping.n.Size beyond the permitted range.",
        );
      }
      mappings.push({ device, size, snapshotId: sn.id, type });
    }
    const sysInst = st
      .list<SnapshotRecord>("snapshot", s.accountId, s.regionId)
      .find((x) => x.id === mappings[0].snapshotId);
    const inst = sysInst?.instanceId
      ? st.store<InstanceRecord>("instance").get(sysInst.instanceId)
      : undefined;
    im = newImage(st, s, p, { size: mappings[0].size, mappings, osType: inst?.osType, osName: inst?.osName });
    totalGiB = 0; // the snapshots exist already: only the image registration takes time
  }
  if (p.tags) applyTags(im.tags, p.tags);
  st.schedule(im, "image.create", () => finishImage(st, im, snaps, true), {
    extraMs: st.profile.transitionMs("image.create.perGiB") * totalGiB,
    onFail: () => finishImage(st, im, snaps, false),
  });
  return im;
}

/**
 * CopyImage: a new image in the destination region, Creating for `image.copy` plus per GiB, with
 * its own snapshots there; then Available.
 */
export function copyImage(
  st: State,
  s: Scope,
  p: {
    imageId: string;
    destinationRegionId: string;
    name?: string;
    description?: string;
    encrypted?: boolean;
    resourceGroupId?: string;
    tags?: [string, string][];
  },
): ImageRecord {
  const src = ownImage(st, s, p.imageId);
  if (!st.catalog.regions.some((r) => r.regionId === p.destinationRegionId)) {
    fail("DestinationRegion.NotFound", "The destination region not found.");
  }
  if (src.status !== "Available") fail("IncorrectImageStatus", "The image not available.");
  const dest: Scope = { accountId: s.accountId, regionId: p.destinationRegionId };
  const name = p.name || src.name;
  if (p.name) checkImageName(p.name);
  checkNameFree(
    st,
    s.accountId,
    dest.regionId,
    name,
    "The specified image name is already in use in the target region. Please try a different one.",
  );
  const copying = st
    .list<ImageRecord>("image", s.accountId, dest.regionId)
    .some((im) => im.copiedFrom?.imageId === src.id && im.status === "Creating");
  if (copying) {
    fail(
      "OperationDenied.ImageCopyConflict",
      "The same image cannot be copied concurrently. Please wait until the last copy is completed before performing the next operation.",
    );
  }
  const copy = newImage(
    st,
    dest,
    {
      name,
      description: p.description ?? src.description,
      version: src.version,
      family: src.family,
      resourceGroupId: p.resourceGroupId,
      bootMode: src.bootMode,
    },
    {
      platform: src.platform,
      osType: src.osType,
      osName: src.osName,
      architecture: src.architecture,
      size: src.size,
      copiedFrom: { imageId: src.id, regionId: src.regionId },
    },
  );
  const snaps: SnapshotRecord[] = [];
  let totalGiB = 0;
  for (const m of src.mappings) {
    const sn = newSnapshot(st, s.accountId, dest.regionId, {
      sourceDiskId: "",
      sourceDiskType: m.type,
      sourceDiskSize: m.size,
      imageId: copy.id,
      description: `Copied for image ${copy.id} from ${src.id}`,
      encrypted: p.encrypted ?? false,
    });
    snaps.push(sn);
    copy.mappings.push({ ...m, snapshotId: sn.id });
    totalGiB += m.size;
  }
  if (p.tags) applyTags(copy.tags, p.tags);
  st.events.emit("image.copy", { imageId: copy.id, sourceImageId: src.id });
  st.schedule(copy, "image.copy", () => finishImage(st, copy, snaps, true), {
    extraMs: st.profile.transitionMs("image.copy.perGiB") * totalGiB,
    onFail: () => finishImage(st, copy, snaps, false),
  });
  return copy;
}

/** Removes an image with the snapshots made only for it (a cancelled copy leaves nothing behind). */
function removeWithSnapshots(st: State, im: ImageRecord): void {
  for (const m of im.mappings) {
    const sn = st.store<SnapshotRecord>("snapshot").get(m.snapshotId);
    if (sn) st.remove(sn);
  }
  st.remove(im);
  st.events.emit("image.state", { imageId: im.id, status: "Deleted" });
}

/** CancelCopyImage (RegionId = destination): only a copy still in progress. */
export function cancelCopyImage(st: State, s: Scope, imageId: unknown): void {
  const im = ownImage(st, s, imageId);
  if (!im.copiedFrom)
    fail("ImageCreatedNotFromCopy", "The specified image is not the target image of a copy action.");
  if (im.status !== "Creating") fail("IncorrectImageStatus", "The specified snapshot is not coping.");
  removeWithSnapshots(st, im);
}

/**
 * DeleteImage: own images only; refused while instances run from it (unless Force), while it is
 * shared, public, or a copy in progress (CancelCopyImage is the way). The snapshots stay (Packer
 * deletes them itself); those of an image still being created are completed at once.
 */
export function deleteImage(st: State, s: Scope, imageId: unknown, force: boolean): void {
  const im = ownImage(st, s, imageId);
  const users = st.list<InstanceRecord>("instance", undefined, s.regionId).filter((i) => i.imageId === im.id);
  if (users.length > 0 && !force) {
    fail(
      "ImageUsingByInstance",
      "The specified image has been used to create instances. You can use the DescribeInstances API to query these instances, or you can use the force parameter to proceed.",
      403,
    );
  }
  if (im.copiedFrom && im.status === "Creating") {
    fail(
      "OperationDenied.ImageCopying",
      "The image is being copied. Please use the CancelCopyImage API.",
      403,
    );
  }
  if (im.isPublic)
    fail("ImageIsPublic", "You can not delete public image, please modify it to private.", 403);
  if (Object.keys(im.sharedWith).length > 0) {
    fail(
      "ImageUseShared",
      "The specified image has been shared to others. You can use the DescribeImageSharePermission API to query the users who have been shared.",
      403,
    );
  }
  for (const m of im.mappings) {
    const sn = st.store<SnapshotRecord>("snapshot").get(m.snapshotId);
    if (sn && sn.imageId === im.id) {
      sn.imageId = undefined;
      if (sn.status === "progressing") {
        st.cancel(sn);
        sn.status = "accomplished";
      }
    }
  }
  st.remove(im);
  st.events.emit("image.state", { imageId: im.id, status: "Deleted" });
}

/** ModifyImageSharePermission: adds then removes accounts (malformed ids are `InvalidAccount.NotFound`). */
export function modifySharePermission(
  st: State,
  s: Scope,
  imageId: unknown,
  add: string[],
  remove: string[],
): void {
  const im = ownImage(st, s, imageId);
  if (add.includes(s.accountId))
    fail("InvalidAccount.Forbbiden", "The specified Account does not yourself.", 404);
  // An account the emulator knows, or any 16-digit id (an account elsewhere in the cloud, as the
  // ids in real templates are); anything else does not exist.
  for (const a of [...add, ...remove]) {
    if (!/^\d{16}$/.test(a) && !(st.accountExists?.(a) ?? /^\d+$/.test(a))) {
      fail(
        "InvalidAccount.NotFound",
        `The specified account ${a} in parameter "AddAccount.n" or "RemoveAccount.n" does not exist.`,
        404,
      );
    }
  }
  for (const a of add) if (!(a in im.sharedWith)) im.sharedWith[a] = st.now();
  for (const a of remove) delete im.sharedWith[a];
}
