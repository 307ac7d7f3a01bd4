/**
 * Checkpoints, as the engine plans them (docs/incremental.md): the refs a user gives
 * (`-checkpoint=<ref>`, the action's `checkpoint` input) become provisioner positions of each
 * build; each position gets its prefix fingerprint (`prefix-fingerprint.ts`); when resuming is on,
 * the deepest checkpoint whose image exists (own, Available, tagged with that fingerprint and the
 * final mark, in the build region: the builder's `reuse.findCheckpoint`) is where the build
 * starts, and the provisioners before it are skipped. The builder takes the checkpoints.
 */
import type { PreparedBuild } from "../builders/builder.js";
import type { CheckpointPlan, CheckpointReport, SkippedProvisioner } from "../builders/checkpoints.js";
import type { Cloud } from "../cloud/cloud.js";
import type { Ui } from "../ui/ui.js";
import type { FingerprintOptions, FingerprintSource } from "./fingerprint.js";
import { prefixFingerprints } from "./prefix-fingerprint.js";

/** The `checkpoints` option of runBuilds. */
export interface CheckpointOptions {
  /** Refs as given: a 1-based position, a provisioner's `name`, or a type only one provisioner has. */
  refs: string[];
  /** Start from the deepest existing checkpoint (default true; `-no-resume`: false). */
  resume?: boolean;
  /** The variables as supplied (what the prefix fingerprints cover), when `reuse` does not give them. */
  source?: FingerprintSource;
}

/** A provisioner's `name` when it has one (HCL2 blocks; a JSON object's `name` key). */
export function provisionerName(p: PreparedBuild["provisioners"][number]): string | undefined {
  const m = p.source.node.members.find((x) => x.key === "name");
  return m?.value.kind === "string" && m.value.value !== "" ? m.value.value : undefined;
}

/** `1: shell "base"`, for lists in messages. */
function describeProvisioner(p: PreparedBuild["provisioners"][number], position: number): string {
  const name = provisionerName(p);
  return `${position}: ${p.config.type}${name ? ` "${name}"` : ""}`;
}

/** A bad `-checkpoint` ref: the message names the ref and lists the build's provisioners. */
export class CheckpointRefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckpointRefError";
  }
}

/**
 * The positions (sorted, unique) the refs name in a build; throws {@link CheckpointRefError}
 * naming the ref and listing the build's provisioners.
 */
export function checkpointPositions(build: PreparedBuild, refs: readonly string[]): number[] {
  const ps = build.provisioners;
  const list = () =>
    ps.length === 0
      ? "it has no provisioners"
      : `its provisioners: ${ps.map((p, i) => describeProvisioner(p, i + 1)).join(", ")}`;
  const bad = (ref: string, why: string) =>
    new CheckpointRefError(`checkpoint "${ref}" of build '${build.name}': ${why}; ${list()}`);
  const out = new Set<number>();
  for (const raw of refs) {
    const ref = raw.trim();
    let position: number;
    if (/^\d+$/.test(ref)) {
      position = Number(ref);
      if (position < 1 || position > ps.length) throw bad(ref, `there is no provisioner ${ref}`);
    } else {
      const byName = ps.flatMap((p, i) => (provisionerName(p) === ref ? [i + 1] : []));
      const byType = ps.flatMap((p, i) => (p.config.type === ref ? [i + 1] : []));
      if (byName.length === 1) position = byName[0];
      else if (byName.length > 1) throw bad(ref, `${byName.length} provisioners are named so`);
      else if (byType.length === 1) position = byType[0];
      else if (byType.length > 1)
        throw bad(ref, `${byType.length} provisioners have this type: name one by its position`);
      else throw bad(ref, "no provisioner has this name or type");
    }
    if (position === ps.length)
      throw bad(
        ref,
        `it names the last provisioner (${position}), and a checkpoint after the last one is the final image itself`,
      );
    out.add(position);
  }
  return [...out].sort((a, b) => a - b);
}

/** Checks the refs against every build before any cloud call: the first error's message, or undefined. */
export function checkpointRefsError(
  builds: readonly PreparedBuild[],
  refs: readonly string[],
): string | undefined {
  if (refs.length === 0) return undefined;
  for (const b of builds) {
    try {
      checkpointPositions(b, refs);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }
  return undefined;
}

/** Splits the action input / repeated flags: one ref a line or comma-separated, blanks dropped. */
export function checkpointRefs(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(/[\n,]/))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** What {@link planCheckpoints} decided for one build. */
export interface PlannedCheckpoints {
  /** For the builder (absent: the build takes no checkpoint and starts as written). */
  plan?: CheckpointPlan;
  /** For the result: what it resumed from and skipped, or why it takes none. */
  report: CheckpointReport;
}

/** Options of {@link planCheckpoints}. */
export interface PlanCheckpointsOptions extends Omit<FingerprintOptions, "sourceImage" | "region"> {
  positions: number[];
  resume: boolean;
  /** The source image resolved (an image family to its current image). */
  sourceImage: string;
  ui: Ui;
  signal?: AbortSignal;
}

/**
 * The checkpoints of a build: their prefix fingerprints and, when resuming, the deepest one whose
 * image exists. A failed lookup is said and the build starts from scratch; cancellation rethrows.
 */
export async function planCheckpoints(
  build: PreparedBuild,
  cloud: Cloud,
  o: PlanCheckpointsOptions,
): Promise<PlannedCheckpoints> {
  const { ui } = o;
  const prefix = await prefixFingerprints(build, o.positions, {
    template: o.template,
    source: o.source,
    cwd: o.cwd,
    env: o.env,
    secrets: o.secrets,
    sourceImage: o.sourceImage,
    region: cloud.region,
  });
  if (prefix.refused) {
    ui.error(`Warning: this build takes no checkpoints: ${prefix.refused}`);
    return { report: { taken: [], failed: [], refused: prefix.refused } };
  }
  const plan: CheckpointPlan = { at: prefix.fingerprints };
  const report: CheckpointReport = { taken: [], failed: [] };
  if (!o.resume) {
    ui.message("Resuming from a checkpoint is disabled: running every provisioner");
    return { plan, report };
  }
  const deepestFirst = [...prefix.fingerprints.keys()].sort((a, b) => b - a);
  for (const after of deepestFirst) {
    let imageId: string | undefined;
    try {
      imageId = await build.builder.plugin.reuse.findCheckpoint(
        cloud,
        prefix.fingerprints.get(after) as string,
        o.signal,
      );
    } catch (err) {
      if (o.signal?.aborted) throw err;
      ui.error(
        `Warning: could not look for the checkpoint after provisioner ${after}: ${err instanceof Error ? err.message : String(err)}`,
      );
      continue;
    }
    if (!imageId) continue;
    const total = build.provisioners.length;
    const skipped: SkippedProvisioner[] = build.provisioners.slice(0, after).map((p, i) => {
      const name = provisionerName(p);
      return { position: i + 1, type: p.config.type, ...(name ? { name } : {}) };
    });
    const at = build.provisioners[after - 1];
    ui.say(
      `Resuming from checkpoint ${imageId} (after provisioner ${after} of ${total}: ${provisionerName(at) ?? at.config.type}); skipped ${after} provisioner${after === 1 ? "" : "s"}`,
    );
    plan.resume = { imageId, after };
    // Checkpoints at or before it are not taken again.
    for (const n of [...plan.at.keys()]) if (n <= after) plan.at.delete(n);
    report.resumedFrom = { imageId, after, skipped };
    return { plan, report };
  }
  ui.message(
    `No checkpoint image for ${deepestFirst.length === 1 ? "this prefix" : "these prefixes"}: running every provisioner`,
  );
  return { plan, report };
}
