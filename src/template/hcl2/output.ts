/**
 * What the HCL2 front end produces: for each build × source, the builder configuration, the
 * provisioners and the post-processor chains as plain positioned value trees, the same shape a
 * JSON template's `builders[i]`, `provisioners[i]` and `post-processors[i]` objects have (so the
 * existing decoders can consume them), plus the values to mask and every file read.
 */
import type { Range } from "./ast.js";
import type { HclDiagnostic } from "./diagnostics.js";

/** A positioned plain value: string, number, bool, null, array or object, with its source range. */
export type PNode =
  | { kind: "string"; value: string; range: Range }
  | { kind: "number"; value: number; range: Range }
  | { kind: "bool"; value: boolean; range: Range }
  | { kind: "null"; range: Range }
  | { kind: "array"; items: PNode[]; range: Range }
  | PObject;

/** An object: members in source order, each with the range of its key. */
export interface PObject {
  kind: "object";
  members: PMember[];
  range: Range;
}

/** One `key = value` of an object. */
export interface PMember {
  key: string;
  keyRange: Range;
  value: PNode;
}

/** One build × source of the template, ready for the decoders. */
export interface Hcl2Build {
  /** The `build` block's `name` ("" when unset). */
  buildName: string;
  description: string;
  /** `alicloud-ecs`. */
  sourceType: string;
  /** The source name after a build's `source` block renamed it. */
  sourceName: string;
  /**
   * The source block's own label (before any renaming): Packer's `packer_build_name`, so what
   * `{{build_name}}`, `PACKER_BUILD_NAME` and the manifest's `name` give.
   */
  sourceLabel: string;
  /** Packer's name for the build: `buildName.type.name`, or `type.name` without a build name. */
  name: string;
  /**
   * The builder configuration as a JSON builder object: `type` and `name` members first, then
   * the source's arguments (with the build's overrides) and nested blocks (`system_disk_mapping`
   * an object, `image_disk_mappings` and `tag` arrays of objects).
   */
  builder: PObject;
  /**
   * Provisioners already filtered by `only`/`except` for this source, with `override` for it
   * merged: `type`, then `pause_before`/`max_retries`/`timeout`/`name` when set, then the config.
   * `build.*` references are Go-template text (``{{ build `ID` }}``): it passes through prepare (as `{{.ID}}`) and the provisioner renders it at run time.
   */
  provisioners: PObject[];
  /** The `error-cleanup-provisioner`, when there is one. */
  errorCleanupProvisioner?: PObject;
  /**
   * Post-processor chains (a lone `post-processor` block is a chain of one), filtered by
   * `only`/`except`: each `type`, `keep_input_artifact` when set, `name` when set, then the config.
   */
  postProcessors: PObject[][];
}

/** A loaded HCL2 template. */
export interface Hcl2Template {
  /** The template path as given (a file or a directory). */
  path: string;
  /** Every template and var file loaded, in load order. */
  files: string[];
  /** Files read by `file()`, `templatefile()`, `filebase64()`. */
  readFiles: string[];
  builds: Hcl2Build[];
  /** Every input variable's final value as JSON data (sensitive ones included: mask them). */
  variables: Record<string, unknown>;
  /** Names of sensitive variables and locals. */
  sensitiveNames: string[];
  /** Every non-empty string inside a sensitive variable or local: mask these in logs. */
  sensitiveValues: string[];
  /** `PKR_VAR_<name>` values that set declared, non-sensitive variables (for the reuse fingerprint). */
  pkrVarEnv: Record<string, string>;
  /** Warnings (and, when loading failed, errors). */
  diagnostics: HclDiagnostic[];
}
