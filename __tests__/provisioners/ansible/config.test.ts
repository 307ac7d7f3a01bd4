// The ansible provisioner's config: Packer 1.6.6's keys, defaults, checks and messages. Every error
// text was observed with `packer validate` (1.6.6, null builder); the live block re-checks them.
// A template naming a missing playbook fails the engine's validation at the field's position.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateTemplate } from "../../../src/engine/validate.js";
import { decodeAnsibleConfig } from "../../../src/provisioners/ansible/config.js";
import { ansibleArgs } from "../../../src/provisioners/ansible/run.js";
import type { ProvisionContext } from "../../../src/provisioners/runtime.js";
import { silentUi } from "../../../src/ui/ui.js";
import { context, fixtureDir, havePacker, packerErrors, pluginNode, squash } from "../helpers.js";
import { haveAnsible } from "./helpers.js";

const cwd = fixtureDir();
mkdirSync(join(cwd, "dir"));
writeFileSync(join(cwd, "site.yml"), "- hosts: all\n  tasks: []\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>) {
  const { ctx } = context(cwd);
  return decodeAnsibleConfig(pluginNode("provisioners", { type: "ansible", ...plugin }), ctx);
}

describe("ansible provisioner config", () => {
  it("has Packer's defaults and env additions", () => {
    const { config, diagnostics } = decode({ playbook_file: "site.yml", skip_version_check: true });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      command: "ansible-playbook",
      galaxyCommand: "ansible-galaxy",
      hostAlias: "default",
      user: userInfo().username,
      userWasEmpty: true,
      useProxy: undefined,
      ansibleEnvVars: ["ANSIBLE_HOST_KEY_CHECKING=False", "ANSIBLE_SCP_IF_SSH=True"],
      ansibleMajorVersion: 2,
    });
  });

  it("keeps the user's env vars first; a host key file drops the host key checking override; sftp drops scp", () => {
    const { config } = decode({
      playbook_file: "site.yml",
      skip_version_check: true,
      ansible_env_vars: ["A=1"],
      ssh_host_key_file: "exists.sh",
      use_sftp: true,
      use_proxy: "false",
      user: "deploy",
    });
    expect(config).toMatchObject({
      ansibleEnvVars: ["A=1"],
      useProxy: false,
      user: "deploy",
      userWasEmpty: false,
    });
  });

  it.skipIf(!haveAnsible)("reads the major version of ansible-playbook", () => {
    const { config, diagnostics } = decode({ playbook_file: "site.yml" });
    expect(diagnostics).toEqual([]);
    expect(config?.ansibleMajorVersion).toBe(2);
  });

  it("builds Packer's argument list", () => {
    const { config } = decode({
      playbook_file: "site.yml",
      skip_version_check: true,
      ansible_ssh_extra_args: ["-o IdentitiesOnly=no"],
    });
    const ctx = {
      ui: silentUi,
      signal: new AbortController().signal,
      buildName: "b",
      builderType: "alicloud-ecs",
      buildData: { ConnType: "ssh", PackerHTTPAddr: "" },
      interpolation: {},
    } as unknown as ProvisionContext;
    expect(ansibleArgs(config!, ["-e", "x=1"], ctx, "/tmp/inv", "/p/site.yml", "/tmp/key")).toEqual([
      "-e",
      'packer_build_name="b"',
      "-e",
      "packer_builder_type=alicloud-ecs",
      "--ssh-extra-args",
      "'-o IdentitiesOnly=no'",
      "-e",
      "x=1",
      "-e",
      "ansible_ssh_private_key_file=/tmp/key",
      "-i",
      "/tmp/inv",
      "/p/site.yml",
    ]);
    // A password given by the user: no key file; host key checking is already off through the env.
    expect(ansibleArgs(config!, ["-e", "ansible_password=pw"], ctx, "/i", "/p", "/tmp/key").slice(6)).toEqual(
      ["-e", "ansible_password=pw", "-i", "/i", "/p"],
    );
  });
});

const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "no playbook",
    plugin: { skip_version_check: true },
    errors: [["provisioners[0]", "playbook_file must be specified."]],
  },
  {
    name: "missing files, a bad port, a file for a directory, a missing command",
    plugin: {
      playbook_file: "missing.yml",
      local_port: 70000,
      command: "nope-ansible",
      inventory_directory: "exists.sh",
      ssh_authorized_key_file: "dir",
    },
    errors: [
      [
        "provisioners[0].playbook_file",
        "playbook_file: missing.yml is invalid: stat missing.yml: no such file or directory",
      ],
      ["provisioners[0].ssh_authorized_key_file", "ssh_authorized_key_file: dir must point to a file"],
      ["provisioners[0].local_port", "local_port: 70000 must be a valid port"],
      ["provisioners[0].inventory_directory", "inventory_directory: exists.sh must point to a directory"],
      [
        "provisioners[0].command",
        'Error running "nope-ansible --version": exec: "nope-ansible": executable file not found in $PATH',
      ],
    ],
  },
  {
    name: "a directory as playbook, a missing galaxy file and inventory directory",
    plugin: {
      playbook_file: "dir",
      galaxy_file: "req.yml",
      inventory_directory: "nodir",
      skip_version_check: 1,
    },
    errors: [
      ["provisioners[0].playbook_file", "playbook_file: dir must point to a file"],
      [
        "provisioners[0].galaxy_file",
        "galaxy_file: req.yml is invalid: stat req.yml: no such file or directory",
      ],
      [
        "provisioners[0].inventory_directory",
        "inventory_directory: nodir is invalid: stat nodir: no such file or directory",
      ],
    ],
  },
  {
    name: "a port that is no number",
    plugin: { playbook_file: "site.yml", local_port: "x" },
    errors: [
      [
        "provisioners[0].local_port",
        `cannot parse 'local_port' as int: strconv.ParseInt: parsing "x": invalid syntax`,
      ],
    ],
  },
];

/** Our message without the install hint (Packer has none). */
const packerPart = (m: string) => m.split("\n")[0];

describe("ansible provisioner config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, packerPart(d.message)])).toEqual(errors);
  });

  it("says how to install Ansible when the command is missing", () => {
    const { diagnostics } = decode({ playbook_file: "site.yml", command: "nope-ansible" });
    expect(diagnostics[0].message).toContain("pip install ansible-core");
  });

  it("a template naming a missing playbook fails validation at the field's line", async () => {
    const text = `{
  "builders": [{ "type": "alicloud-ecs", "region": "cn-hangzhou", "image_name": "x",
    "source_image": "ubuntu_22_04_x64_20G_alibase_20240220.vhd", "instance_type": "ecs.n1.tiny",
    "access_key": "k", "secret_key": "s" }],
  "provisioners": [{
    "type": "ansible",
    "playbook_file": "nowhere.yml",
    "skip_version_check": true
  }]
}
`;
    writeFileSync(join(cwd, "t.json"), text);
    const v = await validateTemplate({ path: join(cwd, "t.json"), env: {}, cwd });
    expect(v.ok).toBe(false);
    const d = v.diagnostics.find((x) => x.message.includes("nowhere.yml"));
    expect(d).toMatchObject({
      line: 7,
      path: "provisioners[0].playbook_file",
      message: "playbook_file: nowhere.yml is invalid: stat nowhere.yml: no such file or directory",
    });
  });
});

describe.skipIf(!havePacker())("ansible provisioner texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("provisioners", { type: "ansible", ...plugin }, cwd);
    const ours = errors.map(([, m]) => squash(m));
    expect(live.map(squash).sort()).toEqual([...ours].sort());
  });
});
