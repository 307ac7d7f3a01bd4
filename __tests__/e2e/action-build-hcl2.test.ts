// The action's main bundle (built from the current sources into a temporary folder) builds the
// HCL2 directory template examples/web-hcl with its prod.pkrvars.hcl var file on the emulator, as
// a runner runs it: outputs, summary, the template's manifest, reuse on the second run, a rebuild
// when any file of the directory changes; and an error in one file of the directory is an
// annotation on that file and line.
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runStep } from "../../scripts/action-runner.js";
import { nodeRuntimes } from "./node24.js";

const ROOT = resolve(__dirname, "../..");
let MAIN: string;
let emu: Emulator;
const rt = nodeRuntimes().find((r) => r.node);

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
  return ws;
}

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  MAIN = join(out, "main/index.js");
  emu = await startEmulator({ profile: "fast", tls: false, imds: false });
}, 600_000);
afterAll(async () => {
  await emu?.stop();
});

describe.skipIf(!rt)("action: an HCL2 directory template", () => {
  it("builds examples/web-hcl with prod.pkrvars.hcl; an unchanged rerun reuses the image; a changed file rebuilds", async () => {
    const since = new Date().toISOString();
    const ws = workspace();
    const inputs = {
      template: "examples/web-hcl",
      "var-file": "examples/web-hcl/prod.pkrvars.hcl",
      variables: `app_version=e2e-hcl\nssh_port=${emu.machines?.sshPort ?? 22}\n`,
    };
    const main = await runStep({ node: rt?.node, bundle: MAIN, workspace: ws, inputs, env: emu.env });
    expect(main.exitCode, main.stdout).toBe(0);
    const id = main.outputs["image-id"];
    expect(id).toMatch(/^m-/);
    expect(JSON.parse(main.outputs["image-ids"])).toEqual({ "cn-hangzhou": id });
    expect(main.outputs.reused).toBe("false");
    const builds = JSON.parse(main.outputs.builds);
    expect(builds).toEqual([
      expect.objectContaining({
        name: "alicloud-ecs.web",
        status: "succeeded",
        images: { "cn-hangzhou": id },
      }),
    ]);
    expect(main.stdout).toMatch(/alicloud-ecs\.web: Provisioning with shell script: .*install-web\.sh/);
    expect(main.stdout).toContain("installed web e2e-hcl");
    expect(main.summary).toContain(id);
    expect(main.summary).toContain("alicloud-ecs.web");
    // The template's manifest post-processor wrote its file in the workspace.
    const manifest = JSON.parse(readFileSync(join(ws, "packer-manifest.json"), "utf8"));
    // Its name is the source's label, as Packer writes it; the build keeps its whole name in the
    // action's outputs and summary above (docs/hcl2.md).
    expect(manifest.builds[0]).toMatchObject({ name: "web", artifact_id: `cn-hangzhou:${id}` });
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
    // Every captured text but the `::add-mask::` registrations (which carry the secret by design).
    const stdout = main.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    const captured = [stdout, main.stderr, main.summary, JSON.stringify(main.outputs)].join("\n");
    expect(captured).not.toContain(emu.credentials.accessKeySecret);

    // Same directory, var file and variables: reused.
    const again = await runStep({ node: rt?.node, bundle: MAIN, workspace: ws, inputs, env: emu.env });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs["image-id"]).toBe(id);
    expect(again.outputs.reused).toBe("true");

    // Another value in the var file is another image.
    writeFileSync(
      join(ws, "examples/web-hcl/prod.pkrvars.hcl"),
      'region        = "cn-hangzhou"\ninstance_type = "ecs.g7.xlarge"\n',
    );
    const changedVars = await runStep({
      node: rt?.node,
      bundle: MAIN,
      workspace: ws,
      inputs: { ...inputs, force: "true" },
      env: emu.env,
    });
    expect(changedVars.exitCode, changedVars.stdout).toBe(0);
    expect(changedVars.outputs.reused).toBe("false");

    // A comment added to one file of the directory changes the fingerprint too.
    appendFileSync(join(ws, "examples/web-hcl/variables.pkr.hcl"), "# changed\n");
    const changed = await runStep({
      node: rt?.node,
      bundle: MAIN,
      workspace: ws,
      inputs: { ...inputs, force: "true" },
      env: emu.env,
    });
    expect(changed.exitCode, changed.stdout).toBe(0);
    expect(changed.outputs.reused).toBe("false");
    expect(changed.outputs["image-id"]).not.toBe(changedVars.outputs["image-id"]);
  }, 300_000);

  it("annotates an error on the file and line of the directory template that holds it", async () => {
    const ws = workspace();
    const file = join(ws, "examples/web-hcl/variables.pkr.hcl");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nvariable "broken" {\n  type = strin\n}\n`);
    expect(existsSync(file)).toBe(true);
    const r = await runStep({
      node: rt?.node,
      bundle: MAIN,
      workspace: ws,
      inputs: { template: "examples/web-hcl" },
      env: emu.env,
    });
    expect(r.exitCode).toBe(1);
    const lines = readFileSync(file, "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("type = strin") && !l.includes("string")) + 1;
    expect(r.stdout).toMatch(
      new RegExp(
        `::error title=image-build,file=examples/web-hcl/variables\\.pkr\\.hcl,line=${line},col=\\d+::`,
      ),
    );
  }, 120_000);
});
