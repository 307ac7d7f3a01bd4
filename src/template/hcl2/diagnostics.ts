/**
 * HCL-style diagnostics: a severity, a summary, a detail and the source range, rendered as
 * `file:line:col: summary; detail`.
 */
import type { Range } from "./ast.js";

/** One problem in an HCL2 template, with where it is. */
export interface HclDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  range: Range;
}

/** Renders `file:line:col: summary; detail` (the detail is left out when empty). */
export function formatHclDiagnostic(d: HclDiagnostic): string {
  const where = `${d.range.file}:${d.range.start.line}:${d.range.start.column}`;
  const sev = d.severity === "warning" ? "warning: " : "";
  return d.detail ? `${where}: ${sev}${d.summary}; ${d.detail}` : `${where}: ${sev}${d.summary}`;
}

/** Whether any of `diags` is an error. */
export function hasErrors(diags: readonly HclDiagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** Thrown where a caller wants one exception; carries every diagnostic. */
export class HclError extends Error {
  readonly diagnostics: HclDiagnostic[];
  constructor(diagnostics: HclDiagnostic[]) {
    super(diagnostics.map(formatHclDiagnostic).join("\n"));
    this.name = "HclError";
    this.diagnostics = diagnostics;
  }
}
