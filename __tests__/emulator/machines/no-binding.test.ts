// An instance's SSH server running without ssh2's native crypto binding (as in the esbuild bundles in dist/):
// the server runs in a child process where `sshcrypto.node` cannot be loaded, and commands still
// end with their exit status or exit signal, for ssh2's client and for OpenSSH's ssh.
//
// ssh2's JavaScript ciphers write each packet in pieces; with Nagle's algorithm on the server's
// socket the replies then lagged behind the peer's delayed ACKs, so CHANNEL_SUCCESS of an `exec`
// arrived in one segment with the command's exit-status, EOF and CLOSE, and a client that attaches
// its `exit` listener once the exec call has resolved (as our communicator did) saw none.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Client, ClientChannel } from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, exec } from "./helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..", "..");

interface Served {
  host: string;
  port: number;
  key: string;
  bindingAvailable: boolean;
}

let child: ChildProcess;
let served: Served;
let keyFile: string;
let client: Client;

beforeAll(async () => {
  child = spawn(
    process.execPath,
    [
      "--require",
      join(here, "no-sshcrypto.cjs"),
      "--import",
      "tsx",
      "--import",
      join(repo, "__tests__", "setup.ts"),
      join(here, "no-binding-server.ts"),
    ],
    { cwd: repo, stdio: ["pipe", "pipe", "inherit"] },
  );
  served = await new Promise<Served>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(new Error(`the server process exited (${code}) before it was ready`)),
    );
    createInterface({ input: child.stdout! }).once("line", (line) => resolve(JSON.parse(line) as Served));
  });
  const work = mkdtempSync(join(tmpdir(), "no-binding-"));
  keyFile = join(work, "id_rsa");
  writeFileSync(keyFile, served.key);
  chmodSync(keyFile, 0o600);
  client = await connect(served.host, { privateKey: served.key, port: served.port });
}, 60_000);
afterAll(async () => {
  client?.end();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.stdin!.end();
    await exited;
  }
});

/** Runs a command, attaching the `exit` listener only after the exec call resolved (an await later). */
async function execAwaited(
  c: Client,
  command: string,
): Promise<{ code?: number; signal?: string; got: boolean }> {
  const ch = await new Promise<ClientChannel>((resolve, reject) =>
    c.exec(command, (err, channel) => (err ? reject(err) : resolve(channel))),
  );
  return new Promise((resolve) => {
    const r: { code?: number; signal?: string; got: boolean } = { got: false };
    ch.on("exit", (code: number | null, signal?: string) => {
      r.got = true;
      if (typeof code === "number") r.code = code;
      else r.signal = signal;
    });
    ch.on("data", () => {});
    ch.on("close", () => resolve(r));
    ch.end();
  });
}

const SSH_OPTS = [
  "-o",
  "StrictHostKeyChecking=no",
  "-o",
  "UserKnownHostsFile=/dev/null",
  "-o",
  "BatchMode=yes",
  "-o",
  "LogLevel=DEBUG1",
];

function ssh(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      "ssh",
      [...SSH_OPTS, "-p", String(served.port), "-i", keyFile, `root@${served.host}`, command],
      { timeout: 20_000 },
      (e, stdout, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe("instance SSH server on ssh2's JavaScript crypto (no native binding)", () => {
  it("runs in a process where ssh2 could not load sshcrypto.node", () => {
    expect(served.bindingAvailable).toBe(false);
  });

  it("sends exit statuses and exit signals to ssh2's client", async () => {
    expect(await exec(client, "echo ok")).toMatchObject({ stdout: "ok\n", code: 0, disconnected: false });
    expect(await exec(client, "exit 3")).toMatchObject({ code: 3, disconnected: false });
    expect(await exec(client, "kill -KILL $$")).toMatchObject({ signal: "SIGKILL", disconnected: false });
  });

  it("answers the exec request before the command's exit, for a client listening an await later", async () => {
    expect(await execAwaited(client, "true")).toEqual({ got: true, code: 0 });
    expect(await execAwaited(client, "exit 3")).toEqual({ got: true, code: 3 });
    expect(await execAwaited(client, "kill -TERM $$")).toEqual({ got: true, signal: "SIGTERM" });
  });

  it("sends exit statuses and exit signals to OpenSSH's ssh", async () => {
    const ok = await ssh("echo ok");
    expect(ok).toMatchObject({ code: 0, stdout: "ok\n" });
    expect(ok.stderr).toMatch(/rtype exit-status/);
    const three = await ssh("exit 3");
    expect(three.code).toBe(3);
    expect(three.stderr).toMatch(/rtype exit-status/);
    // ssh exits 255 on a signal; the debug log shows the exit-signal request arrived.
    const killed = await ssh("kill -KILL $$");
    expect(killed.code).toBe(255);
    expect(killed.stderr).toMatch(/rtype exit-signal/);
    expect(killed.stderr).not.toMatch(/rtype exit-status/);
  });
});
