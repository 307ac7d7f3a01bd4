// The ansible-local provisioner's config: Packer 1.6.6's keys, defaults, checks and messages. Every
// error text was observed with `packer validate` (1.6.6, null builder); the live block re-checks them.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeAnsibleLocalConfig } from "../../../src/provisioners/ansible-local/config.js";
import { context, fixtureDir, havePacker, packerErrors, pluginNode, squash } from "../helpers.js";

const cwd = fixtureDir();
mkdirSync(join(cwd, "dir"));
writeFileSync(join(cwd, "site.yml"), "- hosts: all\n  tasks: []\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>) {
  const { ctx } = context(cwd);
  return decodeAnsibleLocalConfig(pluginNode("provisioners", { type: "ansible-local", ...plugin }), ctx);
}

describe("ansible-local provisioner config", () => {
  it("has Packer's defaults: the command, a time-ordered staging directory", () => {
    const { config, diagnostics } = decode({ playbook_file: "site.yml" });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      command: "ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook",
      galaxyCommand: "ansible-galaxy",
      cleanStagingDirectory: false,
    });
    expect(config?.stagingDirectory).toMatch(
      /^\/tmp\/packer-provisioner-ansible-local\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("makes playbook_files absolute", () => {
    const { config } = decode({ playbook_files: ["site.yml", "exists.sh"], playbook_dir: "dir" });
    expect(config?.playbookFiles).toEqual([join(cwd, "site.yml"), join(cwd, "exists.sh")]);
  });
});

const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "no playbook",
    plugin: {},
    errors: [["provisioners[0]", "Either playbook_file or playbook_files must be specified"]],
  },
  {
    name: "both kinds of playbook, missing files and directories",
    plugin: {
      playbook_file: "site.yml",
      playbook_files: ["x.yml"],
      playbook_dir: "nod",
      role_paths: ["exists.sh"],
      group_vars: "gv",
      inventory_file: "inv",
    },
    errors: [
      ["provisioners[0]", "Either playbook_file or playbook_files can be specified, not both"],
      [
        "provisioners[0].playbook_files[0]",
        "playbook_files: x.yml is invalid: stat x.yml: no such file or directory",
      ],
      [
        "provisioners[0].inventory_file",
        "inventory_file: inv is invalid: stat inv: no such file or directory",
      ],
      ["provisioners[0].playbook_dir", "playbook_dir: nod is invalid: stat nod: no such file or directory"],
      ["provisioners[0].group_vars", "group_vars: gv is invalid: stat gv: no such file or directory"],
      ["provisioners[0].role_paths[0]", "role_paths: exists.sh must point to a directory"],
    ],
  },
  {
    name: "a directory as playbook, a missing galaxy file, a file as host_vars",
    plugin: { playbook_file: "dir", galaxy_file: "req.yml", host_vars: "site.yml", playbook_paths: ["np"] },
    errors: [
      ["provisioners[0].playbook_file", "playbook_file: dir must point to a file"],
      [
        "provisioners[0].galaxy_file",
        "galaxy_file: req.yml is invalid: stat req.yml: no such file or directory",
      ],
      ["provisioners[0].host_vars", "host_vars: site.yml must point to a directory"],
      [
        "provisioners[0].playbook_paths[0]",
        "playbook_paths: np is invalid: stat np: no such file or directory",
      ],
    ],
  },
];

describe("ansible-local provisioner config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual(errors);
  });
});

describe.skipIf(!havePacker())("ansible-local provisioner texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("provisioners", { type: "ansible-local", ...plugin }, cwd);
    expect(live.map(squash).sort()).toEqual(errors.map(([, m]) => squash(m)).sort());
  });
});
