// A checkpoint image's name: unique per run and checkpoint, within Alibaba Cloud's 128 characters.
import { describe, expect, it } from "vitest";
import { checkpointImageName } from "../../../src/builders/alicloud-ecs/steps/checkpoint.js";

describe("checkpointImageName", () => {
  it("is the image name, the checkpoint and the run", () => {
    expect(checkpointImageName("web-1700000000", 2, "3f2a9c1e-0b7d-4e57-9a51-2f8c0d1e7b66")).toBe(
      "web-1700000000-checkpoint-2-3f2a9c1e",
    );
  });

  it("keeps to 128 characters, cutting the image name", () => {
    const name = checkpointImageName("a".repeat(128), 12, "run-id-123456");
    expect(name).toHaveLength(128);
    expect(name.endsWith("-checkpoint-12-runid123")).toBe(true);
  });

  it("differs between runs and checkpoints", () => {
    const names = new Set([
      checkpointImageName("web", 1, "aaaaaaaa-1"),
      checkpointImageName("web", 1, "bbbbbbbb-1"),
      checkpointImageName("web", 2, "aaaaaaaa-1"),
    ]);
    expect(names.size).toBe(3);
  });
});
