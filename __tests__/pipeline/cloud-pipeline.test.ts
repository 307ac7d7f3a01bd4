// The runner and the cloud layer together on the emulator: steps that create a VPC, a vSwitch and a
// security group (tagged with the run, registered in the ledger) and a step that fails. With
// on-error=cleanup nothing leaks; with abort the leak check and the ledger agree on what was left;
// a cancel during a wait cleans up too.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { Cloud } from "../../src/cloud/cloud.js";
import { ignoreNotFound } from "../../src/cloud/errors.js";
import { RUN_TAG, runTags, tagResources } from "../../src/cloud/tags.js";
import { waitForVpc, waitForVSwitch } from "../../src/cloud/waiters.js";
import { ResourceLedger } from "../../src/pipeline/ledger.js";
import { runSteps } from "../../src/pipeline/runner.js";
import { cleanupMessage, type PipelineContext, type Step } from "../../src/pipeline/step.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { emulatorCloud } from "../cloud/helpers.js";

const R = "cn-hangzhou";
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ profile: "realistic", timeScale: 0.01, imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

interface BuildCtx extends PipelineContext {
  cloud: Cloud;
  runId: string;
  vpcId?: string;
  vSwitchId?: string;
  securityGroupId?: string;
}

const FAST = { initialMs: 10, maxMs: 50 };

const createVpc: Step<BuildCtx> = {
  name: "config vpc",
  async run(ctx, signal) {
    ctx.ui.say("Creating vpc...");
    const r = await ctx.cloud.vpc("CreateVpc", (c, a) =>
      c.createVpc(
        new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "172.16.0.0/16", clientToken: a.clientToken }),
      ),
    );
    ctx.vpcId = r.body!.vpcId!;
    ctx.ledger.add({ type: "vpc", id: ctx.vpcId, region: R });
    await tagResources(ctx.cloud, "vpc", [ctx.vpcId], runTags(ctx.runId, "test"));
    await waitForVpc(ctx.cloud, ctx.vpcId, { signal, ui: ctx.ui, interval: FAST });
  },
  async cleanup(ctx, outcome) {
    const id = ctx.vpcId;
    if (!id || !ctx.ledger.has("vpc", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "VPC"));
    await ignoreNotFound(
      ctx.cloud.vpc("DeleteVpc", (c) => c.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: R, vpcId: id })), {
        resource: `vpc ${id}`,
        retryCodes: [
          "DependencyViolation.VSwitch",
          "DependencyViolation.SecurityGroup",
          "DependencyViolation.Instance",
        ],
      }),
    );
    ctx.ledger.remove("vpc", id);
  },
};

const createVSwitch: Step<BuildCtx> = {
  name: "config vswitch",
  async run(ctx, signal) {
    const r = await ctx.cloud.vpc("CreateVSwitch", (c, a) =>
      c.createVSwitch(
        new $Vpc.CreateVSwitchRequest({
          regionId: R,
          vpcId: ctx.vpcId,
          zoneId: "cn-hangzhou-h",
          cidrBlock: "172.16.0.0/24",
          clientToken: a.clientToken,
        }),
      ),
    );
    ctx.vSwitchId = r.body!.vSwitchId!;
    ctx.ledger.add({ type: "vswitch", id: ctx.vSwitchId, region: R });
    await tagResources(ctx.cloud, "vswitch", [ctx.vSwitchId], runTags(ctx.runId, "test"));
    await waitForVSwitch(ctx.cloud, ctx.vSwitchId, { signal, ui: ctx.ui, interval: FAST });
  },
  async cleanup(ctx, outcome) {
    const id = ctx.vSwitchId;
    if (!id || !ctx.ledger.has("vswitch", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "vSwitch"));
    await ignoreNotFound(
      ctx.cloud.vpc(
        "DeleteVSwitch",
        (c) => c.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: R, vSwitchId: id })),
        {
          resource: `vswitch ${id}`,
          retryCodes: ["DependencyViolation", "IncorrectVSwitchStatus"],
          policy: { maxAttempts: 36 },
        },
      ),
    );
    ctx.ledger.remove("vswitch", id);
  },
};

const createSecurityGroup: Step<BuildCtx> = {
  name: "config security group",
  async run(ctx) {
    const r = await ctx.cloud.ecs("CreateSecurityGroup", (c, a) =>
      c.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId: ctx.vpcId, clientToken: a.clientToken }),
      ),
    );
    ctx.securityGroupId = r.body!.securityGroupId!;
    ctx.ledger.add({ type: "security-group", id: ctx.securityGroupId, region: R });
    await tagResources(ctx.cloud, "security-group", [ctx.securityGroupId], runTags(ctx.runId, "test"));
  },
  async cleanup(ctx, outcome) {
    const id = ctx.securityGroupId;
    if (!id || !ctx.ledger.has("security-group", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "security group"));
    await ignoreNotFound(
      ctx.cloud.ecs(
        "DeleteSecurityGroup",
        (c) =>
          c.deleteSecurityGroup(new $Ecs.DeleteSecurityGroupRequest({ regionId: R, securityGroupId: id })),
        { resource: `security group ${id}`, retryCodes: ["DependencyViolation"] },
      ),
    );
    ctx.ledger.remove("security-group", id);
  },
};

const failing: Step<BuildCtx> = {
  name: "create instance",
  async run(ctx) {
    await ctx.cloud.ecs(
      "RunInstances",
      (c, a) =>
        c.runInstances(
          new $Ecs.RunInstancesRequest({
            regionId: R,
            imageId: "m-doesnotexist",
            instanceType: "ecs.g6.large",
            securityGroupId: ctx.securityGroupId,
            vSwitchId: ctx.vSwitchId,
            clientToken: a.clientToken,
          }),
        ),
      { resource: "image m-doesnotexist" },
    );
  },
};

function context(runId: string, saved: string[]): BuildCtx {
  const ledger = new ResourceLedger({ build: "test" });
  ledger.onChange(() => saved.push(JSON.stringify(ledger)));
  return { ui: new RecordingUi(), ledger, cloud: emulatorCloud(emu), runId };
}

const leaks = (runId: string) =>
  (emu.leakCheck({ tags: { [RUN_TAG]: runId } }) as { kind: string; id: string }[])
    .map((r) => `${r.kind} ${r.id}`)
    .sort();

describe("a pipeline of cloud steps", () => {
  it("a failure cleans up everything in reverse order: the leak check is empty", async () => {
    const saved: string[] = [];
    const ctx = context("run-cleanup", saved);
    const r = await runSteps([createVpc, createVSwitch, createSecurityGroup, failing], ctx);
    expect(r.status).toBe("failed");
    expect((r.error as Error).message).toMatch(
      /^Step "[^"]+" failed: RunInstances \(image m-doesnotexist, cn-hangzhou\) failed: InvalidImageId.NotFound/,
    );
    expect(r.cleanupErrors).toEqual([]);
    expect(leaks("run-cleanup")).toEqual([]);
    expect(JSON.parse(saved.at(-1)!)).toEqual([]);
    expect(saved).toHaveLength(6);
    const ui = ctx.ui as RecordingUi;
    expect(ui.texts("say")).toEqual([
      "Creating vpc...",
      "Deleting security group because of cancellation or error...",
      "Deleting vSwitch because of cancellation or error...",
      "Deleting VPC because of cancellation or error...",
    ]);
    expect(
      emu
        .calls()
        .filter((c) => c.action?.startsWith("Delete"))
        .map((c) => c.action),
    ).toEqual(["DeleteSecurityGroup", "DeleteVSwitch", "DeleteVpc"]);
    expect(r.steps.map((s) => s.durationMs > 0)).toEqual([true, true, true, true]);
  });

  it("on-error=abort leaves what the ledger lists, and the leak check agrees; a later sweep clears it", async () => {
    const saved: string[] = [];
    const ctx = context("run-abort", saved);
    const r = await runSteps([createVpc, createVSwitch, createSecurityGroup, failing], ctx, {
      onError: "abort",
    });
    expect(r.status).toBe("failed");
    const left = r.leftBehind
      .map((e) => `${e.type === "security-group" ? "securitygroup" : e.type} ${e.id}`)
      .sort();
    expect(left).toHaveLength(3);
    expect(leaks("run-abort")).toEqual(left);
    // The post step's sweep: a fresh process restores the ledger from the saved state and runs the cleanups.
    const restored = ResourceLedger.fromJSON(saved.at(-1)!);
    const sweep: BuildCtx = {
      ...context("run-abort", []),
      ledger: restored,
      vpcId: restored.list("vpc")[0].id,
      vSwitchId: restored.list("vswitch")[0].id,
      securityGroupId: restored.list("security-group")[0].id,
    };
    for (const s of [createSecurityGroup, createVSwitch, createVpc])
      await s.cleanup!(sweep, { status: "failed", halted: true });
    expect(restored.size).toBe(0);
    expect(leaks("run-abort")).toEqual([]);
  });

  it("a cancel during a wait stops the wait and cleans up (deletes retried until the vSwitch may go)", async () => {
    // Slower transitions (vSwitch Pending for 300 ms): the cancel lands while it is Pending, and
    // DeleteVSwitch answers IncorrectVSwitchStatus until it is Available.
    const slow = await startEmulator({ profile: "realistic", timeScale: 0.1, imds: false, tls: false });
    try {
      const ctx: BuildCtx = { ...context("run-cancel", []), cloud: emulatorCloud(slow) };
      const ac = new AbortController();
      const ui = ctx.ui as RecordingUi;
      const record = ui.progress.bind(ui);
      ui.progress = (u) => {
        record(u);
        if (u.id.startsWith("vswitch")) ac.abort(new Error("The operation was canceled."));
      };
      const r = await runSteps([createVpc, createVSwitch, createSecurityGroup], ctx, { signal: ac.signal });
      expect(r.status).toBe("cancelled");
      expect(r.failedStep).toBe("config vswitch");
      expect(r.steps[2].status).toBe("not-run");
      expect(ui.texts("error")).toEqual(['Build cancelled during step "config vswitch"']);
      expect(r.cleanupErrors).toEqual([]);
      expect(slow.leakCheck({ tags: { [RUN_TAG]: "run-cancel" } })).toEqual([]);
      // Refused while Pending (retried), then deleted.
      const deletes = slow.calls({ action: "DeleteVSwitch" });
      expect(deletes.at(-1)?.httpStatus).toBe(200);
      expect(deletes.slice(0, -1).every((c) => c.code === "IncorrectVSwitchStatus")).toBe(true);
    } finally {
      await slow.stop();
    }
  });
});
