// HCL2 templates build on the emulator through the engine (validateTemplate + runBuilds, the same
// path a JSON template takes) and through the CLI: build names as Packer names them, -only with
// Packer's HCL2 globs, var files, PKR_VAR_ and -var with their precedence, build.* references
// rendered at run time, sensitive values masked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runBuild } from "../../src/cli/build.js";
import { runBuilds } from "../../src/engine/build.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { SOURCE_IMAGE } from "../builders/alicloud-ecs/helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

const SOURCES = `
variable "suffix" {
  type    = string
  default = "default"
}

variable "token" {
  type      = string
  default   = "tok-3f9a7c1e5b"
  sensitive = true
}

locals {
  name = "hcl-\${var.suffix}"
}

source "alicloud-ecs" "one" {
  region        = "cn-hangzhou"
  source_image  = "${SOURCE_IMAGE}"
  instance_type = "ecs.n1.tiny"
  communicator  = "none"
  image_name    = "\${local.name}-\${source.name}"
}
`;

const BUILD = `
build {
  name = "web"
  source "source.alicloud-ecs.one" {
    name = "two"
  }
  sources = ["source.alicloud-ecs.one"]

  provisioner "shell-local" {
    inline = ["echo built \${build.ID} as {{build_name}}/$PACKER_BUILD_NAME with \${var.token} for \${source.name}"]
  }
  provisioner "shell-local" {
    only   = ["alicloud-ecs.two"]
    inline = ["echo only-two"]
  }
}
`;

function writeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-hcl2-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const imageNames = (seq: number) =>
  emu
    .calls()
    .filter((c) => c.seq > seq && c.action === "CreateImage")
    .map((c) => String(c.params.ImageName))
    .sort();

describe("HCL2 templates on the emulator", () => {
  it("builds every build × source of a directory through the engine, with Packer's build names", async () => {
    const dir = writeDir({ "sources.pkr.hcl": SOURCES, "build.pkr.hcl": BUILD });
    const env = { ...emu.env, PKR_VAR_suffix: "env" };
    const v = await validateTemplate({ path: dir, env, cwd: tmpdir() });
    expect(v.diagnostics).toEqual([]);
    expect(v.builds.map((b) => b.name)).toEqual(["web.alicloud-ecs.one", "web.alicloud-ecs.two"]);
    expect(v.builds.map((b) => b.provisioners)).toEqual([["shell-local"], ["shell-local", "shell-local"]]);
    expect(v.secrets).toContain("tok-3f9a7c1e5b");
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const ui = new RecordingUi();
    const r = await runBuilds(v.prepared, {
      ui,
      env,
      home: tmpdir(),
      template: v.template,
      secrets: v.secrets,
      retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    });
    const text = ui.texts().join("\n");
    expect(r.builds.map((b) => (b.error as Error | undefined)?.message ?? "ok")).toEqual(["ok", "ok"]);
    // PKR_VAR_suffix beats the default; the source's name as renamed by the build's source block.
    expect(imageNames(seq)).toEqual(["hcl-env-one", "hcl-env-two"]);
    // build.ID and {{build_name}} are rendered when the provisioner runs (the recording Ui does not
    // mask; the CLI test below checks the masking of the sensitive variable).
    // {{build_name}} and PACKER_BUILD_NAME are the source block's label, also where the build's
    // source block renames it (as Packer 1.6.6 and current Packer give them).
    expect(text).toMatch(/built i-\w+ as one\/one with tok-3f9a7c1e5b for one/);
    expect(text).toMatch(/built i-\w+ as one\/one with tok-3f9a7c1e5b for two/);
    expect(text.match(/only-two/g)).toHaveLength(1);
  });

  it("the CLI builds a directory with -only (a glob), a .pkrvars.hcl var file and -var, later winning", async () => {
    const dir = writeDir({
      "sources.pkr.hcl": SOURCES,
      "build.pkr.hcl": BUILD,
      "a.pkrvars.hcl": 'suffix = "file"\n',
    });
    const seq = emu.calls().at(-1)?.seq ?? 0;
    let out = "";
    let err = "";
    const code = await runBuild(["-only", "*.two", "-var-file", join(dir, "a.pkrvars.hcl"), dir], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      env: { ...emu.env },
      cwd: tmpdir(),
      home: tmpdir(),
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/--> web\.alicloud-ecs\.two: Alicloud images were created:\n\ncn-hangzhou: m-\w+\n/);
    expect(out).not.toContain("web.alicloud-ecs.one:");
    // The sensitive variable's value is masked in what the CLI prints.
    expect(out).toMatch(/built i-\w+ as one\/one with \S+ for two/);
    expect(out).not.toContain("tok-3f9a7c1e5b");
    expect(imageNames(seq)).toEqual(["hcl-file-two"]);

    const seq2 = emu.calls().at(-1)?.seq ?? 0;
    const code2 = await runBuild(
      ["-only", "web.alicloud-ecs.one", "-var-file", join(dir, "a.pkrvars.hcl"), "-var", "suffix=flag", dir],
      { out: () => {}, err: () => {}, env: { ...emu.env }, cwd: tmpdir(), home: tmpdir() },
    );
    expect(code2).toBe(0);
    expect(imageNames(seq2)).toEqual(["hcl-flag-one"]);
  });

  it("an error names the file of the directory, its line and column, and no call is made", async () => {
    const dir = writeDir({
      "sources.pkr.hcl": SOURCES.replace('instance_type = "ecs.n1.tiny"', 'instance_type = ""'),
      "build.pkr.hcl": BUILD,
    });
    const seq = emu.calls().at(-1)?.seq ?? 0;
    let err = "";
    const code = await runBuild([dir], {
      out: () => {},
      err: (t) => {
        err += t;
      },
      env: { ...emu.env },
      cwd: tmpdir(),
      home: tmpdir(),
    });
    expect(code).toBe(1);
    expect(err).toMatch(/sources\.pkr\.hcl:\d+:\d+: .*An alicloud_instance_type must be specified/);
    expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
  });
});

describe("the runnable HCL2 fixtures build on the emulator (portable copies)", () => {
  /** A portable copy: the provisioners' package-manager commands replaced by a marker write; SSH at the emulator's port. */
  function portable(name: string, edit: (text: string) => string = (t) => t): string {
    const text = readFileSync(join(__dirname, "../fixtures/hcl2", `${name}.pkr.hcl`), "utf8");
    const port = emu.machines?.sshPort ?? 22;
    const out = edit(text)
      .replace(/"sleep \d+",?\s*/g, "")
      .replace(/"yum install redis\.x86_64 -y",?/g, '"echo redis > /root/image-build-marker"')
      .replace(/(source "alicloud-ecs" "[^"]+" \{)/g, `$1\n  ssh_port = ${port}`);
    return writeDir({ [`${name}.pkr.hcl`]: out });
  }

  async function build(dir: string, vars: string[] = [], env: Record<string, string> = {}) {
    const e = { ...emu.env, ...env };
    const v = await validateTemplate({ path: dir, env: e, cwd: dir, vars });
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const r = await runBuilds(v.prepared, {
      ui: new RecordingUi(),
      env: e,
      home: tmpdir(),
      template: v.template,
      retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    });
    expect(r.builds.map((b) => (b.error as Error | undefined)?.message ?? "ok")).toEqual(["ok"]);
    return { v, r };
  }

  it("40: the plugin's example build (region from ALICLOUD_REGION)", async () => {
    // Its manifest goes to the copy's directory, not the working directory of the tests.
    const out = mkdtempSync(join(tmpdir(), "image-build-manifest-"));
    const dir = portable("40-plugin-example-build", (t) =>
      t.replace('output = "alicloud-manifest.json"', `output = "${join(out, "alicloud-manifest.json")}"`),
    );
    const seq = emu.calls().at(-1)?.seq ?? 0;
    await build(dir, [], { ALICLOUD_REGION: "cn-hangzhou" });
    expect(imageNames(seq)).toEqual(["packer_basic"]);
    // The manifest's `name` is the source's label, as Packer 1.6.6 writes it (not the build name
    // `alicloud-ecs.test`).
    const manifest = JSON.parse(readFileSync(join(out, "alicloud-manifest.json"), "utf8"));
    expect(
      manifest.builds.map((x: { name: string; builder_type: string }) => [x.name, x.builder_type]),
    ).toEqual([["test", "alicloud-ecs"]]);
  });

  it("41: the plugin docs' run tags (credentials as variables), tags on the instance", async () => {
    const dir = portable("41-plugin-docs-run-tags");
    const seq = emu.calls().at(-1)?.seq ?? 0;
    await build(dir, [
      `access_key=${emu.credentials.accessKeyId}`,
      `secret_key=${emu.credentials.accessKeySecret}`,
    ]);
    expect(imageNames(seq)).toEqual(["packer_test2"]);
    const run = emu
      .calls()
      .find((c) => c.seq > seq && (c.action === "RunInstances" || c.action === "CreateInstance"));
    expect(JSON.stringify(run?.params)).toContain("Managed by");
  });
});
