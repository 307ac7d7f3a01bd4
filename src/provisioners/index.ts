/**
 * The provisioners image-build has: one record per type (its folder's `index.ts`), listed once
 * here. Validation (decoding), running and fingerprinting all read this list; any other type gets
 * a positioned "not supported yet" error naming it. Adding a provisioner is its folder plus one
 * line in PROVISIONERS.
 */
import type { ConfigObject } from "../template/config/tree.js";
import { member } from "../template/config/tree.js";
import { DiagnosticBag } from "../template/diagnostics.js";
import type { TemplateProvisioner } from "../template/model.js";
import { ansibleProvisioner } from "./ansible/index.js";
import { ansibleLocalProvisioner } from "./ansible-local/index.js";
import { fileProvisioner } from "./file/index.js";
import { type PluginDecodeContext, type PluginDecodeResult, withOverride } from "./plugin.js";
import type { Provisioner } from "./provisioner.js";
import { shellProvisioner } from "./shell/index.js";
import { shellLocalProvisioner } from "./shell-local/index.js";

/** Every provisioner type, in the order messages list them. */
export const PROVISIONERS = [
  shellProvisioner,
  fileProvisioner,
  shellLocalProvisioner,
  ansibleProvisioner,
  ansibleLocalProvisioner,
] as const;

type Registered = (typeof PROVISIONERS)[number];

/** A decoded provisioner, tagged with its type. */
export type ProvisionerConfig = Registered extends infer P
  ? P extends Provisioner<infer T, infer C>
    ? { type: T; config: C }
    : never
  : never;

export type ProvisionerType = ProvisionerConfig["type"];

/** A provisioner of a build, ready to run: where it is in the template, and its decoded config. */
export interface PreparedProvisioner {
  source: TemplateProvisioner;
  config: ProvisionerConfig;
}

/** The supported types, in the order messages list them. */
export const SUPPORTED_PROVISIONERS: ProvisionerType[] = PROVISIONERS.map((p) => p.type);

/** True when image-build has this provisioner. */
export function isSupportedProvisioner(type: string): type is ProvisionerType {
  return PROVISIONERS.some((p) => p.type === type);
}

/** The record of a decoded provisioner's type. */
export function provisionerOf(config: ProvisionerConfig): Provisioner {
  const plugin = PROVISIONERS.find((p) => p.type === config.type);
  if (!plugin) throw new Error(`provisioner type ${JSON.stringify(config.type)} is not registered`);
  return plugin as Provisioner;
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
  const plugin = PROVISIONERS.find((x) => x.type === type) as Provisioner | undefined;
  if (!plugin) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember ? typeMember.value : node,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`,
    );
    return { diagnostics: bag.items };
  }
  const config = withOverride("kind" in p ? p : p.config, override);
  const result = plugin.decode(config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config !== undefined ? ({ type, config: result.config } as ProvisionerConfig) : undefined,
  };
}
