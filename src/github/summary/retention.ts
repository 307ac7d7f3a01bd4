/**
 * The retention section of the job summary (`keep-images`): what was deleted (image, region,
 * build, created, snapshots), what was kept although older, and why (in use, shared), what could
 * not be deleted; the newest images kept are counted, not listed.
 */
import type { PruneBuildsResult, PrunedImage } from "../../engine/prune.js";
import { type Limits, withinBudget } from "./budget.js";
import { code, md, table } from "./markdown.js";
import { clip, plural } from "./text.js";

type Row = PrunedImage;

const snapshotsCell = (i: Row) =>
  i.snapshots.length === 0
    ? "—"
    : i.snapshots
        .map(
          (s) =>
            `${code(s.id, true)}${s.outcome === "deleted" ? "" : ` ${md(s.outcome.replace("-", " "))}`}${s.detail ? ` (${md(clip(s.detail, 200))})` : ""}`,
        )
        .join("<br>");

function renderRetention(r: PruneBuildsResult, l: Limits): string {
  const all = r.builds.flatMap((b) => b.images);
  const deleted = all.filter((i) => i.outcome === "deleted" || i.outcome === "would-delete");
  const held = all.filter((i) => i.outcome === "kept" && i.candidate);
  const failed = all.filter((i) => i.outcome === "failed");
  const kept = all.filter((i) => i.outcome === "kept" && !i.candidate);
  const errors = r.builds.filter((b) => b.error);
  const trouble = failed.length + errors.length > 0;
  const head = trouble
    ? "## ⚠️ Retention: some images could not be deleted"
    : deleted.length > 0
      ? `## 🗑️ Retention: ${plural(deleted.length, "older image")} deleted`
      : "## 🗂️ Retention: nothing to delete";
  const out = [
    head,
    `Template ${code(r.templateId)} · keep the newest ${r.keep} per build and region · ${plural(kept.length, "image")} kept (the newest, the checkpoints they descend from, this run's)${
      held.length > 0 ? ` · ${held.length} kept although older (see below)` : ""
    }`,
  ];
  const rows = (list: Row[], cells: (i: Row) => string[], width: number) => {
    const shown = list.slice(0, l.resources).map(cells);
    if (list.length > shown.length)
      shown.push(["…", md(`${list.length - shown.length} more`), ...Array(width - 2).fill("")]);
    return shown;
  };
  if (deleted.length > 0)
    out.push(
      `### 🗑️ Deleted (${deleted.length})`,
      table(
        ["Image", "Region", "Build", "Kind", "Created", "Snapshots"],
        rows(
          deleted,
          (i) => [
            code(i.imageId, true),
            code(i.region, true),
            md(i.build),
            i.kind,
            md(i.created ?? "—"),
            snapshotsCell(i),
          ],
          6,
        ),
      ),
    );
  if (held.length > 0)
    out.push(
      `### 📌 Kept although older (${held.length})`,
      table(
        ["Image", "Region", "Build", "Created", "Why"],
        rows(
          held,
          (i) => [
            code(i.imageId, true),
            code(i.region, true),
            md(i.build),
            md(i.created ?? "—"),
            md(i.reason ?? ""),
          ],
          5,
        ),
      ),
    );
  if (trouble)
    out.push(
      `### ❌ Could not delete (${failed.length + errors.length})`,
      table(
        ["Image", "Region", "Build", "Error"],
        [
          ...rows(
            failed,
            (i) => [
              code(i.imageId, true),
              code(i.region, true),
              md(i.build),
              md(clip(i.reason ?? "", l.errorChars)),
            ],
            4,
          ),
          ...errors.map((b) => [
            "—",
            md(b.regions.join(", ")),
            md(b.build),
            md(clip(b.error ?? "", l.errorChars)),
          ]),
        ],
      ),
    );
  return `${out.join("\n\n")}\n`;
}

/** The retention section (markdown), within the summary's size budget. */
export function renderRetentionSummary(r: PruneBuildsResult): string {
  return withinBudget((l) => renderRetention(r, l));
}
