/**
 * Waiters for the resources a build creates, over `waitFor`: instance status, image and snapshot
 * completion (with their `Progress`), VPC, vSwitch and EIP states. Each takes the template's
 * timeout; CreateFailed and failed end the wait at once.
 */
import type { Ui } from "../ui/ui.js";
import type { Clock } from "./clock.js";
import type { Cloud } from "./cloud.js";
import {
  describeEip,
  describeImage,
  describeInstance,
  describeSnapshot,
  describeVpc,
  describeVSwitch,
  type Eip,
  type Image,
  type Instance,
  type Snapshot,
  type Vpc,
  type VSwitch,
} from "./describe.js";
import { NOT_FOUND, type PollInterval, parsePercent, type WaitResult, waitFor } from "./waiter.js";

/** Options shared by the resource waiters. */
export interface ResourceWaitOptions {
  /** Default per resource (see each waiter). */
  timeoutMs?: number;
  interval?: Partial<PollInterval>;
  signal?: AbortSignal;
  ui?: Ui;
  clock?: Clock;
}

const MINUTE = 60_000;

/**
 * How long each wait takes on Alibaba Cloud, typically (ms; emulator/profiles.ts has the sources):
 * the unit of the adaptive schedule (`expectedDelay` in waiter.ts).
 */
export const TYPICAL_MS = {
  vpc: 3_000,
  vswitch: 3_000,
  eip: 2_000,
  /** RunInstances → Running: create (~15 s) and start (~25 s). */
  instanceRunning: 40_000,
  instanceStopped: 15_000,
  instanceDeleted: 5_000,
  /** A 20 GiB system disk (~60 s + 4 s/GiB); the image's `Progress` steers the rest. */
  image: 140_000,
  imageDeleted: 5_000,
  snapshot: 70_000,
} as const;

/**
 * The pace of a cloud: how long its operations take against the typical durations, learned from
 * the waits already done through the same client. A real region runs near 1; the emulator at
 * time scale 0.05 runs near 0.05. Keyed by the Cloud object (one per build and region), so builds
 * and emulators never share a pace.
 *
 * Each wait brackets its operation's end between the last poll that did not see the target and
 * the one that did; divided by the typical duration, that is a bracket of the pace. When the
 * brackets of all the waits so far overlap (a cloud whose operations take their typical time × one
 * factor, as the emulator's do), the pace is the middle of their intersection and its uncertainty
 * is the intersection's half-width: it narrows with every wait, and the schedule polls fewer
 * times. When they do not (a real region, whose durations vary), the pace is the median of the
 * brackets' middles and the uncertainty their spread around it (at most 0.5: a wide window).
 */
export interface Pace {
  /** Duration / typical duration. */
  ratio: number;
  /** Relative uncertainty of `ratio` (0.03–0.5). */
  uncertainty: number;
}

interface PaceSample {
  lo: number;
  hi: number;
}

const paces = new WeakMap<object, PaceSample[]>();

/** The pace learned on `cloud` so far (undefined before its first wait ended). */
export function paceOf(cloud: object): Pace | undefined {
  const samples = paces.get(cloud);
  if (!samples || samples.length === 0) return undefined;
  const clamp = (v: number) => Math.min(0.5, Math.max(0.03, v));
  const lo = Math.max(...samples.map((x) => x.lo));
  const hi = Math.min(...samples.map((x) => x.hi));
  if (lo <= hi && hi > 0) {
    const ratio = (lo + hi) / 2;
    return { ratio, uncertainty: clamp((hi - lo) / 2 / ratio) };
  }
  const mids = samples.map((x) => (x.lo + x.hi) / 2).sort((a, b) => a - b);
  const ratio = mids[Math.floor(mids.length / 2)];
  return { ratio, uncertainty: clamp(Math.max(...mids.map((m) => Math.abs(m - ratio) / ratio))) };
}

/**
 * Records what a wait on an operation of typical duration `typicalMs` showed of the pace: its end
 * lies after the last poll that did not see it and before the end of the poll that did, give or
 * take one call's time (the state is read at some time during a poll).
 */
export function learnPace(cloud: object, typicalMs: number, w: WaitResult<unknown>): void {
  const pad = w.lastPollMs;
  const after = w.beforeMs === undefined ? 0 : Math.max(0, w.beforeMs - pad);
  const r = paces.get(cloud) ?? [];
  r.push({
    lo: Math.min(5, after / typicalMs),
    hi: Math.min(5, Math.max(1e-4, (w.elapsedMs + pad) / typicalMs)),
  });
  paces.set(cloud, r);
}

/**
 * Before the pace is known: scale-free doubling from 100 ms, which brackets the first end within
 * ×2 in log₂(duration / 100 ms) polls (7 for a 3 s VPC at real time, 3–4 at time factor 0.1).
 */
export const LEARNING: Readonly<Partial<PollInterval>> = { initialMs: 100, factor: 2, maxMs: 5_000 };

/**
 * Runs a wait. Without an explicit `interval`, the schedule is aimed at the operation's typical
 * duration × the cloud's pace, within the pace's uncertainty (see `expectedDelay` in waiter.ts);
 * with one, the plain geometric interval (tests, callers that know better).
 */
async function paced<T>(
  cloud: Cloud,
  typicalMs: number,
  o: ResourceWaitOptions,
  run: (schedule: Schedule) => Promise<WaitResult<T>>,
): Promise<WaitResult<T>> {
  if (o.interval) return run({ interval: o.interval });
  const p = paceOf(cloud);
  const w = await run(
    p === undefined
      ? { interval: LEARNING }
      : { interval: {}, expectedMs: typicalMs * p.ratio, uncertainty: p.uncertainty },
  );
  learnPace(cloud, typicalMs, w);
  return w;
}

interface Schedule {
  interval: Partial<PollInterval>;
  expectedMs?: number;
  uncertainty?: number;
}

const common = (
  o: ResourceWaitOptions,
  defaultTimeoutMs: number,
  schedule: Schedule,
  defaultInterval?: Partial<PollInterval>,
) => ({
  timeoutMs: o.timeoutMs ?? defaultTimeoutMs,
  interval: { ...defaultInterval, ...schedule.interval },
  ...(schedule.expectedMs !== undefined
    ? { expectedMs: schedule.expectedMs, uncertainty: schedule.uncertainty }
    : {}),
  signal: o.signal,
  ui: o.ui,
  clock: o.clock,
});

/** Instance statuses (DescribeInstances `Status`). */
export type InstanceStatus = "Pending" | "Starting" | "Running" | "Stopping" | "Stopped";

/** Options of {@link waitForInstance}. */
export interface InstanceWaitOptions extends ResourceWaitOptions {
  /**
   * Waiting for Running: how long an instance may still read Stopped (never seen Starting) before
   * the start counts as failed. Default 15 s.
   */
  stoppedGraceMs?: number;
  /**
   * How long the instance may stay in one transient state (Pending, Starting, Stopping) before
   * the wait gives up with a message saying it looks stuck. Default 10 min (these take seconds to
   * a minute on Alibaba Cloud); the overall timeout stays 30 min.
   */
  stuckMs?: number;
}

/** Instance states that pass by themselves; one that lasts is a stuck instance. */
const TRANSIENT_INSTANCE_STATES = new Set(["Pending", "Starting", "Stopping"]);

/** Default bound of one transient instance state (see {@link InstanceWaitOptions.stuckMs}). */
export const INSTANCE_STUCK_MS = 10 * MINUTE;

/** `10m0s`, `45s`: a duration for a message. */
function minutesSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

/**
 * Waits for an instance to reach `status` (or `NOT_FOUND` once deleted); default timeout 30 min
 * (Packer's 360×5 s), and at most `stuckMs` (10 min) in one transient state. Waiting for Running (call it after StartInstance) fails at once if the
 * instance falls back to Stopped after Starting, or still reads Stopped after `stoppedGraceMs`:
 * a start that failed does not hold the build for the whole timeout.
 */
export function waitForInstance(
  cloud: Cloud,
  id: string,
  status: InstanceStatus | typeof NOT_FOUND,
  o: InstanceWaitOptions = {},
): Promise<WaitResult<Instance>> {
  const typical =
    status === "Running"
      ? TYPICAL_MS.instanceRunning
      : status === "Stopped"
        ? TYPICAL_MS.instanceStopped
        : status === NOT_FOUND
          ? TYPICAL_MS.instanceDeleted
          : TYPICAL_MS.instanceStopped;
  const stuckMs = o.stuckMs ?? INSTANCE_STUCK_MS;
  let current = { state: "", since: 0 };
  return paced(cloud, typical, o, (schedule) =>
    waitFor<Instance>({
      what: `instance ${id}`,
      target: status,
      describe: (signal) => describeInstance(cloud, id, { signal }),
      state: (i) => i.status ?? "",
      failed: (_i, state, seen, elapsedMs) => {
        if (state !== current.state) current = { state, since: elapsedMs };
        if (TRANSIENT_INSTANCE_STATES.has(state) && elapsedMs - current.since >= stuckMs) {
          return `has been ${state} for ${minutesSeconds(elapsedMs - current.since)}, which usually takes under a minute: it looks stuck, so the build stops waiting (ask Alibaba Cloud support about the instance if it keeps happening)`;
        }
        if (status !== "Running" || state !== "Stopped") return undefined;
        if (seen.includes("Starting")) return "stopped again after Starting (the start failed)";
        const grace = o.stoppedGraceMs ?? 15_000;
        return elapsedMs >= grace
          ? `is still Stopped ${(elapsedMs / 1000).toFixed(1)}s after the start (the start failed)`
          : undefined;
      },
      ...common(o, 30 * MINUTE, schedule),
    }),
  );
}

/** Waits for an image to be Available; CreateFailed/UnAvailable end it. Default timeout 1 h, polls up to every 10 s. */
export function waitForImage(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Image>> {
  return paced(cloud, TYPICAL_MS.image, o, (schedule) =>
    waitFor<Image>({
      what: `image ${id}`,
      target: "Available",
      describe: (signal) => describeImage(cloud, id, { signal }),
      state: (i) => i.status ?? "",
      failureStates: ["CreateFailed", "UnAvailable"],
      progress: (i) => parsePercent(i.progress),
      ...common(o, 60 * MINUTE, schedule, { maxMs: 10_000 }),
    }),
  );
}

/** Waits for an image to be gone after DeleteImage (default 5 min). */
export function waitForImageDeleted(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Image>> {
  return paced(cloud, TYPICAL_MS.imageDeleted, o, (schedule) =>
    waitFor<Image>({
      what: `image ${id}`,
      target: NOT_FOUND,
      describe: (signal) => describeImage(cloud, id, { signal }),
      state: (i) => i.status ?? "",
      ...common(o, 5 * MINUTE, schedule),
    }),
  );
}

/** Waits for a snapshot to be `accomplished`; `failed` ends it. Default timeout 1 h, polls up to every 10 s. */
export function waitForSnapshot(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Snapshot>> {
  return paced(cloud, TYPICAL_MS.snapshot, o, (schedule) =>
    waitFor<Snapshot>({
      what: `snapshot ${id}`,
      target: "accomplished",
      describe: (signal) => describeSnapshot(cloud, id, { signal }),
      state: (s) => s.status ?? "",
      failureStates: ["failed"],
      progress: (s) => parsePercent(s.progress),
      ...common(o, 60 * MINUTE, schedule, { maxMs: 10_000 }),
    }),
  );
}

/** Waits for a VPC to be Available (default 3 min, Packer's 36×5 s). */
export function waitForVpc(cloud: Cloud, id: string, o: ResourceWaitOptions = {}): Promise<WaitResult<Vpc>> {
  return paced(cloud, TYPICAL_MS.vpc, o, (schedule) =>
    waitFor<Vpc>({
      what: `vpc ${id}`,
      target: "Available",
      describe: (signal) => describeVpc(cloud, id, { signal }),
      state: (v) => v.status ?? "",
      ...common(o, 3 * MINUTE, schedule),
    }),
  );
}

/** Waits for a vSwitch to be Available (default 3 min). */
export function waitForVSwitch(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<VSwitch>> {
  return paced(cloud, TYPICAL_MS.vswitch, o, (schedule) =>
    waitFor<VSwitch>({
      what: `vswitch ${id}`,
      target: "Available",
      describe: (signal) => describeVSwitch(cloud, id, { signal }),
      state: (v) => v.status ?? "",
      ...common(o, 3 * MINUTE, schedule),
    }),
  );
}

/** Waits for an EIP to be `Available` (unassociated) or `InUse` (associated); default 3 min. */
export function waitForEip(
  cloud: Cloud,
  allocationId: string,
  status: "Available" | "InUse",
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Eip>> {
  return paced(cloud, TYPICAL_MS.eip, o, (schedule) =>
    waitFor<Eip>({
      what: `eip ${allocationId}`,
      target: status,
      describe: (signal) => describeEip(cloud, allocationId, { signal }),
      state: (e) => e.status ?? "",
      ...common(o, 3 * MINUTE, schedule),
    }),
  );
}

/**
 * The retry pacing of a delete that waits out a dependency the cloud releases about `typicalMs`
 * (× the learned pace) after `since` (a security group or vSwitch still "in use" for a few seconds
 * after its instance was deleted): the first try waits until shortly before the expected release,
 * then retries come in steps of a tenth of it, so neither the API nor the build waits for nothing.
 * Without a learned pace: Packer-like steps (0.5 s doubling to 5 s). The budget stays 3 minutes.
 */
export function dependencyPacing(
  cloud: object,
  typicalMs: number,
  since: number | undefined,
  now: number = performance.now(),
): {
  delayMs: number;
  policy: { maxAttempts: number; maxElapsedMs: number; baseDelayMs: number; maxDelayMs: number };
} {
  const p = paceOf(cloud);
  if (!p)
    return {
      delayMs: 0,
      policy: { maxAttempts: 40, maxElapsedMs: 180_000, baseDelayMs: 500, maxDelayMs: 5_000 },
    };
  const expected = typicalMs * p.ratio;
  const step = Math.min(500, Math.max(20, expected / 10));
  const delayMs = since === undefined ? 0 : Math.max(0, since + expected * (1 - p.uncertainty) - now);
  return {
    delayMs,
    policy: {
      maxAttempts: 400,
      maxElapsedMs: 180_000,
      baseDelayMs: step,
      maxDelayMs: Math.max(step, Math.min(5_000, expected / 2)),
    },
  };
}
