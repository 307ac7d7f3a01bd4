// The generic waiter on a scripted Describe: adaptive interval, deadline, failure states, abort.
import { describe, expect, it } from "vitest";
import {
  NOT_FOUND,
  parsePercent,
  WaitFailedError,
  WaitTimeoutError,
  waitFor,
} from "../../src/cloud/waiter.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { fakeClock } from "./helpers.js";

/** A Describe that returns the scripted states in turn (the last one forever). */
function scripted(states: (string | undefined)[]) {
  let i = 0;
  return async () => {
    const s = states[Math.min(i++, states.length - 1)];
    return s === undefined ? undefined : { status: s, progress: `${Math.min(100, i * 10)}%` };
  };
}

describe("waitFor", () => {
  it("polls 0.5 s, ×1.5, up to 5 s, and returns the resource in the target state", async () => {
    const clock = fakeClock();
    const states = [...Array(10).fill("Creating"), "Available"];
    const r = await waitFor({
      what: "image m-1",
      target: "Available",
      describe: scripted(states),
      state: (x) => x.status,
      timeoutMs: 600_000,
      clock,
    });
    expect(r.state).toBe("Available");
    expect(r.polls).toBe(11);
    expect(clock.sleeps).toEqual([500, 750, 1125, 1687.5, 2531.25, 3796.875, 5000, 5000, 5000, 5000]);
    expect(r.elapsedMs).toBe(clock.sleeps.reduce((a, b) => a + b, 0));
  });

  it("reports progress through the Ui with the percentage and elapsed time", async () => {
    const clock = fakeClock();
    const ui = new RecordingUi();
    await waitFor({
      what: "image m-1",
      target: "Available",
      describe: scripted(["Creating", "Creating", "Available"]),
      state: (x) => x.status,
      progress: (x) => parsePercent(x.progress),
      timeoutMs: 60_000,
      interval: { initialMs: 1000, factor: 2 },
      clock,
      ui,
    });
    const updates = ui.lines.flatMap((l) => (l.kind === "progress" ? [l.update] : []));
    expect(updates).toEqual([
      {
        id: "image m-1",
        label: "Waiting for image m-1 to be Available: Creating",
        percent: 10,
        elapsedMs: 0,
      },
      {
        id: "image m-1",
        label: "Waiting for image m-1 to be Available: Creating",
        percent: 20,
        elapsedMs: 1000,
      },
      { id: "image m-1", label: "image m-1 is Available", percent: 30, elapsedMs: 3000, done: true },
    ]);
  });

  it("times out at the deadline (the last poll is at the timeout) naming resource, target, last state and time", async () => {
    const clock = fakeClock();
    const err = await waitFor({
      what: "instance i-1",
      target: "Running",
      describe: scripted(["Starting"]),
      state: (x) => x.status,
      timeoutMs: 4000,
      clock,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as Error).message).toBe(
      "Timed out after 4.0s waiting for instance i-1 to be Running (last state: Starting)",
    );
    expect(clock.sleeps).toEqual([500, 750, 1125, 1625]);
  });

  it("ends at once on a failure state", async () => {
    const clock = fakeClock();
    const err = await waitFor({
      what: "image m-1",
      target: "Available",
      describe: scripted(["Creating", "CreateFailed"]),
      state: (x) => x.status,
      failureStates: ["CreateFailed"],
      timeoutMs: 3_600_000,
      clock,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitFailedError);
    expect((err as Error).message).toBe(
      "image m-1 reached state CreateFailed while waiting for Available (after 0.5s)",
    );
    expect(clock.sleeps).toEqual([500]);
  });

  it("waits for NOT_FOUND (a deleted resource)", async () => {
    const clock = fakeClock();
    const r = await waitFor({
      what: "instance i-1",
      target: NOT_FOUND,
      describe: scripted(["Stopped", undefined]),
      state: (x) => x.status,
      timeoutMs: 10_000,
      clock,
    });
    expect(r).toMatchObject({ state: "NotFound", resource: undefined, polls: 2 });
  });

  it("propagates a Describe error", async () => {
    await expect(
      waitFor({
        what: "vpc v-1",
        target: "Available",
        describe: async () => {
          throw new Error("InvalidVpcId.NotFound");
        },
        state: () => "",
        timeoutMs: 1000,
        clock: fakeClock(),
      }),
    ).rejects.toThrow("InvalidVpcId.NotFound");
  });

  it("stops at once on abort, with the signal's reason", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error("SIGINT")), 30);
    const t0 = Date.now();
    await expect(
      waitFor({
        what: "image m-1",
        target: "Available",
        describe: scripted(["Creating"]),
        state: (x) => x.status,
        timeoutMs: 60_000,
        interval: { initialMs: 10_000 },
        signal: ac.signal,
      }),
    ).rejects.toThrow("SIGINT");
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("parsePercent", () => {
    expect([
      parsePercent("45%"),
      parsePercent("100"),
      parsePercent(7),
      parsePercent(""),
      parsePercent(undefined),
    ]).toEqual([45, 100, 7, undefined, undefined]);
  });
});
