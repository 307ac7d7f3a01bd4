/**
 * A post-processor type, as one record: its template `type`, its config decoder, its run on a
 * build's artifact, and the local file it writes (reported with the build's result). The registry
 * (`./index.ts`) lists every record once; validation and running read it.
 */
import type { PluginDecodeContext, PluginDecodeResult } from "../provisioners/plugin.js";
import type { ProvisionContext } from "../provisioners/runtime.js";
import type { ConfigObject } from "../template/config/tree.js";
import type { Artifact, PostProcessResult } from "./artifact.js";

/** What post-processors need beyond a provisioner's context. */
export interface PostProcessContext extends ProvisionContext {
  /** PACKER_RUN_UUID of this run (the manifest's `packer_run_uuid`). */
  runUuid: string;
  /** `-force`. */
  force?: boolean;
}

/** One post-processor type. `C` is its decoded config. */
export interface PostProcessor<T extends string = string, C = unknown> {
  /** The template's `type`. */
  readonly type: T;
  /** Decodes and validates its own config (the template layer's keys are left to it). */
  decode(node: ConfigObject, ctx: PluginDecodeContext): PluginDecodeResult<C>;
  /** Runs it on an artifact; throws with its message on failure. */
  run(config: C, artifact: Artifact, ctx: PostProcessContext): Promise<PostProcessResult>;
  /** The local file it writes, absolute (resolved against `cwd`), if any. */
  output?(config: C, cwd: string): string | undefined;
}
