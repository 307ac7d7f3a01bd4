/**
 * Prepare: turn a loaded template into builds whose builder, provisioner and post-processor
 * configs are decoded and checked, the way Packer's core prepares every build before running it.
 * Errors of every build are collected, each positioned in the template.
 */
import type { BuilderConfig, PreparedBuild } from "../builders/builder.js";
import { builderOf, SUPPORTED_BUILDERS } from "../builders/index.js";
import { decodePostProcessor, type PreparedPostProcessor } from "../post-processors/index.js";
import { placeholderBuildData } from "../provisioners/build-data.js";
import { decodeProvisioner, type PreparedProvisioner } from "../provisioners/index.js";
import type { PluginDecodeContext } from "../provisioners/plugin.js";
import { templateContext } from "../template/context.js";
import { type Diagnostic, DiagnosticBag } from "../template/diagnostics.js";
import { checkSyntax } from "../template/interpolate/index.js";
import { goTemplateRender } from "../template/json/render.js";
import type { Template, TemplateProvisioner } from "../template/model.js";

export type { PreparedBuild } from "../builders/builder.js";
export type { PreparedPostProcessor } from "../post-processors/index.js";
export type { PreparedProvisioner } from "../provisioners/index.js";

export interface PrepareOptions {
  /** Working directory: relative script, file and key paths are checked against it. */
  cwd: string;
  /** `-force`. */
  force?: boolean;
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
    const render = goTemplateRender(ctx);
    const before = diagnostics.length;

    const plugin = builderOf(build.builder.type);
    let builderConfig: BuilderConfig | undefined;
    if (!plugin) {
      const bag = new DiagnosticBag(file);
      const typeNode = build.builder.node.members.find((m) => m.key === "type")?.value ?? build.builder.node;
      bag.error(
        typeNode,
        `builder type ${JSON.stringify(build.builder.type)} is not supported by image-build (supported: ${SUPPORTED_BUILDERS.join(", ")})`,
      );
      diagnostics.push(...bag.items);
    } else {
      const r = plugin.decode(build.builder.config, {
        file,
        render,
        env: template.env,
        cwd: opts.cwd,
        force: opts.force,
      });
      diagnostics.push(...r.diagnostics);
      builderConfig = r.config;
      for (const s of r.config?.secrets ?? []) secrets.add(s);
    }

    // Provisioners are prepared with the build data as the dot as well, so `{{ .User }}` reads
    // as Packer's placeholder text (`Build_User. ...`) rather than `<no value>` (observed with
    // Packer 1.6.6); the builder's own config has no dot.
    const pluginRenderCtx = { ...ctx, data: placeholderBuildData() };
    const pluginCtx: PluginDecodeContext = {
      file,
      render: goTemplateRender(pluginRenderCtx),
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

    if (diagnostics.length === before && builderConfig && plugin) {
      builds.push({
        name: build.name,
        build,
        builder: { type: build.builder.type, config: builderConfig, plugin },
        provisioners: provisioners as PreparedProvisioner[],
        errorCleanupProvisioner: errorCleanup,
        postProcessors: postProcessors as PreparedPostProcessor[][],
      });
    }
  }
  secrets.delete("");
  return { builds, diagnostics, secrets: [...secrets] };
}
