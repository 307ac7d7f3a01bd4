/**
 * What a build ends with, beyond its builder's result: what each post-processor did, and whether
 * an image was reused. The build's runner and its post-processing share these types.
 */
import type { PreparedBuild } from "../builders/builder.js";
import type { BuilderResult } from "../builders/result.js";
import type { Template } from "../template/model.js";
import type { Ui } from "../ui/ui.js";

/** What a post-processor did. */
export interface PostProcessorOutcome {
  type: string;
  name?: string;
  status: "succeeded" | "failed";
  durationMs: number;
  error?: string;
  /** The file it wrote (the manifest's `output`, absolute). */
  output?: string;
}

/** One build's result: the builder's, plus its post-processors. */
export interface BuildResult extends BuilderResult {
  postProcessors: PostProcessorOutcome[];
  /** True when an existing image with the same fingerprint was reused instead of building. */
  reused?: boolean;
  /** The build's fingerprint (hash of what defines the image), when reuse was computed. */
  fingerprint?: string;
}

/** Runs a build's post-processors on its result; returns what each did. */
export type PostProcessFn = (
  build: PreparedBuild,
  result: BuilderResult,
  ctx: { ui: Ui; signal: AbortSignal; runId: string; force: boolean; template?: Template },
) => Promise<PostProcessorOutcome[]>;
