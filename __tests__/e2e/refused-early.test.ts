// Refused before any resource (issue 16, items 4 and 9): a directory with two symbolic links to
// itself as a file provisioner's source (the CLI build and the action's main bundle, at
// validation, in bounded time, naming the loop), and the action's path inputs (a missing
// working-directory, a manifest leading outside the workspace); nothing is left behind.
import { execFile, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";

const ROOT = resolve(__dirname, "../..");
let OUT: string;
let emu: Emulator;

beforeAll(async () => {
  OUT = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", OUT], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  emu = await startEmulator({ profile: "fast", tls: false, imds: false, machines: false });
}, 600_000);
afterAll(async () => {
  await emu?.stop();
});

/** examples/ with a file provisioner uploading `examples/loop/`, which holds `a -> .` and `b -> .`. */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-loop-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
  mkdirSync(join(ws, "examples/loop"));
  writeFileSync(join(ws, "examples/loop/index.html"), "hi\n");
  symlinkSync(".", join(ws, "examples/loop/a"));
  symlinkSync(".", join(ws, "examples/loop/b"));
  const file = join(ws, "examples/web.json");
  const t = JSON.parse(readFileSync(file, "utf8"));
  t.provisioners.unshift({ type: "file", source: "{{template_dir}}/loop/", destination: "/tmp/loop" });
  writeFileSync(file, JSON.stringify(t, null, 2));
  return ws;
}

const creates = (seq: number) =>
  emu.calls().filter((c) => c.seq > seq && /^(Create|Run|Allocate|Import)/.test(c.action ?? ""));

describe("a symbolic link loop in an upload source", () => {
  it("the CLI build refuses it at validation, before any resource", async () => {
    const ws = workspace();
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const t0 = Date.now();
    const r = await new Promise<{ code: number | null; out: string }>((done, fail) => {
      const child = spawn(process.execPath, [join(OUT, "cli/index.js"), "build", "examples/web.json"], {
        cwd: ws,
        env: { PATH: process.env.PATH, HOME: ws, ...emu.env },
      });
      let out = "";
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.stderr.on("data", (c: Buffer) => (out += c.toString()));
      child.on("error", fail);
      child.on("close", (code) => done({ code, out }));
    });
    expect(r.code, r.out).toBe(1);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.out).toMatch(/symbolic link loop/);
    expect(r.out).toContain("loop/a");
    expect(creates(seq)).toEqual([]);
  }, 60_000);

  it("the action's main step refuses it at validation, before any resource", async () => {
    const ws = workspace();
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const since = new Date().toISOString();
    const r = await runStep({
      bundle: join(OUT, "main/index.js"),
      workspace: ws,
      inputs: { template: "examples/web.json" },
      env: emu.env,
      timeoutMs: 30_000,
    });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error[^\n]*symbolic link loop/);
    expect(creates(seq)).toEqual([]);
    expect(emu.leakCheck({ since })).toEqual([]);
  }, 60_000);
});

describe("the action's path inputs", () => {
  it.each([
    [{ "working-directory": "nope" }, /::error[^\n]*Input 'working-directory': "nope" does not exist/],
    [
      { manifest: "../m.json" },
      /::error[^\n]*Input 'manifest' \("\.\.\/m\.json"\) leads outside the workspace/,
    ],
  ])(
    "%j fails before any API call",
    async (extra, message) => {
      const ws = mkdtempSync(join(tmpdir(), "image-build-inputs-"));
      cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
      const seq = emu.calls().at(-1)?.seq ?? 0;
      const r = await runStep({
        bundle: join(OUT, "main/index.js"),
        workspace: ws,
        inputs: { template: "examples/web.json", ...extra },
        env: emu.env,
        timeoutMs: 30_000,
      });
      expect(r.exitCode, r.stdout).toBe(1);
      expect(r.stdout).toMatch(message);
      expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
    },
    60_000,
  );
});
