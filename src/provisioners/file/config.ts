/**
 * The `file` provisioner's configuration, decoded and validated as Packer 1.6.6's Prepare does
 * (`provisioner/file/provisioner.go`). Every field is rendered at prepare time; `source(s)` and
 * `destination` are rendered again at run time with the build data.
 */

import { checkUploadSource } from "../../files/walk.js";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig, type Located } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { FILE_PLUGIN_TYPE } from "../../template/deprecated.js";
import { DiagnosticBag } from "../../template/diagnostics.js";
import { type PluginDecodeContext, type PluginDecodeResult, PROVISIONER_CORE_KEYS } from "../plugin.js";

/** A decoded `file` provisioner. */
export interface FileConfig {
  /** `sources`, then `source` when set (Packer appends it last). */
  sources: string[];
  destination: string;
  direction: "upload" | "download";
  /** Local existence is checked at run time only. */
  generated: boolean;
}

/** Packer 1.6.6's file provisioner keys. */
export const FILE_SPEC: ConfigSpec = {
  source: { type: "string" },
  sources: { type: "stringList" },
  destination: { type: "string" },
  direction: { type: "string" },
  generated: { type: "bool" },
};

/** Decodes and validates a `file` provisioner config; upload sources must exist relative to `ctx.cwd`. */
export function decodeFileConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<FileConfig> {
  const decoded = decodeConfig(node, FILE_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: FILE_PLUGIN_TYPE,
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const at = decoded.positionOf;
  const self: Located = { pos: node.pos, path: node.path };

  const direction = (v.direction as string) || "upload";
  if (direction !== "download" && direction !== "upload") {
    bag.error(at("direction"), "Direction must be one of: download, upload.");
  }
  const sources = [...(v.sources as string[])];
  const where = sources.map((_, i) => `sources[${i}]`);
  const source = v.source as string;
  if (source !== "") {
    sources.push(source);
    where.push("source");
  }
  if (direction === "upload" && !(v.generated as boolean)) {
    sources.forEach((src, i) => {
      const err = checkUploadSource(src, ctx.cwd, "file provisioner source");
      if (err) bag.error(at(where[i]), `Bad source '${src}': ${err}`);
    });
  }
  if (sources.length < 1) bag.error(self, "Source must be specified.");
  const destination = v.destination as string;
  if (destination === "")
    bag.error(decoded.isSet("destination") ? at("destination") : self, "Destination must be specified.");

  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      sources,
      destination,
      direction: direction as "upload" | "download",
      generated: v.generated as boolean,
    },
  };
}
