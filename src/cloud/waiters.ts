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
 * the waits already done through the same client (the median ratio; none before the first wait,
 * which polls scale-free: 50 ms doubling). A real
 * region runs near 1; the emulator at time scale 0.05 runs near 0.05. Keyed by the Cloud object
 * (one per build and region), so builds and emulators never share a pace.
 */
const paces = new WeakMap<object, number[]>();

function pace(cloud: object): number | undefined {
  const r = paces.get(cloud);
  if (!r || r.length === 0) return undefined;
  const sorted = [...r].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function learn(cloud: object, typicalMs: number, w: WaitResult<unknown>): void {
  // a wait that ended on its first poll says nothing about how long the operation took
  if (w.beforeMs === undefined) return;
  // the operation ended between the last two polls: take the middle
  const took = (w.beforeMs + w.elapsedMs) / 2;
  const r = paces.get(cloud) ?? [];
  r.push(Math.min(5, Math.max(0.001, took / typicalMs)));
  paces.set(cloud, r);
}

/** Before the pace is known: scale-free doubling from 50 ms (an end is bracketed within ×2). */
const LEARNING: Partial<PollInterval> = { initialMs: 50, factor: 2, maxMs: 5_000 };

/**
 * Runs a wait. Without an explicit `interval`, the schedule is scaled to the operation's typical
 * duration × the cloud's pace (short first polls where the operation is short, few polls where it
 * is long); with one, the plain geometric interval (tests, callers that know better).
 */
async function paced<T>(
  cloud: Cloud,
  typicalMs: number,
  o: ResourceWaitOptions,
  run: (schedule: { interval: Partial<PollInterval>; expectedMs?: number }) => Promise<WaitResult<T>>,
): Promise<WaitResult<T>> {
  if (o.interval) return run({ interval: o.interval });
  const p = pace(cloud);
  const w = await run(p === undefined ? { interval: LEARNING } : { interval: {}, expectedMs: typicalMs * p });
  learn(cloud, typicalMs, w);
  return w;
}

const common = (
  o: ResourceWaitOptions,
  defaultTimeoutMs: number,
  schedule: { interval: Partial<PollInterval>; expectedMs?: number },
  defaultInterval?: Partial<PollInterval>,
) => ({
  timeoutMs: o.timeoutMs ?? defaultTimeoutMs,
  interval: { ...defaultInterval, ...schedule.interval },
  ...(schedule.expectedMs !== undefined ? { expectedMs: schedule.expectedMs } : {}),
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
}

/**
 * Waits for an instance to reach `status` (or `NOT_FOUND` once deleted); default timeout 30 min
 * (Packer's 360×5 s). Waiting for Running (call it after StartInstance) fails at once if the
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
  return paced(cloud, typical, o, (schedule) =>
    waitFor<Instance>({
      what: `instance ${id}`,
      target: status,
      describe: (signal) => describeInstance(cloud, id, { signal }),
      state: (i) => i.status ?? "",
      failed: (_i, state, seen, elapsedMs) => {
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
