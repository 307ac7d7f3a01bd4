/** A build's steps as a text bar chart: the slowest steps, the skipped ones, then the cleanups. */
import type { BuildResult } from "../../engine/build.js";
import type { StepRecord } from "../../pipeline/runner.js";
import type { Limits } from "./budget.js";
import { fenced } from "./markdown.js";
import { bar, duration, oneLine, padEnd, plural, truncateName } from "./text.js";

const STEP_MARK: Record<StepRecord["status"], string> = {
  succeeded: "✓",
  failed: "✗",
  cancelled: "⊘",
  skipped: "↷",
  "not-run": "·",
};

/**
 * A cleanup worth showing: one of a step that did something (a step that was skipped has nothing to
 * clean up), or one that failed or was skipped (on-error=abort).
 */
export function activeCleanup(s: StepRecord): boolean {
  return (
    !!s.cleanup && (s.cleanup.status !== "succeeded" || (s.status !== "skipped" && s.status !== "not-run"))
  );
}

/** Names, at most `max`, then how many more. */
export function nameList(names: string[], max: number): string {
  const shown = names.slice(0, max).map((n) => truncateName(n, 40));
  return shown.join(", ") + (names.length > shown.length ? `, … ${names.length - shown.length} more` : "");
}

/**
 * The steps as a text bar chart (the slowest `l.steps` and the failed one when there are more), the
 * skipped and not-run steps on one line each, then the cleanups that did something.
 */
export function timeline(b: BuildResult, l: Limits): string {
  const ran = b.steps.filter((s) => s.status !== "not-run" && s.status !== "skipped");
  const skipped = b.steps.filter((s) => s.status === "skipped").map((s) => s.name);
  const notRun = b.steps.filter((s) => s.status === "not-run").map((s) => s.name);
  const keep = new Set(
    [...ran]
      .sort((x, y) => y.durationMs - x.durationMs)
      .slice(0, l.steps)
      .concat(ran.filter((s) => s.status === "failed" || s.status === "cancelled")),
  );
  const cleanups = b.steps
    .filter((s) => s.status !== "not-run" && activeCleanup(s) && s.cleanup!.status !== "skipped")
    .reverse();
  const shownCleanups = new Set(
    [...cleanups].sort((x, y) => y.cleanup!.durationMs - x.cleanup!.durationMs).slice(0, l.steps),
  );
  const max = Math.max(0, ...ran.map((s) => s.durationMs), ...cleanups.map((s) => s.cleanup!.durationMs));
  const width = Math.min(
    28,
    Math.max(12, ...[...keep, ...shownCleanups].map((s) => [...oneLine(s.name)].length)),
  );
  const line = (mark: string, name: string, ms: number) =>
    `${mark} ${padEnd(truncateName(name, width), width)} ${duration(ms).padStart(8)}  ${bar(ms, max, 24)}`.trimEnd();
  const out: string[] = [];
  let hidden = 0;
  let hiddenMs = 0;
  for (const s of ran) {
    if (keep.has(s)) out.push(line(STEP_MARK[s.status], s.name, s.durationMs));
    else {
      hidden++;
      hiddenMs += s.durationMs;
    }
  }
  if (hidden > 0) out.push(`  … ${plural(hidden, "faster step")} not shown (${duration(hiddenMs)} in all)`);
  if (skipped.length > 0) out.push(`${STEP_MARK.skipped} skipped: ${nameList(skipped, l.steps)}`);
  if (notRun.length > 0) out.push(`${STEP_MARK["not-run"]} not run: ${nameList(notRun, l.steps)}`);
  if (cleanups.length > 0) {
    out.push("", "cleanup, in reverse order");
    for (const s of cleanups)
      if (shownCleanups.has(s))
        out.push(line(s.cleanup!.status === "failed" ? "✗" : "✓", s.name, s.cleanup!.durationMs));
    const hiddenC = cleanups.length - shownCleanups.size;
    if (hiddenC > 0) out.push(`  … ${plural(hiddenC, "faster cleanup")} not shown`);
  }
  out.push("", `  ${padEnd("total", width)} ${duration(b.durationMs).padStart(8)}`);
  return fenced("text", out.join("\n"));
}

/** The timeline's one-line title: how many steps, the total time and the three slowest. */
export function timelineSummary(b: BuildResult): string {
  const ran = b.steps.filter((s) => s.status !== "not-run" && s.status !== "skipped");
  const slowest = [...ran]
    .sort((x, y) => y.durationMs - x.durationMs)
    .slice(0, 3)
    .map((s) => `${truncateName(s.name, 40)} ${duration(s.durationMs)}`);
  return `⏱️ Timeline: ${plural(ran.length, "step")} in ${duration(b.durationMs)}${
    slowest.length > 0 ? ` · slowest: ${slowest.join(", ")}` : ""
  }`;
}
