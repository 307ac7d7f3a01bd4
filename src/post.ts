/**
 * The action's post step (runs after the job's steps, also when the job failed or was cancelled):
 * blanks exported credentials, then sweeps what the main step left behind: the resources of its
 * saved ledger, then whatever still carries the run's tag (src/builders/index.ts), and reports it in
 * the job summary. It never fails the job: a resource it cannot delete is a warning that names it.
 *
 * Everything it needs comes from the state the main step saved (run id, regions, endpoints,
 * ledger, the template's non-secret access fields and region; src/github/run-state.ts) and the
 * action's inputs: the template is not read again (it may be gone, or changed by a later step).
 */
import "./quiet-deprecations.js";
import * as core from "@actions/core";
import { sweep } from "./builders/index.js";
import { Cloud } from "./cloud/cloud.js";
import { blankExportedCredentials, resolvePostCredentials } from "./github/credentials.js";
import { booleanInput } from "./github/inputs.js";
import { readRunState } from "./github/run-state.js";
import { renderSweepSummary } from "./github/summary/sweep.js";

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function post(): Promise<void> {
  blankExportedCredentials();
  const state = readRunState();
  if (!state) {
    core.debug("image-build post: no build ran, nothing to clean up");
    return;
  }
  if (state.finished === "clean") {
    core.info(`image-build post: run ${state.runId} cleaned up after itself, nothing to sweep`);
    return;
  }
  if (state.finished === "abort") {
    core.info(
      `image-build post: run ${state.runId} ended with on-error: abort; its ${state.entries.length} temporary resource(s) are left as asked`,
    );
    return;
  }
  const started = performance.now();
  core.info(
    `image-build post: sweeping run ${state.runId} (${state.entries.length} resource(s) in the saved ledger; then a search by tag in ${state.regions.join(", ") || "the ledger's regions"})`,
  );
  const credentials = await resolvePostCredentials(state.credentials);
  const regions = state.regions.length > 0 ? state.regions : [credentials.region];
  const base = new Cloud({
    credential: credentials.credential,
    region: regions[0] || credentials.region,
    endpoints: state.endpoints,
    env: process.env,
  });
  const resources = await sweep({
    runId: state.runId,
    entries: state.entries,
    regions,
    cloudFor: (region) => base.forRegion(region),
    log: (m) => core.info(m),
  });
  for (const r of resources.filter((x) => x.outcome === "failed"))
    core.warning(
      `image-build post: could not delete ${r.type} ${r.id} in ${r.region}: ${r.detail ?? "unknown error"}`,
    );
  const deleted = resources.filter((x) => x.outcome === "deleted").length;
  core.info(
    `image-build post: ${deleted} deleted, ${resources.filter((x) => x.outcome === "already-gone").length} already gone, ${
      resources.filter((x) => x.outcome === "kept").length
    } kept, ${resources.filter((x) => x.outcome === "failed").length} failed`,
  );
  let summary = true;
  try {
    summary = booleanInput("summary", true);
  } catch {
    // the main step reported the bad value
  }
  if (summary && process.env.GITHUB_STEP_SUMMARY && resources.length > 0) {
    const md = renderSweepSummary({
      runId: state.runId,
      resources,
      durationMs: performance.now() - started,
      regions,
    });
    await core.summary.addRaw(md).write();
  }
}

post()
  .catch((err: unknown) => {
    // Never fail the job from the post step: say what could not be done and how to finish by hand.
    core.warning(
      `image-build post: the sweep of temporary resources did not complete: ${messageOf(err)}. Look for resources tagged image-build:run=${core.getState("run-id")} and delete them.`,
    );
  })
  .finally(() => process.exit());
