/** The `ansible` provisioner: ansible-playbook on the runner, against the machine (through an SSH proxy by default). */
import type { Provisioner } from "../provisioner.js";
import { type AnsibleConfig, decodeAnsibleConfig } from "./config.js";
import { ansibleFiles } from "./files.js";
import { runAnsible } from "./run.js";

export const ansibleProvisioner: Provisioner<"ansible", AnsibleConfig> = {
  type: "ansible",
  decode: decodeAnsibleConfig,
  run: (config, ctx) => runAnsible(config, ctx),
  localFiles: (config) => ansibleFiles(config),
};
