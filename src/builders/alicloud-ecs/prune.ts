/**
 * The `alicloud-ecs` retention (`keep-images`, `image-build prune`), region by region of a build:
 *
 * - scope: own images carrying the final mark, `image-build:template` = the template's identity
 *   and `image-build:build` = the build name (read again from each image, not only trusted to the
 *   API's tag filter); nothing else is ever looked at;
 * - final images (no `image-build:checkpoint`): the newest `keep` by CreationTime are kept, and
 *   the images this run built or reused; older ones are candidates;
 * - checkpoint images: candidates unless a kept image descends from them (the `image-build:base`
 *   chain, followed transitively) or they are newer than the newest kept final image (a build in
 *   progress may be making one, or the next build may resume from it);
 * - a candidate in use by an instance (DescribeInstances by ImageId) or shared with another account
 *   or public (DescribeImageSharePermission) is kept, with the reason;
 * - a candidate is deleted (DeleteImage without Force: the cloud refuses an image in use), waited
 *   gone, then its snapshots (from its DiskDeviceMappings), each unless another image still uses it
 *   (DeleteSnapshot without Force: one that disks were made from is kept and reported).
 *
 * With `dryRun`, every lookup is made and nothing is deleted; the report says "would-delete".
 */
import * as $Ecs from "@alicloud/ecs20140526";
import type { Cloud } from "../../cloud/cloud.js";
import { describeSnapshot, type Image } from "../../cloud/describe.js";
import { ignoreNotFound } from "../../cloud/errors.js";
import { BUILD_TAG } from "../../cloud/tags.js";
import { waitForImageDeleted } from "../../cloud/waiters.js";
import type { PrunedImage, PrunedSnapshot, PruneOptions, PruneReport } from "../pruned.js";
import { BASE_TAG, CHECKPOINT_TAG, FINAL_TAG, TEMPLATE_TAG } from "../reuse.js";
import { listOwnImages, tagsOf } from "./own-images.js";
import { snapshotsOf } from "./steps/images.js";
import { errorCode, messageOf } from "./steps/util.js";

/** An image of the scope, with what retention reads of it. */
interface Scoped {
  image: Image;
  id: string;
  tags: Record<string, string>;
  kind: PrunedImage["kind"];
  /** CreationTime in ms (NaN when the API gave none: then it sorts oldest). */
  at: number;
}

const timeOf = (im: Image) => {
  const t = Date.parse(im.creationTime ?? "");
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Newest first; the id breaks ties so that the order is stable. */
const newestFirst = (a: Scoped, b: Scoped) => b.at - a.at || b.id.localeCompare(a.id);

/** Instances (first ids) running from an image in the cloud's region. */
async function instancesUsing(cloud: Cloud, imageId: string, signal?: AbortSignal): Promise<string[]> {
  const r = await cloud.ecs(
    "DescribeInstances",
    (e) =>
      e.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: cloud.region, imageId, pageSize: 10 }),
      ),
    { resource: `image ${imageId}`, signal },
  );
  return (r.body?.instances?.instance ?? []).map((i) => i.instanceId ?? "").filter((i) => i !== "");
}

/** Who an image is shared with: account ids, and "everyone" when it is public. */
async function sharedWith(cloud: Cloud, imageId: string, signal?: AbortSignal): Promise<string[]> {
  const r = await cloud.ecs(
    "DescribeImageSharePermission",
    (e) =>
      e.describeImageSharePermission(
        new $Ecs.DescribeImageSharePermissionRequest({ regionId: cloud.region, imageId, pageSize: 10 }),
      ),
    { resource: `image ${imageId}`, signal },
  );
  const accounts = (r.body?.accounts?.account ?? []).map((a) => a.aliyunId ?? "").filter((a) => a !== "");
  const everyone = (r.body?.shareGroups?.shareGroup ?? []).some((g) => g.group === "all");
  return [...(everyone ? ["everyone (public)"] : []), ...accounts];
}

/** Why a candidate must stay (in use, shared), or undefined. */
async function blocker(cloud: Cloud, imageId: string, signal?: AbortSignal): Promise<string | undefined> {
  const instances = await instancesUsing(cloud, imageId, signal);
  if (instances.length > 0) return `in use by instance ${instances.join(", ")}`;
  const shared = await sharedWith(cloud, imageId, signal);
  if (shared.length > 0) return `shared with ${shared.join(", ")}`;
  return undefined;
}

/** The images of the build in one region, and the decision for each. */
async function pruneRegion(region: string, o: PruneOptions): Promise<PrunedImage[]> {
  const cloud = o.cloudFor(region);
  const { signal } = o;
  const log = o.log ?? (() => {});
  const listed = await listOwnImages(cloud, {
    tags: { [TEMPLATE_TAG]: o.templateId, [BUILD_TAG]: o.buildName },
    signal,
  });
  const scoped: Scoped[] = [];
  for (const image of listed) {
    const tags = tagsOf(image);
    if (tags[TEMPLATE_TAG] !== o.templateId || tags[BUILD_TAG] !== o.buildName) continue;
    // Unfinished images (no final mark) belong to a build in progress or to the sweep.
    if (!(FINAL_TAG in tags)) continue;
    if (image.status !== "Available" && image.status !== "Deprecated") continue;
    const kind = CHECKPOINT_TAG in tags ? "checkpoint" : "final";
    scoped.push({ image, id: image.imageId as string, tags, kind, at: timeOf(image) });
  }
  const byId = new Map(scoped.map((s) => [s.id, s]));
  const protect = new Set(o.protect ?? []);
  const finals = scoped.filter((s) => s.kind === "final").sort(newestFirst);
  const checkpoints = scoped.filter((s) => s.kind === "checkpoint").sort(newestFirst);

  const kept = new Map<string, string>();
  const blocked = new Map<string, string>();
  finals.forEach((s, i) => {
    if (i < o.keep) kept.set(s.id, `one of the newest ${o.keep}`);
    else if (protect.has(s.id)) kept.set(s.id, "built or reused by this run");
  });
  for (const s of checkpoints) if (protect.has(s.id)) kept.set(s.id, "used by this run");

  // Final candidates: in use or shared ones stay.
  for (const s of finals) {
    if (kept.has(s.id)) continue;
    const why = await blocker(cloud, s.id, signal);
    if (why) blocked.set(s.id, why);
  }

  // The checkpoints a kept image descends from (the base chain, transitively).
  const ancestors = new Map<string, string>();
  const follow = (from: Scoped) => {
    let cur: Scoped | undefined = from;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      const base = cur.tags[BASE_TAG];
      if (!base) break;
      if (!ancestors.has(base)) ancestors.set(base, `a kept image descends from it (${from.id})`);
      cur = byId.get(base);
    }
  };
  for (const s of scoped) if (kept.has(s.id) || blocked.has(s.id)) follow(s);
  const newestKept = finals[0];
  for (const s of checkpoints) {
    if (kept.has(s.id)) continue;
    const why = ancestors.get(s.id);
    if (why) kept.set(s.id, why);
    else if (!newestKept || s.at > newestKept.at)
      kept.set(s.id, "newer than the newest kept final image (a build may resume from it)");
  }
  for (const s of checkpoints) {
    if (kept.has(s.id)) continue;
    const why = await blocker(cloud, s.id, signal);
    if (why) {
      blocked.set(s.id, why);
      follow(s);
    }
  }
  // A blocked checkpoint keeps its own bases too.
  for (const s of checkpoints)
    if (!kept.has(s.id) && !blocked.has(s.id) && ancestors.has(s.id))
      kept.set(s.id, ancestors.get(s.id) as string);

  const doomed = [...finals, ...checkpoints].filter((s) => !kept.has(s.id) && !blocked.has(s.id));
  const doomedIds = new Set(doomed.map((s) => s.id));
  const entry = (
    s: Scoped,
    outcome: PrunedImage["outcome"],
    extra: Partial<PrunedImage> = {},
  ): PrunedImage => ({
    build: o.buildName,
    region,
    imageId: s.id,
    ...(s.image.imageName ? { imageName: s.image.imageName } : {}),
    ...(s.image.creationTime ? { created: s.image.creationTime } : {}),
    kind: s.kind,
    outcome,
    snapshots: [],
    ...extra,
  });

  const out: PrunedImage[] = [];
  for (const s of [...finals, ...checkpoints]) {
    const reason = kept.get(s.id) ?? blocked.get(s.id);
    if (reason === undefined) continue;
    out.push(entry(s, "kept", { reason, ...(blocked.has(s.id) ? { candidate: true } : {}) }));
    log(`Kept ${s.kind} image ${s.id} (${region}): ${reason}`);
  }

  const gone = new Set<string>();
  for (const s of doomed) {
    if (o.dryRun) {
      const snapshots = await snapshotPlan(cloud, s.image, doomedIds, true, signal);
      out.push(entry(s, "would-delete", { snapshots }));
      log(`Would delete ${s.kind} image ${s.id} (${region})${snapshotNote(snapshots)}`);
      continue;
    }
    try {
      await cloud.ecs(
        "DeleteImage",
        (e) => e.deleteImage(new $Ecs.DeleteImageRequest({ regionId: cloud.region, imageId: s.id })),
        { resource: `image ${s.id}`, signal },
      );
      await waitForImageDeleted(cloud, s.id, { signal, timeoutMs: 5 * 60_000 });
    } catch (err) {
      if (signal?.aborted) throw err;
      const code = errorCode(err);
      if (code === "ImageUsingByInstance" || code === "ImageUseShared" || code === "ImageIsPublic") {
        const reason =
          code === "ImageUsingByInstance" ? "in use by an instance" : "shared with another account";
        out.push(entry(s, "kept", { reason: `${reason} (${code})`, candidate: true }));
        log(`Kept ${s.kind} image ${s.id} (${region}): ${reason}`);
      } else {
        out.push(entry(s, "failed", { reason: messageOf(err) }));
        log(`Could not delete ${s.kind} image ${s.id} (${region}): ${messageOf(err)}`);
      }
      continue;
    }
    gone.add(s.id);
    const snapshots = await snapshotPlan(cloud, s.image, gone, false, signal);
    out.push(entry(s, "deleted", { snapshots }));
    log(`Deleted ${s.kind} image ${s.id} (${region})${snapshotNote(snapshots)}`);
  }
  return out;
}

const snapshotNote = (snapshots: PrunedSnapshot[]) =>
  snapshots.length === 0
    ? ""
    : `; snapshots: ${snapshots.map((x) => `${x.id} ${x.outcome.replace("-", " ")}${x.detail ? ` (${x.detail})` : ""}`).join(", ")}`;

/**
 * The snapshots of an image: each deleted (or, in a dry run, would be) unless an image other than
 * those in `going` still uses it.
 */
async function snapshotPlan(
  cloud: Cloud,
  image: Image,
  going: Set<string>,
  dryRun: boolean,
  signal?: AbortSignal,
): Promise<PrunedSnapshot[]> {
  const out: PrunedSnapshot[] = [];
  for (const id of [...new Set(snapshotsOf(image))]) {
    try {
      if (!(await describeSnapshot(cloud, id, { signal }))) {
        out.push({ id, outcome: "already-gone" });
        continue;
      }
      const users = (await listOwnImages(cloud, { snapshotId: id, signal }))
        .map((i) => i.imageId ?? "")
        .filter((i) => i !== "" && i !== image.imageId && !going.has(i));
      if (users.length > 0) {
        out.push({ id, outcome: "kept", detail: `used by image ${users.join(", ")}` });
        continue;
      }
      if (dryRun) {
        out.push({ id, outcome: "would-delete" });
        continue;
      }
      await deleteSnapshot(cloud, id, signal);
      out.push({ id, outcome: "deleted" });
    } catch (err) {
      if (signal?.aborted) throw err;
      if (errorCode(err) === "SnapshotCreatedDisk")
        out.push({ id, outcome: "kept", detail: "disks were created from it (SnapshotCreatedDisk)" });
      else out.push({ id, outcome: "failed", detail: messageOf(err) });
    }
  }
  return out;
}

/**
 * Deletes one snapshot without Force (the cloud refuses one that disks were made from: kept and
 * reported); retried while the image just deleted still holds it. A snapshot already gone is fine.
 */
async function deleteSnapshot(cloud: Cloud, id: string, signal?: AbortSignal): Promise<void> {
  await ignoreNotFound(
    cloud.ecs("DeleteSnapshot", (e) => e.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: id })), {
      resource: `snapshot ${id}`,
      retryCodes: ["SnapshotCreatedImage", "IncorrectSnapshotStatus", "Operation.Conflict"],
      policy: { maxAttempts: 20, maxElapsedMs: 60_000, baseDelayMs: 250, maxDelayMs: 3_000 },
      signal,
    }),
  );
}

/** Prunes one build in each of its regions (one after the other). */
export async function prune(o: PruneOptions): Promise<PruneReport> {
  if (!Number.isSafeInteger(o.keep) || o.keep < 1)
    throw new Error(`keep must be a whole number of at least 1, got ${o.keep}`);
  const images: PrunedImage[] = [];
  for (const region of [...new Set(o.regions)]) images.push(...(await pruneRegion(region, o)));
  return { images };
}
