// connectSsh from a decoded template communicator config (the path the alicloud-ecs connect step
// takes) against a real sshd. Packer 1.6.6 printed, with pause_before_connecting "1500ms":
//   Using ssh communicator to connect: 127.0.0.1 / Waiting for SSH to become available... /
//   Connected to SSH! / Pausing 1.5s before connecting... / Waiting for SSH… / Connected to SSH!
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CommunicatorConfig, decodeCommunicatorConfig } from "../../src/communicator/config.js";
import { connectSsh, sshOptionsFromConfig } from "../../src/communicator/connect.js";
import type { ConfigObject } from "../../src/template/config/tree.js";
import { parseJson } from "../../src/template/json/parse.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { freePort, passwordAuthAvailable, sshdMissing, startSshd, type TestSshd } from "./sshd.js";

function decode(keys: Record<string, unknown>): CommunicatorConfig {
  const r = decodeCommunicatorConfig(parseJson(JSON.stringify(keys)) as ConfigObject, {
    file: "t.json",
    cwd: process.cwd(),
    env: {},
  });
  if (!r.config) throw new Error(JSON.stringify(r.diagnostics));
  return r.config;
}

describe.skipIf(sshdMissing)("connectSsh with template settings", () => {
  let sshd: TestSshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  it("connects with ssh_private_key_file, pausing and reconnecting with pause_before_connecting", async () => {
    const config = decode({
      ssh_username: sshd.user,
      ssh_port: sshd.port,
      ssh_private_key_file: sshd.privateKeyFile,
      pause_before_connecting: "300ms",
      ssh_file_transfer_method: "sftp",
    });
    const ui = new RecordingUi();
    const comm = await connectSsh(config, { host: "127.0.0.1", cwd: process.cwd(), env: {} }, ui);
    try {
      expect(ui.texts()).toEqual([
        "Using ssh communicator to connect: 127.0.0.1",
        "Waiting for SSH to become available...",
        "Connected to SSH!",
        "Pausing 300ms before connecting...",
        "Waiting for SSH to become available...",
        "Connected to SSH!",
      ]);
      expect(comm.options.fileTransferMethod).toBe("sftp");
      expect(await comm.start("true")).toBe(0);
    } finally {
      await comm.close();
    }
  });

  it("connects with the builder's temporary private key", async () => {
    const config = decode({ ssh_username: sshd.user, ssh_port: sshd.port });
    const comm = await connectSsh(
      config,
      { host: "127.0.0.1", privateKey: sshd.privateKey, cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    expect(await comm.start("exit 7")).toBe(7);
    await comm.close();
  });

  it.skipIf(!passwordAuthAvailable)("connects with ssh_password through an ssh_bastion_* host", async () => {
    const config = decode({
      ssh_username: sshd.user,
      ssh_password: sshd.password,
      ssh_port: sshd.port,
      ssh_bastion_host: "127.0.0.1",
      ssh_bastion_port: sshd.port,
      ssh_bastion_username: sshd.user,
      ssh_bastion_password: sshd.password,
    });
    const options = sshOptionsFromConfig(config.ssh, { host: "127.0.0.1", cwd: process.cwd(), env: {} });
    expect(options.bastion).toMatchObject({ host: "127.0.0.1", port: sshd.port, username: sshd.user });
    const comm = await connectSsh(
      config,
      { host: "127.0.0.1", cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    expect(await comm.start("true")).toBe(0);
    await comm.close();
  });

  it.skipIf(!existsSync("/usr/bin/ssh-agent"))(
    "authenticates through the SSH agent with ssh_agent_auth and forwards the agent",
    async () => {
      const sock = join(sshd.dir, "agent.sock");
      const agent = spawn("/usr/bin/ssh-agent", ["-D", "-a", sock], { stdio: "ignore" });
      try {
        for (let i = 0; i < 100 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 20));
        execFileSync("ssh-add", [sshd.privateKeyFile], {
          env: { ...process.env, SSH_AUTH_SOCK: sock },
          stdio: "ignore",
        });
        const config = decode({ ssh_username: sshd.user, ssh_port: sshd.port, ssh_agent_auth: true });
        const comm = await connectSsh(
          config,
          { host: "127.0.0.1", cwd: process.cwd(), env: { SSH_AUTH_SOCK: sock } },
          new RecordingUi(),
        );
        // Forwarded unless ssh_disable_agent_forwarding: the session has an SSH_AUTH_SOCK.
        expect(await comm.start("echo $SSH_AUTH_SOCK | grep -c .")).toBe(0);
        await comm.close();
      } finally {
        agent.kill();
      }
    },
  );

  it("opens ssh_local_tunnels and ssh_remote_tunnels", async () => {
    const localPort = await freePort();
    const remotePort = await freePort();
    const server = net.createServer((s) => s.end("hello from the runner\n"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const target = (server.address() as net.AddressInfo).port;
    const config = decode({
      ssh_username: sshd.user,
      ssh_port: sshd.port,
      ssh_local_tunnels: [`${localPort}:127.0.0.1:${sshd.port}`],
      ssh_remote_tunnels: [`${remotePort}:127.0.0.1:${target}`],
    });
    const comm = await connectSsh(
      config,
      { host: "127.0.0.1", privateKey: sshd.privateKey, cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    try {
      // Local: localhost:<port> reaches the machine's side (here sshd itself, which greets).
      const banner = await new Promise<string>((resolve, reject) => {
        const s = net.connect({ host: "localhost", port: localPort });
        s.once("data", (d) => {
          resolve(d.toString());
          s.destroy();
        });
        s.once("error", reject);
      });
      expect(banner).toMatch(/^SSH-2\.0-OpenSSH/);
      // Remote: the machine's localhost:<port> reaches the runner's server.
      let out = "";
      const status = await comm.start(`exec 3<>/dev/tcp/127.0.0.1/${remotePort}; head -1 <&3`, {
        stdout: (c) => {
          out += c;
        },
      });
      expect(status).toBe(0);
      expect(out).toBe("hello from the runner\n");
    } finally {
      await comm.close();
      server.close();
    }
  });

  it("needs SSH_AUTH_SOCK for ssh_agent_auth, as Packer", () => {
    const config = decode({ ssh_username: "u", ssh_agent_auth: true });
    expect(() => sshOptionsFromConfig(config.ssh, { host: "h", cwd: ".", env: {} })).toThrow(
      "SSH_AUTH_SOCK is not set",
    );
  });

  it("keeps the connection through keepalives while a command is silent", async () => {
    const config = decode({
      ssh_username: sshd.user,
      ssh_port: sshd.port,
      ssh_keep_alive_interval: "200ms",
      ssh_read_write_timeout: "1s",
    });
    const comm = await connectSsh(
      config,
      { host: "127.0.0.1", privateKey: sshd.privateKey, cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    try {
      // Silent for 2 s: keepalive replies keep the 1 s read/write timeout from firing.
      expect(await comm.start("sleep 2; exit 4")).toBe(4);
    } finally {
      await comm.close();
    }
  });

  it("drops an idle connection after ssh_read_write_timeout when keepalives are off", async () => {
    const config = decode({
      ssh_username: sshd.user,
      ssh_port: sshd.port,
      ssh_keep_alive_interval: "-1s",
      ssh_read_write_timeout: "500ms",
    });
    const comm = await connectSsh(
      config,
      { host: "127.0.0.1", privateKey: sshd.privateKey, cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    try {
      expect(await comm.start("sleep 2")).toBe(2300218);
    } finally {
      await comm.close();
    }
  });
});
