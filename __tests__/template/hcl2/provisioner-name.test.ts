// A provisioner block's `name` (HCL2): Packer 1.6.6 takes it off the provisioner's config
// (`packer validate` accepts `provisioner "shell" { name = "base" … }`), and JSON templates have no
// such key (Packer 1.6.6: "unknown configuration key: 'name'"). Ours does the same, and the name
// is what a checkpoint ref can use.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkpointPositions } from "../../../src/engine/checkpoints.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { SOURCE_IMAGE } from "../../builders/alicloud-ecs/helpers.js";

const SOURCE = `source "alicloud-ecs" "web" {
  access_key    = "AKIDname01"
  secret_key    = "name-secret-01"
  region        = "cn-hangzhou"
  image_name    = "web-name"
  source_image  = "${SOURCE_IMAGE}"
  instance_type = "ecs.n1.tiny"
  ssh_username  = "root"
}
`;

function project(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-pname-"));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe("HCL2 provisioner name", () => {
  it("is accepted, kept on the block as written, not passed to the provisioner; checkpoint refs use it", async () => {
    const dir = project(
      "web.pkr.hcl",
      `${SOURCE}
build {
  sources = ["source.alicloud-ecs.web"]
  provisioner "shell" {
    name   = "base"
    inline = ["echo base"]
  }
  provisioner "shell" {
    name   = "app"
    inline = ["echo app"]
  }
  provisioner "shell-local" {
    inline = ["echo local"]
  }
}
`,
    );
    const v = await validateTemplate({ path: "web.pkr.hcl", cwd: dir, env: {} });
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(v.ok).toBe(true);
    const [build] = v.prepared!;
    expect(build.provisioners[0].source.config.members.map((m) => m.key)).not.toContain("name");
    expect(checkpointPositions(build, ["base"])).toEqual([1]);
    expect(checkpointPositions(build, ["app", "1"])).toEqual([1, 2]);
    expect(() => checkpointPositions(build, ["nope"])).toThrow(
      /checkpoint "nope" of build '.*': no provisioner has this name or type; its provisioners: 1: shell "base", 2: shell "app", 3: shell-local/,
    );
  });

  it("a JSON provisioner's name is an unknown key, as Packer 1.6.6 says", async () => {
    const dir = project(
      "web.json",
      JSON.stringify({
        builders: [
          {
            type: "alicloud-ecs",
            access_key: "AKIDname01",
            secret_key: "name-secret-01",
            region: "cn-hangzhou",
            image_name: "web-name",
            source_image: SOURCE_IMAGE,
            instance_type: "ecs.n1.tiny",
            ssh_username: "root",
          },
        ],
        provisioners: [{ type: "shell", name: "base", inline: ["echo base"] }],
      }),
    );
    const v = await validateTemplate({ path: "web.json", cwd: dir, env: {} });
    expect(v.ok).toBe(false);
    expect(v.diagnostics.map((d) => d.message).join("\n")).toMatch(/unknown configuration key: '"name"'/);
  });
});
