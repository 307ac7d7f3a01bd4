// `image-build inspect` and `validate` of an HCL2 directory (examples/web-hcl) with its var file:
// the variables (the sensitive one hidden), the builds by Packer's names, the provisioners and
// post-processors, as for a JSON template.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInspect } from "../../../src/cli/inspect.js";
import { runValidate } from "../../../src/cli/validate.js";

const ROOT = join(__dirname, "../../..");

async function run(fn: typeof runInspect, argv: string[]) {
  let out = "";
  let err = "";
  const code = await fn(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: { ALICLOUD_SECRET_KEY: "very-secret-key-1", ALICLOUD_ACCESS_KEY: "AKIDinspect01" },
    cwd: ROOT,
  });
  return { code, out, err };
}

describe("the CLI on an HCL2 directory", () => {
  it("inspect shows it as it shows a JSON template, the sensitive variable hidden", async () => {
    const r = await run(runInspect, ["-var-file", "examples/web-hcl/prod.pkrvars.hcl", "examples/web-hcl"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("  secret_key    = <sensitive>\n");
    expect(r.out).toContain("  instance_type = ecs.g7.large\n");
    expect(r.out).toContain("  alicloud-ecs.web     alicloud-ecs\n");
    expect(r.out).toContain("Provisioners:\n\n  file\n  shell\n");
    expect(r.out).toContain("  0: manifest\n");
    expect(r.out).not.toContain("very-secret-key-1");
  });

  it("validate passes it with -var, and names the file and line of a bad -var type", async () => {
    const ok = await run(runValidate, ["-var", "app_version=1.0", "examples/web-hcl"]);
    expect(ok.err).toBe("");
    expect(ok.out).toContain("examples/web-hcl: the template is valid (1 build: alicloud-ecs.web)");
    const bad = await run(runValidate, ["-var", "ssh_port=twenty", "examples/web-hcl"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/ssh_port/);
  });
});
