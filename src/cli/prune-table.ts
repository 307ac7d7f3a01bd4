/** The plan or result of `image-build prune` as a plain-text table, one row per image looked at. */
import type { PruneBuildsResult } from "../engine/prune.js";

const OUTCOME: Record<string, string> = {
  deleted: "deleted",
  "would-delete": "would delete",
  kept: "kept",
  failed: "FAILED",
};

/** Columns padded to their widest cell, two spaces apart. */
function columns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** What happened to an image's snapshots, or why it was kept or failed. */
function detail(i: PruneBuildsResult["builds"][number]["images"][number]): string {
  if (i.outcome === "kept" || i.outcome === "failed") return i.reason ?? "";
  if (i.snapshots.length === 0) return "no snapshots";
  return `snapshots: ${i.snapshots
    .map(
      (s) =>
        `${s.id} ${OUTCOME[s.outcome] ?? s.outcome.replace("-", " ")}${s.detail ? ` (${s.detail})` : ""}`,
    )
    .join(", ")}`;
}

/** The table and a closing count. */
export function pruneTable(r: PruneBuildsResult): string {
  const head = ["BUILD", "REGION", "IMAGE", "KIND", "CREATED", "ACTION", "DETAIL"];
  const rows: string[][] = [];
  for (const b of r.builds) {
    for (const i of b.images)
      rows.push([
        b.build,
        i.region,
        i.imageId,
        i.kind,
        i.created ?? "-",
        OUTCOME[i.outcome] ?? i.outcome,
        detail(i),
      ]);
    if (b.error) rows.push([b.build, b.regions.join(","), "-", "-", "-", "FAILED", b.error]);
  }
  const images = r.builds.flatMap((b) => b.images);
  const n = (o: string) => images.filter((i) => i.outcome === o).length;
  const snaps = (o: string) => images.flatMap((i) => i.snapshots).filter((s) => s.outcome === o).length;
  const counts = r.dryRun
    ? `${n("would-delete")} image(s) and ${snaps("would-delete")} snapshot(s) would be deleted, ${n("kept")} image(s) kept (dry run: nothing was deleted)`
    : `${n("deleted")} image(s) and ${snaps("deleted")} snapshot(s) deleted, ${n("kept")} image(s) kept${
        n("failed") + snaps("failed") > 0 ? `, ${n("failed") + snaps("failed")} failed` : ""
      }`;
  if (rows.length === 0) return `No images of template ${r.templateId} found.\n${counts}\n`;
  return `${columns([head, ...rows])}\n\n${counts}\n`;
}
