/**
 * The emulator's critical path of a build: how long a perfect client would have had to wait on
 * the emulator for the same run. The emulator reports what it spent time on (docs/benchmarks.md
 * "Method"):
 *
 * - every API call, from arrival to answer (the call log: `time` + `latencyMs`; the profile's
 *   latency is slept inside it);
 * - every resource transition that ended within the run (model event `transition`: instance
 *   create/start/stop, image create, VPC/vSwitch/EIP, the network release after DeleteInstance);
 * - the machines behind the instances (model event `machine.busy`): boot (Running → SSH answering)
 *   and every command from start to exit.
 *
 * The critical path is the length of the union of those intervals inside the run's window: a time
 * at which the client waited on none of them is the client's own (its CPU, its polling or retry
 * sleeps after a state had already changed, SSH handshakes). Overlaps count once, so polls during
 * a transition cost nothing and parallel builds share their waits.
 */
import type { Emulator } from "../emulator/index.js";

/** A closed interval in epoch milliseconds. */
export type Interval = [start: number, end: number];

/** What the emulator was busy with during a run, by kind. */
export interface EmulatorActivity {
  calls: { action: string; span: Interval }[];
  transitions: { transition: string; span: Interval }[];
  machines: { what: "boot" | "exec"; span: Interval }[];
}

/** Starts recording transitions and machine activity; `activity()` adds the call log. */
export function recordActivity(emu: Emulator): { activity(): EmulatorActivity; stop(): void } {
  const transitions: EmulatorActivity["transitions"] = [];
  const machines: EmulatorActivity["machines"] = [];
  const events = emu.model!.events;
  const onTransition = (e: { transition: string; startedAt: number; endedAt: number }) =>
    transitions.push({ transition: e.transition, span: [e.startedAt, e.endedAt] });
  const onBusy = (e: { what: "boot" | "exec"; startedAt: number; endedAt: number }) =>
    machines.push({ what: e.what, span: [e.startedAt, e.endedAt] });
  events.on("transition", onTransition);
  events.on("machine.busy", onBusy);
  return {
    activity: () => ({
      calls: emu.calls().map((c) => {
        const t = Date.parse(c.time);
        return { action: c.action ?? "?", span: [t, t + c.latencyMs] as Interval };
      }),
      transitions: [...transitions],
      machines: [...machines],
    }),
    stop() {
      events.off("transition", onTransition);
      events.off("machine.busy", onBusy);
    },
  };
}

/** Length of the union of `spans`, each clipped to `window`. */
export function unionMs(spans: Interval[], window: Interval): number {
  const clipped = spans
    .map(([a, b]) => [Math.max(a, window[0]), Math.min(b, window[1])] as Interval)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let cur: Interval | undefined;
  for (const s of clipped) {
    if (cur && s[0] <= cur[1]) cur[1] = Math.max(cur[1], s[1]);
    else {
      if (cur) total += cur[1] - cur[0];
      cur = [...s];
    }
  }
  if (cur) total += cur[1] - cur[0];
  return total;
}

/** The critical path of a run over `window`, and its parts (each part's own union). */
export interface CriticalPath {
  totalMs: number;
  callsMs: number;
  transitionsMs: number;
  machinesMs: number;
  /** Transition time by kind (sum of spans that ended within the window). */
  byTransition: Record<string, number>;
}

/**
 * The critical path of a run. Transitions that had not ended when the run ended were not waited
 * for (the run did not need them) and are left out.
 */
export function criticalPath(a: EmulatorActivity, window: Interval): CriticalPath {
  const waited = a.transitions.filter((t) => t.span[1] <= window[1] && t.span[0] >= window[0]);
  const byTransition: Record<string, number> = {};
  for (const t of waited)
    byTransition[t.transition] = (byTransition[t.transition] ?? 0) + t.span[1] - t.span[0];
  const calls = a.calls.map((c) => c.span);
  const spans = [...calls, ...waited.map((t) => t.span), ...a.machines.map((m) => m.span)];
  return {
    totalMs: unionMs(spans, window),
    callsMs: unionMs(calls, window),
    transitionsMs: unionMs(
      waited.map((t) => t.span),
      window,
    ),
    machinesMs: unionMs(
      a.machines.map((m) => m.span),
      window,
    ),
    byTransition,
  };
}

/**
 * The run's own time, as the gaps of the critical path longer than `minMs`: each with what the
 * emulator last finished before it and what it did next (for finding where overhead goes).
 */
export function gaps(a: EmulatorActivity, window: Interval, minMs = 50): string[] {
  const waited = a.transitions.filter((t) => t.span[1] <= window[1] && t.span[0] >= window[0]);
  const labelled: { label: string; span: Interval }[] = [
    ...a.calls.map((c) => ({ label: c.action, span: c.span })),
    ...waited.map((t) => ({ label: t.transition, span: t.span })),
    ...a.machines.map((m) => ({ label: `machine ${m.what}`, span: m.span })),
  ].sort((x, y) => x.span[0] - y.span[0]);
  const out: string[] = [];
  let covered = window[0];
  let last = "start";
  for (const l of labelled) {
    if (l.span[0] - covered >= minMs)
      out.push(
        `${((covered - window[0]) / 1000).toFixed(2)}s +${(l.span[0] - covered).toFixed(0)} ms: after ${last}, before ${l.label}`,
      );
    if (l.span[1] > covered) {
      covered = l.span[1];
      last = l.label;
    }
  }
  if (window[1] - covered >= minMs)
    out.push(`+${(window[1] - covered).toFixed(0)} ms: after ${last}, to the end`);
  return out;
}
