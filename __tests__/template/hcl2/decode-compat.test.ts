/**
 * The HCL2 output, adapted to the JSON front end's nodes, decodes with today's alicloud-ecs
 * decoder (no mocks: the real loader and the real decoder). If the seams change the decoder's
 * signature, this is the one test to adapt.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeAlicloudEcsConfig } from "../../../src/builders/alicloud-ecs/config.js";
import { HCL2_SOURCES } from "../../../src/builders/index.js";
import type { ConfigObject } from "../../../src/template/config/tree.js";
import { loadHcl2, toConfigNode, toDiagnostic } from "../../../src/template/hcl2/index.js";

describe("HCL2 output through the alicloud-ecs decoder", () => {
  it("fixture 45's builder decodes to a config, nested block and tags included", async () => {
    const cwd = join(__dirname, "../../fixtures/hcl2");
    const r = await loadHcl2("45-ygxxii-shell-packer.pkr.hcl", {
      cwd,
      env: { ALICLOUD_ACCESS_KEY_ID: "AKID", ALICLOUD_ACCESS_KEY_SECRET: "SECRET" },
      now: new Date("2024-01-02T03:04:05Z"),
      sources: HCL2_SOURCES,
    });
    const b = r.template?.builds[0];
    expect(b).toBeDefined();
    const node = toConfigNode(b?.builder as never, "builders[0]") as ConfigObject;
    const d = decodeAlicloudEcsConfig(node, {
      file: "45-ygxxii-shell-packer.pkr.hcl",
      render: (t) => t,
      env: {},
      cwd,
    });
    expect(d.diagnostics).toEqual([]);
    expect(d.config).toMatchObject({
      region: "cn-hongkong",
      imageFamily: "acs:almalinux_8_9_x64",
      imageCopyRegions: ["cn-hangzhou"],
      tags: { Environment: "DEV", "Release-date": "2024.0102.03:04:05", "Created-by": "Packer" },
    });
    expect(JSON.stringify(d.config?.systemDiskMapping)).toContain("cloud_essd");
  });

  it("an HCL diagnostic becomes a template Diagnostic with file, line and column", async () => {
    const r = await loadHcl2(join(__dirname, "../../fixtures/hcl2/44-ygxxii-ansible-grafana.pkr.hcl"), {
      env: {},
      sources: HCL2_SOURCES,
    });
    const err = r.diagnostics.find((x) => x.severity === "error");
    expect(toDiagnostic(err as never)).toMatchObject({ line: 7, column: 5, severity: "error", path: "" });
  });
});
