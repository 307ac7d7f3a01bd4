/**
 * Bridges from the HCL2 front end's output to the JSON front end's types, so wiring HCL2 into the
 * build is a small step: diagnostics as the template layer's `Diagnostic`, and positioned value
 * trees as the JSON parser's `ConfigNode` (with JSON paths such as `builders[0].tags.Name`).
 */

import { type ConfigNode, childPath } from "../config/tree.js";
import { type Diagnostic, formatDiagnostic } from "../diagnostics.js";
import type { HclDiagnostic } from "./diagnostics.js";
import type { PNode } from "./output.js";

/** An HCL diagnostic as the template layer's Diagnostic (`summary; detail` as the message). */
export function toDiagnostic(d: HclDiagnostic): Diagnostic {
  return {
    file: d.range.file,
    line: d.range.start.line,
    column: d.range.start.column,
    path: "",
    message: d.detail ? `${d.summary}; ${d.detail}` : d.summary,
    severity: d.severity,
  };
}

/** Renders an HCL diagnostic as the CLI prints template diagnostics. */
export function formatAsTemplateDiagnostic(d: HclDiagnostic): string {
  return formatDiagnostic(toDiagnostic(d));
}

/** A positioned value tree as the JSON parser's nodes, rooted at JSON path `path`. */
export function toConfigNode(n: PNode, path: string): ConfigNode {
  const pos = { ...n.range.start, file: n.range.file };
  switch (n.kind) {
    case "string":
      return { kind: "string", value: n.value, pos, path };
    case "number":
      return { kind: "number", value: n.value, raw: String(n.value), pos, path };
    case "bool":
      return { kind: "boolean", value: n.value, pos, path };
    case "null":
      return { kind: "null", value: null, pos, path };
    case "array":
      return { kind: "array", items: n.items.map((x, i) => toConfigNode(x, childPath(path, i))), pos, path };
    case "object":
      return {
        kind: "object",
        pos,
        path,
        members: n.members.map((m) => {
          const p = childPath(path, m.key);
          return {
            key: m.key,
            keyPos: { ...m.keyRange.start, file: m.keyRange.file },
            path: p,
            value: toConfigNode(m.value, p),
          };
        }),
      };
  }
}
