/** Small helpers shared by the steps: tag lists for create calls, cleanup messages, not-found tolerance. */
import { CloudError, ignoreNotFound } from "../../../cloud/errors.js";

export { cleanupMessage } from "../../../pipeline/step.js";

/** `{k: v}` as the `Tag.N.Key/Value` list of a create call (any SDK's tag class accepts `{key, value}`). */
export function tagList<T>(
  tags: Record<string, string>,
  make: (kv: { key: string; value: string }) => T,
): T[] {
  return Object.entries(tags).map(([key, value]) => make({ key, value }));
}

/** Runs a delete call; a "not found" answer means it is already gone (cleanups are idempotent). */
export async function deleteIgnoringNotFound(fn: () => Promise<unknown>): Promise<void> {
  await ignoreNotFound(fn());
}

/** The API error code of a thrown value, if any. */
export function errorCode(err: unknown): string | undefined {
  if (err instanceof CloudError) return err.code;
  const c = (err as { code?: unknown })?.code;
  return typeof c === "string" ? c : undefined;
}

/** Message of any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
