// An emulated instance's SSH server through the ssh2 client: who gets in, commands with and without
// a pty, exit statuses and signals as OpenSSH reports them, keepalive, sftp, and a reboot run
// inside that drops the connection and comes back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, waitFor } from "../services/clients.js";
import { connect, exec, type Launched, launch, REGION, run, securityGroup } from "./helpers.js";

let emu: Emulator;
let key: string;
let vm: Launched;
const PASSWORD = "Emul4tor!pass";

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
  const ecs = ecsClient(emu);
  const kp = await ecs.createKeyPair(new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "k1" }));
  key = kp.body!.privateKeyBody!;
  vm = await launch(emu, {
    securityGroupId: await securityGroup(emu),
    keyPairName: "k1",
    password: PASSWORD,
  });
});
afterAll(async () => {
  await emu?.stop();
});

describe("instance SSH server (ssh2 client)", () => {
  it("answers on the instance's own 127.x public address, port 22", () => {
    expect(vm.ip).toMatch(/^127\.10\.\d+\.\d+$/);
    expect(emu.machines!.sshPort).toBe(22);
    expect(emu.machines!.list()).toEqual([
      expect.objectContaining({
        instanceId: vm.instanceId,
        addresses: expect.arrayContaining([vm.ip]),
        sshReady: true,
      }),
    ]);
  });

  it("lets in root with the key pair or the instance password, and nobody else", async () => {
    expect((await run(vm.ip, key, "id -un; hostname")).stdout).toMatch(/^root\niZ/);
    const c = await connect(vm.ip, { password: PASSWORD });
    expect((await exec(c, "echo pw")).stdout).toBe("pw\n");
    c.end();
    await expect(connect(vm.ip, { password: "Wrong!pass1" })).rejects.toThrow(
      /authentication methods failed/,
    );
    await expect(connect(vm.ip, { password: PASSWORD, username: "nobody" })).rejects.toThrow(
      /authentication/,
    );
    await expect(connect(vm.ip, { privateKey: key, username: "admin" })).rejects.toThrow(/authentication/);
    const other = (
      await ecsClient(emu).createKeyPair(
        new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "k2" }),
      )
    ).body!.privateKeyBody!;
    await expect(connect(vm.ip, { privateKey: other })).rejects.toThrow(/authentication/);
  });

  it("runs commands for real inside the instance, with exit statuses and signals", async () => {
    const c = await connect(vm.ip, { privateKey: key });
    const r = await exec(c, "echo out; echo err >&2; cat; exit 7", { stdin: "from stdin\n" });
    expect(r).toMatchObject({ stdout: "out\nfrom stdin\n", stderr: "err\n", code: 7 });
    expect(await exec(c, "kill -KILL $$")).toMatchObject({ signal: "SIGKILL", code: undefined });
    expect(await exec(c, "sh -c 'exit 143'")).toMatchObject({ code: 143 });
    expect((await exec(c, "cat /etc/os-release")).stdout).toContain('ID="centos"');
    // a signal request reaches the command
    const sig = await exec(c, "trap 'echo got TERM; exit 9' TERM; echo ready; while :; do sleep 0.05; done", {
      onStart: (ch) => {
        ch.once("data", () => {
          ch.signal("TERM");
          ch.end();
        });
      },
    });
    expect(sig).toMatchObject({ stdout: "ready\ngot TERM\n", code: 9 });
    // env requests are passed on
    const env = await new Promise<string>((resolve) =>
      c.exec("echo $FOO", { env: { FOO: "bar" } }, (_e, ch) => {
        let s = "";
        ch.on("data", (d: Buffer) => (s += d));
        ch.on("close", () => resolve(s));
      }),
    );
    expect(env).toBe("bar\n");
    c.end();
  });

  it("gives a pty when asked (stdout and stderr on the terminal)", async () => {
    const c = await connect(vm.ip, { privateKey: key });
    const r = await exec(c, "tty; stty size; echo $TERM; echo e >&2; exit 4", { pty: true });
    expect(r.stdout.replace(/\r/g, "")).toMatch(/^\/dev\/pts\/\d+\n30 100\nxterm\ne\n$/);
    expect(r.code).toBe(4);
    expect((await exec(c, "tty")).stdout).toBe("not a tty\n");
    c.end();
  });

  it("keeps the host untouched: /usr is read-only, /tmp and /etc are the instance's", async () => {
    const r = await run(vm.ip, key, "touch /usr/bin/x 2>&1; echo secret > /etc/marker; ls /tmp | wc -l");
    expect(r.stdout).toMatch(/Read-only file system/);
    expect(emu.machines!.readFile({ instanceId: vm.instanceId }, "/etc/marker").toString()).toBe("secret\n");
    const { existsSync } = await import("node:fs");
    expect(existsSync("/etc/marker")).toBe(false);
  });

  it("answers keepalive requests with a failure reply, as sshd does", async () => {
    const c = await connect(vm.ip, { privateKey: key });
    const sock = c as unknown as { _protocol: { ping(): void } };
    // ssh2's ping sends keepalive@openssh.com with want-reply; the connection stays usable
    sock._protocol.ping();
    expect((await exec(c, "echo alive")).stdout).toBe("alive\n");
    c.end();
  });

  it("serves sftp with OpenSSH's sftp-server inside the instance", async () => {
    const c = await connect(vm.ip, { privateKey: key });
    const sftp = await new Promise<import("ssh2").SFTPWrapper>((res, rej) =>
      c.sftp((e, s) => (e ? rej(e) : res(s))),
    );
    await new Promise<void>((res, rej) =>
      sftp.writeFile("/root/via-sftp.txt", "sftp data", (e) => (e ? rej(e) : res())),
    );
    const back = await new Promise<Buffer>((res, rej) =>
      sftp.readFile("/etc/hostname", (e, b) => (e ? rej(e) : res(b))),
    );
    expect(back.toString()).toMatch(/^iZ/);
    c.end();
    expect(emu.machines!.readFile({ instanceId: vm.instanceId }, "/root/via-sftp.txt").toString()).toBe(
      "sftp data",
    );
  });

  it("drops the connection on `reboot` inside, goes through Stopping/Starting and answers again", async () => {
    const ecs = ecsClient(emu);
    const c = await connect(vm.ip, { privateKey: key });
    const seen = new Set<string>();
    emu.model!.events.on("instance.state", ({ to }) => seen.add(to));
    const r = await exec(c, "echo going; reboot; sleep 5; echo not-reached");
    expect(r).toMatchObject({ stdout: "going\n", disconnected: true });
    await waitFor(async () => {
      const d = await ecs.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([vm.instanceId]) }),
      );
      return d.body?.instances?.instance?.[0]?.status === "Running" && seen.has("Starting");
    });
    expect([...seen]).toEqual(expect.arrayContaining(["Stopping", "Starting", "Running"]));
    await emu.machines!.waitForSsh(vm.instanceId);
    expect((await run(vm.ip, key, "cat /etc/marker")).stdout).toBe("secret\n");
  });
});
