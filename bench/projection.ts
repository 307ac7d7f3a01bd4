/**
 * Projection of a build's wall time to real time (factor 1) from runs at two time factors:
 * wall = overhead + critical path. The critical path (bench/critical-path.ts) scales with the
 * factor: its line through the two runs, at 1. The overhead is extrapolated along its line when
 * it grows with the factor (polling scaled to the operations), and held at the larger factor's
 * value when it shrinks (fixed polling intervals: their waste shrinks relative to the waits, and a
 * line would extrapolate it below zero). A plain line through two walls would do the same to a
 * client with fixed polling and project it below its own critical path.
 */

/** One measured run: its critical path and the overhead over it (ms). */
export interface MeasuredRun {
  cpMs: number;
  overheadMs: number;
}

/** Straight line through (f1, y1) and (f2, y2), evaluated at 1 (real time). */
export function atRealTime(
  f: [number, number],
  y: [number, number],
): { at1: number; slope: number; intercept: number } {
  const slope = (y[1] - y[0]) / (f[1] - f[0]);
  const intercept = y[0] - slope * f[0];
  return { at1: intercept + slope, slope, intercept };
}

/** The projected wall, critical path and overhead (ms) of two runs at factors `f`. */
export function projectRuns(
  f: [number, number],
  rs: [MeasuredRun, MeasuredRun],
): { wall: number; cp: number; overhead: number; how: "extrapolated" | "held" } {
  const cp = atRealTime(f, [rs[0].cpMs, rs[1].cpMs]).at1;
  const o = atRealTime(f, [rs[0].overheadMs, rs[1].overheadMs]);
  const overhead = o.slope >= 0 ? o.at1 : rs[1].overheadMs;
  return { wall: overhead + cp, cp, overhead, how: o.slope >= 0 ? "extrapolated" : "held" };
}
