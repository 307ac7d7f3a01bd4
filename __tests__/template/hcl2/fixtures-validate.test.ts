// The five real-world HCL2 templates of __tests__/fixtures/hcl2 through `validate` (the same path
// the CLI and the action take): the runnable ones validate; the others fail only where they need
// a plugin image-build does not have, with that exact message on the plugin's line.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateTemplate } from "../../../src/engine/validate.js";
import { formatDiagnostic } from "../../../src/template/diagnostics.js";

const DIR = join(__dirname, "../../fixtures/hcl2");
const ENV = {
  ALICLOUD_ACCESS_KEY: "AKIDfixture0001",
  ALICLOUD_SECRET_KEY: "fixture-secret-0001",
  ALICLOUD_ACCESS_KEY_ID: "AKIDfixture0001",
  ALICLOUD_ACCESS_KEY_SECRET: "fixture-secret-0001",
  ALICLOUD_REGION: "cn-hangzhou",
};

async function check(file: string, vars: string[] = []) {
  const r = await validateTemplate({ path: file, cwd: DIR, env: ENV, vars });
  const errors = r.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  return { r, errors };
}

describe("HCL2 fixtures validate", () => {
  it("40: the plugin's example build", async () => {
    const { r, errors } = await check("40-plugin-example-build.pkr.hcl");
    expect(errors).toEqual([]);
    expect(r.builds.map((b) => b.name)).toEqual(["alicloud-ecs.test"]);
    expect(r.diagnostics.map((d) => d.message)).toContain(
      "Built-in plugin; The alicloud plugin (github.com/hashicorp/alicloud >= 1.1.0) is built into image-build; nothing is installed and the version constraint is not checked.",
    );
  });

  it("41: the plugin docs' run tags, with its required variables", async () => {
    const missing = await check("41-plugin-docs-run-tags.pkr.hcl");
    expect(missing.errors).toEqual([
      '41-plugin-docs-run-tags.pkr.hcl:1:10: Unset variable "access_key"; A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.',
      '41-plugin-docs-run-tags.pkr.hcl:5:10: Unset variable "secret_key"; A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.',
    ]);
    const { r, errors } = await check("41-plugin-docs-run-tags.pkr.hcl", [
      "access_key=AKIDfixture0001",
      "secret_key=fixture-secret-0001",
    ]);
    expect(errors).toEqual([]);
    expect(r.builds.map((b) => b.name)).toEqual(["alicloud-ecs.basic-example"]);
    // The sensitive secret key is a value to mask.
    expect(r.secrets).toContain("fixture-secret-0001");
  });

  it("44: needs the ansible plugin, which is not available", async () => {
    const { errors } = await check("44-ygxxii-ansible-grafana.pkr.hcl");
    expect(errors).toEqual([
      '44-ygxxii-ansible-grafana.pkr.hcl:7:5: Plugin not available; The plugin "ansible" (github.com/hashicorp/ansible ~> 1) is not available in image-build: only the alicloud plugin is built in. Remove the blocks that need it, or run this template with Packer.',
    ]);
  });

  it("45: a shell provisioner build validates", async () => {
    const { r, errors } = await check("45-ygxxii-shell-packer.pkr.hcl");
    expect(errors).toEqual([]);
    expect(r.builds.map((b) => b.name)).toEqual(["alicloud-ecs.packer_aliyun_ecs"]);
    expect(r.builds[0]).toMatchObject({ region: "cn-hongkong", instanceType: "ecs.u1-c1m2.large" });
  });

  it("48: needs the iiaas plugin, which is not available", async () => {
    const { errors } = await check("48-qubitpi-react-alicloud.pkr.hcl");
    expect(errors).toEqual([
      '48-qubitpi-react-alicloud.pkr.hcl:22:5: Plugin not available; The plugin "iiaas" (github.com/paion-data/paion-data >= 0.0.6) is not available in image-build: only the alicloud plugin is built in. Remove the blocks that need it, or run this template with Packer.',
    ]);
  });

  it("48 as a directory (its split files): errors name the file of the directory", async () => {
    const { r, errors } = await check("48-qubitpi-react-alicloud.files");
    expect(errors).toContain(
      '48-qubitpi-react-alicloud.files/react.build.pkr.hcl:16:10: Unset variable "build_source"; A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.',
    );
    expect(new Set(r.diagnostics.map((d) => d.file))).toEqual(
      new Set([
        "48-qubitpi-react-alicloud.files/ali-react.variables.pkr.hcl",
        "48-qubitpi-react-alicloud.files/react.build.pkr.hcl",
      ]),
    );
  });
});
