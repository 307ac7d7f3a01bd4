// The adaptive poll schedule on a fake clock: how many polls a wait costs for a given expected
// duration, uncertainty and actual duration; the first wait's doubling; how the pace is learned
// (brackets intersected on a cloud of one time factor, spread on a cloud whose durations vary);
// a whole build's waits at time factors 0.1 and 1 against Packer's fixed 5 s polling.
import { describe, expect, it } from "vitest";
import { EXPECTED_SCHEDULE, expectedDelay, waitFor } from "../../src/cloud/waiter.js";
import { LEARNING, learnPace, paceOf, TYPICAL_MS } from "../../src/cloud/waiters.js";
import { fakeClock } from "./helpers.js";

/**
 * An operation that ends `durationMs` after the wait starts, read through a Describe that takes
 * `latencyMs` (the state is read at its end, as the emulator does), with a linear Progress.
 */
function operation(clock: ReturnType<typeof fakeClock>, durationMs: number, latencyMs = 0) {
  const t0 = clock.t;
  const reads: number[] = [];
  return {
    reads,
    describe: async () => {
      clock.t += latencyMs;
      reads.push(clock.t - t0);
      const done = clock.t - t0 >= durationMs;
      const progress = done ? 100 : Math.min(99, Math.floor(((clock.t - t0) / durationMs) * 100));
      return { status: done ? "Done" : "Busy", progress };
    },
  };
}

async function wait(
  durationMs: number,
  o: { expectedMs?: number; uncertainty?: number; progress?: boolean; latencyMs?: number } = {},
) {
  const clock = fakeClock();
  const op = operation(clock, durationMs, o.latencyMs);
  // The time slept between two polls (the waiter sleeps in pieces of at most 10 s to report progress).
  const gaps: number[] = [];
  let slept = 0;
  const sleep = clock.sleep;
  clock.sleep = async (ms, signal) => {
    slept += ms;
    return sleep(ms, signal);
  };
  const progress: string[] = [];
  const w = await waitFor({
    what: "op",
    target: "Done",
    ui: { say() {}, message() {}, error() {}, progress: (u) => progress.push(u.label) },
    describe: async () => {
      if (slept > 0) gaps.push(slept);
      slept = 0;
      return op.describe();
    },
    state: (x) => x.status,
    ...(o.progress ? { progress: (x: { status: string; progress: number }) => x.progress } : {}),
    timeoutMs: 3_600_000,
    ...(o.expectedMs === undefined
      ? { interval: LEARNING }
      : { expectedMs: o.expectedMs, uncertainty: o.uncertainty }),
    clock,
  });
  return { ...w, reads: op.reads, sleeps: gaps, progress, overshootMs: op.reads.at(-1)! - durationMs };
}

describe("expectedDelay", () => {
  it("sleeps to the window E × (1 ± u) first, steps u × E / 2 (at most 0.5 s) in it, then backs off ×1.5", () => {
    // E = 10 s, u = 0.05: window 9.5–10.5 s, step 0.25 s
    expect(expectedDelay(10_000, 0, 0, undefined, 5_000, 0.05)).toBe(9_500);
    expect(expectedDelay(10_000, 9_500, 9_500, undefined, 5_000, 0.05)).toBe(250);
    expect(expectedDelay(10_000, 10_400, 250, undefined, 5_000, 0.05)).toBe(250);
    expect(expectedDelay(10_000, 10_500, 250, undefined, 5_000, 0.05)).toBe(375);
    expect(expectedDelay(10_000, 30_000, 4_000, undefined, 5_000, 0.05)).toBe(5_000);
    // E = 40 s, u = 0.05: u × E / 2 = 1 s, capped at 0.5 s
    expect(expectedDelay(40_000, 38_000, 38_000, undefined, 5_000, 0.05)).toBe(500);
    // scaled (E = 1 s): step 25 ms
    expect(expectedDelay(1_000, 950, 950, undefined, 5_000, 0.05)).toBe(25);
    // the sleep to the window is not capped by maxMs (it comes from the learned pace)
    expect(expectedDelay(140_000, 0, 0, undefined, 10_000, 0.03)).toBe(135_800);
  });

  it("keeps at most 16 polls across a wide window (an uncertain pace)", () => {
    // E = 40 s, u = 0.5: window 20–60 s; u × E / 8 = 2.5 s beats the 0.5 s cap
    expect(expectedDelay(40_000, 20_000, 20_000, undefined, 5_000, 0.5)).toBe(2_500);
    // the uncertainty is kept within 0.03–0.5
    expect(expectedDelay(40_000, 0, 0, undefined, 5_000, 0.9)).toBe(20_000);
    expect(expectedDelay(40_000, 0, 0, undefined, 5_000, 0)).toBe(38_800);
  });

  it("aims at the end a progress percentage predicts, at least a short step", () => {
    // 50 % after 70 s: the earliest end is 70 × 49/51 s later
    expect(expectedDelay(140_000, 70_000, 0, 50, 10_000, 0.03)).toBeCloseTo((70_000 * 49) / 51);
    // 99 %: the end is imminent, poll every E/200 (at most 0.5 s, at least 20 ms)
    expect(expectedDelay(140_000, 139_000, 0, 99, 10_000, 0.03)).toBe(EXPECTED_SCHEDULE.maxStepMs);
    expect(expectedDelay(1_000, 990, 0, 99, 10_000, 0.03)).toBe(EXPECTED_SCHEDULE.minStepMs);
  });
});

describe("polls per wait", () => {
  it("an accurate expectation costs 2–4 polls and no poll before the window", async () => {
    // instance to Running at real time: E = 40 s known to 3 %: window 38.8–41.2 s, step 0.5 s
    const real = await wait(40_000, { expectedMs: 40_000, uncertainty: 0.03 });
    expect(real.sleeps).toEqual([38_800, 500, 500, 500]);
    // The 38.8 s before the first poll is not silent: a progress line at the start and every 10 s.
    expect(real.progress.slice(0, 4)).toEqual([
      "Waiting for op to be Done",
      "Waiting for op to be Done",
      "Waiting for op to be Done",
      "Waiting for op to be Done",
    ]);
    expect(real.progress.at(-1)).toBe("op is Done");
    expect(real.polls).toBe(4);
    expect(real.overshootMs).toBeLessThanOrEqual(EXPECTED_SCHEDULE.maxStepMs);
    // the same at time factor 0.1: E = 4 s, step 60 ms
    const scaled = await wait(4_000, { expectedMs: 4_000, uncertainty: 0.03 });
    expect(scaled.sleeps).toEqual([3_880, 60, 60]);
    expect(scaled.polls).toBe(3);
    // Packer polls every 5 s: 9 polls for the same 40 s, 1 at 4 s
  });

  it("an operation slower than expected is polled with a back-off, not every step", async () => {
    const w = await wait(20_000, { expectedMs: 10_000, uncertainty: 0.05 });
    // window 9.5–10.5 s every 0.25 s, then ×1.5 from there
    expect(w.sleeps.slice(0, 6)).toEqual([9_500, 250, 250, 250, 250, 375]);
    expect(w.polls).toBe(12); // Packer: 4 at 5 s, but 2.5 s late on average
  });

  it("an operation faster than expected is seen on the first poll", async () => {
    const w = await wait(5_000, { expectedMs: 10_000, uncertainty: 0.05 });
    expect(w.polls).toBe(1);
    expect(w.beforeMs).toBeUndefined();
  });

  it("an image with Progress: at most 5 polls for 140 s at real time (Packer: 28), overshoot under 0.5 s", async () => {
    const w = await wait(140_000, { expectedMs: 140_000, uncertainty: 0.03, progress: true, latencyMs: 80 });
    expect(w.polls).toBeLessThanOrEqual(5);
    expect(w.overshootMs).toBeLessThan(500);
    // an expectation 30 % short: the progress still steers the polls to the end
    const late = await wait(182_000, {
      expectedMs: 140_000,
      uncertainty: 0.03,
      progress: true,
      latencyMs: 80,
    });
    expect(late.polls).toBeLessThanOrEqual(5);
    expect(late.overshootMs).toBeLessThan(1_000);
  });

  it("the first wait (no pace yet) doubles from 100 ms: a 3 s VPC in 6 polls, 0.3 s in 3", async () => {
    const real = await wait(3_000);
    expect(real.sleeps).toEqual([100, 200, 400, 800, 1_600]);
    expect(real.polls).toBe(6);
    expect((await wait(300)).polls).toBe(3);
  });
});

describe("pace", () => {
  const result = (beforeMs: number | undefined, elapsedMs: number, lastPollMs = 0) => ({
    resource: undefined,
    state: "Done",
    elapsedMs,
    polls: 2,
    lastPollMs,
    ...(beforeMs !== undefined ? { beforeMs } : {}),
  });

  it("is unknown before the first wait; then the middle of the bracket, its half-width as uncertainty", () => {
    const cloud = {};
    expect(paceOf(cloud)).toBeUndefined();
    learnPace(cloud, 3_000, result(1_600, 3_200));
    const p = paceOf(cloud)!;
    expect(p.ratio).toBeCloseTo(0.8);
    expect(p.uncertainty).toBeCloseTo(1 / 3); // (1.067 − 0.533) / 2 / 0.8
  });

  it("on a cloud of one time factor, intersects the brackets: the uncertainty narrows with each wait", () => {
    const cloud = {};
    learnPace(cloud, 3_000, result(1_600, 3_200)); // 0.53–1.07
    learnPace(cloud, 3_000, result(2_900, 3_100)); // 0.967–1.033
    learnPace(cloud, 40_000, result(39_500, 40_200)); // 0.9875–1.005
    const p = paceOf(cloud)!;
    expect(p.ratio).toBeCloseTo((0.9875 + 1.005) / 2);
    expect(p.uncertainty).toBe(0.03); // the floor
  });

  it("on a cloud whose durations vary, takes the median and the spread (at most 0.5)", () => {
    const cloud = {};
    learnPace(cloud, 40_000, result(14_000, 16_000)); // 0.35–0.4
    learnPace(cloud, 40_000, result(38_000, 42_000)); // 0.95–1.05
    learnPace(cloud, 15_000, result(14_000, 16_000)); // 0.93–1.07
    const p = paceOf(cloud)!;
    expect(p.ratio).toBeCloseTo(1);
    expect(p.uncertainty).toBe(0.5);
  });

  it("keeps clouds apart", () => {
    const a = {};
    learnPace(a, 3_000, result(100, 200));
    expect(paceOf({})).toBeUndefined();
  });
});

describe("a build's waits (VPC, vSwitch, Running, Stopped, image) on a cloud of one time factor", () => {
  /** The waits of the seed template's build, each ending at typical × factor, 80 ms × factor per Describe. */
  async function build(factor: number) {
    const cloud = {};
    const waits: [number, boolean][] = [
      [TYPICAL_MS.vpc, false],
      [TYPICAL_MS.vswitch, false],
      [TYPICAL_MS.instanceRunning, false],
      [TYPICAL_MS.instanceStopped, false],
      [TYPICAL_MS.image, true],
    ];
    let polls = 0;
    let overshootMs = 0;
    for (const [typical, progress] of waits) {
      const p = paceOf(cloud);
      const w = await wait(typical * factor, {
        ...(p ? { expectedMs: typical * p.ratio, uncertainty: p.uncertainty } : {}),
        progress,
        latencyMs: 80 * factor,
      });
      learnPace(cloud, typical, w);
      polls += w.polls;
      overshootMs += w.overshootMs;
    }
    return { polls, overshootMs };
  }

  it("polls fewer times than Packer's 5 s interval at both factors, overshooting under 2 s at real time", async () => {
    // Packer (bench): 16 such polls at time factor 0.1, ~55 at real time
    const scaled = await build(0.1);
    expect(scaled.polls).toBeLessThanOrEqual(18);
    const real = await build(1);
    expect(real.polls).toBeLessThanOrEqual(30);
    expect(real.overshootMs).toBeLessThan(2_000);
  });
});
