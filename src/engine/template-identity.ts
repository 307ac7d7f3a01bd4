/**
 * The template identity (`image-build:template`): a stable name of the template, not of its
 * content, so that retention finds every image built from it however the template changes.
 *
 * - The action: `<owner>/<repo>:<template path relative to the workspace>`.
 * - The CLI: the template path relative to the root of the git work tree holding it (the nearest
 *   directory upwards with a `.git`), else relative to the working directory.
 * - `template-id` (input) / `-template-id` (flag) overrides it (a template moved or shared).
 *
 * Paths use `/`. A value Alibaba Cloud would refuse as a tag value (over 128 characters, starting
 * with `acs:` or `aliyun`, holding `http://` or `https://`) is replaced by a stable digest form,
 * `sha256:<64 hex of the natural value>`.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { TEMPLATE_TAG } from "../builders/reuse.js";
import { MAX_TAG_LENGTH } from "../cloud/tag-rules.js";
import { BUILD_TAG } from "../cloud/tags.js";

/** Why a value cannot be a tag value as it is, or undefined. */
function unfit(value: string): boolean {
  return (
    value === "" ||
    value.length > MAX_TAG_LENGTH ||
    /^(acs:|aliyun)/i.test(value) ||
    /https?:\/\//i.test(value) ||
    // Control characters would make the tag unreadable in the console.
    /\p{Cc}/u.test(value)
  );
}

/** The value itself when Alibaba Cloud accepts it as a tag value, else `sha256:<hex>` of it. */
export function tagSafeIdentity(natural: string): string {
  return unfit(natural) ? `sha256:${createHash("sha256").update(natural).digest("hex")}` : natural;
}

/** A path with `/` separators. */
const slashes = (p: string) => p.split(sep).join("/");

/** The root of the git work tree holding `path` (a directory with `.git`, searched upwards), or undefined. */
export function gitRoot(path: string): string | undefined {
  let dir = resolve(path);
  for (let i = 0; i < 256; i++) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** `path` relative to `base` when inside it, else absolute (both with `/`). */
function relativeOrAbsolute(path: string, base: string): string {
  const rel = relative(base, path);
  if (rel === "") return ".";
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return slashes(resolve(path));
  return slashes(rel);
}

/** The identity the action gives a template: `<owner>/<repo>:<path in the workspace>`. */
export function actionTemplateIdentity(o: {
  template: string;
  workspace: string;
  repository?: string;
  override?: string;
}): string {
  if (o.override) return tagSafeIdentity(o.override);
  const path = relativeOrAbsolute(resolve(o.workspace, o.template), resolve(o.workspace));
  return tagSafeIdentity(o.repository ? `${o.repository}:${path}` : path);
}

/** The identity the CLI gives a template: its path in its git work tree, else in the working directory. */
export function cliTemplateIdentity(o: { template: string; cwd: string; override?: string }): string {
  if (o.override) return tagSafeIdentity(o.override);
  const path = resolve(o.cwd, o.template);
  const root = gitRoot(path) ?? resolve(o.cwd);
  return tagSafeIdentity(relativeOrAbsolute(path, root));
}

/**
 * The tags that put a build's images in retention's scope: the template identity and the build
 * name (made tag-safe the same way).
 */
export function retentionTags(templateId: string, buildName: string): Record<string, string> {
  return { [TEMPLATE_TAG]: templateId, [BUILD_TAG]: tagSafeIdentity(buildName) };
}
