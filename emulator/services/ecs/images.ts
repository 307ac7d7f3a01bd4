/** ECS image actions. */
import { isoTime } from "../../model/clock.js";
import {
  cancelCopyImage,
  copyImage,
  createImage,
  deleteImage,
  knowPublicImage,
  latestOfFamily,
  modifySharePermission,
  ownerAlias,
  ownImage,
  visibleImages,
} from "../../model/images.js";
import type { CloudModel } from "../../model/index.js";
import type { ImageRecord, InstanceRecord } from "../../model/resources.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { dryRun, scopeOf } from "../common/context.js";
import { bool, fuzzy, list, paginate, req, str } from "../common/params.js";
import { imageShape } from "./shapes.js";

const STATUSES = new Set(["Creating", "Waiting", "Available", "UnAvailable", "CreateFailed", "Deprecated"]);

/** The fields DescribeImageFromFamily's schema has (a subset of DescribeImages'). */
const FAMILY_FIELDS = [
  "CreationTime",
  "Status",
  "ImageFamily",
  "Progress",
  "IsCopied",
  "IsSupportIoOptimized",
  "ImageOwnerAlias",
  "IsSupportCloudinit",
  "ImageVersion",
  "Usage",
  "IsSelfShared",
  "Description",
  "Size",
  "Platform",
  "ImageName",
  "OSName",
  "ImageId",
  "OSType",
  "IsSubscribed",
  "ProductCode",
  "Architecture",
  "Tags",
];
const FAMILY_MAPPING_FIELDS = [
  "Type",
  "ImportOSSBucket",
  "SnapshotId",
  "ImportOSSObject",
  "Size",
  "Device",
  "Format",
];

function familyImageShape(full: Record<string, unknown>): Record<string, unknown> {
  const out = Object.fromEntries(FAMILY_FIELDS.map((k) => [k, full[k]]));
  const mappings = (full.DiskDeviceMappings as { DiskDeviceMapping: Record<string, unknown>[] })
    .DiskDeviceMapping;
  out.DiskDeviceMappings = {
    DiskDeviceMapping: mappings.map((m) => Object.fromEntries(FAMILY_MAPPING_FIELDS.map((k) => [k, m[k]]))),
  };
  return out;
}

/** Handlers for the image actions. */
export function imageHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;
  return {
    DescribeImages(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const statuses = (str(p, "Status") ?? "Available").split(",").map((x) => x.trim());
      const alias = str(p, "ImageOwnerAlias");
      if (alias !== undefined && !["system", "self", "others", "marketplace"].includes(alias)) {
        throw new ApiError(
          "InvalidImageOwnerAlias.ValueNotSupported",
          "The specified ImageOwnerAlias value is not supported.",
          400,
        );
      }
      const usage = str(p, "Usage");
      if (usage !== undefined && usage !== "instance" && usage !== "none") {
        throw new ApiError("InvalidUsage", "The specified Usage is not valid.", 404);
      }
      const ids = str(p, "ImageId")
        ?.split(",")
        .map((x) => x.trim());
      for (const id of ids ?? []) knowPublicImage(st, s.regionId, id);
      const name = str(p, "ImageName");
      const family = str(p, "ImageFamily");
      const osType = str(p, "OSType");
      const arch = str(p, "Architecture");
      const snapshotId = str(p, "SnapshotId");
      const isPublic = bool(p, "IsPublic");
      const tags = parseTags(list(p, "Tag"));
      const used = new Set(st.list<InstanceRecord>("instance", undefined, s.regionId).map((i) => i.imageId));
      const images = visibleImages(st, s)
        .filter((im) => statuses.some((x) => STATUSES.has(x) && x === im.status))
        .filter((im) => alias === undefined || alias === ownerAlias(im, s.accountId))
        .filter((im) => !ids || ids.includes(im.id))
        .filter((im) => name === undefined || fuzzy(im.name, name))
        .filter((im) => family === undefined || im.family === family)
        .filter((im) => osType === undefined || im.osType === osType)
        .filter((im) => arch === undefined || im.architecture === arch)
        .filter((im) => snapshotId === undefined || im.mappings.some((m) => m.snapshotId === snapshotId))
        .filter((im) => isPublic === undefined || im.isPublic === isPublic)
        .filter((im) => usage === undefined || (usage === "instance") === used.has(im.id))
        .filter((im) => matchesTags(im.tags, tags))
        .sort((a, b) => b.createdAt - a.createdAt);
      const page = paginate(p, images);
      return {
        RegionId: s.regionId,
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        Images: { Image: page.items.map((im) => imageShape(st, im, s.accountId)) },
      };
    },

    DescribeImageFromFamily(request) {
      const s = scopeOf(model, request);
      const im = latestOfFamily(st, s, req(request.params, "ImageFamily"));
      // The real API answers an empty Image object when the family has no available image.
      return { Image: im ? familyImageShape(imageShape(st, im, s.accountId)) : {} };
    },

    async CreateImage(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "CreateImage", p.ClientToken, p, () => {
        const input = {
          instanceId: str(p, "InstanceId"),
          snapshotId: str(p, "SnapshotId"),
          mappings: list<{ SnapshotId?: string; Size?: number; Device?: string; DiskType?: string }>(
            p,
            "DiskDeviceMapping",
          ),
          name: str(p, "ImageName"),
          description: str(p, "Description"),
          version: str(p, "ImageVersion"),
          family: str(p, "ImageFamily"),
          platform: str(p, "Platform"),
          architecture: str(p, "Architecture"),
          bootMode: str(p, "BootMode"),
          resourceGroupId: str(p, "ResourceGroupId"),
          tags: parseTags(list(p, "Tag")),
        };
        if (input.mappings.length === 0) input.mappings = undefined as never;
        dryRun(request);
        const im = createImage(st, s, input);
        return { ImageId: im.id };
      });
    },

    DeleteImage(request) {
      const s = scopeOf(model, request);
      dryRun(request);
      deleteImage(st, s, req(request.params, "ImageId"), bool(request.params, "Force") ?? false);
      return {};
    },

    async CopyImage(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "CopyImage", p.ClientToken, p, () => {
        dryRun(request);
        const copy = copyImage(st, s, {
          imageId: req(p, "ImageId"),
          destinationRegionId: str(p, "DestinationRegionId") ?? s.regionId,
          name: str(p, "DestinationImageName"),
          description: str(p, "DestinationDescription"),
          encrypted: bool(p, "Encrypted"),
          resourceGroupId: str(p, "ResourceGroupId"),
          tags: parseTags(list(p, "Tag")),
        });
        return { ImageId: copy.id };
      });
    },

    CancelCopyImage(request) {
      const s = scopeOf(model, request);
      cancelCopyImage(st, s, req(request.params, "ImageId"));
      return {};
    },

    ModifyImageSharePermission(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const add = list(p, "AddAccount").map(String);
      const remove = list(p, "RemoveAccount").map(String);
      modifySharePermission(st, s, req(p, "ImageId"), add, remove);
      const isPublic = bool(p, "IsPublic");
      if (isPublic !== undefined) ownImage(st, s, req(p, "ImageId")).isPublic = isPublic;
      return {};
    },

    DescribeImageSharePermission(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const im: ImageRecord = ownImage(st, s, req(p, "ImageId"));
      const accounts = Object.entries(im.sharedWith).map(([AliyunId, t]) => ({
        AliyunId,
        SharedTime: isoTime(t),
      }));
      const page = paginate(p, accounts);
      return {
        ImageId: im.id,
        RegionId: s.regionId,
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        ShareGroups: { ShareGroup: im.isPublic ? [{ Group: "all" }] : [] },
        Accounts: { Account: page.items },
      };
    },
  };
}
