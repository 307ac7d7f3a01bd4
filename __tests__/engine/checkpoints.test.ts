// Checkpoints against the emulator's real machines (fast profile, real SSH): a build takes a
// checkpoint image after provisioner 1 (kept, tagged with the prefix fingerprint and the final
// mark); a later build whose prefix is unchanged starts from it and skips provisioner 1; any change
// to the prefix (a variable provisioner 1 uses, a file it uploads, the source image) starts from
// scratch; `resume: false` runs everything; bad refs fail before any cloud call; data disks refuse.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { BASE_TAG, CHECKPOINT_TAG, FINAL_TAG } from "../../src/builders/reuse.js";
import { type RunBuildsResult, runBuilds } from "../../src/engine/build.js";
import { checkpointRefsError } from "../../src/engine/checkpoints.js";
import { provisioningHooks } from "../../src/engine/provisioning.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { ResourceLedger } from "../../src/pipeline/ledger.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { builder } from "../builders/alicloud-ecs/helpers.js";
import { $Ecs, ecsClient } from "../emulator/services/clients.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

/** A project directory with template.json and the files given. */
function project(template: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-ckpt-"));
  writeFileSync(join(dir, "template.json"), JSON.stringify(template, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

let clock = Date.parse("2031-01-01T00:00:00Z");

async function build(
  dir: string,
  o: {
    vars?: string[];
    refs?: string[];
    resume?: boolean;
    signal?: AbortSignal;
    ledger?: ResourceLedger;
    file?: string;
  } = {},
): Promise<RunBuildsResult & { ui: RecordingUi; text: string }> {
  const env = { ...emu.env };
  clock += 1000;
  const v = await validateTemplate({
    path: o.file ?? "template.json",
    env,
    cwd: dir,
    vars: o.vars,
    startTime: new Date(clock),
  });
  if (!v.ok) throw new Error(`template invalid: ${v.diagnostics.map((d) => d.message).join("; ")}`);
  const ui = new RecordingUi();
  const runId = `ckpt-${clock}`;
  const r = await runBuilds(v.prepared, {
    ui,
    env,
    home: tmpdir(),
    cwd: dir,
    runId,
    template: v.template,
    secrets: v.secrets,
    signal: o.signal,
    ...(o.ledger ? { ledgerFor: () => o.ledger as ResourceLedger } : {}),
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    provisioning: provisioningHooks({
      template: v.template,
      runId,
      cwd: dir,
      env,
      sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
    }),
    reuse: { enabled: true, vars: o.vars },
    checkpoints: { refs: o.refs ?? ["1"], resume: o.resume },
  });
  return { ...r, ui, text: ui.lines.map((l) => l.text).join("\n") };
}

async function tagsOf(id: string): Promise<Record<string, string>> {
  const r = await ecsClient(emu).describeImages(
    new $Ecs.DescribeImagesRequest({ regionId: "cn-hangzhou", imageId: id, imageOwnerAlias: "self" }),
  );
  const im = r.body?.images?.image?.[0];
  return Object.fromEntries((im?.tags?.tag ?? []).map((t) => [t.tagKey ?? "", t.tagValue ?? ""]));
}

const BASE_SH = "#!/bin/sh\nmkdir -p /opt\necho base-$BASE_VERSION >> /opt/base-runs\n";
const FILES = { "base.sh": BASE_SH, "base.txt": "base\n" };

const read = (imageId: string, path: string) => emu.machines!.readFile({ imageId }, path).toString();

/** Provisioner 1 runs base.sh (it appends a marker), 2 uploads base.txt, the last one writes /opt/app. */
function template(name: string, extra: Record<string, unknown> = {}, app = "echo app-1 > /opt/app") {
  return {
    variables: { base_version: "1", app_version: "1" },
    builders: [
      builder({
        image_name: `${name}-{{timestamp}}`,
        communicator: "ssh",
        ssh_username: "root",
        ssh_port: emu.machines!.sshPort,
        associate_public_ip_address: true,
        ...extra,
      }),
    ],
    provisioners: [
      {
        type: "shell",
        script: "base.sh",
        environment_vars: ["BASE_VERSION={{user `base_version`}}"],
      },
      { type: "file", source: "base.txt", destination: "/opt/base.txt" },
      { type: "shell", inline: [app] },
    ],
  };
}

describe("checkpoints", () => {
  it("takes a checkpoint, then resumes from it when only the last provisioner changed", async () => {
    const since = new Date().toISOString();
    const dir = project(template("resume"), FILES);
    const first = await build(dir, { refs: ["2"] });
    expect(first.ok, first.text).toBe(true);
    const b1 = first.builds[0];
    expect(b1.provisioners).toHaveLength(3);
    expect(b1.checkpoints?.taken).toHaveLength(1);
    expect(b1.checkpoints?.resumedFrom).toBeUndefined();
    const ckpt = b1.checkpoints!.taken[0].imageId;
    const ct = await tagsOf(ckpt);
    expect(ct[CHECKPOINT_TAG]).toMatch(/^[0-9a-f]{64}$/);
    expect(ct[FINAL_TAG]).toBe(first.runId);
    expect(ct[BASE_TAG]).toBeUndefined();
    expect(read(ckpt, "/opt/base-runs")).toBe("base-1\n");
    // The checkpoint was taken before the last provisioner ran.
    expect(() => read(ckpt, "/opt/app")).toThrow();
    // Nor does it trust the temporary key (taken out for the snapshot, put back after).
    expect(read(ckpt, "/root/.ssh/authorized_keys")).not.toMatch(/packer_/);
    const final1 = b1.images["cn-hangzhou"];
    expect((await tagsOf(final1))[BASE_TAG]).toBe(ckpt);
    expect(read(final1, "/root/.ssh/authorized_keys")).toMatch(/packer_/);

    writeFileSync(
      join(dir, "template.json"),
      JSON.stringify(template("resume", {}, "echo app-2 > /opt/app"), null, 2),
    );
    const second = await build(dir, { refs: ["2"] });
    expect(second.ok, second.text).toBe(true);
    const b2 = second.builds[0];
    expect(second.text).toContain(
      `Resuming from checkpoint ${ckpt} (after provisioner 2 of 3: file); skipped 2 provisioners`,
    );
    expect(b2.checkpoints?.resumedFrom).toEqual({
      imageId: ckpt,
      after: 2,
      skipped: [
        { position: 1, type: "shell" },
        { position: 2, type: "file" },
      ],
    });
    expect(b2.provisioners).toHaveLength(1);
    const final2 = b2.images["cn-hangzhou"];
    expect(read(final2, "/opt/base-runs")).toBe("base-1\n");
    expect(read(final2, "/opt/app")).toBe("app-2\n");
    expect((await tagsOf(final2))[BASE_TAG]).toBe(ckpt);
    // The instance started from the checkpoint image.
    const run = emu
      .calls()
      .filter((c) => c.action === "RunInstances")
      .at(-1);
    expect(run?.params.ImageId).toBe(ckpt);
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
  }, 60_000);

  it("resumes from the deepest checkpoint; later checkpoints are still taken and name their base", async () => {
    const dir = project(template("deep"), { ...FILES, "base.sh": `${BASE_SH}# deep\n` });
    const first = await build(dir, { refs: ["1"] });
    expect(first.ok, first.text).toBe(true);
    const c1 = first.builds[0].checkpoints?.taken[0]?.imageId as string;

    const write = (app: string) =>
      writeFileSync(join(dir, "template.json"), JSON.stringify(template("deep", {}, app), null, 2));
    write("echo deep-2 > /opt/app");
    const second = await build(dir, { refs: ["1", "2"] });
    expect(second.ok, second.text).toBe(true);
    const b2 = second.builds[0];
    expect(b2.checkpoints?.resumedFrom).toMatchObject({ imageId: c1, after: 1 });
    expect(b2.checkpoints?.taken.map((t) => t.after)).toEqual([2]);
    const c2 = b2.checkpoints?.taken[0]?.imageId as string;
    expect((await tagsOf(c2))[BASE_TAG]).toBe(c1);
    expect((await tagsOf(b2.images["cn-hangzhou"]))[BASE_TAG]).toBe(c2);

    write("echo deep-3 > /opt/app");
    const third = await build(dir, { refs: ["1", "2"] });
    expect(third.ok, third.text).toBe(true);
    expect(third.builds[0].checkpoints?.resumedFrom).toMatchObject({ imageId: c2, after: 2 });
    expect(third.builds[0].checkpoints?.taken).toEqual([]);
    expect(third.builds[0].provisioners).toHaveLength(1);
    expect((await tagsOf(third.builds[0].images["cn-hangzhou"]))[BASE_TAG]).toBe(c2);
  }, 90_000);

  it("a build from an image family resumes from the checkpoint image: the family does not win", async () => {
    const family = { source_image: undefined, image_family: "acs:ubuntu_22_04_x64" };
    const dir = project(template("family", family), { ...FILES, "base.sh": `${BASE_SH}# family\n` });
    const first = await build(dir);
    expect(first.ok, first.text).toBe(true);
    const ckpt = first.builds[0].checkpoints?.taken[0]?.imageId;
    writeFileSync(
      join(dir, "template.json"),
      JSON.stringify(template("family", family, "echo family-2 > /opt/app"), null, 2),
    );
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const second = await build(dir);
    expect(second.ok, second.text).toBe(true);
    expect(second.builds[0].checkpoints?.resumedFrom?.imageId).toBe(ckpt);
    const run = emu.calls().filter((c) => c.seq > seq && c.action === "RunInstances");
    expect(run.map((c) => c.params.ImageId)).toEqual([ckpt]);
    expect(read(second.builds[0].images["cn-hangzhou"], "/opt/app")).toBe("family-2\n");
  }, 60_000);

  it("an HCL2 template: a variable only the last provisioner uses changes, the build resumes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-ckpt-hcl-"));
    writeFileSync(join(dir, "base.sh"), `${BASE_SH}# hcl2\n`);
    writeFileSync(
      join(dir, "web.pkr.hcl"),
      `variable "app_version" {
  type    = string
  default = "1"
}
source "alicloud-ecs" "web" {
  region                      = "cn-hangzhou"
  image_name                  = "ckpt-hcl-\${var.app_version}"
  source_image                = "ubuntu_22_04_x64_20G_alibase_20240220.vhd"
  instance_type               = "ecs.n1.tiny"
  ssh_username                = "root"
  ssh_port                    = ${emu.machines!.sshPort}
  associate_public_ip_address = true
}
build {
  sources = ["source.alicloud-ecs.web"]
  provisioner "shell" {
    script           = "base.sh"
    environment_vars = ["BASE_VERSION=hcl"]
  }
  provisioner "shell" {
    inline = ["echo \${var.app_version} > /opt/app"]
  }
}
`,
    );
    const first = await build(dir, { file: "web.pkr.hcl" });
    expect(first.ok, first.text).toBe(true);
    const ckpt = first.builds[0].checkpoints?.taken[0]?.imageId;
    expect(ckpt).toMatch(/^m-/);
    const second = await build(dir, { file: "web.pkr.hcl", vars: ["app_version=2"] });
    expect(second.ok, second.text).toBe(true);
    expect(second.builds[0].checkpoints?.resumedFrom?.imageId).toBe(ckpt);
    const image = second.builds[0].images["cn-hangzhou"];
    expect(read(image, "/opt/base-runs")).toBe("base-hcl\n");
    expect(read(image, "/opt/app")).toBe("2\n");
  }, 60_000);

  it.each([
    ["a variable provisioner 1 uses", { vars: ["base_version=2"] }, {}],
    ["a file provisioner 1 uploads", {}, { "base.sh": `${BASE_SH}echo changed\n` }],
    ["the source image", { source: "centos_7_9_x64_20G_alibase_20240628.vhd" }, {}],
  ] as const)(
    "a change to the prefix (%s) starts from scratch",
    async (_, change, files) => {
      // Its own base content: no checkpoint of another test matches its prefix.
      const name = `prefix-${Object.keys(files).length}-${"source" in change}`;
      const dir = project(template(name), { ...FILES, "base.sh": `${BASE_SH}# ${name}\n` });
      const first = await build(dir);
      expect(first.ok, first.text).toBe(true);
      expect(first.builds[0].checkpoints?.taken).toHaveLength(1);
      const changed = "source" in change ? template(name, { source_image: change.source }) : template(name);
      writeFileSync(join(dir, "template.json"), JSON.stringify(changed, null, 2));
      for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
      const second = await build(dir, { vars: "vars" in change ? [...change.vars] : undefined });
      expect(second.ok, second.text).toBe(true);
      expect(second.builds[0].checkpoints?.resumedFrom).toBeUndefined();
      expect(second.builds[0].provisioners).toHaveLength(3);
      expect(second.text).not.toContain("Resuming from checkpoint");
      expect(second.text).toContain("No checkpoint image for this prefix");
      // And its own checkpoint is a new one.
      expect(second.builds[0].checkpoints?.taken[0].imageId).not.toBe(
        first.builds[0].checkpoints?.taken[0].imageId,
      );
    },
    60_000,
  );

  it("resume: false runs every provisioner and still takes the checkpoint", async () => {
    const dir = project(template("noresume"), FILES);
    expect((await build(dir)).ok).toBe(true);
    writeFileSync(
      join(dir, "template.json"),
      JSON.stringify(template("noresume", {}, "echo app-3 > /opt/app"), null, 2),
    );
    const again = await build(dir, { resume: false });
    expect(again.ok, again.text).toBe(true);
    expect(again.text).toContain("Resuming from a checkpoint is disabled");
    expect(again.builds[0].provisioners).toHaveLength(3);
    expect(again.builds[0].checkpoints?.taken).toHaveLength(1);
    expect(read(again.builds[0].images["cn-hangzhou"], "/opt/base-runs")).toBe("base-1\n");
  }, 60_000);

  it("bad refs are errors naming the ref and listing the provisioners, before any cloud call", async () => {
    const dir = project(template("badref"), FILES);
    const seq = emu.calls().at(-1)?.seq ?? 0;
    for (const [ref, why] of [
      [
        "3",
        "it names the last provisioner (3), and a checkpoint after the last one is the final image itself",
      ],
      ["7", "there is no provisioner 7"],
      ["0", "there is no provisioner 0"],
      ["shell", "2 provisioners have this type: name one by its position"],
      ["nope", "no provisioner has this name or type"],
    ]) {
      const r = await build(dir, { refs: [ref] });
      expect(r.ok).toBe(false);
      expect(messageOf(r.builds[0].error)).toBe(
        `checkpoint "${ref}" of build 'alicloud-ecs': ${why}; its provisioners: 1: shell, 2: file, 3: shell`,
      );
      expect(r.builds[0].failedStep).toBe("checkpoints");
    }
    expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
    // `file` names exactly one provisioner.
    const v = await validateTemplate({ path: "template.json", env: emu.env, cwd: dir });
    expect(checkpointRefsError(v.prepared, ["file", "1"])).toBeUndefined();
    expect(checkpointRefsError(v.prepared, ["2", "x"])).toMatch(/^checkpoint "x" of build/);
  }, 30_000);

  it("the checkpoint tags count against the 20 tags per image and snapshot, before any call", async () => {
    const tags = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`team-${i}`, "x"]));
    const dir = project(template("tags", { tags }), FILES);
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.builds[0].failedStep).toBe("image tags");
    expect(messageOf(r.builds[0].error)).toMatch(/^Too many image tags: 21 /);
    expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
  });

  it("a build with data disks says checkpoints are impossible and builds", async () => {
    const dir = project(
      template("disks", {
        image_disk_mappings: [{ disk_size: 20, disk_category: "cloud_efficiency" }],
      }),
      FILES,
    );
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const r = await build(dir);
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toMatch(/Warning: this build takes no checkpoints: .*data disk/);
    expect(emu.calls().filter((c) => c.seq > seq && c.action === "CreateSnapshot")).toEqual([]);
    expect(r.builds[0].checkpoints?.refused).toMatch(/data disk/);
    expect(r.builds[0].checkpoints?.taken).toEqual([]);
  }, 60_000);

  it("a checkpoint that fails is a warning: the build succeeds, and what the checkpoint made is deleted", async () => {
    const since = new Date().toISOString();
    const dir = project(template("fails"), { ...FILES, "base.sh": `${BASE_SH}# fails\n` });
    // The first CreateImage after this is the checkpoint's (the build's own comes after the stop).
    const ruleId = emu.faults.add({
      action: "CreateImage",
      nth: 1,
      effect: "error",
      code: "QuotaExceed.Image",
      message: "The image quota is exceeded.",
      httpStatus: 403,
    });
    try {
      const r = await build(dir);
      expect(r.ok, r.text).toBe(true);
      const c = r.builds[0].checkpoints;
      expect(c?.taken).toEqual([]);
      expect(c?.failed).toHaveLength(1);
      expect(c?.failed[0]).toMatchObject({ after: 1, error: expect.stringContaining("QuotaExceed.Image") });
      expect(r.text).toMatch(/Warning: the checkpoint after provisioner 1 failed: .*QuotaExceed\.Image/);
      expect(r.builds[0].images["cn-hangzhou"]).toMatch(/^m-/);
      // The final image descends from no checkpoint; the checkpoint's snapshot is gone.
      expect((await tagsOf(r.builds[0].images["cn-hangzhou"]))[BASE_TAG]).toBeUndefined();
      expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
    } finally {
      emu.faults.remove(ruleId);
    }
  }, 60_000);

  it("a cancel while the checkpoint image is being made deletes it and its snapshot: nothing leaks", async () => {
    const since = new Date().toISOString();
    const dir = project(template("cancel", {}, "sleep 5; echo app > /opt/app"), {
      ...FILES,
      "base.sh": `${BASE_SH}# cancel\n`,
    });
    // The checkpoint's image never leaves Creating: the cancel finds it unfinished.
    const ruleId = emu.faults.add({ effect: "stuck", target: { kind: "image", transition: "image.create" } });
    const ctl = new AbortController();
    const ledger = new ResourceLedger({ build: "alicloud-ecs" });
    let checkpointImage: string | undefined;
    ledger.onChange((e) => {
      if (e.kind === "add" && e.entry.type === "image") {
        checkpointImage = e.entry.id;
        setTimeout(() => ctl.abort(new Error("cancelled by the test")), 200);
      }
    });
    try {
      const r = await build(dir, { signal: ctl.signal, ledger });
      expect(r.builds[0].status, r.text).toBe("cancelled");
      expect(checkpointImage).toBeDefined();
      expect(r.text).toContain("Deleting unfinished checkpoint(s)...");
      expect(r.builds[0].checkpoints?.taken).toEqual([]);
      expect(r.builds[0].leftBehind).toEqual([]);
      expect(emu.leakCheck({ since })).toEqual([]);
      expect(ledger.list()).toEqual([]);
    } finally {
      emu.faults.remove(ruleId);
    }
  }, 60_000);
});

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
