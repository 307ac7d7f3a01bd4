/**
 * Template diagnostics as GitHub annotations, so errors show on the file and line in the
 * pull request. Paths are made relative to the workspace, as annotations require.
 */
import { isAbsolute, relative } from "node:path";
import * as core from "@actions/core";
import { type Diagnostic, formatDiagnostic } from "../template/diagnostics.js";

/** The path of `file` relative to the workspace (or the cwd) when it lies inside it. */
export function workspacePath(
  file: string,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(workspace, file);
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/** Emits one annotation per diagnostic (errors and warnings), each also a log line. */
export function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const file = workspacePath(d.file);
    const text = formatDiagnostic({ ...d, file });
    const props: core.AnnotationProperties = {
      title: d.path ? `image-build: ${d.path}` : "image-build",
      file,
      startLine: d.line,
      startColumn: d.column,
    };
    if (d.severity === "warning") core.warning(text, props);
    else core.error(text, props);
  }
}
