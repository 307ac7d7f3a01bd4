// Cross-check with Packer 1.6.6: Packer (its built-in `ansible` provisioner, through its own SSH
// proxy, with the same ansible-playbook; and its `ansible-local`) and image-build build the same
// template against one emulator; the two images hold the same files: every path, kind, mode and content of the two
// filesystems is compared, except what differs by nature between two builds (the temporary key in
// authorized_keys, Ansible's remote temporary directory, logs, the instance's own identity).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { hasPacker } from "../../emulator/machines/packer-helpers.js";
import { buildIn, haveAnsible, playbookDir, sshBuilder } from "./helpers.js";

/** Every entry under `root`: path → kind, mode and a digest of its content. */
function tree(root: string, dir = "", out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    const abs = join(root, rel);
    const st = lstatSync(abs);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) out[rel] = `l ${readlinkSync(abs)}`;
    else if (st.isDirectory()) {
      out[rel] = `d ${mode}`;
      tree(root, rel, out);
    } else
      out[rel] = `f ${mode} ${createHash("sha256").update(readFileSync(abs)).digest("hex").slice(0, 16)}`;
  }
  return out;
}

/** Paths that differ between any two builds of one template (the builds' instances differ). */
const VOLATILE = [
  /^\/root\/\.ssh\/authorized_keys$/,
  /^\/root\/\.ansible(\/|$)/,
  /^\/var\/log\//,
  // each instance's own identity
  /^\/etc\/(hostname|machine-id)$/,
  /^\/etc\/ssh\/ssh_host_/,
  /^\/var\/lib\/cloud\/instances\/i-/,
];

describe.skipIf(!haveAnsible || !hasPacker)(
  "ansible provisioner: image-build and Packer 1.6.6 build the same image",
  () => {
    let emu: Emulator;
    beforeAll(async () => {
      emu = await startEmulator({ profile: "zero", imds: false, tls: false });
    });
    afterAll(async () => {
      await emu?.stop();
    });

    /** Packer builds `provisioners`, then image-build does; returns the two images' ids. */
    async function both(
      name: string,
      provisioners: unknown[],
    ): Promise<{ packer: string; ours: string; out: string }> {
      const dir = playbookDir();
      const template = { builders: [sshBuilder(emu, `${name}-by-packer`)], provisioners };
      writeFileSync(join(dir, "packer.json"), JSON.stringify(template, null, 2));
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: dir,
        HTTP_PROXY: emu.endpoints.proxy,
        HTTPS_PROXY: emu.endpoints.proxy,
        CHECKPOINT_DISABLE: "1",
        ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
        ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
      };
      const out = await new Promise<string>((resolve) =>
        execFile(
          "packer",
          ["build", "-color=false", "packer.json"],
          { env, cwd: dir, timeout: 150_000 },
          (_e, so, se) => resolve(`${so}${se}`),
        ),
      );
      const packer = /cn-hangzhou: (m-[a-z0-9]+)/.exec(out)?.[1];
      expect(packer, out).toBeDefined();
      expect(out).toContain("Provisioning with Ansible...");
      // (ansible-local's default command forces colours)
      expect(out.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/ok=4 +changed=4 +unreachable=0 +failed=0/);
      const r = await buildIn(
        emu,
        playbookDir(),
        { builders: [sshBuilder(emu, `${name}-by-image-build`)], provisioners },
        name,
      );
      expect(r.ok, r.text).toBe(true);
      return { packer: packer!, ours: r.builds[0].images["cn-hangzhou"], out };
    }

    /** Asserts that the two images hold the same files (less the volatile ones). */
    function sameFiles(packer: string, ours: string): void {
      const strip = (t: Record<string, string>) =>
        Object.fromEntries(Object.entries(t).filter(([p]) => !VOLATILE.some((re) => re.test(p))));
      const a = strip(tree(emu.machines!.imageRoot(packer)!));
      const b = strip(tree(emu.machines!.imageRoot(ours)!));
      expect(b).toEqual(a);
      expect(a["/etc/greeting"]).toBeDefined();
    }

    it("ansible: the two images hold the same files", async () => {
      const { packer, ours } = await both("ansible", [
        {
          type: "ansible",
          playbook_file: "site.yml",
          user: "root",
          // Packer 1.6.6's proxy offers only ssh-rsa (SHA-1) host keys, which OpenSSH 8.8+ refuses by
          // default, and serves scp only in the legacy protocol (`-O`), not OpenSSH 9's SFTP-based one.
          ansible_env_vars: [
            "ANSIBLE_SSH_ARGS=-o HostKeyAlgorithms=+ssh-rsa -o PubkeyAcceptedKeyTypes=+ssh-rsa",
            "ANSIBLE_SCP_EXTRA_ARGS=-O",
          ],
          extra_arguments: ["--extra-vars", "greeting_name={{ build_name }}"],
        },
      ]);
      sameFiles(packer, ours);
      expect(emu.machines!.readFile({ imageId: ours }, "/etc/greeting").toString()).toBe(
        "Hello alicloud-ecs from alicloud-ecs\n",
      );
    }, 300_000);

    it("ansible-local: the two images hold the same files", async () => {
      const { packer, ours } = await both("ansible-local", [
        {
          type: "ansible-local",
          playbook_dir: ".",
          playbook_file: "site.yml",
          staging_directory: "/tmp/ansible-staging",
          clean_staging_directory: true,
          extra_arguments: ["--extra-vars", "greeting_name=local"],
        },
      ]);
      sameFiles(packer, ours);
      expect(emu.machines!.readFile({ imageId: ours }, "/etc/greeting").toString()).toBe(
        "Hello local from alicloud-ecs\n",
      );
    }, 300_000);
  },
);
