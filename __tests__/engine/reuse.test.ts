// Reuse against the emulator: a build's fingerprint tags its images; an unchanged build reuses them
// (found by tag, or remembered by a store and confirmed with one Describe), a changed variable,
// script or source image rebuilds; the run's tags land on images, copies and their snapshots.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { factOf } from "../../src/builders/result.js";
import { FINAL_TAG } from "../../src/builders/reuse.js";
import { type RunBuildsResult, runBuilds } from "../../src/engine/build.js";
import { FINGERPRINT_TAG, type ReuseOptions, type ReuseStore } from "../../src/engine/reuse.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { builder } from "../builders/alicloud-ecs/helpers.js";
import { $Ecs, ecsClient } from "../emulator/services/clients.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

const lastSeq = () => emu.calls().at(-1)?.seq ?? 0;
const actionsSince = (seq: number) => emu.calls().filter((c) => c.seq > seq);

/** A store in memory, counting its calls. */
class MemoryStore implements ReuseStore {
  readonly map = new Map<string, Record<string, string>>();
  gets = 0;
  sets = 0;
  async get(h: string) {
    this.gets++;
    return this.map.get(h);
  }
  async set(h: string, images: Record<string, string>) {
    this.sets++;
    this.map.set(h, { ...images });
  }
}

/** A project directory: template.json and a script the template runs. */
function project(template: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-reuse-"));
  writeFileSync(join(dir, "template.json"), JSON.stringify(template, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode: 0o755 });
  return dir;
}

let clock = Date.parse("2030-01-01T00:00:00Z");

/** Validates and runs the project's template with reuse on (unless told otherwise). */
async function build(
  dir: string,
  o: {
    vars?: string[];
    reuse?: Partial<ReuseOptions>;
    noReuse?: boolean;
    imageTags?: Record<string, string>;
  } = {},
): Promise<RunBuildsResult & { ui: RecordingUi }> {
  const env = { ...emu.env };
  // Each run a second later: `{{timestamp}}` names differ from run to run.
  clock += 1000;
  const v = await validateTemplate({
    path: "template.json",
    env,
    cwd: dir,
    vars: o.vars,
    startTime: new Date(clock),
  });
  if (!v.ok) throw new Error(`template invalid: ${v.diagnostics.map((d) => d.message).join("; ")}`);
  const ui = new RecordingUi();
  const r = await runBuilds(v.prepared, {
    ui,
    env,
    home: tmpdir(),
    cwd: dir,
    template: v.template,
    secrets: v.secrets,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    imageTags: o.imageTags,
    ...(o.noReuse ? {} : { reuse: { enabled: true, vars: o.vars, ...o.reuse } }),
  });
  return { ...r, ui };
}

const SCRIPT = "#!/bin/sh\necho provisioned\n";

function webTemplate(name: string, extra: Record<string, unknown> = {}) {
  return {
    variables: { app_version: "1.0", db_password: "s3cret-one" },
    "sensitive-variables": ["db_password"],
    builders: [builder({ name: "web", image_name: `${name}-{{timestamp}}`, ...extra })],
    provisioners: [{ type: "shell-local", script: "setup.sh" }],
  };
}

async function imageTags(region: string, id: string): Promise<Record<string, string>> {
  const r = await ecsClient(emu).describeImages(
    new $Ecs.DescribeImagesRequest({ regionId: region, imageId: id, imageOwnerAlias: "self" }),
  );
  const im = r.body?.images?.image?.[0];
  return Object.fromEntries((im?.tags?.tag ?? []).map((t) => [t.tagKey ?? "", t.tagValue ?? ""]));
}

async function imageSnapshots(region: string, id: string): Promise<string[]> {
  const r = await ecsClient(emu).describeImages(
    new $Ecs.DescribeImagesRequest({ regionId: region, imageId: id, imageOwnerAlias: "self" }),
  );
  return (r.body?.images?.image?.[0]?.diskDeviceMappings?.diskDeviceMapping ?? []).map(
    (m) => m.snapshotId ?? "",
  );
}

async function snapshotTags(region: string, id: string): Promise<Record<string, string>> {
  const r = await ecsClient(emu).describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({ regionId: region, snapshotIds: JSON.stringify([id]) }),
  );
  const s = r.body?.snapshots?.snapshot?.[0];
  return Object.fromEntries((s?.tags?.tag ?? []).map((t) => [t.tagKey ?? "", t.tagValue ?? ""]));
}

describe("reuse", () => {
  it("the same inputs twice: the second run reuses the image by tag, with 1 Describe and no instance", async () => {
    const dir = project(webTemplate("same"), { "setup.sh": SCRIPT });
    const first = await build(dir);
    expect(first.builds[0].error).toBeUndefined();
    expect(first.ok).toBe(true);
    const b1 = first.builds[0];
    expect(b1.reused).toBe(false);
    expect(b1.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b1.steps[0]).toMatchObject({ name: "reuse check", status: "succeeded" });
    expect(await imageTags("cn-hangzhou", b1.images["cn-hangzhou"])).toMatchObject({
      [FINGERPRINT_TAG]: b1.fingerprint,
    });

    const seq = lastSeq();
    const second = await build(dir);
    expect(second.ok).toBe(true);
    const b2 = second.builds[0];
    expect(b2.reused).toBe(true);
    expect(b2.fingerprint).toBe(b1.fingerprint);
    expect(b2.images).toEqual(b1.images);
    expect(b2.artifact?.id()).toBe(b1.artifact?.id());
    expect(b2.steps.map((s) => s.name)).toEqual(["reuse check"]);
    expect(b2.leftBehind).toEqual([]);
    const calls = actionsSince(seq);
    expect(calls.map((c) => c.action)).toEqual(["DescribeImages"]);
    expect(calls[0].params).toMatchObject({
      ImageOwnerAlias: "self",
      Status: "Available",
      "Tag.1.Key": FINGERPRINT_TAG,
      "Tag.1.Value": b1.fingerprint,
    });
    expect(b2.calls.map((c) => c.action)).toEqual(["DescribeImages"]);
    expect(second.ui.texts().join("\n")).toMatch(
      /Reusing the image with the same fingerprint \(found by tag\): cn-hangzhou: m-/,
    );
  });

  it("a changed -var rebuilds", async () => {
    const dir = project(webTemplate("vars"), { "setup.sh": SCRIPT });
    const first = await build(dir, { vars: ["app_version=1.0"] });
    expect(first.builds[0].reused).toBe(false);
    const seq = lastSeq();
    const changed = await build(dir, { vars: ["app_version=2.0"] });
    expect(changed.ok).toBe(true);
    expect(changed.builds[0].reused).toBe(false);
    expect(changed.builds[0].fingerprint).not.toBe(first.builds[0].fingerprint);
    expect(changed.builds[0].images["cn-hangzhou"]).not.toBe(first.builds[0].images["cn-hangzhou"]);
    expect(actionsSince(seq).filter((c) => c.action === "RunInstances")).toHaveLength(1);
  });

  it("a changed sensitive variable rebuilds; no tag of any image or snapshot holds it or a fast hash of it", async () => {
    const dir = project(webTemplate("sensitive", { image_copy_regions: ["cn-beijing"] }), {
      "setup.sh": SCRIPT,
    });
    const one = "rotated-secret-one";
    const two = "rotated-secret-two";
    const a = await build(dir, { vars: ["app_version=1.0", `db_password=${one}`] });
    expect(a.ok).toBe(true);
    const b = await build(dir, { vars: ["app_version=1.0", `db_password=${two}`] });
    expect(b.ok).toBe(true);
    expect(b.builds[0].reused).toBe(false);
    expect(b.builds[0].fingerprint).not.toBe(a.builds[0].fingerprint);
    expect(b.builds[0].images["cn-hangzhou"]).not.toBe(a.builds[0].images["cn-hangzhou"]);
    // The first secret again: its own image, not the second's.
    const again = await build(dir, { vars: ["app_version=1.0", `db_password=${one}`] });
    expect(again.builds[0].reused).toBe(true);
    expect(again.builds[0].images).toEqual(a.builds[0].images);

    const forbidden: string[] = [];
    for (const secret of [one, two, "s3cret-one"]) {
      forbidden.push(secret);
      for (const algo of ["sha256", "sha1", "md5"])
        for (const enc of ["hex", "base64", "base64url"] as const)
          for (const text of [secret, `db_password=${secret}`, JSON.stringify([["db_password", secret]])])
            forbidden.push(createHash(algo).update(text).digest(enc));
    }
    let checked = 0;
    for (const r of [a, b])
      for (const [region, id] of Object.entries(r.builds[0].images)) {
        const all = [await imageTags(region, id)];
        for (const snap of await imageSnapshots(region, id)) all.push(await snapshotTags(region, snap));
        for (const tags of all)
          for (const [k, v] of Object.entries(tags)) {
            checked++;
            for (const f of forbidden) {
              expect(k).not.toContain(f);
              expect(v).not.toContain(f);
            }
          }
      }
    expect(checked).toBeGreaterThan(10);
  });

  it("a changed script rebuilds", async () => {
    const dir = project(webTemplate("script"), { "setup.sh": SCRIPT });
    const first = await build(dir);
    writeFileSync(join(dir, "setup.sh"), `${SCRIPT}echo changed\n`);
    const second = await build(dir);
    expect(second.ok).toBe(true);
    expect(second.builds[0].reused).toBe(false);
    expect(second.builds[0].fingerprint).not.toBe(first.builds[0].fingerprint);
    // And the same script again is reused.
    const third = await build(dir);
    expect(third.builds[0].reused).toBe(true);
    expect(third.builds[0].images).toEqual(second.builds[0].images);
  });

  it("reuse disabled builds (the image still carries its fingerprint)", async () => {
    const dir = project(webTemplate("disabled"), { "setup.sh": SCRIPT });
    const first = await build(dir);
    const seq = lastSeq();
    const second = await build(dir, { reuse: { enabled: false } });
    expect(second.ok).toBe(true);
    expect(second.builds[0].reused).toBe(false);
    expect(second.builds[0].fingerprint).toBe(first.builds[0].fingerprint);
    expect(second.builds[0].steps[0]).toMatchObject({ name: "reuse check", status: "skipped" });
    expect(actionsSince(seq).filter((c) => c.action === "RunInstances")).toHaveLength(1);
    expect(await imageTags("cn-hangzhou", second.builds[0].images["cn-hangzhou"])).toMatchObject({
      [FINGERPRINT_TAG]: first.builds[0].fingerprint,
    });
  });

  it("without the reuse option nothing is fingerprinted (Packer's behaviour)", async () => {
    const dir = project(webTemplate("off"), { "setup.sh": SCRIPT });
    const r = await build(dir, { noReuse: true });
    expect(r.ok).toBe(true);
    expect(r.builds[0].reused).toBeUndefined();
    expect(r.builds[0].fingerprint).toBeUndefined();
    expect(r.builds[0].steps[0].name).toBe("pre-validate");
    expect(await imageTags("cn-hangzhou", r.builds[0].images["cn-hangzhou"])).toEqual({});
  });

  it("a static image name is reused rather than failing the name check", async () => {
    const dir = project({ builders: [builder({ name: "static", image_name: "reuse-static-name" })] }, {});
    const first = await build(dir);
    expect(first.ok).toBe(true);
    const second = await build(dir);
    expect(second.ok).toBe(true);
    expect(second.builds[0].reused).toBe(true);
  });

  it("an image_family that moved on rebuilds", async () => {
    // Two images of an own family; the second is newer.
    const base = async (name: string) => {
      const dir = project({
        builders: [
          builder({
            name: "base",
            image_name: name,
            image_family: undefined,
            target_image_family: "reuse-fam",
          }),
        ],
      });
      const r = await build(dir, { noReuse: true });
      expect(r.ok).toBe(true);
      return r.builds[0].images["cn-hangzhou"];
    };
    const base1 = await base("reuse-fam-base-1");
    const tpl = {
      builders: [
        builder({
          name: "fam",
          image_name: "fam-{{timestamp}}",
          source_image: undefined,
          image_family: "reuse-fam",
        }),
      ],
    };
    const dir = project(tpl);
    const first = await build(dir);
    expect(factOf(first.builds[0].details, "source-image")).toBe(base1);
    const again = await build(dir);
    expect(again.builds[0].reused).toBe(true);
    expect(factOf(again.builds[0].details, "source-image")).toBe(base1);
    await new Promise((r) => setTimeout(r, 5));
    const base2 = await base("reuse-fam-base-2");
    const moved = await build(dir);
    expect(moved.ok).toBe(true);
    expect(moved.builds[0].reused).toBe(false);
    expect(factOf(moved.builds[0].details, "source-image")).toBe(base2);
    expect(moved.builds[0].fingerprint).not.toBe(first.builds[0].fingerprint);
  });

  it("a store hit is confirmed with one DescribeImages by id; a stale one falls back to the tag lookup", async () => {
    const store = new MemoryStore();
    const dir = project(webTemplate("store"), { "setup.sh": SCRIPT });
    const first = await build(dir, { reuse: { store } });
    expect(store.sets).toBe(1);
    const fp = first.builds[0].fingerprint!;
    expect(store.map.get(fp)).toEqual(first.builds[0].images);

    const seq = lastSeq();
    const hit = await build(dir, { reuse: { store } });
    expect(hit.builds[0].reused).toBe(true);
    const calls = actionsSince(seq);
    expect(calls.map((c) => c.action)).toEqual(["DescribeImages"]);
    expect(calls[0].params).toMatchObject({
      ImageId: first.builds[0].images["cn-hangzhou"],
      Status: "Available",
    });
    expect(hit.ui.texts().join("\n")).toContain("(remembered, confirmed)");

    // The store names an image that is gone: the tag lookup finds nothing, so it builds.
    await ecsClient(emu).deleteImage(
      new $Ecs.DeleteImageRequest({
        regionId: "cn-hangzhou",
        imageId: first.builds[0].images["cn-hangzhou"],
      }),
    );
    const seq2 = lastSeq();
    const stale = await build(dir, { reuse: { store } });
    expect(stale.ok).toBe(true);
    expect(stale.builds[0].reused).toBe(false);
    const actions = actionsSince(seq2).map((c) => c.action);
    expect(actions.slice(0, 2)).toEqual(["DescribeImages", "DescribeImages"]); // by id, then by tag
    expect(actions).toContain("RunInstances");
    expect(store.map.get(fp)).toEqual(stale.builds[0].images);

    // A store naming a stale image while a tagged one exists: found by tag, remembered again.
    store.map.set(fp, { "cn-hangzhou": "m-gone" });
    const byTag = await build(dir, { reuse: { store } });
    expect(byTag.builds[0].reused).toBe(true);
    expect(byTag.builds[0].images).toEqual(stale.builds[0].images);
    expect(store.map.get(fp)).toEqual(stale.builds[0].images);
  });

  it("a store that fails never fails the build", async () => {
    const broken: ReuseStore = {
      get: async () => {
        throw new Error("cache down");
      },
      set: async () => {
        throw new Error("cache down");
      },
    };
    const dir = project(webTemplate("broken-store"), { "setup.sh": SCRIPT });
    const first = await build(dir, { reuse: { store: broken } });
    expect(first.ok).toBe(true);
    const second = await build(dir, { reuse: { store: broken } });
    expect(second.ok).toBe(true);
    expect(second.builds[0].reused).toBe(true);
  });

  it("copies: reused only when every copy region has its image; tags on images, copies and snapshots", async () => {
    const dir = project(
      {
        builders: [
          builder({
            name: "copied",
            image_name: "copied-{{timestamp}}",
            image_copy_regions: ["cn-beijing"],
            tags: { team: "images" },
          }),
        ],
      },
      {},
    );
    const provenance = { "image-build:repository": "org/repo", "image-build:commit": "abc123" };
    const first = await build(dir, { imageTags: provenance });
    expect(first.ok).toBe(true);
    const b = first.builds[0];
    const expected = { team: "images", ...provenance, [FINGERPRINT_TAG]: b.fingerprint };
    for (const region of ["cn-hangzhou", "cn-beijing"]) {
      const id = b.images[region];
      // The final mark (the run's id) goes on the images only, with the fingerprint, at the end.
      expect(await imageTags(region, id)).toEqual({ ...expected, [FINAL_TAG]: expect.any(String) });
      const snaps = await imageSnapshots(region, id);
      expect(snaps.length).toBeGreaterThan(0);
      for (const s of snaps) expect(await snapshotTags(region, s)).toMatchObject(expected);
    }

    const seq = lastSeq();
    const again = await build(dir, { imageTags: { ...provenance, "image-build:commit": "def456" } });
    expect(again.builds[0].reused).toBe(true);
    expect(again.builds[0].images).toEqual(b.images);
    expect(
      actionsSince(seq)
        .map((c) => `${c.action} ${c.params.RegionId}`)
        .sort(),
    ).toEqual(["DescribeImages cn-beijing", "DescribeImages cn-hangzhou"]);

    // The copy is gone: build again (a new copy), not a half reuse.
    await ecsClient(emu).deleteImage(
      new $Ecs.DeleteImageRequest({ regionId: "cn-beijing", imageId: b.images["cn-beijing"] }),
    );
    const rebuilt = await build(dir);
    expect(rebuilt.ok).toBe(true);
    expect(rebuilt.builds[0].reused).toBe(false);
    expect(rebuilt.ui.texts().join("\n")).toContain("No image with this fingerprint in cn-beijing");
  });

  it("post-processors run on a reused image (the manifest names it)", async () => {
    const dir = project({
      builders: [builder({ name: "pp", image_name: "pp-{{timestamp}}" })],
      "post-processors": [{ type: "manifest", output: "manifest.json" }],
    });
    const first = await build(dir);
    const second = await build(dir);
    expect(second.builds[0].reused).toBe(true);
    expect(second.builds[0].postProcessors).toEqual([
      expect.objectContaining({ type: "manifest", status: "succeeded" }),
    ]);
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(m.builds.at(-1).artifact_id).toBe(`cn-hangzhou:${first.builds[0].images["cn-hangzhou"]}`);
  });
});

describe("image tags", () => {
  it("too many tags fail the build before any call, naming where they come from", async () => {
    const tags = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`t${i}`, "v"]));
    const dir = project({ builders: [builder({ name: "many", image_name: "many-tags", tags })] });
    const seq = lastSeq();
    const r = await build(dir, {
      imageTags: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`image-build:x${i}`, "v"])),
    });
    expect(r.ok).toBe(false);
    expect(r.builds[0].failedStep).toBe("image tags");
    expect(String(r.builds[0].error)).toContain(
      "Too many image tags: 22 (the template's `tags`: 15, the run's: 5, image-build:fingerprint and image-build:final: 2); Alibaba Cloud allows 20",
    );
    expect(actionsSince(seq)).toEqual([]);
  });

  it("with image_ignore_data_disks the snapshot's temporary tags count too", async () => {
    const tags = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}`, "v"]));
    const run = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`image-build:x${i}`, "v"]));
    const ok = project({ builders: [builder({ name: "fits", image_name: "fits-{{timestamp}}", tags })] });
    const fits = await build(ok, { imageTags: run });
    expect(fits.ok).toBe(true);
    const snaps = await imageSnapshots("cn-hangzhou", fits.builds[0].images["cn-hangzhou"]);
    expect(Object.keys(await snapshotTags("cn-hangzhou", snaps[0]))).toHaveLength(19);
    const dir = project({
      builders: [builder({ name: "ignore", image_name: "ignore-tags", tags, image_ignore_data_disks: true })],
    });
    const r = await build(dir, { imageTags: run });
    expect(r.ok).toBe(false);
    expect(String(r.builds[0].error)).toContain(
      "Too many image tags: 22 (the template's `tags`: 12, the run's: 6, image-build:fingerprint and image-build:final: 2, image-build:run and image-build:build on the image_ignore_data_disks snapshot: 2)",
    );
  });

  it("a template tag breaking Alibaba's rules fails up front", async () => {
    const dir = project({
      builders: [builder({ name: "bad", image_name: "bad-tags", tags: { "acs:x": "v" } })],
    });
    const r = await build(dir, { noReuse: true });
    expect(r.ok).toBe(false);
    expect(String(r.builds[0].error)).toContain(
      "Invalid image tags: tag key 'acs:x' must not start with 'aliyun' or 'acs:'",
    );
  });
});
