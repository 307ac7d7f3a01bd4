// shell-local at run time (provisioner and post-processor). Packer 1.6.6 observations (null builder
// named "nb"), which these tests follow:
//
//   inline ["echo out $Q", "echo err >&2", "echo $0", "env | grep …"], environment_vars ["Q=it's {{build_name}}"]
//     say "Running local shell script: /tmp/packer-shell<n>"; message "out it's nb"; error "err";
//     message "/tmp/packer-shell<n>"; PACKER_BUILDER_TYPE=null, PACKER_BUILD_NAME=nb, PACKER_RUN_UUID=…
//   command "exit 2", valid_exit_codes [0, 3]  -> "Script exited with non-zero exit status: 2.Allowed exit codes are: [0 3]"
//   post-processor only_on ["windows"] on linux -> say "Skipping shell-local due to runtime OS"
//   execute_command ["bash", "-c", "{{.Vars}} echo custom {{.Script}}"] -> message "custom /tmp/packer-shell<n>"
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runShellLocalPostProcessor } from "../../src/post-processors/shell-local/run.js";
import type { ShellLocalConfig } from "../../src/provisioners/shell-local/config.js";
import { runShellLocal } from "../../src/provisioners/shell-local/run.js";
import { provisionContext } from "./runtime-helpers.js";

const config = (p: Partial<ShellLocalConfig>): ShellLocalConfig => ({
  scripts: [],
  environmentVars: [],
  envVarFormat: "%s='%s' ",
  executeCommand: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
  inlineShebang: "/bin/sh -e",
  onlyOn: [],
  tempfileExtension: "",
  useLinuxPathing: false,
  validExitCodes: [0],
  ...p,
});

describe.skipIf(process.platform === "win32")("shell-local run-time", () => {
  it("runs inline commands locally with Packer's variables, output and messages", async () => {
    const tempDir = mkdtempSync(join(tmpdir(), "image-build-sl-"));
    const ctx = provisionContext(undefined, { tempDir, buildName: "nb" });
    await runShellLocal(
      config({
        inline: [
          "echo out $Q",
          "echo err >&2",
          "echo $0",
          "env | grep -E '^(PACKER_BUILD|PACKER_RUN|Q=)' | sort",
        ],
        environmentVars: ["Q=it's {{build_name}}"],
      }),
      { ...ctx, interpolation: { ...ctx.interpolation, buildName: "nb" } },
    );
    const say = ctx.ui.texts("say");
    expect(say).toHaveLength(1);
    expect(say[0]).toMatch(/^Running local shell script: .*\/packer-shell\d+$/);
    const script = say[0].slice("Running local shell script: ".length);
    expect(ctx.ui.texts("message")).toEqual([
      "out it's nb",
      script,
      "PACKER_BUILDER_TYPE=alicloud-ecs",
      "PACKER_BUILD_NAME=nb",
      "PACKER_RUN_UUID=uuid-1",
      "Q=it's nb",
    ]);
    expect(ctx.ui.texts("error")).toEqual(["err"]);
    // The temporary script is removed.
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it("checks the exit code with Packer's message", async () => {
    await expect(
      runShellLocal(config({ inline: ["exit 2"], validExitCodes: [0, 3] }), provisionContext(undefined)),
    ).rejects.toThrow(/^Script exited with non-zero exit status: 2\.Allowed exit codes are: \[0 3\]$/);
    await runShellLocal(config({ inline: ["exit 3"], validExitCodes: [0, 3] }), provisionContext(undefined));
  });

  it("skips other operating systems with only_on", async () => {
    const ctx = provisionContext(undefined);
    await runShellLocal(config({ inline: ["exit 1"], onlyOn: ["windows"] }), ctx);
    expect(ctx.ui.texts()).toEqual(["Skipping shell-local due to runtime OS"]);
  });

  it("renders execute_command per script with .Vars and .Script, and a tempfile_extension", async () => {
    const ctx = provisionContext(undefined);
    await runShellLocal(
      config({
        inline: ["x"],
        executeCommand: ["bash", "-c", "{{.Vars}} echo custom {{.Script}} {{ .ID }}"],
        tempfileExtension: "sh",
      }),
      ctx,
    );
    expect(ctx.ui.texts("message")).toEqual([
      expect.stringMatching(/^custom .*\/packer-shell\d+\.sh i-test$/),
    ]);
  });

  it("fails a command that cannot start with Packer's message", async () => {
    const ctx = provisionContext(undefined);
    await expect(
      runShellLocal(config({ inline: ["x"], executeCommand: ["/nonexistent/bin"] }), ctx),
    ).rejects.toThrow(
      /^Error executing script: .*packer-shell\d+\n\nPlease see output above for more information\.$/,
    );
  });

  it("runs scripts in order and stops at a cancelled signal", async () => {
    const ctl = new AbortController();
    const ctx = provisionContext(undefined, { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 200);
    const started = Date.now();
    await expect(runShellLocal(config({ inline: ["sleep 20"] }), ctx)).rejects.toThrow("context canceled");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("keeps the artifact as a post-processor", async () => {
    const artifact = {
      builderId: "alibaba.alicloud",
      id: "cn-hangzhou:m-1",
      images: { "cn-hangzhou": "m-1" },
    };
    const ctx = provisionContext(undefined);
    const result = await runShellLocalPostProcessor(
      config({ inline: ["echo pp $PACKER_BUILD_NAME"] }),
      artifact,
      ctx,
    );
    expect(result).toEqual({ artifact, keep: true, forceOverride: true });
    expect(ctx.ui.texts("message")).toEqual(["pp alicloud-ecs"]);
  });
});
