// The file provisioner's config: Packer 1.6.6's keys, defaults and messages. Every error text was
// observed with `packer validate` (1.6.6, null builder); the live block re-checks them.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeFileConfig } from "../../src/provisioners/file/config.js";
import { context, fixtureDir, havePacker, packerErrors, pluginNode, squash } from "./helpers.js";

const cwd = fixtureDir();
mkdirSync(join(cwd, "dir"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>) {
  const { ctx, rendered } = context(cwd);
  return { ...decodeFileConfig(pluginNode("provisioners", { type: "file", ...plugin }), ctx), rendered };
}

describe("file provisioner config", () => {
  it("defaults to upload and checks sources from the working directory", () => {
    const { config, diagnostics } = decode({ source: "exists.sh", destination: "/tmp/" });
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      sources: ["exists.sh"],
      destination: "/tmp/",
      direction: "upload",
      generated: false,
    });
  });

  it("appends `source` after `sources` (comma-separated sources split)", () => {
    const { config } = decode({ sources: "other.sh,dir/", source: "exists.sh", destination: "/tmp/" });
    expect(config?.sources).toEqual(["other.sh", "dir/", "exists.sh"]);
  });

  it("does not check local sources for downloads or generated files", () => {
    expect(
      decode({ direction: "download", source: "/remote/x", destination: "out/" }).config?.direction,
    ).toBe("download");
    expect(decode({ generated: "true", source: "later.txt", destination: "/tmp/" }).config?.generated).toBe(
      true,
    );
  });

  it("renders source and destination at prepare time", () => {
    const { config, rendered } = decode({
      source: "{{user `v`}}",
      destination: "/opt/{{user `v`}}",
      generated: true,
    });
    expect(rendered).toEqual(expect.arrayContaining(["{{user `v`}}", "/opt/{{user `v`}}"]));
    expect(config).toMatchObject({ sources: ["VALUE"], destination: "/opt/VALUE" });
  });
});

const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "nothing given",
    plugin: {},
    errors: [
      ["provisioners[0]", "Source must be specified."],
      ["provisioners[0]", "Destination must be specified."],
    ],
  },
  {
    name: "an unknown direction skips the source check",
    plugin: { direction: "sideways", sources: ["a", "exists.sh"], source: "b/" },
    errors: [
      ["provisioners[0].direction", "Direction must be one of: download, upload."],
      ["provisioners[0]", "Destination must be specified."],
    ],
  },
  {
    name: "missing sources, an empty one included",
    plugin: { sources: ["", "a/"], destination: "/tmp/" },
    errors: [
      ["provisioners[0].sources[0]", "Bad source '': stat : no such file or directory"],
      ["provisioners[0].sources[1]", "Bad source 'a/': stat a/: no such file or directory"],
    ],
  },
  {
    name: "a source below a file",
    plugin: { source: "exists.sh/x", destination: "/tmp/" },
    errors: [["provisioners[0].source", "Bad source 'exists.sh/x': stat exists.sh/x: not a directory"]],
  },
  {
    name: "an empty destination",
    plugin: { source: "exists.sh", destination: "" },
    errors: [["provisioners[0].destination", "Destination must be specified."]],
  },
  {
    // Observed: a value that fails to decode hides the unknown keys (mapstructure's Unused is
    // only looked at after a successful decode).
    name: "bad values hide unknown keys",
    plugin: { source: "exists.sh", destination: "/tmp/", mode: "0644", generated: "perhaps" },
    errors: [
      [
        "provisioners[0].generated",
        `cannot parse 'generated' as bool: strconv.ParseBool: parsing "perhaps": invalid syntax`,
      ],
    ],
  },
];

describe("file provisioner config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual(errors);
  });
});

describe.skipIf(!havePacker())("file provisioner texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("provisioners", { type: "file", ...plugin }, cwd);
    // Packer stops at the first decoding error kind it meets; every text it gives is one of ours.
    const ours = errors.map(([, m]) => squash(m));
    expect(live.length).toBeGreaterThan(0);
    for (const e of live) expect(ours).toContain(squash(e));
    if (!errors.some(([, m]) => m.startsWith("unknown")))
      expect(live.map(squash).sort()).toEqual([...ours].sort());
  });
});
