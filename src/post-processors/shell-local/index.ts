/** The `shell-local` post-processor: local scripts and commands run after the build, once per artifact. */
import type { PostProcessor } from "../post-processor.js";
import { decodeShellLocalPostProcessorConfig, type ShellLocalConfig } from "./config.js";
import { runShellLocalPostProcessor } from "./run.js";

export const shellLocalPostProcessor: PostProcessor<"shell-local", ShellLocalConfig> = {
  type: "shell-local",
  decode: decodeShellLocalPostProcessorConfig,
  run: runShellLocalPostProcessor,
};
