// Live conformance: the same provisioners run by Packer 1.6.6 (null builder, communicator ssh) and by
// image-build (the template prepared as an alicloud-ecs build), against the same OpenSSH sshd. The
// remote commands, the Ui lines and the files left on the machine must match, with random names
// (script_<n>.sh, packer-shell<n>) and the builder type (null / alicloud-ecs) normalised.
import { execFile } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshCommunicator } from "../../src/communicator/ssh.js";
import { prepareBuilds } from "../../src/engine/prepare.js";
import { runProvisioners } from "../../src/provisioners/run.js";
import { templateContext } from "../../src/template/context.js";
import { loadTemplate } from "../../src/template/load.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { sshdMissing, startSshd, type TestSshd } from "../communicator/sshd.js";

const run = promisify(execFile);
const packer = await run("packer", ["version"]).then(
  (r) => (r.stdout.includes("1.6.6") ? "packer" : undefined),
  () => undefined,
);
if (!packer)
  console.warn("NOTICE: Packer 1.6.6 is not installed; the live provisioner comparison is skipped");

/** Files under `dir`: relative path → mode and content (directories: mode only). */
function tree(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  if (dir === base && !existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    const rel = normalise(p.slice(base.length + 1));
    const mode = (st.mode & 0o777).toString(8);
    if (st.isDirectory()) {
      out[`${rel}/`] = mode;
      tree(p, base, out);
    } else out[rel] = normalise(`${mode} ${JSON.stringify(readFileSync(p, "utf8"))}`);
  }
  return out;
}

function normalise(s: string): string {
  return s
    .replace(/script_\d+\.sh/g, "script_N.sh")
    .replace(/varfile_\d+\.sh/g, "varfile_N.sh")
    .replace(/packer-shell\d+/g, "packer-shellN")
    .replace(/\/tmp\/packer-shellN/g, "TMP/packer-shellN")
    .replace(/(PACKER_BUILDER_TYPE=')(null|alicloud-ecs)'/g, "$1TYPE'")
    .replace(/(PACKER_BUILDER_TYPE=)(null|alicloud-ecs)$/g, "$1TYPE");
}

describe.skipIf(sshdMissing || !packer)("provisioners: image-build and Packer 1.6.6 side by side", () => {
  let local: string;
  const sshds: TestSshd[] = [];
  beforeAll(async () => {
    local = mkdtempSync(join(tmpdir(), "image-build-live-"));
    mkdirSync(join(local, "src", "sub"), { recursive: true });
    writeFileSync(join(local, "src", "f1"), "A\n");
    chmodSync(join(local, "src", "f1"), 0o600);
    writeFileSync(join(local, "src", "sub", "f2"), "B\n");
    writeFileSync(join(local, "a.txt"), "x\r\ny");
    writeFileSync(join(local, "one.sh"), '#!/bin/sh\r\necho one "$V"\r\n');
    writeFileSync(join(local, "two.sh"), "#!/bin/sh\necho two");
  });
  afterAll(async () => {
    for (const s of sshds) await s.stop();
    rmSync(local, { recursive: true, force: true });
  });

  for (const method of ["scp", "sftp"] as const) {
    it(`runs shell and file provisioners identically (${method})`, async () => {
      const sshd = await startSshd({ logCommands: true });
      sshds.push(sshd);
      const remote = join(sshd.dir, "remote");
      const down = `down-${method}`;
      const provisioners = [
        { type: "shell", inline: [`mkdir -p ${remote}/up1 ${remote}/up2`] },
        {
          type: "shell",
          inline: ["echo out1", 'echo "Q=$Q Z=$Z"', "printf 'a\\r\\nb   \\n'", "echo {{ build `User` }}"],
          environment_vars: ["Q=it's", "Z=x=y"],
        },
        { type: "shell", inline: ["echo only-err >&2"] },
        { type: "shell", scripts: ["one.sh", "two.sh"], environment_vars: ["V=v 1"], remote_folder: remote },
        {
          type: "shell",
          inline: ['echo "A=$A"'],
          environment_vars: ["A=1"],
          use_env_var_file: true,
          remote_folder: remote,
          skip_clean: true,
          remote_file: "kept.sh",
        },
        { type: "shell", inline: ["echo custom $1"], execute_command: "{{.Vars}} sh {{.Path}} arg" },
        { type: "shell", inline: ["exit 3"], valid_exit_codes: [0, 3] },
        { type: "file", source: "src/", destination: `${remote}/up1` },
        { type: "file", source: "src", destination: `${remote}/up2` },
        { type: "file", sources: ["a.txt", "src/f1"], destination: `${remote}/up2/` },
        { type: "file", source: "src", destination: `${remote}/up3` },
        { type: "file", direction: "download", source: `${remote}/up2/`, destination: `${down}/d1/` },
        { type: "file", direction: "download", source: `${remote}/up2/a.txt`, destination: `${down}/d2/` },
      ];
      const comm = {
        communicator: "ssh",
        ssh_host: "127.0.0.1",
        ssh_port: sshd.port,
        ssh_username: sshd.user,
        ssh_private_key_file: sshd.privateKeyFile,
        ssh_file_transfer_method: method,
      };

      // Packer.
      rmSync(remote, { recursive: true, force: true });
      rmSync(join(local, down), { recursive: true, force: true });
      const packerTemplate = { builders: [{ type: "null", name: "nb", ...comm }], provisioners };
      writeFileSync(join(local, `packer-${method}.json`), JSON.stringify(packerTemplate));
      const before = sshd.commands().length;
      const home = mkdtempSync(join(tmpdir(), "packer-home-"));
      const out = await run(packer!, ["build", "-machine-readable", `packer-${method}.json`], {
        cwd: local,
        env: { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: "1", TMPDIR: tmpdir() },
      })
        .catch((e) => e as { stdout: string })
        .finally(() => rmSync(home, { recursive: true, force: true }));
      const packerCommands = sshd.commands().slice(before).map(normalise);
      const packerUi = out.stdout
        .split("\n")
        .map((l) => l.split(","))
        .filter((f) => f[2] === "ui")
        .map((f) => [f[3], f.slice(4).join(",").replaceAll("%!(PACKER_COMMA)", ",")])
        .filter(([, text]) => /^(==> nb: | {4}nb: )/.test(text))
        .map(([kind, text]) => [kind, normalise(text.replace(/^(==> nb: | {4}nb: )/, ""))]);
      const start = packerUi.findIndex(([, t]) => t === "Connected to SSH!");
      const packerLines = packerUi.slice(start + 1);
      const packerError = out.stdout
        .split("\n")
        .map((l) => l.split(","))
        .find((f) => f[2] === "error")
        ?.slice(3)
        .join(",")
        .replaceAll("%!(PACKER_COMMA)", ",");
      const packerTree = tree(remote);
      const packerDown = tree(join(local, down));

      // image-build.
      rmSync(remote, { recursive: true, force: true });
      rmSync(join(local, down), { recursive: true, force: true });
      const oursTemplate = {
        builders: [
          {
            type: "alicloud-ecs",
            name: "nb",
            access_key: "AK",
            secret_key: "SK",
            region: "cn-hangzhou",
            image_name: "img",
            source_image: "centos",
            instance_type: "ecs.t5-lc1m1.small",
            ...comm,
          },
        ],
        provisioners,
      };
      const loaded = loadTemplate({
        path: "ours.json",
        text: JSON.stringify(oursTemplate),
        cwd: local,
        env: {},
      });
      expect(loaded.diagnostics).toEqual([]);
      const prepared = prepareBuilds(loaded.template!, { cwd: local });
      expect(prepared.diagnostics).toEqual([]);
      const build = prepared.builds[0];
      const ssh = await SshCommunicator.connect({
        host: "127.0.0.1",
        port: sshd.port,
        username: sshd.user,
        privateKeys: [sshd.privateKey],
        fileTransferMethod: method,
      });
      const ui = new RecordingUi();
      const ourBefore = sshd.commands().length;
      let ourError: string | undefined;
      try {
        await runProvisioners(build.provisioners, {
          ui,
          comm: ssh,
          signal: new AbortController().signal,
          buildName: build.name,
          builderType: "alicloud-ecs",
          buildData: {
            ID: "nb",
            Host: "127.0.0.1",
            Port: String(sshd.port),
            User: sshd.user,
            ConnType: "ssh",
          },
          interpolation: templateContext(loaded.template!, {
            buildName: build.name,
            buildType: "alicloud-ecs",
          }),
          cwd: local,
        });
      } catch (e) {
        ourError = (e as Error).message;
      } finally {
        await ssh.close();
      }
      const ourCommands = sshd.commands().slice(ourBefore).map(normalise);
      const ourLines = ui.lines.map((l) => [l.kind, normalise(l.text)]);

      expect(ourCommands).toEqual(packerCommands);
      expect(ourError).toBe(packerError);
      // sftp cannot create a missing destination directory (Packer: "file does not exist").
      expect(ourError).toBe(method === "sftp" ? "file does not exist" : undefined);
      // Packer's lines up to the end of provisioning (then "Build 'nb' finished…" or "Provisioning
      // step had errors…", which belong to the build).
      expect(ourLines).toEqual(packerLines.slice(0, ourLines.length));
      expect(packerLines.slice(ourLines.length)).toEqual(
        ourError
          ? [["say", "Provisioning step had errors: Running the cleanup provisioner, if present..."]]
          : [],
      );
      expect(tree(remote)).toEqual(packerTree);
      expect(tree(join(local, down))).toEqual(packerDown);
    }, 60_000);
  }
});
