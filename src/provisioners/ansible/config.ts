/**
 * The `ansible` provisioner's configuration, decoded and validated as Packer 1.6.6's Prepare does
 * (`provisioner/ansible/provisioner.go`): the same keys, defaults, checks and messages, including
 * the `ansible-playbook --version` check (skipped with `skip_version_check`). Every field is
 * rendered at prepare time except `inventory_file_template`; `extra_arguments` and
 * `ansible_env_vars` are rendered again at run time with the build data.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { userInfo } from "node:os";
import { checkFile, LIMITS } from "../../files/read-bounded.js";
import type { ConfigSpec } from "../../template/config/decode.js";
import { decodeConfig, type Located } from "../../template/config/decode.js";
import type { ConfigObject } from "../../template/config/tree.js";
import { DiagnosticBag } from "../../template/diagnostics.js";
import { goStatError, resolveLocal } from "../local-path.js";
import { type PluginDecodeContext, type PluginDecodeResult, PROVISIONER_CORE_KEYS } from "../plugin.js";

/** A decoded `ansible` provisioner. */
export interface AnsibleConfig {
  command: string;
  extraArguments: string[];
  /** `ansible_env_vars` with Packer's additions (`ANSIBLE_HOST_KEY_CHECKING=False`, `ANSIBLE_SCP_IF_SSH=True`). */
  ansibleEnvVars: string[];
  playbookFile: string;
  ansibleSshExtraArgs: string[];
  groups: string[];
  emptyGroups: string[];
  hostAlias: string;
  /** The `ansible_user` (default: the user running image-build). */
  user: string;
  /** True when `user` was not set (without the proxy the communicator's user is used). */
  userWasEmpty: boolean;
  localPort: number;
  sshHostKeyFile: string;
  sshAuthorizedKeyFile: string;
  sftpCommand: string;
  useSftp: boolean;
  inventoryDirectory: string;
  /** Raw (rendered at run time with `.HostAlias`, `.Host`, `.User`, `.Port` and the build data). */
  inventoryFileTemplate: string;
  inventoryFile: string;
  keepInventoryFile: boolean;
  galaxyFile: string;
  galaxyCommand: string;
  galaxyForceInstall: boolean;
  rolesPath: string;
  collectionsPath: string;
  /** Unset: true (Packer 1.6.6's default). */
  useProxy?: boolean;
  /** Major version of `ansible-playbook` (inventory line format); 2 when the check was skipped. */
  ansibleMajorVersion: number;
}

/** Packer 1.6.6's ansible provisioner keys. */
export const ANSIBLE_SPEC: ConfigSpec = {
  command: { type: "string", default: "ansible-playbook" },
  extra_arguments: { type: "stringList" },
  ansible_env_vars: { type: "stringList" },
  playbook_file: { type: "string" },
  ansible_ssh_extra_args: { type: "stringList" },
  groups: { type: "stringList" },
  empty_groups: { type: "stringList" },
  host_alias: { type: "string", default: "default" },
  user: { type: "string" },
  local_port: { type: "int" },
  ssh_host_key_file: { type: "string" },
  ssh_authorized_key_file: { type: "string" },
  sftp_command: { type: "string" },
  skip_version_check: { type: "bool" },
  use_sftp: { type: "bool" },
  inventory_directory: { type: "string" },
  inventory_file_template: { type: "string", noRender: true },
  inventory_file: { type: "string" },
  keep_inventory_file: { type: "bool" },
  galaxy_file: { type: "string" },
  galaxy_command: { type: "string", default: "ansible-galaxy" },
  galaxy_force_install: { type: "bool" },
  roles_path: { type: "string" },
  collections_path: { type: "string" },
  use_proxy: { type: "trilean" },
};

/** How to get `ansible-playbook`, appended to the version check's error. */
export const INSTALL_HINT =
  "Install Ansible on the machine running the build (for example `pipx install ansible-core`, " +
  "`pip install ansible-core==2.14.*` or `apt-get install ansible-core`), or set " +
  '"skip_version_check": true if a previous step installs it.';

/** Packer's validateFileConfig: the file must exist and not be a directory. */
export function fileConfigError(
  name: string,
  key: string,
  cwd: string,
  required: boolean,
): string | undefined {
  if (required && name === "") return `${key} must be specified.`;
  const err = goStatError(name, cwd);
  if (err) return `${key}: ${name} is invalid: ${err}`;
  if (statSync(resolveLocal(name, cwd)).isDirectory()) return `${key}: ${name} must point to a file`;
  // A device or FIFO (which would hang ansible-playbook and the fingerprint), or a huge file.
  return checkFile(name, cwd, { limit: LIMITS.script, what: key });
}

/**
 * Packer's getVersion: runs `<command> --version` and finds the version in its output. Returns
 * the major version, or Packer's error text (with how to install Ansible when it is missing).
 */
export function ansibleVersion(command: string, cwd: string): number | string {
  let out: string;
  try {
    out = execFileSync(command, ["--version"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
      maxBuffer: 1 << 20,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { status?: number | null };
    const reason =
      err.code === "ENOENT"
        ? `exec: ${JSON.stringify(command)}: executable file not found in $PATH`
        : typeof err.status === "number"
          ? `exit status ${err.status}`
          : err.message;
    return `Error running "${command} --version": ${reason}\n${INSTALL_HINT}`;
  }
  const m = /\w (\d+\.\d+[.\d+]*)/.exec(out);
  if (!m) return `Could not find ${command} version in output:\n${out}`;
  const major = Number.parseInt(m[1].split(".")[0], 10);
  if (!Number.isFinite(major)) return `Could not parse major version from "${m[1]}".`;
  return major;
}

/** Decodes and validates an `ansible` provisioner config; local files are checked relative to `ctx.cwd`. */
export function decodeAnsibleConfig(
  node: ConfigObject,
  ctx: PluginDecodeContext,
): PluginDecodeResult<AnsibleConfig> {
  const decoded = decodeConfig(node, ANSIBLE_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: "ansible",
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const self: Located = { pos: node.pos, path: node.path };
  const at = (key: string) => (decoded.isSet(key) ? decoded.positionOf(key) : self);
  const str = (key: string) => v[key] as string;

  const check = (key: string, required: boolean) => {
    const err = fileConfigError(str(key), key, ctx.cwd, required);
    if (err) bag.error(at(key), err);
  };
  check("playbook_file", true);
  if (str("galaxy_file") !== "") check("galaxy_file", true);
  if (str("ssh_authorized_key_file") !== "") check("ssh_authorized_key_file", true);
  const envVars = [...(v.ansible_env_vars as string[])];
  if (str("ssh_host_key_file") !== "") check("ssh_host_key_file", true);
  else envVars.push("ANSIBLE_HOST_KEY_CHECKING=False");
  if (!(v.use_sftp as boolean)) envVars.push("ANSIBLE_SCP_IF_SSH=True");
  const localPort = v.local_port as number;
  if (localPort > 65535) bag.error(at("local_port"), `local_port: ${localPort} must be a valid port`);
  const inventoryDirectory = str("inventory_directory");
  if (inventoryDirectory !== "") {
    const err = goStatError(inventoryDirectory, ctx.cwd);
    if (err)
      bag.error(at("inventory_directory"), `inventory_directory: ${inventoryDirectory} is invalid: ${err}`);
    else if (!statSync(resolveLocal(inventoryDirectory, ctx.cwd)).isDirectory())
      bag.error(
        at("inventory_directory"),
        `inventory_directory: ${inventoryDirectory} must point to a directory`,
      );
  }
  let major = 2;
  if (!(v.skip_version_check as boolean)) {
    const version = ansibleVersion(str("command"), ctx.cwd);
    if (typeof version === "string") bag.error(at("command"), version);
    else major = version;
  }
  let user = str("user");
  const userWasEmpty = user === "";
  if (userWasEmpty) {
    try {
      user = userInfo().username;
    } catch {
      user = process.env.USER ?? "";
    }
    if (user === "") bag.error(self, "user: could not determine current user from environment.");
  }

  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      command: str("command"),
      extraArguments: v.extra_arguments as string[],
      ansibleEnvVars: envVars,
      playbookFile: str("playbook_file"),
      ansibleSshExtraArgs: v.ansible_ssh_extra_args as string[],
      groups: v.groups as string[],
      emptyGroups: v.empty_groups as string[],
      hostAlias: str("host_alias"),
      user,
      userWasEmpty,
      localPort,
      sshHostKeyFile: str("ssh_host_key_file"),
      sshAuthorizedKeyFile: str("ssh_authorized_key_file"),
      sftpCommand: str("sftp_command"),
      useSftp: v.use_sftp as boolean,
      inventoryDirectory,
      inventoryFileTemplate: str("inventory_file_template"),
      inventoryFile: str("inventory_file"),
      keepInventoryFile: v.keep_inventory_file as boolean,
      galaxyFile: str("galaxy_file"),
      galaxyCommand: str("galaxy_command"),
      galaxyForceInstall: v.galaxy_force_install as boolean,
      rolesPath: str("roles_path"),
      collectionsPath: str("collections_path"),
      useProxy: v.use_proxy as boolean | undefined,
      ansibleMajorVersion: major,
    },
  };
}
