/** The `shell` provisioner: scripts and inline commands run on the machine over the communicator. */
import type { Provisioner } from "../provisioner.js";
import { decodeShellConfig, type ShellConfig } from "./config.js";
import { runShellProvisioner } from "./run.js";

export const shellProvisioner: Provisioner<"shell", ShellConfig> = {
  type: "shell",
  decode: decodeShellConfig,
  run: (config, ctx) => runShellProvisioner(config, ctx),
  localFiles: (config) => config.scripts,
};
