/** Small helpers for benchmarks: timing, percentiles and aligned printing. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Target, for the ratio column (value / target); lower is better. */
  target?: number;
  note?: string;
}

/** The p-th percentile (0..100) of samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Milliseconds taken by `fn`, measured with the high-resolution clock. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Prints a section of figures as an aligned table. */
export function printFigures(section: string, figures: Figure[], header = true): void {
  if (header) console.log(`\n## ${section}`);
  const rows = figures.map((f) => {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 10 ? 3 : 1);
    const target = f.target === undefined ? "" : `target ${f.target} ${f.unit}`;
    const ratio = f.target === undefined ? "" : `ratio ${(f.value / f.target).toFixed(2)}`;
    return [f.name, `${value} ${f.unit}`, target, ratio, f.note ?? ""];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) {
    console.log(
      `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3].padEnd(widths[3])}  ${r[4]}`.trimEnd(),
    );
  }
}

/** A section's output beyond a list of figures: notes and tables printed before the figures. */
export interface SectionReport {
  notes?: string[];
  /** Rows of cells; the first row is the header. */
  tables?: string[][][];
  figures: Figure[];
}

/** Prints rows of cells as an aligned table (first column left-aligned, the others right-aligned). */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const r of rows) {
    console.log(
      `  ${r.map((c, i) => (i === 0 ? (c ?? "").padEnd(widths[i]) : (c ?? "").padStart(widths[i]))).join("  ")}`.trimEnd(),
    );
  }
}

/** Prints a section: its notes, its tables, then its figures. */
export function printSection(section: string, report: Figure[] | SectionReport): void {
  if (Array.isArray(report)) {
    printFigures(section, report);
    return;
  }
  console.log(`\n## ${section}`);
  for (const n of report.notes ?? []) console.log(`  ${n}`);
  for (const t of report.tables ?? []) {
    console.log("");
    printTable(t);
  }
  console.log("");
  printFigures("", report.figures, false);
}
