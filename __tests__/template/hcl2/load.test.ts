import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HCL2_SOURCES } from "../../../src/builders/index.js";
import { formatHclDiagnostic } from "../../../src/template/hcl2/diagnostics.js";
import { type Hcl2LoadOptions, loadHcl2 } from "../../../src/template/hcl2/load.js";
import type { PNode } from "../../../src/template/hcl2/output.js";

const NOW = new Date("2024-01-02T03:04:05Z");

function plain(n: PNode | undefined): unknown {
  if (!n) return undefined;
  switch (n.kind) {
    case "object":
      return Object.fromEntries(n.members.map((m) => [m.key, plain(m.value)]));
    case "array":
      return n.items.map(plain);
    case "null":
      return null;
    default:
      return n.value;
  }
}

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "hcl2-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

async function load(files: Record<string, string>, opts: Partial<Hcl2LoadOptions> = {}) {
  const d = dir(files);
  const r = await loadHcl2(".", { cwd: d, env: {}, now: NOW, sources: HCL2_SOURCES, ...opts });
  return {
    ...r,
    errors: r.diagnostics.filter((x) => x.severity === "error").map(formatHclDiagnostic),
    dir: d,
  };
}

const SOURCE = `source "alicloud-ecs" "a" {
  region        = "cn-hangzhou"
  image_name    = "img-\${source.name}"
  instance_type = "ecs.t5"
  ssh_username  = "root"
}
`;

describe("HCL2 loader: variables", () => {
  const VARS = `variable "v" {
  type    = string
  default = "default"
}
build {
  sources = ["source.alicloud-ecs.a"]
  provisioner "shell" { inline = [var.v] }
}
`;
  const value = async (files: Record<string, string>, opts: Partial<Hcl2LoadOptions> = {}) => {
    const r = await load({ "main.pkr.hcl": SOURCE + VARS, ...files }, opts);
    expect(r.errors).toEqual([]);
    return plain(r.template?.builds[0].provisioners[0])?.valueOf() as { inline: string[] };
  };

  it("takes Packer's precedence: default < env < auto var files < var files < -var", async () => {
    expect((await value({})).inline).toEqual(["default"]);
    expect((await value({}, { env: { PKR_VAR_v: "env" } })).inline).toEqual(["env"]);
    expect(
      (await value({ "x.auto.pkrvars.hcl": 'v = "auto"\n' }, { env: { PKR_VAR_v: "env" } })).inline,
    ).toEqual(["auto"]);
    const vf = dir({ "a.pkrvars.hcl": 'v = "file1"\n', "b.pkrvars.hcl": 'v = "file2"\n' });
    const files = { "x.auto.pkrvars.hcl": 'v = "auto"\n' };
    expect(
      (await value(files, { varFiles: [join(vf, "a.pkrvars.hcl"), join(vf, "b.pkrvars.hcl")] })).inline,
    ).toEqual(["file2"]);
    expect(
      (await value(files, { varFiles: [join(vf, "b.pkrvars.hcl")], vars: [["v", "cli"]] })).inline,
    ).toEqual(["cli"]);
  });

  it("converts to the type constraint and reports what does not fit", async () => {
    const r = await load(
      {
        "main.pkr.hcl": `${SOURCE}variable "n" {
  type = number
}
variable "l" {
  type    = list(string)
  default = [1, true]
}
variable "o" {
  type    = object({ a = string, b = optional(number, 7) })
  default = { a = 1 }
}
build {
  sources = ["source.alicloud-ecs.a"]
  provisioner "shell" {
    inline = [var.n + 1]
    environment_vars = var.l
    env = var.o
  }
}
`,
      },
      { vars: [["n", "41"]] },
    );
    expect(r.errors).toEqual([]);
    expect(plain(r.template?.builds[0].provisioners[0])).toMatchObject({
      inline: [42],
      environment_vars: ["1", "true"],
      env: { a: "1", b: 7 },
    });
    const bad = await load(
      {
        "main.pkr.hcl": `${SOURCE}variable "n" {\n  type = number\n}\nbuild {\n  sources = ["source.alicloud-ecs.a"]\n}\n`,
      },
      { vars: [["n", '"x"']] },
    );
    expect(bad.errors).toEqual([
      "-var n:1:1: Invalid value for variable; The value for n (from -var) is not compatible with the variable's type constraint: a number is required.",
    ]);
  });

  it("reports unset, undefined -var and failed validation", async () => {
    const r = await load(
      {
        "main.pkr.hcl": `${SOURCE}variable "req" {}
variable "checked" {
  default = "bad"
  validation {
    condition     = can(regex("^ok", var.checked))
    error_message = "The checked value must start with ok."
  }
}
build {
  sources = ["source.alicloud-ecs.a"]
}
`,
      },
      { vars: [["nope", "1"]] },
    );
    expect(r.errors).toEqual([
      '-var nope:1:1: Undefined -var variable; A "nope" variable was passed in but was not found in known variables. To declare variable "nope", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl',
      'main.pkr.hcl:7:10: Unset variable "req"; A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.',
    ]);
    const v = await load({
      "main.pkr.hcl": `${SOURCE}variable "checked" {\n  default = "bad"\n  validation {\n    condition     = can(regex("^ok", var.checked))\n    error_message = "The checked value must start with ok."\n  }\n}\nbuild {\n  sources = ["source.alicloud-ecs.a"]\n}\n`,
    });
    expect(v.errors[0]).toMatch(
      /^main\.pkr\.hcl:8:13: Invalid value for variable; The checked value must start with ok\./,
    );
  });

  it("collects sensitive variable and local values for masking", async () => {
    const r = await load({
      "main.pkr.hcl": `${SOURCE}variable "secret" {
  default   = "s3cr3t"
  sensitive = true
}
local "token" {
  expression = "tok-\${var.secret}"
  sensitive  = true
}
build {
  sources = ["source.alicloud-ecs.a"]
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(r.template?.sensitiveNames).toEqual(["secret", "token"]);
    expect(r.template?.sensitiveValues).toEqual(["s3cr3t", "tok-s3cr3t"]);
  });
});

describe("HCL2 loader: locals, builds and blocks", () => {
  it("evaluates locals in dependency order, both locals and local blocks", async () => {
    const r = await load({
      "a.pkr.hcl": `locals {
  full = "\${local.prefix}-\${local.ts}"
  prefix = "img"
}
local "ts" {
  expression = formatdate("YYYYMMDD", timestamp())
}
${SOURCE.replace('"img-${source.name}"', "local.full")}
build {
  sources = ["source.alicloud-ecs.a"]
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(plain(r.template?.builds[0].builder)).toMatchObject({ image_name: "img-20240102" });
  });

  it("decodes the alicloud builder's nested blocks, dynamic blocks included", async () => {
    const r = await load({
      "a.pkr.hcl": `source "alicloud-ecs" "a" {
  region = "cn-hangzhou"
  system_disk_mapping {
    disk_size = 40
  }
  dynamic "image_disk_mappings" {
    for_each = [100, 200]
    iterator = d
    content {
      disk_size = d.value
      disk_name = "data\${d.key}"
    }
  }
  tag {
    key   = "k"
    value = "v"
  }
}
build {
  sources = ["source.alicloud-ecs.a"]
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(plain(r.template?.builds[0].builder)).toEqual({
      type: "alicloud-ecs",
      name: "a",
      region: "cn-hangzhou",
      system_disk_mapping: { disk_size: 40 },
      image_disk_mappings: [
        { disk_size: 100, disk_name: "data0" },
        { disk_size: 200, disk_name: "data1" },
      ],
      tag: [{ key: "k", value: "v" }],
    });
    const bad = await load({
      "a.pkr.hcl":
        'source "alicloud-ecs" "a" {\n  nope {}\n  system_disk_mapping {}\n  system_disk_mapping {}\n}\nbuild {\n  sources = ["source.alicloud-ecs.a"]\n}\n',
    });
    expect(bad.errors).toEqual([
      'a.pkr.hcl:2:3: Unsupported block type; Blocks of type "nope" are not expected here.',
      'a.pkr.hcl:4:3: Duplicate block; Only one "system_disk_mapping" block is allowed. Another was defined at a.pkr.hcl:3,3.',
    ]);
  });

  it("builds each source with overrides, filters provisioners and post-processors, exposes build and source", async () => {
    const r = await load({
      "a.pkr.hcl": `${SOURCE}
build {
  name        = "web"
  description = "two images"
  sources     = ["source.alicloud-ecs.a"]
  source "source.alicloud-ecs.a" {
    name          = "big"
    instance_type = "ecs.g7"
  }
  provisioner "shell" {
    inline       = ["echo \${build.ID} \${build.name} \${source.name} \${source.type}"]
    pause_before = "5s"
    max_retries  = 2
    timeout      = "5m"
    override = {
      "alicloud-ecs.big" = { inline = ["big only"] }
    }
  }
  provisioner "shell" {
    only   = ["alicloud-ecs.a"]
    inline = ["only a"]
  }
  provisioner "shell" {
    except = ["alicloud-ecs.a"]
    inline = ["not a"]
  }
  error-cleanup-provisioner "shell-local" {
    inline = ["echo cleanup"]
  }
  post-processor "manifest" {
    keep_input_artifact = true
  }
  post-processors {
    post-processor "checksum" {
      checksum_types = ["sha256"]
    }
    post-processor "manifest" {
      only = ["alicloud-ecs.big"]
    }
  }
}
`,
    });
    expect(r.errors).toEqual([]);
    const builds = r.template?.builds ?? [];
    expect(builds.map((b) => b.name)).toEqual(["web.alicloud-ecs.a", "web.alicloud-ecs.big"]);
    const [a, big] = builds;
    expect(plain(a.builder)).toMatchObject({ name: "a", instance_type: "ecs.t5", image_name: "img-a" });
    expect(plain(big.builder)).toMatchObject({ name: "big", instance_type: "ecs.g7", image_name: "img-big" });
    expect(a.provisioners.map(plain)).toEqual([
      {
        type: "shell",
        pause_before: "5s",
        max_retries: 2,
        timeout: "5m",
        inline: ["echo {{ build `ID` }} web a alicloud-ecs"],
      },
      { type: "shell", inline: ["only a"] },
    ]);
    expect(big.provisioners.map(plain)).toEqual([
      { type: "shell", pause_before: "5s", max_retries: 2, timeout: "5m", inline: ["big only"] },
      { type: "shell", inline: ["not a"] },
    ]);
    expect(plain(a.errorCleanupProvisioner)).toEqual({ type: "shell-local", inline: ["echo cleanup"] });
    expect(a.postProcessors.map((c) => c.map(plain))).toEqual([
      [{ type: "manifest", keep_input_artifact: true }],
      [{ type: "checksum", checksum_types: ["sha256"] }],
    ]);
    expect(big.postProcessors[1].map(plain)).toEqual([
      { type: "checksum", checksum_types: ["sha256"] },
      { type: "manifest" },
    ]);
    expect(a.description).toBe("two images");
  });

  it("keeps source ranges on the output tree", async () => {
    const r = await load({ "a.pkr.hcl": `${SOURCE}build {\n  sources = ["source.alicloud-ecs.a"]\n}\n` });
    const region = r.template?.builds[0].builder.members.find((m) => m.key === "region");
    expect(region?.keyRange.start).toMatchObject({ line: 2, column: 3 });
    expect(region?.value.range).toMatchObject({
      file: "a.pkr.hcl",
      start: { line: 2, column: 19 },
      end: { line: 2, column: 32 },
    });
  });

  it("rejects other source types, plugins, unknown sources and a too-new required_version", async () => {
    const r = await load({
      "a.pkr.hcl": `packer {
  required_version = ">= 1.9.0"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1"
    }
  }
}
source "amazon-ebs" "x" {}
${SOURCE}build {
  sources = ["source.alicloud-ecs.nope"]
}
`,
    });
    expect(r.errors).toEqual([
      'a.pkr.hcl:10:8: Unsupported source type; The source type "amazon-ebs" is not available in image-build: only "alicloud-ecs" sources are built in.',
      "a.pkr.hcl:2:22: Unsupported Packer Core version; This configuration does not support Packer version 1.6.6. To proceed, either choose another supported Packer version or update the root module's version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.",
      'a.pkr.hcl:4:5: Plugin not available; The plugin "amazon" (github.com/hashicorp/amazon >= 1) is not available in image-build: only the alicloud plugin is built in. Remove the blocks that need it, or run this template with Packer.',
    ]);
    const u = await load({ "a.pkr.hcl": `${SOURCE}build {\n  sources = ["source.alicloud-ecs.nope"]\n}\n` });
    expect(u.errors).toEqual(["a.pkr.hcl:8:13: Unknown source alicloud-ecs.nope; Known: [alicloud-ecs.a]"]);
    const near = await load({ "a.pkr.hcl": `${SOURCE}build {\n  sources = ["source.alicloud-ecs.b"]\n}\n` });
    expect(near.errors).toEqual([
      'a.pkr.hcl:8:13: Unknown source alicloud-ecs.b; Did you mean to use "alicloud-ecs.a"?',
    ]);
  });

  it("knows the source types only from the table it is given (the builders' hcl2 records)", async () => {
    // A table naming another builder: its nested blocks decode as it says, its plugin is built in,
    // and alicloud-ecs is then unknown (the loader names no builder of its own).
    const sources = {
      "other-cloud": {
        blocks: { disk: "list", network: "single" },
        plugin: { name: "other", source: "example.com/acme/other" },
      },
    } as const;
    const text = `packer {
  required_plugins {
    other = {
      source  = "example.com/acme/other"
      version = ">= 1"
    }
  }
}
source "other-cloud" "o" {
  size = 1
  disk { size = 10 }
  disk { size = 20 }
  network { cidr = "10.0.0.0/8" }
}
${SOURCE}build {
  sources = ["source.other-cloud.o"]
}
`;
    const r = await load({ "a.pkr.hcl": text }, { sources });
    expect(r.errors).toEqual([
      'a.pkr.hcl:15:8: Unsupported source type; The source type "alicloud-ecs" is not available in image-build: only "other-cloud" sources are built in.',
    ]);
    expect(r.diagnostics.filter((d) => d.severity === "warning").map(formatHclDiagnostic)).toEqual([
      "a.pkr.hcl:3:5: warning: Built-in plugin; The other plugin (example.com/acme/other >= 1) is built into image-build; nothing is installed and the version constraint is not checked.",
    ]);
    const ok = await load({ "a.pkr.hcl": text.replace(SOURCE, "") }, { sources });
    expect(ok.errors).toEqual([]);
    expect(plain(ok.template?.builds[0].builder)).toEqual({
      type: "other-cloud",
      name: "o",
      size: 1,
      disk: [{ size: 10 }, { size: 20 }],
      network: { cidr: "10.0.0.0/8" },
    });
    // A block the table does not name is an error, as is a repeated single block.
    const bad = await load(
      {
        "a.pkr.hcl": text
          .replace(SOURCE, "")
          .replace("size = 1", 'network { cidr = "x" }\n  constructor { a = 1 }'),
      },
      { sources },
    );
    expect(bad.errors).toEqual([
      'a.pkr.hcl:11:3: Unsupported block type; Blocks of type "constructor" are not expected here.',
      'a.pkr.hcl:14:3: Duplicate block; Only one "network" block is allowed. Another was defined at a.pkr.hcl:10,3.',
    ]);
  });

  it("reports every file's syntax errors at once", async () => {
    const r = await load({ "a.pkr.hcl": "a = \n", "b.pkr.hcl": 'source "x" {\n' });
    expect(r.errors).toEqual([
      "a.pkr.hcl:1:5: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
      "b.pkr.hcl:2:1: Unclosed configuration block; There is no closing brace for this block before the end of the file.",
    ]);
  });
});

describe("HCL2 loader: data sources", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/missing") {
        res.statusCode = 404;
        res.end("no");
        return;
      }
      res.setHeader("Content-Type", "text/plain");
      res.end(`image-from-http ${req.headers["x-token"] ?? ""}`.trim());
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("evaluates null and http data sources", async () => {
    const r = await load({
      "a.pkr.hcl": `data "null" "n" {
  input = "from-null"
}
data "http" "h" {
  url = "${url}/name"
  request_headers = { X-Token = data.null.n.output }
}
${SOURCE.replace('"img-${source.name}"', "data.http.h.body")}build {
  sources = ["source.alicloud-ecs.a"]
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(plain(r.template?.builds[0].builder)).toMatchObject({ image_name: "image-from-http from-null" });
  });

  it("reports an HTTP error status and unknown data source types", async () => {
    const r = await load({
      "a.pkr.hcl": `data "http" "h" {\n  url = "${url}/missing"\n}\ndata "amazon-ami" "x" {}\n${SOURCE}build {\n  sources = ["source.alicloud-ecs.a"]\n}\n`,
    });
    expect(r.errors).toEqual([
      `a.pkr.hcl:2:9: HTTP request failed; data "http" "h": HTTP request error. Response code: 404`,
      'a.pkr.hcl:4:6: Unsupported data source type; The data source "amazon-ami" is not available in image-build: only the "null" and "http" data sources are built in.',
    ]);
  });
});

describe("HCL2 fixtures", () => {
  const FIX = join(__dirname, "../../fixtures/hcl2");
  const opts = {
    cwd: FIX,
    env: { ALICLOUD_ACCESS_KEY_ID: "AKID", ALICLOUD_ACCESS_KEY_SECRET: "SECRET" },
    now: NOW,
    sources: HCL2_SOURCES,
  };

  it("40 loads: one build with a shell provisioner and a manifest", async () => {
    const r = await loadHcl2("40-plugin-example-build.pkr.hcl", opts);
    expect(r.diagnostics.map(formatHclDiagnostic)).toEqual([
      "40-plugin-example-build.pkr.hcl:8:5: warning: Built-in plugin; The alicloud plugin (github.com/hashicorp/alicloud >= 1.1.0) is built into image-build; nothing is installed and the version constraint is not checked.",
    ]);
    const [b] = r.template?.builds ?? [];
    expect(b.name).toBe("alicloud-ecs.test");
    expect(plain(b.builder)).toEqual({
      type: "alicloud-ecs",
      name: "test",
      image_name: "packer_basic",
      source_image: "centos_7_03_64_20G_alibase_20170818.vhd",
      ssh_username: "root",
      instance_type: "ecs.t5-lc1m1.small",
      internet_charge_type: "PayByTraffic",
      io_optimized: "true",
    });
    expect(b.provisioners.map(plain)).toEqual([
      { type: "shell", inline: ["sleep 30", "yum install redis.x86_64 -y"] },
    ]);
    expect(b.postProcessors.map((c) => c.map(plain))).toEqual([
      [{ type: "manifest", output: "alicloud-manifest.json" }],
    ]);
  });

  it("41 needs its two variables, then loads with run_tags", async () => {
    const unset = await loadHcl2("41-plugin-docs-run-tags.pkr.hcl", opts);
    expect(unset.diagnostics.map((d) => d.summary)).toEqual([
      'Unset variable "access_key"',
      'Unset variable "secret_key"',
    ]);
    const r = await loadHcl2("41-plugin-docs-run-tags.pkr.hcl", {
      ...opts,
      vars: [
        ["access_key", "ak"],
        ["secret_key", "sk"],
      ],
    });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.template?.builds[0].builder)).toMatchObject({
      access_key: "ak",
      io_optimized: true,
      run_tags: { "Built by": "Packer", "Managed by": "Packer" },
    });
  });

  it("44 fails only on the ansible plugin it requires", async () => {
    const r = await loadHcl2("44-ygxxii-ansible-grafana.pkr.hcl", opts);
    expect(r.diagnostics.filter((d) => d.severity === "error").map(formatHclDiagnostic)).toEqual([
      '44-ygxxii-ansible-grafana.pkr.hcl:7:5: Plugin not available; The plugin "ansible" (github.com/hashicorp/ansible ~> 1) is not available in image-build: only the alicloud plugin is built in. Remove the blocks that need it, or run this template with Packer.',
    ]);
  });

  it("45 loads: env() defaults, local timestamp, system_disk_mapping, heredoc script, secret masked", async () => {
    const r = await loadHcl2("45-ygxxii-shell-packer.pkr.hcl", opts);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const b = r.template?.builds[0];
    expect(plain(b?.builder)).toMatchObject({
      access_key: "AKID",
      secret_key: "SECRET",
      region: "cn-hongkong",
      system_disk_mapping: { disk_category: "cloud_essd", disk_size: 20 },
      image_copy_regions: ["cn-hangzhou"],
      tags: { Environment: "DEV", "Release-date": "2024.0102.03:04:05", "Created-by": "Packer" },
    });
    const inline = (plain(b?.provisioners[0]) as { inline: string[] }).inline;
    expect(inline).toHaveLength(1);
    expect(inline[0].startsWith("    sleep 10\n\n    echo")).toBe(true);
    expect(inline[0]).toContain(
      "https://aliyun-client-assist-cn-hongkong.oss-cn-hongkong-internal.aliyuncs.com/linux/aliyun_assist_latest.rpm",
    );
    expect(inline[0].endsWith('plugins install github.com/hashicorp/ansible"\n')).toBe(true);
    expect(r.template?.sensitiveValues).toEqual(["SECRET"]);
  });

  it("48 (a directory of three files) fails only on the iiaas plugin it requires", async () => {
    const d = mkdtempSync(join(tmpdir(), "hcl2-48-"));
    cpSync(join(FIX, "48-qubitpi-react-alicloud.pkr.hcl"), join(d, "ali-react.pkr.hcl"));
    cpSync(join(FIX, "48-qubitpi-react-alicloud.files"), d, { recursive: true });
    const r = await loadHcl2(d, { ...opts, cwd: d });
    expect(
      r.diagnostics.filter((x) => x.severity === "error").map((x) => `${x.summary}; ${x.detail}`),
    ).toEqual([
      'Plugin not available; The plugin "iiaas" (github.com/paion-data/paion-data >= 0.0.6) is not available in image-build: only the alicloud plugin is built in. Remove the blocks that need it, or run this template with Packer.',
    ]);
  });
});

describe("HCL2 loader: HCL's JSON syntax", () => {
  it("reads *.pkr.json and *.auto.pkrvars.json like their native-syntax twins", async () => {
    const native = await load({
      "a.pkr.hcl": `variable "size" {
  type    = number
  default = 20
}
source "alicloud-ecs" "a" {
  region     = "cn-hangzhou"
  image_name = "img-\${var.size}"
  system_disk_mapping {
    disk_size = var.size
  }
  tags = { k = "v" }
}
build {
  sources = ["source.alicloud-ecs.a"]
  provisioner "shell" {
    inline = ["echo \${build.ID}"]
    only   = ["alicloud-ecs.a"]
  }
  post-processors {
    post-processor "manifest" {}
  }
}
`,
      "x.auto.pkrvars.hcl": "size = 40\n",
    });
    const json = await load({
      "a.pkr.json": JSON.stringify({
        "//": "a comment",
        variable: { size: { type: "number", default: 20 } },
        source: {
          "alicloud-ecs": {
            a: {
              region: "cn-hangzhou",
              image_name: "img-${var.size}",
              system_disk_mapping: { disk_size: "${var.size}" },
              tags: { k: "v" },
            },
          },
        },
        build: {
          sources: ["source.alicloud-ecs.a"],
          provisioner: { shell: { inline: ["echo ${build.ID}"], only: ["alicloud-ecs.a"] } },
          "post-processors": [{ "post-processor": { manifest: {} } }],
        },
      }),
      "x.auto.pkrvars.json": '{"size": 40}',
    });
    expect(native.errors).toEqual([]);
    expect(json.errors).toEqual([]);
    const shape = (r: typeof native) =>
      r.template?.builds.map((b) => ({
        builder: plain(b.builder),
        prov: b.provisioners.map(plain),
        pp: b.postProcessors.map((c) => c.map(plain)),
      }));
    expect(shape(json)).toEqual(shape(native));
    expect(plain(json.template?.builds[0].builder)).toMatchObject({
      image_name: "img-40",
      system_disk_mapping: { disk_size: 40 },
    });
    const first = json.template?.builds[0].builder.members.find((m) => m.key === "region");
    expect(first?.value.range.start.line).toBe(1);
  });

  it("positions JSON errors", async () => {
    const r = await load({ "a.pkr.json": '{\n  "build": {\n    "sources": [\n  }\n}' });
    expect(r.errors[0]).toMatch(/^a\.pkr\.json:4:3: Invalid JSON; /);
  });
});

describe("HCL2 loader: inputs for the reuse fingerprint", () => {
  it("lists loaded files, files read by functions and non-sensitive PKR_VAR_ values; alicloud noted once", async () => {
    const plugin =
      'packer {\n  required_plugins {\n    alicloud = {\n      source = "github.com/hashicorp/alicloud"\n    }\n  }\n}\n';
    const r = await load(
      {
        "a.pkr.hcl": `${plugin}variable "v" {\n  default = "x"\n}\nvariable "s" {\n  default   = "x"\n  sensitive = true\n}\n${SOURCE.replace('"img-${source.name}"', 'trimspace(file("name.txt"))')}`,
        "b.pkr.hcl": `${plugin}build {\n  sources = ["source.alicloud-ecs.a"]\n}\n`,
        "name.txt": "from-file\n",
        "x.auto.pkrvars.hcl": 'v = "auto"\n',
      },
      { env: { PKR_VAR_v: "env", PKR_VAR_s: "secret-env", PKR_VAR_undeclared: "u" } },
    );
    expect(r.errors).toEqual([]);
    const t = r.template;
    expect(t?.files).toEqual(["a.pkr.hcl", "b.pkr.hcl", "x.auto.pkrvars.hcl"]);
    expect(t?.readFiles).toEqual([join(r.dir, "name.txt")]);
    expect(t?.pkrVarEnv).toEqual({ PKR_VAR_v: "env" });
    expect(t?.sensitiveValues).toEqual(["secret-env"]);
    expect(plain(t?.builds[0].builder)).toMatchObject({ image_name: "from-file" });
    expect(r.diagnostics.filter((d) => d.summary === "Built-in plugin")).toHaveLength(1);
  });
});

describe("HCL2 fixture 48 without its custom plugin", () => {
  const FIX = join(__dirname, "../../fixtures/hcl2");
  const copy = () => {
    const d = mkdtempSync(join(tmpdir(), "hcl2-48b-"));
    cpSync(join(FIX, "48-qubitpi-react-alicloud.files"), d, { recursive: true });
    const main = readFileSync(join(FIX, "48-qubitpi-react-alicloud.pkr.hcl"), "utf8").replace(
      /\n {4}iiaas = \{[^}]*\}\n/,
      "\n",
    );
    writeFileSync(join(d, "ali-react.pkr.hcl"), main);
    return d;
  };
  const vars: [string, string][] = [
    ["ali_image_name", "react-img"],
    ["instance_type", "ecs.t5"],
    ["ssl_cert_source", "/c.pem"],
    ["ssl_cert_key_source", "/k.pem"],
    ["react_app_domain", "example.com"],
  ];

  it("loads the three-file directory: source chosen by a variable, named build, sensitive values", async () => {
    const d = copy();
    const r = await loadHcl2(d, {
      cwd: d,
      env: {},
      sources: HCL2_SOURCES,
      vars: [...vars, ["build_source", "alicloud-ecs.react-app"]],
    });
    expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    const b = r.template?.builds[0];
    expect(b?.name).toBe("install-react.alicloud-ecs.react-app");
    expect(plain(b?.builder)).toMatchObject({
      image_name: "react-img",
      instance_type: "ecs.t5",
      skip_image_validation: true,
    });
    expect(b?.provisioners.map(plain)).toEqual([
      { type: "file", source: "../dist", destination: "/root/dist" },
      {
        type: "iiaas-react-app-provisioner",
        homeDir: "/root",
        sslCertSource: "/c.pem",
        sslCertKeySource: "/k.pem",
        ReactAppDomain: "example.com",
      },
    ]);
    expect(r.template?.sensitiveValues).toEqual(
      expect.arrayContaining(["react-img", "/c.pem", "/k.pem", "example.com", "/root"]),
    );
  });

  it("applies the build_source validation rule", async () => {
    const d = copy();
    const r = await loadHcl2(d, {
      cwd: d,
      env: {},
      sources: HCL2_SOURCES,
      vars: [...vars, ["build_source", "qemu.x"]],
    });
    expect(r.diagnostics.filter((x) => x.severity === "error").map((x) => x.detail.split("\n")[0])).toEqual([
      "Allowed values for build_source are 'alicloud-ecs.kong-gateway' for Alicloud, 'amazon-ebs.kong' for AWS, or 'docker.ubuntu' for Docker.",
    ]);
  });
});
