/**
 * Config keys that `packer fix` rewrites, and the message Packer 1.6.6 gives for them.
 *
 * Packer's fixers (`fix/fixer_*.go`) each declare `DeprecatedOptions()`: the keys they rewrite,
 * keyed by a glob over the plugin type. `generate-fixer-deprecations` merges them into
 * `helper/config/deprecated_options.go`; `config.Decode` checks every unused key against the
 * entries whose glob matches the decoding plugin's `DecodeOpts.PluginType` (left empty by plugins
 * that do not set it, such as shell-local, whose unused keys stay plain "unknown"). A match reads
 * `Deprecated configuration key: '<key>'. Please call ...` instead of `unknown configuration key`.
 *
 * Only the entries that can match the plugins image-build has are kept: the `*` entry (fixers
 * iso-md5, sshkeypath, sshdisableagent, comm-config, ssh-wait-timeout, iso-checksum-type-and-url)
 * and manifest-filename's entry for the manifest post-processor.
 */

/** Packer's `DecodeOpts.PluginType` for the manifest post-processor (its BuilderId). */
export const MANIFEST_PLUGIN_TYPE = "packer.post-processor.manifest";
/** Packer's `DecodeOpts.PluginType` for the alicloud-ecs builder (its BuilderId). */
export const ALICLOUD_PLUGIN_TYPE = "alibaba.alicloud";
/**
 * The shell and file provisioners set a PluginType too (only the `*` entry can match them, so
 * any non-empty name behaves the same).
 */
export const SHELL_PLUGIN_TYPE = "shell";
export const FILE_PLUGIN_TYPE = "file";

/** Packer 1.6.6's `config.DeprecatedOptions`, restricted to entries our plugins can match. */
const DEPRECATED_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  "*": [
    "iso_md5",
    "ssh_key_path",
    "ssh_disable_agent",
    "ssh_host_port_min",
    "ssh_host_port_max",
    "ssh_skip_nat_mapping",
    "ssh_wait_timeout",
    "iso_checksum_url",
    "iso_checksum_type",
  ],
  [MANIFEST_PLUGIN_TYPE]: ["filename"],
};

/**
 * Plain renames `packer fix` performs on builders (fixers sshkeypath, sshdisableagent,
 * ssh-wait-timeout) and on the manifest post-processor (manifest-filename). Keys of other fixers
 * are rewritten into something else (iso_md5) or only for other builders (comm-config).
 */
const BUILDER_RENAMES: Readonly<Record<string, string>> = {
  ssh_key_path: "ssh_private_key_file",
  ssh_disable_agent: "ssh_disable_agent_forwarding",
  ssh_wait_timeout: "ssh_timeout",
};
const RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [ALICLOUD_PLUGIN_TYPE]: BUILDER_RENAMES,
  [MANIFEST_PLUGIN_TYPE]: { filename: "output" },
};

/** github.com/ryanuber/go-glob: `*` matches any run of characters; everything else is literal. */
export function goGlob(pattern: string, subject: string): boolean {
  if (pattern === "*") return true;
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === subject;
  const leadingGlob = pattern.startsWith("*");
  const trailingGlob = pattern.endsWith("*");
  const end = parts.length - 1;
  let rest = subject;
  for (let i = 0; i < end; i++) {
    const idx = rest.indexOf(parts[i]);
    if (i === 0) {
      if (!leadingGlob && idx !== 0) return false;
    } else if (idx < 0) return false;
    rest = rest.slice(idx + parts[i].length);
  }
  return trailingGlob || rest.endsWith(parts[end]);
}

/** Whether Packer calls `name` (an unused key's mapstructure name) deprecated for `pluginType`. */
export function isDeprecatedKey(pluginType: string | undefined, name: string): boolean {
  if (!pluginType) return false;
  return Object.entries(DEPRECATED_OPTIONS).some(
    ([glob, keys]) => goGlob(glob, pluginType) && keys.includes(name),
  );
}

/** The key `packer fix` would rename `name` to for `pluginType`, if it is a plain rename. */
export function fixRename(pluginType: string | undefined, name: string): string | undefined {
  if (!pluginType) return undefined;
  const renames = RENAMES[pluginType];
  return renames && Object.hasOwn(renames, name) ? renames[name] : undefined;
}

/**
 * Packer's text for a deprecated key, verbatim, followed by our hint when the replacement is known
 * (image-build has no `packer fix`): `... for more detail. (image-build: use 'output' instead)`.
 */
export function deprecatedKeyMessage(name: string, replacement?: string): string {
  const packer =
    `Deprecated configuration key: '${name}'. Please call \`packer fix\` against your template to update ` +
    "your template to be compatible with the current version of Packer. Visit " +
    "https://www.packer.io/docs/commands/fix/ for more detail.";
  return replacement ? `${packer} (image-build: use '${replacement}' instead)` : packer;
}
