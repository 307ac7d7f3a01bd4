// The checkpoint line of a build in the job summary and the `checkpoints` field of the `builds`
// output: resumed from (with the skipped provisioners), taken, failed (a warning), refused.
import { describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/engine/build.js";
import { buildOutputs } from "../../src/github/outputs.js";
import { checkpointLine } from "../../src/github/summary/checkpoints.js";

function result(checkpoints?: BuildResult["checkpoints"]): BuildResult {
  return {
    name: "web",
    status: "succeeded",
    region: "cn-hangzhou",
    images: { "cn-hangzhou": "m-final" },
    steps: [],
    calls: [],
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    postProcessors: [],
    durationMs: 1000,
    ...(checkpoints ? { checkpoints } : {}),
  };
}

describe("checkpoints in the summary and the outputs", () => {
  it("no line and no output field when checkpoints were not asked for", () => {
    expect(checkpointLine(result())).toBeUndefined();
    expect(JSON.parse(buildOutputs([result()]).builds)[0].checkpoints).toBeUndefined();
  });

  it("a resumed build that took a later checkpoint, and one that failed", () => {
    const b = result({
      resumedFrom: {
        imageId: "m-ckpt1",
        after: 2,
        skipped: [
          { position: 1, type: "shell", name: "base" },
          { position: 2, type: "file" },
        ],
      },
      taken: [{ after: 3, imageId: "m-ckpt3", snapshotId: "s-3" }],
      failed: [{ after: 4, error: "CreateImage: QuotaExceed.Image <boom>" }],
    });
    expect(checkpointLine(b)).toBe(
      '**Checkpoints**: Resumed from checkpoint `m-ckpt1` (after provisioner 2): skipped 2 provisioners (1 shell "base", 2 file) · checkpoint image `m-ckpt3` after provisioner 3 · ⚠️ the checkpoint after provisioner 4 failed: CreateImage: QuotaExceed.Image &lt;boom&gt;.',
    );
    expect(JSON.parse(buildOutputs([b]).builds)[0].checkpoints).toEqual({
      resumed_from: { image_id: "m-ckpt1", after: 2, skipped: [1, 2] },
      taken: [{ after: 3, image_id: "m-ckpt3" }],
      failed: [{ after: 4, error: "CreateImage: QuotaExceed.Image <boom>" }],
    });
  });

  it("a build that takes none says why", () => {
    const b = result({ taken: [], failed: [], refused: "the build has data disks" });
    expect(checkpointLine(b)).toBe("**Checkpoints**: ⚠️ no checkpoints: the build has data disks.");
    expect(JSON.parse(buildOutputs([b]).builds)[0].checkpoints).toEqual({
      taken: [],
      failed: [],
      refused: "the build has data disks",
    });
  });
});
