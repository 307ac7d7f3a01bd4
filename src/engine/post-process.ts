/**
 * A build's post-processors (Packer's core): each sequence starts from the build's artifact and
 * hands each post-processor's artifact to the next; "Running post-processor: <type>" is said
 * before each. A failure ends its sequence and fails the build. The builder's images are never
 * destroyed here (Packer would call the artifact's Destroy when no post-processor keeps it; the
 * supported post-processors all keep it).
 */
import type { Artifact } from "../post-processors/artifact.js";
import { postProcessorOf } from "../post-processors/index.js";
import { postProcessorBuildData } from "../provisioners/build-data.js";
import { buildNameVariable, templateContext } from "../template/context.js";
import type { InterpolateContext } from "../template/interpolate/index.js";
import type { PostProcessFn, PostProcessorOutcome } from "./outcomes.js";

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const outputOf = (output: string | undefined) => (output !== undefined ? { output } : {});

/** The default post-processing of `runBuilds`. */
export function postProcessor(opts: { cwd: string }): PostProcessFn {
  return async (build, result, ctx) => {
    const outcomes: PostProcessorOutcome[] = [];
    const buildData = postProcessorBuildData(result.details?.machine?.id, ctx.runId);
    const builderType = build.builder.type;
    const interpolation = (
      ctx.template
        ? templateContext(ctx.template, { buildName: build.name, buildType: builderType, buildData })
        : undefined
    ) as InterpolateContext;
    for (const sequence of build.postProcessors) {
      if (!result.artifact) break;
      let artifact: Artifact = result.artifact;
      for (const pp of sequence) {
        const started = performance.now();
        ctx.ui.say(`Running post-processor: ${pp.config.type}`);
        const plugin = postProcessorOf(pp.config);
        try {
          const r = await plugin.run(pp.config.config, artifact, {
            ui: ctx.ui,
            signal: ctx.signal,
            buildName: buildNameVariable(ctx.template, build.name),
            builderType,
            buildData,
            interpolation,
            cwd: opts.cwd,
            runUuid: ctx.runId,
            force: ctx.force,
          });
          artifact = r.artifact;
          outcomes.push({
            type: pp.config.type,
            name: pp.source.name,
            status: "succeeded",
            durationMs: performance.now() - started,
            ...outputOf(plugin.output?.(pp.config.config, opts.cwd)),
          });
        } catch (err) {
          outcomes.push({
            type: pp.config.type,
            name: pp.source.name,
            status: "failed",
            durationMs: performance.now() - started,
            error: `Post-processor failed: ${messageOf(err)}`,
          });
          break;
        }
      }
    }
    return outcomes;
  };
}
