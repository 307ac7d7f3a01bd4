// The action's bundles (built once from the current sources into a temporary folder) run as the
// runner runs them, building examples/web.json on the emulator: outputs, manifest, reuse, the
// post step; cancellation (SIGTERM during each long step) and a killed main step (SIGKILL), after
// which the post step leaves nothing behind; and no secret in anything captured.
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep, type StepResult } from "../../scripts/action-runner.js";
import { node24, nodeRuntimes, runtimeTitle } from "./node24.js";

const ROOT = resolve(__dirname, "../..");
let MAIN: string;
let POST: string;
let fast: Emulator;
let slow: Emulator;

/** A workspace holding a copy of examples/ (the example's own manifest post-processor writes there). */
function workspace(emu: Emulator): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
  const port = emu.machines?.sshPort ?? 22;
  if (port !== 22) {
    // Where the emulator could not bind port 22 (an unprivileged CI runner), point SSH at its port.
    const file = join(ws, "examples/web.json");
    const t = JSON.parse(readFileSync(file, "utf8"));
    t.builders[0].ssh_port = port;
    writeFileSync(file, JSON.stringify(t, null, 2));
  }
  return ws;
}

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  // Asynchronously: a synchronous build would block the test worker (a few seconds with esbuild, more on a busy machine).
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  MAIN = join(out, "main/index.js");
  POST = join(out, "post/index.js");
  fast = await startEmulator({ profile: "fast", tls: false, imds: false });
  // Slow enough that a signal lands inside the step it is aimed at (instance start ≈ 1 s, image ≈ 5 s).
  slow = await startEmulator({ profile: "realistic", timeScale: 0.04, tls: false, imds: false });
}, 600_000);
afterAll(async () => {
  await fast?.stop();
  await slow?.stop();
});

/** What a run left in the emulator since `since`. */
function leaks(emu: Emulator, filter: { since: string; ignoreImages?: boolean }) {
  return emu.leakCheck(filter) as { kind: string; id: string; status: string }[];
}

const BASE_INPUTS = { template: "examples/web.json", variables: "app_version=e2e\n" };
const INPUTS = BASE_INPUTS;

/** Every captured text of a step, with the `::add-mask::` registrations (which carry the secret by design) left out. */
function captured(r: StepResult): string {
  const stdout = r.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  return [stdout, r.stderr, JSON.stringify(r.outputs), JSON.stringify(r.state), r.summary].join("\n");
}

function expectNoSecrets(r: StepResult, emu: Emulator) {
  const text = captured(r);
  expect(text).not.toContain(emu.credentials.accessKeySecret);
  expect(text).not.toMatch(/PRIVATE KEY|BEGIN OPENSSH/);
}

for (const rt of nodeRuntimes())
  describe.skipIf(!rt.node)(`action: build ${runtimeTitle(rt)}`, () => {
    // Each runtime builds its own image (the same inputs would reuse the other runtime's).
    const INPUTS = { ...BASE_INPUTS, variables: `app_version=e2e-${rt.name}\n` };
    it("builds examples/web.json: outputs, manifest, summary, groups; an unchanged rebuild reuses the image", async () => {
      const since = new Date().toISOString();
      const ws = workspace(fast);
      const main = await runStep({
        node: rt.node,
        bundle: MAIN,
        workspace: ws,
        inputs: INPUTS,
        env: fast.env,
      });
      expect(main.exitCode, main.stdout).toBe(0);
      // No deprecation noise from bundled dependencies (the SDK core's url.parse under Node 24).
      expect(main.stderr).not.toContain("DeprecationWarning");

      const id = main.outputs["image-id"];
      expect(id).toMatch(/^m-/);
      expect(JSON.parse(main.outputs["image-ids"])).toEqual({ "cn-hangzhou": id });
      expect(main.outputs["artifact-id"]).toBe(`cn-hangzhou:${id}`);
      expect(main.outputs.reused).toBe("false");
      // Who it ran as: one GetCallerIdentity with the emulator account's keys, not masked by default.
      expect(main.outputs["account-id"]).toBe(fast.credentials.accountId);
      expect(main.outputs["caller-arn"]).toBe(`acs:ram::${fast.credentials.accountId}:root`);
      expect(main.stdout).toContain(
        `Caller: acs:ram::${fast.credentials.accountId}:root (account ${fast.credentials.accountId}, Account)`,
      );
      expect(main.stdout).not.toContain(`::add-mask::${fast.credentials.accountId}`);
      expect(fast.calls().filter((c) => c.action === "GetCallerIdentity" && c.time >= since)).toHaveLength(1);
      const builds = JSON.parse(main.outputs.builds);
      expect(builds).toEqual([
        {
          name: "web",
          status: "succeeded",
          images: { "cn-hangzhou": id },
          artifact_id: `cn-hangzhou:${id}`,
          duration: expect.any(Number),
          reused: false,
        },
      ]);
      expect(builds[0].duration).toBeGreaterThan(0);

      // The manifest: Packer's format, under RUNNER_TEMP, this run's id as last_run_uuid.
      const manifestPath = main.outputs.manifest;
      expect(manifestPath).toMatch(/image-build-manifest\.json$/);
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      expect(manifest).toEqual({
        builds: [
          {
            name: "web",
            builder_type: "alicloud-ecs",
            build_time: expect.any(Number),
            files: null,
            artifact_id: `cn-hangzhou:${id}`,
            packer_run_uuid: main.state["run-id"],
            custom_data: null,
          },
        ],
        last_run_uuid: main.state["run-id"],
      });
      // The template's own manifest post-processor wrote its file in the workspace too.
      expect(existsSync(join(ws, "packer-manifest.json"))).toBe(true);

      // One build: steps are groups; provisioner output streamed inside them.
      expect(main.stdout).toContain("::group::web: Creating instance...");
      expect(main.stdout).toMatch(
        /::group::web: Provisioning with shell script: .*install-web\.sh\n {4}web: installed web e2e-\S+\n::endgroup::/,
      );
      expect(main.stdout).toMatch(/web: image m-\S+ is Available \(100%\)/);
      expect(main.summary).toContain(id);
      expect(main.state["run-id"]).toMatch(/^gh-1001-1-[0-9a-f]{8}$/);
      expect(main.state.finished).toBe("clean");
      expect(JSON.parse(main.state.ledger)).toEqual([]);
      expect(fast.leakCheck({ since, ignoreImages: true })).toEqual([]);
      expectNoSecrets(main, fast);

      const post = await runStep({
        node: rt.node,
        bundle: POST,
        workspace: ws,
        inputs: INPUTS,
        env: fast.env,
        state: main.state,
      });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain("cleaned up after itself, nothing to sweep");
      // The product stays.
      expect(leaks(fast, { since }).map((l) => `${l.kind} ${l.id}`)).toContain(`image ${id}`);

      // Same template, variables and files: the image is reused, the outputs name it.
      const again = await runStep({
        node: rt.node,
        bundle: MAIN,
        workspace: ws,
        inputs: { ...INPUTS, "mask-account-id": "true" },
        env: fast.env,
      });
      expect(again.exitCode, again.stdout).toBe(0);
      // mask-account-id: both values are registered as secrets before the line that shows them.
      const masked = again.stdout.indexOf(`::add-mask::${fast.credentials.accountId}\n`);
      const arnMasked = again.stdout.indexOf(`::add-mask::acs:ram::${fast.credentials.accountId}:root\n`);
      expect(masked).toBeGreaterThanOrEqual(0);
      expect(arnMasked).toBeGreaterThanOrEqual(0);
      expect(Math.max(masked, arnMasked)).toBeLessThan(again.stdout.indexOf("Caller: "));
      expect(again.outputs["account-id"]).toBe(fast.credentials.accountId);
      expect(again.outputs["image-id"]).toBe(id);
      expect(again.outputs.reused).toBe("true");
      expect(JSON.parse(again.outputs.builds)[0].reused).toBe(true);
      expectNoSecrets(again, fast);

      // A changed script is a changed image: built again, not reused.
      appendFileSync(join(ws, "examples/scripts/install-web.sh"), "# changed\n");
      const changed = await runStep({
        node: rt.node,
        bundle: MAIN,
        workspace: ws,
        // force: the image name has a 1-second timestamp, which the first build may still hold.
        inputs: { ...INPUTS, force: "true" },
        env: fast.env,
      });
      expect(changed.exitCode, changed.stdout).toBe(0);
      expect(changed.outputs.reused).toBe("false");
      expect(changed.outputs["image-id"]).toMatch(/^m-/);
      expect(changed.outputs["image-id"]).not.toBe(id);
    }, 120_000);

    it("rejects a bad input before any API call, naming the input and the allowed values", async () => {
      const before = fast.calls().length;
      const r = await runStep({
        node: rt.node,
        bundle: MAIN,
        workspace: ROOT,
        inputs: { ...INPUTS, "on-error": "ask" },
        env: fast.env,
      });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain("::error::Input 'on-error' must be one of cleanup, abort; got 'ask'");
      const p = await runStep({
        node: rt.node,
        bundle: MAIN,
        workspace: ROOT,
        inputs: { ...INPUTS, "parallel-builds": "-1" },
        env: fast.env,
      });
      expect(p.stdout).toContain("::error::Input 'parallel-builds' must be a whole number of at least 0");
      expect(fast.calls().length).toBe(before);
    }, 60_000);
  });

// Cancellation under the runner's runtime (Node 24), or the machine's Node where it is absent.
const RUNNER_NODE = node24().node ?? process.execPath;
describe(`action: cancel and kill (${RUNNER_NODE === process.execPath ? process.version : "Node 24"})`, () => {
  const steps: [string, RegExp][] = [
    ["instance start", /Created instance: i-/],
    ["provisioning", /Connected to SSH!/],
    ["image creation", /Waiting for image m-/],
  ];
  it.each(steps)(
    "SIGTERM during %s: the main step cleans up and fails; post leaves nothing",
    async (_, at) => {
      const since = new Date().toISOString();
      const ws = workspace(slow);
      const inputs = { ...INPUTS, variables: `app_version=term-${Date.now()}\n` };
      const main = await runStep({
        node: RUNNER_NODE,
        bundle: MAIN,
        workspace: ws,
        inputs,
        env: slow.env,
        killOn: at,
        killSignal: "SIGTERM",
      });
      expect(main.exitCode, main.stdout).toBe(1);
      expect(main.stdout).toContain("Received SIGTERM: cancelling the build");
      expect(main.stdout).toContain("::error::The build was cancelled");
      expect(main.outputs["image-id"] ?? "").toBe("");
      expectNoSecrets(main, slow);

      const post = await runStep({
        node: RUNNER_NODE,
        bundle: POST,
        workspace: ws,
        inputs,
        env: slow.env,
        state: main.state,
      });
      expect(post.exitCode).toBe(0);
      expect(slow.leakCheck({ since })).toEqual([]);
      expectNoSecrets(post, slow);
    },
    90_000,
  );

  it.each(steps.slice(1))(
    "SIGKILL during %s: the post step deletes everything from the saved ledger",
    async (_, at) => {
      const since = new Date().toISOString();
      const ws = workspace(slow);
      const inputs = { ...INPUTS, variables: `app_version=kill-${Date.now()}\n` };
      const main = await runStep({
        node: RUNNER_NODE,
        bundle: MAIN,
        workspace: ws,
        inputs,
        env: slow.env,
        killOn: at,
        killSignal: "SIGKILL",
      });
      expect(main.signal).toBe("SIGKILL");
      const ledger = JSON.parse(main.state.ledger) as { type: string; id: string }[];
      expect(ledger.map((e) => e.type)).toEqual(
        expect.arrayContaining(["instance", "security-group", "vpc", "vswitch", "key-pair"]),
      );
      expect(leaks(slow, { since }).length).toBeGreaterThan(0);

      const post = await runStep({
        node: RUNNER_NODE,
        bundle: POST,
        workspace: ws,
        inputs,
        env: slow.env,
        state: main.state,
      });
      expect(post.exitCode).toBe(0);
      for (const e of ledger)
        expect(post.stdout).toMatch(new RegExp(`(Deleted|Already gone:) ${e.type} ${e.id}`));
      expect(post.stdout).not.toContain("::warning::");
      // A partial image (the run died before the build finished) is deleted too.
      expect(slow.leakCheck({ since })).toEqual([]);
      expect(post.summary).toContain(main.state["run-id"]);
      expectNoSecrets(post, slow);

      // Idempotent: a second sweep finds everything gone and does not fail.
      const again = await runStep({
        node: RUNNER_NODE,
        bundle: POST,
        workspace: ws,
        inputs,
        env: slow.env,
        state: main.state,
      });
      expect(again.exitCode).toBe(0);
      expect(again.stdout).not.toContain("::warning::");
      expect(again.stdout).not.toMatch(/Deleted /);
    },
    90_000,
  );
});
