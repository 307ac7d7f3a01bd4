/** ECS tag actions: AddTags/RemoveTags/DescribeTags (older) and TagResources/UntagResources/ListTagResources. */
import type { CloudModel } from "../../model/index.js";
import type { AnyResource } from "../../model/resources.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { scopeOf } from "../common/context.js";
import { bool, list, paginate, req, str, tokenPage } from "../common/params.js";
import { ECS_TAG_TYPES, kindOf, resolveAll, tagAll, tagRows, untagAll } from "../common/tagging.js";

const COUNT_NAMES: Record<string, string> = {
  instance: "Instance",
  disk: "Disk",
  snapshot: "Snapshot",
  image: "Image",
  securitygroup: "Securitygroup",
  keypair: "KeyPair",
};

/** Handlers for the ECS tag actions. */
export function tagHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;

  function checkTagCount(tags: [string, string][], max = 20): void {
    if (tags.length === 0 || tags.length > max) {
      throw new ApiError("InvalidTagCount", "The specified tags are beyond the permitted range.", 400);
    }
  }

  return {
    AddTags(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
      const tags = parseTags(list(p, "Tag"));
      checkTagCount(tags);
      const [r] = resolveAll(model, s, kind, [req(p, "ResourceId")]).map((x) => x);
      tagAll([r], tags);
      return {};
    },

    RemoveTags(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
      const tags = parseTags(list(p, "Tag"));
      const [r] = resolveAll(model, s, kind, [req(p, "ResourceId")]);
      for (const [k, v] of tags) if (k in r.tags && (v === "" || r.tags[k] === v)) delete r.tags[k];
      if (tags.length === 0) untagAll([r], [], true);
      return {};
    },

    DescribeTags(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const type = str(p, "ResourceType");
      const kinds = type ? [kindOf(ECS_TAG_TYPES, type)] : Object.values(ECS_TAG_TYPES);
      const id = str(p, "ResourceId");
      const filter = parseTags(list(p, "Tag"));
      const counts = new Map<string, { key: string; value: string; count: Record<string, number> }>();
      for (const kind of kinds) {
        for (const r of st.list<AnyResource>(kind, s.accountId, s.regionId)) {
          if (id !== undefined && r.id !== id) continue;
          if (!matchesTags(r.tags, filter)) continue;
          for (const [k, v] of Object.entries(r.tags)) {
            const key = `${k}\u0000${v}`;
            const entry = counts.get(key) ?? { key: k, value: v, count: {} };
            entry.count[COUNT_NAMES[kind]] = (entry.count[COUNT_NAMES[kind]] ?? 0) + 1;
            counts.set(key, entry);
          }
        }
      }
      const page = paginate(p, [...counts.values()], 50, 100);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        Tags: {
          Tag: page.items.map((e) => ({
            TagKey: e.key,
            TagValue: e.value,
            ResourceTypeCount: {
              Instance: 0,
              Disk: 0,
              Volume: 0,
              Image: 0,
              Snapshot: 0,
              Securitygroup: 0,
              LaunchTemplate: 0,
              Eni: 0,
              Ddh: 0,
              KeyPair: 0,
              SnapshotPolicy: 0,
              ReservedInstance: 0,
              ...e.count,
            },
          })),
        },
      };
    },

    TagResources(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
      const ids = list(p, "ResourceId").map(String);
      if (ids.length > 50)
        throw new ApiError(
          "NumberExceed.ResourceIds",
          "The ResourceIds parameter's number is exceed , Valid : 50.",
          400,
        );
      const tags = parseTags(list(p, "Tag"));
      if (tags.length > 20)
        throw new ApiError("NumberExceed.Tags", "The Tags parameter's number is exceed , Valid : 20.", 400);
      tagAll(resolveAll(model, s, kind, ids), tags);
      return {};
    },

    UntagResources(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
      const ids = list(p, "ResourceId").map(String);
      const keys = list(p, "TagKey").map(String);
      const all = bool(p, "All") ?? false;
      if (all && keys.length > 0) {
        throw new ApiError(
          "Param.Conflict",
          "The specified all is true, but the specified TagKey.N is not empty.",
          403,
        );
      }
      untagAll(resolveAll(model, s, kind, ids), keys, all);
      return {};
    },

    ListTagResources(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const ids = list(p, "ResourceId").map(String);
      const tags = parseTags(list(p, "Tag"));
      const tagFilter = list<{ TagKey?: string; TagValues?: string[] }>(p, "TagFilter");
      if (tags.length > 0 && tagFilter.length > 0) {
        throw new ApiError(
          "InvalidTags.MalFormed",
          "The tags must be empty, when the tagFilters is not empty.",
          400,
        );
      }
      if (ids.length === 0 && tags.length === 0 && tagFilter.length === 0) {
        throw new ApiError(
          "BothEmpty.TagsAndResources",
          "The specified Tags and ResourcesIds are not allow to both empty.",
          403,
        );
      }
      let rows = tagRows(model, s, ECS_TAG_TYPES, req(p, "ResourceType"), ids, tags);
      for (const f of tagFilter) {
        const values = (f.TagValues ?? []).map(String);
        const ok = new Set(
          rows
            .filter((r) => r.TagKey === f.TagKey && (values.length === 0 || values.includes(r.TagValue)))
            .map((r) => r.ResourceId),
        );
        rows = rows.filter((r) => ok.has(r.ResourceId));
      }
      const page = tokenPage(p, rows, 50, 50, {
        code: "Invalid.NextToken",
        message: "The specified NextToken is not valid.",
        status: 403,
      });
      return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
    },
  };
}
