/**
 * Running one decoded post-processor on a build's artifact (its registry record). The engine prints
 * Packer's "Running post-processor: <type>" and applies `keep_input_artifact` with the result.
 */
import type { Artifact, PostProcessResult } from "./artifact.js";
import { type PostProcessorConfig, postProcessorOf } from "./index.js";
import type { PostProcessContext } from "./post-processor.js";

export type { PostProcessContext } from "./post-processor.js";

/** Runs a post-processor; throws with its message on failure. */
export function runPostProcessor(
  pp: PostProcessorConfig,
  artifact: Artifact,
  ctx: PostProcessContext,
): Promise<PostProcessResult> {
  return postProcessorOf(pp).run(pp.config, artifact, ctx);
}
