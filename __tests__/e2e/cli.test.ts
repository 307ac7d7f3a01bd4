// The built CLI bundle (dist/cli/index.js), run as a user runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
// The committed bundles, or IMAGE_BUILD_DIST=<dir> (`node scripts/build.mjs --out <dir>`).
const CLI = join(resolve(ROOT, process.env.IMAGE_BUILD_DIST || "dist"), "cli/index.js");

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempTemplate(body: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "image-build-cli-"));
  const file = join(dir, "t.json");
  writeFileSync(file, typeof body === "string" ? body : JSON.stringify(body, null, 2));
  return { dir, file };
}

const CREDS = { ALICLOUD_ACCESS_KEY: "AKexample", ALICLOUD_SECRET_KEY: "SKexample" };

describe("image-build validate (built bundle)", () => {
  it("accepts the example template with one line", () => {
    const r = cli(["validate", "examples/web.json"], { env: CREDS });
    expect(r.err).toBe("");
    expect(r.out).toBe("examples/web.json: the template is valid (1 build: web)\n");
    expect(r.code).toBe(0);
  });

  it("reports every error with file:line:column and JSON path, then exits 1", () => {
    const { dir } = tempTemplate(`{
  "builders": [{
    "type": "alicloud-ecs",
    "image_name": "has space",
    "io_optimized": "maybe"
  }]
}`);
    const r = cli(["validate", "t.json"], { cwd: dir, env: CREDS });
    expect(r.code).toBe(1);
    expect(r.err).toContain("t.json:5:21: builders[0].io_optimized: ");
    expect(r.err).toContain("Error parsing bool");
    expect(r.err).toMatch(/1 error in t\.json\n$/);

    const { dir: dir2 } = tempTemplate(`{
  "builders": [{
    "type": "alicloud-ecs",
    "region": "cn-hangzhou",
    "image_name": "has space"
  }]
}`);
    const r2 = cli(["validate", "t.json"], { cwd: dir2, env: CREDS });
    expect(r2.code).toBe(1);
    const lines = r2.err.trimEnd().split("\n");
    expect(lines).toContain("t.json:5:19: builders[0].image_name: image_name can't include spaces");
    expect(lines).toContain("t.json:2:16: builders[0]: An alicloud_instance_type must be specified");
    expect(lines.at(-1)).toBe("4 errors in t.json");
  });

  it("applies -var and -var-file with Packer's precedence, and -syntax-only skips config checks", () => {
    const { dir } = tempTemplate({
      variables: { name: "default name" },
      builders: [
        {
          type: "alicloud-ecs",
          region: "cn-hangzhou",
          instance_type: "ecs.g7.large",
          source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
          ssh_username: "root",
          image_name: "{{user `name`}}",
        },
      ],
    });
    writeFileSync(join(dir, "vars.json"), JSON.stringify({ name: "from file" }));
    expect(cli(["validate", "t.json"], { cwd: dir, env: CREDS }).err).toContain(
      "image_name can't include spaces",
    );
    expect(cli(["validate", "-var-file=vars.json", "t.json"], { cwd: dir, env: CREDS }).code).toBe(1);
    expect(
      cli(["validate", "-var-file", "vars.json", "-var", "name=ok-name", "t.json"], { cwd: dir, env: CREDS })
        .code,
    ).toBe(0);
    expect(cli(["validate", "-syntax-only", "t.json"], { cwd: dir, env: CREDS }).code).toBe(0);
  });

  it("masks sensitive variable values in errors", () => {
    const { dir } = tempTemplate({
      variables: { secret_path: "hunter2-not-a-file" },
      "sensitive-variables": ["secret_path"],
      builders: [
        {
          type: "alicloud-ecs",
          region: "cn-hangzhou",
          instance_type: "ecs.g7.large",
          source_image: "img",
          ssh_username: "root",
          image_name: "img-name",
        },
      ],
      provisioners: [{ type: "file", source: "{{user `secret_path`}}", destination: "/tmp/x" }],
    });
    const r = cli(["validate", "t.json"], { cwd: dir, env: CREDS });
    expect(r.code).toBe(1);
    expect(r.err).toContain("Bad source '<sensitive>'");
    expect(r.err).not.toContain("hunter2");
  });

  it("explains bad flags and missing arguments", () => {
    const r = cli(["validate", "-nope", "t.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^flag provided but not defined: -nope\n\nUsage: image-build validate/);
    expect(cli(["validate"]).err).toMatch(/^Usage: image-build validate/);
    expect(cli(["validate", "-only=a", "-except=b", "t.json"]).err).toBe(
      "Error: Only one of -only or -except may be specified.\n",
    );
    expect(cli(["frobnicate"]).err).toMatch(/^image-build: unknown command 'frobnicate'/);
  });

  it("reports a missing file and a JSON syntax error with their positions", () => {
    const missing = cli(["validate", "nope.json"], { cwd: tmpdir(), env: CREDS });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nope.json:1:1: ");
    expect(missing.err).toContain("no such file or directory");
    const { dir } = tempTemplate('{\n  "builders": [\n    {"type": "alicloud-ecs",}\n  ]\n}');
    const r = cli(["validate", "t.json"], { cwd: dir, env: CREDS });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^t\.json:3:29: /);
  });
});

describe("image-build inspect (built bundle)", () => {
  it("lists variables with sensitive values hidden, builders and provisioners", () => {
    const r = cli(["inspect", "examples/web.json"], { env: CREDS });
    expect(r.code).toBe(0);
    expect(r.out).toContain("  secret_key    = <sensitive>\n");
    expect(r.out).toContain("  app_version   = dev\n");
    expect(r.out).toMatch(/Builders:\n\n {2}web\s+alicloud-ecs\n/);
    expect(r.out).toMatch(/Provisioners:\n\n {2}file\n {2}shell\n/);
    expect(r.out).toMatch(/Post-processors:\n\n {2}0: manifest\n/);
  });
});
