/** The `ansible-local` provisioner: the playbook and its files uploaded, ansible-playbook run on the machine. */
import type { Provisioner } from "../provisioner.js";
import { type AnsibleLocalConfig, decodeAnsibleLocalConfig } from "./config.js";
import { ansibleLocalFiles } from "./files.js";
import { runAnsibleLocal } from "./run.js";

export const ansibleLocalProvisioner: Provisioner<"ansible-local", AnsibleLocalConfig> = {
  type: "ansible-local",
  decode: decodeAnsibleLocalConfig,
  run: (config, ctx) => runAnsibleLocal(config, ctx),
  localFiles: (config) => ansibleLocalFiles(config),
};
