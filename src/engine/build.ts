/**
 * `runBuilds`: runs the prepared builds of a template, in parallel (`-parallel-builds`, 0 =
 * unlimited), each with its own prefixed Ui, cloud clients and call accounting, then each build's
 * post-processors. The result lists every build's outcome; the run succeeded only when all did.
 */
import { randomUUID } from "node:crypto";
import { homedir } from "node:os";
import type { PreparedBuild } from "../builders/builder.js";
import type { ProvisioningHooks } from "../builders/hooks.js";
import { BASE_TAG } from "../builders/reuse.js";
import type { CredentialProvider } from "../cloud/clients.js";
import { Cloud } from "../cloud/cloud.js";
import type { RetryPolicy } from "../cloud/retry.js";
import { runTags } from "../cloud/tags.js";
import { type CredentialInputs, resolveCredentials, templateAccessOf } from "../credentials/index.js";
import { stepFailure } from "../pipeline/failure.js";
import type { ResourceLedger } from "../pipeline/ledger.js";
import type { OnError, StepRecord } from "../pipeline/runner.js";
import type { Template } from "../template/model.js";
import { prefixedUi } from "../ui/prefixed.js";
import type { Ui } from "../ui/ui.js";
import {
  type CheckpointOptions,
  checkpointPositions,
  type PlannedCheckpoints,
  planCheckpoints,
} from "./checkpoints.js";
import type { BuildResult, PostProcessFn, PostProcessorOutcome } from "./outcomes.js";
import { postProcessor } from "./post-process.js";
import { provisioningHooks } from "./provisioning.js";
import { checkReuse, FINGERPRINT_TAG, type ReuseCheck, type ReuseOptions, reusedResult } from "./reuse.js";
import { retentionTags } from "./template-identity.js";

/** Options of {@link runBuilds}. */
export interface RunBuildsOptions {
  /** Where every build reports (each build gets a `name: ` prefixed view of it). */
  ui: Ui;
  /** Cancellation (SIGINT/SIGTERM): every build stops and cleans up. */
  signal?: AbortSignal;
  /** `-on-error`; default cleanup. */
  onError?: OnError;
  /** At most this many builds at once; 0 or undefined = unlimited. */
  parallelBuilds?: number;
  /** `-force` (already applied to the configs by prepare; passed on to post-processors). */
  force?: boolean;
  /** Tags every temporary resource (`image-build:run`); default a new UUID. */
  runId?: string;
  /** The loaded template (interpolation context of provisioners and post-processors). */
  template?: Template;
  /** Environment: credentials and `IMAGE_BUILD_*_ENDPOINT` overrides; default process.env. */
  env?: Record<string, string | undefined>;
  /** Working directory (relative key and script paths); default process.cwd(). */
  cwd?: string;
  /** Home directory (CLI profiles); default os.homedir(). */
  home?: string;
  /** Registers a secret with the output masker. */
  mask?: (secret: string) => void;
  /** The action's credential inputs (OIDC, keys, role). */
  credentialInputs?: CredentialInputs;
  /** Fetches a GitHub OIDC token (the action passes core.getIDToken). */
  getIdToken?: (audience: string) => Promise<string>;
  /**
   * Credentials already resolved (the action resolves one set for every build); default: each
   * build's are resolved from its template fields, `credentialInputs` and the environment.
   */
  credentials?: { credential: CredentialProvider; region: string; source?: string };
  /** Explicit endpoint overrides (action inputs); `IMAGE_BUILD_*_ENDPOINT` in `env` otherwise. */
  endpoints?: { ecs?: string; vpc?: string; protocol?: string };
  /** The cloud of a build (tests, or a front end with its own credentials); default: resolveCredentials. */
  cloudFor?: (build: PreparedBuild, ui: Ui) => Promise<Cloud>;
  /** Retry policy overrides of every call. */
  retryPolicy?: Partial<RetryPolicy>;
  /** The ledger of a build (the action persists it); default a new one per build. */
  ledgerFor?: (build: PreparedBuild) => ResourceLedger;
  /** Connect and provision; default the SSH communicator and the template's provisioners. */
  provisioning?: ProvisioningHooks;
  /** Default: the template's post-processors (manifest, shell-local). */
  postProcess?: PostProcessFn;
  /** Values to mask in command output. */
  secrets?: string[];
  abortGraceMs?: number;
  /**
   * Tags of every image, image copy and their snapshots, over the template's `tags` (these win):
   * provenance and the user's own. Checked against Alibaba Cloud's rules before any call.
   */
  imageTags?: Record<string, string>;
  /**
   * The template identity (src/engine/template-identity.ts): with it, every image carries
   * `image-build:template` and `image-build:build` (the build name), retention's scope.
   */
  templateId?: string;
  /**
   * Fingerprint the builds (tag `image-build:fingerprint`) and, when `enabled`, reuse an existing
   * image with the same fingerprint instead of building. Default: neither (Packer's behaviour).
   */
  reuse?: ReuseOptions;
  /**
   * Checkpoints after the provisioners the refs name, and resuming from the deepest one that
   * exists (unless `resume: false` or `reuse.enabled` is false). Needs `template`.
   */
  checkpoints?: CheckpointOptions;
}

/** The result of {@link runBuilds}. */
export interface RunBuildsResult {
  runId: string;
  builds: BuildResult[];
  /** True when every build (and its post-processors) succeeded. */
  ok: boolean;
  /** 0 when every build succeeded, 1 otherwise. */
  exitCode: number;
  durationMs: number;
}

/** Runs `fn` over `items` with at most `limit` at once (0 = all at once), keeping the order of results. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  const width = limit > 0 ? Math.min(limit, items.length) : items.length;
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/** The default cloud of a build: its credentials resolved from the template and the environment. */
function defaultCloudFor(opts: RunBuildsOptions): (build: PreparedBuild, ui: Ui) => Promise<Cloud> {
  const env = opts.env ?? process.env;
  const cache = new Map<string, ReturnType<typeof resolveCredentials>>();
  return async (build, ui) => {
    const c = build.builder.config;
    const template = templateAccessOf(c);
    if (opts.credentials) {
      return new Cloud({
        credential: opts.credentials.credential,
        region: c.region || opts.credentials.region,
        env: env as NodeJS.ProcessEnv,
        endpoints: opts.endpoints,
        customEndpointEcs: c.customEndpointEcs,
        ui,
        policy: opts.retryPolicy,
      });
    }
    const key = JSON.stringify(template);
    let pending = cache.get(key);
    if (!pending) {
      pending = resolveCredentials({
        inputs: opts.credentialInputs,
        template,
        env,
        home: opts.home ?? env.HOME ?? homedir(),
        mask: opts.mask ?? (() => {}),
        getIdToken: opts.getIdToken,
      });
      cache.set(key, pending);
    }
    const resolved = await pending;
    ui.message(`Using credentials from ${resolved.source}`);
    return new Cloud({
      credential: resolved.credential,
      region: c.region || resolved.region,
      env: env as NodeJS.ProcessEnv,
      endpoints: opts.endpoints,
      customEndpointEcs: c.customEndpointEcs,
      ui,
      policy: opts.retryPolicy,
    });
  };
}

export type { ProvisioningHooks } from "../builders/hooks.js";
export type { BuildResult, PostProcessFn, PostProcessorOutcome } from "./outcomes.js";

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs every build; never throws for a failed build (see each result's status). */
export async function runBuilds(prepared: PreparedBuild[], opts: RunBuildsOptions): Promise<RunBuildsResult> {
  const started = performance.now();
  const runId = opts.runId ?? randomUUID();
  const signal = opts.signal ?? new AbortController().signal;
  const cloudFor = opts.cloudFor ?? defaultCloudFor(opts);
  const postProcess = opts.postProcess ?? postProcessor({ cwd: opts.cwd ?? process.cwd() });
  const provisioning =
    opts.provisioning ??
    provisioningHooks({
      template: opts.template,
      runId,
      cwd: opts.cwd ?? process.cwd(),
      env: opts.env ?? process.env,
    });

  const builds = await mapLimit(prepared, opts.parallelBuilds ?? 0, async (build): Promise<BuildResult> => {
    const ui = prefixedUi(opts.ui, build.name);
    const t0 = performance.now();
    const { config, plugin } = build.builder;
    // No image, nothing to fingerprint or reuse (skip_create_image).
    const reuse =
      opts.reuse && opts.template && plugin.overview(config).createsImage ? opts.reuse : undefined;
    const imageTags = {
      ...opts.imageTags,
      ...(opts.templateId ? retentionTags(opts.templateId, build.name) : {}),
    };
    // Checkpoint refs are checked before any cloud call.
    let positions: number[] = [];
    try {
      if (opts.checkpoints && opts.template && opts.checkpoints.refs.length > 0) {
        if (plugin.overview(config).createsImage)
          positions = checkpointPositions(build, opts.checkpoints.refs);
        else ui.message("No checkpoints: this build makes no image");
      }
    } catch (err) {
      ui.error(`Build '${build.name}' errored: ${messageOf(err)}`);
      return failedBeforeStart(build, err, performance.now() - t0, "checkpoints");
    }
    // A checkpoint image carries the checkpoint tag and the final mark, as a fingerprinted one does.
    const tagError = plugin.checkImageTags(
      config,
      positions.length > 0 ? { ...imageTags, ...CHECKPOINT_TAG_ROOM } : imageTags,
      reuse !== undefined || positions.length > 0,
    );
    if (tagError) {
      ui.error(`Build '${build.name}' errored: ${tagError.message}`);
      return failedBeforeStart(build, tagError, performance.now() - t0, "image tags");
    }
    let cloud: Cloud;
    try {
      if (signal.aborted) throw signal.reason ?? new Error("cancelled");
      cloud = await cloudFor(build, ui);
    } catch (err) {
      const failure = signal.aborted ? err : stepFailure("credentials", err);
      ui.error(`Build '${build.name}' errored: ${messageOf(failure)}`);
      return failedBeforeStart(build, failure, performance.now() - t0);
    }
    let check: ReuseCheck | undefined;
    if (reuse && opts.template) {
      try {
        check = await checkReuse(build, cloud, {
          reuse,
          template: opts.template,
          cwd: opts.cwd ?? process.cwd(),
          env: opts.env,
          secrets: opts.secrets,
          ui,
          signal,
        });
      } catch (err) {
        // Only a cancellation gets here.
        ui.error(`Build '${build.name}' was cancelled`);
        return {
          ...failedBeforeStart(build, err, performance.now() - t0, "reuse check"),
          status: "cancelled",
        };
      }
    }
    const { reusable, fingerprint: fp } = check ?? {};
    if (check && reusable && fp) {
      if (reusable.via === "tags") await remember(reuse?.store, fp, reusable.images, ui);
      const found = { ...check, reusable, fingerprint: fp };
      return finish(build, reusedResult(build, cloud, found, performance.now() - t0), ui);
    }
    const fingerprint = check?.fingerprint;
    let planned: PlannedCheckpoints | undefined;
    if (positions.length > 0 && opts.checkpoints && opts.template) {
      try {
        const sourceImage = check?.sourceImage ?? (await plugin.reuse.sourceImage(cloud, config, signal));
        planned = await planCheckpoints(build, cloud, {
          positions,
          resume: opts.checkpoints.resume !== false && opts.reuse?.enabled !== false,
          template: opts.template,
          source: opts.reuse ?? opts.checkpoints.source,
          cwd: opts.cwd ?? process.cwd(),
          env: opts.env,
          secrets: opts.secrets,
          sourceImage,
          ui,
          signal,
        });
      } catch (err) {
        if (signal.aborted) {
          ui.error(`Build '${build.name}' was cancelled`);
          return {
            ...failedBeforeStart(build, err, performance.now() - t0, "checkpoint lookup"),
            status: "cancelled",
          };
        }
        // The build goes on without checkpoints (it fails on its own if the source image is bad).
        ui.error(`Warning: no checkpoints for this build: ${messageOf(err)}`);
      }
    }
    const result = await plugin.run(build, {
      cloud,
      ui,
      runId,
      cwd: opts.cwd,
      signal,
      onError: opts.onError,
      ledger: opts.ledgerFor?.(build),
      hooks: provisioning,
      secrets: opts.secrets,
      mask: opts.mask,
      abortGraceMs: opts.abortGraceMs,
      imageTags: { ...imageTags, ...(fingerprint ? { [FINGERPRINT_TAG]: fingerprint } : {}) },
      ...(planned?.plan ? { checkpoints: planned.plan } : {}),
    });
    const steps: StepRecord[] = check ? [check.step, ...result.steps] : result.steps;
    const withCheckpoints = planned
      ? {
          ...result,
          checkpoints: {
            ...planned.report,
            taken: result.checkpoints?.taken ?? [],
            failed: result.checkpoints?.failed ?? [],
          },
        }
      : result;
    const withReuse = check
      ? {
          ...withCheckpoints,
          steps,
          durationMs: result.durationMs + check.step.durationMs,
          reused: false,
          fingerprint,
        }
      : withCheckpoints;
    if (result.status !== "succeeded") {
      ui.error(
        `Build '${build.name}' ${result.status === "cancelled" ? "was cancelled" : `errored: ${messageOf(result.error)}`}`,
      );
      return { ...withReuse, postProcessors: [] };
    }
    if (fingerprint && Object.keys(result.images).length > 0) {
      await remember(reuse?.store, fingerprint, result.images, ui);
    }
    return finish(build, withReuse, ui);
  });

  /** Runs a succeeded build's post-processors and says how the build ended. */
  async function finish(
    build: PreparedBuild,
    result: Omit<BuildResult, "postProcessors">,
    ui: Ui,
  ): Promise<BuildResult> {
    let postProcessors: PostProcessorOutcome[] = [];
    if (result.artifact && build.postProcessors.length > 0) {
      try {
        postProcessors = await postProcess(build, result, {
          ui,
          signal,
          runId,
          force: opts.force ?? false,
          template: opts.template,
        });
      } catch (err) {
        postProcessors = [{ type: "post-processor", status: "failed", durationMs: 0, error: messageOf(err) }];
      }
    }
    const ppFailed = postProcessors.find((p) => p.status === "failed");
    if (ppFailed) ui.error(`Build '${build.name}' errored: ${ppFailed.error ?? "post-processor failed"}`);
    else ui.say(`Build '${build.name}' finished.`);
    return { ...result, postProcessors };
  }

  const ok =
    builds.length > 0 &&
    builds.every((b) => b.status === "succeeded" && b.postProcessors.every((p) => p.status === "succeeded"));
  return { runId, builds, ok, exitCode: ok ? 0 : 1, durationMs: performance.now() - started };
}

/**
 * Room the checkpoint tags take on images and snapshots, for the tag count: the base checkpoint
 * (`image-build:base`), and the run's tags on a checkpoint's snapshot (its image carries the
 * checkpoint tag and the final mark where a final image carries the fingerprint and the mark).
 */
const CHECKPOINT_TAG_ROOM = { [BASE_TAG]: "m-0", ...runTags("run", "build") };

/** Remembers a fingerprint's images in the store; a store that fails only says so. */
async function remember(
  store: ReuseOptions["store"],
  fingerprint: string,
  images: Record<string, string>,
  ui: Ui,
): Promise<void> {
  if (!store) return;
  try {
    await store.set(fingerprint, images);
  } catch (err) {
    ui.message(`Could not remember the image for reuse: ${messageOf(err)}`);
  }
}

function failedBeforeStart(
  build: PreparedBuild,
  err: unknown,
  durationMs: number,
  failedStep = "credentials",
): BuildResult {
  const { config, plugin } = build.builder;
  return {
    name: build.name,
    status: "failed",
    error: err,
    failedStep,
    region: config.region,
    images: {},
    details: plugin.details(config),
    steps: [],
    calls: [],
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    postProcessors: [],
    durationMs,
  };
}
