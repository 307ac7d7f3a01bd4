/** The `manifest` post-processor: appends the build's artifact to a Packer-compatible JSON manifest. */
import { resolveLocal } from "../../provisioners/local-path.js";
import type { PostProcessor } from "../post-processor.js";
import { decodeManifestConfig, type ManifestConfig } from "./config.js";
import { runManifestPostProcessor } from "./run.js";

export const manifestPostProcessor: PostProcessor<"manifest", ManifestConfig> = {
  type: "manifest",
  decode: decodeManifestConfig,
  run: (config, artifact, ctx) =>
    runManifestPostProcessor(config, artifact, {
      buildName: ctx.buildName,
      builderType: ctx.builderType,
      runUuid: ctx.runUuid,
      force: ctx.force,
      cwd: ctx.cwd,
      interpolation: ctx.interpolation,
    }),
  output: (config, cwd) => resolveLocal(config.output, cwd),
};
