/**
 * Alibaba Cloud's tag rules (CreateImage, CopyImage, TagResources): a key is 1 to 128 characters,
 * does not start with `aliyun` or `acs:` and contains no `http://` or `https://`; a value is at
 * most 128 characters, does not start with `acs:` and contains no `http://` or `https://`; a
 * resource holds at most 20 tags. Checked before the build, so that a bad tag fails at once, not
 * at CreateImage after the whole build.
 */

/** Tags one resource may carry. */
export const MAX_TAGS_PER_RESOURCE = 20;
/** Longest key and value. */
export const MAX_TAG_LENGTH = 128;

/** Why a tag key breaks the rules, or undefined when it is fine. */
export function tagKeyProblem(key: string): string | undefined {
  if (key === "") return "a tag key cannot be empty";
  if (key.length > MAX_TAG_LENGTH)
    return `tag key '${key.slice(0, 32)}...' is ${key.length} characters (at most ${MAX_TAG_LENGTH})`;
  if (/^(aliyun|acs:)/i.test(key)) return `tag key '${key}' must not start with 'aliyun' or 'acs:'`;
  if (/https?:\/\//i.test(key)) return `tag key '${key}' must not contain 'http://' or 'https://'`;
  return undefined;
}

/** Why a tag value breaks the rules, or undefined when it is fine. */
export function tagValueProblem(key: string, value: string): string | undefined {
  if (value.length > MAX_TAG_LENGTH)
    return `the value of tag '${key}' is ${value.length} characters (at most ${MAX_TAG_LENGTH})`;
  if (/^acs:/i.test(value)) return `the value of tag '${key}' must not start with 'acs:'`;
  if (/https?:\/\//i.test(value)) return `the value of tag '${key}' must not contain 'http://' or 'https://'`;
  return undefined;
}

/** Every problem of a tag set (rules of each tag, then the count), empty when the set is valid. */
export function tagProblems(tags: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(tags)) {
    const p = tagKeyProblem(k) ?? tagValueProblem(k, v);
    if (p) out.push(p);
  }
  const n = Object.keys(tags).length;
  if (n > MAX_TAGS_PER_RESOURCE) out.push(`${n} tags, Alibaba Cloud allows at most ${MAX_TAGS_PER_RESOURCE}`);
  return out;
}
