/**
 * The `shell-local` post-processor at run time: Packer 1.6.6 runs the shell-local code the
 * provisioner uses and always keeps the input artifact (keep=true, forced).
 */
import type { ProvisionContext } from "../../provisioners/runtime.js";
import { runShellLocal } from "../../provisioners/shell-local/run.js";
import type { Artifact, PostProcessResult } from "../artifact.js";
import type { ShellLocalConfig } from "./config.js";

/** Runs a shell-local post-processor for one artifact (no communicator in `ctx`). */
export async function runShellLocalPostProcessor(
  config: ShellLocalConfig,
  artifact: Artifact,
  ctx: ProvisionContext,
): Promise<PostProcessResult> {
  await runShellLocal(config, ctx);
  return { artifact, keep: true, forceOverride: true };
}
