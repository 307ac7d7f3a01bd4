/**
 * The post-processors image-build has, by template `type`, each with its config decoder. Any other
 * type gets a positioned "not supported yet" error naming it.
 */
import type { PluginDecodeContext, PluginDecodeResult } from "../provisioners/plugin.js";
import { type ConfigNode, type ConfigObject, member } from "../template/config/tree.js";
import { DiagnosticBag } from "../template/diagnostics.js";
import { decodeManifestConfig, type ManifestConfig } from "./manifest/config.js";
import { decodeShellLocalPostProcessorConfig, type ShellLocalConfig } from "./shell-local/config.js";

/** A decoded post-processor, tagged with its type. */
export type PostProcessorConfig =
  | { type: "manifest"; config: ManifestConfig }
  | { type: "shell-local"; config: ShellLocalConfig };

export type PostProcessorType = PostProcessorConfig["type"];

/** Config decoders by post-processor type. */
export const POST_PROCESSOR_DECODERS: {
  [T in PostProcessorType]: (
    node: ConfigObject,
    ctx: PluginDecodeContext,
  ) => PluginDecodeResult<Extract<PostProcessorConfig, { type: T }>["config"]>;
} = {
  manifest: decodeManifestConfig,
  "shell-local": decodeShellLocalPostProcessorConfig,
};

/** The supported types, in the order messages list them. */
export const SUPPORTED_POST_PROCESSORS = Object.keys(POST_PROCESSOR_DECODERS) as PostProcessorType[];

/** True when image-build has this post-processor. */
export function isSupportedPostProcessor(type: string): type is PostProcessorType {
  return Object.hasOwn(POST_PROCESSOR_DECODERS, type);
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
  if (!isSupportedPostProcessor(type)) return unsupported(type, typeNode, ctx);
  const result = POST_PROCESSOR_DECODERS[type](config, ctx) as PluginDecodeResult<
    PostProcessorConfig["config"]
  >;
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? ({ type, config: result.config } as PostProcessorConfig) : undefined,
  };
}
