/**
 * The action's job summaries, as pure functions from results to GitHub-flavoured Markdown (what
 * `core.summary.addRaw` takes): `renderBuildSummary` for the main step (images, timeline,
 * provisioners, API calls, Terraform, failures) and `renderSweepSummary` for the post step's sweep.
 *
 * Everything that comes from templates, the cloud or errors is escaped (table pipes, HTML, Markdown
 * markup, backticks). Every list is capped and the whole summary is rendered again with tighter caps
 * until it fits in {@link BUDGET_BYTES}, so it stays far below GitHub's 1 MiB per step whatever the input.
 */
import type { ActionStats } from "../cloud/accounting.js";
import { RUN_TAG } from "../cloud/tags.js";
import type { BuildResult } from "../engine/build.js";
import { FINGERPRINT_TAG } from "../engine/reuse.js";
import type { LedgerEntry } from "../pipeline/ledger.js";
import type { StepRecord } from "../pipeline/runner.js";
import type { BuildSummaryInput, RunContext, SweepSummaryInput, SweptResource } from "./summary-types.js";

/** The most a summary may take (UTF-8 bytes); GitHub refuses a step summary above 1 MiB. */
const BUDGET_BYTES = 100 * 1024;

// ---------------------------------------------------------------------------------------------
// Markdown and HTML primitives

/** Plain text for a paragraph, heading or table cell: no markup, no HTML, no line break. */
function md(s: string, max = 600): string {
  return oneLine(clip(s, max))
    .replace(/[\\`*_[\]~|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Text inside an HTML element whose content is not Markdown (`<pre>`, `<summary>`). */
function html(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, " ");
}

/** A code span; `cell` escapes `|` (a table cell ends at an unescaped pipe, even in a code span). */
function code(s: string | undefined, cell = false, max = 300): string {
  if (!s) return "—";
  let t = oneLine(clip(s, max));
  if (cell) t = t.replace(/\|/g, "\\|");
  const ticks = "`".repeat(longestRun(t, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A fenced code block whose fence no line of `body` can close. */
function fenced(lang: string, body: string): string {
  const ticks = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

/** Preformatted text (error messages): HTML-escaped, so nothing in it is markup. */
function pre(s: string): string {
  return `<pre>${html(s)}</pre>`;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** A Markdown table; cells must already be escaped (md, code(…, true)). */
function table(head: string[], rows: string[][], align: ("l" | "r")[] = []): string {
  const sep = head.map((_, i) => (align[i] === "r" ? "--:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** A collapsible section; `summary` is plain text. */
function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${html(oneLine(summary))}</summary>\n\n${body}\n\n</details>`;
}

/** A link when `url` is http(s), else the text alone. */
function link(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return md(text);
  const safe = url.replace(
    /[()<>"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `[${md(text)}](${safe})`;
}

/** At most `max` characters (never splitting a surrogate pair), saying how much was cut. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** The text of an error (`Error.message`; strings as they are; other values as JSON). */
function errorText(err: unknown): string {
  if (err === undefined || err === null) return "";
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** `450 ms`, `12.3 s`, `2m 03s`, `1h 02m`. */
function duration(ms: number): string {
  const v = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (v < 1000) return `${Math.round(v)} ms`;
  if (v < 59_950) return `${(v / 1000).toFixed(1)} s`;
  const s = Math.round(v / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar of `value / max` of `width` cells, in eighths of a cell. */
function bar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0)) return "";
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function padEnd(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + " ".repeat(n - len);
}

function truncateName(s: string, n: number): string {
  const chars = [...oneLine(s)];
  return chars.length <= n ? chars.join("") : `${chars.slice(0, n - 1).join("")}…`;
}

// ---------------------------------------------------------------------------------------------
// Caps

/** How much of each list a rendering shows. */
interface Limits {
  /** Rows of the images table. */
  tableRows: number;
  /** Builds with a section of their own. */
  detailBuilds: number;
  steps: number;
  /** Rows of the API calls table (0: totals only). */
  actions: number;
  provisioners: number;
  /** Rows of left-behind resources, cleanup errors, sweep groups. */
  resources: number;
  errorChars: number;
  /** Builds in the Terraform snippet. */
  terraformBuilds: number;
  /** Regions per build in the Terraform snippet. */
  terraformRegions: number;
}

/** From generous to terse: the first rendering that fits the budget is used. */
const LEVELS: Limits[] = [
  {
    tableRows: 200,
    detailBuilds: 30,
    steps: 60,
    actions: 60,
    provisioners: 50,
    resources: 50,
    errorChars: 4000,
    terraformBuilds: 30,
    terraformRegions: 30,
  },
  {
    tableRows: 120,
    detailBuilds: 20,
    steps: 30,
    actions: 20,
    provisioners: 20,
    resources: 20,
    errorChars: 1500,
    terraformBuilds: 20,
    terraformRegions: 20,
  },
  {
    tableRows: 80,
    detailBuilds: 20,
    steps: 15,
    actions: 8,
    provisioners: 10,
    resources: 10,
    errorChars: 600,
    terraformBuilds: 20,
    terraformRegions: 10,
  },
  {
    tableRows: 50,
    detailBuilds: 10,
    steps: 8,
    actions: 0,
    provisioners: 5,
    resources: 5,
    errorChars: 300,
    terraformBuilds: 10,
    terraformRegions: 5,
  },
];

/** The first rendering that fits the budget; the last one cut at a line boundary otherwise. */
function withinBudget(render: (l: Limits) => string): string {
  let out = "";
  for (const limits of LEVELS) {
    out = render(limits);
    if (bytes(out) <= BUDGET_BYTES) return out;
  }
  const note =
    "\n\n> [!NOTE]\n> The rest of this summary was cut to stay within the job summary size limit.\n";
  const buf = Buffer.from(out, "utf8").subarray(0, BUDGET_BYTES - bytes(note) - 16);
  const text = buf.toString("utf8").replace(/\uFFFD$/, "");
  return text.slice(0, Math.max(0, text.lastIndexOf("\n"))) + note;
}

// ---------------------------------------------------------------------------------------------
// The build summary

/** A provisioner outcome; `name` and `exitCode` are shown when the provisioner reports them. */
type Provisioner = BuildResult["provisioners"][number] & { name?: string; exitCode?: number };

type Verdict = "built" | "reused" | "failed" | "cancelled" | "post-failed" | "no-image";

function verdict(b: BuildResult): Verdict {
  if (b.status === "failed") return "failed";
  if (b.status === "cancelled") return "cancelled";
  if (b.postProcessors.some((p) => p.status === "failed")) return "post-failed";
  if (b.reused) return "reused";
  return Object.keys(b.images).length > 0 ? "built" : "no-image";
}

const BADGE: Record<Verdict, string> = {
  built: "✅ built",
  reused: "♻️ reused",
  failed: "❌ failed",
  cancelled: "🛑 cancelled",
  "post-failed": "⚠️ post-processor failed",
  "no-image": "✅ no image",
};

const ICON: Record<Verdict, string> = {
  built: "✅",
  reused: "♻️",
  failed: "❌",
  cancelled: "🛑",
  "post-failed": "⚠️",
  "no-image": "✅",
};

/** Source region first, then the copies by name. */
function regionsOf(b: BuildResult): [string, string][] {
  return Object.entries(b.images).sort(([a], [c]) =>
    a === b.region ? -1 : c === b.region ? 1 : a.localeCompare(c),
  );
}

function callTotals(calls: ActionStats[]) {
  const t = { calls: 0, attempts: 0, retries: 0, failures: 0, errors: 0, latencyMs: 0 };
  for (const c of calls) {
    t.calls += c.calls;
    t.attempts += c.attempts;
    t.retries += c.retries;
    t.failures += c.failures;
    t.latencyMs += c.totalLatencyMs;
    for (const n of Object.values(c.errors)) t.errors += n;
  }
  return t;
}

function headline(input: BuildSummaryInput): string {
  const { builds, durationMs } = input.result;
  const n = builds.length;
  const took = duration(durationMs);
  const verdicts = builds.map(verdict);
  const reused = verdicts.filter((v) => v === "reused").length;
  const done = verdicts.filter((v) => v === "built" || v === "reused" || v === "no-image").length;
  const bad = n - done;
  if (n === 0) return `## ⚠️ image-build: no build ran (${took})`;
  if (input.cancelled || verdicts.includes("cancelled"))
    return `## 🛑 image-build: cancelled after ${took} · ${done} of ${plural(n, "build")} finished`;
  if (bad > 0 || !input.result.ok)
    return `## ❌ image-build: ${bad} of ${plural(n, "build")} failed · ${took}`;
  const reuse = reused === n ? " · all reused" : reused > 0 ? ` · ${reused} reused` : "";
  return `## ✅ image-build: ${n === 1 ? "1 build" : `${n} builds`} succeeded in ${took}${reuse}`;
}

function metaLine(input: BuildSummaryInput): string {
  const { result, run } = input;
  const imageCount = result.builds.reduce((s, b) => s + Object.keys(b.images).length, 0);
  const regions = new Set(result.builds.flatMap((b) => Object.keys(b.images)));
  const calls = callTotals(result.builds.flatMap((b) => b.calls));
  const first = [
    imageCount > 0
      ? `**${plural(imageCount, "image")}** in ${plural(regions.size, "region")}`
      : "**no image**",
    `${plural(calls.calls, "API call")}`,
    `template ${code(input.templatePath)}`,
  ];
  if (input.manifestPath) first.push(`manifest ${code(input.manifestPath)}`);
  const second = runLine(run);
  return second ? `${first.join(" · ")}  \n${second}` : first.join(" · ");
}

function runLine(run: RunContext | undefined): string {
  if (!run) return "";
  const parts: string[] = [];
  if (run.runId || run.runUrl) {
    const label = `${run.workflow ? `${run.workflow} ` : ""}run${run.runId ? ` ${run.runId}` : ""}${
      run.runAttempt && run.runAttempt !== "1" ? ` (attempt ${run.runAttempt})` : ""
    }`;
    parts.push(link(label, run.runUrl));
  } else if (run.workflow) parts.push(`workflow ${md(run.workflow)}`);
  if (run.repository) parts.push(code(run.repository));
  if (run.sha) parts.push(`commit ${code(run.sha.slice(0, 12))}`);
  if (run.ref) parts.push(code(run.ref));
  if (run.actor) parts.push(`by ${code(run.actor)}`);
  return parts.join(" · ");
}

/**
 * One row per image: the build's source region first, its copies under it. When that is more than
 * `l.tableRows` rows, a build's copies share one row (every build keeps its own), then builds are cut.
 */
function imagesTable(builds: BuildResult[], l: Limits): string {
  const perRegion = builds.reduce((n, b) => n + Math.max(1, Object.keys(b.images).length), 0) <= l.tableRows;
  const rows: string[][] = [];
  let shownBuilds = 0;
  for (const b of builds) {
    const regions = regionsOf(b);
    const [first, ...copies] = regions.length > 0 ? regions : [[b.region, ""] as [string, string]];
    const copyRows = copies.length === 0 ? 0 : perRegion ? copies.length : 1;
    if (rows.length + 1 + copyRows > l.tableRows && shownBuilds > 0) break;
    shownBuilds++;
    const v = verdict(b);
    rows.push([
      v === "failed" && b.failedStep ? `❌ failed at ${code(b.failedStep, true)}` : BADGE[v],
      `**${md(b.name)}**`,
      code(first[0], true),
      code(first[1], true),
      code(b.sourceImage, true),
      code(b.instanceType, true),
      code(b.zoneId, true),
      duration(b.durationMs),
    ]);
    if (perRegion)
      for (const [region, id] of copies)
        rows.push(["", "↳ copy", code(region, true), code(id, true), "", "", "", ""]);
    else if (copies.length > 0)
      rows.push([
        "",
        `↳ ${plural(copies.length, "copy", "copies")}`,
        md(clip(copies.map(([r]) => r).join(", "), 200)),
        "in the `image-ids` output",
        "",
        "",
        "",
        "",
      ]);
  }
  if (shownBuilds < builds.length)
    rows.push(["…", md(`${plural(builds.length - shownBuilds, "more build")}`), "", "", "", "", "", ""]);
  return table(
    ["Status", "Build", "Region", "Image ID", "Source image", "Instance type", "Zone", "Time"],
    rows,
    ["l", "l", "l", "l", "l", "l", "l", "r"],
  );
}

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
function activeCleanup(s: StepRecord): boolean {
  return (
    !!s.cleanup && (s.cleanup.status !== "succeeded" || (s.status !== "skipped" && s.status !== "not-run"))
  );
}

/** Names, at most `max`, then how many more. */
function nameList(names: string[], max: number): string {
  const shown = names.slice(0, max).map((n) => truncateName(n, 40));
  return shown.join(", ") + (names.length > shown.length ? `, … ${names.length - shown.length} more` : "");
}

/**
 * The steps as a text bar chart (the slowest `l.steps` and the failed one when there are more), the
 * skipped and not-run steps on one line each, then the cleanups that did something.
 */
function timeline(b: BuildResult, l: Limits): string {
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

function timelineSummary(b: BuildResult): string {
  const ran = b.steps.filter((s) => s.status !== "not-run" && s.status !== "skipped");
  const slowest = [...ran]
    .sort((x, y) => y.durationMs - x.durationMs)
    .slice(0, 3)
    .map((s) => `${truncateName(s.name, 40)} ${duration(s.durationMs)}`);
  return `⏱️ Timeline: ${plural(ran.length, "step")} in ${duration(b.durationMs)}${
    slowest.length > 0 ? ` · slowest: ${slowest.join(", ")}` : ""
  }`;
}

function provisionersTable(list: Provisioner[], l: Limits): string {
  const named = list.some((p) => p.name);
  const exits = list.some((p) => p.exitCode !== undefined);
  const head = [
    "#",
    "Provisioner",
    ...(named ? ["Name"] : []),
    "Result",
    "Time",
    ...(exits ? ["Exit code"] : []),
  ];
  const rows = list
    .slice(0, l.provisioners)
    .map((p, i) => [
      String(i + 1),
      code(p.type, true),
      ...(named ? [p.name ? md(p.name) : "—"] : []),
      p.status === "succeeded"
        ? "✓ succeeded"
        : `✗ failed${p.error ? `: ${md(clip(p.error, Math.min(300, l.errorChars)))}` : ""}`,
      duration(p.durationMs),
      ...(exits ? [p.exitCode === undefined ? "—" : code(String(p.exitCode), true)] : []),
    ]);
  if (list.length > rows.length)
    rows.push(["…", md(`${list.length - rows.length} more`), ...head.slice(2).map(() => "")]);
  const align = head.map((h) => (h === "Time" || h === "#" ? "r" : "l")) as ("l" | "r")[];
  return table(head, rows, align);
}

function postProcessorsTable(b: BuildResult, l: Limits): string {
  const named = b.postProcessors.some((p) => p.name && p.name !== p.type);
  const rows = b.postProcessors
    .slice(0, l.provisioners)
    .map((p) => [
      code(p.type, true),
      ...(named ? [p.name && p.name !== p.type ? md(p.name) : "—"] : []),
      p.status === "succeeded"
        ? "✓ succeeded"
        : `✗ failed${p.error ? `: ${md(clip(p.error, Math.min(300, l.errorChars)))}` : ""}`,
      duration(p.durationMs),
      p.output ? code(p.output, true) : "—",
    ]);
  if (b.postProcessors.length > rows.length)
    rows.push(["…", ...(named ? [""] : []), md(`${b.postProcessors.length - rows.length} more`), "", ""]);
  return table(["Post-processor", ...(named ? ["Name"] : []), "Result", "Time", "Wrote"], rows, [
    "l",
    ...(named ? ["l" as const] : []),
    "l",
    "r",
    "l",
  ]);
}

function callsSection(b: BuildResult, l: Limits): string {
  const t = callTotals(b.calls);
  const summary = `📡 API calls: ${plural(t.calls, "call")} (${plural(t.attempts, "request")}), ${plural(
    t.retries,
    "retry",
    "retries",
  )}, ${plural(t.failures, "failed call")} · ${duration(t.latencyMs)} waiting on the API`;
  if (l.actions === 0 || b.calls.length === 0) return `<sub>${html(summary)}</sub>`;
  const sorted = [...b.calls].sort((x, y) => y.calls - x.calls || x.action.localeCompare(y.action));
  const rows = sorted.slice(0, l.actions).map((c) => {
    const errs = Object.entries(c.errors)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 4)
      .map(([k, n]) => `${code(k, true)} ×${n}`)
      .join(", ");
    return [
      code(`${c.product} ${c.action}`.trim(), true),
      String(c.calls),
      String(c.retries),
      String(c.failures),
      errs || "—",
      duration(c.calls > 0 ? c.totalLatencyMs / Math.max(1, c.attempts) : 0),
      duration(c.maxLatencyMs),
    ];
  });
  if (sorted.length > rows.length) {
    const rest = sorted.slice(rows.length);
    const rt = callTotals(rest);
    rows.push([
      md(`… ${plural(rest.length, "more action")}`),
      String(rt.calls),
      String(rt.retries),
      String(rt.failures),
      "",
      "",
      "",
    ]);
  }
  rows.push([
    "**total**",
    `**${t.calls}**`,
    `**${t.retries}**`,
    `**${t.failures}**`,
    t.errors > 0 ? `${plural(t.errors, "error")}` : "—",
    "",
    "",
  ]);
  return details(
    summary,
    table(["Action", "Calls", "Retries", "Failed", "Errors", "Avg latency", "Max latency"], rows, [
      "l",
      "r",
      "r",
      "r",
      "l",
      "r",
      "r",
    ]),
  );
}

/** What failed, what was cleaned up and what is left (failed or cancelled builds, or any leftover). */
function failureSection(b: BuildResult, runId: string, cancelled: boolean, l: Limits): string {
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

function buildSection(b: BuildResult, runId: string, cancelled: boolean, l: Limits): string {
  const v = verdict(b);
  const out: string[] = [`### ${ICON[v]} ${md(b.name)}`];
  const regions = regionsOf(b);
  const facts: string[] = [];
  if (v === "reused" && regions.length > 0)
    facts.push(
      `Reused ${code(regions[0][1])}: an image with the same fingerprint already exists, so nothing was built`,
    );
  else if (regions.length > 0)
    facts.push(
      `Built ${code(regions[0][1])} in ${code(regions[0][0])}${
        regions.length > 1 ? ` and ${plural(regions.length - 1, "copy", "copies")}` : ""
      } in ${duration(b.durationMs)}`,
    );
  if (b.sourceImage) facts.push(`from ${code(b.sourceImage)}`);
  if (b.instanceId) facts.push(`builder instance ${code(b.instanceId)}`);
  if (b.fingerprint)
    facts.push(
      `fingerprint ${code(b.fingerprint.length > 24 ? `${b.fingerprint.slice(0, 24)}…` : b.fingerprint)}`,
    );
  if (facts.length > 0) out.push(`${facts.join(" · ")}.`);
  const failure = failureSection(b, runId, cancelled, l);
  if (failure) out.push(failure);
  if (b.provisioners.length > 0) out.push(`**Provisioners**\n\n${provisionersTable(b.provisioners, l)}`);
  if (b.postProcessors.length > 0) out.push(`**Post-processors**\n\n${postProcessorsTable(b, l)}`);
  if (b.steps.some((s) => s.status !== "not-run")) out.push(details(timelineSummary(b), timeline(b, l)));
  if (b.calls.length > 0) out.push(callsSection(b, l));
  return out.join("\n\n");
}

/** A valid HCL identifier from a build name and region. */
function ident(...parts: string[]): string {
  const s = parts
    .join("_")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^[^A-Za-z_]+/, "");
  return s || "image";
}

/** An HCL string literal. */
function hclString(s: string): string {
  return `"${s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{")}"`;
}

function terraformSection(input: BuildSummaryInput, l: Limits): string {
  const withImages = input.result.builds.filter(
    (b) => b.status === "succeeded" && Object.keys(b.images).length > 0,
  );
  if (withImages.length === 0) return "";
  const builds = withImages.slice(0, l.terraformBuilds);
  const url = input.run?.runUrl;
  const src = `${input.templatePath}${url && /^https?:\/\//i.test(url) ? `, ${url}` : ""}`;
  const locals: string[] = [
    "locals {",
    `  # Built by image-build from ${oneLine(clip(src, 300))}`,
    "  image_ids = {",
  ];
  const plain: string[] = [];
  const lookups: string[] = [];
  for (const b of builds) {
    const regions = regionsOf(b).slice(0, l.terraformRegions);
    const w = Math.max(...regions.map(([r]) => hclString(r).length));
    locals.push(`    ${hclString(b.name)} = {`);
    for (const [region, id] of regions) {
      locals.push(`      ${hclString(region).padEnd(w)} = ${hclString(id)}`);
      plain.push(`# ${oneLine(b.name)} in ${oneLine(region)}`, `image_id = ${hclString(id)}`);
    }
    locals.push("    }");
    if (b.fingerprint) {
      for (const [region] of regions) {
        const name = ident(b.name, ...(region === b.region ? [] : [region]));
        lookups.push(
          `data "alicloud_images" "${name}" {`,
          ...(region === b.region
            ? []
            : [`  provider    = alicloud.${ident(region)} # a provider for ${oneLine(region)}`]),
          `  owners      = "self"`,
          "  most_recent = true",
          "  tags = {",
          `    ${hclString(FINGERPRINT_TAG)} = ${hclString(b.fingerprint)}`,
          "  }",
          "}",
          `# image_id = data.alicloud_images.${name}.images[0].id`,
          "",
        );
      }
    }
  }
  locals.push("  }", "}");
  const first = builds[0];
  const [firstRegion] = regionsOf(first)[0];
  locals.push(`# image_id = local.image_ids[${hclString(first.name)}][${hclString(firstRegion)}]`);
  const out = [
    "### 🧩 Terraform",
    "The image IDs, by build and region:",
    fenced("hcl", locals.join("\n")),
    "Or pin one in a resource:",
    fenced("hcl", plain.join("\n")),
  ];
  if (lookups.length > 0) {
    out.push(
      details(
        "Or look the image up by its fingerprint tag: the image of these exact inputs (template, variables, files, source image), wherever it was built or reused",
        fenced("hcl", lookups.join("\n").trimEnd()),
      ),
    );
  }
  if (withImages.length > builds.length)
    out.push(
      md(`… ${plural(withImages.length - builds.length, "more build")}: see the action's image-ids output.`),
    );
  return out.join("\n\n");
}

function renderBuild(input: BuildSummaryInput, l: Limits): string {
  const { result } = input;
  const parts = [headline(input), metaLine(input)];
  if (result.builds.length > 0) parts.push(imagesTable(result.builds, l));
  const shown = result.builds.slice(0, l.detailBuilds);
  const cancelled = !!input.cancelled || result.builds.some((b) => b.status === "cancelled");
  for (const b of shown) parts.push(buildSection(b, result.runId, cancelled, l));
  if (result.builds.length > shown.length) {
    const rest = result.builds.slice(shown.length);
    parts.push(
      md(
        `… ${plural(rest.length, "more build")} without a section here (${rest.map((b) => b.name).join(", ")}); ` +
          "their images are in the table above and in the action's outputs.",
      ),
    );
  }
  const tf = terraformSection(input, l);
  if (tf) parts.push(tf);
  return `${parts.join("\n\n")}\n`;
}

/**
 * The main step's job summary: a headline with the overall status and duration, a table of every
 * build's images, then per build its failure (what failed, what was cleaned up, what is left),
 * provisioners, post-processors, a timeline of steps and its API calls, and a Terraform snippet.
 */
export function renderBuildSummary(input: BuildSummaryInput): string {
  return withinBudget((l) => renderBuild(input, l));
}

// ---------------------------------------------------------------------------------------------
// The sweep summary

const SWEEP_GROUPS: { outcome: SweptResource["outcome"]; title: string }[] = [
  { outcome: "failed", title: "❌ Could not delete" },
  { outcome: "deleted", title: "🗑️ Deleted" },
  { outcome: "already-gone", title: "👻 Already gone" },
  { outcome: "kept", title: "📌 Kept" },
];

/** The order deletions can succeed in: what uses a resource goes before it (an instance before its vSwitch). */
const DELETE_ORDER = [
  "eip",
  "instance",
  "image",
  "image-copy",
  "snapshot",
  "disk",
  "key-pair",
  "security-group",
  "vswitch",
  "vpc",
];

/** `aliyun` CLI commands deleting resources, in an order that works. */
function deleteCommands(list: Pick<SweptResource, "type" | "id" | "region">[]): string[] {
  const rank = (t: string) => (DELETE_ORDER.includes(t) ? DELETE_ORDER.indexOf(t) : DELETE_ORDER.length);
  return [...list]
    .sort((a, b) => rank(a.type) - rank(b.type))
    .map(deleteCommand)
    .filter((c): c is string => c !== undefined);
}

/** An `aliyun` CLI command deleting a resource, when the type is known (`--region` picks the endpoint). */
function deleteCommand(r: Pick<SweptResource, "type" | "id" | "region">): string | undefined {
  const q = (v: string) => (/^[\w.:@/-]+$/.test(v) ? v : `'${oneLine(v).replace(/'/g, "'\\''")}'`);
  const at = `--region ${q(r.region)}`;
  const rid = `--RegionId ${q(r.region)}`;
  const id = q(r.id);
  switch (r.type) {
    case "instance":
      return `aliyun ecs DeleteInstance ${at} --InstanceId ${id} --Force true`;
    case "image":
    case "image-copy":
      return `aliyun ecs DeleteImage ${at} ${rid} --ImageId ${id}`;
    case "snapshot":
      return `aliyun ecs DeleteSnapshot ${at} --SnapshotId ${id}`;
    case "disk":
      return `aliyun ecs DeleteDisk ${at} --DiskId ${id}`;
    case "security-group":
      return `aliyun ecs DeleteSecurityGroup ${at} ${rid} --SecurityGroupId ${id}`;
    case "key-pair":
      return `aliyun ecs DeleteKeyPairs ${at} ${rid} --KeyPairNames ${q(JSON.stringify([r.id]))}`;
    case "vpc":
      return `aliyun vpc DeleteVpc ${at} ${rid} --VpcId ${id}`;
    case "vswitch":
      return `aliyun vpc DeleteVSwitch ${at} ${rid} --VSwitchId ${id}`;
    case "eip":
      return `aliyun vpc ReleaseEipAddress ${at} ${rid} --AllocationId ${id}`;
    default:
      return undefined;
  }
}

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
