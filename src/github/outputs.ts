/**
 * The action's outputs, computed from the builds' results (pure, so tests check the exact values):
 *
 * - `image-id`: the image in the source region of the first successful build (template order).
 * - `image-ids`: JSON object region → image id over every successful build (when two builds write
 *   to the same region, the first build's image is given; `builds` has every one).
 * - `artifact-id`: Packer's artifact id of the first successful build: `region:id` pairs, sorted,
 *   comma-joined (`cn-beijing:m-a,cn-hangzhou:m-b`).
 * - `builds`: JSON list, one entry per build in template order:
 *   `{"name","status","images":{region:id},"artifact_id","duration","reused"}`, `duration` in
 *   seconds (one decimal), `status` succeeded | failed | cancelled; with checkpoints also
 *   `"checkpoints":{"resumed_from":{"image_id","after","skipped":[positions]},"taken":[{"after","image_id"}],"failed":[{"after","error"}]}`.
 * - `manifest`: the path of the Packer-compatible manifest (set by the caller, when written).
 * - `reused`: `true` when every successful build reused an existing image (nothing was built).
 */
import type { BuildResult } from "../engine/build.js";

/** One entry of the `builds` output. */
export interface BuildOutput {
  name: string;
  status: string;
  images: Record<string, string>;
  artifact_id: string;
  duration: number;
  reused: boolean;
  checkpoints?: {
    resumed_from?: { image_id: string; after: number; skipped: number[] };
    taken: { after: number; image_id: string }[];
    failed: { after: number; error: string }[];
    refused?: string;
  };
}

/** A build that produced images and whose post-processors all succeeded. */
export function succeeded(b: BuildResult): boolean {
  return b.status === "succeeded" && b.postProcessors.every((p) => p.status === "succeeded");
}

/** Packer's artifact id of a build's images. */
export function artifactIdOf(images: Record<string, string>): string {
  return Object.entries(images)
    .map(([r, i]) => `${r}:${i}`)
    .sort()
    .join(",");
}

/** A build's checkpoints as the `builds` output shows them. */
function checkpointsOutput(c: NonNullable<BuildResult["checkpoints"]>): BuildOutput["checkpoints"] {
  const r = c.resumedFrom;
  return {
    ...(r
      ? { resumed_from: { image_id: r.imageId, after: r.after, skipped: r.skipped.map((s) => s.position) } }
      : {}),
    taken: c.taken.map((t) => ({ after: t.after, image_id: t.imageId })),
    failed: c.failed.map((f) => ({ after: f.after, error: f.error })),
    ...(c.refused ? { refused: c.refused } : {}),
  };
}

/** The outputs (names → values) for the builds' results; image outputs are empty when nothing succeeded. */
export function buildOutputs(builds: BuildResult[]): Record<string, string> {
  const ok = builds.filter((b) => succeeded(b) && Object.keys(b.images).length > 0);
  const first = ok[0];
  const imageIds: Record<string, string> = {};
  for (const b of ok) for (const [r, id] of Object.entries(b.images)) if (!(r in imageIds)) imageIds[r] = id;
  const list: BuildOutput[] = builds.map((b) => ({
    name: b.name,
    status: b.status === "succeeded" && !succeeded(b) ? "failed" : b.status,
    images: { ...b.images },
    artifact_id: artifactIdOf(b.images),
    duration: Math.round(b.durationMs / 100) / 10,
    reused: b.reused === true,
    ...(b.checkpoints ? { checkpoints: checkpointsOutput(b.checkpoints) } : {}),
  }));
  return {
    "image-id": first ? (first.images[first.region] ?? Object.values(first.images)[0] ?? "") : "",
    "image-ids": JSON.stringify(imageIds),
    "artifact-id": first ? artifactIdOf(first.images) : "",
    builds: JSON.stringify(list),
    reused: String(ok.length > 0 && ok.every((b) => b.reused === true)),
  };
}
