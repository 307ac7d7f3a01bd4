// The `packer hcl2_upgrade` oracle (Packer 1.6.6): every JSON template of the fixtures, the seed
// templates and examples/web.json is converted to HCL2 by Packer, and the build plan image-build
// prepares from the HCL2 file (decoded builder, provisioner and post-processor configs of every
// build, in order) must equal the one it prepares from the JSON. Skipped without `packer`.
//
// Normalised, because they are not differences of meaning:
// - the temporary key pair name holds a fresh UUID, and the shell provisioner's remote script a
//   random number, on every prepare (not upgrade artifacts);
// - the upgrade rewrites `{{timestamp}}` (Unix seconds) as `local.timestamp`, a
//   `regex_replace(timestamp(), "[- TZ:]", "")` (YYYYMMDDhhmmss): with the start time at the
//   epoch, `19700101000000` is put back as `0`;
// - the configs name the template file they come from (`<template>` in both);
// - object keys are compared sorted (HCL maps have no order; the upgrade sorts `tags`);
// - the upgrade writes `system_disk_mapping = { ... }`, an attribute, where the plugin's HCL2 spec
//   (and Packer itself) wants a block: the test turns it back into `system_disk_mapping { ... }`.
// - `{{template_dir}}` becomes `${path.root}`, the directory of the converted file, which lives in
//   a temporary directory here: it is replaced by the JSON template's directory.
// The templates the upgrade cannot convert faithfully are listed in UPGRADE_ARTIFACTS with the
// reason, and the test checks that they still fail that way (so the list cannot rot).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../src/engine/fingerprint.js";
import { type ValidateResult, validateTemplate } from "../../../src/engine/validate.js";

const ROOT = join(__dirname, "../../..");
const DIRS = ["__tests__/fixtures/templates", "__tests__/fixtures/seed-templates", "examples"];
const ENV = {
  ALICLOUD_ACCESS_KEY: "AKIDoracle01",
  ALICLOUD_SECRET_KEY: "oracle-secret-01",
  ALICLOUD_REGION: "cn-hangzhou",
};
const hasPacker = spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.startsWith("Packer v1.6.6");

/** Templates whose upgrade is not faithful, with the first error our HCL2 front end gives for it. */
const UPGRADE_ARTIFACTS: Record<string, { why: string; error: RegExp }> = {
  // A variable whose default reads another variable ({{user}}) becomes `local.x` in a variable
  // default, which HCL2 does not allow.
  "21-ack-centos.json": {
    why: "variable default reads another variable",
    error: /no variable named "local"/,
  },
  "22-ack-centos-existing-vpc-vswitch.json": {
    why: "variable default reads another variable",
    error: /no variable named "local"/,
  },
  "23-ack-aliyunlinux3.json": {
    why: "variable default reads another variable",
    error: /no variable named "local"/,
  },
  "24-ack-optimized-os-1.18.json": {
    why: "variable default reads another variable",
    error: /no variable named "local"/,
  },
  "35-aliyundocs-csk-ack-custom-image.json": {
    why: "variable default reads another variable",
    error: /no variable named "local"/,
  },
  // `{{user "x"}}` of an undeclared variable is "" in JSON; the upgrade writes `var.x`, an error.
  "001_46923a7ba6622760-07.json": {
    why: "undeclared user variables become var.x references",
    error: /does not have an attribute named "security_group_id"/,
  },
};

function plan(v: ValidateResult, templatePath: string): string {
  const p = v.prepared.map((b) => ({
    builder: b.builder.config,
    provisioners: b.provisioners.map((x) => x.config),
    postProcessors: b.postProcessors.map((s) => s.map((x) => x.config)),
  }));
  return canonicalJson(JSON.parse(JSON.stringify(p)))
    .split(JSON.stringify(templatePath).slice(1, -1))
    .join("<template>")
    .replace(/packer_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "packer_<uuid>")
    .replace(/script_\d+\.sh/g, "script_<n>.sh")
    .replace(/19700101000000/g, "0");
}

const cases = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ dir: join(ROOT, d), file: f })),
);

describe.skipIf(!hasPacker)("packer hcl2_upgrade oracle: the HCL2 build plan equals the JSON one", () => {
  it.each(cases)("$file", async ({ dir, file }) => {
    const path = join(dir, file);
    const files = path.replace(/\.json$/, ".files");
    const cwd = existsSync(files) ? files : dir;
    const json = await validateTemplate({ path, cwd, env: ENV, startTime: new Date(0) });
    if (!json.ok) return; // invalid as published: nothing to compare (the JSON tests cover it)
    const out = join(
      mkdtempSync(join(tmpdir(), "image-build-upgrade-")),
      `${basename(file, ".json")}.pkr.hcl`,
    );
    const up = spawnSync("packer", ["hcl2_upgrade", `-output-file=${out}`, path], { encoding: "utf8" });
    expect(up.status, up.stderr || up.stdout).toBe(0);
    const text = readFileSync(out, "utf8")
      .replace(/^(\s*)system_disk_mapping = \{/gm, "$1system_disk_mapping {")
      .split("${path.root}")
      .join(dir);
    writeFileSync(out, text);
    const hcl = await validateTemplate({ path: out, cwd, env: ENV, startTime: new Date(0) });
    const artifact = UPGRADE_ARTIFACTS[file];
    if (artifact) {
      expect(hcl.ok).toBe(false);
      expect(hcl.diagnostics.map((d) => d.message).join("\n")).toMatch(artifact.error);
      return;
    }
    expect(hcl.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(hcl.prepared.length).toBe(json.prepared.length);
    const a = plan(hcl, out);
    const b = plan(json, path);
    if (process.env.ORACLE_DEBUG && a !== b) {
      let i = 0;
      while (a[i] === b[i]) i++;
      console.log(
        file,
        "\n HCL:",
        a.slice(Math.max(0, i - 80), i + 60),
        "\nJSON:",
        b.slice(Math.max(0, i - 80), i + 60),
      );
    }
    expect(a).toBe(b);
  });
});
