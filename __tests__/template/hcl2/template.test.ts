// An HCL2 template as the shared Template model (loadAnyTemplate): front-end choice by path,
// -only/-except with Packer's HCL2 globs, sensitive values as secrets, and what the reuse
// fingerprint sees as the template's text (every file, files read by file(), final non-sensitive
// variable values; never a sensitive one).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HCL2_SOURCES } from "../../../src/builders/index.js";
import { buildNameVariable, templateContext } from "../../../src/template/context.js";
import { globRegExp } from "../../../src/template/hcl2/template.js";
import { loadAnyTemplate } from "../../../src/template/load-any.js";

const TEMPLATE = `
variable "v" {
  default = "plain"
}
variable "pw" {
  default   = "hunter2-secret"
  sensitive = true
}
source "alicloud-ecs" "a" {
  image_name = "a-\${var.v}"
}
source "alicloud-ecs" "b" {
  image_name = file("\${path.root}/name.txt")
}
build {
  name    = "x"
  sources = ["source.alicloud-ecs.a", "source.alicloud-ecs.b"]
}
build {
  sources = ["source.alicloud-ecs.a"]
}
`;

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "image-build-hcl2-model-"));
  writeFileSync(join(d, "t.pkr.hcl"), TEMPLATE);
  writeFileSync(join(d, "name.txt"), "from-file");
  return d;
}

describe("loadAnyTemplate with HCL2", () => {
  it("gives the builds Packer names, sorted, and the sensitive values as secrets", async () => {
    const d = dir();
    const r = await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: {} });
    expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    const t = r.template!;
    expect(t.builds.map((b) => b.name)).toEqual(["alicloud-ecs.a", "x.alicloud-ecs.a", "x.alicloud-ecs.b"]);
    expect(t.secrets).toEqual(["hunter2-secret"]);
    expect(t.variables.find((v) => v.name === "pw")).toMatchObject({ sensitive: true, default: "" });
    expect(t.values.v).toBe("plain");
  });

  it("{{build_name}} is the source's label, also where a build's source block renames it (Packer 1.6.6)", async () => {
    const d = mkdtempSync(join(tmpdir(), "image-build-hcl2-model-"));
    writeFileSync(
      join(d, "t.pkr.hcl"),
      `source "alicloud-ecs" "web" {\n  image_name = "i"\n}\nbuild {\n  name = "named"\n  sources = ["source.alicloud-ecs.web"]\n  source "source.alicloud-ecs.web" {\n    name = "blue"\n  }\n}\n`,
    );
    const t = (await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: {} })).template!;
    expect(t.builds.map((b) => [b.name, b.variableName])).toEqual([
      ["named.alicloud-ecs.blue", "web"],
      ["named.alicloud-ecs.web", "web"],
    ]);
    expect(buildNameVariable(t, "named.alicloud-ecs.blue")).toBe("web");
    expect(templateContext(t, { buildName: "named.alicloud-ecs.blue" }).buildName).toBe("web");
    // A JSON template's build name is the value itself.
    writeFileSync(join(d, "t.json"), '{"builders":[{"type":"alicloud-ecs","name":"j"}]}');
    const j = (await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: "t.json", cwd: d, env: {} }))
      .template!;
    expect(templateContext(j, { buildName: "j" }).buildName).toBe("j");
  });

  it("-only and -except take globs matched against the whole name or type.name", async () => {
    const d = dir();
    const names = async (o: { only?: string[]; except?: string[] }) =>
      (
        await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: {}, ...o })
      ).template!.builds.map((b) => b.name);
    expect(await names({ only: ["x.*"] })).toEqual(["x.alicloud-ecs.a", "x.alicloud-ecs.b"]);
    expect(await names({ only: ["alicloud-ecs.b"] })).toEqual(["x.alicloud-ecs.b"]);
    expect(await names({ except: ["*.a"] })).toEqual(["x.alicloud-ecs.b"]);
    expect(await names({ only: ["x.alicloud-ecs.{a,b}"] })).toEqual(["x.alicloud-ecs.a", "x.alicloud-ecs.b"]);
  });

  it("the fingerprint text covers every file and files read by file(), never a sensitive value", async () => {
    const d = dir();
    const t1 = (await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: {} })).template!;
    expect(t1.text).toContain("--- t.pkr.hcl\n");
    expect(t1.text).toContain("--- name.txt\nfrom-file");
    expect(t1.text).toContain('v="plain"');
    expect(t1.text.split("hunter2-secret")).toHaveLength(2); // only in the template file as written
    const withVar = (
      await loadAnyTemplate({
        hcl2Sources: HCL2_SOURCES,
        path: d,
        cwd: d,
        env: {},
        vars: ["pw=other-secret-value"],
      })
    ).template!;
    expect(withVar.text).not.toContain("other-secret-value");
    expect(withVar.secrets).toEqual(["other-secret-value"]);
    writeFileSync(join(d, "name.txt"), "changed");
    const t2 = (await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: {} })).template!;
    expect(t2.text).not.toBe(t1.text);
    const env = (
      await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: d, cwd: d, env: { PKR_VAR_v: "from-env" } })
    ).template!;
    expect(env.text).toContain('v="from-env"');
  });

  it("a JSON template still goes through the JSON front end", async () => {
    const d = mkdtempSync(join(tmpdir(), "image-build-json-"));
    writeFileSync(join(d, "t.json"), '{"builders":[{"type":"alicloud-ecs","name":"j"}]}');
    const r = await loadAnyTemplate({ hcl2Sources: HCL2_SOURCES, path: "t.json", cwd: d, env: {} });
    expect(r.template?.builds.map((b) => b.name)).toEqual(["j"]);
  });

  it("an HCL2 var file with a JSON template is a clear error", async () => {
    const d = mkdtempSync(join(tmpdir(), "image-build-json-"));
    writeFileSync(join(d, "t.json"), '{"builders":[{"type":"alicloud-ecs","name":"j"}]}');
    writeFileSync(join(d, "prod.pkrvars.hcl"), 'a = "b"\n');
    const r = await loadAnyTemplate({
      hcl2Sources: HCL2_SOURCES,
      path: "t.json",
      cwd: d,
      env: {},
      varFiles: ["prod.pkrvars.hcl"],
    });
    expect(r.template).toBeUndefined();
    expect(r.diagnostics.map((x) => x.message)).toEqual([
      "prod.pkrvars.hcl is an HCL2 var file, but t.json is a JSON template: use a JSON var file (a flat object of strings), or an HCL2 template",
    ]);
  });

  it("globRegExp: gobwas glob forms", () => {
    expect(globRegExp("a.*").test("a.b.c")).toBe(true);
    expect(globRegExp("a.?").test("a.b")).toBe(true);
    expect(globRegExp("a.?").test("a.bc")).toBe(false);
    expect(globRegExp("[ab].x").test("b.x")).toBe(true);
    expect(globRegExp("{p,q}.x").test("q.x")).toBe(true);
    expect(globRegExp("a.b").test("aXb")).toBe(false);
  });
});
