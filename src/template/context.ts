/**
 * The interpolation context a loaded template implies: its resolved user variables, environment,
 * path, working directory and start time. Builder, provisioner and post-processor configs are
 * rendered with it (plus the build's name, type and data).
 */
import { join } from "node:path";
import type { InterpolateContext } from "./interpolate/index.js";
import type { Template } from "./model.js";
import { PACKER_VERSION } from "./version.js";

/**
 * The value of `{{build_name}}`, `PACKER_BUILD_NAME` and the manifest's `name` for the build named
 * `name`: the name itself for a JSON template; for HCL2, the source block's label, as Packer gives
 * it (`web` for the build `named.alicloud-ecs.web`, also when a build's `source` block renames it).
 */
export function buildNameVariable(t: Template | undefined, name: string): string {
  return t?.builds.find((b) => b.name === name)?.variableName ?? name;
}

/**
 * A context for rendering strings outside the `variables` section: `{{user}}` of an undefined
 * variable is `""` and `{{env}}` is refused, as in Packer 1.6.6. `extra` adds or overrides fields
 * (e.g. `buildName`, `buildType`, `data`, `buildData`); `buildName` is a build's name, and
 * `{{build_name}}` gives {@link buildNameVariable} of it.
 */
export function templateContext(t: Template, extra: Partial<InterpolateContext> = {}): InterpolateContext {
  return {
    userVariables: t.values,
    strictUserVariables: false,
    enableEnv: false,
    env: t.env,
    // A directory template (HCL2): a name inside it, so that `{{template_dir}}` is the directory.
    templatePath: t.path === t.dir ? join(t.dir, "template") : t.path,
    cwd: t.cwd,
    startTime: t.startTime,
    packerVersion: PACKER_VERSION,
    ...extra,
    ...(extra.buildName !== undefined ? { buildName: buildNameVariable(t, extra.buildName) } : {}),
  };
}
