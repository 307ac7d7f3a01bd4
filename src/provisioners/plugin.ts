/**
 * What every provisioner and post-processor config decoder shares: the context it decodes in, its
 * result, and the keys the template layer owns (they are accepted and left to it).
 */

import type { RenderFn } from "../template/config/render.js";
import { type ConfigNode, type ConfigObject, member } from "../template/config/tree.js";
import type { Diagnostic } from "../template/diagnostics.js";

/** Where and how a plugin config is decoded. */
export interface PluginDecodeContext {
  /** Template file name, for diagnostics. */
  file: string;
  /** Packer's prepare-time interpolation of one string (user variables, functions, build placeholders). */
  render?: RenderFn;
  /** Working directory: relative local paths (scripts, sources) are checked against it, as Packer does. */
  cwd: string;
  /** The host OS as Go names it (`linux`, `darwin`, `windows`...); defaults to this process's. */
  goos?: string;
  /** Random integer in [0, n), for `remote_file`'s default name; defaults to Math.random. */
  randomInt?: (n: number) => number;
  /** Parses a Go text/template without rendering it; throws with Go's message on a syntax error. */
  parseTemplate?: (text: string) => void;
}

/** The outcome of decoding one plugin config: the typed config when there is no error. */
export interface PluginDecodeResult<T> {
  config?: T;
  diagnostics: Diagnostic[];
  /** Values of secret fields, for masking. */
  secrets?: string[];
}

/** Keys the template layer takes off every provisioner before Prepare (reference §6.2). */
export const PROVISIONER_CORE_KEYS: readonly string[] = [
  "only",
  "except",
  "override",
  "pause_before",
  "max_retries",
  "timeout",
];

/** Keys the template layer takes off every post-processor before Configure (reference §7). */
export const POST_PROCESSOR_CORE_KEYS: readonly string[] = ["only", "except", "keep_input_artifact", "name"];

/** Go's runtime.GOOS for a Node platform. */
export function goosOf(platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? "windows" : platform === "sunos" ? "solaris" : platform;
}

/**
 * The config Packer decodes for one build: the plugin's own config, then the build's `override`
 * (Packer passes both to Prepare and mapstructure decodes them one after the other into the same
 * struct). Scalars are replaced; lists are merged item by item, as mapstructure reuses the slice
 * (observed with Packer 1.6.6: `inline` ["a","b"] overridden by ["c"] runs ["c","b"]); objects are
 * merged key by key. Override members keep their own positions.
 */
export function withOverride(config: ConfigObject, override?: ConfigObject): ConfigObject {
  if (!override) return config;
  return mergeObjects(config, override);
}

function mergeObjects(base: ConfigObject, over: ConfigObject): ConfigObject {
  const members = [...base.members];
  for (const m of over.members) {
    const prior = member(base, m.key);
    members.push(prior ? { ...m, value: mergeValues(prior.value, m.value) } : m);
  }
  return { ...over, pos: base.pos, path: base.path, members };
}

function mergeValues(base: ConfigNode, over: ConfigNode): ConfigNode {
  if (base.kind === "array" && over.kind === "array") {
    return { ...over, items: [...over.items, ...base.items.slice(over.items.length)] };
  }
  if (base.kind === "object" && over.kind === "object")
    return { ...mergeObjects(base, over), pos: over.pos, path: over.path };
  return over;
}
