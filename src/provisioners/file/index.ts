/** The `file` provisioner: uploads local files and directories to the machine, or downloads them. */
import type { Provisioner } from "../provisioner.js";
import { decodeFileConfig, type FileConfig } from "./config.js";
import { runFileProvisioner } from "./run.js";

export const fileProvisioner: Provisioner<"file", FileConfig> = {
  type: "file",
  decode: decodeFileConfig,
  run: runFileProvisioner,
  // A download reads nothing local.
  localFiles: (config) => (config.direction === "upload" ? config.sources : []),
};
