/**
 * The `shell-local` configuration shared by the provisioner and the post-processor, decoded and
 * validated as Packer 1.6.6's `packer-plugin-sdk/shell-local` Decode + Validate do: the same keys,
 * OS-dependent defaults, order of checks and messages.
 *
 * Rendering: every field is rendered at prepare time except `execute_command`, which stays raw and
 * is rendered per script at run time with `.Vars`, `.Script` (and `.Command`) and the build data.
 * `inline` lines and `environment_vars` are rendered again at run time with the build data.
 *
 * Packer prints decoding errors of shell-local as `Error decoding config: <errors>`; we report each
 * error on its own, positioned. shell-local decodes without a plugin type, so keys `packer fix`
 * rewrites (`ssh_key_path`, ...) stay `unknown configuration key` here, as in Packer. Packer returns the `only_on` and `use_linux_pathing` path errors
 * alone (dropping the others); we report them with the rest.
 */

import { checkFile, LIMITS } from "../../files/read-bounded.js";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig, type Located } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { DiagnosticBag } from "../../template/diagnostics.js";
import { weakIntList } from "../int-list.js";
import { resolveLocal } from "../local-path.js";
import {
  goosOf,
  type PluginDecodeContext,
  type PluginDecodeResult,
  PROVISIONER_CORE_KEYS,
} from "../plugin.js";
import { envVarFormatError } from "../shell/config.js";

/** A decoded `shell-local` config (provisioner or post-processor). */
export interface ShellLocalConfig {
  /** Inline commands (`command` folded in); undefined when absent. */
  inline?: string[];
  /** Local scripts to run, in order (`script` folded in; WSL paths with use_linux_pathing). */
  scripts: string[];
  environmentVars: string[];
  /** printf-style format of one variable (`%s='%s' `, or `set %s=%s && ` on Windows). */
  envVarFormat: string;
  /** Raw (unrendered) argv templates of the command run for each script. */
  executeCommand: string[];
  inlineShebang: string;
  /** Go OS names this runs on; empty means every OS. */
  onlyOn: string[];
  /** Extension of the temporary inline script, without the dot. */
  tempfileExtension: string;
  useLinuxPathing: boolean;
  /** Accepted exit codes; `[0]` when not set. */
  validExitCodes: number[];
}

/** Packer 1.6.6's shell-local keys (provisioner and post-processor alike). */
export const SHELL_LOCAL_SPEC: ConfigSpec = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  command: { type: "string" },
  execute_command: { type: "stringList", noRender: true },
  inline_shebang: { type: "string" },
  only_on: { type: "stringList" },
  tempfile_extension: { type: "string" },
  use_linux_pathing: { type: "bool" },
};

/** The OS names `only_on` accepts. */
export const SHELL_LOCAL_SUPPORTED_OS = ["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"];

const TOO_MANY =
  "You may only specify one of the following options: Command, Inline, Script or Scripts. " +
  "Please consolidate these options in your config.";

/** `C:/path/to/file` → `/mnt/c/path/to/file` (Packer's ConvertToLinuxPath); a string is the error. */
export function convertToLinuxPath(winAbsPath: string): { path: string } | { error: string } {
  const p = winAbsPath.replaceAll("\\", "/");
  const at = p.indexOf(":/");
  if (at !== -1) return { path: `/mnt/${p.slice(0, at).toLowerCase()}/${p.slice(at + 2)}` };
  return {
    error:
      "There was an error splitting your absolute path; expected to find a drive following the format " +
      `':/' but did not: absolute path: ${p}`,
  };
}

/** Options that differ between the provisioner and the post-processor. */
export interface ShellLocalVariant {
  /** Template-layer keys accepted and ignored. */
  ignoreKeys: readonly string[];
  /** The post-processor runs a one-item execute_command through `sh -c` (pre-merge compatibility). */
  postProcessor: boolean;
}

/** Decodes and validates a shell-local config (the variant says for which plugin). */
export function decodeShellLocalCommon(
  node: ConfigObject,
  ctx: PluginDecodeContext,
  variant: ShellLocalVariant,
): PluginDecodeResult<ShellLocalConfig> {
  const decoded = decodeConfig(node, SHELL_LOCAL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: variant.ignoreKeys,
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;
  const self: Located = { pos: node.pos, path: node.path };
  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  if (bag.hasErrors || validExitCodes === undefined) return { diagnostics: bag.items };

  const goos = ctx.goos ?? goosOf();
  let executeCommand = v.execute_command as string[];
  if (variant.postProcessor && executeCommand.length === 1) executeCommand = ["sh", "-c", ...executeCommand];
  let inlineShebang = v.inline_shebang as string;
  let tempfileExtension = v.tempfile_extension as string;
  if (goos === "windows") {
    if (executeCommand.length === 0) executeCommand = ["cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"];
    if (tempfileExtension === "") tempfileExtension = ".cmd";
  } else {
    if (inlineShebang === "") inlineShebang = "/bin/sh -e";
    if (executeCommand.length === 0) executeCommand = ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"];
  }

  const command = v.command as string;
  const script = v.script as string;
  let scripts = v.scripts as string[];
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  let inline: string[] | undefined = decoded.isSet("inline") ? (v.inline as string[]) : undefined;

  if (command === "" && (inline?.length ?? 0) === 0 && scripts.length === 0 && script === "") {
    bag.error(self, "Command, Inline, Script and Scripts options cannot all be empty.");
  }
  if (command !== "") {
    if ((inline?.length ?? 0) !== 0 || scripts.length !== 0 || script !== "")
      bag.error(at("command"), TOO_MANY);
    else inline = [command];
  }
  if (script !== "") {
    if (scripts.length > 0 || (inline?.length ?? 0) > 0) bag.error(at("script"), TOO_MANY);
    else {
      scripts = [script];
      scriptNames = ["script"];
    }
  }
  if (scripts.length > 0 && inline !== undefined) bag.error(at("inline"), TOO_MANY);
  scripts.forEach((path, i) => {
    const err = checkFile(path, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path}': ${err}`);
  });

  const onlyOn = v.only_on as string[];
  onlyOn.forEach((os, i) => {
    if (!SHELL_LOCAL_SUPPORTED_OS.includes(os)) {
      bag.error(
        at(`only_on[${i}]`),
        `Invalid OS specified in only_on: '${os}'\nSupported OS names: ${SHELL_LOCAL_SUPPORTED_OS.join(", ")}`,
      );
    }
  });

  const useLinuxPathing = v.use_linux_pathing as boolean;
  if (useLinuxPathing) {
    scripts = scripts.map((path, i) => {
      const converted = convertToLinuxPath(resolveLocal(path, ctx.cwd));
      if ("error" in converted) {
        bag.error(at(scriptNames[i]), converted.error);
        return path;
      }
      return converted.path;
    });
    if ((inline?.length ?? 0) > 0) {
      bag.error(
        at(decoded.isSet("inline") ? "inline" : "command"),
        "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. " +
          "Please use the Script or Scripts options instead",
      );
    }
  }

  let envVarFormat = v.env_var_format as string;
  if (envVarFormat === "")
    envVarFormat = goos === "windows" && !useLinuxPathing ? "set %s=%s && " : "%s='%s' ";
  if (tempfileExtension.startsWith(".")) tempfileExtension = tempfileExtension.slice(1);

  const environmentVars = v.environment_vars as string[];
  environmentVars.forEach((kv, i) => {
    const err = envVarFormatError(kv);
    if (err) bag.error(at(`environment_vars[${i}]`), err);
  });

  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      inline,
      scripts,
      environmentVars,
      envVarFormat,
      executeCommand,
      inlineShebang,
      onlyOn,
      tempfileExtension,
      useLinuxPathing,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0],
    },
  };
}

/** Decodes and validates a `shell-local` provisioner config. */
export function decodeShellLocalConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<ShellLocalConfig> {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: PROVISIONER_CORE_KEYS, postProcessor: false });
}
