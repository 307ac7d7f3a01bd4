// The registries are the one list each of builders, provisioners and post-processors: validation
// (decoding), running and fingerprinting find a type's record there, and nowhere else.
import { expect, it } from "vitest";
import { BUILDERS, builderOf, SUPPORTED_BUILDERS } from "../../src/builders/index.js";
import {
  isSupportedPostProcessor,
  POST_PROCESSORS,
  postProcessorOf,
  SUPPORTED_POST_PROCESSORS,
} from "../../src/post-processors/index.js";
import {
  isSupportedProvisioner,
  PROVISIONERS,
  provisionerOf,
  SUPPORTED_PROVISIONERS,
} from "../../src/provisioners/index.js";

it("lists each type once, and the supported lists and lookups come from the registries", () => {
  for (const list of [BUILDERS, PROVISIONERS, POST_PROCESSORS]) {
    const types = list.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
  }
  expect(SUPPORTED_BUILDERS).toEqual(["alicloud-ecs"]);
  expect(SUPPORTED_PROVISIONERS).toEqual(["shell", "file", "shell-local", "ansible", "ansible-local"]);
  expect(SUPPORTED_POST_PROCESSORS).toEqual(["manifest", "shell-local"]);
  for (const b of BUILDERS) expect(builderOf(b.type)).toBe(b);
  expect(builderOf("amazon-ebs")).toBeUndefined();
  for (const p of PROVISIONERS) {
    expect(isSupportedProvisioner(p.type)).toBe(true);
    expect(provisionerOf({ type: p.type, config: {} } as never)).toBe(p);
  }
  for (const p of POST_PROCESSORS) {
    expect(isSupportedPostProcessor(p.type)).toBe(true);
    expect(postProcessorOf({ type: p.type, config: {} } as never)).toBe(p);
  }
  expect(isSupportedProvisioner("constructor")).toBe(false);
  expect(isSupportedPostProcessor("hasOwnProperty")).toBe(false);
});

it("reads the local files of each provisioner from its record (the fingerprint's inputs)", () => {
  const files = (type: string, config: unknown) =>
    provisionerOf({ type, config } as never).localFiles(config as never);
  expect(files("shell", { scripts: ["a.sh", "b.sh"] })).toEqual(["a.sh", "b.sh"]);
  expect(files("shell-local", { scripts: ["l.sh"] })).toEqual(["l.sh"]);
  expect(files("file", { direction: "upload", sources: ["dir/", "f"] })).toEqual(["dir/", "f"]);
  // A download reads nothing local.
  expect(files("file", { direction: "download", sources: ["/remote"] })).toEqual([]);
});
