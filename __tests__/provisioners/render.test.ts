// Which plugin fields are rendered at prepare time, with the real interpolation engine and the
// template's context, as Packer 1.6.6 does it. Observed with packer 1.6.6 (null builder,
// shell-local with execute_command ["/bin/cat", "{{.Script}}"]): an inline line
// `A={{ .Path }} B={{ build \`ID\` }} C={{user \`x\`}} D={{ .Vars }}` ran as
// `A=<no value> B=Null C=XV D=<no value>`: inline is rendered at prepare time (the dot has no
// data then), and execute_command is left for run time.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { decodePostProcessor } from "../../src/post-processors/index.js";
import { decodeProvisioner } from "../../src/provisioners/index.js";
import type { PluginDecodeContext } from "../../src/provisioners/plugin.js";
import { templateContext } from "../../src/template/context.js";
import { checkSyntax, interpolate } from "../../src/template/interpolate/index.js";
import { loadTemplate } from "../../src/template/load.js";
import type { Template } from "../../src/template/model.js";
import { fixtureDir } from "./helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function load(doc: unknown): { t: Template; ctx: PluginDecodeContext } {
  const r = loadTemplate({
    path: "t.json",
    text: JSON.stringify(doc, null, 2),
    env: { HOME: "/home/u" },
    cwd,
  });
  if (!r.template) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  const t = r.template;
  const build = t.builds[0];
  const ictx = templateContext(t, { buildName: build.name, buildType: build.builder.type });
  return {
    t,
    ctx: {
      file: "t.json",
      cwd,
      goos: "linux",
      randomInt: () => 7,
      render: (text) => interpolate(text, ictx),
      parseTemplate: (text) => {
        const err = checkSyntax(text);
        if (err) throw err;
      },
    },
  };
}

const BUILDERS = [{ type: "alicloud-ecs", name: "ecs" }];

describe("prepare-time rendering of plugin configs", () => {
  it("renders shell inline and environment_vars, leaves execute_command raw", () => {
    const { t, ctx } = load({
      variables: { x: "XV" },
      builders: BUILDERS,
      provisioners: [
        {
          type: "shell",
          inline: ["echo {{user `x`}} {{ .Path }} {{build_name}}"],
          environment_vars: ["X={{user `x`}}"],
          execute_command: "sudo -E sh -c '{{ .Vars }} {{ .Path }}' {{user `x`}}",
        },
      ],
    });
    const r = decodeProvisioner(t.builds[0].provisioners[0], ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.type === "shell" && r.config.config).toMatchObject({
      inline: ["echo XV <no value> ecs"],
      environmentVars: ["X=XV"],
      executeCommand: "sudo -E sh -c '{{ .Vars }} {{ .Path }}' {{user `x`}}",
      remotePath: "/tmp/script_7.sh",
    });
  });

  it("leaves shell-local execute_command raw, item by item", () => {
    const { t, ctx } = load({
      builders: BUILDERS,
      provisioners: [
        { type: "shell-local", inline: ["echo {{ .Script }}"], execute_command: ["bash", "{{.Script}}"] },
      ],
    });
    const r = decodeProvisioner(t.builds[0].provisioners[0], ctx);
    expect(r.config?.type === "shell-local" && r.config.config).toMatchObject({
      inline: ["echo <no value>"],
      executeCommand: ["bash", "{{.Script}}"],
    });
  });

  it("renders file source and destination, and manifest output and custom_data", () => {
    const { t, ctx } = load({
      variables: { src: "exists.sh" },
      builders: BUILDERS,
      provisioners: [{ type: "file", source: "{{user `src`}}", destination: "/opt/{{build_type}}/" }],
      "post-processors": [
        { type: "manifest", output: "{{build_name}}-manifest.json", custom_data: { t: "{{build_type}}" } },
      ],
    });
    const file = decodeProvisioner(t.builds[0].provisioners[0], ctx);
    expect(file.config?.config).toEqual({
      sources: ["exists.sh"],
      destination: "/opt/alicloud-ecs/",
      direction: "upload",
      generated: false,
    });
    const manifest = decodePostProcessor(t.builds[0].postProcessors[0][0], ctx);
    expect(manifest.config?.config).toEqual({
      output: "ecs-manifest.json",
      stripPath: false,
      stripTime: false,
      customData: { t: "alicloud-ecs" },
    });
  });

  it("reports a function error in a rendered field with Go's text", () => {
    const { t, ctx } = load({
      builders: BUILDERS,
      provisioners: [{ type: "shell", inline: ["echo {{env `HOME`}}"] }],
    });
    const r = decodeProvisioner(t.builds[0].provisioners[0], ctx);
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.path, d.message.split(" in:")[0]])).toEqual([
      [
        "provisioners[0].inline[0]",
        "render 'inline': template: root:1:7: executing \"root\" at <env `HOME`>: error calling env: env vars are not allowed here",
      ],
    ]);
  });
});
