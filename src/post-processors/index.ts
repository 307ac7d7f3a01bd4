/**
 * The post-processors image-build has: one record per type (its folder's `index.ts`), listed once
 * here. Validation (decoding) and running read this list; any other type gets a positioned "not
 * supported yet" error naming it. Adding a post-processor is its folder plus one line in
 * POST_PROCESSORS.
 */
import type { PluginDecodeContext, PluginDecodeResult } from "../provisioners/plugin.js";
import { type ConfigNode, type ConfigObject, member } from "../template/config/tree.js";
import { DiagnosticBag } from "../template/diagnostics.js";
import type { TemplatePostProcessor } from "../template/model.js";
import { manifestPostProcessor } from "./manifest/index.js";
import type { PostProcessor } from "./post-processor.js";
import { shellLocalPostProcessor } from "./shell-local/index.js";

/** Every post-processor type, in the order messages list them. */
export const POST_PROCESSORS = [manifestPostProcessor, shellLocalPostProcessor] as const;

type Registered = (typeof POST_PROCESSORS)[number];

/** A decoded post-processor, tagged with its type. */
export type PostProcessorConfig = Registered extends infer P
  ? P extends PostProcessor<infer T, infer C>
    ? { type: T; config: C }
    : never
  : never;

export type PostProcessorType = PostProcessorConfig["type"];

/** A post-processor of a build, ready to run: where it is in the template, and its decoded config. */
export interface PreparedPostProcessor {
  source: TemplatePostProcessor;
  config: PostProcessorConfig;
}

/** The supported types, in the order messages list them. */
export const SUPPORTED_POST_PROCESSORS: PostProcessorType[] = POST_PROCESSORS.map((p) => p.type);

/** True when image-build has this post-processor. */
export function isSupportedPostProcessor(type: string): type is PostProcessorType {
  return POST_PROCESSORS.some((p) => p.type === type);
}

/** The record of a decoded post-processor's type. */
export function postProcessorOf(config: PostProcessorConfig): PostProcessor {
  const plugin = POST_PROCESSORS.find((p) => p.type === config.type);
  if (!plugin) throw new Error(`post-processor type ${JSON.stringify(config.type)} is not registered`);
  return plugin as PostProcessor;
}

function unsupported(type: string, at: ConfigNode, ctx: PluginDecodeContext): PluginDecodeResult<never> {
  const bag = new DiagnosticBag(ctx.file);
  bag.error(
    at,
    `post-processor type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_POST_PROCESSORS.join(", ")})`,
  );
  return { diagnostics: bag.items };
}

/** A post-processor as the template model holds it: its type, the node as written, its own config. */
export interface PostProcessorSource {
  type: string;
  /** The node as written: an object, or the string short form. */
  node: ConfigNode;
  /** The post-processor's own config (empty for the string form). */
  config: ConfigObject;
}

/**
 * Decodes one post-processor: a template-model post-processor, an object as written, or the string
 * short form (`"manifest"` means `{"type": "manifest"}`). The template layer's keys (`only`,
 * `except`, `keep_input_artifact`, `name`) are accepted and ignored.
 */
export function decodePostProcessor(
  p: ConfigObject | Extract<ConfigNode, { kind: "string" }> | PostProcessorSource,
  ctx: PluginDecodeContext,
): PluginDecodeResult<PostProcessorConfig> {
  let config: ConfigObject;
  let typeNode: ConfigNode;
  let type: string;
  if (!("kind" in p)) {
    type = p.type;
    config = p.config;
    typeNode = p.node.kind === "object" ? (member(p.node, "type")?.value ?? p.node) : p.node;
  } else if (p.kind === "string") {
    type = p.value;
    typeNode = p;
    config = { kind: "object", pos: p.pos, path: p.path, members: [] };
  } else {
    const typeMember = member(p, "type");
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : p, "type is required");
      return { diagnostics: bag.items };
    }
    config = p;
    typeNode = typeMember.value;
    type = typeMember.value.value;
  }
  const plugin = POST_PROCESSORS.find((x) => x.type === type) as PostProcessor | undefined;
  if (!plugin) return unsupported(type, typeNode, ctx);
  const result = plugin.decode(config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config:
      result.config !== undefined ? ({ type, config: result.config } as PostProcessorConfig) : undefined,
  };
}
