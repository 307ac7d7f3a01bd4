/**
 * Provenance tags: where an image comes from, from the workflow context (`@actions/github`, which
 * reads GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_WORKFLOW, GITHUB_RUN_ID,
 * GITHUB_RUN_ATTEMPT, GITHUB_ACTOR), plus the user's own from the `tags` input, so that a
 * Terraform data source or a person finds the image built from a commit. Alibaba Cloud's tag rules
 * hold: a provenance value too long (a long ref) is cut to 128 characters and a warning says so;
 * a bad user tag is an error naming the input and line.
 */
import * as github from "@actions/github";
import { FINAL_TAG, TEMPLATE_TAG } from "../builders/reuse.js";
import { MAX_TAG_LENGTH, MAX_TAGS_PER_RESOURCE, tagKeyProblem, tagValueProblem } from "../cloud/tag-rules.js";
import { BUILD_TAG } from "../cloud/tags.js";
import { FINGERPRINT_TAG } from "../engine/reuse.js";
import { InputError } from "./inputs.js";

/** The prefix of image-build's own tags (reserved: the `tags` input cannot use it). */
export const TAG_PREFIX = "image-build:";

/** Provenance tag keys. */
export const PROVENANCE_KEYS = {
  repository: `${TAG_PREFIX}repository`,
  commit: `${TAG_PREFIX}commit`,
  ref: `${TAG_PREFIX}ref`,
  workflow: `${TAG_PREFIX}workflow`,
  runId: `${TAG_PREFIX}run-id`,
  runAttempt: `${TAG_PREFIX}run-attempt`,
  actor: `${TAG_PREFIX}actor`,
} as const;

/** The parts of `@actions/github`'s Context the tags read. */
export type ProvenanceContext = Pick<
  typeof github.context,
  "sha" | "ref" | "workflow" | "runId" | "runAttempt" | "actor"
> & { repo?: { owner: string; repo: string } };

/** Tags and what was changed to fit Alibaba Cloud's rules. */
export interface TagsWithWarnings {
  tags: Record<string, string>;
  /** One line per value that was cut or changed (for core.warning / the log). */
  warnings: string[];
}

/**
 * The workflow context as the environment says now (`@actions/github`'s Context, made afresh: its
 * module-level instance holds the environment of the moment it was imported), the repository read
 * safely (the getter throws outside a workflow).
 */
function currentContext(): ProvenanceContext {
  const Context = github.context.constructor as new () => typeof github.context;
  const context = new Context();
  let repo: { owner: string; repo: string } | undefined;
  try {
    repo = context.repo;
  } catch {
    repo = undefined;
  }
  return {
    sha: context.sha,
    ref: context.ref,
    workflow: context.workflow,
    runId: context.runId,
    runAttempt: context.runAttempt,
    actor: context.actor,
    repo,
  };
}

/** A provenance value made to fit: `http(s)://` defused, at most 128 characters (the end kept for a ref). */
function fitValue(key: string, value: string, warnings: string[]): string {
  let v = value;
  if (/https?:\/\//i.test(v)) {
    v = v.replace(/(https?):\/\//gi, "$1:/");
    warnings.push(`Tag ${key}: 'http://' and 'https://' are not allowed in tag values; written as '${v}'`);
  }
  if (/^acs:/i.test(v)) {
    v = `_${v}`;
    warnings.push(`Tag ${key}: a value cannot start with 'acs:'; written as '${v}'`);
  }
  if (v.length > MAX_TAG_LENGTH) {
    const keep = MAX_TAG_LENGTH - 3;
    // A ref's or workflow's distinctive part is at its end (refs/heads/feature/...).
    v = key === PROVENANCE_KEYS.ref ? `...${v.slice(v.length - keep)}` : `${v.slice(0, keep)}...`;
    warnings.push(
      `Tag ${key}: the value is ${value.length} characters, Alibaba Cloud allows ${MAX_TAG_LENGTH}; cut to '${v}'`,
    );
  }
  return v;
}

/**
 * Provenance tags of the current workflow run: repository, commit, ref, workflow, run id and
 * attempt, actor. Empty parts are left out (a run outside Actions has none).
 */
export function provenanceTags(context: ProvenanceContext = currentContext()): TagsWithWarnings {
  const warnings: string[] = [];
  const values: [string, string | number | undefined][] = [
    [PROVENANCE_KEYS.repository, context.repo ? `${context.repo.owner}/${context.repo.repo}` : undefined],
    [PROVENANCE_KEYS.commit, context.sha],
    [PROVENANCE_KEYS.ref, context.ref],
    [PROVENANCE_KEYS.workflow, context.workflow],
    [PROVENANCE_KEYS.runId, context.runId ? String(context.runId) : undefined],
    [PROVENANCE_KEYS.runAttempt, context.runAttempt ? String(context.runAttempt) : undefined],
    [PROVENANCE_KEYS.actor, context.actor],
  ];
  const tags: Record<string, string> = {};
  for (const [key, value] of values) {
    if (value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value))) continue;
    tags[key] = fitValue(key, String(value), warnings);
  }
  return { tags, warnings };
}

/**
 * The `tags` input: `key=value` lines (blank lines and `#` comments skipped; the value may be
 * empty). Every error names the input and the line: no `=`, an empty or duplicate key, a key with
 * the reserved `image-build:` prefix, or a key or value breaking Alibaba Cloud's rules.
 */
export function parseTagsInput(text: string, inputName = "tags"): Record<string, string> {
  const tags: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const where = `Input '${inputName}', line ${i + 1}`;
    const eq = trimmed.indexOf("=");
    if (eq < 0) throw new InputError(`${where}: expected key=value, got '${trimmed}'`);
    const key = trimmed.slice(0, eq).trim();
    const value = trimmed.slice(eq + 1).trim();
    if (key === "") throw new InputError(`${where}: the tag key is empty`);
    if (key.toLowerCase().startsWith(TAG_PREFIX)) {
      throw new InputError(`${where}: tag keys starting with '${TAG_PREFIX}' are image-build's own (${key})`);
    }
    const problem = tagKeyProblem(key) ?? tagValueProblem(key, value);
    if (problem) throw new InputError(`${where}: ${problem}`);
    if (Object.hasOwn(tags, key)) throw new InputError(`${where}: tag '${key}' is given twice`);
    tags[key] = value;
  });
  return tags;
}

/** image-build's own tags on every final image, next to the run's: fingerprint, final mark, template, build. */
const OWN_IMAGE_TAGS = [FINGERPRINT_TAG, FINAL_TAG, TEMPLATE_TAG, BUILD_TAG];

/**
 * The run's image tags: provenance, then the `tags` input. Errors when they alone exceed what an
 * image can hold next to image-build's own tags (fingerprint, final mark, template identity, build
 * name; the engine checks again with the template's `tags`).
 */
export function runImageTags(
  o: { tagsInput?: string; inputName?: string; context?: ProvenanceContext } = {},
): TagsWithWarnings {
  const p = provenanceTags(o.context);
  const user = parseTagsInput(o.tagsInput ?? "", o.inputName);
  const tags = { ...p.tags, ...user };
  const room = MAX_TAGS_PER_RESOURCE - OWN_IMAGE_TAGS.length;
  const count = Object.keys(tags).length;
  if (count > room) {
    throw new InputError(
      `Input '${o.inputName ?? "tags"}': ${Object.keys(user).length} tags plus ${Object.keys(p.tags).length} provenance tags and image-build's ${OWN_IMAGE_TAGS.length} (${OWN_IMAGE_TAGS.join(", ")}) make ${count + OWN_IMAGE_TAGS.length}; Alibaba Cloud allows ${MAX_TAGS_PER_RESOURCE} per image. Remove ${count - room}.`,
    );
  }
  return { tags, warnings: p.warnings };
}
