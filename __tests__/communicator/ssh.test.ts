// The SSH communicator against a real OpenSSH sshd on 127.0.0.1: exec with streamed output and
// Packer's exit statuses, a dropped connection (2300218) and the reconnect after it, every auth
// method, bastion jumps, ptys, cancellation, and the connect wait loop's messages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ed25519KeyPair } from "../../emulator/machines/keys.js";
import { CMD_DISCONNECT } from "../../src/communicator/communicator.js";
import { waitForSsh } from "../../src/communicator/connect.js";
import { runWithUi } from "../../src/communicator/remote-cmd.js";
import { SshCommunicator, type SshOptions } from "../../src/communicator/ssh.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { freePort, passwordAuthAvailable, sshdMissing, startSshd, type TestSshd } from "./sshd.js";

const withPassword = passwordAuthAvailable ? it : it.skip;
if (!sshdMissing && !passwordAuthAvailable) {
  console.warn("NOTICE: password/keyboard-interactive SSH tests need root and bubblewrap; skipped");
}

describe.skipIf(sshdMissing)("SSH communicator against OpenSSH sshd", () => {
  let sshd: TestSshd;
  let base: SshOptions;
  beforeAll(async () => {
    sshd = await startSshd();
    base = { host: sshd.host, port: sshd.port, username: sshd.user, privateKeys: [sshd.privateKey] };
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  async function run(comm: SshCommunicator, command: string) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await comm.start(command, {
      stdout: (c) => out.push(c.toString()),
      stderr: (c) => err.push(c.toString()),
    });
    return { status, stdout: out.join(""), stderr: err.join("") };
  }

  it("runs commands with stdout and stderr apart and their exit status", async () => {
    const comm = await SshCommunicator.connect(base);
    try {
      expect(await run(comm, "echo out; echo err >&2; exit 3")).toEqual({
        status: 3,
        stdout: "out\n",
        stderr: "err\n",
      });
      expect((await run(comm, "true")).status).toBe(0);
      // A signal is 128 + its number, as Go's ssh ExitError reports it.
      expect((await run(comm, "kill -KILL $$")).status).toBe(137);
      expect((await run(comm, "kill -TERM $$")).status).toBe(143);
      // The command has no stdin: it reads EOF at once.
      expect((await run(comm, "cat; echo done")).stdout).toBe("done\n");
    } finally {
      await comm.close();
    }
  });

  it("streams output line by line to the Ui: stdout as messages, stderr as errors, lines cleaned as Packer does", async () => {
    const comm = await SshCommunicator.connect(base);
    const ui = new RecordingUi();
    try {
      const status = await runWithUi(
        comm,
        "echo one; sleep 0.2; echo two >&2; sleep 0.2; printf 'a\\r\\nb   \\nx\\ry\\n\\nlast'",
        ui,
      );
      expect(status).toBe(0);
      expect(ui.lines).toEqual([
        { kind: "message", text: "one" },
        { kind: "error", text: "two" },
        { kind: "message", text: "a" },
        { kind: "message", text: "b" },
        { kind: "message", text: "y" },
        { kind: "message", text: "" },
        { kind: "message", text: "last" },
      ]);
    } finally {
      await comm.close();
    }
  });

  it("reports a dropped connection as 2300218 and reconnects for the next command", async () => {
    const comm = await SshCommunicator.connect(base);
    try {
      // Killing the session's sshd process ends the channel without an exit status.
      expect((await run(comm, "kill -9 $PPID")).status).toBe(CMD_DISCONNECT);
      expect(CMD_DISCONNECT).toBe(2300218);
      expect(await run(comm, "echo back")).toMatchObject({ status: 0, stdout: "back\n" });
    } finally {
      await comm.close();
    }
  });

  it("requests a pty with ssh_pty (stderr then arrives on stdout)", async () => {
    const comm = await SshCommunicator.connect({ ...base, pty: true });
    try {
      const r = await run(comm, "tty; echo e >&2; stty size");
      expect(r.stdout).toMatch(/^\/dev\/pts\/\d+\r\ne\r\n40 80\r\n$/);
      expect(r.stderr).toBe("");
    } finally {
      await comm.close();
    }
  });

  it("aborts a running command with the signal", async () => {
    const comm = await SshCommunicator.connect(base);
    try {
      const ctl = new AbortController();
      const started = Date.now();
      const p = comm.start("sleep 30", { signal: ctl.signal });
      setTimeout(() => ctl.abort(new Error("stop")), 200);
      await expect(p).rejects.toThrow("stop");
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await comm.close();
    }
  });

  it("fails authentication with Go's message when no key fits", async () => {
    const other = ed25519KeyPair();
    await expect(SshCommunicator.connect({ ...base, privateKeys: [other.private] })).rejects.toMatchObject({
      auth: true,
      message:
        "ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain",
    });
  });

  withPassword("logs in with a password", async () => {
    const comm = await SshCommunicator.connect({ ...base, privateKeys: [], password: sshd.password });
    try {
      expect((await run(comm, "echo pw")).stdout).toBe("pw\n");
    } finally {
      await comm.close();
    }
    await expect(
      SshCommunicator.connect({ ...base, privateKeys: [], password: "wrong" }),
    ).rejects.toMatchObject({
      auth: true,
      message: expect.stringMatching(/attempted methods \[keyboard-interactive none password\]/),
    });
  });

  withPassword(
    "answers keyboard-interactive prompts with the password when password auth is off",
    async () => {
      const kbd = await startSshd({ passwordAuthentication: false });
      try {
        const comm = await SshCommunicator.connect({
          host: kbd.host,
          port: kbd.port,
          username: kbd.user,
          privateKeys: [],
          password: kbd.password,
        });
        expect((await run(comm, "echo kbd")).stdout).toBe("kbd\n");
        await comm.close();
      } finally {
        await kbd.stop();
      }
    },
  );

  it("jumps through a bastion with its own authentication", async () => {
    const target = await startSshd();
    try {
      const comm = await SshCommunicator.connect({
        host: "127.0.0.1",
        port: target.port,
        username: target.user,
        privateKeys: [target.privateKey],
        bastion: { host: sshd.host, port: sshd.port, username: sshd.user, privateKeys: [sshd.privateKey] },
      });
      expect((await run(comm, "echo via bastion")).stdout).toBe("via bastion\n");
      await comm.close();
      // The bastion's own refusal is named.
      await expect(
        SshCommunicator.connect({
          host: "127.0.0.1",
          port: target.port,
          username: target.user,
          privateKeys: [target.privateKey],
          bastion: { host: sshd.host, port: sshd.port, username: sshd.user, privateKeys: [] },
        }),
      ).rejects.toMatchObject({
        auth: true,
        message: expect.stringMatching(
          /^Error connecting to bastion: ssh: handshake failed: ssh: unable to authenticate/,
        ),
      });
    } finally {
      await target.stop();
    }
  });

  it("waits for SSH: refused TCP is retried, authentication failures are counted up to ssh_handshake_attempts", async () => {
    const port = await freePort();
    const ui = new RecordingUi();
    let late: TestSshd | undefined;
    setTimeout(async () => {
      late = await startSshd({ port });
    }, 300);
    try {
      const comm = await waitForSsh(
        { ...base, port, privateKeys: [] },
        { timeoutMs: 20_000, handshakeAttempts: 10 },
        ui,
        undefined,
        { tcpRetryMs: 100, authRetryMs: 10 },
      ).catch(async (e) => {
        throw e;
      });
      await comm.close();
      expect.unreachable("the key of the first sshd does not fit the late one");
    } catch (e) {
      // The late sshd has its own key: authentication fails ssh_handshake_attempts times.
      expect((e as Error).message).toMatch(
        /^Packer experienced an authentication error when trying to connect via SSH\. This can happen if your username\/password are wrong\. You may want to double-check your credentials as part of your debugging process\. original error: ssh: handshake failed: ssh: unable to authenticate/,
      );
      expect(ui.texts()).toEqual([
        "Waiting for SSH to become available...",
        `Error waiting for SSH: ${(e as Error).message}`,
      ]);
    } finally {
      await late?.stop();
    }
  });

  it("waits for SSH and connects once the port opens", async () => {
    const port = await freePort();
    const ui = new RecordingUi();
    const late = startSshd({ port });
    const lateSshd = await new Promise<TestSshd>((resolve) => setTimeout(() => resolve(late), 300));
    try {
      const comm = await waitForSsh(
        { host: "127.0.0.1", port, username: lateSshd.user, privateKeys: [lateSshd.privateKey] },
        { timeoutMs: 20_000, handshakeAttempts: 10 },
        ui,
        undefined,
        { tcpRetryMs: 100 },
      );
      expect(ui.texts()).toEqual(["Waiting for SSH to become available...", "Connected to SSH!"]);
      await comm.close();
    } finally {
      await lateSshd.stop();
    }
  });

  it("gives up after ssh_timeout with Timeout waiting for SSH.", async () => {
    const port = await freePort();
    const ui = new RecordingUi();
    await expect(
      waitForSsh({ ...base, port }, { timeoutMs: 500, handshakeAttempts: 10 }, ui, undefined, {
        tcpRetryMs: 50,
      }),
    ).rejects.toThrow("Timeout waiting for SSH.");
    expect(ui.lines).toEqual([
      { kind: "say", text: "Waiting for SSH to become available..." },
      { kind: "error", text: "Timeout waiting for SSH." },
    ]);
  });

  it("stops waiting when the build is cancelled", async () => {
    const port = await freePort();
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(new Error("cancelled")), 200);
    await expect(
      waitForSsh(
        { ...base, port },
        { timeoutMs: 60_000, handshakeAttempts: 10 },
        new RecordingUi(),
        ctl.signal,
        {
          tcpRetryMs: 50,
        },
      ),
    ).rejects.toThrow("cancelled");
  });
});
