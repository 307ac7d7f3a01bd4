// The runner's cancel window (src/github/cancel-window.ts) in a real process receiving real signals:
// the first signal aborts, a second one says cleanup goes on, and when the window closes before the
// cleanup ends the step saves the ledger, names what the post step will delete, fails and exits.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const src = (p: string) => JSON.stringify(join(ROOT, p));

/**
 * A step whose "build" holds one instance, ignores the abort for `cleanupMs`, then ends; it sends
 * itself the given signals (after it is listening) and reports on stdout.
 */
function script(cleanupMs: number, signals: string[]): string {
  return `import { register } from ${src("node_modules/tsx/dist/esm/api/index.mjs")};
register();
const { CancelWindow } = await import(${src("src/github/cancel-window.ts")});
const { LedgerStore } = await import(${src("src/github/run-state.ts")});
const { GithubUi } = await import(${src("src/github/ui.ts")});
const store = new LedgerStore((k, v) => console.log("saved " + k + "=" + v));
const ledger = store.ledgerFor({ name: "web" });
ledger.add({ type: "instance", id: "i-bp1", region: "cn-hangzhou", createdBy: "run instance" });
const ui = new GithubUi({ grouped: true });
const cancel = new CancelWindow({ store, ui, runId: "gh-1-1-abc", builds: 1 });
cancel.signal.addEventListener("abort", () => console.log("aborted: " + cancel.signal.reason.message));
const sentAt = Date.now();
process.on("exit", () => console.log("exit after " + (Date.now() - sentAt) + " ms"));
for (const sig of ${JSON.stringify(signals)}) process.kill(process.pid, sig);
await new Promise((r) => setTimeout(r, ${cleanupMs}));
ledger.remove("instance", "i-bp1");
cancel.close();
console.log("finished, cancelled=" + cancel.cancelled);
`;
}

function runStep(body: string): Promise<{ code: number | null; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "image-build-cancel-"));
  const file = join(dir, "step.mjs");
  writeFileSync(file, body);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [file], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.on("error", fail);
    child.on("exit", (code) => done({ code, out }));
  });
}

describe("CancelWindow", () => {
  it("SIGTERM and a cleanup longer than the window: the ledger is saved, the step fails and exits after 2 s", async () => {
    const { code, out } = await runStep(script(30_000, ["SIGTERM"]));
    expect(out).toContain(
      "Received SIGTERM: cancelling the build and deleting the temporary resources: instance i-bp1 (cn-hangzhou)",
    );
    expect(out).toContain("aborted: The build was cancelled (SIGTERM)");
    expect(out).toContain(
      "The cancel window is closing: the post step deletes the 1 resource(s) not deleted yet: instance i-bp1 (cn-hangzhou)",
    );
    expect(out).toMatch(/saved ledger=\[\{"type":"instance","id":"i-bp1","region":"cn-hangzhou"/);
    expect(out).toContain("::error::The build was cancelled (run gh-1-1-abc)");
    expect(out).not.toContain("finished");
    expect(code).toBe(1);
    const after = Number(/exit after (\d+) ms/.exec(out)?.[1]);
    expect(after).toBeGreaterThanOrEqual(2_000);
    expect(after).toBeLessThan(6_000);
  }, 30_000);

  it("SIGINT then SIGTERM: one abort, the shorter window wins", async () => {
    const { code, out } = await runStep(script(30_000, ["SIGINT", "SIGTERM"]));
    expect(out.match(/aborted: /g)).toHaveLength(1);
    expect(out).toContain("aborted: The build was cancelled (SIGINT)");
    expect(out).toContain("Received SIGTERM: still cleaning up");
    expect(out).toContain("The cancel window is closing");
    expect(code).toBe(1);
    // SIGTERM's 2 s, not SIGINT's 8 s.
    expect(Number(/exit after (\d+) ms/.exec(out)?.[1])).toBeLessThan(6_000);
  }, 30_000);

  it("a cleanup that ends within the window: the step goes on to its end", async () => {
    const { code, out } = await runStep(script(300, ["SIGTERM"]));
    expect(out).toContain("aborted: The build was cancelled (SIGTERM)");
    expect(out).toContain("finished, cancelled=true");
    expect(out).not.toContain("The cancel window is closing");
    expect(code).toBe(0);
  }, 30_000);
});
