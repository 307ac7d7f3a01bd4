// The file provisioner at run time over scp and sftp against a real sshd, compared with what Packer
// 1.6.6 did with the same tree (null builder, communicator ssh, the same OpenSSH sshd):
//
//   source "src/"  -> existing /tmp/pk-up1   scp -rvt /tmp/pk-up1   pk-up1/f1 (600), pk-up1/sub/f2
//   source "src"   -> existing /tmp/pk-up2   scp -rvt /tmp/pk-up2   pk-up2/src/f1 (600), pk-up2/src/sub/f2
//   source "src"   -> missing  /tmp/pk-up4   scp: pk-up4/f1, pk-up4/sub/f2; sftp: "file does not exist"
//   source "src/"  -> missing  /tmp/pk-up1   scp: "scp: /tmp/pk-up1: Not a directory", Ui "Upload failed: …"
//   source "a.txt" -> "/tmp/pk-up3/"         scp -vt /tmp/pk-up3    pk-up3/a.txt (644, CRLF kept)
//   download "/tmp/pk-up2/" -> "down1/"      scp -vrf /tmp/pk-up2/  down1/pk-up2/src/f1 (600) … (scp with sftp too)
//   download "/tmp/pk-up3/a.txt" -> "down2/" scp -vf /tmp/pk-up3/a.txt  down2/a.txt (644)
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshCommunicator } from "../../src/communicator/ssh.js";
import type { FileConfig } from "../../src/provisioners/file/config.js";
import { runFileProvisioner } from "../../src/provisioners/file/run.js";
import { sshdMissing, startSshd, type TestSshd } from "../communicator/sshd.js";
import { localTree, provisionContext } from "./runtime-helpers.js";

const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);
const file = (p: Partial<FileConfig>): FileConfig => ({
  sources: [],
  destination: "",
  direction: "upload",
  generated: false,
  ...p,
});

describe.skipIf(sshdMissing)("file provisioner over a real sshd", () => {
  let sshd: TestSshd;
  let local: string;
  beforeAll(async () => {
    sshd = await startSshd({ logCommands: true });
    local = localTree();
  });
  afterAll(async () => {
    await sshd?.stop();
    rmSync(local, { recursive: true, force: true });
  });

  for (const method of ["scp", "sftp"] as const) {
    describe(method, () => {
      let comm: SshCommunicator;
      let remote: string;
      beforeAll(async () => {
        comm = await SshCommunicator.connect({
          host: sshd.host,
          port: sshd.port,
          username: sshd.user,
          privateKeys: [sshd.privateKey],
          fileTransferMethod: method,
        });
        remote = join(sshd.dir, method);
        mkdirSync(join(remote, "up1"), { recursive: true });
        mkdirSync(join(remote, "up2"), { recursive: true });
        mkdirSync(join(remote, "up3"), { recursive: true });
      });
      afterAll(async () => {
        await comm?.close();
      });
      const run = (config: Partial<FileConfig>) => {
        const ctx = provisionContext(comm, { cwd: local });
        return { ctx, done: runFileProvisioner(file(config), ctx) };
      };

      it("uploads the contents of src/ into an existing directory", async () => {
        const { ctx, done } = run({ sources: ["src/"], destination: `${remote}/up1` });
        await done;
        expect(ctx.ui.texts()).toEqual([`Uploading src/ => ${remote}/up1`]);
        expect(readFileSync(`${remote}/up1/f1`, "utf8")).toBe("A\n");
        expect(mode(`${remote}/up1/f1`)).toBe("600");
        expect(readFileSync(`${remote}/up1/sub/f2`, "utf8")).toBe("B\n");
        expect(existsSync(`${remote}/up1/src`)).toBe(false);
      });

      it("uploads src itself into an existing directory", async () => {
        await run({ sources: ["src"], destination: `${remote}/up2` }).done;
        expect(mode(`${remote}/up2/src/f1`)).toBe("600");
        expect(readFileSync(`${remote}/up2/src/sub/f2`, "utf8")).toBe("B\n");
      });

      it("uploads a file to a destination ending in / under its base name, bytes and mode kept", async () => {
        await run({ sources: ["a.txt"], destination: `${remote}/up3/` }).done;
        expect(readFileSync(`${remote}/up3/a.txt`, "utf8")).toBe("x\r\ny");
        expect(mode(`${remote}/up3/a.txt`)).toBe("644");
      });

      it("uploads several sources in order (sources, then source)", async () => {
        await run({ sources: ["a.txt", "src/f1"], destination: `${remote}/up3/` }).done;
        expect(readFileSync(`${remote}/up3/f1`, "utf8")).toBe("A\n");
      });

      it("renders source and destination with the build data", async () => {
        await run({
          sources: ["a.txt"],
          destination: `${remote}/up3/{{ .ID }}-{{ build \`PackerRunUUID\` }}.txt`,
        }).done;
        expect(readFileSync(`${remote}/up3/i-test-uuid-1.txt`, "utf8")).toBe("x\r\ny");
      });

      it("src into a missing destination: scp creates it, sftp fails as Packer's does", async () => {
        const { ctx, done } = run({ sources: ["src"], destination: `${remote}/up4` });
        if (method === "scp") {
          await done;
          expect(readFileSync(`${remote}/up4/f1`, "utf8")).toBe("A\n");
          expect(readFileSync(`${remote}/up4/sub/f2`, "utf8")).toBe("B\n");
        } else {
          await expect(done).rejects.toThrow(/^file does not exist$/);
          expect(ctx.ui.texts("error")).toEqual(["Upload failed: file does not exist"]);
        }
      });

      it("downloads a directory (always through scp) and a file", async () => {
        const into = join(local, `down-${method}`);
        await run({ direction: "download", sources: [`${remote}/up2/`], destination: `${into}/d1/` }).done;
        expect(readFileSync(`${into}/d1/up2/src/f1`, "utf8")).toBe("A\n");
        expect(mode(`${into}/d1/up2/src/f1`)).toBe("600");
        expect(readFileSync(`${into}/d1/up2/src/sub/f2`, "utf8")).toBe("B\n");
        const { ctx, done } = run({
          direction: "download",
          sources: [`${remote}/up3/a.txt`],
          destination: `${into}/d2/`,
        });
        await done;
        expect(ctx.ui.texts()).toEqual([`Downloading ${remote}/up3/a.txt => ${into}/d2/`]);
        expect(readFileSync(`${into}/d2/a.txt`, "utf8")).toBe("x\r\ny");
        expect(mode(`${into}/d2/a.txt`)).toBe("644");
        // A destination without a trailing slash is the file's name.
        await run({
          direction: "download",
          sources: [`${remote}/up3/a.txt`],
          destination: `${into}/d3/named`,
        }).done;
        expect(readFileSync(`${into}/d3/named`, "utf8")).toBe("x\r\ny");
      });

      it("fails a missing remote file with the remote's message", async () => {
        const { ctx, done } = run({
          direction: "download",
          sources: [`${remote}/nope`],
          destination: `${local}/x`,
        });
        const expected =
          method === "scp" ? `scp: ${remote}/nope: No such file or directory\n` : "file does not exist";
        await expect(done).rejects.toThrow(expected);
        expect(ctx.ui.texts("error")).toEqual([`Download failed: ${expected}`]);
      });
    });
  }

  it("scp: src/ into a missing directory fails as Packer's did (Not a directory)", async () => {
    const comm = await SshCommunicator.connect({
      host: sshd.host,
      port: sshd.port,
      username: sshd.user,
      privateKeys: [sshd.privateKey],
    });
    try {
      const ctx = provisionContext(comm, { cwd: local });
      const dst = join(sshd.dir, "missing");
      await expect(runFileProvisioner(file({ sources: ["src/"], destination: dst }), ctx)).rejects.toThrow(
        `scp: ${dst}: Not a directory`,
      );
      expect(ctx.ui.texts("error")).toEqual([`Upload failed: scp: ${dst}: Not a directory`]);
    } finally {
      await comm.close();
    }
  });

  it("runs the same remote scp commands Packer 1.6.6 ran", () => {
    const scp = sshd.commands().filter((c) => c.startsWith("scp "));
    const r = join(sshd.dir, "scp");
    expect(scp.slice(0, 4)).toEqual([
      `scp -rvt ${r}/up1`,
      `scp -rvt ${r}/up2`,
      `scp -vt ${r}/up3`,
      `scp -vt ${r}/up3`,
    ]);
    expect(scp).toContain(`scp -vrf ${r}/up2/`);
    expect(scp).toContain(`scp -vf ${r}/up3/a.txt`);
    // sftp's directory download goes through scp as well.
    expect(scp).toContain(`scp -vrf ${join(sshd.dir, "sftp")}/up2/`);
  });
});
