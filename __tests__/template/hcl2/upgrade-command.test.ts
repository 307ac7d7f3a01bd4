// `image-build hcl2_upgrade` (src/template/hcl2/upgrade.ts, src/cli/hcl2-upgrade.ts): every JSON
// template of the fixtures, the seed templates and examples/web.json is written as HCL2 by the
// command, and the build plan image-build prepares from the HCL2 file (decoded builder,
// provisioner and post-processor configs of every build, in order) equals the one it prepares
// from the JSON, as for Packer's upgrade (upgrade-oracle.test.ts). Normalised: the temporary key
// pair's UUID and the shell provisioner's random script name (fresh on every prepare), the
// template file each config names. Unlike Packer's upgrade, nothing else needs normalising: the
// Go template text is kept, sources are named as the JSON builds are (so `{{build_name}}` keeps
// its value), `{{user}}` of an undeclared variable is "" as in JSON. The templates HCL2 cannot
// express are refused with the reason (CANNOT), checked so that the list cannot rot.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runHcl2Upgrade } from "../../../src/cli/hcl2-upgrade.js";
import { canonicalJson } from "../../../src/engine/fingerprint.js";
import { type ValidateResult, validateTemplate } from "../../../src/engine/validate.js";
import { parseHcl } from "../../../src/template/hcl2/parser.js";

const ROOT = join(__dirname, "../../..");
const DIRS = ["__tests__/fixtures/templates", "__tests__/fixtures/seed-templates", "examples"];
const ENV = {
  ALICLOUD_ACCESS_KEY: "AKIDupgrade01",
  ALICLOUD_SECRET_KEY: "upgrade-secret-01",
  ALICLOUD_REGION: "cn-hangzhou",
};

/** Templates the command refuses, with its reason. */
const CANNOT: Record<string, RegExp> = {
  "06-plugin-local-qemu-alicloud-import.json":
    /: builders\[0\]: the builder type "qemu" has no HCL2 source here/,
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
    .replace(/script_\d+\.sh/g, "script_<n>.sh");
}

const cases = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ dir: join(ROOT, d), file: f })),
);

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe("image-build hcl2_upgrade: the HCL2 build plan equals the JSON one", () => {
  it.each(cases)("$file", async ({ dir: from, file }) => {
    // A copy of the template's directory, where the HCL2 file is written next to the JSON (its
    // relative paths and {{template_dir}} hold) without touching the repository.
    const dir = mkdtempSync(join(tmpdir(), "image-build-hcl2-upgrade-"));
    temps.push(dir);
    cpSync(from, dir, { recursive: true });
    const path = join(dir, file);
    const files = path.replace(/\.json$/, ".files");
    const cwd = existsSync(files) ? files : dir;
    const json = await validateTemplate({ path, cwd, env: ENV, startTime: new Date(0) });
    const out = join(dir, `${basename(file, ".json")}.pkr.hcl`);
    let stdout = "";
    let stderr = "";
    const code = await runHcl2Upgrade([`-output-file=${out}`, path], {
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      env: ENV,
      cwd: dir,
    });
    if (CANNOT[file]) {
      expect(code).toBe(1);
      expect(stderr).toMatch(CANNOT[file]);
      return;
    }
    if (json.diagnostics.some((d) => d.message.startsWith("Error parsing JSON"))) {
      // invalid JSON as published: the command names the file, line and column
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`${file.replace(/[.]/g, "\\.")}:\\d+:\\d+: Error parsing JSON`));
      return;
    }
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(`Successfully created ${out}\n`);
    const text = readFileSync(out, "utf8");
    expect(parseHcl(text, out).diagnostics).toEqual([]);
    const hcl = await validateTemplate({ path: out, cwd, env: ENV, startTime: new Date(0) });
    if (!json.ok) {
      // invalid as a template (not as JSON): the HCL2 file is refused too
      expect(hcl.ok).toBe(false);
      return;
    }
    expect(hcl.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(hcl.prepared.length).toBe(json.prepared.length);
    expect(plan(hcl, out)).toBe(plan(json, path));
  });
});

const hasPacker = spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.startsWith("Packer v1.6.6");

describe.skipIf(!hasPacker)("image-build hcl2_upgrade's output is valid for Packer 1.6.6", () => {
  // The example, the five ACK templates and seed 07 that Packer's own upgrade cannot convert
  // faithfully (upgrade-oracle.test.ts), and 29 (file provisioners, sources from the environment).
  it.each([
    ["examples", "web.json", {}],
    ["__tests__/fixtures/templates", "21-ack-centos.json", {}],
    ["__tests__/fixtures/templates", "22-ack-centos-existing-vpc-vswitch.json", {}],
    ["__tests__/fixtures/templates", "23-ack-aliyunlinux3.json", {}],
    ["__tests__/fixtures/templates", "24-ack-optimized-os-1.18.json", {}],
    ["__tests__/fixtures/templates", "35-aliyundocs-csk-ack-custom-image.json", {}],
    ["__tests__/fixtures/seed-templates", "001_46923a7ba6622760-07.json", {}],
    [
      "__tests__/fixtures/templates",
      "29-devops-v3-app-image.json",
      {
        SOURCE_IMAGE: "ubuntu_18_04_64_20G_alibase_20190509.vhd",
        INSTANCE_TYPE: "ecs.n1.small",
        APPLICATION_PATH: "application.properties",
        PROPERTIES_PATH: "application.properties",
      },
    ],
  ] as const)("%s/%s: packer validate", { timeout: 60_000 }, async (from, file, extra) => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-hcl2-upgrade-packer-"));
    temps.push(dir);
    cpSync(join(ROOT, from), dir, { recursive: true });
    const files = join(dir, file.replace(/\.json$/, ".files"));
    const cwd = existsSync(files) ? files : dir;
    if (file.startsWith("29-")) writeFileSync(join(cwd, "application.properties"), "a=b\n");
    const out = join(dir, `${basename(file, ".json")}.pkr.hcl`);
    const code = await runHcl2Upgrade([`-output-file=${out}`, join(dir, file)], {
      out: () => {},
      err: () => {},
      env: ENV,
      cwd: dir,
    });
    expect(code).toBe(0);
    const r = spawnSync("packer", ["validate", out], {
      cwd,
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: dir, CHECKPOINT_DISABLE: "1", ...ENV, ...extra },
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  });
});
