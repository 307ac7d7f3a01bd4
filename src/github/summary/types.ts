/**
 * The inputs of the action's job summaries: the main step's build summary
 * (src/github/summary/build.ts renders it) and the post step's sweep report (summary/sweep.ts).
 */
import type { SweptResource } from "../../builders/swept.js";
import type { RunBuildsResult } from "../../engine/build.js";

/** One resource the post step's sweep dealt with (defined with the sweep). */
export type { SweptResource };

/** The workflow run that built the images (links and provenance in the summary). */
export interface RunContext {
  /** `owner/name`. */
  repository?: string;
  sha?: string;
  ref?: string;
  workflow?: string;
  runId?: string;
  runAttempt?: string;
  actor?: string;
  /** `https://github.com/owner/name/actions/runs/ID` (server URL from GITHUB_SERVER_URL). */
  runUrl?: string;
}

/** What the main step's summary shows. */
export interface BuildSummaryInput {
  /** The template, relative to the workspace. */
  templatePath: string;
  /** What `runBuilds` returned (each build: images, steps, calls, provisioners, reused, leftBehind…). */
  result: RunBuildsResult;
  run?: RunContext;
  /** Path of the manifest the action wrote (workspace-relative when inside it). */
  manifestPath?: string;
  /** True when the run was cancelled (SIGINT/SIGTERM). */
  cancelled?: boolean;
}

/** What the post step's summary shows. */
export interface SweepSummaryInput {
  runId: string;
  resources: SweptResource[];
  durationMs: number;
  /** Regions searched by tag. */
  regions: string[];
}
