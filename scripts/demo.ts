/**
 * `npm run demo`: starts the embedded Alibaba Cloud emulator, then runs the action's committed
 * bundle (dist/main/index.js, then the post step) exactly as a GitHub runner does, on
 * examples/web.json, and prints the logs, the outputs and the job summary. Nothing leaves
 * 127.0.0.1.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startEmulator } from "../emulator/index.js";
import { runStep } from "./action-runner.js";

const root = resolve(import.meta.dirname, "..");
const rule = (title: string) =>
  console.log(`\n\x1b[1m━━ ${title} ${"━".repeat(Math.max(0, 70 - title.length))}\x1b[0m`);

rule("emulator");
const emulator = await startEmulator({ profile: "fast" });
const e = emulator.endpoints;
console.log(`ECS, VPC and STS APIs  ${e.ecsEndpoint} (HTTP and HTTPS, CA ${e.caCertFile})`);
console.log(`instance metadata     ${e.metadataEndpoint}`);
console.log(`region ${emulator.region}, local account key ${emulator.credentials.accessKeyId}`);

const inputs = {
  template: "examples/web.json",
  variables: "app_version=demo-1\n",
  "validate-only": "true",
};
rule("action main step (dist/main/index.js)");
console.log(`inputs: ${JSON.stringify(inputs)}\n`);
const home = mkdtempSync(join(tmpdir(), "image-build-demo-home-"));
const main = await runStep({
  bundle: join(root, "dist/main/index.js"),
  workspace: root,
  inputs,
  env: { ...emulator.env, HOME: home },
  onStdout: (chunk) => process.stdout.write(chunk),
});
process.stderr.write(main.stderr);

rule("action post step (dist/post/index.js)");
const post = await runStep({
  bundle: join(root, "dist/post/index.js"),
  workspace: root,
  state: main.state,
  env: { ...emulator.env, HOME: home },
  onStdout: (chunk) => process.stdout.write(chunk),
});

rule("outputs");
console.log(
  Object.keys(main.outputs).length ? JSON.stringify(main.outputs, null, 2) : "(none: validate-only)",
);
rule("job summary (GITHUB_STEP_SUMMARY)");
console.log(main.summary.trim() || "(empty)");
rule("result");
const calls = emulator.calls().length;
console.log(
  `main step exit code ${main.exitCode}, post step exit code ${post.exitCode}; emulator API calls: ${calls}`,
);
console.log(
  "This release validates templates; building images on the emulator (the same command without\n" +
    "validate-only) arrives with the build engine.",
);
await emulator.stop();
process.exitCode = main.exitCode === 0 && post.exitCode === 0 ? 0 : 1;
