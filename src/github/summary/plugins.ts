/** A build's provisioners and post-processors as tables: what ran, its result, its time. */
import type { BuildResult } from "../../engine/build.js";
import type { Limits } from "./budget.js";
import { code, md, table } from "./markdown.js";
import { clip, duration, errorText } from "./text.js";

/** A provisioner outcome; `name` and `exitCode` are shown when the provisioner reports them. */
type Provisioner = BuildResult["provisioners"][number] & { name?: string; exitCode?: number };

/** The provisioners in order; Name and Exit code columns when any provisioner reports them. */
export function provisionersTable(list: Provisioner[], l: Limits): string {
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
        : `✗ failed${p.error ? `: ${md(clip(errorText(p.error), Math.min(300, l.errorChars)))}` : ""}`,
      duration(p.durationMs),
      ...(exits ? [p.exitCode === undefined ? "—" : code(String(p.exitCode), true)] : []),
    ]);
  if (list.length > rows.length)
    rows.push(["…", md(`${list.length - rows.length} more`), ...head.slice(2).map(() => "")]);
  const align = head.map((h) => (h === "Time" || h === "#" ? "r" : "l")) as ("l" | "r")[];
  return table(head, rows, align);
}

/** The post-processors: result, time and the file each wrote. */
export function postProcessorsTable(b: BuildResult, l: Limits): string {
  const named = b.postProcessors.some((p) => p.name && p.name !== p.type);
  const rows = b.postProcessors
    .slice(0, l.provisioners)
    .map((p) => [
      code(p.type, true),
      ...(named ? [p.name && p.name !== p.type ? md(p.name) : "—"] : []),
      p.status === "succeeded"
        ? "✓ succeeded"
        : `✗ failed${p.error ? `: ${md(clip(errorText(p.error), Math.min(300, l.errorChars)))}` : ""}`,
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
