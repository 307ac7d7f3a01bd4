// Large transfers over scp and sftp against a real sshd (flow control in both directions, bytes
// intact), modes of uploaded files (a local file's mode; 0644 for bytes, as Packer sends streams),
// and the remote errors Packer passes on.
import { randomBytes } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshCommunicator } from "../../src/communicator/ssh.js";
import { sshdMissing, startSshd, type TestSshd } from "./sshd.js";

describe.skipIf(sshdMissing)("transfers against OpenSSH sshd", () => {
  let sshd: TestSshd;
  const data = randomBytes(8 * 1024 * 1024 + 123);
  beforeAll(async () => {
    sshd = await startSshd();
    writeFileSync(join(sshd.dir, "big.bin"), data, { mode: 0o640 });
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  for (const method of ["scp", "sftp"] as const) {
    it(`moves 8 MiB both ways intact, with Packer's modes (${method})`, async () => {
      const comm = await SshCommunicator.connect({
        host: sshd.host,
        port: sshd.port,
        username: sshd.user,
        privateKeys: [sshd.privateKey],
        fileTransferMethod: method,
      });
      try {
        const up = join(sshd.dir, `up-${method}.bin`);
        await comm.upload(up, { path: join(sshd.dir, "big.bin") });
        expect(readFileSync(up).equals(data)).toBe(true);
        expect(statSync(up).mode & 0o777).toBe(0o640);
        const bytes = join(sshd.dir, `bytes-${method}.txt`);
        await comm.upload(bytes, { data: "text" });
        expect(readFileSync(bytes, "utf8")).toBe("text");
        expect(statSync(bytes).mode & 0o777).toBe(0o644);
        const chunks: Buffer[] = [];
        await comm.download(
          join(sshd.dir, "big.bin"),
          new Writable({
            write(c, _e, cb) {
              chunks.push(c);
              cb();
            },
          }),
        );
        expect(Buffer.concat(chunks).equals(data)).toBe(true);
        // A remote path whose directory is missing.
        const missing = join(sshd.dir, "no", "such", "file");
        await expect(comm.upload(missing, { data: "x" })).rejects.toThrow(
          method === "scp"
            ? `scp: ${join(sshd.dir, "no", "such")}: No such file or directory`
            : "file does not exist",
        );
      } finally {
        await comm.close();
      }
    }, 60_000);
  }
});
