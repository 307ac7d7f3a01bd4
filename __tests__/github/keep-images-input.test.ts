// The retention inputs: `keep-images` (empty keeps everything; 0 and non-numbers are refused
// naming the input) and `template-id`, read with every other input up front.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InputError, readActionInputs } from "../../src/github/inputs.js";

function setInputs(inputs: Record<string, string>) {
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
afterEach(() => setInputs({}));

const WS = mkdtempSync(join(tmpdir(), "image-build-ws-"));
const read = () => readActionInputs({ GITHUB_WORKSPACE: WS });

describe("keep-images and template-id", () => {
  it("empty keeps everything; a whole number of at least 1 is read", () => {
    setInputs({ template: "t.json" });
    expect(read().keepImages).toBeUndefined();
    expect(read().templateId).toBe("");
    setInputs({ template: "t.json", "keep-images": "3", "template-id": "org/infra:web" });
    expect(read()).toMatchObject({ keepImages: 3, templateId: "org/infra:web" });
  });

  it.each([
    ["0", "Input 'keep-images' must be at least 1: 0 would delete the image this run built"],
    ["abc", "Input 'keep-images' must be a whole number of at least 1 (empty keeps every image); got 'abc'"],
    ["-2", "Input 'keep-images' must be a whole number of at least 1"],
    ["1.5", "Input 'keep-images' must be a whole number of at least 1"],
  ])("%s is refused naming the input", (value, message) => {
    setInputs({ template: "t.json", "keep-images": value });
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });
});
