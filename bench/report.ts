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
export function printFigures(section: string, figures: Figure[]): void {
  console.log(`\n## ${section}`);
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
