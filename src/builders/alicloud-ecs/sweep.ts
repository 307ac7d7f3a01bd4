/**
 * The `alicloud-ecs` sweep: deletes what a run left behind, from its saved ledger and then from a search of each
 * region by the run's tag (`image-build:run`). The action's post step runs it after a killed or
 * cancelled main step; it is idempotent (a resource already gone is reported as such). "Already
 * gone" means the cloud said so (a NotFound code, or a Describe that no longer lists it); any other
 * error is `failed` with the API's code, so the summary's counts match what is really left.
 *
 * Order (dependencies first): EIP associations and EIPs (unassociated, then released) →
 * instances (force-deleted) → image copies and images → snapshots → disks → security groups →
 * vSwitches → VPCs (these three retried while the API answers DependencyViolation) → key pairs.
 *
 * What is never deleted (reported `kept`):
 * - an image or image copy found only by tag: images are not tagged with the run, so one found
 *   so is a final image (or was tagged by someone else), and a finished build's images leave the
 *   ledger; an image *in* the ledger belongs to a build that never finished and is deleted;
 * - a snapshot that still backs an image (`Usage` image), unless that image was deleted here;
 * - anything in `keep` (the final images the main step reported);
 * - an image or copy that carries the final mark (`image-build:final`), read again right before
 *   its deletion: a finished build marked it after taking it out of its ledger, and another run
 *   may already have reused it (docs/architecture.md, "Keeping and deleting images").
 */
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import type { Cloud } from "../../cloud/cloud.js";
import { describeEip, describeImage, describeSnapshot } from "../../cloud/describe.js";
import { ignoreNotFound } from "../../cloud/errors.js";
import { findTaggedResources, RUN_TAG } from "../../cloud/tags.js";
import { waitForEip } from "../../cloud/waiters.js";
import type { SweepOptions, SweptResource } from "../swept.js";
import { listOwnImages } from "./own-images.js";
import { isFinal } from "./steps/final-mark.js";
import { deleteImageAndSnapshots, deleteSnapshot } from "./steps/images.js";
import { DELETE_VPC_RETRY, DEPENDENCY_POLICY } from "./steps/vpc.js";
import { DELETE_VSWITCH_RETRY } from "./steps/vswitch.js";

/** Deletion order: lower first. Unknown types go last. */
const ORDER: Record<string, number> = {
  "eip-association": 0,
  eip: 1,
  instance: 2,
  "image-copy": 3,
  image: 4,
  snapshot: 5,
  disk: 6,
  "security-group": 7,
  vswitch: 8,
  vpc: 9,
  "key-pair": 10,
};

/** Types searched by tag, in deletion order. */
const TAGGED_TYPES = [
  "eip",
  "instance",
  "image",
  "snapshot",
  "disk",
  "security-group",
  "vswitch",
  "vpc",
  "key-pair",
];

type Outcome = { outcome: SweptResource["outcome"]; detail?: string };
const GONE: Outcome = { outcome: "already-gone" };
const DELETED: Outcome = { outcome: "deleted" };
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Ctx {
  cloud: Cloud;
  keep: Set<string>;
  /** Images deleted by this sweep (their snapshots may then go). */
  deletedImages: Set<string>;
  signal?: AbortSignal;
}

/** Deletes one resource; resolves with what happened (throws for `failed`). */
async function remove(type: string, id: string, meta: Record<string, string>, x: Ctx): Promise<Outcome> {
  const { cloud, signal } = x;
  switch (type) {
    case "eip-association":
    case "eip": {
      const eip = await describeEip(cloud, id, { signal });
      if (!eip) return GONE;
      const instanceId = eip.instanceId || meta.instanceId;
      if (eip.status !== "Available" && instanceId) {
        await ignoreNotFound(
          cloud.vpc(
            "UnassociateEipAddress",
            (v) =>
              v.unassociateEipAddress(
                new $Vpc.UnassociateEipAddressRequest({
                  regionId: cloud.region,
                  allocationId: id,
                  instanceId,
                }),
              ),
            { resource: `eip ${id}`, retryCodes: ["IncorrectEipStatus", "TaskConflict"], signal },
          ),
        );
        await waitForEip(cloud, id, "Available", { signal });
      }
      if (type === "eip-association") return eip.status === "Available" ? GONE : DELETED;
      const r = await ignoreNotFound(
        cloud.vpc(
          "ReleaseEipAddress",
          (v) =>
            v.releaseEipAddress(
              new $Vpc.ReleaseEipAddressRequest({ regionId: cloud.region, allocationId: id }),
            ),
          { resource: `eip ${id}`, retryCodes: ["IncorrectEipStatus", "TaskConflict"], signal },
        ),
      );
      return r ? DELETED : GONE;
    }
    case "instance": {
      const r = await ignoreNotFound(
        cloud.ecs(
          "DeleteInstance",
          (e) => e.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id, force: true })),
          {
            resource: `instance ${id}`,
            retryCodes: ["IncorrectInstanceStatus.Initializing", "IncorrectInstanceStatus"],
            policy: DEPENDENCY_POLICY,
            signal,
          },
        ),
      );
      return r ? DELETED : GONE;
    }
    case "image":
    case "image-copy": {
      if (x.keep.has(id)) return { outcome: "kept", detail: "a final image of the build" };
      const image = await describeImage(cloud, id, { signal });
      if (!image) return GONE;
      if (isFinal(image.tags?.tag))
        return {
          outcome: "kept",
          detail: "carries the final mark: a finished build's image is never deleted",
        };
      await deleteImageAndSnapshots(cloud, id, { snapshots: true, known: image, signal });
      x.deletedImages.add(id);
      return { outcome: "deleted", ...(image.status ? { detail: `was ${image.status}` } : {}) };
    }
    case "snapshot": {
      const snap = await describeSnapshot(cloud, id, { signal });
      if (!snap) return GONE;
      if (/image/i.test(snap.usage ?? "")) {
        // Deleted with its image just now? DeleteSnapshot waits out the image's release.
        const images = await imagesUsing(cloud, id, signal);
        const alive = images.filter((i) => !x.deletedImages.has(i));
        if (alive.length > 0 || (images.length === 0 && x.deletedImages.size === 0))
          return { outcome: "kept", detail: `backs image ${alive.join(", ") || "(unknown)"}` };
      }
      await deleteSnapshot(cloud, id, signal);
      return DELETED;
    }
    case "disk": {
      const r = await ignoreNotFound(
        cloud.ecs("DeleteDisk", (e) => e.deleteDisk(new $Ecs.DeleteDiskRequest({ diskId: id })), {
          resource: `disk ${id}`,
          retryCodes: ["IncorrectDiskStatus", "IncorrectDiskStatus.Initializing"],
          policy: DEPENDENCY_POLICY,
          signal,
        }),
      );
      return r ? DELETED : GONE;
    }
    case "security-group": {
      const r = await ignoreNotFound(
        cloud.ecs(
          "DeleteSecurityGroup",
          (e) =>
            e.deleteSecurityGroup(
              new $Ecs.DeleteSecurityGroupRequest({ regionId: cloud.region, securityGroupId: id }),
            ),
          {
            resource: `security group ${id}`,
            retryCodes: ["DependencyViolation"],
            policy: DEPENDENCY_POLICY,
            signal,
          },
        ),
      );
      return r ? DELETED : GONE;
    }
    case "vswitch": {
      const r = await ignoreNotFound(
        cloud.vpc(
          "DeleteVSwitch",
          (v) => v.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: cloud.region, vSwitchId: id })),
          { resource: `vswitch ${id}`, retryCodes: DELETE_VSWITCH_RETRY, policy: DEPENDENCY_POLICY, signal },
        ),
      );
      return r ? DELETED : GONE;
    }
    case "vpc": {
      const r = await ignoreNotFound(
        cloud.vpc(
          "DeleteVpc",
          (v) => v.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: cloud.region, vpcId: id })),
          {
            resource: `vpc ${id}`,
            retryCodes: DELETE_VPC_RETRY,
            policy: DEPENDENCY_POLICY,
            signal,
          },
        ),
      );
      return r ? DELETED : GONE;
    }
    case "key-pair": {
      const found = await cloud.ecs(
        "DescribeKeyPairs",
        (e) =>
          e.describeKeyPairs(new $Ecs.DescribeKeyPairsRequest({ regionId: cloud.region, keyPairName: id })),
        { resource: `key pair ${id}`, signal },
      );
      if (!(found.body?.keyPairs?.keyPair ?? []).some((k) => k.keyPairName === id)) return GONE;
      const r = await ignoreNotFound(
        cloud.ecs(
          "DeleteKeyPairs",
          (e) =>
            e.deleteKeyPairs(
              new $Ecs.DeleteKeyPairsRequest({ regionId: cloud.region, keyPairNames: JSON.stringify([id]) }),
            ),
          { resource: `key pair ${id}`, signal },
        ),
      );
      // Gone between the lookup and the delete: a NotFound from the cloud.
      return r ? DELETED : GONE;
    }
    default:
      return {
        outcome: "failed",
        detail: `image-build cannot delete resources of type '${type}': delete it by hand`,
      };
  }
}

/** Ids of the images whose disk mappings name `snapshotId`. */
async function imagesUsing(cloud: Cloud, snapshotId: string, signal?: AbortSignal): Promise<string[]> {
  return (await listOwnImages(cloud, { snapshotId, signal }))
    .map((i) => i.imageId ?? "")
    .filter((i) => i !== "");
}

interface Item {
  type: string;
  id: string;
  region: string;
  meta: Record<string, string>;
  foundBy: SweptResource["foundBy"];
}

/** Deletes `items` rank by rank (in parallel within a rank); appends the outcomes to `out`. */
async function removeAll(
  items: Item[],
  ctxFor: (region: string) => Ctx,
  out: SweptResource[],
  log: (m: string) => void,
) {
  const ranks = [...new Set(items.map((i) => ORDER[i.type] ?? 99))].sort((a, b) => a - b);
  for (const rank of ranks) {
    await Promise.all(
      items
        .filter((i) => (ORDER[i.type] ?? 99) === rank)
        .map(async (i) => {
          const what = `${i.type} ${i.id} (${i.region})`;
          let o: Outcome;
          try {
            o = await remove(i.type, i.id, i.meta, ctxFor(i.region));
          } catch (err) {
            o = { outcome: "failed", detail: messageOf(err) };
          }
          log(
            o.outcome === "deleted"
              ? `Deleted ${what}`
              : o.outcome === "already-gone"
                ? `Already gone: ${what}`
                : o.outcome === "kept"
                  ? `Kept ${what}: ${o.detail}`
                  : `Could not delete ${what}: ${o.detail}`,
          );
          out.push({
            type: i.type,
            id: i.id,
            region: i.region,
            foundBy: i.foundBy,
            outcome: o.outcome,
            ...(o.detail ? { detail: o.detail } : {}),
          });
        }),
    );
  }
}

/** Sweeps a run: the ledger's resources, then whatever still carries the run's tag. */
export async function sweep(opts: SweepOptions): Promise<SweptResource[]> {
  const log = opts.log ?? (() => {});
  const keep = new Set(opts.keep ?? []);
  const deletedImages = new Set<string>();
  const ctxs = new Map<string, Ctx>();
  const ctxFor = (region: string): Ctx => {
    let c = ctxs.get(region);
    if (!c) {
      c = { cloud: opts.cloudFor(region), keep, deletedImages, signal: opts.signal };
      ctxs.set(region, c);
    }
    return c;
  };
  const out: SweptResource[] = [];
  const seen = new Set<string>();
  const key = (type: string, id: string) => `${type === "image-copy" ? "image" : type}\u0000${id}`;

  const fromLedger: Item[] = [];
  for (const e of opts.entries) {
    if (seen.has(key(e.type, e.id))) continue;
    seen.add(key(e.type, e.id));
    // An EIP association counts as the EIP for the tag search's dedupe (we never release a given EIP).
    fromLedger.push({ type: e.type, id: e.id, region: e.region, meta: e.meta ?? {}, foundBy: "ledger" });
  }
  if (fromLedger.length > 0)
    log(`Deleting ${fromLedger.length} resource(s) from the saved ledger of run ${opts.runId}`);
  await removeAll(fromLedger, ctxFor, out, log);
  if (opts.skipTagSearch) return out;

  const regions = [...new Set([...opts.regions, ...opts.entries.map((e) => e.region)])].filter((r) => r);
  const tags = { [RUN_TAG]: opts.runId };
  const fromTags: Item[] = [];
  await Promise.all(
    regions.flatMap((region) =>
      TAGGED_TYPES.map(async (type) => {
        let ids: string[];
        try {
          ids = await findTaggedResources(ctxFor(region).cloud, type, tags, { signal: opts.signal });
        } catch (err) {
          out.push({
            type,
            id: "(search)",
            region,
            foundBy: "tags",
            outcome: "failed",
            detail: `could not search for ${type} resources tagged ${RUN_TAG}=${opts.runId}: ${messageOf(err)}`,
          });
          log(`Could not search ${region} for ${type} resources of the run: ${messageOf(err)}`);
          return;
        }
        for (const id of ids) {
          if (seen.has(key(type, id)) || (type === "eip" && seen.has(key("eip-association", id)))) continue;
          seen.add(key(type, id));
          fromTags.push({ type, id, region, meta: {}, foundBy: "tags" });
        }
      }),
    ),
  );
  // An image found only by the run's tag was not left unfinished by a build (those are in the ledger).
  for (const i of fromTags) if (i.type === "image") keep.add(i.id);
  if (fromTags.length > 0) log(`Found ${fromTags.length} more resource(s) tagged ${RUN_TAG}=${opts.runId}`);
  await removeAll(fromTags, ctxFor, out, log);
  for (const r of out)
    if (r.foundBy === "tags" && r.outcome === "kept" && (r.type === "image" || r.type === "image-copy"))
      r.detail = "found by the run's tag but not in the ledger: a final image is never deleted";
  return out;
}
