/**
 * What the main step does with the builds' results: the ledger's outcome for the post step, the
 * outputs and the manifest (of the builds that succeeded, also when others failed), a log line per
 * build, and the text the step fails with.
 */
import * as core from "@actions/core";
import type { RunBuildsResult } from "../engine/build.js";
import { describeEntry } from "./cancel-window.js";
import type { ActionInputs } from "./inputs.js";
import { writeManifest } from "./manifest.js";
import { buildOutputs, succeeded } from "./outputs.js";
import { type LedgerStore, STATE_KEYS } from "./run-state.js";

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Saves the ledger once more and tells the post step how the step ended: `clean` (nothing left),
 * `abort` (what is left is kept on purpose, on-error=abort); nothing when it must sweep.
 */
export function saveOutcome(store: LedgerStore, keptOnPurpose: boolean): void {
  store.persist();
  if (store.entries().length === 0) core.saveState(STATE_KEYS.finished, "clean");
  else if (keptOnPurpose) core.saveState(STATE_KEYS.finished, "abort");
}

/** Sets the outputs and writes the manifest; the manifest's path when it was written. */
export async function publishOutputs(
  r: RunBuildsResult,
  inputs: Pick<ActionInputs, "manifest" | "force">,
  runId: string,
): Promise<string | undefined> {
  for (const [name, value] of Object.entries(buildOutputs(r.builds))) core.setOutput(name, value);
  if (!r.builds.some((b) => succeeded(b) && b.artifact)) return undefined;
  try {
    await writeManifest(inputs.manifest, r.builds, { runId, force: inputs.force });
    core.setOutput("manifest", inputs.manifest);
    return inputs.manifest;
  } catch (err) {
    core.warning(`Could not write the manifest ${inputs.manifest}: ${messageOf(err)}`);
    return undefined;
  }
}

/** A log line per build with images, a warning per build that left resources behind. */
export function logBuilds(r: RunBuildsResult, keptOnPurpose: boolean): void {
  for (const b of r.builds) {
    if (b.status === "succeeded" && Object.keys(b.images).length > 0)
      core.info(
        `Build '${b.name}'${b.reused ? " reused" : " created"}: ${Object.entries(b.images)
          .map(([reg, id]) => `${reg}: ${id}`)
          .join(", ")}`,
      );
    for (const f of b.checkpoints?.failed ?? [])
      core.warning(`Build '${b.name}': the checkpoint after provisioner ${f.after} failed: ${f.error}`);
    if (b.leftBehind.length > 0)
      core.warning(
        keptOnPurpose
          ? `Build '${b.name}' left ${b.leftBehind.length} resource(s) behind (on-error: abort): ${b.leftBehind.map(describeEntry).join(", ")}. Delete them when done.`
          : `Build '${b.name}' could not delete ${b.leftBehind.length} resource(s): ${b.leftBehind.map(describeEntry).join(", ")}; the post step tries again.`,
      );
  }
}

/** What the step fails with when a build failed (its step and error, or its post-processor's). */
export function failureText(r: RunBuildsResult): string {
  const failed = r.builds.filter((b) => !succeeded(b));
  const why = (b: (typeof failed)[number]) =>
    b.status !== "succeeded"
      ? `${b.failedStep ? `step "${b.failedStep}": ` : ""}${messageOf(b.error)}`
      : `post-processor: ${b.postProcessors.find((p) => p.status === "failed")?.error ?? "failed"}`;
  return failed.length === 1 && r.builds.length === 1
    ? `Build '${failed[0].name}' failed in ${why(failed[0])}`
    : `${failed.length} of ${r.builds.length} builds failed:\n${failed.map((b) => `- ${b.name}: ${why(b)}`).join("\n")}`;
}
