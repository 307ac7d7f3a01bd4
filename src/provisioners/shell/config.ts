/**
 * The `shell` provisioner's configuration, decoded and validated as Packer 1.6.6's Prepare does
 * (`provisioner/shell/provisioner.go`): the same keys, defaults, order of checks and messages.
 *
 * Rendering: every field is rendered at prepare time except `execute_command`, which stays raw and
 * is rendered per script at run time with `.Path`, `.Vars`, `.EnvVarFile` and the build data.
 * `inline` lines are rendered now (so `{{ .Path }}` there becomes `<no value>`, as in Packer) and
 * again at run time with the build data (`{{ build \`ID\` }}` placeholders).
 */

import { checkFile, LIMITS } from "../../files/read-bounded.js";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { SHELL_PLUGIN_TYPE } from "../../template/deprecated.js";
import { DiagnosticBag } from "../../template/diagnostics.js";
import { weakIntList } from "../int-list.js";
import { type PluginDecodeContext, type PluginDecodeResult, PROVISIONER_CORE_KEYS } from "../plugin.js";

/** A decoded `shell` provisioner. Durations are in milliseconds. */
export interface ShellConfig {
  /** Inline commands (rendered at prepare time); undefined when absent or empty. */
  inline?: string[];
  /** Local scripts to upload and run, in order (`script` folded in). */
  scripts: string[];
  /** `environment_vars`, each `KEY=value`. */
  environmentVars: string[];
  /** printf-style format of one variable (`%s='%s' `, or `export %s='%s'\n` with use_env_var_file). */
  envVarFormat: string;
  /** Raw (unrendered) command template run for each script. */
  executeCommand: string;
  inlineShebang: string;
  remoteFolder: string;
  remoteFile: string;
  /** Where every script is uploaded (one path shared by all scripts). */
  remotePath: string;
  useEnvVarFile: boolean;
  expectDisconnect: boolean;
  /** Accepted exit codes; `[0]` when not set. */
  validExitCodes: number[];
  skipClean: boolean;
  startRetryTimeoutMs: number;
  pauseAfterMs: number;
  /** Upload scripts as they are (no CRLF → LF normalisation). */
  binary: boolean;
}

/** Packer 1.6.6's shell provisioner keys. */
export const SHELL_SPEC: ConfigSpec = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  binary: { type: "bool" },
  remote_path: { type: "string" },
  execute_command: { type: "string", noRender: true },
  inline_shebang: { type: "string" },
  pause_after: { type: "duration" },
  use_env_var_file: { type: "bool" },
  remote_folder: { type: "string" },
  remote_file: { type: "string" },
  start_retry_timeout: { type: "duration" },
  skip_clean: { type: "bool" },
  expect_disconnect: { type: "bool" },
};

export const SHELL_DEFAULT_EXECUTE_COMMAND = "chmod +x {{.Path}}; {{.Vars}} {{.Path}}";
export const SHELL_ENV_VAR_FILE_EXECUTE_COMMAND = "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}";

/** Checks the `KEY=value` shape of environment variables, as the shell provisioners do. */
export function envVarFormatError(kv: string): string | undefined {
  const eq = kv.indexOf("=");
  if (eq <= 0) return `Environment variable not in format 'key=value': ${kv}`;
  return undefined;
}

/** Decodes and validates a `shell` provisioner config. */
export function decodeShellConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<ShellConfig> {
  const decoded = decodeConfig(node, SHELL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: SHELL_PLUGIN_TYPE,
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;

  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  // A decoding error ends Prepare before any check, as in Packer (no checks on half-decoded values).
  if (bag.hasErrors || validExitCodes === undefined) return { diagnostics: bag.items };

  const useEnvVarFile = v.use_env_var_file as boolean;
  const envVarFormat = (v.env_var_format as string) || (useEnvVarFile ? "export %s='%s'\n" : "%s='%s' ");
  const executeCommand =
    (v.execute_command as string) ||
    (useEnvVarFile ? SHELL_ENV_VAR_FILE_EXECUTE_COMMAND : SHELL_DEFAULT_EXECUTE_COMMAND);
  const inlineList = v.inline as string[];
  const inline = decoded.isSet("inline") && inlineList.length > 0 ? inlineList : undefined;
  const remoteFolder = (v.remote_folder as string) || "/tmp";
  const randomInt = ctx.randomInt ?? ((n: number) => Math.floor(Math.random() * n));
  const remoteFile = (v.remote_file as string) || `script_${randomInt(9999)}.sh`;
  const remotePath = (v.remote_path as string) || `${remoteFolder}/${remoteFile}`;
  const script = v.script as string;
  let scripts = v.scripts as string[];

  if (script !== "" && scripts.length > 0) {
    bag.error(at("script"), "Only one of script or scripts can be specified.");
  }
  // `script` replaces `scripts` (Packer checks only that one file then).
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  if (script !== "") {
    scripts = [script];
    scriptNames = ["script"];
  }
  if (scripts.length === 0 && inline === undefined) {
    bag.error({ pos: node.pos, path: node.path }, "Either a script file or inline script must be specified.");
  } else if (scripts.length > 0 && inline !== undefined) {
    bag.error(at("inline"), "Only a script file or an inline script can be specified, not both.");
  }
  scripts.forEach((path, i) => {
    const err = checkFile(path, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path}': ${err}`);
  });
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
      inlineShebang: (v.inline_shebang as string) || "/bin/sh -e",
      remoteFolder,
      remoteFile,
      remotePath,
      useEnvVarFile,
      expectDisconnect: v.expect_disconnect as boolean,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0],
      skipClean: v.skip_clean as boolean,
      startRetryTimeoutMs: (v.start_retry_timeout as number) || 5 * 60_000,
      pauseAfterMs: v.pause_after as number,
      binary: v.binary as boolean,
    },
  };
}
