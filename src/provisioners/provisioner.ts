/**
 * A provisioner type, as one record: its template `type`, its config decoder, its run, and the
 * local files it reads (what the build's fingerprint hashes). The registry (`./index.ts`) lists
 * every record once; validation, running and fingerprinting all read it.
 */
import type { ConfigObject } from "../template/config/tree.js";
import type { PluginDecodeContext, PluginDecodeResult } from "./plugin.js";
import type { ProvisionContext } from "./runtime.js";

/** One provisioner type. `C` is its decoded config. */
export interface Provisioner<T extends string = string, C = unknown> {
  /** The template's `type`. */
  readonly type: T;
  /** Decodes and validates the provisioner's own config (the template layer's keys are left to it). */
  decode(node: ConfigObject, ctx: PluginDecodeContext): PluginDecodeResult<C>;
  /** Runs it once (the generic options `pause_before`, `timeout`, `max_retries` are applied around it). */
  run(config: C, ctx: ProvisionContext): Promise<void>;
  /** Local files and directories it reads (scripts, upload sources), relative to the working directory. */
  localFiles(config: C): string[];
}

/** The outcome of one provisioner that ran, for a build summary. */
export interface ProvisionerOutcome {
  type: string;
  status: "succeeded" | "failed";
  durationMs: number;
  error?: string;
}
