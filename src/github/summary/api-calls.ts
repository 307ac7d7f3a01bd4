/** A build's Alibaba Cloud API calls: totals, and a table by action (calls, retries, errors, latency). */
import type { ActionStats } from "../../cloud/accounting.js";
import type { BuildResult } from "../../engine/build.js";
import type { Limits } from "./budget.js";
import { code, details, html, md, table } from "./markdown.js";
import { duration, plural } from "./text.js";

/** Calls, requests, retries, failures, errors and time waiting, summed over actions. */
export function callTotals(calls: ActionStats[]) {
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

/** The API calls of a build: a one-line total, or a collapsible table by action when the budget allows. */
export function callsSection(b: BuildResult, l: Limits): string {
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
