/** The `shell-local` provisioner: scripts and inline commands run on the machine running the build. */
import type { Provisioner } from "../provisioner.js";
import { decodeShellLocalConfig, type ShellLocalConfig } from "./config.js";
import { runShellLocal } from "./run.js";

export const shellLocalProvisioner: Provisioner<"shell-local", ShellLocalConfig> = {
  type: "shell-local",
  decode: decodeShellLocalConfig,
  run: runShellLocal,
  localFiles: (config) => config.scripts,
};
