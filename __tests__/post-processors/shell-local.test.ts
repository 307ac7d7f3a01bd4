// The shell-local post-processor's config: the shell-local rules shared with the provisioner, the
// post-processor's own keys, and the one-item execute_command run through `sh -c` (Packer 1.6.6).
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { decodeShellLocalPostProcessorConfig } from "../../src/post-processors/shell-local/config.js";
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

function decode(plugin: Record<string, unknown>) {
  const { ctx } = context(cwd);
  return decodeShellLocalPostProcessorConfig(
    pluginNode("post-processors", { type: "shell-local", ...plugin }),
    ctx,
  );
}

describe("shell-local post-processor config", () => {
  it("applies the shell-local defaults and accepts the post-processor keys", () => {
    const { config, diagnostics } = decode({
      inline: ["echo done"],
      keep_input_artifact: true,
      name: "notify",
    });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      inline: ["echo done"],
      executeCommand: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
      inlineShebang: "/bin/sh -e",
    });
  });

  it("runs a one-item execute_command through sh -c, as before the provisioner merge", () => {
    expect(
      decode({ inline: ["x"], execute_command: "{{.Vars}} bash {{.Script}}" }).config?.executeCommand,
    ).toEqual(["sh", "-c", "{{.Vars}} bash {{.Script}}"]);
    expect(
      decode({ inline: ["x"], execute_command: ["bash", "{{.Script}}"] }).config?.executeCommand,
    ).toEqual(["bash", "{{.Script}}"]);
  });
});

const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "nothing to run",
    plugin: {},
    errors: [["post-processors[0]", "Command, Inline, Script and Scripts options cannot all be empty."]],
  },
  {
    name: "a provisioner-only key",
    plugin: { inline: ["x"], pause_before: "1s", foo: 1 },
    errors: [
      ["post-processors[0].pause_before", `unknown configuration key: '"pause_before"'`],
      ["post-processors[0].foo", `unknown configuration key: '"foo"'`],
    ],
  },
  {
    name: "a missing script",
    plugin: { scripts: ["missing.sh"] },
    errors: [
      [
        "post-processors[0].scripts[0]",
        "Bad script 'missing.sh': stat missing.sh: no such file or directory",
      ],
    ],
  },
];

describe("shell-local post-processor config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual(errors);
  });
});

describe.skipIf(!havePacker())("shell-local post-processor texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("post-processors", { type: "shell-local", ...plugin }, cwd)
      .map(squash)
      .sort();
    expect(live).toEqual(errors.map(([, m]) => squash(m)).sort());
  });
});
