// The failure hint of a shell-local provisioner: its script ran on the machine running the build,
// so the hint names neither the instance nor -on-error=abort (a remote shell script's hint does).
// The errors are the real provisioners' (shell-local runs /bin/sh here).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stepFailure, WHAT_TO_DO } from "../../src/pipeline/failure.js";
import type { ShellLocalConfig } from "../../src/provisioners/shell-local/config.js";
import { runShellLocal } from "../../src/provisioners/shell-local/run.js";
import { provisionContext } from "../provisioners/runtime-helpers.js";

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

const subject = { instanceId: "i-bp1abc", host: "47.1.2.3", port: 22 };

async function failureOf(p: Partial<ShellLocalConfig>): Promise<string> {
  const ctx = provisionContext(undefined, { tempDir: mkdtempSync(join(tmpdir(), "image-build-fl-")) });
  const err = await runShellLocal(config(p), ctx).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return stepFailure("provision", err, subject).message;
}

describe.skipIf(process.platform === "win32")("failure hint of a shell-local provisioner", () => {
  it("a non-zero exit: Packer's text, then that the script ran here, not on the instance", async () => {
    const message = await failureOf({ inline: ["exit 2"] });
    // (The exit text is Packer's; another change may reword it for the summary, so only its start.)
    expect(message).toMatch(/^Step "provision" failed: Script exited with non-zero exit status: 2\b/);
    expect(message).toContain(
      `${WHAT_TO_DO} The shell-local script ran on the machine running the build (the runner, or your computer with the CLI), not on the instance: read its output above, fix the script or install what it needs there, or list the exit code in valid_exit_codes if it is expected.`,
    );
    expect(message).not.toContain("i-bp1abc");
    expect(message).not.toContain("47.1.2.3");
    expect(message).not.toContain("on-error");
  });

  it("a command that cannot start is also a local failure", async () => {
    const message = await failureOf({ inline: ["true"], executeCommand: ["/nonexistent/sh", "{{.Script}}"] });
    expect(message).toMatch(
      /^Step "provision" failed: Error executing script: .*packer-shell\d+ Please see output above/,
    );
    expect(message).toContain("ran on the machine running the build");
    expect(message).not.toContain("i-bp1abc");
  });

  it("the same exit text from a remote shell provisioner still names the instance", () => {
    const remote = new Error("Script exited with non-zero exit status: 2.Allowed exit codes are: [0]");
    const message = stepFailure("provision", remote, subject).message;
    expect(message).toContain("failed on instance i-bp1abc at 47.1.2.3:22");
    expect(message).toContain("-on-error=abort keeps the instance");
  });
});
