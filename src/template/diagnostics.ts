/**
 * A problem found in a template or its inputs, with the place it was found: the file, the line and
 * column (1-based) and the JSON path of the offending key or value (for example
 * `builders[0].image_name`). Every validation step reports these rather than throwing, so that a
 * user sees every error at once.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** JSON path of the value, `""` for the document itself. */
  path: string;
  message: string;
  severity: "error" | "warning";
}

/** A position inside a source file (1-based line and column, 0-based offset). */
export interface SourcePos {
  line: number;
  column: number;
  offset: number;
  /** The file, when it differs from the one the diagnostics are collected for (a directory template's files). */
  file?: string;
}

/** Renders a diagnostic the way compilers do: `file:line:column: path: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const prefix = d.severity === "warning" ? "warning: " : "";
  return d.path ? `${where}: ${prefix}${d.path}: ${d.message}` : `${where}: ${prefix}${d.message}`;
}

/** Thrown where a caller wants an exception rather than a list; carries every diagnostic. */
export class DiagnosticsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "DiagnosticsError";
    this.diagnostics = diagnostics;
  }
}

/** Collects diagnostics for one file. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(at: { pos: SourcePos; path: string }, message: string): void {
    this.items.push({
      file: at.pos.file ?? this.file,
      line: at.pos.line,
      column: at.pos.column,
      path: at.path,
      message,
      severity: "error",
    });
  }

  warning(at: { pos: SourcePos; path: string }, message: string): void {
    this.items.push({
      file: at.pos.file ?? this.file,
      line: at.pos.line,
      column: at.pos.column,
      path: at.path,
      message,
      severity: "warning",
    });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}
