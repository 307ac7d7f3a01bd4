/**
 * What failed in a build, what was cleaned up, and what is left behind (with who deletes it: the
 * post step, or the user after on-error=abort).
 */
import { RUN_TAG } from "../../cloud/tags.js";
import type { BuildResult } from "../../engine/build.js";
import type { LedgerEntry } from "../../pipeline/ledger.js";
import type { Limits } from "./budget.js";
import { deleteCommands } from "./delete-commands.js";
import { code, details, fenced, md, pre, table } from "./markdown.js";
import { clip, duration, errorText, plural } from "./text.js";
import { activeCleanup, nameList } from "./timeline.js";
import { verdict } from "./verdict.js";

/** What failed, what was cleaned up and what is left (failed or cancelled builds, or any leftover). */
export function failureSection(b: BuildResult, runId: string, cancelled: boolean, l: Limits): string {
  const out: string[] = [];
  const v = verdict(b);
  if (v === "failed" || v === "cancelled") {
    const where = b.failedStep ? ` ${v === "failed" ? "at" : "during"} step ${code(b.failedStep)}` : "";
    out.push(
      v === "failed"
        ? `**❌ Failed${where}** after ${duration(b.durationMs)}:`
        : `**🛑 Cancelled${where}** after ${duration(b.durationMs)}.`,
    );
    const text = errorText(b.error);
    if (text && !(v === "cancelled" && /^(This operation was aborted|cancelled|AbortError)$/i.test(text)))
      out.push(pre(clip(text, l.errorChars)));
    const cleaned = b.steps
      .filter((s) => s.status !== "not-run" && activeCleanup(s))
      .reverse()
      .map((s) => ({ name: s.name, c: s.cleanup! }));
    if (cleaned.length > 0) {
      const failed = cleaned.filter((x) => x.c.status === "failed").length;
      const skipped = cleaned.filter((x) => x.c.status === "skipped").length;
      const title =
        skipped === cleaned.length
          ? `⏸️ Cleanup skipped (on-error=abort): ${nameList(
              cleaned.map((x) => x.name),
              8,
            )}`
          : `🧹 Cleaned up, in reverse order: ${nameList(
              cleaned.filter((x) => x.c.status === "succeeded").map((x) => x.name),
              8,
            )}${failed > 0 ? ` · ${failed} failed` : ""}`;
      const rows = cleaned
        .slice(0, l.resources)
        .map((x) => [
          code(x.name, true),
          x.c.status === "succeeded" ? "✓ done" : x.c.status === "failed" ? "✗ failed" : "↷ skipped",
          duration(x.c.durationMs),
          x.c.error ? md(clip(errorText(x.c.error), Math.min(300, l.errorChars))) : "",
        ]);
      if (cleaned.length > rows.length) rows.push(["…", md(`${cleaned.length - rows.length} more`), "", ""]);
      out.push(
        details(title, table(["Step", "Cleanup", "Time", "Error"], rows, ["l", "l", "r", "l"]), failed > 0),
      );
    } else if (b.steps.some((s) => s.status !== "not-run")) {
      out.push("Nothing needed cleaning up.");
    }
  }
  if (b.cleanupErrors.length > 0 && v !== "failed" && v !== "cancelled") {
    out.push(`**⚠️ ${plural(b.cleanupErrors.length, "cleanup")} failed** although the build succeeded:`);
  }
  if (b.cleanupErrors.length > 0) {
    const items = b.cleanupErrors
      .slice(0, l.resources)
      .map((e) => `- ${code(e.step)}: ${md(clip(errorText(e.error), Math.min(500, l.errorChars)))}`);
    if (b.cleanupErrors.length > items.length)
      items.push(`- … ${b.cleanupErrors.length - items.length} more`);
    out.push(`Cleanup errors:\n\n${items.join("\n")}`);
  }
  const aborted = !cancelled && b.steps.some((s) => s.cleanup?.status === "skipped");
  if (b.leftBehind.length > 0) out.push(leftBehindSection(b.leftBehind, runId, aborted, l));
  else if (v === "failed" || v === "cancelled")
    out.push("**Nothing was left behind:** every temporary resource the build created was deleted.");
  return out.join("\n\n");
}

/**
 * What a build left: a table, and who deletes it. The post step sweeps it, unless the run ended with
 * on-error=abort (not cancelled): then it is kept on purpose, with the commands to delete it when done.
 */
function leftBehindSection(left: LedgerEntry[], runId: string, keptOnPurpose: boolean, l: Limits): string {
  const rows = left
    .slice(0, l.resources)
    .map((e) => [md(e.type), code(e.id, true), code(e.region, true), e.createdBy ? md(e.createdBy) : "—"]);
  if (left.length > rows.length) rows.push(["…", md(`${left.length - rows.length} more`), "", ""]);
  const tag = code(`${RUN_TAG}=${runId}`);
  const out = [
    `**⚠️ Left behind: ${plural(left.length, "resource")}**`,
    table(["Type", "ID", "Region", "Created by"], rows),
  ];
  if (keptOnPurpose) {
    out.push(
      `Kept on purpose (\`on-error: abort\`) so that you can inspect them: the post step leaves them. ` +
        `Delete them when you are done; they carry the tag ${tag}.`,
    );
    const commands = deleteCommands(left.slice(0, l.resources));
    if (commands.length > 0) out.push(details("Commands to delete them", fenced("sh", commands.join("\n"))));
  } else {
    out.push(
      `The action's post step deletes these when the job ends: it reads the list this step saved and also ` +
        `searches for resources tagged ${tag}. If the post step does not run ` +
        `(a force-cancelled job), delete them in the console or with the \`aliyun\` CLI.`,
    );
  }
  return out.join("\n\n");
}
