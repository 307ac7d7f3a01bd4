/**
 * Latency profiles: how long the emulator's API calls and resource transitions take.
 *
 * `zero`: no waits at all; a transient state ends on the next read.
 * `fast`: tens of milliseconds, for tests that want to see the transient states.
 * `realistic`: the durations below, each multiplied by the time scale.
 *
 * Transition keys (all in milliseconds; `*.perGiB` is added once per GiB of disk involved):
 *
 * | key                   | realistic | source / reasoning                                                          |
 * |-----------------------|-----------|-----------------------------------------------------------------------------|
 * | instance.create       | 15 s      | CreateInstance/RunInstances: Pending for ~10–20 s (ECS docs "Instance lifecycle"; common observation) |
 * | instance.start        | 25 s      | Starting → Running 15–40 s for Linux public images (ECS docs "Start an instance"; observation)        |
 * | instance.stop         | 15 s      | Stopping → Stopped 10–20 s (ECS docs "Stop an instance"; observation)                                  |
 * | instance.reboot       | 30 s      | stop + start, shorter than both (observation)                                                          |
 * | instance.release      | 5 s       | after DeleteInstance its security groups and vSwitch still report DependencyViolation for a few seconds (observation; the reason Packer retries DeleteSecurityGroup/DeleteVSwitch on it). `fast` and `zero`: 0 |
 * | image.create          | 60 s      | base time of CreateImage (ECS docs: "several minutes to an hour", depends on data volume)               |
 * | image.create.perGiB   | 4 s       | added per GiB of the disks captured: a 20 GiB system disk gives ~2.3 min (observation)                 |
 * | image.copy            | 120 s     | base time of CopyImage (ECS docs "Copy an image": "5 to 20 minutes" for small images)                  |
 * | image.copy.perGiB     | 15 s      | per GiB: 20 GiB → ~7 min (docs give ~"several minutes per 10 GiB")                                    |
 * | snapshot.create       | 30 s      | base time of CreateSnapshot (ECS docs "Create a snapshot"; first full snapshot is slower)              |
 * | snapshot.create.perGiB| 2 s       | per GiB of the source disk                                                                               |
 * | vpc.create            | 3 s       | Pending → Available (VPC docs; observation 1–5 s)                                                       |
 * | vswitch.create        | 3 s       | Pending → Available (observation 1–5 s)                                                                  |
 * | eip.allocate          | 1 s       | EIP allocation (observation 1–3 s)                                                                       |
 * | eip.associate         | 2 s       | Associating → InUse (observation 1–3 s)                                                                  |
 * | eip.unassociate       | 2 s       | Unassociating → Available (observation 1–3 s)                                                            |
 *
 * API latency (`apiLatencyMs`): realistic 50–300 ms per call: Describe calls ~80 ms, creates ~200 ms,
 * RunInstances/CreateInstance ~300 ms (observation of the public endpoints from the same region).
 * `fast` uses FAST_TRANSITIONS_MS (5–50 ms per transition, per-GiB parts near zero) and no API latency,
 * so tests see the transient states without waiting. `zero` has no latency and 0 ms transitions.
 */
import type { LatencyProfile, Product } from "./types.js";

/** Realistic transition durations in ms (see the table above). */
export const REALISTIC_TRANSITIONS_MS: Readonly<Record<string, number>> = {
  "instance.create": 15_000,
  "instance.start": 25_000,
  "instance.stop": 15_000,
  "instance.reboot": 30_000,
  "instance.release": 5_000,
  "image.create": 60_000,
  "image.create.perGiB": 4_000,
  "image.copy": 120_000,
  "image.copy.perGiB": 15_000,
  "snapshot.create": 30_000,
  "snapshot.create.perGiB": 2_000,
  "vpc.create": 3_000,
  "vswitch.create": 3_000,
  "eip.allocate": 1_000,
  "eip.associate": 2_000,
  "eip.unassociate": 2_000,
};

/** Transition durations of the `fast` profile in ms: tens of milliseconds, per-GiB parts near zero. */
export const FAST_TRANSITIONS_MS: Readonly<Record<string, number>> = {
  "instance.create": 20,
  "instance.start": 30,
  "instance.stop": 20,
  "instance.reboot": 30,
  "instance.release": 0,
  "image.create": 40,
  "image.create.perGiB": 0.5,
  "image.copy": 50,
  "image.copy.perGiB": 0.5,
  "snapshot.create": 30,
  "snapshot.create.perGiB": 0.5,
  "vpc.create": 10,
  "vswitch.create": 10,
  "eip.allocate": 5,
  "eip.associate": 10,
  "eip.unassociate": 10,
};

function realisticApiLatency(_product: Product, action: string): number {
  if (action === "RunInstances" || action === "CreateInstance") return 300;
  if (/^(Describe|List|Get)/.test(action)) return 80;
  if (/^(Create|Allocate|Copy|Import|Run)/.test(action)) return 200;
  return 120;
}

/**
 * Creates a latency profile. Every duration is multiplied by `timeScale` (for example 0.01 runs
 * the realistic profile a hundred times faster); unknown transition keys take 0 ms.
 */
export function createProfile(name: "zero" | "fast" | "realistic", timeScale = 1): LatencyProfile {
  if (!(timeScale >= 0) || !Number.isFinite(timeScale)) {
    throw new Error(`timeScale must be a finite number >= 0, got ${timeScale}`);
  }
  const table = name === "realistic" ? REALISTIC_TRANSITIONS_MS : name === "fast" ? FAST_TRANSITIONS_MS : {};
  return {
    name,
    timeScale,
    apiLatencyMs(product, action) {
      return name === "realistic" ? realisticApiLatency(product, action) * timeScale : 0;
    },
    transitionMs(kind) {
      return (table[kind] ?? 0) * timeScale;
    },
  };
}
