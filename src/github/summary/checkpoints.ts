/**
 * A build's checkpoint line in the job summary: which checkpoint it resumed from and the
 * provisioners it skipped, the checkpoint images it made, and, as a warning, the ones that failed
 * or why it takes none (docs/incremental.md).
 */
import type { BuildResult } from "../../engine/build.js";
import { code, md } from "./markdown.js";
import { clip, plural } from "./text.js";

/** The checkpoint line of a build, or undefined when it was asked for none. */
export function checkpointLine(b: BuildResult): string | undefined {
  const c = b.checkpoints;
  if (!c) return undefined;
  const parts: string[] = [];
  if (c.resumedFrom) {
    const skipped = c.resumedFrom.skipped
      .map((s) => `${s.position} ${s.name ? `${s.type} "${s.name}"` : s.type}`)
      .join(", ");
    parts.push(
      `Resumed from checkpoint ${code(c.resumedFrom.imageId)} (after provisioner ${c.resumedFrom.after}): skipped ${plural(
        c.resumedFrom.skipped.length,
        "provisioner",
      )} (${md(clip(skipped, 300))})`,
    );
  }
  if (c.taken.length > 0)
    parts.push(
      `checkpoint ${c.taken.length === 1 ? "image" : "images"} ${c.taken
        .map((t) => `${code(t.imageId)} after provisioner ${t.after}`)
        .join(", ")}`,
    );
  if (c.refused) parts.push(`⚠️ no checkpoints: ${md(clip(c.refused, 300))}`);
  for (const f of c.failed)
    parts.push(`⚠️ the checkpoint after provisioner ${f.after} failed: ${md(clip(f.error, 300))}`);
  if (parts.length === 0) parts.push("no checkpoint image taken (none after the provisioners it ran)");
  return `**Checkpoints**: ${parts.join(" · ")}.`;
}
