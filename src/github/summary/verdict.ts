/** What became of a build, as the summaries show it: its verdict, badge and icon, and its images by region. */
import type { BuildResult } from "../../engine/build.js";

/** What became of a build. */
export type Verdict = "built" | "reused" | "failed" | "cancelled" | "post-failed" | "no-image";

/** A build's verdict: a failed post-processor counts, a reused image is not "built". */
export function verdict(b: BuildResult): Verdict {
  if (b.status === "failed") return "failed";
  if (b.status === "cancelled") return "cancelled";
  if (b.postProcessors.some((p) => p.status === "failed")) return "post-failed";
  if (b.reused) return "reused";
  return Object.keys(b.images).length > 0 ? "built" : "no-image";
}

/** The images table's status cell of each verdict. */
export const BADGE: Record<Verdict, string> = {
  built: "✅ built",
  reused: "♻️ reused",
  failed: "❌ failed",
  cancelled: "🛑 cancelled",
  "post-failed": "⚠️ post-processor failed",
  "no-image": "✅ no image",
};

/** The icon before a build's section heading. */
export const ICON: Record<Verdict, string> = {
  built: "✅",
  reused: "♻️",
  failed: "❌",
  cancelled: "🛑",
  "post-failed": "⚠️",
  "no-image": "✅",
};

/** Source region first, then the copies by name. */
export function regionsOf(b: BuildResult): [string, string][] {
  return Object.entries(b.images).sort(([a], [c]) =>
    a === b.region ? -1 : c === b.region ? 1 : a.localeCompare(c),
  );
}
