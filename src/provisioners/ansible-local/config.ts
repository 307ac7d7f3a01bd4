/**
 * The `ansible-local` provisioner's configuration, decoded and validated as Packer 1.6.6's Prepare
 * does (`provisioner/ansible-local/provisioner.go`): the same keys, defaults, checks and messages.
 * Every field is rendered at prepare time.
 */
import { statSync } from "node:fs";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig, type Located } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { DiagnosticBag } from "../../template/diagnostics.js";
import { timeOrderedUUID } from "../../template/interpolate/uuid.js";
import { fileConfigError } from "../ansible/config.js";
import { goStatError, resolveLocal } from "../local-path.js";
import { type PluginDecodeContext, type PluginDecodeResult, PROVISIONER_CORE_KEYS } from "../plugin.js";

/** Packer's staging directory parent. */
export const DEFAULT_STAGING_DIR = "/tmp/packer-provisioner-ansible-local";

/** A decoded `ansible-local` provisioner. */
export interface AnsibleLocalConfig {
  /** Run on the instance through its shell. */
  command: string;
  extraArguments: string[];
  groupVars: string;
  hostVars: string;
  playbookDir: string;
  playbookFile: string;
  /** `playbook_files`, made absolute from the working directory (as Packer's filepath.Abs). */
  playbookFiles: string[];
  playbookPaths: string[];
  rolePaths: string[];
  stagingDirectory: string;
  cleanStagingDirectory: boolean;
  inventoryFile: string;
  inventoryGroups: string[];
  galaxyFile: string;
  galaxyCommand: string;
}

/** Packer 1.6.6's ansible-local keys. */
export const ANSIBLE_LOCAL_SPEC: ConfigSpec = {
  command: { type: "string", default: "ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook" },
  extra_arguments: { type: "stringList" },
  group_vars: { type: "string" },
  host_vars: { type: "string" },
  playbook_dir: { type: "string" },
  playbook_file: { type: "string" },
  playbook_files: { type: "stringList" },
  playbook_paths: { type: "stringList" },
  role_paths: { type: "stringList" },
  staging_directory: { type: "string" },
  clean_staging_directory: { type: "bool" },
  inventory_file: { type: "string" },
  inventory_groups: { type: "stringList" },
  galaxy_file: { type: "string" },
  galaxy_command: { type: "string", default: "ansible-galaxy" },
};

/** Packer's validateDirConfig. */
function dirConfigError(path: string, key: string, cwd: string): string | undefined {
  const err = goStatError(path, cwd);
  if (err) return `${key}: ${path} is invalid: ${err}`;
  if (!statSync(resolveLocal(path, cwd)).isDirectory()) return `${key}: ${path} must point to a directory`;
  return undefined;
}

/** Decodes and validates an `ansible-local` provisioner config; local paths are checked from `ctx.cwd`. */
export function decodeAnsibleLocalConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<AnsibleLocalConfig> {
  const decoded = decodeConfig(node, ANSIBLE_LOCAL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: "ansible-local",
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const self: Located = { pos: node.pos, path: node.path };
  const at = (key: string) => (decoded.isSet(key) ? decoded.positionOf(key) : self);
  const str = (key: string) => v[key] as string;
  const list = (key: string) => v[key] as string[];

  const playbookFile = str("playbook_file");
  const files = list("playbook_files");
  if (files.length !== 0 && playbookFile !== "")
    bag.error(self, "Either playbook_file or playbook_files can be specified, not both");
  if (files.length === 0 && playbookFile === "")
    bag.error(self, "Either playbook_file or playbook_files must be specified");
  if (playbookFile !== "") {
    const err = fileConfigError(playbookFile, "playbook_file", ctx.cwd, true);
    if (err) bag.error(at("playbook_file"), err);
  }
  const playbookFiles: string[] = [];
  files.forEach((f, i) => {
    const err = fileConfigError(f, "playbook_files", ctx.cwd, true);
    if (err) bag.error(decoded.positionOf(`playbook_files[${i}]`), err);
    else playbookFiles.push(resolveLocal(f, ctx.cwd));
  });
  for (const key of ["inventory_file", "galaxy_file"]) {
    if (str(key) === "") continue;
    const err = fileConfigError(str(key), key, ctx.cwd, true);
    if (err) bag.error(at(key), err);
  }
  for (const key of ["playbook_dir", "group_vars", "host_vars"]) {
    if (str(key) === "") continue;
    const err = dirConfigError(str(key), key, ctx.cwd);
    if (err) bag.error(at(key), err);
  }
  for (const key of ["playbook_paths", "role_paths"]) {
    list(key).forEach((p, i) => {
      const err = dirConfigError(p, key, ctx.cwd);
      if (err) bag.error(decoded.positionOf(`${key}[${i}]`), err);
    });
  }

  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      command: str("command"),
      extraArguments: list("extra_arguments"),
      groupVars: str("group_vars"),
      hostVars: str("host_vars"),
      playbookDir: str("playbook_dir"),
      playbookFile,
      playbookFiles,
      playbookPaths: list("playbook_paths"),
      rolePaths: list("role_paths"),
      stagingDirectory: str("staging_directory") || `${DEFAULT_STAGING_DIR}/${timeOrderedUUID()}`,
      cleanStagingDirectory: v.clean_staging_directory as boolean,
      inventoryFile: str("inventory_file"),
      inventoryGroups: list("inventory_groups"),
      galaxyFile: str("galaxy_file"),
      galaxyCommand: str("galaxy_command"),
    },
  };
}
