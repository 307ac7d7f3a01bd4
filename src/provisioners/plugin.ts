/**
 * What every provisioner and post-processor config decoder shares: the context it decodes in, its
 * result, and the keys the template layer owns (they are accepted and left to it).
 */
import type { Diagnostic } from "../template/diagnostics.js";
import type { JNode, JObject } from "../template/json.js";

/** Where and how a plugin config is decoded. */
export interface PluginDecodeContext {
  /** Template file name, for diagnostics. */
  file: string;
  /** Packer's prepare-time interpolation of one string (user variables, functions, build placeholders). */
  render?: (text: string, node: JNode) => string;
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
 * (Packer passes both to Prepare; later keys win). Override members keep their own positions.
 */
export function withOverride(config: JObject, override?: JObject): JObject {
  if (!override) return config;
  return { ...config, members: [...config.members, ...override.members] };
}
