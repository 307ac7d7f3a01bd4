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

const common = (
  o: ResourceWaitOptions,
  defaultTimeoutMs: number,
  defaultInterval?: Partial<PollInterval>,
) => ({
  timeoutMs: o.timeoutMs ?? defaultTimeoutMs,
  interval: { ...defaultInterval, ...o.interval },
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
  return waitFor<Instance>({
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
    ...common(o, 30 * MINUTE),
  });
}

/** Waits for an image to be Available; CreateFailed/UnAvailable end it. Default timeout 1 h, polls up to every 10 s. */
export function waitForImage(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Image>> {
  return waitFor<Image>({
    what: `image ${id}`,
    target: "Available",
    describe: (signal) => describeImage(cloud, id, { signal }),
    state: (i) => i.status ?? "",
    failureStates: ["CreateFailed", "UnAvailable"],
    progress: (i) => parsePercent(i.progress),
    ...common(o, 60 * MINUTE, { maxMs: 10_000 }),
  });
}

/** Waits for an image to be gone after DeleteImage (default 5 min). */
export function waitForImageDeleted(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Image>> {
  return waitFor<Image>({
    what: `image ${id}`,
    target: NOT_FOUND,
    describe: (signal) => describeImage(cloud, id, { signal }),
    state: (i) => i.status ?? "",
    ...common(o, 5 * MINUTE),
  });
}

/** Waits for a snapshot to be `accomplished`; `failed` ends it. Default timeout 1 h, polls up to every 10 s. */
export function waitForSnapshot(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Snapshot>> {
  return waitFor<Snapshot>({
    what: `snapshot ${id}`,
    target: "accomplished",
    describe: (signal) => describeSnapshot(cloud, id, { signal }),
    state: (s) => s.status ?? "",
    failureStates: ["failed"],
    progress: (s) => parsePercent(s.progress),
    ...common(o, 60 * MINUTE, { maxMs: 10_000 }),
  });
}

/** Waits for a VPC to be Available (default 3 min, Packer's 36×5 s). */
export function waitForVpc(cloud: Cloud, id: string, o: ResourceWaitOptions = {}): Promise<WaitResult<Vpc>> {
  return waitFor<Vpc>({
    what: `vpc ${id}`,
    target: "Available",
    describe: (signal) => describeVpc(cloud, id, { signal }),
    state: (v) => v.status ?? "",
    ...common(o, 3 * MINUTE),
  });
}

/** Waits for a vSwitch to be Available (default 3 min). */
export function waitForVSwitch(
  cloud: Cloud,
  id: string,
  o: ResourceWaitOptions = {},
): Promise<WaitResult<VSwitch>> {
  return waitFor<VSwitch>({
    what: `vswitch ${id}`,
    target: "Available",
    describe: (signal) => describeVSwitch(cloud, id, { signal }),
    state: (v) => v.status ?? "",
    ...common(o, 3 * MINUTE),
  });
}

/** Waits for an EIP to be `Available` (unassociated) or `InUse` (associated); default 3 min. */
export function waitForEip(
  cloud: Cloud,
  allocationId: string,
  status: "Available" | "InUse",
  o: ResourceWaitOptions = {},
): Promise<WaitResult<Eip>> {
  return waitFor<Eip>({
    what: `eip ${allocationId}`,
    target: status,
    describe: (signal) => describeEip(cloud, allocationId, { signal }),
    state: (e) => e.status ?? "",
    ...common(o, 3 * MINUTE),
  });
}
