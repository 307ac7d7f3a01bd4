/** Tags on resources: validation (the API's limits) and matching. */
import { fail } from "./state.js";

/** A tag as the API's `Tag.N.Key`/`Tag.N.Value` parameters decode (either case of `key`). */
export interface TagParam {
  Key?: string;
  Value?: string;
  key?: string;
  value?: string;
}

/** Max tags on one resource. */
export const MAX_TAGS = 20;

/** Normalises `Tag.N` parameters to [key, value] pairs, checking key rules and duplicates. */
export function parseTags(tags: unknown): [string, string][] {
  if (!Array.isArray(tags)) return [];
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const t of tags as TagParam[]) {
    if (!t) continue;
    const key = t.Key ?? t.key;
    const value = t.Value ?? t.value ?? "";
    if (key === undefined || key === "") {
      if (value !== "") fail("InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid.");
      continue;
    }
    if (key.length > 128 || /^(aliyun|acs:)/i.test(key) || /^https?:\/\//.test(key)) {
      fail("InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid.");
    }
    if (String(value).length > 128 || /^https?:\/\//.test(String(value))) {
      fail("InvalidTagValue.Malformed", "The specified Tag.n.Value is not valid.");
    }
    if (seen.has(key)) fail("Duplicate.TagKey", "The Tag.N.Key contain duplicate key.");
    seen.add(key);
    out.push([key, String(value)]);
  }
  if (out.length > MAX_TAGS) fail("InvalidTagCount", "The specified tags are beyond the permitted range.");
  return out;
}

/** Adds tags to a record (replacing values of existing keys), enforcing the per-resource limit. */
export function applyTags(target: Record<string, string>, tags: [string, string][]): void {
  const merged = { ...target };
  for (const [k, v] of tags) merged[k] = v;
  if (Object.keys(merged).length > MAX_TAGS) {
    fail("OperationDenied.QuotaExceed", "The quota of tags on resource is beyond permitted range.");
  }
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, merged);
}

/** Whether a resource's tags contain every filter tag (an empty filter value matches any value). */
export function matchesTags(tags: Record<string, string>, filter: [string, string][]): boolean {
  return filter.every(([k, v]) => k in tags && (v === "" || tags[k] === v));
}

/** `{Tags: {Tag: [{TagKey, TagValue}]}}` as ECS answers. */
export function ecsTags(tags: Record<string, string>): { Tag: { TagKey: string; TagValue: string }[] } {
  return { Tag: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) };
}

/** `{Tags: {Tag: [{Key, Value}]}}` as VPC answers. */
export function vpcTags(tags: Record<string, string>): { Tag: { Key: string; Value: string }[] } {
  return { Tag: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
}
