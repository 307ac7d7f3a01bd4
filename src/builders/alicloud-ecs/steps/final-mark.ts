/**
 * The final mark of an image (docs/architecture.md, "Keeping and deleting images"): while a build
 * runs, its images and copies carry the image tags without the fingerprint, so no other run can
 * find them for reuse; once the build has finished and recorded them as kept, the fingerprint and
 * the final mark go on together.
 */
import { FINAL_TAG, FINGERPRINT_TAG } from "../../reuse.js";

/** The tags an image or copy carries while it is built: the image tags without the fingerprint. */
export function provisionalTags(tags: Record<string, string>): Record<string, string> {
  const { [FINGERPRINT_TAG]: _fingerprint, ...rest } = tags;
  return rest;
}

/** The tags that make a finished image final: its fingerprint and the final mark (the run's id). */
export function finalTags(fingerprint: string, runId: string): Record<string, string> {
  return { [FINGERPRINT_TAG]: fingerprint, [FINAL_TAG]: runId };
}

/** Whether a resource's tags (as Describe* returns them) carry the final mark. */
export function isFinal(tags: { tagKey?: string; tagValue?: string }[] | undefined): boolean {
  return (tags ?? []).some((t) => t.tagKey === FINAL_TAG);
}
