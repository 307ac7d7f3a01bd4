// The SSH proxy of the ansible provisioner, with real parts only: OpenSSH's `ssh`, `scp` and
// `sftp` clients talk to it, and it serves them through a real SshCommunicator connected to a real
// OpenSSH sshd (which records the commands it runs). Commands carry stdin, stdout, stderr and exit
// status; the sftp subsystem runs sftp_command on the machine; legacy scp (`scp -O`) uploads and
// downloads are served by the communicator itself (no `scp` runs on the machine), as Packer does;
// only the provisioner's user with the generated key gets in.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshCommunicator } from "../../../src/communicator/ssh.js";
import { type Adapter, startAdapter } from "../../../src/provisioners/ansible/adapter.js";
import { RecordingUi } from "../../../src/ui/recording.js";
import { sshdMissing, startSshd, type TestSshd } from "../../communicator/sshd.js";

function run(
  cmd: string,
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { timeout: 30_000 }, (e, stdout, stderr) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

describe.skipIf(!!sshdMissing)("ansible proxy adapter", () => {
  let sshd: TestSshd;
  let comm: SshCommunicator;
  let adapter: Adapter;
  let dir: string;
  let key: string;
  const ui = new RecordingUi();
  const opts = () => [
    "-o",
    "StrictHostKeyChecking=no",
    "-o",
    "UserKnownHostsFile=/dev/null",
    "-o",
    "IdentitiesOnly=yes",
    "-o",
    "BatchMode=yes",
    "-i",
    key,
  ];

  beforeAll(async () => {
    sshd = await startSshd({ logCommands: true });
    comm = await SshCommunicator.connect({
      host: "127.0.0.1",
      port: sshd.port,
      username: sshd.user,
      privateKeys: [sshd.privateKey],
    });
    dir = mkdtempSync(join(tmpdir(), "adapter-"));
    const user = ssh2.utils.generateKeyPairSync("ed25519");
    key = join(dir, "key");
    writeFileSync(key, user.private, { mode: 0o600 });
    adapter = await startAdapter({
      comm,
      ui,
      user: "ansible",
      authorizedKey: user.public,
      hostKey: ssh2.utils.generateKeyPairSync("ed25519").private,
      port: 0,
      sftpCommand: "/usr/lib/openssh/sftp-server -e",
    });
  });
  afterAll(async () => {
    await adapter?.close();
    await comm?.close();
    await sshd?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs commands on the machine with stdin, stdout, stderr and the exit status", async () => {
    const r = await run(
      "ssh",
      [...opts(), "-p", String(adapter.port), "ansible@127.0.0.1", "cat; echo err >&2; exit 3"],
      "from stdin\n",
    );
    expect(r).toMatchObject({ code: 3, stdout: "from stdin\n" });
    expect(r.stderr).toContain("err\n");
    expect(sshd.commands().map((c) => c.trim())).toContain("cat; echo err >&2; exit 3");
  });

  it("refuses another user and another key", async () => {
    const other = join(dir, "other");
    writeFileSync(other, ssh2.utils.generateKeyPairSync("ed25519").private, { mode: 0o600 });
    const wrongUser = await run("ssh", [...opts(), "-p", String(adapter.port), "root@127.0.0.1", "true"]);
    expect(wrongUser.code).toBe(255);
    expect(wrongUser.stderr).toMatch(/Permission denied/);
    const wrongKey = await run("ssh", [
      ...opts().slice(0, -2),
      "-i",
      other,
      "-p",
      String(adapter.port),
      "ansible@127.0.0.1",
      "true",
    ]);
    expect(wrongKey.code).toBe(255);
  });

  it("serves sftp (OpenSSH 9's scp) through sftp_command on the machine", async () => {
    const local = join(dir, "up.txt");
    writeFileSync(local, "via sftp\n");
    const remote = join(sshd.dir, "sftp-up.txt");
    const r = await run("scp", [...opts(), "-P", String(adapter.port), local, `ansible@127.0.0.1:${remote}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(remote, "utf8")).toBe("via sftp\n");
    expect(sshd.commands().map((c) => c.trim())).toContain("/usr/lib/openssh/sftp-server -e");
  });

  it("serves legacy scp uploads and downloads with the communicator, keeping the mode", async () => {
    const local = join(dir, "legacy.txt");
    writeFileSync(local, "via legacy scp\n", { mode: 0o640 });
    const remote = join(sshd.dir, "legacy-up.txt");
    const before = sshd.commands().length;
    const up = await run("scp", [
      ...opts(),
      "-O",
      "-P",
      String(adapter.port),
      local,
      `ansible@127.0.0.1:'${remote}'`,
    ]);
    expect(up.code, up.stderr).toBe(0);
    expect(readFileSync(remote, "utf8")).toBe("via legacy scp\n");
    expect(statSync(remote).mode & 0o777).toBe(0o640);
    const back = join(dir, "back.txt");
    const down = await run("scp", [
      ...opts(),
      "-O",
      "-P",
      String(adapter.port),
      `ansible@127.0.0.1:${remote}`,
      back,
    ]);
    expect(down.code, down.stderr).toBe(0);
    expect(readFileSync(back, "utf8")).toBe("via legacy scp\n");
    // No scp client command ran on the machine: only the communicator's own transfers (Packer's
    // `scp -vt <dir>` and `scp -vf <file>`) did.
    expect(
      sshd
        .commands()
        .slice(before)
        .map((c) => c.trim()),
    ).toEqual([`scp -vt ${sshd.dir}`, `scp -vf ${remote}`]);
  });
});
