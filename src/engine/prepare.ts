/**
 * Prepare: turn a loaded template into builds whose builder, provisioner and post-processor
 * configs are decoded and checked, the way Packer's core prepares every build before running it.
 * Errors of every build are collected, each positioned in the template.
 */
import { type AlicloudEcsConfig, decodeAlicloudEcsConfig } from "../builders/alicloud-ecs/config.js";
import { decodePostProcessor, type PostProcessorConfig } from "../post-processors/index.js";
import { decodeProvisioner, type ProvisionerConfig } from "../provisioners/index.js";
import type { PluginDecodeContext } from "../provisioners/plugin.js";
import type { ConfigNode } from "../template/config/tree.js";
import { templateContext } from "../template/context.js";
import { type Diagnostic, DiagnosticBag } from "../template/diagnostics.js";
import { BUILD_DATA_PLACEHOLDER, checkSyntax, interpolate } from "../template/interpolate/index.js";
import type { Build, Template, TemplatePostProcessor, TemplateProvisioner } from "../template/model.js";

/** The builder types image-build can run. */
export const SUPPORTED_BUILDERS = ["alicloud-ecs"] as const;

/** The build data every builder provides, as placeholders until the build runs (Packer's `BasicPlaceholderData`). */
const BUILD_DATA_KEYS = [
  "ID",
  "Host",
  "Port",
  "User",
  "Password",
  "ConnType",
  "PackerRunUUID",
  "PackerHTTPPort",
  "PackerHTTPIP",
  "PackerHTTPAddr",
  "SSHPublicKey",
  "SSHPrivateKey",
];

/** Placeholders for `{{ build \`ID\` }}` and friends at prepare time. */
export function placeholderBuildData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of BUILD_DATA_KEYS) data[key] = `Build_${key}. ${BUILD_DATA_PLACEHOLDER}`;
  data.WinRMPassword = "{{.WinRMPassword}}";
  return data;
}

export interface PreparedProvisioner {
  source: TemplateProvisioner;
  config: ProvisionerConfig;
}

export interface PreparedPostProcessor {
  source: TemplatePostProcessor;
  config: PostProcessorConfig;
}

/** A build ready to run: every config decoded. */
export interface PreparedBuild {
  name: string;
  build: Build;
  builder: { type: "alicloud-ecs"; config: AlicloudEcsConfig };
  provisioners: PreparedProvisioner[];
  errorCleanupProvisioner?: PreparedProvisioner;
  postProcessors: PreparedPostProcessor[][];
}

export interface PrepareOptions {
  /** Working directory: relative script, file and key paths are checked against it. */
  cwd: string;
  /** `-force`. */
  force?: boolean;
  /** Credentials come from the action's inputs or OIDC: skip the builder's "must be set" check. */
  externalCredentials?: boolean;
}

export interface PrepareResult {
  builds: PreparedBuild[];
  diagnostics: Diagnostic[];
  /** Secret values found in configs (keys, tokens, passwords), for masking. */
  secrets: string[];
}

/** Prepares every selected build of the template; never throws for bad input. */
export function prepareBuilds(template: Template, opts: PrepareOptions): PrepareResult {
  const diagnostics: Diagnostic[] = [];
  const secrets = new Set<string>(template.secrets);
  const builds: PreparedBuild[] = [];
  const file = template.path;

  for (const build of template.builds) {
    const ctx = templateContext(template, {
      buildName: build.name,
      buildType: build.builder.type,
      buildData: placeholderBuildData(),
    });
    const render = (text: string, _node: ConfigNode) => interpolate(text, ctx);
    const before = diagnostics.length;

    let builderConfig: AlicloudEcsConfig | undefined;
    if (build.builder.type !== "alicloud-ecs") {
      const bag = new DiagnosticBag(file);
      const typeNode = build.builder.node.members.find((m) => m.key === "type")?.value ?? build.builder.node;
      bag.error(
        typeNode,
        `builder type ${JSON.stringify(build.builder.type)} is not supported by image-build (supported: ${SUPPORTED_BUILDERS.join(", ")})`,
      );
      diagnostics.push(...bag.items);
    } else {
      const r = decodeAlicloudEcsConfig(build.builder.config, {
        file,
        render,
        env: template.env,
        cwd: opts.cwd,
        force: opts.force,
        externalCredentials: opts.externalCredentials,
      });
      diagnostics.push(...r.diagnostics);
      builderConfig = r.config;
      for (const s of r.config?.secrets ?? []) secrets.add(s);
      if (r.config) diagnostics.push(...unsupportedCommunicator(r.config, build.builder.node, file));
    }

    // Provisioners are prepared with the build data as the dot as well, so `{{ .User }}` reads
    // as Packer's placeholder text (`Build_User. ...`) rather than `<no value>` (observed with
    // Packer 1.6.6); the builder's own config has no dot.
    const pluginRenderCtx = { ...ctx, data: placeholderBuildData() };
    const pluginCtx: PluginDecodeContext = {
      file,
      render: (text: string, _node: ConfigNode) => interpolate(text, pluginRenderCtx),
      cwd: opts.cwd,
      parseTemplate: (text) => {
        const err = checkSyntax(text);
        if (err) throw err;
      },
    };
    const prepareProvisioner = (p: TemplateProvisioner): PreparedProvisioner | undefined => {
      const r = decodeProvisioner(p, pluginCtx, p.override[build.builder.rawName]);
      diagnostics.push(...r.diagnostics);
      for (const s of r.secrets ?? []) secrets.add(s);
      return r.config ? { source: p, config: r.config } : undefined;
    };
    const provisioners = build.provisioners.map(prepareProvisioner);
    const errorCleanup = build.errorCleanupProvisioner
      ? prepareProvisioner(build.errorCleanupProvisioner)
      : undefined;
    const postProcessors = build.postProcessors.map((seq) =>
      seq.map((pp) => {
        const r = decodePostProcessor(pp, pluginCtx);
        diagnostics.push(...r.diagnostics);
        for (const s of r.secrets ?? []) secrets.add(s);
        return r.config ? { source: pp, config: r.config } : undefined;
      }),
    );

    if (diagnostics.length === before && builderConfig) {
      builds.push({
        name: build.name,
        build,
        builder: { type: "alicloud-ecs", config: builderConfig },
        provisioners: provisioners as PreparedProvisioner[],
        errorCleanupProvisioner: errorCleanup,
        postProcessors: postProcessors as PreparedPostProcessor[][],
      });
    }
  }
  secrets.delete("");
  return { builds, diagnostics, secrets: [...secrets] };
}

/**
 * Communicator settings Packer has and image-build does not yet: errors at validation, before any
 * cloud resource exists (the engine would otherwise fail at the connect step, after creating the
 * instance). One of the documented differences from `packer validate` (README).
 */
function unsupportedCommunicator(
  config: AlicloudEcsConfig,
  builderNode: ConfigNode,
  file: string,
): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  const member = (key: string) =>
    builderNode.kind === "object" ? builderNode.members.find((m) => m.key === key)?.value : undefined;
  if (config.comm.type === "winrm")
    bag.error(
      member("communicator") ?? builderNode,
      'communicator "winrm" is not supported yet by image-build (supported: ssh, none): Windows images cannot be built yet',
    );
  if (config.comm.type === "ssh") {
    const set: [string, string][] = [
      ["ssh_proxy_host", config.comm.ssh.proxy.host],
      ["ssh_certificate_file", config.comm.ssh.certificateFile],
    ];
    for (const [key, value] of set)
      if (value !== "") bag.error(member(key) ?? builderNode, `${key} is not supported yet by image-build`);
  }
  return bag.items;
}
