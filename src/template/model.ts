/**
 * The typed Template model that the rest of image-build consumes: what Packer 1.6.6's
 * `template.Template` holds after parsing, plus the resolved variables, the rendered build names,
 * the values to mask and the builds selected by `-only`/`-except`. Every part keeps the JSON node
 * it came from, so later errors (builder and provisioner configs) can name `file:line:column`.
 */

import type { ConfigNode, ConfigObject } from "./config/tree.js";
import type { SourcePos } from "./diagnostics.js";

/** Where something is in the template: source position and JSON path. */
export interface Located {
  pos: SourcePos;
  path: string;
}

/** A user variable declared in the template's `variables`. */
export interface TemplateVariable extends Located {
  name: string;
  /** The default as written (not rendered); `""` for a required variable. */
  default: string;
  /** Declared as `null`: must be given by `-var`/`-var-file`. */
  required: boolean;
  /** Listed in `sensitive-variables`: its value is masked everywhere. */
  sensitive: boolean;
}

/** One entry of `builders`. */
export interface TemplateBuilder extends Located {
  /** 0-based position in `builders` (Packer's messages count from 1). */
  index: number;
  type: string;
  /** The name as written, or the type when unset: what provisioner/post-processor `only`/`except` and `override` match. */
  rawName: string;
  /** The name rendered with the user variables: the build name (`-only`/`-except`, `PACKER_BUILD_NAME`, `{{build_name}}`). */
  name: string;
  /** The builder's own config: the object without `name` and `type` (positions kept). */
  config: ConfigObject;
  /** The whole object as written. */
  node: ConfigObject;
}

/** One provisioner (or the `error-cleanup-provisioner`). */
export interface TemplateProvisioner extends Located {
  /** 0-based position in `provisioners`; -1 for the error-cleanup provisioner. */
  index: number;
  type: string;
  /** The provisioner's own config: the object without `type`, `only`, `except`, `override`, `pause_before`, `max_retries`, `timeout`. */
  config: ConfigObject;
  /** The whole object as written. */
  node: ConfigObject;
  /** Raw builder names this provisioner runs for (empty: all). */
  only: string[];
  /** Raw builder names this provisioner is skipped for. */
  except: string[];
  /** Per raw builder name, config that is decoded after `config` (later keys win). */
  override: Record<string, ConfigObject>;
  /** `pause_before` in milliseconds (0: none). When set, `timeout` is ignored, as in Packer 1.6.6. */
  pauseBefore: number;
  /** `max_retries` rendered and parsed (0: no retry). */
  maxRetries: number;
  /** `max_retries` as written (a string, or a number/bool in weak form), `""` when unset. */
  maxRetriesRaw: string;
  /** `timeout` in milliseconds (0: none). */
  timeout: number;
}

/** One post-processor of a sequence. */
export interface TemplatePostProcessor extends Located {
  /** 0-based index of the sequence in `post-processors`. */
  index: number;
  /** 0-based position in its sequence. */
  subIndex: number;
  type: string;
  /** `name`, or the type when unset; `-except` also matches it. */
  name: string;
  only: string[];
  except: string[];
  /** `keep_input_artifact` when given. */
  keepInputArtifact?: boolean;
  /** The post-processor's own config without `type`, `name`, `only`, `except`, `keep_input_artifact` (empty for the string form). */
  config: ConfigObject;
  /** The node as written (a string or an object). */
  node: ConfigNode;
}

/** One build: a builder selected by `-only`/`-except` with what runs for it. */
export interface Build {
  /** The rendered builder name. */
  name: string;
  /**
   * What `{{build_name}}`, `PACKER_BUILD_NAME` and the manifest's `name` give, when not `name`:
   * an HCL2 build's source label, as Packer gives it (see `buildNameVariable`).
   */
  variableName?: string;
  builder: TemplateBuilder;
  /** Provisioners whose `only`/`except` keep this builder, in order. */
  provisioners: TemplateProvisioner[];
  errorCleanupProvisioner?: TemplateProvisioner;
  /** Post-processor sequences for this build: `only`/`except` applied, each sequence cut at the first post-processor named in `-except`, empty sequences dropped. */
  postProcessors: TemplatePostProcessor[][];
}

/** The parsed, resolved template. */
export interface Template {
  /** Absolute path of the template file. */
  path: string;
  /** Absolute directory of the template (`{{template_dir}}`). */
  dir: string;
  /** The text as read. */
  text: string;
  /** The root object. */
  root: ConfigObject;
  description: string;
  /** `min_packer_version` as written (`""` when unset). */
  minPackerVersion: string;
  /** Root keys starting with `_`, with their string values. */
  comments: Record<string, string>;
  /** Declared variables, in source order. */
  variables: TemplateVariable[];
  /** Names listed in `sensitive-variables`, as written. */
  sensitiveVariables: string[];
  /**
   * The resolved user variables: template defaults < var files (in order) < `-var`, then rendered
   * (`{{env}}`, `{{user}}` between variables). Undeclared `-var` names are included.
   */
  values: Record<string, string>;
  /** Values to mask everywhere (the resolved values of sensitive variables; never empty strings). */
  secrets: string[];
  /** All builders, in source order. */
  builders: TemplateBuilder[];
  provisioners: TemplateProvisioner[];
  /** Post-processor sequences (a string or object entry is a sequence of one). */
  postProcessors: TemplatePostProcessor[][];
  errorCleanupProvisioner?: TemplateProvisioner;
  /** The `push` object (accepted and ignored by Packer 1.6.6). */
  push?: ConfigObject;
  /** The builds selected by `-only`/`-except`, sorted by name (Packer's order). */
  builds: Build[];
  /** The environment used for `{{env}}` (the process environment unless given). */
  env: Record<string, string | undefined>;
  /** The working directory used for `{{pwd}}`. */
  cwd: string;
  /** The run's start time (`{{timestamp}}`, `{{isotime}}`). */
  startTime: Date;
}
