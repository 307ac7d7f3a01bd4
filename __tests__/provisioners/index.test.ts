// The provisioner registry: the supported types decode through their config; any other type is a
// positioned "not supported yet" error naming it.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import {
  decodeProvisioner,
  isSupportedProvisioner,
  SUPPORTED_PROVISIONERS,
} from "../../src/provisioners/index.js";
import { context, fixtureDir, pluginNode } from "./helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const { ctx } = context(cwd);

describe("provisioner registry", () => {
  it("lists shell, file, shell-local, ansible and ansible-local", () => {
    expect(SUPPORTED_PROVISIONERS).toEqual(["shell", "file", "shell-local", "ansible", "ansible-local"]);
    expect(isSupportedProvisioner("powershell")).toBe(false);
    expect(isSupportedProvisioner("toString")).toBe(false);
  });

  it("decodes a supported provisioner, tagged with its type", () => {
    const r = decodeProvisioner(
      pluginNode("provisioners", { type: "file", source: "exists.sh", destination: "/tmp/" }),
      ctx,
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toEqual({
      type: "file",
      config: { sources: ["exists.sh"], destination: "/tmp/", direction: "upload", generated: false },
    });
  });

  it("passes the decoder's errors through", () => {
    const r = decodeProvisioner(pluginNode("provisioners", { type: "shell" }), ctx);
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Either a script file or inline script must be specified.",
    ]);
  });

  it("names an unsupported type at its position", () => {
    const r = decodeProvisioner(
      pluginNode("provisioners", { type: "powershell", playbook_file: "site.yml" }),
      ctx,
    );
    expect(r.config).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file: "t.json",
        line: 10,
        column: 15,
        path: "provisioners[0].type",
        message:
          'provisioner type "powershell" is not supported yet by image-build (supported: shell, file, shell-local, ansible, ansible-local)',
        severity: "error",
      },
    ]);
  });

  it("reports a missing type with Packer's text", () => {
    const r = decodeProvisioner(pluginNode("provisioners", { inline: ["x"] }), ctx);
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["provisioners[0]", "Provisioner missing 'type'"],
    ]);
  });

  it("decodes a template-model provisioner with the build's override after its config", () => {
    const node = pluginNode("provisioners", {
      type: "shell",
      inline: ["echo base"],
      override: { null: { inline: ["echo override"], skip_clean: true, nope: 1 } },
    });
    const overrideMember = node.members.find((m) => m.key === "override");
    const forNull =
      overrideMember?.value.kind === "object" ? overrideMember.value.members[0].value : undefined;
    if (forNull?.kind !== "object") throw new Error("override object expected");
    const own = { ...node, members: node.members.filter((m) => m.key !== "type" && m.key !== "override") };
    const r = decodeProvisioner({ type: "shell", node, config: own }, ctx, forNull);
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["provisioners[0].override.null.nope", `unknown configuration key: '"nope"'`],
    ]);
    const ok = decodeProvisioner({ type: "shell", node, config: own }, ctx, {
      ...forNull,
      members: forNull.members.filter((m) => m.key !== "nope"),
    });
    expect(ok.config?.type === "shell" && ok.config.config).toMatchObject({
      inline: ["echo override"],
      skipClean: true,
    });
  });

  it("merges an overriding list item by item, as Packer 1.6.6 does", () => {
    const node = pluginNode("provisioners", {
      type: "shell",
      inline: ["echo a", "echo b"],
      override: { null: { inline: ["echo c"] } },
    });
    const o = node.members.find((m) => m.key === "override")?.value;
    const forNull = o?.kind === "object" ? o.members[0].value : undefined;
    if (forNull?.kind !== "object") throw new Error("override object expected");
    const own = { ...node, members: node.members.filter((m) => m.key !== "type" && m.key !== "override") };
    const r = decodeProvisioner({ type: "shell", node, config: own }, ctx, forNull);
    expect(r.config?.type === "shell" && r.config.config.inline).toEqual(["echo c", "echo b"]);
  });
});
