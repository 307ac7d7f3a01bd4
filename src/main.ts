/**
 * The action's main step: read and check every input, validate the template (errors become
 * annotations at the template's file and line), resolve the credentials, run the builds, then set
 * the outputs, write the manifest and the job summary.
 *
 * Cancellation: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process tree
 * 2.5 s after that. On the first signal every build is cancelled and cleans up; the ledger of
 * temporary resources is in the step's state at every moment (`core.saveState` on each change), so
 * when the window closes before cleanup ends, the process exits and the post step deletes the rest.
 */
import "./quiet-deprecations.js";
import { homedir } from "node:os";
import * as core from "@actions/core";
import { resolveEndpoints } from "./cloud/endpoints.js";
import { CloudApiError, CredentialsError, NetworkError } from "./credentials/errors.js";
import type { ResolvedCredentials } from "./credentials/index.js";
import { type RunBuildsResult, runBuilds } from "./engine/build.js";
import { type ValidateResult, validateTemplate } from "./engine/validate.js";
import { annotate, workspacePath } from "./github/annotations.js";
import { renderBuildSummary } from "./github/build-summary.js";
import { reportCallerIdentity } from "./github/caller-identity.js";
import { exportCredentials, resolveActionCredentials } from "./github/credentials.js";
import { type ActionInputs, InputError, readActionInputs } from "./github/inputs.js";
import { writeManifest } from "./github/manifest.js";
import { buildOutputs, succeeded } from "./github/outputs.js";
import { runImageTags } from "./github/provenance.js";
import { actionsCacheStore } from "./github/reuse-cache.js";
import { buildRegions, LedgerStore, newRunId, STATE_KEYS, saveRunStart } from "./github/run-state.js";
import type { RunContext } from "./github/summary-types.js";
import { GithubUi } from "./github/ui.js";
import { renderValidationSummary } from "./github/validation-summary.js";
import type { LedgerEntry } from "./pipeline/ledger.js";

/** How long the engine waits for a step that ignores the cancel before cleaning up anyway. */
const ABORT_GRACE_MS = 1_000;
/** After SIGINT the runner kills the process 10 s later; after SIGTERM, 2.5 s later. */
const CANCEL_WINDOW_MS = { SIGINT: 8_000, SIGTERM: 2_000 } as const;

async function run(): Promise<void> {
  const inputs = readActionInputs();
  // The images' tags: provenance (repository, commit, run…) and the `tags` input, checked now.
  const imageTags = runImageTags({ tagsInput: inputs.tagsText });
  for (const w of imageTags.warnings) core.warning(w);
  const result = await validateTemplate({
    path: inputs.template,
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    only: inputs.only,
    except: inputs.except,
    env: process.env,
    cwd: inputs.cwd,
    force: inputs.force,
    // Credentials are resolved when a build starts (inputs, OIDC, environment, profile), so
    // validating a template, for example on a pull request from a fork, needs none; a build's
    // missing credentials are reported by the credential chain, naming every source it tried.
    externalCredentials: true,
  });
  for (const secret of result.secrets ?? []) if (secret) core.setSecret(secret);
  annotate(result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const shown = workspacePath(inputs.template);
  if (!result.ok || inputs.validateOnly) {
    if (inputs.summary) await renderValidationSummary(shown, result);
    if (!result.ok) {
      core.setFailed(`${errors} error${errors === 1 ? "" : "s"} in ${shown}`);
      return;
    }
  }
  core.info(`${shown} is valid: ${result.builds.map((b) => `${b.name} (${b.type})`).join(", ")}`);
  if (inputs.validateOnly) return;
  if (result.prepared.length === 0)
    throw new InputError(`No builds to run in ${shown} (check 'only' and 'except')`);

  // Credentials (src/github/credentials.ts): one refreshing provider for the whole build, from
  // the inputs, the first build's access fields and the environment; the source and region are logged.
  const access = result.prepared[0]?.builder.config;
  const differs = result.prepared.some((b) =>
    (["accessKey", "profile", "sharedCredentialsFile", "ramRoleArn", "ramRoleName"] as const).some(
      (k) => b.builder.config[k] !== access?.[k],
    ),
  );
  if (differs)
    core.warning(
      `The builds name different credentials; image-build uses one set for all of them, those of build '${result.prepared[0].name}'`,
    );
  const credentials = await resolveActionCredentials(access);
  if (inputs.exportCredentials) await exportCredentials(credentials);
  await reportCallerIdentity(credentials);
  await build(inputs, result, credentials, imageTags.tags);
}

/** The workflow run, for the summary. */
function runContext(env = process.env): RunContext {
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

const describe = (e: LedgerEntry) => `${e.type} ${e.id} (${e.region})`;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function build(
  inputs: ActionInputs,
  v: ValidateResult,
  credentials: ResolvedCredentials,
  imageTags: Record<string, string>,
): Promise<void> {
  const ui = new GithubUi({
    grouped: v.prepared.length === 1,
    secrets: new Set((v.secrets ?? []).filter((s) => s !== "")),
  });
  const runId = newRunId();
  const endpoints = resolveEndpoints({
    endpoints: inputs.endpoints,
    env: process.env,
    customEndpointEcs: v.prepared[0]?.builder.config.customEndpointEcs,
  });
  saveRunStart(runId, buildRegions(v.prepared, credentials.region), { ...endpoints });
  const store = new LedgerStore();
  core.info(`Run ${runId}: every temporary resource is tagged image-build:run=${runId}`);

  // Cancellation: abort the engine on the first signal; exit when the runner's window closes.
  const ctl = new AbortController();
  let deadlineAt = Number.POSITIVE_INFINITY;
  let deadline: NodeJS.Timeout | undefined;
  const giveUp = () => {
    store.persist();
    const left = store.entries();
    ui.info(
      left.length > 0
        ? `The cancel window is closing: the post step deletes the ${left.length} resource(s) not deleted yet: ${left.map(describe).join(", ")}`
        : "The cancel window is closing; nothing is left to delete.",
    );
    core.setFailed(`The build was cancelled (run ${runId})`);
    process.exit(1);
  };
  const onSignal = (sig: keyof typeof CANCEL_WINDOW_MS) => {
    if (!ctl.signal.aborted) {
      const now = store.entries();
      ui.info(
        `Received ${sig}: cancelling the build${v.prepared.length === 1 ? "" : "s"} and deleting ${
          now.length > 0 ? `the temporary resources: ${now.map(describe).join(", ")}` : "whatever is created"
        }`,
      );
      ctl.abort(new Error(`The build was cancelled (${sig})`));
    } else {
      ui.info(`Received ${sig}: still cleaning up`);
    }
    const at = Date.now() + CANCEL_WINDOW_MS[sig];
    if (at < deadlineAt) {
      deadlineAt = at;
      if (deadline) clearTimeout(deadline);
      deadline = setTimeout(giveUp, CANCEL_WINDOW_MS[sig]);
    }
  };
  const handlers = (["SIGINT", "SIGTERM"] as const).map((sig) => {
    const h = () => onSignal(sig);
    process.on(sig, h);
    return [sig, h] as const;
  });

  let r: RunBuildsResult;
  try {
    r = await runBuilds(v.prepared, {
      ui,
      signal: ctl.signal,
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
      imageTags,
    });
  } finally {
    ui.close();
  }
  const cancelled = ctl.signal.aborted;
  store.persist();
  const left = store.entries();
  if (left.length === 0) core.saveState(STATE_KEYS.finished, "clean");
  else if (inputs.onError === "abort" && !cancelled) core.saveState(STATE_KEYS.finished, "abort");

  // Outputs and manifest (of the builds that succeeded, also when others failed).
  const outputs = buildOutputs(r.builds);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  let manifestPath: string | undefined;
  if (r.builds.some((b) => succeeded(b) && b.artifact)) {
    try {
      await writeManifest(inputs.manifest, r.builds, { runId, force: inputs.force });
      manifestPath = inputs.manifest;
      core.setOutput("manifest", manifestPath);
    } catch (err) {
      core.warning(`Could not write the manifest ${inputs.manifest}: ${messageOf(err)}`);
    }
  }
  for (const b of r.builds) {
    if (b.status === "succeeded" && Object.keys(b.images).length > 0)
      core.info(
        `Build '${b.name}'${b.reused ? " reused" : " created"}: ${Object.entries(b.images)
          .map(([reg, id]) => `${reg}: ${id}`)
          .join(", ")}`,
      );
    if (b.leftBehind.length > 0)
      core.warning(
        inputs.onError === "abort" && !cancelled
          ? `Build '${b.name}' left ${b.leftBehind.length} resource(s) behind (on-error: abort): ${b.leftBehind.map(describe).join(", ")}. Delete them when done.`
          : `Build '${b.name}' could not delete ${b.leftBehind.length} resource(s): ${b.leftBehind.map(describe).join(", ")}; the post step tries again.`,
      );
  }

  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
    try {
      const md = renderBuildSummary({
        templatePath: workspacePath(inputs.template),
        result: r,
        run: runContext(),
        ...(manifestPath ? { manifestPath: workspacePath(manifestPath) } : {}),
        cancelled,
      });
      await core.summary.addRaw(ui.clean(md).join("\n")).write();
    } catch (err) {
      core.warning(`Could not write the job summary: ${messageOf(err)}`);
    }
  }

  for (const [sig, h] of handlers) process.off(sig, h);
  if (deadline) clearTimeout(deadline);
  if (cancelled) {
    core.setFailed(`The build was cancelled (run ${runId})`);
    process.exit(1);
  }
  if (!r.ok) {
    const failed = r.builds.filter((b) => !succeeded(b));
    const why = (b: (typeof failed)[number]) =>
      b.status !== "succeeded"
        ? `${b.failedStep ? `step "${b.failedStep}": ` : ""}${messageOf(b.error)}`
        : `post-processor: ${b.postProcessors.find((p) => p.status === "failed")?.error ?? "failed"}`;
    core.setFailed(
      ui
        .clean(
          failed.length === 1 && r.builds.length === 1
            ? `Build '${failed[0].name}' failed in ${why(failed[0])}`
            : `${failed.length} of ${r.builds.length} builds failed:\n${failed.map((b) => `- ${b.name}: ${why(b)}`).join("\n")}`,
        )
        .join("\n"),
    );
  }
}

run()
  .catch((err: unknown) => {
    if (
      err instanceof InputError ||
      err instanceof CredentialsError ||
      err instanceof CloudApiError ||
      err instanceof NetworkError
    )
      core.setFailed(err.message);
    else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err));
  })
  // Exit now: an open handle (an SSH session that on-error=abort leaves open, an HTTP keep-alive
  // socket) must not keep the step running after its work is done.
  .finally(() => process.exit());
