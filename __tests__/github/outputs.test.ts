// The action's outputs from the builds' results, the manifest file, and the state the post step reads.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AlicloudArtifact } from "../../src/builders/alicloud-ecs/artifact.js";
import { ecsDetails } from "../../src/builders/alicloud-ecs/details.js";
import type { BuildResult } from "../../src/engine/build.js";
import type { PreparedBuild } from "../../src/engine/prepare.js";
import { writeManifest } from "../../src/github/manifest.js";
import { buildOutputs } from "../../src/github/outputs.js";
import {
  buildRegions,
  LedgerStore,
  newRunId,
  readRunState,
  saveRunStart,
} from "../../src/github/run-state.js";

function result(name: string, images: Record<string, string>, over: Partial<BuildResult> = {}): BuildResult {
  return {
    name,
    status: "succeeded",
    region: Object.keys(images)[0] ?? "cn-hangzhou",
    images,
    ...(Object.keys(images).length ? { artifact: new AlicloudArtifact(images) } : {}),
    details: ecsDetails({ instanceType: "ecs.g7.large" }),
    steps: [],
    calls: [],
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    postProcessors: [],
    durationMs: 12_345,
    ...over,
  };
}

describe("outputs", () => {
  it("first successful build gives image-id and artifact-id; image-ids spans the builds; builds lists all", () => {
    const out = buildOutputs([
      result("failed", {}, { status: "failed", region: "cn-shanghai" }),
      result("a", { "cn-hangzhou": "m-a1", "cn-beijing": "m-a2" }),
      result("b", { "cn-hangzhou": "m-b1", "cn-shenzhen": "m-b2" }, { reused: true }),
    ]);
    expect(out["image-id"]).toBe("m-a1");
    expect(out["artifact-id"]).toBe("cn-beijing:m-a2,cn-hangzhou:m-a1");
    expect(JSON.parse(out["image-ids"])).toEqual({
      "cn-hangzhou": "m-a1",
      "cn-beijing": "m-a2",
      "cn-shenzhen": "m-b2",
    });
    expect(out.reused).toBe("false");
    expect(JSON.parse(out.builds)).toEqual([
      { name: "failed", status: "failed", images: {}, artifact_id: "", duration: 12.3, reused: false },
      {
        name: "a",
        status: "succeeded",
        images: { "cn-hangzhou": "m-a1", "cn-beijing": "m-a2" },
        artifact_id: "cn-beijing:m-a2,cn-hangzhou:m-a1",
        duration: 12.3,
        reused: false,
      },
      {
        name: "b",
        status: "succeeded",
        images: { "cn-hangzhou": "m-b1", "cn-shenzhen": "m-b2" },
        artifact_id: "cn-hangzhou:m-b1,cn-shenzhen:m-b2",
        duration: 12.3,
        reused: true,
      },
    ]);
  });

  it("reused only when every successful build reused; a failed post-processor fails the build; nothing built → empty ids", () => {
    expect(buildOutputs([result("a", { r: "m-1" }, { reused: true })]).reused).toBe("true");
    const pp = buildOutputs([
      result(
        "a",
        { r: "m-1" },
        { postProcessors: [{ type: "shell-local", status: "failed", durationMs: 1 }] },
      ),
    ]);
    expect(pp["image-id"]).toBe("");
    expect(JSON.parse(pp.builds)[0].status).toBe("failed");
    const none = buildOutputs([result("a", {}, { status: "cancelled" })]);
    expect(none).toMatchObject({ "image-id": "", "image-ids": "{}", "artifact-id": "", reused: "false" });
  });
});

describe("manifest", () => {
  it("appends the successful builds in Packer's format; -force starts afresh for a new run", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "ib-manifest-")), "sub", "m.json");
    const builds = [result("a", { "cn-hangzhou": "m-1" }), result("b", {}, { status: "failed" })];
    expect(await writeManifest(path, builds, { runId: "run-1", force: false })).toBe(1);
    expect(await writeManifest(path, builds, { runId: "run-2", force: false })).toBe(1);
    const m = JSON.parse(readFileSync(path, "utf8"));
    expect(m.builds.map((b: { packer_run_uuid: string }) => b.packer_run_uuid)).toEqual(["run-1", "run-2"]);
    expect(m.builds[0]).toMatchObject({
      name: "a",
      builder_type: "alicloud-ecs",
      artifact_id: "cn-hangzhou:m-1",
      files: null,
    });
    expect(m.last_run_uuid).toBe("run-2");
    expect(readFileSync(path, "utf8")).toMatch(/^\{\n {2}"builds": \[/);
    await writeManifest(path, builds, { runId: "run-3", force: true });
    expect(JSON.parse(readFileSync(path, "utf8")).builds).toHaveLength(1);
    // A build whose own manifest post-processor wrote this file is not recorded twice.
    const own = result(
      "a",
      { "cn-hangzhou": "m-1" },
      {
        postProcessors: [{ type: "manifest", status: "succeeded", durationMs: 1, output: path }],
      },
    );
    await writeManifest(path, [own], { runId: "run-3", force: false });
    expect(JSON.parse(readFileSync(path, "utf8")).builds).toHaveLength(1);
  });
});

describe("run state", () => {
  it("run ids are unique per step execution and name the workflow run", () => {
    const a = newRunId({ GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "3" });
    expect(a).toMatch(/^gh-42-3-[0-9a-f]{8}$/);
    expect(newRunId({ GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "3" })).not.toBe(a);
    expect(newRunId({})).toMatch(/^local-[0-9a-f]{8}$/);
  });

  it("every ledger change saves all builds' entries; the post step reads them back", () => {
    const state = new Map<string, string>();
    const save = (k: string, v: string) => state.set(k, v);
    saveRunStart("run-1", ["cn-hangzhou", "cn-beijing"], { ecs: "127.0.0.1:1" }, save);
    const store = new LedgerStore(save);
    const a = store.ledgerFor({ name: "a" } as PreparedBuild);
    const b = store.ledgerFor({ name: "b" } as PreparedBuild);
    a.add({ type: "instance", id: "i-1", region: "cn-hangzhou" });
    b.add({ type: "vpc", id: "vpc-1", region: "cn-beijing" });
    a.add({ type: "eip-association", id: "eip-1", region: "cn-hangzhou", meta: { instanceId: "i-1" } });
    a.remove("instance", "i-1");
    const read = readRunState((k) => state.get(k) ?? "");
    expect(read).toMatchObject({
      runId: "run-1",
      regions: ["cn-hangzhou", "cn-beijing"],
      endpoints: { ecs: "127.0.0.1:1" },
    });
    expect(read?.finished).toBeUndefined();
    expect(read?.entries.map((e) => [e.type, e.id, e.build, e.meta])).toEqual([
      ["eip-association", "eip-1", "a", { instanceId: "i-1" }],
      ["vpc", "vpc-1", "b", undefined],
    ]);
    state.set("finished", "clean");
    expect(readRunState((k) => state.get(k) ?? "")?.finished).toBe("clean");
  });

  it("no state: nothing to do; a broken ledger is a warning, not a failure", () => {
    expect(readRunState(() => "")).toBeUndefined();
    const warnings: string[] = [];
    const r = readRunState(
      (k) => (k === "run-id" ? "run-1" : k === "ledger" ? "{oops" : ""),
      (m) => warnings.push(m),
    );
    expect(r).toMatchObject({ runId: "run-1", entries: [], regions: [] });
    expect(warnings[0]).toContain("the saved ledger is unreadable");
  });

  it("regions: source and copy regions of every build, once each", () => {
    const pb = (region: string, copies: string[]) =>
      ({ builder: { config: { region, imageCopyRegions: copies } } }) as unknown as PreparedBuild;
    expect(buildRegions([pb("cn-hangzhou", ["cn-beijing"]), pb("", ["cn-hangzhou"])], "cn-shanghai")).toEqual(
      ["cn-hangzhou", "cn-beijing", "cn-shanghai"],
    );
  });
});
