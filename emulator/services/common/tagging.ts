/** Tagging shared by the ECS and VPC tag actions: resource-type mapping and the tag operations. */
import type { CloudModel } from "../../model/index.js";
import type { AnyResource, ResourceKind } from "../../model/resources.js";
import { applyTags, matchesTags } from "../../model/tags.js";
import { ApiError } from "../../types.js";
import type { Scope } from "./context.js";

/** Resource types the ECS tag APIs take (lower case) and the VPC ones (upper case). */
export const ECS_TAG_TYPES: Record<string, ResourceKind> = {
  instance: "instance",
  disk: "disk",
  snapshot: "snapshot",
  image: "image",
  securitygroup: "securitygroup",
  keypair: "keypair",
};

export const VPC_TAG_TYPES: Record<string, ResourceKind> = {
  VPC: "vpc",
  VSWITCH: "vswitch",
  EIP: "eip",
};

/** The kind behind an API resource type, or `InvalidResourceType.NotFound`. */
export function kindOf(types: Record<string, ResourceKind>, resourceType: string): ResourceKind {
  const kind = types[resourceType];
  if (!kind)
    throw new ApiError(
      "InvalidResourceType.NotFound",
      "The ResourceType provided does not exist in our records.",
      404,
    );
  return kind;
}

/** A taggable resource of the caller in the region (key pairs also by name), or undefined. */
export function findTaggable(
  model: CloudModel,
  s: Scope,
  kind: ResourceKind,
  id: string,
): AnyResource | undefined {
  const st = model.state;
  const direct = st.get(kind, id, s.accountId, s.regionId);
  if (direct) return direct;
  if (kind === "keypair")
    return st.list(kind, s.accountId, s.regionId).find((k) => "name" in k && k.name === id);
  return undefined;
}

/** The resources named, or `InvalidResourceId.NotFound` if any is missing. */
export function resolveAll(model: CloudModel, s: Scope, kind: ResourceKind, ids: string[]): AnyResource[] {
  return ids.map((id) => {
    const r = findTaggable(model, s, kind, id);
    if (!r)
      throw new ApiError(
        "InvalidResourceId.NotFound",
        "The specified ResourceIds are not found in our records.",
        404,
      );
    return r;
  });
}

/** Adds tags to every resource. */
export function tagAll(resources: AnyResource[], tags: [string, string][]): void {
  for (const r of resources) applyTags(r.tags, tags);
}

/** Removes keys (or all tags) from every resource. */
export function untagAll(resources: AnyResource[], keys: string[], all: boolean): void {
  for (const r of resources) {
    for (const k of Object.keys(r.tags)) if (all || keys.includes(k)) delete r.tags[k];
  }
}

/** One (resource, tag) row as ListTagResources returns it. */
export interface TagRow {
  ResourceId: string;
  ResourceType: string;
  TagKey: string;
  TagValue: string;
}

/** ListTagResources rows: the named resources' tags, or every resource carrying all filter tags. */
export function tagRows(
  model: CloudModel,
  s: Scope,
  types: Record<string, ResourceKind>,
  resourceType: string,
  ids: string[],
  filter: [string, string][],
): TagRow[] {
  const kind = kindOf(types, resourceType);
  const resources =
    ids.length > 0
      ? ids.map((id) => findTaggable(model, s, kind, id)).filter((r): r is AnyResource => r !== undefined)
      : model.state.list(kind, s.accountId, s.regionId);
  const rows: TagRow[] = [];
  for (const r of resources) {
    if (!matchesTags(r.tags, filter)) continue;
    const id =
      r.kind === "keypair" && ids.length > 0 && !ids.includes(r.id) ? (r as { name: string }).name : r.id;
    for (const [TagKey, TagValue] of Object.entries(r.tags)) {
      rows.push({ ResourceId: id, ResourceType: resourceType, TagKey, TagValue });
    }
  }
  return rows;
}
