/**
 * Writes the build summary to the job summary (`$GITHUB_STEP_SUMMARY`), with the workflow run it
 * belongs to; a warning, never a failed step, when it cannot.
 */
import * as core from "@actions/core";
import { renderBuildSummary } from "./build.js";
import type { BuildSummaryInput, RunContext } from "./types.js";

/** The workflow run, from the runner's environment (links and provenance in the summary). */
export function runContext(env: Record<string, string | undefined> = process.env): RunContext {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    workflow: env.GITHUB_WORKFLOW,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    actor: env.GITHUB_ACTOR,
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}

/** Renders and writes the summary on a runner (nothing without `GITHUB_STEP_SUMMARY`); `clean` masks secrets. */
export async function writeBuildSummary(
  input: Omit<BuildSummaryInput, "run">,
  clean: (text: string) => string[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    const md = renderBuildSummary({ ...input, run: runContext() });
    await core.summary.addRaw(clean(md).join("\n")).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
  }
}
