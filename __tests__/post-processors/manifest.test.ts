// The manifest post-processor's config: Packer 1.6.6's keys, default output and messages (texts
// observed with `packer validate` 1.6.6; the live block re-checks them).
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { decodeManifestConfig } from "../../src/post-processors/manifest/config.js";
import {
  context,
  fixtureDir,
  havePacker,
  packerErrors,
  pluginNode,
  squash,
} from "../provisioners/helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>, extra = {}) {
  const { ctx, rendered } = context(cwd, extra);
  return {
    ...decodeManifestConfig(pluginNode("post-processors", { type: "manifest", ...plugin }), ctx),
    rendered,
  };
}

describe("manifest post-processor config", () => {
  it("writes packer-manifest.json by default", () => {
    const { config, diagnostics } = decode({});
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      output: "packer-manifest.json",
      stripPath: false,
      stripTime: false,
      customData: {},
    });
  });

  it("decodes every field weakly and renders them at prepare time", () => {
    const { config, rendered } = decode({
      output: "out/{{user `v`}}.json",
      strip_path: "true",
      strip_time: 1,
      custom_data: { a: "{{user `v`}}", n: 1, b: true },
      keep_input_artifact: true,
      name: "m",
      only: ["null"],
    });
    expect(config).toEqual({
      output: "out/VALUE.json",
      stripPath: true,
      stripTime: true,
      customData: { a: "VALUE", n: "1", b: "1" },
    });
    expect(rendered).toEqual(expect.arrayContaining(["out/{{user `v`}}.json", "{{user `v`}}"]));
  });

  it('keeps an output without template actions as it is (the acceptance tests\' "%s")', () => {
    expect(decode({ output: "%s" }).config?.output).toBe("%s");
  });

  it("parses the rendered output as a template when the caller can", () => {
    const { diagnostics } = decode(
      { output: "m-{{.ID}" },
      {
        parseTemplate: (t: string) => {
          if (t.includes("{{") && !t.includes("}}")) throw new Error("template: root:1: unclosed action");
        },
      },
    );
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["post-processors[0].output", "Error parsing target template: template: root:1: unclosed action"],
    ]);
  });
});

const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "an unknown key",
    plugin: { foo: 1 },
    errors: [["post-processors[0].foo", `unknown configuration key: '"foo"'`]],
  },
  {
    name: "values that do not decode",
    plugin: { custom_data: ["a"], strip_path: "x" },
    errors: [
      ["post-processors[0].custom_data[0]", "'custom_data[0]' expected a map, got 'string'"],
      [
        "post-processors[0].strip_path",
        `cannot parse 'strip_path' as bool: strconv.ParseBool: parsing "x": invalid syntax`,
      ],
    ],
  },
];

describe("manifest post-processor config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(new Set(diagnostics.map((d) => `${d.path} | ${d.message}`))).toEqual(
      new Set(errors.map(([p, m]) => `${p} | ${m}`)),
    );
  });
});

describe.skipIf(!havePacker())("manifest post-processor texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("post-processors", { type: "manifest", ...plugin }, cwd)
      .map(squash)
      .sort();
    expect(live).toEqual(errors.map(([, m]) => squash(m)).sort());
  });
});
