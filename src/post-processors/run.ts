/**
 * Running one decoded post-processor on a build's artifact (dispatch by type). The engine prints
 * Packer's "Running post-processor: <type>" and applies `keep_input_artifact` with the result.
 */
import type { ProvisionContext } from "../provisioners/runtime.js";
import type { Artifact, PostProcessResult } from "./artifact.js";
import type { PostProcessorConfig } from "./index.js";
import { runManifestPostProcessor } from "./manifest/run.js";
import { runShellLocalPostProcessor } from "./shell-local/run.js";

/** What post-processors need beyond a provisioner's context. */
export interface PostProcessContext extends ProvisionContext {
  /** PACKER_RUN_UUID of this run (the manifest's `packer_run_uuid`). */
  runUuid: string;
  /** `-force`. */
  force?: boolean;
}

/** Runs a post-processor; throws with its message on failure. */
export function runPostProcessor(
  pp: PostProcessorConfig,
  artifact: Artifact,
  ctx: PostProcessContext,
): Promise<PostProcessResult> {
  switch (pp.type) {
    case "manifest":
      return runManifestPostProcessor(pp.config, artifact, {
        buildName: ctx.buildName,
        builderType: ctx.builderType,
        runUuid: ctx.runUuid,
        force: ctx.force,
        cwd: ctx.cwd,
        interpolation: ctx.interpolation,
      });
    case "shell-local":
      return runShellLocalPostProcessor(pp.config, artifact, ctx);
  }
}
