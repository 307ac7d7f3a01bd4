// The exit of a command that ends at once reaches the communicator even when the server's exec
// reply, output, exit-status, EOF and CLOSE come in one TCP segment (as they did from a server on
// ssh2's JavaScript crypto with Nagle on): ssh2 emits `exit` while parsing that segment, before a
// caller awaiting the channel could listen. The server here corks its socket to send them so.
import net from "node:net";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ed25519KeyPair } from "../../emulator/machines/keys.js";
import { CMD_DISCONNECT } from "../../src/communicator/communicator.js";
import { SshCommunicator } from "../../src/communicator/ssh.js";

const { Server } = ssh2;

let tcp: net.Server;
let port: number;
const clientKey = ed25519KeyPair().private;

/** What the server does for each command: an exit status, an exit signal, or no exit at all. */
const ENDINGS: Record<string, { status?: number; signal?: string }> = {
  "ok\n": { status: 0 },
  "three\n": { status: 3 },
  "killed\n": { signal: "KILL" },
  "vanished\n": {},
};

beforeAll(async () => {
  const ssh = new Server({ hostKeys: [ed25519KeyPair().private] });
  tcp = net.createServer((sock) => {
    sock.on("error", () => {});
    ssh.injectSocket(sock);
    ssh.once("connection", (conn) => {
      conn.on("error", () => {});
      conn.on("authentication", (ctx) => ctx.accept());
      conn.on("ready", () =>
        conn.on("session", (acceptSession) =>
          acceptSession().on("exec", (accept, _reject, info) => {
            const ending = ENDINGS[info.command];
            sock.cork();
            const ch = accept();
            ch.write(`ran ${info.command}`);
            if (ending?.status !== undefined) ch.exit(ending.status);
            else if (ending?.signal !== undefined) ch.exit(ending.signal, false, "");
            ch.end();
            setTimeout(() => sock.uncork(), 50);
          }),
        ),
      );
    });
  });
  await new Promise<void>((r) => tcp.listen(0, "127.0.0.1", r));
  port = (tcp.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => tcp?.close(r));
});

describe("SSH communicator, exit in the same segment as the exec reply", () => {
  it("reports the exit status or signal, and 2300218 only without either", async () => {
    const comm = await SshCommunicator.connect({
      host: "127.0.0.1",
      port,
      username: "root",
      privateKeys: [clientKey],
      keepAliveIntervalMs: 0,
    });
    try {
      const run = async (command: string) => {
        let out = "";
        const status = await comm.start(command, { stdout: (c) => (out += c) });
        return { status, out };
      };
      expect(await run("ok")).toEqual({ status: 0, out: "ran ok\n" });
      expect(await run("three")).toEqual({ status: 3, out: "ran three\n" });
      expect(await run("killed")).toEqual({ status: 137, out: "ran killed\n" });
      expect(await run("vanished")).toEqual({ status: CMD_DISCONNECT, out: "ran vanished\n" });
    } finally {
      await comm.close();
    }
  });
});
