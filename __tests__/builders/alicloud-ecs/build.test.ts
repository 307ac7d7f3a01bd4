// The alicloud-ecs build through the real engine against the emulator: a default build, the
// documented call order, a failure and a cancel injected at each step, flaky APIs, NoStock,
// waited copies, -force, and leaks after every case.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, type FaultRule, startEmulator } from "../../../emulator/index.js";
import { factOf } from "../../../src/builders/result.js";
import { describeEip, describeImage } from "../../../src/cloud/describe.js";
import { BUILD_TAG, RUN_TAG } from "../../../src/cloud/tags.js";
import { emulatorCloud } from "../../cloud/helpers.js";
import { builder, buildTemplate } from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => emu.faults.clear());

/** Every resource created since `since` (the public catalogue never counts). */
const createdSince = (since: number) =>
  emu.leakCheck({ since: new Date(since).toISOString() }) as {
    kind: string;
    id: string;
    regionId: string;
    status: string;
    tags: Record<string, string>;
  }[];
/** Temporary resources created since `since` (images and their snapshots excluded). */
const leaksSince = (since: number) =>
  emu.leakCheck({ since: new Date(since).toISOString(), ignoreImages: true });
/** The API actions called since call `seq`, consecutive repeats (polls, retries) collapsed. */
function actionsSince(seq: number): string[] {
  const out: string[] = [];
  for (const c of emu.calls().filter((c) => c.seq > seq))
    if (out.at(-1) !== c.action) out.push(c.action ?? "");
  return out;
}
const lastSeq = () => emu.calls().at(-1)?.seq ?? 0;

/** Every step runs: copy, share, tags, the system disk snapshot, force delete, a data disk. */
let fullRuns = 0;
const full = () =>
  builder({
    image_name: `full-build-${++fullRuns}`,
    image_copy_regions: ["cn-beijing"],
    image_share_account: ["1234567890123457"],
    tags: { team: "images" },
    image_ignore_data_disks: true,
    image_force_delete: true,
    image_disk_mappings: [{ disk_size: 20 }],
  });

describe("alicloud-ecs build (communicator none)", () => {
  it("a default build succeeds and leaves only the image and its snapshots", async () => {
    const since = Date.now();
    const seq = lastSeq();
    const r = await buildTemplate(emu, { builders: [builder()] }, { runId: "run-default" });
    expect(r.ok).toBe(true);
    expect(r.exitCode).toBe(0);
    const b = r.builds[0];
    expect(b.status).toBe("succeeded");
    const imageId = b.images["cn-hangzhou"];
    expect(imageId).toMatch(/^m-/);
    expect(b.artifact?.id()).toBe(`cn-hangzhou:${imageId}`);
    expect(b.artifact?.toString()).toBe(`Alicloud images were created:\n\ncn-hangzhou: ${imageId}`);
    expect(factOf(b.details, "zone")).toBe("cn-hangzhou-h");
    expect(factOf(b.details, "source-image")).toBe("ubuntu_22_04_x64_20G_alibase_20240220.vhd");
    expect(b.leftBehind).toEqual([]);
    expect(leaksSince(since)).toEqual([]);
    const left = createdSince(since);
    expect(left.map((x) => x.kind).sort()).toEqual(["image", "snapshot"]);
    expect(left.find((x) => x.kind === "image")?.id).toBe(imageId);

    // Every temporary resource carried the run's tags from its create call.
    const creates = emu
      .calls()
      .filter((c) => c.seq > seq && /^(Create|Run)/.test(c.action ?? "") && c.action !== "CreateImage");
    expect(creates.map((c) => c.action)).toEqual([
      "CreateVpc",
      "CreateVSwitch",
      "CreateSecurityGroup",
      "RunInstances",
    ]);
    for (const c of creates) {
      expect(JSON.stringify(c.params)).toContain(RUN_TAG);
      expect(JSON.stringify(c.params)).toContain("run-default");
      expect(JSON.stringify(c.params)).toContain(BUILD_TAG);
    }
    // No ingress at all with the none communicator, no key pair, no EIP, no TagResources.
    expect(
      emu.calls().filter((c) => c.seq > seq && /Authorize|KeyPair|Eip|TagResources/.test(c.action ?? "")),
    ).toEqual([]);
    // Step durations and call accounting for the summary.
    expect(b.steps.map((s) => s.name)).toContain("create image");
    expect(b.steps.every((s) => s.status === "succeeded" || s.status === "skipped")).toBe(true);
    const byAction = Object.fromEntries(b.calls.map((c) => [c.action, c.calls]));
    expect(byAction.RunInstances).toBe(1);
    expect(byAction.CreateImage).toBe(1);
  });

  it("the call log follows the documented step order (docs/build-steps.md)", async () => {
    const seq = lastSeq();
    const r = await buildTemplate(emu, { builders: [builder({ image_name: "order-check" })] });
    expect(r.ok).toBe(true);
    expect(actionsSince(seq)).toEqual([
      "DescribeRegions", // pre-validate: every region in one call
      "DescribeImages", // pre-validate: image name free; source image (no owner filter)
      "CreateVpc",
      "DescribeVpcs", // vpc: wait Available
      "DescribeAvailableResource", // vswitch: zones with stock
      "CreateVSwitch",
      "DescribeVSwitches", // wait Available
      "CreateSecurityGroup", // no ingress with communicator none
      "RunInstances", // key pair, password, user data at first boot
      "DescribeInstances", // wait Running
      "StopInstance",
      "DescribeInstances", // wait Stopped
      "CreateImage",
      "DescribeImages", // wait Available with Progress
      "DeleteInstance", // cleanups, in reverse order
      "DeleteSecurityGroup",
      "DeleteVSwitch",
      "DeleteVpc",
    ]);
  });

  it("the full template runs every step in order and keeps the image, its copy and snapshots", async () => {
    const since = Date.now();
    const seq = lastSeq();
    const r = await buildTemplate(emu, { builders: [full()] });
    expect(r.ok).toBe(true);
    expect(actionsSince(seq)).toEqual([
      "DescribeRegions",
      "DescribeImages",
      "CreateVpc",
      "DescribeVpcs",
      "DescribeAvailableResource",
      "CreateVSwitch",
      "DescribeVSwitches",
      "CreateSecurityGroup",
      "RunInstances",
      "DescribeInstances",
      "StopInstance",
      "DescribeInstances",
      "DescribeImages", // force delete: same-name images
      "DescribeDisks",
      "CreateSnapshot",
      "DescribeSnapshots",
      "CreateImage",
      "DescribeImages",
      "TagResources", // tags on the image's snapshots, one call
      "CopyImage",
      "DescribeImages", // copy waited for
      "TagResources", // the copy's snapshots carry the image's tags too
      "ModifyImageSharePermission", // source and copy
      "DeleteInstance",
      "DeleteSecurityGroup",
      "DeleteVSwitch",
      "DeleteVpc",
    ]);
    expect(Object.keys(r.builds[0].images).sort()).toEqual(["cn-beijing", "cn-hangzhou"]);
    expect(leaksSince(since)).toEqual([]);
  });
});

/** Steps of the full template, each with the call that fails or is cancelled in it (the first such call). */
const STEP_CALLS: { step: string; rule: Omit<FaultRule, "effect"> }[] = [
  { step: "pre-validate", rule: { action: "DescribeRegions" } },
  { step: "source image", rule: { action: "DescribeImages", nth: 1 } },
  { step: "vpc", rule: { action: "CreateVpc" } },
  { step: "vpc (wait)", rule: { action: "DescribeVpcs" } },
  { step: "vswitch (zones)", rule: { action: "DescribeAvailableResource" } },
  { step: "vswitch", rule: { action: "CreateVSwitch" } },
  { step: "vswitch (wait)", rule: { action: "DescribeVSwitches" } },
  { step: "security group", rule: { action: "CreateSecurityGroup" } },
  { step: "create instance", rule: { action: "RunInstances" } },
  { step: "create instance (wait)", rule: { action: "DescribeInstances", nth: 1 } },
  { step: "stop instance", rule: { action: "StopInstance" } },
  { step: "stop instance (wait)", rule: { action: "DescribeInstances", nth: 2 } },
  // Force delete looks in the source region and in the copy region (calls 2 and 3).
  { step: "delete same-name images", rule: { action: "DescribeImages", nth: 2 } },
  { step: "system disk snapshot", rule: { action: "CreateSnapshot" } },
  { step: "system disk snapshot (wait)", rule: { action: "DescribeSnapshots" } },
  { step: "create image", rule: { action: "CreateImage" } },
  { step: "create image (wait)", rule: { action: "DescribeImages", nth: 4 } },
  { step: "tag snapshots", rule: { action: "TagResources" } },
  { step: "copy image", rule: { action: "CopyImage" } },
  {
    step: "copy image (wait)",
    rule: { action: "DescribeImages", params: { RegionId: "cn-beijing" }, nth: 2 },
  },
  { step: "copy image (tag the copy's snapshots)", rule: { action: "TagResources", nth: 2 } },
  { step: "share image", rule: { action: "ModifyImageSharePermission", nth: 2 } },
];

describe("nothing is left behind", () => {
  it.each(STEP_CALLS)("when $step fails", async ({ step, rule }) => {
    const since = Date.now();
    emu.faults.add({
      ...rule,
      effect: "error",
      code: "InjectedFailure",
      httpStatus: 400,
      times: 1,
    } as FaultRule);
    const r = await buildTemplate(emu, { builders: [full()] });
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.builds[0].status).toBe("failed");
    expect(String(r.builds[0].error)).toContain("InjectedFailure");
    expect(r.builds[0].failedStep).toBe(step.replace(/ \(.*\)$/, ""));
    expect(r.builds[0].leftBehind).toEqual([]);
    expect(r.builds[0].cleanupErrors).toEqual([]);
    expect(createdSince(since)).toEqual([]);
  });

  it.each(STEP_CALLS)("when the build is cancelled during $step", async ({ step, rule }) => {
    const since = Date.now();
    // The call is slowed down; the cancel comes as soon as the emulator holds it.
    const id = emu.faults.add({ ...rule, effect: "delay", delayMs: 150, times: 1 } as FaultRule);
    const ctl = new AbortController();
    const timer = setInterval(() => {
      if ((emu.faults.list().find((f) => f.id === id)?.fired ?? 0) > 0)
        ctl.abort(new Error("cancelled by test"));
    }, 2);
    const r = await buildTemplate(emu, { builders: [full()] }, { signal: ctl.signal });
    clearInterval(timer);
    expect(ctl.signal.aborted).toBe(true);
    expect(r.ok).toBe(false);
    expect(r.builds[0].status).toBe("cancelled");
    expect(r.builds[0].failedStep).toBe(step.replace(/ \(.*\)$/, ""));
    expect(r.builds[0].leftBehind).toEqual([]);
    expect(createdSince(since)).toEqual([]);
  });
});

describe("nothing is left behind (SSH steps)", () => {
  // An SSH build whose connection can never succeed (nothing listens on port 1).
  const ssh = () =>
    builder({
      image_name: `ssh-fail-${++fullRuns}`,
      communicator: "ssh",
      ssh_username: "root",
      ssh_port: 1,
      ssh_timeout: "1s",
      associate_public_ip_address: true,
    });
  it.each([
    { step: "key pair", rule: { action: "CreateKeyPair" } },
    { step: "security group", rule: { action: "AuthorizeSecurityGroup" } },
  ])("when $step fails", async ({ step, rule }) => {
    const since = Date.now();
    emu.faults.add({
      ...rule,
      effect: "error",
      code: "InjectedFailure",
      httpStatus: 400,
      times: 1,
    } as FaultRule);
    const r = await buildTemplate(emu, { builders: [ssh()] });
    expect(r.builds[0].failedStep).toBe(step);
    expect(createdSince(since)).toEqual([]);
  });

  it("when connecting times out (ssh_timeout)", async () => {
    const since = Date.now();
    const r = await buildTemplate(emu, { builders: [ssh()] });
    expect(r.builds[0].failedStep).toBe("connect");
    expect(String((r.builds[0].error as Error).cause)).toBe("Error: Timeout waiting for SSH.");
    expect(r.ui.texts("say")).toContain(
      "alicloud-ecs: Deleting temporary keypair because of cancellation or error...",
    );
    expect(createdSince(since)).toEqual([]);
  });
});

describe("addresses", () => {
  it("eip_id with associate_public_ip_address: associated for the build, unassociated after, never released", async () => {
    const cloud = emulatorCloud(emu);
    const eip = await cloud.vpc("AllocateEipAddress", (c, a) =>
      c.allocateEipAddress(
        new $Vpc.AllocateEipAddressRequest({ regionId: "cn-hangzhou", clientToken: a.clientToken }),
      ),
    );
    const allocationId = eip.body!.allocationId!;
    const since = Date.now();
    const seq = lastSeq();
    const r = await buildTemplate(emu, {
      builders: [
        builder({ image_name: "with-eip", eip_id: allocationId, associate_public_ip_address: true }),
      ],
    });
    expect(r.ok).toBe(true);
    const actions = actionsSince(seq);
    expect(actions).toEqual(expect.arrayContaining(["AssociateEipAddress", "UnassociateEipAddress"]));
    expect(actions).not.toContain("ReleaseEipAddress");
    expect(actions).not.toContain("AllocateEipAddress");
    // No public IP from RunInstances when an EIP is given.
    const run = emu.calls({ action: "RunInstances" }).at(-1)!;
    expect(run.params.InternetMaxBandwidthOut).toBeUndefined();
    expect((await describeEip(cloud, allocationId))?.status).toBe("Available");
    // The EIP is the user's (it may share the build's first millisecond).
    expect((leaksSince(since) as { id: string }[]).filter((x) => x.id !== allocationId)).toEqual([]);
  });

  it("associate_public_ip_address without eip_id: a public IP from RunInstances, no EIP calls", async () => {
    const seq = lastSeq();
    const r = await buildTemplate(emu, {
      builders: [builder({ image_name: "public-ip", associate_public_ip_address: true })],
    });
    expect(r.ok).toBe(true);
    expect(actionsSince(seq).filter((a) => /Eip/.test(a))).toEqual([]);
    const run = emu.calls({ action: "RunInstances" }).at(-1)!;
    expect(Number(run.params.InternetMaxBandwidthOut)).toBe(5);
    expect(r.ui.texts("say").join("\n")).toMatch(/Using public ip address \d+\.\d+\.\d+\.\d+\./);
  });
});

describe("zones, copies and -force", () => {
  it("NoStock in the first zone: the instance is created in the next zone with stock", async () => {
    const since = Date.now();
    const seq = lastSeq();
    emu.faults.add({
      action: "RunInstances",
      params: { ZoneId: "cn-hangzhou-h" },
      effect: "error",
      code: "OperationDenied.NoStock",
      httpStatus: 403,
      message: "The requested resource is sold out in the specified zone.",
    });
    const r = await buildTemplate(emu, { builders: [builder({ image_name: "no-stock" })] });
    expect(r.ok).toBe(true);
    expect(factOf(r.builds[0].details, "zone")).toBe("cn-hangzhou-i");
    expect(r.ui.texts("message").join("\n")).toContain(
      "Zone cn-hangzhou-h cannot create ecs.n1.tiny now (OperationDenied.NoStock); trying zone cn-hangzhou-i",
    );
    const runs = emu.calls({ action: "RunInstances" }).filter((c) => c.seq > seq);
    expect(runs.map((c) => [c.params.ZoneId, c.code ?? "OK"])).toEqual([
      ["cn-hangzhou-h", "OperationDenied.NoStock"],
      ["cn-hangzhou-i", "OK"],
    ]);
    expect(leaksSince(since)).toEqual([]);
  });

  it("a zone without stock is never tried (DescribeAvailableResource)", async () => {
    const stock = emu.model!.state.catalog.stock;
    stock.set("cn-hangzhou-h", new Map([["ecs.n1.tiny", 0]]));
    try {
      const seq = lastSeq();
      const r = await buildTemplate(emu, { builders: [builder({ image_name: "stock-aware" })] });
      expect(r.ok).toBe(true);
      expect(factOf(r.builds[0].details, "zone")).toBe("cn-hangzhou-i");
      expect(emu.calls({ action: "RunInstances" }).filter((c) => c.seq > seq)).toHaveLength(1);
    } finally {
      stock.delete("cn-hangzhou-h");
    }
  });

  it("copies to two regions are waited for: every image is Available when the build ends", async () => {
    const since = Date.now();
    const seq = lastSeq();
    const r = await buildTemplate(emu, {
      builders: [
        builder({
          image_name: "copied",
          image_copy_regions: ["cn-beijing", "cn-shanghai"],
          image_copy_names: ["copied-bj", "copied-sh"],
        }),
      ],
    });
    expect(r.ok).toBe(true);
    const images = r.builds[0].images;
    expect(Object.keys(images).sort()).toEqual(["cn-beijing", "cn-hangzhou", "cn-shanghai"]);
    expect(r.builds[0].artifact?.id()).toBe(
      `cn-beijing:${images["cn-beijing"]},cn-hangzhou:${images["cn-hangzhou"]},cn-shanghai:${images["cn-shanghai"]}`,
    );
    const cloud = emulatorCloud(emu);
    for (const [region, id] of Object.entries(images)) {
      const im = await describeImage(cloud.forRegion(region), id);
      expect(im?.status, region).toBe("Available");
    }
    expect((await describeImage(cloud.forRegion("cn-beijing"), images["cn-beijing"]))?.imageName).toBe(
      "copied-bj",
    );
    // Both copies were started before either was waited for.
    const copies = emu.calls({ action: "CopyImage" }).filter((c) => c.seq > seq);
    expect(copies.map((c) => c.params.DestinationRegionId).sort()).toEqual(["cn-beijing", "cn-shanghai"]);
    expect(leaksSince(since)).toEqual([]);
  });

  it("a rebuild with a copy: the copy region's name is checked up front; -force deletes it there too", async () => {
    const tpl = { builders: [builder({ image_name: "copied-again", image_copy_regions: ["cn-beijing"] })] };
    const first = await buildTemplate(emu, tpl);
    expect(first.ok).toBe(true);
    const oldCopy = first.builds[0].images["cn-beijing"];
    // The source image goes away by hand: only the copy holds the name now.
    await emulatorCloud(emu).ecs("DeleteImage", (c) =>
      c.deleteImage(
        new $Ecs.DeleteImageRequest({
          regionId: "cn-hangzhou",
          imageId: first.builds[0].images["cn-hangzhou"],
        }),
      ),
    );
    const seq = lastSeq();
    const refused = await buildTemplate(emu, tpl);
    expect(String(refused.builds[0].error)).toContain(
      `Error: Image Name: 'copied-again' is used by an existing alicloud image in cn-beijing: ${oldCopy}`,
    );
    expect(emu.calls().filter((c) => c.seq > seq && c.action === "RunInstances")).toEqual([]);
    const forced = await buildTemplate(emu, tpl, { force: true });
    expect(forced.ok).toBe(true);
    expect(await describeImage(emulatorCloud(emu).forRegion("cn-beijing"), oldCopy)).toBeUndefined();
  });

  it("-force deletes the image holding the name (and its snapshots); without it the build stops at once", async () => {
    const first = await buildTemplate(emu, { builders: [builder({ image_name: "forced" })] });
    expect(first.ok).toBe(true);
    const oldId = first.builds[0].images["cn-hangzhou"];
    const cloud = emulatorCloud(emu);
    const old = await describeImage(cloud, oldId);
    const oldSnapshots = (old?.diskDeviceMappings?.diskDeviceMapping ?? []).map((m) => m.snapshotId);
    expect(oldSnapshots.length).toBeGreaterThan(0);

    const since = Date.now();
    const refused = await buildTemplate(emu, { builders: [builder({ image_name: "forced" })] });
    expect(refused.ok).toBe(false);
    expect(String(refused.builds[0].error)).toContain(
      `Error: Image Name: 'forced' is used by an existing alicloud image: ${oldId}`,
    );
    expect(refused.builds[0].failedStep).toBe("pre-validate");
    expect(createdSince(since)).toEqual([]);

    const forced = await buildTemplate(
      emu,
      { builders: [builder({ image_name: "forced" })] },
      { force: true },
    );
    expect(forced.ok).toBe(true);
    const newId = forced.builds[0].images["cn-hangzhou"];
    expect(newId).not.toBe(oldId);
    expect(await describeImage(cloud, oldId)).toBeUndefined();
    const snaps = await cloud.ecs("DescribeSnapshots", (c) =>
      c.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({
          regionId: "cn-hangzhou",
          snapshotIds: JSON.stringify(oldSnapshots),
        }),
      ),
    );
    expect(snaps.body?.snapshots?.snapshot ?? []).toEqual([]);
    expect(forced.ui.texts("say").join("\n")).toContain("Deleting images with name forced...");
  });
});
