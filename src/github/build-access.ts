/**
 * The template's access fields the action builds with: one set of credentials serves every build,
 * those of the first; a warning when the builds name different ones.
 */
import * as core from "@actions/core";
import { accessDiffers } from "../credentials/index.js";
import type { PreparedBuild } from "../engine/prepare.js";

/** The first build's builder configuration (its access fields), warning when another build's differ. */
export function sharedAccessConfig(
  prepared: PreparedBuild[],
): PreparedBuild["builder"]["config"] | undefined {
  const access = prepared[0]?.builder.config;
  if (accessDiffers(prepared.map((b) => b.builder.config)))
    core.warning(
      `The builds name different credentials; image-build uses one set for all of them, those of build '${prepared[0].name}'`,
    );
  return access;
}
