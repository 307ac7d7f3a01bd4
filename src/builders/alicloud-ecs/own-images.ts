/**
 * The account's own images in one region, as DescribeImages lists them: by tags, ids, name,
 * snapshot and status (`ImageOwnerAlias=self`), every page. Reuse, the sweep, the image steps and
 * prune read images through this one function.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import type { Cloud } from "../../cloud/cloud.js";
import { ALL_IMAGE_STATUSES, type Image } from "../../cloud/describe.js";

/** What to list (every filter optional; together they narrow). */
export interface OwnImagesQuery {
  /** Images carrying every one of these tags (at most 20, as the API allows). */
  tags?: Record<string, string>;
  /** Only these image ids. */
  ids?: string[];
  /** Images named exactly this. */
  name?: string;
  /** Images whose disk mappings name this snapshot. */
  snapshotId?: string;
  /** Comma-separated statuses; default every status. */
  status?: string;
  /** At most this many (the newest first, as the API sorts); default all. */
  limit?: number;
  signal?: AbortSignal;
}

/** DescribeImages' largest page. */
const PAGE_SIZE = 100;
/** A bound on pages, so that a misbehaving endpoint cannot make a lookup run forever. */
const MAX_PAGES = 1000;

/** The tag pairs of an image, as a record. */
export function tagsOf(image: Image): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of image.tags?.tag ?? []) if (t.tagKey) out[t.tagKey] = t.tagValue ?? "";
  return out;
}

/** What the query is about, for error messages. */
function describeQuery(q: OwnImagesQuery): string {
  if (q.ids?.length) return `image ${q.ids.join(",")}`;
  if (q.name !== undefined) return `image name ${q.name}`;
  if (q.snapshotId) return `snapshot ${q.snapshotId}`;
  const tags = Object.entries(q.tags ?? {});
  if (tags.length) return `images tagged ${tags.map(([k, v]) => `${k}=${v}`).join(",")}`;
  return "own images";
}

/** The own images matching `q` in the cloud's region (all pages; newest first). */
export async function listOwnImages(cloud: Cloud, q: OwnImagesQuery = {}): Promise<Image[]> {
  if (q.ids && q.ids.length === 0) return [];
  const out: Image[] = [];
  const seen = new Set<string>();
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  const size = Math.min(PAGE_SIZE, Math.max(1, Number.isFinite(limit) ? limit : PAGE_SIZE));
  const tags = Object.entries(q.tags ?? {}).map(
    ([key, value]) => new $Ecs.DescribeImagesRequestTag({ key, value }),
  );
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await cloud.ecs(
      "DescribeImages",
      (e) =>
        e.describeImages(
          new $Ecs.DescribeImagesRequest({
            regionId: cloud.region,
            imageOwnerAlias: "self",
            status: q.status ?? ALL_IMAGE_STATUSES,
            ...(q.ids ? { imageId: q.ids.join(",") } : {}),
            ...(q.name !== undefined ? { imageName: q.name } : {}),
            ...(q.snapshotId ? { snapshotId: q.snapshotId } : {}),
            ...(tags.length ? { tag: tags } : {}),
            pageNumber: page,
            pageSize: size,
          }),
        ),
      { resource: describeQuery(q), signal: q.signal },
    );
    const items = r.body?.images?.image ?? [];
    for (const im of items) {
      if (!im.imageId || seen.has(im.imageId)) continue;
      // DescribeImages matches a name by prefix and the owner loosely: keep the exact ones.
      if (q.name !== undefined && im.imageName !== q.name) continue;
      if ((im.imageOwnerAlias ?? "self") !== "self") continue;
      seen.add(im.imageId);
      out.push(im);
      if (out.length >= limit) return out;
    }
    const total = r.body?.totalCount ?? 0;
    if (items.length < size || page * size >= total) break;
  }
  return out;
}
