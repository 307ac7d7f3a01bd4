// The main and post steps from source (through tsx, as the runner runs the bundles: INPUT_*, the
// GITHUB_* files, STATE_* for post) on the emulator: provenance and user tags on the image, a bad
// tag refused before any call, and on-error=abort leaving a failed build's resources on purpose.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";

const ROOT = resolve(__dirname, "../..");
let emu: Emulator;
let MAIN: string;
let POST: string;
let ws: string;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", tls: false, imds: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-entry-"));
  const entry = (src: string) => {
    const file = join(dir, `${src.replace(/\W/g, "_")}.mjs`);
    writeFileSync(
      file,
      `import { register } from ${JSON.stringify(join(ROOT, "node_modules/tsx/dist/esm/api/index.mjs"))};\nregister();\nawait import(${JSON.stringify(join(ROOT, src))});\n`,
    );
    return file;
  };
  MAIN = entry("src/main.ts");
  POST = entry("src/post.ts");
  ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
});
afterAll(async () => emu?.stop());

type Leak = { kind: string; id: string; tags: Record<string, string> };
const leaks = (since: string) => emu.leakCheck({ since }) as Leak[];

describe("action main step (from source)", () => {
  it("tags the image with provenance and the tags input", async () => {
    const since = new Date().toISOString();
    const main = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: { template: "examples/web.json", variables: "app_version=tags\n", tags: "team=images\n" },
      env: emu.env,
    });
    expect(main.exitCode, main.stdout).toBe(0);
    const image = leaks(since).find((l) => l.id === main.outputs["image-id"]);
    expect(image?.tags).toMatchObject({
      team: "images",
      app: "web",
      "image-build:repository": "example/image-build-demo",
      "image-build:commit": "0123456789abcdef0123456789abcdef01234567",
      "image-build:fingerprint": expect.any(String),
    });
  }, 60_000);

  it("refuses a reserved tag before any API call", async () => {
    const before = emu.calls().length;
    const main = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: { template: "examples/web.json", tags: "image-build:run=mine\n" },
      env: emu.env,
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain("::error::Input 'tags', line 1:");
    expect(emu.calls().length).toBe(before);
  }, 60_000);

  it("validate-only registers a template secret in every form it may be printed in", async () => {
    const secret = `se"cr'et-<value>-1234`;
    const main = await runStep({
      bundle: MAIN,
      workspace: ws,
      inputs: { template: "examples/web.json", "validate-only": "true" },
      env: { ...emu.env, ALICLOUD_SECRET_KEY: secret },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    const masks = main.stdout.split("\n").filter((l) => l.startsWith("::add-mask::"));
    for (const form of [secret, JSON.stringify(secret).slice(1, -1), secret.replaceAll("'", `'"'"'`)])
      expect(masks).toContain(`::add-mask::${form}`);
    expect(
      main.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).not.toContain(secret);
  }, 60_000);

  it("on-error=abort: the failed build's resources stay, named in a warning; post leaves them", async () => {
    const since = new Date().toISOString();
    emu.faults.add({ action: "StopInstance", effect: "error", code: "InjectedFailure", httpStatus: 400 });
    try {
      const main = await runStep({
        bundle: MAIN,
        workspace: ws,
        inputs: {
          template: "examples/web.json",
          variables: "app_version=abort\n",
          "on-error": "abort",
          reuse: "false",
        },
        env: emu.env,
      });
      expect(main.exitCode).toBe(1);
      expect(main.stdout).toMatch(/::error::Build 'web' failed in step "stop instance": .*InjectedFailure/);
      expect(main.stdout).toMatch(
        /::warning::Build 'web' left \d+ resource\(s\) behind \(on-error: abort\): .*instance i-/,
      );
      expect(main.state.finished).toBe("abort");
      const left = leaks(since).map((l) => l.kind);
      expect(left).toContain("instance");

      const post = await runStep({
        bundle: POST,
        workspace: ws,
        inputs: {},
        env: emu.env,
        state: main.state,
      });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain("ended with on-error: abort");
      expect(leaks(since).map((l) => l.kind)).toEqual(left);
    } finally {
      emu.faults.clear();
    }
  }, 60_000);
});
