/**
 * The action's main step: read and check every input, validate the template (errors become
 * annotations at the template's file and line), resolve the credentials, run the builds, then set
 * the outputs, write the manifest and the job summary.
 *
 * Cancellation (src/github/cancel-window.ts): on the runner's first signal every build is cancelled
 * and cleans up; the ledger of temporary resources is in the step's state at every moment
 * (`core.saveState` on each change), so when the window closes before cleanup ends, the process
 * exits and the post step deletes the rest.
 */
import "./quiet-deprecations.js";
import { homedir } from "node:os";
import * as core from "@actions/core";
import { resolveEndpoints } from "./cloud/endpoints.js";
import { CloudError } from "./cloud/errors.js";
import { CredentialsError } from "./credentials/errors.js";
import { runBuilds } from "./engine/build.js";
import { checkpointRefsError } from "./engine/checkpoints.js";
import { overrideRegion } from "./engine/region.js";
import { actionTemplateIdentity } from "./engine/template-identity.js";
import { workspacePath } from "./github/annotations.js";
import { sharedAccessConfig } from "./github/build-access.js";
import { failureText, logBuilds, publishOutputs, saveOutcome } from "./github/build-results.js";
import { reportCallerIdentity } from "./github/caller-identity.js";
import { CancelWindow } from "./github/cancel-window.js";
import { exportCredentials, resolveActionCredentials } from "./github/credentials.js";
import { InputError, readActionInputs } from "./github/inputs.js";
import { runImageTags } from "./github/provenance.js";
import { runRetention, writeRetentionSummary } from "./github/retention.js";
import { actionsCacheStore } from "./github/reuse-cache.js";
import { buildRegions, LedgerStore, newRunId, saveRunStart } from "./github/run-state.js";
import { writeBuildSummary } from "./github/summary/job-summary.js";
import { GithubUi } from "./github/ui.js";
import { validateForAction } from "./github/validate-step.js";

/** How long the engine waits for a step that ignores the cancel before cleaning up anyway. */
const ABORT_GRACE_MS = 1_000;

async function run(): Promise<void> {
  const inputs = readActionInputs();
  // The images' tags: provenance (repository, commit, run…) and the `tags` input, checked now.
  const imageTags = runImageTags({ tagsInput: inputs.tagsText });
  for (const w of imageTags.warnings) core.warning(w);

  const v = await validateForAction(inputs);
  if (!v) return;
  const checkpointError = checkpointRefsError(v.prepared, inputs.checkpoint);
  if (checkpointError) throw new InputError(`Input 'checkpoint': ${checkpointError}`);

  // Credentials (src/github/credentials.ts): one refreshing provider for the whole build, from
  // the inputs, the first build's access fields and the environment; the source and region are logged.
  const credentials = await resolveActionCredentials(sharedAccessConfig(v.prepared));
  if (inputs.exportCredentials) await exportCredentials(credentials);
  await reportCallerIdentity(credentials);
  // The `region` input wins over the templates' region (checked against DescribeRegions first).
  if (credentials.regionSource === "input region")
    for (const b of overrideRegion(v.prepared, credentials.region))
      core.info(
        `Build '${b.name}' runs in ${credentials.region} (input region), not in its template's region`,
      );

  // The run: its id tags every temporary resource; the post step reads the run's state.
  const runId = newRunId();
  const endpoints = resolveEndpoints({
    endpoints: inputs.endpoints,
    env: process.env,
    customEndpointEcs: v.prepared[0]?.builder.config.customEndpointEcs,
  });
  saveRunStart(runId, buildRegions(v.prepared, credentials.region), { ...endpoints });
  core.info(`Run ${runId}: every temporary resource is tagged image-build:run=${runId}`);
  const ui = new GithubUi({
    grouped: v.prepared.length === 1,
    secrets: new Set((v.secrets ?? []).filter((s) => s !== "")),
  });
  const store = new LedgerStore();
  // The template's identity on its images (image-build:template): retention's scope.
  const templateId = actionTemplateIdentity({
    template: inputs.template,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    repository: process.env.GITHUB_REPOSITORY,
    override: inputs.templateId,
  });
  const cancel = new CancelWindow({ store, ui, runId, builds: v.prepared.length });

  const r = await runBuilds(v.prepared, {
    ui,
    signal: cancel.signal,
    onError: inputs.onError,
    parallelBuilds: inputs.parallelBuilds,
    force: inputs.force,
    runId,
    template: v.template,
    env: process.env,
    cwd: inputs.cwd,
    home: process.env.HOME || homedir(),
    mask: (s) => ui.mask(s),
    secrets: [...ui.secrets],
    credentials: {
      credential: credentials.credential,
      region: credentials.region,
      source: credentials.source,
    },
    endpoints: inputs.endpoints,
    ledgerFor: store.ledgerFor,
    abortGraceMs: ABORT_GRACE_MS,
    // Fingerprint every build; reuse an existing image with the same fingerprint unless `reuse: false`.
    // The Actions cache remembers fingerprint → images between runs (a fast path; the image's tag decides).
    reuse: {
      enabled: inputs.reuse,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      store: actionsCacheStore(),
    },
    imageTags: imageTags.tags,
    templateId,
    // Checkpoints (docs/incremental.md): resuming follows `reuse`.
    ...(inputs.checkpoint.length > 0 ? { checkpoints: { refs: inputs.checkpoint } } : {}),
  }).finally(() => ui.close());

  // What is left, the outputs, the manifest, the log and the job summary.
  const cancelled = cancel.cancelled;
  const keptOnPurpose = inputs.onError === "abort" && !cancelled;
  saveOutcome(store, keptOnPurpose);
  const manifestPath = await publishOutputs(r, inputs, runId);
  logBuilds(r, keptOnPurpose);
  // keep-images: after a successful run only; a failure is a warning.
  const pruned = await runRetention({
    keep: inputs.keepImages,
    templateId,
    prepared: v.prepared,
    result: r,
    cancelled,
    credentials,
    endpoints: inputs.endpoints,
    ui,
  }).finally(() => ui.close());
  if (inputs.summary)
    await writeBuildSummary(
      {
        templatePath: workspacePath(inputs.template),
        result: r,
        ...(manifestPath ? { manifestPath: workspacePath(manifestPath) } : {}),
        cancelled,
      },
      (text) => ui.clean(text),
    );
  if (inputs.summary && pruned) await writeRetentionSummary(pruned, (text) => ui.clean(text));
  cancel.close();

  if (cancelled) {
    core.setFailed(`The build was cancelled (run ${runId})`);
    process.exit(1);
  }
  if (!r.ok) core.setFailed(ui.clean(failureText(r)).join("\n"));
}

run()
  .catch((err: unknown) => {
    if (err instanceof InputError || err instanceof CredentialsError || err instanceof CloudError)
      core.setFailed(err.message);
    else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err));
  })
  // Exit now: an open handle (an SSH session that on-error=abort leaves open, an HTTP keep-alive
  // socket) must not keep the step running after its work is done.
  .finally(() => process.exit());
