/**
 * The main step's job summary, as a pure function from the run's results to GitHub-flavoured
 * Markdown (what `core.summary.addRaw` takes): a headline, the images table, a section per build
 * (failure, provisioners, post-processors, timeline, API calls) and the Terraform snippet.
 */
import type { BuildResult } from "../../engine/build.js";
import { callsSection, callTotals } from "./api-calls.js";
import { type Limits, withinBudget } from "./budget.js";
import { checkpointLine } from "./checkpoints.js";
import { failureSection } from "./failure.js";
import { code, details, link, md, table } from "./markdown.js";
import { postProcessorsTable, provisionersTable } from "./plugins.js";
import { terraformSection } from "./terraform.js";
import { clip, duration, plural } from "./text.js";
import { timeline, timelineSummary } from "./timeline.js";
import type { BuildSummaryInput, RunContext } from "./types.js";
import { BADGE, ICON, regionsOf, verdict } from "./verdict.js";

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

/** The labels of the builders' facts, in the order they first appear: the table's builder columns. */
function factColumns(builds: BuildResult[]): string[] {
  const labels = new Set<string>();
  for (const b of builds) for (const f of b.details?.facts ?? []) labels.add(f.label);
  return [...labels];
}

/**
 * One row per image: the build's source region first, its copies under it, with a column per fact
 * its builder tells (alicloud-ecs: source image, instance type, zone). When that is more than
 * `l.tableRows` rows, a build's copies share one row (every build keeps its own), then builds are cut.
 */
function imagesTable(builds: BuildResult[], l: Limits): string {
  const columns = factColumns(builds);
  const blank = columns.map(() => "");
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
      ...columns.map((label) => code(b.details?.facts.find((f) => f.label === label)?.value, true)),
      duration(b.durationMs),
    ]);
    if (perRegion)
      for (const [region, id] of copies)
        rows.push(["", "↳ copy", code(region, true), code(id, true), ...blank, ""]);
    else if (copies.length > 0)
      rows.push([
        "",
        `↳ ${plural(copies.length, "copy", "copies")}`,
        md(clip(copies.map(([r]) => r).join(", "), 200)),
        "in the `image-ids` output",
        ...blank,
        "",
      ]);
  }
  if (shownBuilds < builds.length)
    rows.push(["…", md(`${plural(builds.length - shownBuilds, "more build")}`), "", "", ...blank, ""]);
  return table(["Status", "Build", "Region", "Image ID", ...columns.map((c) => md(c)), "Time"], rows, [
    "l",
    "l",
    "l",
    "l",
    ...columns.map(() => "l" as const),
    "r",
  ]);
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
  for (const f of b.details?.facts ?? []) if (f.lead && f.value) facts.push(`${md(f.lead)} ${code(f.value)}`);
  const machine = b.details?.machine;
  if (machine) facts.push(`${md(machine.label)} ${code(machine.id)}`);
  if (b.fingerprint)
    facts.push(
      `fingerprint ${code(b.fingerprint.length > 24 ? `${b.fingerprint.slice(0, 24)}…` : b.fingerprint)}`,
    );
  if (facts.length > 0) out.push(`${facts.join(" · ")}.`);
  const checkpoints = checkpointLine(b);
  if (checkpoints) out.push(checkpoints);
  const failure = failureSection(b, runId, cancelled, l);
  if (failure) out.push(failure);
  if (b.provisioners.length > 0) out.push(`**Provisioners**\n\n${provisionersTable(b.provisioners, l)}`);
  if (b.postProcessors.length > 0) out.push(`**Post-processors**\n\n${postProcessorsTable(b, l)}`);
  if (b.steps.some((s) => s.status !== "not-run")) out.push(details(timelineSummary(b), timeline(b, l)));
  if (b.calls.length > 0) out.push(callsSection(b, l));
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
