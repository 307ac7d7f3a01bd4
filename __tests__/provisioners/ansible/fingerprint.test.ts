// The reuse fingerprint of templates with ansible provisioners: it changes with the playbook, a
// role, group variables beside the playbook and the galaxy file (ansible), with every uploaded path
// (ansible-local); not with a file the run does not read.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintInputs, fingerprintOf } from "../../../src/engine/fingerprint.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { builder } from "../../builders/alicloud-ecs/helpers.js";

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

async function fp(dir: string): Promise<string> {
  const v = await validateTemplate({ path: "template.json", cwd: dir, env: {} });
  if (!v.ok) throw new Error(v.diagnostics.map((d) => d.message).join("; "));
  const inputs = await fingerprintInputs(v.prepared[0], {
    template: v.template!,
    source: {},
    cwd: dir,
    env: {},
    secrets: v.secrets,
    sourceImage: "m-source",
    region: "cn-hangzhou",
  });
  return fingerprintOf(inputs);
}

/** Asserts that each edit changes the fingerprint and `unread` does not. */
async function check(dir: string, edits: Record<string, string>[], unread: Record<string, string>) {
  const seen = [await fp(dir)];
  for (const e of edits) {
    write(dir, e);
    const next = await fp(dir);
    expect(seen, JSON.stringify(e)).not.toContain(next);
    seen.push(next);
  }
  write(dir, unread);
  expect(await fp(dir)).toBe(seen.at(-1));
}

describe("fingerprint of ansible provisioners", () => {
  it("ansible: the playbook, its roles, group_vars and the galaxy file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-fp-ansible-"));
    write(dir, {
      "template.json": JSON.stringify({
        builders: [builder({ name: "fp", communicator: "ssh", ssh_username: "root" })],
        provisioners: [
          {
            type: "ansible",
            playbook_file: "ansible/site.yml",
            galaxy_file: "ansible/requirements.yml",
            skip_version_check: true,
          },
        ],
      }),
      "ansible/site.yml": "- hosts: all\n",
      "ansible/roles/web/tasks/main.yml": "[]\n",
      "ansible/requirements.yml": "roles: []\n",
      "notes.txt": "x",
    });
    await check(
      dir,
      [
        { "ansible/site.yml": "- hosts: all\n  roles: [web]\n" },
        { "ansible/roles/web/tasks/main.yml": "- debug: {}\n" },
        { "ansible/group_vars/all.yml": "a: 1\n" },
        { "ansible/requirements.yml": "roles: [{ name: x }]\n" },
      ],
      { "notes.txt": "y", "ansible-other/x.yml": "z" },
    );
  });

  it("ansible-local: every uploaded path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-fp-ansible-local-"));
    write(dir, {
      "template.json": JSON.stringify({
        builders: [builder({ name: "fp", communicator: "ssh", ssh_username: "root" })],
        provisioners: [
          {
            type: "ansible-local",
            playbook_file: "site.yml",
            playbook_dir: "pb",
            role_paths: ["roles/web"],
            host_vars: "hv",
          },
        ],
      }),
      "site.yml": "- hosts: all\n",
      "pb/x.yml": "x\n",
      "roles/web/tasks/main.yml": "[]\n",
      "hv/h.yml": "a: 1\n",
      "notes.txt": "x",
    });
    await check(
      dir,
      [
        { "site.yml": "- hosts: all\n  tasks: []\n" },
        { "pb/x.yml": "y\n" },
        { "roles/web/tasks/main.yml": "- debug: {}\n" },
        { "hv/h.yml": "a: 2\n" },
      ],
      { "notes.txt": "y" },
    );
  });
});
