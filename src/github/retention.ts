/**
 * The action's retention (`keep-images`): after the builds, when every build succeeded and the run
 * was not cancelled, prunes each build that made an image through the engine (src/engine/prune.ts):
 * the images this run built or reused are never deleted (they count as the newest). A failed
 * lookup or deletion is a warning, never a failed job. Sets the `pruned` output (JSON list of the
 * deleted image ids) and writes the summary section.
 */
import * as core from "@actions/core";
import type { PreparedBuild } from "../builders/builder.js";
import type { CredentialProvider } from "../cloud/clients.js";
import { Cloud } from "../cloud/cloud.js";
import type { RunBuildsResult } from "../engine/build.js";
import { type PruneBuildsResult, pruneBuilds } from "../engine/prune.js";
import type { Ui } from "../ui/ui.js";
import { renderRetentionSummary } from "./summary/retention.js";

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** What retention needs from the main step. */
export interface RetentionRun {
  keep: number | undefined;
  templateId: string;
  prepared: PreparedBuild[];
  result: RunBuildsResult;
  cancelled: boolean;
  credentials: { credential: CredentialProvider; region: string };
  endpoints?: { ecs?: string; vpc?: string };
  ui: Ui;
  signal?: AbortSignal;
}

/** Prunes after a successful run; undefined when retention is off or skipped. */
export async function runRetention(o: RetentionRun): Promise<PruneBuildsResult | undefined> {
  if (o.keep === undefined) return undefined;
  if (o.cancelled || !o.result.ok) {
    core.info(
      `Retention (keep-images: ${o.keep}) skipped: the run ${o.cancelled ? "was cancelled" : "did not succeed"}`,
    );
    return undefined;
  }
  const done = new Set(o.result.builds.filter((b) => b.status === "succeeded").map((b) => b.name));
  const builds = o.prepared.filter((b) => done.has(b.name));
  const protect = o.result.builds.flatMap((b) => Object.values(b.images));
  let r: PruneBuildsResult;
  try {
    r = await pruneBuilds(builds, {
      templateId: o.templateId,
      keep: o.keep,
      protect,
      ui: o.ui,
      signal: o.signal,
      cloudFor: (b) =>
        new Cloud({
          credential: o.credentials.credential,
          region: b.builder.config.region || o.credentials.region,
          env: process.env,
          endpoints: o.endpoints,
          customEndpointEcs: b.builder.config.customEndpointEcs,
          ui: o.ui,
        }),
    });
  } catch (err) {
    core.warning(`Retention (keep-images) failed: ${messageOf(err)}`);
    return undefined;
  }
  for (const b of r.builds) if (b.error) core.warning(`Retention of build '${b.build}' failed: ${b.error}`);
  for (const i of r.builds.flatMap((b) => b.images)) {
    if (i.outcome === "failed")
      core.warning(`Retention could not delete image ${i.imageId} (${i.region}): ${i.reason ?? ""}`);
    for (const s of i.snapshots)
      if (s.outcome === "failed")
        core.warning(`Retention could not delete snapshot ${s.id} of image ${i.imageId}: ${s.detail ?? ""}`);
  }
  const deleted = r.builds.flatMap((b) =>
    b.images.filter((i) => i.outcome === "deleted").map((i) => i.imageId),
  );
  core.setOutput("pruned", JSON.stringify(deleted));
  core.info(
    `Retention: ${deleted.length} image(s) deleted${deleted.length ? `: ${deleted.join(", ")}` : ""}`,
  );
  return r;
}

/** Appends the retention section to the job summary (nothing without `GITHUB_STEP_SUMMARY`). */
export async function writeRetentionSummary(
  r: PruneBuildsResult,
  clean: (text: string) => string[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(clean(renderRetentionSummary(r)).join("\n")).write();
  } catch (err) {
    core.warning(`Could not write the retention summary: ${messageOf(err)}`);
  }
}
