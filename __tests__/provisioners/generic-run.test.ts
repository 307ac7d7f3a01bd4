// The options every provisioner takes (pause_before, timeout, max_retries) and the provisioning
// step's order and error-cleanup provisioner, with Packer 1.6.6's messages. Observed with packer
// build (null builder):
//   pause_before "1s"   -> say "Pausing 1s before the next provisioner..."
//   timeout "1s" on `sleep 5` -> say "Setting a 1s timeout for the next provisioner...", then
//                          error "Cancelling provisioner after a timeout..."; the build fails with "context canceled"
//   max_retries 1 on `exit 4` -> say `Provisioner failed with "Script exited with non-zero exit status: 4.Allowed exit codes are: [0]", retrying with 1 trie(s) left`
//                          then "retry limit reached."
//   pause_before and timeout together: only the pause applies
import { describe, expect, it } from "vitest";
import type { PreparedProvisioner } from "../../src/engine/prepare.js";
import {
  type ProvisionerOutcome,
  runErrorCleanupProvisioner,
  runProvisioner,
  runProvisioners,
  runWithGenericOptions,
} from "../../src/provisioners/run.js";
import type { ShellLocalConfig } from "../../src/provisioners/shell-local/config.js";
import { provisionContext } from "./runtime-helpers.js";

const shellLocal = (
  inline: string[],
  source: Partial<PreparedProvisioner["source"]> = {},
): PreparedProvisioner =>
  ({
    source: { pauseBefore: 0, timeout: 0, maxRetries: 0, ...source },
    config: {
      type: "shell-local",
      config: {
        inline,
        scripts: [],
        environmentVars: [],
        envVarFormat: "%s='%s' ",
        executeCommand: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
        inlineShebang: "/bin/sh -e",
        onlyOn: [],
        tempfileExtension: "",
        useLinuxPathing: false,
        validExitCodes: [0],
      } satisfies ShellLocalConfig,
    },
  }) as PreparedProvisioner;

const none = { pauseBeforeMs: 0, timeoutMs: 0, maxRetries: 0 };

describe("generic provisioner options", () => {
  it("pause_before waits and says so", async () => {
    const ctx = provisionContext(undefined);
    const started = Date.now();
    await runWithGenericOptions({ ...none, pauseBeforeMs: 1000 }, ctx, async (c) => c.ui.say("ran"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(ctx.ui.texts()).toEqual(["Pausing 1s before the next provisioner...", "ran"]);
  });

  it("timeout cancels the provisioner with Packer's messages and context canceled", async () => {
    const ctx = provisionContext(undefined);
    const started = Date.now();
    await expect(runProvisioner(shellLocal(["sleep 5"], { timeout: 1000 }), ctx)).rejects.toThrow(
      /^context canceled$/,
    );
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(ctx.ui.lines.map((l) => [l.kind, l.text.replace(/\/\S+packer-shell\d+/, "<script>")])).toEqual([
      ["say", "Setting a 1s timeout for the next provisioner..."],
      ["say", "Running local shell script: <script>"],
      ["error", "Cancelling provisioner after a timeout..."],
    ]);
  });

  it("a timeout that does not fire says nothing more", async () => {
    const ctx = provisionContext(undefined);
    await runProvisioner(shellLocal(["true"], { timeout: 5000 }), ctx);
    expect(ctx.ui.texts("error")).toEqual([]);
    expect(ctx.ui.texts("say")[0]).toBe("Setting a 5s timeout for the next provisioner...");
  });

  it("pause_before wins over timeout (1.6.6)", async () => {
    const ctx = provisionContext(undefined);
    await runProvisioner(shellLocal(["sleep 0.3"], { pauseBefore: 10, timeout: 100 }), ctx);
    expect(ctx.ui.texts("say")[0]).toBe("Pausing 10ms before the next provisioner...");
    expect(ctx.ui.texts("error")).toEqual([]);
  });

  it("max_retries retries with Packer's messages and throws the first error", async () => {
    const ctx = provisionContext(undefined);
    let n = 0;
    const err = await runWithGenericOptions({ ...none, maxRetries: 2 }, ctx, async () => {
      n += 1;
      throw new Error(`failure "${n}"`);
    }).catch((e) => e);
    expect(n).toBe(3);
    expect(err.message).toBe('failure "1"');
    expect(ctx.ui.texts()).toEqual([
      'Provisioner failed with "failure \\"1\\"", retrying with 2 trie(s) left',
      'Provisioner failed with "failure \\"1\\"", retrying with 1 trie(s) left',
      "retry limit reached.",
    ]);
  });

  it("max_retries stops retrying once a try succeeds", async () => {
    const ctx = provisionContext(undefined);
    let n = 0;
    await runWithGenericOptions({ ...none, maxRetries: 5 }, ctx, async () => {
      n += 1;
      if (n < 2) throw new Error("once");
    });
    expect(n).toBe(2);
    expect(ctx.ui.texts()).toEqual(['Provisioner failed with "once", retrying with 5 trie(s) left']);
  });

  it("max_retries with a real provisioner, as Packer printed it", async () => {
    const ctx = provisionContext(undefined);
    await expect(runProvisioner(shellLocal(["exit 4"], { maxRetries: 1 }), ctx)).rejects.toThrow(
      "Script exited with non-zero exit status: 4.Allowed exit codes are: [0]",
    );
    expect(ctx.ui.texts("say").filter((t) => !t.startsWith("Running local"))).toEqual([
      'Provisioner failed with "Script exited with non-zero exit status: 4.Allowed exit codes are: [0]", retrying with 1 trie(s) left',
      "retry limit reached.",
    ]);
  });

  it("runs provisioners in order, stops at the first failure and reports outcomes", async () => {
    const ctx = provisionContext(undefined);
    const outcomes: ProvisionerOutcome[] = [];
    await expect(
      runProvisioners(
        [shellLocal(["echo one"]), shellLocal(["exit 1"]), shellLocal(["echo never"])],
        ctx,
        (o) => outcomes.push(o),
      ),
    ).rejects.toThrow("Script exited with non-zero exit status: 1.Allowed exit codes are: [0]");
    expect(ctx.ui.texts("message")).toEqual(["one"]);
    expect(outcomes.map((o) => [o.type, o.status, o.error])).toEqual([
      ["shell-local", "succeeded", undefined],
      ["shell-local", "failed", "Script exited with non-zero exit status: 1.Allowed exit codes are: [0]"],
    ]);
  });

  it("runs the error-cleanup provisioner after a failure, even when the build was cancelled", async () => {
    const ctl = new AbortController();
    ctl.abort();
    const ctx = provisionContext(undefined, { signal: ctl.signal });
    await runErrorCleanupProvisioner(shellLocal(["echo cleaning"]), ctx);
    expect(ctx.ui.texts("say")[0]).toBe(
      "Provisioning step had errors: Running the cleanup provisioner, if present...",
    );
    expect(ctx.ui.texts("message")).toEqual(["cleaning"]);
    const failing = provisionContext(undefined);
    await runErrorCleanupProvisioner(shellLocal(["exit 5"]), failing);
    expect(failing.ui.texts("error")).toEqual([
      "Script exited with non-zero exit status: 5.Allowed exit codes are: [0]",
    ]);
  });
});
