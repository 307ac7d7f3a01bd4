// The CLI bundle (cli/index.js, built from the current sources), run as a user runs it; its
// credentials: the same chain as the action's, against the emulator.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { buildBundles, endpointsOnly, homeWith, keylessWorkspace } from "../credentials/bundles.js";

const ROOT = resolve(__dirname, "../..");
let CLI: string;
beforeAll(async () => {
  // IMAGE_BUILD_DIST=<dir> (`node scripts/build.mjs --out <dir>`) reuses bundles built before.
  const dist = process.env.IMAGE_BUILD_DIST
    ? resolve(ROOT, process.env.IMAGE_BUILD_DIST)
    : await buildBundles();
  CLI = join(dist, "cli/index.js");
}, 600_000);

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the CLI without blocking this process (the emulator answers from it). */
function cliAsync(
  args: string[],
  opts: { cwd: string; env: Record<string, string> },
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH, ...opts.env },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, out, err }));
  });
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

describe("image-build build: credentials through the chain (built bundle, emulator)", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ profile: "fast", tls: false, imds: false });
  }, 120_000);
  afterAll(async () => {
    await emu?.stop();
  });

  const build = (ws: string, env: Record<string, string>) =>
    cliAsync(
      ["build", "-var", `app_version=cli-${Math.random().toString(36).slice(2, 8)}`, "examples/web.json"],
      {
        cwd: ws,
        env: { ...endpointsOnly(emu), ...env },
      },
    );

  it("only ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET set: a template with no keys builds", async () => {
    const ws = keylessWorkspace(emu);
    const r = await build(ws, {
      HOME: homeWith(emu),
      ALIBABA_CLOUD_ACCESS_KEY_ID: emu.credentials.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.credentials.accessKeySecret,
    });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain(
      "==> Credentials: access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET\n",
    );
    expect(r.out).toContain("==> Region: cn-hangzhou (from template region)\n");
    expect(r.out).toMatch(/--> web: Alicloud images were created:\n\ncn-hangzhou: m-/);
    expect(r.out + r.err).not.toContain(emu.credentials.accessKeySecret);
  }, 180_000);

  it("only a CLI profile (~/.aliyun/config.json in HOME): it builds", async () => {
    const ws = keylessWorkspace(emu);
    const r = await build(ws, { HOME: homeWith(emu, "emu") });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(
      /==> Credentials: profile 'emu' \(mode AK\) from \S+config\.json, its current profile\n/,
    );
    expect(r.out).toMatch(/--> web: Alicloud images were created:/);
    expect(r.out + r.err).not.toContain(emu.credentials.accessKeySecret);
  }, 180_000);

  it("nothing configured: exits 1 with the chain's explanation of every source, before any API call", async () => {
    const ws = keylessWorkspace(emu);
    const before = emu.calls().length;
    const r = await build(ws, { HOME: homeWith(emu) });
    expect(r.code).toBe(1);
    expect(r.err).toContain("Error: No Alibaba Cloud credentials found. image-build looked in this order:\n");
    expect(r.err).toContain(
      "  1. Access keys: template 'access_key'/'secret_key', ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY and ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.\n     Fix: export ALIBABA_CLOUD_ACCESS_KEY_ID",
    );
    expect(r.err).toMatch(
      / {2}2\. Aliyun CLI profile: no profile is named \(flag -profile, .*config\.json does not exist\.\n {5}Fix: /,
    );
    expect(r.err).toContain(
      "  3. ECS instance RAM role: neither flag -ecs-ram-role nor template 'ram_role_name' is set.\n     Fix: ",
    );
    expect(r.err).not.toContain("GitHub OIDC");
    expect(r.err).not.toContain("ram_role_name option must be set");
    expect(emu.calls().length).toBe(before);
  }, 60_000);

  it("-role-to-assume assumes a role on top of the keys found (STS AssumeRole)", async () => {
    const ws = keylessWorkspace(emu);
    const role = `acs:ram::${emu.credentials.accountId}:role/emulatorrole`;
    const r = await cliAsync(
      [
        "build",
        "-role-to-assume",
        role,
        "-role-session-name",
        "cli-test",
        "-var",
        "app_version=cli-role",
        "examples/web.json",
      ],
      {
        cwd: ws,
        env: { ...endpointsOnly(emu), HOME: homeWith(emu, "emu") },
      },
    );
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain(
      `==> Credentials: role ${role} (flag -role-to-assume) assumed with profile 'emu'`,
    );
    expect(emu.calls({ action: "AssumeRole" }).at(-1)?.params.RoleSessionName).toBe("cli-test");
  }, 180_000);

  it("validate of a template with no keys passes with no credentials at all", () => {
    const ws = keylessWorkspace(emu);
    const r = cli(["validate", "examples/web.json"], { cwd: ws, env: { HOME: homeWith(emu) } });
    expect(r.err).toBe("");
    expect(r.out).toBe("examples/web.json: the template is valid (1 build: web)\n");
    expect(r.code).toBe(0);
  });
});
