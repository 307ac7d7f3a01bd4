/**
 * The action's manifest (the `manifest` output): the file Packer's manifest post-processor writes,
 * in the same format and with the same rules (src/post-processors/manifest): one record per
 * successful build appended to `builds`, `last_run_uuid` set to the run id, the file reset first
 * under `force` when its last run is another one. A build whose own manifest post-processor
 * already wrote this very file is not recorded twice.
 */
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { BuildResult } from "../engine/build.js";
import { runManifestPostProcessor } from "../post-processors/manifest/run.js";
import { succeeded } from "./outputs.js";

/** Writes the manifest of the successful builds to `path` (absolute); returns how many were recorded. */
export async function writeManifest(
  path: string,
  builds: BuildResult[],
  opts: { runId: string; force: boolean; builderType?: string },
): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  let n = 0;
  for (const b of builds) {
    if (!succeeded(b) || !b.artifact) continue;
    n++;
    if (b.postProcessors.some((p) => p.type === "manifest" && p.output && resolve(p.output) === path))
      continue;
    await runManifestPostProcessor(
      { output: path, stripPath: true, stripTime: false, customData: {} },
      b.artifact,
      {
        buildName: b.name,
        builderType: opts.builderType ?? "alicloud-ecs",
        runUuid: opts.runId,
        force: opts.force,
        cwd: dirname(path),
        interpolation: { userVariables: {}, startTime: new Date() },
      },
    );
  }
  return n;
}
