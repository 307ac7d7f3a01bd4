/** ECS disk and snapshot actions. */
import type { CloudModel } from "../../model/index.js";
import type { DiskRecord, SnapshotRecord } from "../../model/resources.js";
import { createSnapshot, deleteSnapshot } from "../../model/storage.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { dryRun, scopeOf } from "../common/context.js";
import { bool, fuzzy, jsonList, list, num, paginate, req, str, tokenPage } from "../common/params.js";
import { diskShape, snapshotShape } from "./shapes.js";

/** Handlers for the disk and snapshot actions. */
export function storageHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;
  return {
    DescribeDisks(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const ids = jsonList(p, "DiskIds", "InvalidDiskIds.ValueNotSupported");
      const diskType = str(p, "DiskType") ?? "all";
      const status = str(p, "Status") ?? "All";
      const name = str(p, "DiskName");
      const tags = parseTags(list(p, "Tag"));
      const eq = (param: string, get: (d: DiskRecord) => string | undefined) => {
        const want = str(p, param);
        return (d: DiskRecord) => want === undefined || get(d) === want;
      };
      const dwi = bool(p, "DeleteWithInstance");
      const disks = st
        .list<DiskRecord>("disk", s.accountId, s.regionId)
        .filter((d) => ids === undefined || ids.includes(d.id))
        .filter((d) => diskType === "all" || d.type === diskType)
        .filter((d) => status === "All" || d.status === status)
        .filter(eq("InstanceId", (d) => d.instanceId))
        .filter(eq("ZoneId", (d) => d.zoneId))
        .filter(eq("Category", (d) => d.category))
        .filter(eq("SnapshotId", (d) => d.sourceSnapshotId))
        .filter((d) => dwi === undefined || d.deleteWithInstance === dwi)
        .filter((d) => name === undefined || fuzzy(d.name, name))
        .filter((d) => matchesTags(d.tags, tags));
      if (str(p, "NextToken") !== undefined || num(p, "MaxResults") !== undefined) {
        const page = tokenPage(p, disks, 10, 500);
        return { NextToken: page.nextToken, Disks: { Disk: page.items.map(diskShape) } };
      }
      const page = paginate(p, disks, 10, 100);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        NextToken: "",
        Disks: { Disk: page.items.map(diskShape) },
      };
    },

    async CreateSnapshot(request) {
      const p = request.params;
      return model.idempotency.run(request.caller.accountId, "CreateSnapshot", p.ClientToken, p, () => {
        const sn = createSnapshot(st, request.caller, {
          diskId: req(p, "DiskId"),
          name: str(p, "SnapshotName"),
          description: str(p, "Description"),
          tags: parseTags(list(p, "Tag")),
        });
        return { SnapshotId: sn.id };
      });
    },

    DescribeSnapshots(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const ids = jsonList(p, "SnapshotIds", "InvalidSnapshotIds.Malformed");
      const status = str(p, "Status") ?? "all";
      if (!["progressing", "accomplished", "failed", "all"].includes(status)) {
        throw new ApiError("InvalidStatus.NotFound", "The specified Status is not found.", 404);
      }
      const usage = str(p, "Usage");
      const name = str(p, "SnapshotName");
      const diskType = str(p, "SourceDiskType")?.toLowerCase();
      const tags = parseTags(list(p, "Tag"));
      const snaps = st
        .list<SnapshotRecord>("snapshot", s.accountId, s.regionId)
        .filter((x) => ids === undefined || ids.includes(x.id))
        .filter((x) => status === "all" || x.status === status)
        .filter((x) => str(p, "DiskId") === undefined || x.sourceDiskId === str(p, "DiskId"))
        .filter((x) => str(p, "InstanceId") === undefined || x.instanceId === str(p, "InstanceId"))
        .filter(
          (x) =>
            usage === undefined ||
            (usage === "image" ? !!x.imageId : usage === "none" ? !x.imageId : usage !== "disk"),
        )
        .filter((x) => diskType === undefined || x.sourceDiskType === diskType)
        .filter((x) => name === undefined || fuzzy(x.name, name))
        .filter((x) => matchesTags(x.tags, tags))
        .sort((a, b) => b.createdAt - a.createdAt);
      if (str(p, "NextToken") !== undefined || num(p, "MaxResults") !== undefined) {
        const page = tokenPage(p, snaps, 10, 100);
        return {
          NextToken: page.nextToken,
          Snapshots: { Snapshot: page.items.map((x) => snapshotShape(st, x)) },
        };
      }
      const page = paginate(p, snaps, 10, 100);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        NextToken: "",
        Snapshots: { Snapshot: page.items.map((x) => snapshotShape(st, x)) },
      };
    },

    DeleteSnapshot(request) {
      deleteSnapshot(
        st,
        request.caller,
        req(request.params, "SnapshotId"),
        bool(request.params, "Force") ?? false,
      );
      return {};
    },
  };
}
