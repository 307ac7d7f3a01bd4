/**
 * The `manifest` post-processor's configuration, decoded as Packer 1.6.6's Configure does
 * (`post-processor/manifest/post-processor.go`). Every field is rendered at prepare time;
 * `custom_data` values are rendered again at post-process time with the build data.
 */
import {
  type PluginDecodeContext,
  type PluginDecodeResult,
  POST_PROCESSOR_CORE_KEYS,
} from "../../provisioners/plugin.js";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { MANIFEST_PLUGIN_TYPE } from "../../template/deprecated.js";
import { DiagnosticBag } from "../../template/diagnostics.js";

/** A decoded `manifest` post-processor. */
export interface ManifestConfig {
  /** The manifest file (default `packer-manifest.json`), relative to the working directory. */
  output: string;
  /** Record only the base name of artifact files. */
  stripPath: boolean;
  /** Leave `build_time` out (written as 0, as Packer does). */
  stripTime: boolean;
  customData: Record<string, string>;
}

/** Packer 1.6.6's manifest keys. */
export const MANIFEST_SPEC: ConfigSpec = {
  output: { type: "string" },
  strip_path: { type: "bool" },
  strip_time: { type: "bool" },
  custom_data: { type: "stringMap" },
};

export const MANIFEST_DEFAULT_OUTPUT = "packer-manifest.json";

/** Decodes and validates a `manifest` post-processor config. */
export function decodeManifestConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<ManifestConfig> {
  const decoded = decodeConfig(node, MANIFEST_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: POST_PROCESSOR_CORE_KEYS,
    pluginType: MANIFEST_PLUGIN_TYPE,
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const output = (v.output as string) || MANIFEST_DEFAULT_OUTPUT;
  // Packer parses the rendered output once more as a template (build placeholders may remain).
  if (ctx.parseTemplate) {
    try {
      ctx.parseTemplate(output);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      bag.error(decoded.positionOf("output"), `Error parsing target template: ${msg}`);
      return { diagnostics: bag.items };
    }
  }
  return {
    diagnostics: bag.items,
    config: {
      output,
      stripPath: v.strip_path as boolean,
      stripTime: v.strip_time as boolean,
      customData: v.custom_data as Record<string, string>,
    },
  };
}
