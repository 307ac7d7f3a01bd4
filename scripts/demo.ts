/**
 * `npm run demo`: starts the embedded Alibaba Cloud emulator, then runs the action's committed
 * bundles (dist/main/index.js, then dist/post/index.js) exactly as a GitHub runner does, to build
 * examples/web.json on it, and prints the logs, the outputs and the job summary. Nothing leaves
 * 127.0.0.1.
 *
 * The build runs the template's provisioners on the emulator's machines, inside bubblewrap. Without
 * bubblewrap the emulator refuses to run commands (rather than run them on this host), so the demo
 * says so and validates the template instead. `IMAGE_BUILD_DIST=<dir>` runs bundles built elsewhere
 * (`node scripts/build.mjs --out <dir>`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getuid } from "node:process";
import { startEmulator } from "../emulator/index.js";
import { bwrapAvailable } from "../emulator/machines/sandbox.js";
import { runStep, type StepResult } from "./action-runner.js";

const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, process.env.IMAGE_BUILD_DIST || "dist");
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const rule = (title: string) =>
  console.log(`\n${bold(`━━ ${title} ${"━".repeat(Math.max(0, 70 - title.length))}`)}`);
const note = (lines: string) => console.log(`\n${lines.replace(/^/gm, "  note: ")}`);

/**
 * Shows a step's stdout as the runner's log shows it: workflow commands are applied, not printed
 * (`::add-mask::` registers a secret that is then shown as `***`, `::debug::` is hidden, groups
 * become headings, `::error::`/`::warning::`/`::notice::` become "Error: …" lines).
 */
function runnerLog(): (chunk: string) => void {
  const masks = new Set<string>();
  let partial = "";
  const decodeData = (v: string) => v.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const mask = (line: string) => {
    let out = line;
    for (const m of [...masks].sort((a, b) => b.length - a.length)) out = out.split(m).join("***");
    return out;
  };
  const show = (line: string) => {
    const cmd = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!cmd) return console.log(mask(line));
    const [, name, , data] = cmd;
    const text = decodeData(data);
    if (name === "add-mask") {
      for (const v of [text, ...text.split(/\r?\n/)]) if (v.trim()) masks.add(v);
    } else if (name === "group") console.log(bold(`▸ ${mask(text)}`));
    else if (name === "error" || name === "warning" || name === "notice")
      console.log(`${name[0].toUpperCase()}${name.slice(1)}: ${mask(text)}`);
    else if (name !== "debug" && name !== "endgroup") console.log(mask(line));
  };
  return (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) show(line);
  };
}

/** Whether this process may bind port 22 on the emulator's 127.x addresses. */
function mayBindPort22(): boolean {
  if (getuid?.() === 0) return true;
  try {
    return Number(readFileSync("/proc/sys/net/ipv4/ip_unprivileged_port_start", "utf8")) <= 22;
  } catch {
    return false;
  }
}

for (const b of ["main", "post"]) {
  if (!existsSync(join(dist, b, "index.js"))) {
    console.error(
      `No ${b} bundle in ${dist}: run npm run build (or point IMAGE_BUILD_DIST at a built folder).`,
    );
    process.exit(1);
  }
}

const sandbox = bwrapAvailable();
const sshPort = mayBindPort22() ? 22 : 2222;
rule("emulator");
const emulator = await startEmulator({ profile: "fast", machines: { sshPort } });
const e = emulator.endpoints;
console.log(`ECS, VPC and STS APIs  ${e.ecsEndpoint} (HTTP and HTTPS, CA ${e.caCertFile})`);
console.log(`instance metadata     ${e.metadataEndpoint}`);
console.log(`region ${emulator.region}, local account key ${emulator.credentials.accessKeyId}`);
console.log(
  sandbox.ok
    ? `machines: each instance is a bubblewrap sandbox with an SSH server on its own 127.x address, port ${sshPort}`
    : "machines: no bubblewrap, so instances run no commands",
);

// The workspace: a copy of examples/, so the build's files (the manifest) stay out of the repository.
const workspace = mkdtempSync(join(tmpdir(), "image-build-demo-ws-"));
cpSync(join(root, "examples"), workspace, { recursive: true });
if (sshPort !== 22) {
  const t = JSON.parse(readFileSync(join(workspace, "web.json"), "utf8"));
  t.builders[0].ssh_port = sshPort;
  writeFileSync(join(workspace, "web.json"), `${JSON.stringify(t, null, 2)}\n`);
}
const home = mkdtempSync(join(tmpdir(), "image-build-demo-home-"));
const env = { ...emulator.env, HOME: home };
const live = runnerLog();
const step = (bundle: string, opts: { inputs?: Record<string, string>; state?: Record<string, string> }) =>
  runStep({ bundle: join(dist, bundle, "index.js"), workspace, env, onStdout: live, ...opts });

let mode: "build" | "validate" = sandbox.ok ? "build" : "validate";
if (!sandbox.ok)
  note(
    `bubblewrap is not available here (${sandbox.reason ?? "bwrap not found"}).\n` +
      "The emulator runs an instance's commands only inside a bubblewrap sandbox; without it every\n" +
      "command on its machines fails (exit 126) instead of running on this host, so the template's\n" +
      "shell provisioner could not run. Showing validation instead. To see the build:\n" +
      "sudo apt-get install bubblewrap (Debian/Ubuntu), then npm run demo again.",
  );

const inputs = (m: typeof mode): Record<string, string> => ({
  template: "web.json",
  variables: "app_version=demo-1\n",
  ...(m === "validate" ? { "validate-only": "true" } : {}),
});

rule(`action main step (${mode}, dist/main/index.js)`);
console.log(`workspace: ${workspace} (a copy of examples/)`);
console.log(`inputs: ${JSON.stringify(inputs(mode))}\n`);
const started = Date.now();
let main: StepResult = await step("main", { inputs: inputs(mode) });
if (mode === "build" && /not available in this release/.test(main.stdout)) {
  note(
    `${dist} predates build mode (it validates only): rebuild it with npm run build.\n` +
      "Showing validation instead.",
  );
  mode = "validate";
  rule("action main step (validate, dist/main/index.js)");
  main = await step("main", { inputs: inputs(mode) });
}
if (main.stderr.trim()) process.stderr.write(main.stderr);

rule("action post step (dist/post/index.js)");
const post = await step("post", { state: main.state });

rule("outputs");
if (Object.keys(main.outputs).length === 0) console.log("(none: validate-only)");
for (const [k, v] of Object.entries(main.outputs)) console.log(`${k.padEnd(12)} ${v}`);
if (main.outputs.manifest && existsSync(main.outputs.manifest)) {
  rule(`manifest (${main.outputs.manifest})`);
  console.log(readFileSync(main.outputs.manifest, "utf8").trim());
}
rule("job summary (GITHUB_STEP_SUMMARY)");
console.log(main.summary.trim() || "(empty)");
if (post.summary.trim()) {
  rule("post step summary");
  console.log(post.summary.trim());
}

rule("result");
const calls = emulator.calls();
const temporary = emulator.leakCheck({ since: new Date(started).toISOString(), ignoreImages: true }) as {
  kind: string;
  id: string;
}[];
console.log(`main step exit code ${main.exitCode}, post step exit code ${post.exitCode}`);
console.log(
  `emulator API calls: ${calls.length} (${[...new Set(calls.map((c) => c.action))].length} actions)`,
);
if (mode === "build") {
  console.log(
    temporary.length === 0
      ? "temporary resources left behind: none"
      : `resources left behind: ${temporary.map((l) => `${l.kind} ${l.id}`).join(", ")}`,
  );
}
let againOk = true;
if (mode === "build" && main.exitCode === 0) {
  rule("the same inputs again: the image is reused");
  const before = emulator.calls().length;
  const t0 = Date.now();
  const again = await runStep({
    bundle: join(dist, "main", "index.js"),
    workspace,
    env,
    inputs: { ...inputs(mode), summary: "false" },
  });
  const againCalls = emulator.calls().slice(before);
  againOk = again.exitCode === 0;
  console.log(
    `exit code ${again.exitCode} in ${((Date.now() - t0) / 1000).toFixed(1)} s: reused=${again.outputs.reused}, ` +
      `image-id ${again.outputs["image-id"]} (${againCalls.length} API calls: ${[...new Set(againCalls.map((c) => c.action))].join(", ")})`,
  );
}
await emulator.stop();
process.exitCode = main.exitCode === 0 && post.exitCode === 0 && againOk ? 0 : 1;
