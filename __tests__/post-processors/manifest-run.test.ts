// The manifest post-processor at run time, byte-for-byte against manifests Packer 1.6.6 wrote
// (__tests__/fixtures/packer-manifest/PROVENANCE.md): append across runs, reset with -force and a
// new run uuid, strip_time, custom_data escaping and key order, the lock file.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Artifact } from "../../src/post-processors/artifact.js";
import type { ManifestConfig } from "../../src/post-processors/manifest/config.js";
import { parseManifest, runManifestPostProcessor } from "../../src/post-processors/manifest/run.js";

const FIXTURES = join(__dirname, "..", "fixtures", "packer-manifest");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const nullArtifact: Artifact = { builderId: "fnoeding.null", id: "Null", images: {} };

/** Replays one Packer run (builds b1 then null) into `dir`, with the run's uuid and time from `expected`. */
async function replay(dir: string, expected: string, force = false) {
  const m = parseManifest(expected);
  const last = m.builds.slice(-2);
  for (const b of last) {
    const base = { userVariables: {}, startTime: new Date(0), buildName: b.name, buildType: "null" };
    const opts = {
      buildName: b.name,
      builderType: b.builder_type,
      runUuid: b.packer_run_uuid,
      force,
      cwd: dir,
      interpolation: base,
      now: () => new Date(b.build_time * 1000),
    };
    const plain: ManifestConfig = {
      output: "plain.json",
      stripPath: false,
      stripTime: false,
      customData: {},
    };
    const custom: ManifestConfig = {
      output: "custom.json",
      stripPath: false,
      stripTime: true,
      customData: { z: "<a&b> é \u2028", a: "{{build_name}}/{{build_type}}", m: "" },
    };
    const r = await runManifestPostProcessor(plain, nullArtifact, opts);
    expect(r).toEqual({ artifact: nullArtifact, keep: true, forceOverride: true });
    await runManifestPostProcessor(custom, nullArtifact, opts);
  }
}

describe("manifest post-processor", () => {
  it("writes, appends and resets exactly as Packer 1.6.6 did", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    await replay(dir, fixture("run1.json"));
    expect(readFileSync(join(dir, "plain.json"), "utf8")).toBe(fixture("run1.json"));
    await replay(dir, fixture("run2.json"));
    expect(readFileSync(join(dir, "plain.json"), "utf8")).toBe(fixture("run2.json"));
    await replay(dir, fixture("run3-force.json"), true);
    expect(readFileSync(join(dir, "plain.json"), "utf8")).toBe(fixture("run3-force.json"));
    expect(readFileSync(join(dir, "custom.json"), "utf8")).toBe(fixture("custom.json"));
    const umask = process.umask();
    expect(statSync(join(dir, "plain.json")).mode & 0o777).toBe(0o664 & ~umask);
    expect(existsSync(join(dir, "plain.json.lock"))).toBe(false);
  });

  it("-force keeps the builds of the same run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    const artifact: Artifact = {
      builderId: "alibaba.alicloud",
      id: () => "cn-beijing:m-aaa,cn-hangzhou:m-bbb",
      images: { "cn-hangzhou": "m-bbb", "cn-beijing": "m-aaa" },
      files: () => [],
    };
    const config: ManifestConfig = { output: "m.json", stripPath: false, stripTime: true, customData: {} };
    const base = {
      builderType: "alicloud-ecs",
      cwd: dir,
      force: true,
      interpolation: { userVariables: {}, startTime: new Date(0) },
    };
    await runManifestPostProcessor(config, artifact, { ...base, buildName: "a", runUuid: "run-1" });
    await runManifestPostProcessor(config, artifact, { ...base, buildName: "b", runUuid: "run-1" });
    const m = JSON.parse(readFileSync(join(dir, "m.json"), "utf8"));
    expect(m).toEqual({
      builds: [
        {
          name: "a",
          builder_type: "alicloud-ecs",
          files: null,
          artifact_id: "cn-beijing:m-aaa,cn-hangzhou:m-bbb",
          packer_run_uuid: "run-1",
          custom_data: null,
        },
        {
          name: "b",
          builder_type: "alicloud-ecs",
          files: null,
          artifact_id: "cn-beijing:m-aaa,cn-hangzhou:m-bbb",
          packer_run_uuid: "run-1",
          custom_data: null,
        },
      ],
      last_run_uuid: "run-1",
    });
  });

  it("renders custom_data with the artifact's data and records artifact files (strip_path)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    writeFileSync(join(dir, "disk.raw"), "12345");
    const artifact: Artifact = {
      builderId: "x",
      id: "id",
      images: {},
      files: [join(dir, "disk.raw"), join(dir, "gone")],
    };
    await runManifestPostProcessor(
      { output: "m.json", stripPath: true, stripTime: true, customData: { id: "{{ .ID }}" } },
      artifact,
      {
        buildName: "b",
        builderType: "t",
        runUuid: "u",
        cwd: dir,
        interpolation: { userVariables: {}, startTime: new Date(0) },
        generatedData: { ID: "i-123" },
      },
    );
    const m = JSON.parse(readFileSync(join(dir, "m.json"), "utf8"));
    expect(m.builds[0].files).toEqual([
      { name: "disk.raw", size: 5 },
      { name: "gone", size: 0 },
    ]);
    expect(m.builds[0].custom_data).toEqual({ id: "i-123" });
  });

  it("waits for a held lock three times, then writes anyway and removes the lock (as Packer does)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    writeFileSync(join(dir, "m.json.lock"), "");
    const started = Date.now();
    await runManifestPostProcessor(
      { output: "m.json", stripPath: false, stripTime: true, customData: {} },
      nullArtifact,
      {
        buildName: "b",
        builderType: "null",
        runUuid: "u",
        cwd: dir,
        interpolation: { userVariables: {}, startTime: new Date(0) },
      },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(existsSync(join(dir, "m.json"))).toBe(true);
    expect(existsSync(join(dir, "m.json.lock"))).toBe(false);
  });

  it("refuses a manifest that is not JSON, naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    writeFileSync(join(dir, "m.json"), "not json");
    await expect(
      runManifestPostProcessor(
        { output: "m.json", stripPath: false, stripTime: true, customData: {} },
        nullArtifact,
        {
          buildName: "b",
          builderType: "null",
          runUuid: "u",
          cwd: dir,
          interpolation: { userVariables: {}, startTime: new Date(0) },
          lockWaitsMs: [0],
        },
      ),
    ).rejects.toThrow(/^Unable to parse content from m\.json: /);
    expect(readFileSync(join(dir, "m.json"), "utf8")).toBe("not json");
  });
});
