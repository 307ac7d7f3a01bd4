/**
 * The image tags of an `alicloud-ecs` build against Alibaba Cloud's rules, before any call: the
 * template's `tags`, the run's (provenance, the user's own) and the fingerprint, on the images,
 * their copies and snapshots (with `image_ignore_data_disks`, the build's own snapshot also
 * carries the temporary resources' tags).
 */
import { MAX_TAGS_PER_RESOURCE, tagProblems } from "../../cloud/tag-rules.js";
import { runTags as temporaryTags } from "../../cloud/tags.js";
import { FINAL_TAG, FINGERPRINT_TAG, TEMPLATE_TAG } from "../reuse.js";
import type { AlicloudEcsConfig } from "./config.js";

/**
 * The image tags (template `tags`, then the run's, then the fingerprint) against Alibaba Cloud's
 * rules: an error naming where the tags come from, or undefined.
 */
export function imageTagsError(
  c: AlicloudEcsConfig,
  runTags: Record<string, string> | undefined,
  fingerprinted: boolean,
): Error | undefined {
  const template = c.tags;
  const merged = {
    ...template,
    ...runTags,
    ...(fingerprinted ? { [FINGERPRINT_TAG]: "0".repeat(64), [FINAL_TAG]: "run" } : {}),
    // A build with a template identity is marked final even without a fingerprint.
    ...(runTags && TEMPLATE_TAG in runTags ? { [FINAL_TAG]: "run" } : {}),
  };
  // With image_ignore_data_disks the image's snapshot is made by the build, with the temporary
  // resources' tags (image-build:run, image-build:build) too.
  const onSnapshot = c.imageIgnoreDataDisks ? { ...merged, ...temporaryTags("run", "build") } : merged;
  const count = Object.keys(onSnapshot).length;
  if (count > MAX_TAGS_PER_RESOURCE) {
    const own = Object.keys(template).length;
    const run = Object.keys(runTags ?? {}).filter((k) => !(k in template)).length;
    return new Error(
      `Too many image tags: ${count} (the template's \`tags\`: ${own}, the run's: ${run}${
        fingerprinted ? `, ${FINGERPRINT_TAG} and ${FINAL_TAG}: 2` : ""
      }${
        count > Object.keys(merged).length
          ? `, image-build:run and image-build:build on the image_ignore_data_disks snapshot: ${count - Object.keys(merged).length}`
          : ""
      }); Alibaba Cloud allows ${MAX_TAGS_PER_RESOURCE} per image and snapshot. Remove ${
        count - MAX_TAGS_PER_RESOURCE
      } from the template's \`tags\` or the action's \`tags\` input.`,
    );
  }
  const problems = tagProblems(merged);
  return problems.length > 0 ? new Error(`Invalid image tags: ${problems.join("; ")}`) : undefined;
}
