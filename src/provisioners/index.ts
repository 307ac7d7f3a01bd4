/**
 * The provisioners image-build has, by template `type`, each with its config decoder. Any other
 * type gets a positioned "not supported yet" error naming it.
 */

import { type ConfigObject, member } from "../template/config/tree.js";
import { DiagnosticBag } from "../template/diagnostics.js";
import { decodeFileConfig, type FileConfig } from "./file/config.js";
import { type PluginDecodeContext, type PluginDecodeResult, withOverride } from "./plugin.js";
import { decodeShellConfig, type ShellConfig } from "./shell/config.js";
import { decodeShellLocalConfig, type ShellLocalConfig } from "./shell-local/config.js";

/** A decoded provisioner, tagged with its type. */
export type ProvisionerConfig =
  | { type: "shell"; config: ShellConfig }
  | { type: "file"; config: FileConfig }
  | { type: "shell-local"; config: ShellLocalConfig };

export type ProvisionerType = ProvisionerConfig["type"];

/** Config decoders by provisioner type. */
export const PROVISIONER_DECODERS: {
  [T in ProvisionerType]: (
    node: ConfigObject,
    ctx: PluginDecodeContext,
  ) => PluginDecodeResult<Extract<ProvisionerConfig, { type: T }>["config"]>;
} = {
  shell: decodeShellConfig,
  file: decodeFileConfig,
  "shell-local": decodeShellLocalConfig,
};

/** The supported types, in the order messages list them. */
export const SUPPORTED_PROVISIONERS = Object.keys(PROVISIONER_DECODERS) as ProvisionerType[];

/** True when image-build has this provisioner. */
export function isSupportedProvisioner(type: string): type is ProvisionerType {
  return Object.hasOwn(PROVISIONER_DECODERS, type);
}

/** A provisioner as the template model holds it: its type, the object as written, its own config. */
export interface ProvisionerSource {
  type: string;
  /** The object as written (for the position of `type`). */
  node: ConfigObject;
  /** The provisioner's own config (the template layer's keys may be left in: they are ignored). */
  config: ConfigObject;
}

/**
 * Decodes one provisioner: a template-model provisioner, or the object as written. With `override`
 * (the provisioner's `override` entry for the build's builder), its keys are decoded after the
 * config's, as Packer does.
 */
export function decodeProvisioner(
  p: ConfigObject | ProvisionerSource,
  ctx: PluginDecodeContext,
  override?: ConfigObject,
): PluginDecodeResult<ProvisionerConfig> {
  const node = "kind" in p ? p : p.node;
  const typeMember = member(node, "type");
  let type: string;
  if ("kind" in p) {
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : node, "Provisioner missing 'type'");
      return { diagnostics: bag.items };
    }
    type = typeMember.value.value;
  } else type = p.type;
  if (!isSupportedProvisioner(type)) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember ? typeMember.value : node,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`,
    );
    return { diagnostics: bag.items };
  }
  const config = withOverride("kind" in p ? p : p.config, override);
  const result = PROVISIONER_DECODERS[type](config, ctx) as PluginDecodeResult<ProvisionerConfig["config"]>;
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? ({ type, config: result.config } as ProvisionerConfig) : undefined,
  };
}
