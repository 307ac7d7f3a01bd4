import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AlicloudEcsConfig } from "../../src/builders/alicloud-ecs/config.js";
import { validateTemplate } from "../../src/engine/validate.js";
import type { ShellConfig } from "../../src/provisioners/shell/config.js";

const ENV = { ALICLOUD_ACCESS_KEY: "AK", ALICLOUD_SECRET_KEY: "SK", ALICLOUD_REGION: "cn-hangzhou" };
const BUILDER = {
  type: "alicloud-ecs",
  instance_type: "ecs.g7.large",
  source_image: "img",
  ssh_username: "root",
  image_name: "img-{{ build_name }}",
};

function write(body: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-prepare-"));
  const file = join(dir, "t.json");
  writeFileSync(file, JSON.stringify(body));
  return file;
}

describe("prepareBuilds", () => {
  it("rejects what the engine cannot do yet before any resource exists: winrm, ssh_proxy_host, ssh_certificate_file", async () => {
    const winrm = await validateTemplate({
      path: write({
        builders: [
          { ...BUILDER, ssh_username: undefined, communicator: "winrm", winrm_username: "Administrator" },
        ],
      }),
      env: ENV,
    });
    expect(winrm.ok).toBe(false);
    expect(winrm.prepared).toEqual([]);
    expect(winrm.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([
      'builders[0].communicator: communicator "winrm" is not supported yet by image-build (supported: ssh, none): Windows images cannot be built yet',
    ]);
    const ssh = await validateTemplate({
      path: write({ builders: [{ ...BUILDER, ssh_proxy_host: "proxy.example", ssh_proxy_port: 1080 }] }),
      env: ENV,
    });
    expect(ssh.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([
      "builders[0].ssh_proxy_host: ssh_proxy_host is not supported yet by image-build",
    ]);
    // Empty values are Packer's defaults, not a request for the feature.
    const empty = await validateTemplate({
      path: write({ builders: [{ ...BUILDER, ssh_proxy_host: "", ssh_certificate_file: "" }] }),
      env: ENV,
    });
    expect(empty.diagnostics).toEqual([]);
  });

  it("renders build data in provisioners as Packer's placeholders and {{build_name}} per build", async () => {
    const path = write({
      builders: [BUILDER, { ...BUILDER, name: "second" }],
      provisioners: [
        { type: "shell", inline: ["echo {{ .User }} {{ build `Host` }} {{ .Path }} {{ build_name }}"] },
      ],
    });
    const r = await validateTemplate({ path, env: ENV });
    expect(r.diagnostics).toEqual([]);
    expect(r.prepared.map((b) => (b.builder.config as AlicloudEcsConfig).imageName)).toEqual([
      "img-alicloud-ecs",
      "img-second",
    ]);
    const inline = (r.prepared[1].provisioners[0].config.config as ShellConfig).inline;
    expect(inline).toEqual([
      "echo Build_User. To set this dynamically in the Packer template, you must use the `build` function {{.Host}} <no value> second",
    ]);
  });

  it("applies a provisioner's override for its build only", async () => {
    const path = write({
      builders: [BUILDER, { ...BUILDER, name: "second" }],
      provisioners: [{ type: "shell", inline: ["echo a"], override: { second: { inline: ["echo b"] } } }],
    });
    const r = await validateTemplate({ path, env: ENV });
    const inlines = r.prepared.map((b) => (b.provisioners[0].config.config as ShellConfig).inline);
    expect(inlines).toEqual([["echo a"], ["echo b"]]);
  });

  it("collects errors of every build and prepares none that has one", async () => {
    const path = write({
      builders: [
        { ...BUILDER, image_name: "a b" },
        { ...BUILDER, name: "qemu-one", type: "qemu" },
      ],
    });
    const r = await validateTemplate({ path, env: ENV });
    expect(r.ok).toBe(false);
    expect(r.prepared).toEqual([]);
    expect(r.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([
      "builders[0].image_name: image_name can't include spaces",
      'builders[1].type: builder type "qemu" is not supported by image-build (supported: alicloud-ecs)',
    ]);
  });

  it("gathers secrets from sensitive variables and credential fields for masking", async () => {
    const path = write({
      variables: { token: "s3cr3t-value" },
      "sensitive-variables": ["token"],
      builders: [
        { ...BUILDER, access_key: "AKIDtemplate", secret_key: "{{user `token`}}", region: "cn-hangzhou" },
      ],
    });
    const r = await validateTemplate({ path, env: {} });
    expect(r.ok).toBe(true);
    expect(r.secrets).toEqual(expect.arrayContaining(["s3cr3t-value", "AKIDtemplate"]));
  });
});
