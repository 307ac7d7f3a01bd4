// The post-processor registry: manifest and shell-local decode through their config (object or the
// string short form); any other type is a positioned "not supported yet" error naming it.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { decodePostProcessor, SUPPORTED_POST_PROCESSORS } from "../../src/post-processors/index.js";
import { parseJson } from "../../src/template/json/parse.js";
import { context, fixtureDir, pluginNode } from "../provisioners/helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const { ctx } = context(cwd);

describe("post-processor registry", () => {
  it("lists manifest and shell-local", () => {
    expect(SUPPORTED_POST_PROCESSORS).toEqual(["manifest", "shell-local"]);
  });

  it("decodes an object and the string short form", () => {
    const r = decodePostProcessor(pluginNode("post-processors", { type: "manifest", output: "m.json" }), ctx);
    expect(r.config).toEqual({
      type: "manifest",
      config: { output: "m.json", stripPath: false, stripTime: false, customData: {} },
    });
    const short = parseJson('"manifest"');
    if (short.kind !== "string") throw new Error("string expected");
    expect(decodePostProcessor(short, ctx).config).toEqual({
      type: "manifest",
      config: { output: "packer-manifest.json", stripPath: false, stripTime: false, customData: {} },
    });
  });

  it("names an unsupported type at its position", () => {
    const r = decodePostProcessor(
      pluginNode("post-processors", { type: "alicloud-import", oss_bucket_name: "b" }),
      ctx,
    );
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.path, d.line, d.column, d.message])).toEqual([
      [
        "post-processors[0].type",
        10,
        15,
        'post-processor type "alicloud-import" is not supported yet by image-build (supported: manifest, shell-local)',
      ],
    ]);
  });

  it("reports a missing type with Packer's text", () => {
    const r = decodePostProcessor(pluginNode("post-processors", { output: "x" }), ctx);
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["post-processors[0]", "type is required"],
    ]);
  });
});
