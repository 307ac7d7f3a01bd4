/** The leak check: which resources a run left behind. */
import { SYSTEM_OWNER } from "./images.js";
import type { AnyResource, ImageRecord, ResourceKind, SnapshotRecord } from "./resources.js";
import type { State } from "./state.js";

/**
 * What to look for: resources carrying `tag` (or all of `tags`), or created at or after `since`
 * (either matches).
 */
export interface LeakFilter {
  tag?: { key: string; value: string };
  /** The wire layer's form: every one of these tags. */
  tags?: Record<string, string>;
  /** Epoch ms, or an ISO time. */
  since?: number | string;
  accountId?: string;
  /** Leave out images and the snapshots behind them (the product of a successful build). */
  ignoreImages?: boolean;
}

/** One leaked resource. */
export interface LeakedResource {
  kind: ResourceKind;
  id: string;
  regionId: string;
  accountId: string;
  status: string;
  name?: string;
  createdAt: number;
  tags: Record<string, string>;
}

/**
 * Resources still existing that match the filter. With neither `tag` nor `since`, every resource
 * (except the public image catalogue) counts.
 */
export function leakCheck(st: State, filter: LeakFilter = {}): LeakedResource[] {
  const imageSnapshots = new Set<string>();
  for (const im of st.store<ImageRecord>("image").values()) {
    for (const m of im.mappings) if (m.snapshotId) imageSnapshots.add(m.snapshotId);
  }
  const want: [string, string][] = Object.entries(filter.tags ?? {});
  if (filter.tag) want.push([filter.tag.key, filter.tag.value]);
  const since = typeof filter.since === "string" ? Date.parse(filter.since) : filter.since;
  const out: LeakedResource[] = [];
  for (const [kind, store] of st.stores) {
    for (const r of store.values() as Iterable<AnyResource>) {
      if (r.accountId === SYSTEM_OWNER) continue;
      if (filter.accountId !== undefined && r.accountId !== filter.accountId) continue;
      if (filter.ignoreImages) {
        if (kind === "image") continue;
        if (kind === "snapshot" && (imageSnapshots.has(r.id) || (r as SnapshotRecord).imageId)) continue;
      }
      const byTag = want.length > 0 && want.every(([k, v]) => r.tags[k] === v);
      const byTime = since !== undefined && !Number.isNaN(since) && r.createdAt >= since;
      if ((want.length > 0 || since !== undefined) && !byTag && !byTime) continue;
      out.push({
        kind,
        id: r.id,
        regionId: r.regionId,
        accountId: r.accountId,
        status: r.status,
        name: "name" in r ? r.name : undefined,
        createdAt: r.createdAt,
        tags: { ...r.tags },
      });
    }
  }
  return out;
}
