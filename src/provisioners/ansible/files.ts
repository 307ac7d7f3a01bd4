/**
 * The local files an `ansible` run reads, for the reuse fingerprint: the playbook, the directories
 * Ansible looks for beside a playbook (roles, variables, templates, files, local modules and
 * plugins), the galaxy file, a given inventory and the group/host variables beside it.
 */
import { dirname, join } from "node:path";
import type { AnsibleConfig } from "./config.js";

/** The directories Ansible reads beside a playbook (or an inventory, for the `*_vars`). */
export const PLAYBOOK_SIBLINGS = [
  "roles",
  "group_vars",
  "host_vars",
  "tasks",
  "handlers",
  "vars",
  "defaults",
  "templates",
  "files",
  "library",
  "module_utils",
  "filter_plugins",
  "collections",
  "ansible.cfg",
];

/** Local paths an `ansible` provisioner reads (missing ones are fingerprinted as missing). */
export function ansibleFiles(
  c: Pick<AnsibleConfig, "playbookFile" | "galaxyFile" | "inventoryFile" | "inventoryDirectory">,
): string[] {
  const out = [c.playbookFile];
  const dir = dirname(c.playbookFile);
  for (const s of PLAYBOOK_SIBLINGS) out.push(join(dir, s));
  if (c.galaxyFile !== "") out.push(c.galaxyFile);
  if (c.inventoryFile !== "") out.push(c.inventoryFile);
  const inv =
    c.inventoryDirectory !== ""
      ? c.inventoryDirectory
      : c.inventoryFile !== ""
        ? dirname(c.inventoryFile)
        : "";
  if (inv !== "") for (const s of ["group_vars", "host_vars"]) out.push(join(inv, s));
  return out;
}
