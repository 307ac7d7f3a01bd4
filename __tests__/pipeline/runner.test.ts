// The step runner: order, reverse cleanup, failure and abort at each step, on-error=abort, timing.
import { describe, expect, it } from "vitest";
import { ResourceLedger } from "../../src/pipeline/ledger.js";
import { runSteps } from "../../src/pipeline/runner.js";
import {
  type CleanupOutcome,
  cleanupMessage,
  type PipelineContext,
  SKIPPED,
  type Step,
} from "../../src/pipeline/step.js";
import { RecordingUi } from "../../src/ui/recording.js";

interface Ctx extends PipelineContext {
  log: string[];
  outcomes: Record<string, CleanupOutcome>;
  instanceId?: string;
}

function ctx(): Ctx {
  return { ui: new RecordingUi(), ledger: new ResourceLedger(), log: [], outcomes: {} };
}

/** A step that logs its run and cleanup and registers one resource named after it. */
function step(name: string, behaviour: { fail?: boolean; abort?: AbortController; skip?: boolean } = {}) {
  const s: Step<Ctx> = {
    name,
    async run(c) {
      c.log.push(`run ${name}`);
      c.ledger.add({ type: "thing", id: name, region: "cn-hangzhou" });
      if (behaviour.abort) behaviour.abort.abort(new Error("cancelled by the user"));
      if (behaviour.fail) throw new Error(`${name} broke`);
      if (behaviour.skip) return SKIPPED;
    },
    async cleanup(c, outcome) {
      c.log.push(`cleanup ${name}`);
      c.outcomes[name] = outcome;
      c.ledger.remove("thing", name);
    },
  };
  return s;
}

const names = ["a", "b", "c", "d"];

describe("runSteps", () => {
  it("runs every step in order, then cleans up in reverse order", async () => {
    const c = ctx();
    const r = await runSteps(
      names.map((n) => step(n)),
      c,
    );
    expect(r.status).toBe("succeeded");
    expect(c.log).toEqual([
      "run a",
      "run b",
      "run c",
      "run d",
      "cleanup d",
      "cleanup c",
      "cleanup b",
      "cleanup a",
    ]);
    expect(r.steps.map((s) => s.status)).toEqual(["succeeded", "succeeded", "succeeded", "succeeded"]);
    expect(r.steps.every((s) => s.cleanup?.status === "succeeded")).toBe(true);
    expect(c.outcomes.a).toEqual({ status: "succeeded", halted: false });
    expect(r.leftBehind).toEqual([]);
  });

  for (let at = 0; at < names.length; at++) {
    it(`stops when step ${names[at]} fails and cleans up what ran, including it`, async () => {
      const c = ctx();
      const r = await runSteps(
        names.map((n, i) => step(n, { fail: i === at })),
        c,
      );
      expect(r.status).toBe("failed");
      expect(r.failedStep).toBe(names[at]);
      expect(((r.error as Error).cause as Error).message).toBe(`${names[at]} broke`);
      const ran = names.slice(0, at + 1);
      expect(c.log).toEqual([
        ...ran.map((n) => `run ${n}`),
        ...[...ran].reverse().map((n) => `cleanup ${n}`),
      ]);
      expect(r.steps[at].status).toBe("failed");
      expect(r.steps.slice(at + 1).every((s) => s.status === "not-run" && !s.cleanup)).toBe(true);
      expect(c.outcomes[names[0]]).toMatchObject({ status: "failed", halted: true, failedStep: names[at] });
      expect((c.ui as RecordingUi).texts("error")).toContain(
        `Step "${names[at]}" failed: ${names[at]} broke. What to do: Fix the cause above, then run the build again.`,
      );
      expect(c.ledger.size).toBe(0);
    });

    it(`stops when the signal fires during step ${names[at]} and cleans up what ran`, async () => {
      const c = ctx();
      const ac = new AbortController();
      const r = await runSteps(
        names.map((n, i) => step(n, { abort: i === at ? ac : undefined })),
        c,
        { signal: ac.signal },
      );
      expect(r.status).toBe("cancelled");
      expect((r.error as Error).message).toBe("cancelled by the user");
      const ran = names.slice(0, at + 1);
      expect(c.log).toEqual([
        ...ran.map((n) => `run ${n}`),
        ...[...ran].reverse().map((n) => `cleanup ${n}`),
      ]);
      expect(c.outcomes[names[0]]).toMatchObject({ status: "cancelled", halted: true });
      expect(c.ledger.size).toBe(0);
    });
  }

  it("does nothing when the signal fired before the first step", async () => {
    const c = ctx();
    const ac = new AbortController();
    ac.abort(new Error("early"));
    const r = await runSteps(
      names.map((n) => step(n)),
      c,
      { signal: ac.signal },
    );
    expect(r.status).toBe("cancelled");
    expect(c.log).toEqual([]);
  });

  it("passes the signal to the running step and cleans it up when it rejects on abort", async () => {
    const c = ctx();
    const ac = new AbortController();
    const waiting: Step<Ctx> = {
      name: "wait",
      run: (_c, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
          setTimeout(() => ac.abort(new Error("SIGTERM")), 10);
        }),
      cleanup: (cc) => {
        cc.log.push("cleanup wait");
      },
    };
    const r = await runSteps([step("a"), waiting, step("c")], c, { signal: ac.signal });
    expect(r.status).toBe("cancelled");
    expect(r.failedStep).toBe("wait");
    expect(r.steps.map((s) => s.status)).toEqual(["succeeded", "cancelled", "not-run"]);
    expect(c.log).toEqual(["run a", "cleanup wait", "cleanup a"]);
  });

  it("gives up on a step that ignores the signal after the grace period, then cleans up", async () => {
    const c = ctx();
    const ac = new AbortController();
    const stubborn: Step<Ctx> = {
      name: "stubborn",
      run: () => {
        setTimeout(() => ac.abort(new Error("SIGINT")), 5);
        return new Promise(() => {});
      },
      cleanup: (cc) => {
        cc.log.push("cleanup stubborn");
      },
    };
    const r = await runSteps([step("a"), stubborn], c, { signal: ac.signal, abortGraceMs: 20 });
    expect(r.status).toBe("cancelled");
    expect(c.log).toEqual(["run a", "cleanup stubborn", "cleanup a"]);
    expect((c.ui as RecordingUi).texts("error")).toContain(
      'Step "stubborn" did not stop within 0s of the cancel',
    );
  });

  it("collects cleanup errors, keeps cleaning up, and reports what is left", async () => {
    const c = ctx();
    const broken: Step<Ctx> = {
      name: "b",
      run: (cc) => {
        cc.ledger.add({ type: "vpc", id: "vpc-1", region: "cn-hangzhou" });
      },
      cleanup: () => {
        throw new Error("DeleteVpc: DependencyViolation");
      },
    };
    const r = await runSteps([step("a"), broken, step("c", { fail: true })], c);
    expect(r.status).toBe("failed");
    expect(c.log).toEqual(["run a", "run c", "cleanup c", "cleanup a"]);
    expect(r.cleanupErrors).toHaveLength(1);
    expect(r.cleanupErrors[0].step).toBe("b");
    expect(r.steps[1].cleanup?.status).toBe("failed");
    expect(r.leftBehind.map((e) => [e.type, e.id, e.createdBy])).toEqual([["vpc", "vpc-1", "b"]]);
    const errors = (c.ui as RecordingUi).texts("error");
    expect(errors).toContain(
      'Cleanup of step "b" failed: DeleteVpc: DependencyViolation. What to do: Delete what this step created by hand (the resources listed below), in the Alibaba Cloud console or with the aliyun CLI.',
    );
    expect(errors).toContain('  vpc vpc-1 (cn-hangzhou, created by "b")');
  });

  it("a synchronous throw in run is a failure like a rejection", async () => {
    const c = ctx();
    const r = await runSteps(
      [
        {
          name: "sync",
          run: () => {
            throw new Error("bad config");
          },
        },
      ],
      c,
    );
    expect(r.status).toBe("failed");
    expect((r.error as Error).message).toBe(
      'Step "sync" failed: bad config. What to do: Fix the cause above, then run the build again.',
    );
    expect(((r.error as Error).cause as Error).message).toBe("bad config");
  });

  it("on-error=abort leaves every resource and reports it; no cleanup runs", async () => {
    const c = ctx();
    const r = await runSteps([step("a"), step("b"), step("c", { fail: true }), step("d")], c, {
      onError: "abort",
    });
    expect(r.status).toBe("failed");
    expect(c.log).toEqual(["run a", "run b", "run c"]);
    expect(r.leftBehind.map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(r.steps.slice(0, 3).map((s) => s.cleanup?.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect((c.ui as RecordingUi).texts("error")).toEqual([
      'Step "c" failed: c broke. What to do: Fix the cause above, then run the build again.',
      'Step "c" failed, aborting...',
      'aborted: skipping cleanup of step "b"',
      'aborted: skipping cleanup of step "a"',
      "on-error=abort: leaving 3 resource(s) behind:",
      '  thing a (cn-hangzhou, created by "a")',
      '  thing b (cn-hangzhou, created by "b")',
      '  thing c (cn-hangzhou, created by "c")',
      "What to do: delete them once you are done inspecting them (console or aliyun CLI); each carries the tag image-build:run of this run.",
    ]);
  });

  it("on-error=abort on a cancel says Interrupted, aborting...", async () => {
    const c = ctx();
    const ac = new AbortController();
    const r = await runSteps([step("a"), step("b", { abort: ac })], c, {
      onError: "abort",
      signal: ac.signal,
    });
    expect(r.status).toBe("cancelled");
    expect(c.log).toEqual(["run a", "run b"]);
    expect((c.ui as RecordingUi).texts("error").slice(1, 3)).toEqual([
      "Interrupted, aborting...",
      'aborted: skipping cleanup of step "a"',
    ]);
  });

  it("on-error=abort still cleans up after a successful run", async () => {
    const c = ctx();
    const r = await runSteps([step("a"), step("b")], c, { onError: "abort" });
    expect(r.status).toBe("succeeded");
    expect(c.log).toEqual(["run a", "run b", "cleanup b", "cleanup a"]);
    expect(r.leftBehind).toEqual([]);
  });

  it("records each step's duration and skipped steps", async () => {
    let t = 0;
    const c = ctx();
    const timed = (name: string, ms: number): Step<Ctx> => ({
      name,
      run: () => {
        t += ms;
      },
      cleanup: () => {
        t += 1;
      },
    });
    const r = await runSteps([timed("a", 100), step("s", { skip: true }), timed("b", 2500)], c, {
      now: () => t,
    });
    expect(r.steps.map((s) => [s.name, s.status, s.durationMs])).toEqual([
      ["a", "succeeded", 100],
      ["s", "skipped", 0],
      ["b", "succeeded", 2500],
    ]);
    expect(r.steps[0].cleanup?.durationMs).toBe(1);
    expect(r.durationMs).toBe(2602);
  });

  it("cleanups are idempotent through the ledger: a second pass (a sweep) deletes nothing again", async () => {
    const deleted: string[] = [];
    const create: Step<Ctx> = {
      name: "create instance",
      run: (c) => {
        c.instanceId = "i-1";
        c.ledger.add({ type: "instance", id: "i-1", region: "cn-hangzhou" });
      },
      cleanup: (c) => {
        if (!c.instanceId || !c.ledger.has("instance", c.instanceId)) return;
        deleted.push(c.instanceId);
        c.ledger.remove("instance", c.instanceId);
      },
    };
    const c = ctx();
    const r = await runSteps([create, step("boom", { fail: true })], c);
    expect(r.status).toBe("failed");
    await create.cleanup!(c, { status: "failed", halted: true });
    expect(deleted).toEqual(["i-1"]);
  });

  it("cleanupMessage keeps Packer's texts", () => {
    expect(cleanupMessage({ status: "failed", halted: true }, "instance")).toBe(
      "Deleting instance because of cancellation or error...",
    );
    expect(cleanupMessage({ status: "succeeded", halted: false }, "security group")).toBe(
      "Cleaning up 'security group'",
    );
  });
});
