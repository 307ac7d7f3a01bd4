/**
 * The `shell-local` post-processor's configuration: the shell-local config shared with the
 * provisioner (`src/provisioners/shell-local/config.ts`), plus Packer 1.6.6's compatibility rule
 * that a one-item `execute_command` runs through `sh -c`.
 */
import {
  type PluginDecodeContext,
  type PluginDecodeResult,
  POST_PROCESSOR_CORE_KEYS,
} from "../../provisioners/plugin.js";
import { decodeShellLocalCommon, type ShellLocalConfig } from "../../provisioners/shell-local/config.js";
import type { ConfigObject } from "../../template/config/tree.js";

export type { ShellLocalConfig } from "../../provisioners/shell-local/config.js";

/** Decodes and validates a `shell-local` post-processor config. */
export function decodeShellLocalPostProcessorConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<ShellLocalConfig> {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: POST_PROCESSOR_CORE_KEYS, postProcessor: true });
}
