// Hostile input files (devices, FIFOs, directories, oversize files) as template, var file,
// user_data_file and script: the CLI, run as a child process, refuses each with a clear error
// naming the file and the field, exits non-zero, stays small (peak RSS from /usr/bin/time -v),
// and no cloud call is made (the check is at validation, before any resource exists).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { LIMITS } from "../../src/files/read-bounded.js";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const MAX_RSS_KB = 300 * 1024;

let emu: Emulator;
let dir: string;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
  dir = mkdtempSync(join(tmpdir(), "image-build-bounded-"));
  execFileSync("mkfifo", [join(dir, "fifo")]);
  mkdirSync(join(dir, "a-directory"));
  // Sparse files: one byte over each limit, without using the disk.
  for (const [name, limit] of [
    ["big-template.json", LIMITS.template],
    ["big-vars.json", LIMITS.varFile],
    ["big-user-data.sh", LIMITS.userData],
    ["big-script.sh", LIMITS.script],
  ] as const) {
    writeFileSync(join(dir, name), "");
    truncateSync(join(dir, name), limit + 1);
  }
  writeFileSync(join(dir, "ok.sh"), "echo ok\n");
}, 60_000);
afterAll(async () => {
  await emu?.stop();
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  maxRssKb: number;
}

/** Runs the CLI from source under /usr/bin/time -v; kills it after `timeoutMs` (a hang fails the test). */
function cli(args: string[], timeoutMs = 60_000): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(
      "/usr/bin/time",
      ["-v", process.execPath, "--import", TSX, join(ROOT, "src/cli.ts"), ...args],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: dir,
          ...emu.env,
          ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const exit = /Command exited with non-zero status (\d+)/.exec(err);
      done({
        code: exit ? Number(exit[1]) : code,
        signal,
        out,
        err: err.replace(/\n\s*Command (exited|being timed)[\s\S]*$/, ""),
        maxRssKb: rss ? Number(rss[1]) : Number.NaN,
      });
    });
  });
}

const builder = (extra: Record<string, unknown> = {}) => ({
  type: "alicloud-ecs",
  region: "cn-hangzhou",
  image_name: "bounded",
  source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
  instance_type: "ecs.n1.tiny",
  ssh_username: "root",
  ...extra,
});

function template(name: string, body: Record<string, unknown>): string {
  writeFileSync(join(dir, name), JSON.stringify(body, null, 2));
  return name;
}

function expectRefused(r: Run, ...texts: (string | RegExp)[]) {
  expect(r.signal).toBeNull();
  expect(r.code).not.toBe(0);
  expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
  for (const t of texts) expect(r.err).toMatch(t);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
}

const BAD = [
  { file: "/dev/zero", why: /\/dev\/zero is a character device, not a regular file/ },
  { file: "/dev/urandom", why: /\/dev\/urandom is a character device, not a regular file/ },
  { file: "fifo", why: /fifo is a FIFO \(named pipe\), not a regular file/ },
];

describe("a hostile template file", () => {
  it.each(BAD)("validate $file", async ({ file, why }) => {
    expectRefused(await cli(["validate", file]), why);
  });
  it("an oversize template", async () => {
    expectRefused(
      await cli(["validate", "big-template.json"]),
      /big-template\.json is 10\.0 MiB, over the 10 MiB limit for a template/,
    );
  });
  it("a directory", async () => {
    expectRefused(await cli(["validate", "a-directory"]), /a-directory/);
  });
});

describe("a hostile var file", () => {
  const t = () => template("vars-template.json", { variables: { name: "x" }, builders: [builder()] });
  it.each(BAD)("-var-file=$file", async ({ file, why }) => {
    expectRefused(await cli(["validate", `-var-file=${file}`, t()]), why, /Error reading variables in/);
  });
  it("an oversize var file", async () => {
    expectRefused(
      await cli(["validate", "-var-file=big-vars.json", t()]),
      /big-vars\.json is 10\.0 MiB, over the 10 MiB limit for a var file/,
    );
  });
  it("a directory", async () => {
    expectRefused(
      await cli(["validate", "-var-file=a-directory", t()]),
      /Error reading variables in 'a-directory': read a-directory: is a directory/,
    );
  });
});

describe("a hostile user_data_file", () => {
  it.each([
    ...BAD,
    {
      file: "big-user-data.sh",
      why: /big-user-data\.sh is 32\.0 KiB, over the 32 KiB limit for a user_data_file/,
    },
    { file: "a-directory", why: /a-directory is a directory/ },
  ])("user_data_file: $file", async ({ file, why }) => {
    const t = template("ud.json", { builders: [builder({ user_data_file: file })] });
    expectRefused(
      await cli(["validate", t]),
      why,
      /ud\.json:\d+:\d+: builders\[0\]\.user_data_file: user_data_file: /,
    );
  });
});

describe("a hostile provisioner script", () => {
  it.each([
    ...BAD,
    { file: "big-script.sh", why: /big-script\.sh is 100\.0 MiB, over the 100 MiB limit for a script/ },
    { file: "a-directory", why: /a-directory is a directory, not a regular file/ },
  ])("script: $file", async ({ file, why }) => {
    const t = template("script.json", {
      builders: [builder()],
      provisioners: [{ type: "shell", script: file }],
    });
    expectRefused(
      await cli(["validate", t]),
      why,
      /script\.json:\d+:\d+: provisioners\[0\]\.script: Bad script '/,
    );
  });

  it("scripts[1] and shell-local: the position names the entry", async () => {
    const t = template("scripts.json", {
      builders: [builder()],
      provisioners: [
        { type: "shell", scripts: ["ok.sh", "/dev/zero"] },
        { type: "shell-local", script: "fifo" },
      ],
    });
    const r = await cli(["validate", t]);
    expectRefused(
      r,
      /provisioners\[0\]\.scripts\[1\]: Bad script '\/dev\/zero'/,
      /provisioners\[1\]\.script: Bad script 'fifo'/,
    );
  });

  it("build: refused before any cloud call, so nothing can be left behind", async () => {
    const t = template("build.json", {
      builders: [builder()],
      provisioners: [{ type: "shell", script: "/dev/zero" }],
    });
    const before = emu.calls().length;
    const since = new Date().toISOString();
    const r = await cli(["build", t]);
    expectRefused(r, /Bad script '\/dev\/zero': \/dev\/zero is a character device/);
    expect(emu.calls().length).toBe(before);
    expect(emu.leakCheck({ since })).toEqual([]);
  });
});

describe("a hostile file provisioner source", () => {
  it("a device, a FIFO, and a directory holding a FIFO or a symlink loop", async () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "sub"), { recursive: true });
    if (!existsSync(join(tree, "sub", "self"))) execFileSync("ln", ["-s", "..", join(tree, "sub", "self")]);
    const fifoTree = join(dir, "fifo-tree");
    mkdirSync(fifoTree, { recursive: true });
    if (!existsSync(join(fifoTree, "pipe"))) execFileSync("mkfifo", [join(fifoTree, "pipe")]);
    const t = template("file.json", {
      builders: [builder()],
      provisioners: [
        { type: "file", source: "/dev/urandom", destination: "/tmp/x" },
        { type: "file", source: "fifo", destination: "/tmp/x" },
        { type: "file", source: "tree", destination: "/tmp/x" },
        { type: "file", sources: ["ok.sh", "fifo-tree"], destination: "/tmp/x" },
      ],
    });
    const r = await cli(["validate", t]);
    expectRefused(
      r,
      /provisioners\[0\]\.source: Bad source '\/dev\/urandom': \/dev\/urandom is a character device/,
      /provisioners\[1\]\.source: Bad source 'fifo': fifo is a FIFO/,
      /provisioners\[2\]\.source: Bad source 'tree': tree\/sub\/self is a symbolic link loop/,
      /provisioners\[3\]\.sources\[1\]: Bad source 'fifo-tree': fifo-tree\/pipe is a FIFO/,
    );
  });
});
