/**
 * The local files an `ansible-local` run uploads, for the reuse fingerprint: the playbook(s), the
 * playbook directory, group/host vars, roles, additional playbook directories, inventory and galaxy
 * file.
 */
import type { AnsibleLocalConfig } from "./config.js";

/** Local paths an `ansible-local` provisioner uploads. */
export function ansibleLocalFiles(c: AnsibleLocalConfig): string[] {
  const out = [c.playbookFile, ...c.playbookFiles, c.playbookDir, c.groupVars, c.hostVars];
  out.push(...c.rolePaths, ...c.playbookPaths, c.inventoryFile, c.galaxyFile);
  return out.filter((p) => p !== "");
}
