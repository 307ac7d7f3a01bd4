/**
 * The post-processors image-build has, by template `type`, each with its config decoder. Any other
 * type gets a positioned "not supported yet" error naming it.
 */
import type { PluginDecodeContext, PluginDecodeResult } from "../provisioners/plugin.js";
import { DiagnosticBag } from "../template/diagnostics.js";
import { type JNode, type JObject, member } from "../template/json.js";
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
    node: JObject,
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

function unsupported(type: string, at: JNode, ctx: PluginDecodeContext): PluginDecodeResult<never> {
  const bag = new DiagnosticBag(ctx.file);
  bag.error(
    at,
    `post-processor type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_POST_PROCESSORS.join(", ")})`,
  );
  return { diagnostics: bag.items };
}

/**
 * Decodes one post-processor of the template: an object, or the string short form (`"manifest"`,
 * which means `{"type": "manifest"}`). The template layer's keys (`only`, `except`,
 * `keep_input_artifact`, `name`) are accepted and ignored here.
 */
export function decodePostProcessor(
  node: JObject | Extract<JNode, { kind: "string" }>,
  ctx: PluginDecodeContext,
): PluginDecodeResult<PostProcessorConfig> {
  let obj: JObject;
  let typeNode: JNode;
  let type: string;
  if (node.kind === "string") {
    type = node.value;
    typeNode = node;
    obj = { kind: "object", pos: node.pos, path: node.path, members: [] };
  } else {
    const typeMember = member(node, "type");
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : node, "type is required");
      return { diagnostics: bag.items };
    }
    obj = node;
    typeNode = typeMember.value;
    type = typeMember.value.value;
  }
  if (!isSupportedPostProcessor(type)) return unsupported(type, typeNode, ctx);
  const result = POST_PROCESSOR_DECODERS[type](obj, ctx) as PluginDecodeResult<PostProcessorConfig["config"]>;
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? ({ type, config: result.config } as PostProcessorConfig) : undefined,
  };
}
