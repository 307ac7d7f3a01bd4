/**
 * The provisioners image-build has, by template `type`, each with its config decoder. Any other
 * type gets a positioned "not supported yet" error naming it.
 */
import { DiagnosticBag } from "../template/diagnostics.js";
import { type JObject, member } from "../template/json.js";
import { decodeFileConfig, type FileConfig } from "./file/config.js";
import type { PluginDecodeContext, PluginDecodeResult } from "./plugin.js";
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
    node: JObject,
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

/**
 * Decodes one provisioner object of the template (after the template layer applied `override`
 * for the build; its own keys such as `only` and `pause_before` are accepted and ignored here).
 */
export function decodeProvisioner(
  node: JObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<ProvisionerConfig> {
  const typeMember = member(node, "type");
  if (typeMember?.value.kind !== "string") {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(typeMember ? typeMember.value : node, "Provisioner missing 'type'");
    return { diagnostics: bag.items };
  }
  const type = typeMember.value.value;
  if (!isSupportedProvisioner(type)) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember.value,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`,
    );
    return { diagnostics: bag.items };
  }
  const result = PROVISIONER_DECODERS[type](node, ctx) as PluginDecodeResult<ProvisionerConfig["config"]>;
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config ? ({ type, config: result.config } as ProvisionerConfig) : undefined,
  };
}
