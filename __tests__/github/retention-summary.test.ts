// The retention section of the job summary: deleted images with their snapshots, images kept
// although older with why, failures; escaped cells.
import { describe, expect, it } from "vitest";
import type { PruneBuildsResult } from "../../src/engine/prune.js";
import { renderRetentionSummary } from "../../src/github/summary/retention.js";

const result = (
  images: PruneBuildsResult["builds"][number]["images"],
  error?: string,
): PruneBuildsResult => ({
  templateId: "org/repo:packer/web.json",
  keep: 1,
  dryRun: false,
  ok: !error,
  builds: [{ build: "web", regions: ["cn-hangzhou"], images, ...(error ? { error } : {}) }],
});

const base = { build: "web", region: "cn-hangzhou", created: "2026-01-01T00:00:00Z", kind: "final" as const };

describe("retention summary", () => {
  it("lists what was deleted (image, region, build, created, snapshots) and what was kept although older, with why", () => {
    const md = renderRetentionSummary(
      result([
        { ...base, imageId: "m-new", outcome: "kept", reason: "one of the newest 1", snapshots: [] },
        {
          ...base,
          imageId: "m-used",
          outcome: "kept",
          reason: "in use by instance i-1",
          candidate: true,
          snapshots: [],
        },
        {
          ...base,
          imageId: "m-shared",
          outcome: "kept",
          reason: "shared with 1234567890123457",
          candidate: true,
          snapshots: [],
        },
        {
          ...base,
          imageId: "m-old",
          kind: "checkpoint",
          outcome: "deleted",
          snapshots: [
            { id: "s-1", outcome: "deleted" },
            { id: "s-2", outcome: "kept", detail: "used by image m-9" },
          ],
        },
      ]),
    );
    expect(md).toContain("## 🗑️ Retention: 1 older image deleted");
    expect(md).toContain("`org/repo:packer/web.json`");
    expect(md).toContain(
      "| `m-old` | `cn-hangzhou` | web | checkpoint | 2026-01-01T00:00:00Z | `s-1`<br>`s-2` kept (used by image m-9) |",
    );
    expect(md).toContain("### 📌 Kept although older (2)");
    expect(md).toContain(
      "| `m-used` | `cn-hangzhou` | web | 2026-01-01T00:00:00Z | in use by instance i-1 |",
    );
    expect(md).toContain("shared with 1234567890123457");
    // The newest are counted, not listed.
    expect(md).not.toContain("m-new");
  });

  it("failures and a build whose retention stopped are listed; nothing deleted says so", () => {
    const md = renderRetentionSummary(
      result(
        [{ ...base, imageId: "m-x", outcome: "failed", reason: "Throttling | <b>", snapshots: [] }],
        "Forbidden.RAM",
      ),
    );
    expect(md).toContain("## ⚠️ Retention: some images could not be deleted");
    expect(md).toContain("Throttling \\| &lt;b&gt;");
    expect(md).toContain("Forbidden.RAM");
    expect(renderRetentionSummary(result([]))).toContain("## 🗂️ Retention: nothing to delete");
  });
});
