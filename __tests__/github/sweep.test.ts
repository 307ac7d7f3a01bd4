// The post step's sweep against the emulator: what a build left (its ledger) and what carries the
// run's tag is deleted in dependency order; a partial image goes with its snapshots; final images
// are kept; a second sweep finds everything gone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { sweep } from "../../src/builders/index.js";
import { tagResources } from "../../src/cloud/tags.js";
import type { LedgerEntry } from "../../src/pipeline/ledger.js";
import { builder, buildTemplate } from "../builders/alicloud-ecs/helpers.js";
import { emulatorCloud } from "../cloud/helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", tls: false, imds: false, machines: false });
});
afterAll(async () => emu?.stop());
afterEach(() => emu.faults.clear());

const kinds = (since: string, ignoreImages = false) =>
  (emu.leakCheck({ since, ignoreImages }) as { kind: string }[]).map((l) => l.kind).sort();

/** A build that fails after creating its image, with on-error=abort: everything stays. */
async function leftBehind(runId: string): Promise<LedgerEntry[]> {
  emu.faults.add({ action: "TagResources", effect: "error", code: "InjectedFailure", httpStatus: 400 });
  const r = await buildTemplate(
    emu,
    { builders: [builder({ image_name: `sweep-${runId}`, tags: { app: "x" } })] },
    { runId, onError: "abort" },
  );
  emu.faults.clear();
  expect(r.ok).toBe(false);
  return r.builds[0].leftBehind;
}

const cloudFor = (region: string) => emulatorCloud(emu, { region });

describe("sweep", () => {
  it("deletes the ledger's resources, a partial image with its snapshots included; then again: all gone", async () => {
    const since = new Date().toISOString();
    const entries = await leftBehind("run-ledger");
    expect(entries.map((e) => e.type)).toEqual(
      expect.arrayContaining(["vpc", "vswitch", "security-group", "instance", "image"]),
    );
    expect(kinds(since)).toEqual(
      expect.arrayContaining(
        ["image", "instance", "securityGroup", "snapshot", "vpc"].filter((k) => kinds(since).includes(k)),
      ),
    );
    const log: string[] = [];
    const swept = await sweep({
      runId: "run-ledger",
      entries,
      regions: ["cn-hangzhou"],
      cloudFor,
      log: (m) => log.push(m),
    });
    expect(swept.filter((s) => s.foundBy === "ledger").map((s) => [s.type, s.outcome])).toEqual(
      // The image's snapshots go with the image.
      entries
        .map((e) => [e.type, e.type === "snapshot" ? "already-gone" : "deleted"])
        .sort((a, b) => order(a[0]) - order(b[0])),
    );
    expect(swept.filter((s) => s.outcome === "failed")).toEqual([]);
    expect(emu.leakCheck({ since })).toEqual([]);
    // Dependency order: the instance before its group, vSwitch and VPC.
    const at = (t: string) => log.findIndex((l) => l.startsWith(`Deleted ${t} `));
    expect(at("instance")).toBeLessThan(at("security-group"));
    expect(at("security-group")).toBeLessThan(at("vswitch"));
    expect(at("vswitch")).toBeLessThan(at("vpc"));

    const again = await sweep({ runId: "run-ledger", entries, regions: ["cn-hangzhou"], cloudFor });
    expect(new Set(again.map((s) => s.outcome))).toEqual(new Set(["already-gone"]));
  });

  it("without a ledger, finds the run's resources by tag; a final image (even tagged) is kept", async () => {
    const since = new Date().toISOString();
    await leftBehind("run-tags");
    const image = (emu.leakCheck({ since }) as { kind: string; id: string }[]).find(
      (l) => l.kind === "image",
    )!;
    await tagResources(emulatorCloud(emu), "image", [image.id], { "image-build:run": "run-tags" });
    const swept = await sweep({ runId: "run-tags", entries: [], regions: ["cn-hangzhou"], cloudFor });
    expect(swept.every((s) => s.foundBy === "tags")).toBe(true);
    expect(swept.map((s) => s.type)).toEqual(
      expect.arrayContaining(["instance", "security-group", "vswitch", "vpc"]),
    );
    expect(swept.find((s) => s.id === image.id)).toMatchObject({ outcome: "kept" });
    expect(swept.filter((s) => s.outcome === "failed")).toEqual([]);
    // Only the image and the snapshots behind it remain.
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
    expect(kinds(since)).toContain("image");
  });

  it("never deletes an image of its ledger that carries the final mark (another run may have reused it)", async () => {
    const since = new Date().toISOString();
    const entries = await leftBehind("run-final");
    const image = entries.find((e) => e.type === "image")!;
    await tagResources(emulatorCloud(emu), "image", [image.id], {
      "image-build:fingerprint": "f".repeat(64),
      "image-build:final": "another-run",
    });
    const swept = await sweep({ runId: "run-final", entries, regions: ["cn-hangzhou"], cloudFor });
    expect(swept.find((s) => s.id === image.id)).toMatchObject({
      outcome: "kept",
      detail: expect.stringContaining("final mark"),
    });
    // Its snapshots stay with it; every temporary resource is gone.
    expect(swept.filter((s) => s.type === "snapshot").every((s) => s.outcome === "kept")).toBe(true);
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
    expect(kinds(since)).toContain("image");
  });

  it("reports the truth under failing deletes: 'already gone' only for what is gone, the rest failed with its code", async () => {
    const since = new Date().toISOString();
    const entries = await leftBehind("run-faults");
    // Codes no policy retries, so each fails at once (a DependencyViolation would be retried for minutes).
    for (const action of ["DeleteImage", "DeleteKeyPairs", "DeleteVpc"])
      emu.faults.add({ action, effect: "error", code: "InjectedFailure", httpStatus: 400 });
    const swept = await sweep({ runId: "run-faults", entries, regions: ["cn-hangzhou"], cloudFor });
    emu.faults.clear();
    const left = new Set((emu.leakCheck({ since }) as { id: string }[]).map((l) => l.id));
    expect(left.size).toBeGreaterThan(0);
    for (const s of swept.filter((x) => x.id !== "(search)")) {
      if (s.outcome === "deleted" || s.outcome === "already-gone")
        expect(left.has(s.id), `${s.type} ${s.id}`).toBe(false);
      else if (s.outcome === "failed") expect(left.has(s.id), `${s.type} ${s.id}`).toBe(true);
    }
    const failing = ["image", "key-pair", "vpc"].filter((t) => entries.some((e) => e.type === t));
    expect(failing).toContain("image");
    expect(failing).toContain("vpc");
    for (const type of failing)
      expect(swept.find((s) => s.type === type && s.foundBy === "ledger")).toMatchObject({
        outcome: "failed",
        detail: expect.stringContaining("InjectedFailure"),
      });
    // Every leftover of the ledger is reported as failed or kept, none as gone.
    for (const e of entries.filter((x) => left.has(x.id)))
      expect(["failed", "kept"]).toContain(swept.find((s) => s.id === e.id)?.outcome);
    // Clean up for the tests that follow.
    await sweep({ runId: "run-faults", entries, regions: ["cn-hangzhou"], cloudFor });
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
  }, 120_000);

  it("keeps images named in keep, reports unknown types and unreachable regions as failed", async () => {
    const swept = await sweep({
      runId: "run-x",
      entries: [
        { type: "image", id: "m-final", region: "cn-hangzhou", createdBy: "create image", createdAt: 0 },
        { type: "mystery", id: "x-1", region: "cn-hangzhou", createdBy: "?", createdAt: 0 },
      ],
      regions: ["cn-hangzhou"],
      keep: ["m-final"],
      cloudFor,
      skipTagSearch: true,
    });
    expect(swept).toEqual([
      expect.objectContaining({ id: "m-final", outcome: "kept" }),
      expect.objectContaining({
        id: "x-1",
        outcome: "failed",
        detail: expect.stringContaining("cannot delete resources of type 'mystery'"),
      }),
    ]);
  });
});

function order(type: string): number {
  return [
    "eip-association",
    "eip",
    "instance",
    "image-copy",
    "image",
    "snapshot",
    "disk",
    "security-group",
    "vswitch",
    "vpc",
    "key-pair",
  ].indexOf(type);
}
