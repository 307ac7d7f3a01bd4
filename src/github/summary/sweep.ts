/** The post step's job summary: what its sweep deleted, found already gone, kept or failed to delete. */
import { RUN_TAG } from "../../cloud/tags.js";
import { type Limits, withinBudget } from "./budget.js";
import { deleteCommands } from "./delete-commands.js";
import { code, fenced, md, table } from "./markdown.js";
import { clip, duration, oneLine, plural } from "./text.js";
import type { SweepSummaryInput, SweptResource } from "./types.js";

const SWEEP_GROUPS: { outcome: SweptResource["outcome"]; title: string }[] = [
  { outcome: "failed", title: "❌ Could not delete" },
  { outcome: "deleted", title: "🗑️ Deleted" },
  { outcome: "already-gone", title: "👻 Already gone" },
  { outcome: "kept", title: "📌 Kept" },
];

function renderSweep(input: SweepSummaryInput, l: Limits): string {
  const { resources } = input;
  const took = duration(input.durationMs);
  const where = input.regions.length > 0 ? ` in ${input.regions.map((r) => code(r)).join(", ")}` : "";
  const scope = `Run ${code(input.runId)} · searched${where} by the saved ledger and the ${code(RUN_TAG)} tag · ${took}`;
  if (resources.length === 0) return `## ✨ image-build cleanup: nothing was left behind\n\n${scope}\n`;
  const count = (o: SweptResource["outcome"]) => resources.filter((r) => r.outcome === o).length;
  const failed = count("failed");
  const head =
    failed > 0
      ? `## ⚠️ image-build cleanup: ${plural(failed, "resource")} could not be deleted`
      : `## 🧹 image-build cleanup: ${plural(resources.length, "resource")} swept`;
  const tally = SWEEP_GROUPS.filter((g) => count(g.outcome) > 0)
    .map(
      (g) =>
        `${g.title.split(" ")[0]} ${count(g.outcome)} ${g.title.slice(g.title.indexOf(" ") + 1).toLowerCase()}`,
    )
    .join(" · ");
  const out = [head, scope, tally];
  for (const g of SWEEP_GROUPS) {
    const list = resources.filter((r) => r.outcome === g.outcome);
    if (list.length === 0) continue;
    const withDetail = list.some((r) => r.detail);
    const rows = list
      .slice(0, l.resources)
      .map((r) => [
        md(r.type),
        code(r.id, true),
        code(r.region, true),
        r.foundBy === "ledger" ? "ledger" : "tag",
        ...(withDetail ? [r.detail ? md(clip(r.detail, Math.min(500, l.errorChars))) : "—"] : []),
      ]);
    if (list.length > rows.length)
      rows.push(["…", md(`${list.length - rows.length} more`), "", "", ...(withDetail ? [""] : [])]);
    out.push(
      `### ${g.title} (${list.length})`,
      table(
        [
          "Type",
          "ID",
          "Region",
          "Found by",
          ...(withDetail ? [g.outcome === "kept" ? "Why" : "Detail"] : []),
        ],
        rows,
      ),
    );
  }
  const failures = resources.filter((r) => r.outcome === "failed");
  if (failures.length > 0) {
    const commands = deleteCommands(failures.slice(0, l.resources));
    out.push(
      "These still exist and may cost money. Delete them in the console" +
        (commands.length > 0 ? ", or with the `aliyun` CLI:" : "."),
    );
    if (commands.length > 0) out.push(fenced("sh", commands.map(oneLine).join("\n")));
  }
  return `${out.join("\n\n")}\n`;
}

/**
 * The post step's job summary: what the sweep deleted, found already gone, kept or failed to
 * delete, grouped with counts (and the commands to finish the job by hand); one happy line when
 * nothing was left.
 */
export function renderSweepSummary(input: SweepSummaryInput): string {
  return withinBudget((l) => renderSweep(input, l));
}
