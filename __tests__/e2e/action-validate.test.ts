// The built action bundle (dist/main/index.js) in validate mode, run exactly as the runner runs it,
// under the machine's Node and under Node 24 (the runner's `runs.using: node24`).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type RunStepOptions, runStep as runStepWith } from "../../scripts/action-runner.js";
import { nodeRuntimes, runtimeTitle } from "./node24.js";

const ROOT = resolve(__dirname, "../..");
// The committed bundles, or IMAGE_BUILD_DIST=<dir> (`node scripts/build.mjs --out <dir>`).
const DIST = resolve(ROOT, process.env.IMAGE_BUILD_DIST || "dist");
const MAIN = join(DIST, "main/index.js");
const POST = join(DIST, "post/index.js");

for (const rt of nodeRuntimes())
  describe.skipIf(!rt.node)(`action: validate-only, ${runtimeTitle(rt)}`, () => {
    const runStep = (opts: RunStepOptions) => runStepWith({ ...opts, node: rt.node });
    it("validates the example without credentials, writes a summary and sets no outputs", async () => {
      const r = await runStep({
        bundle: MAIN,
        workspace: ROOT,
        inputs: { template: "examples/web.json", "validate-only": "true", variables: "app_version=abc123\n" },
      });
      expect(r.stdout).toContain("examples/web.json is valid: web (alicloud-ecs)");
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toEqual({});
      expect(r.summary).toContain("image-build: validate examples/web.json");
      expect(r.summary).toContain("<code>web-abc123-");
      expect(r.summary).toContain("<code>ecs.g7.large</code>");
      expect(r.summary).toContain("file, shell");

      const post = await runStep({ bundle: POST, workspace: ROOT, state: r.state });
      expect(post.exitCode).toBe(0);
    });

    it("turns template errors into annotations at file, line and column and fails the step", async () => {
      const ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
      writeFileSync(
        join(ws, "bad.json"),
        `{
  "builders": [{
    "type": "alicloud-ecs",
    "region": "cn-hangzhou",
    "instance_type": "ecs.g7.large",
    "source_image": "img",
    "ssh_username": "root",
    "image_name": "bad name"
  }],
  "provisioners": [{ "type": "powershell", "inline": ["dir"] }]
}`,
      );
      const r = await runStep({
        bundle: MAIN,
        workspace: ws,
        inputs: { template: "bad.json", "validate-only": "true" },
      });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain(
        "::error title=image-build%3A builders[0].image_name,file=bad.json,line=8,col=19::bad.json:8:19: builders[0].image_name: image_name can't include spaces",
      );
      expect(r.stdout).toMatch(
        /::error title=image-build%3A provisioners\[0\]\.type,file=bad\.json,line=10,col=\d+::.*provisioner type "powershell" is not supported yet/,
      );
      expect(r.stdout).toContain("::error::2 errors in bad.json");
      expect(r.summary).toContain("2 errors");
      expect(r.outputs).toEqual({});
    });

    it("fails clearly on bad inputs before doing anything", async () => {
      const missing = await runStep({ bundle: MAIN, workspace: ROOT, inputs: { "validate-only": "true" } });
      expect(missing.exitCode).toBe(1);
      expect(missing.stdout).toContain("::error::Input required and not supplied: template");

      const badBool = await runStep({
        bundle: MAIN,
        workspace: ROOT,
        inputs: { template: "examples/web.json", "validate-only": "yes" },
      });
      expect(badBool.stdout).toContain("::error::Input 'validate-only' must be true or false, got 'yes'");

      const badVar = await runStep({
        bundle: MAIN,
        workspace: ROOT,
        inputs: { template: "examples/web.json", "validate-only": "true", variables: "ok=1\nnot-a-pair" },
      });
      expect(badVar.stdout).toContain("::error::Input 'variables', line 2: expected key=value");
    });

    it("refuses to build without credentials before any request, naming every source it tried", async () => {
      // Either release of the bundle (validate-only, or building) must stop here: no credentials in
      // the clean environment, a temporary HOME without ~/.aliyun, no metadata service.
      const r = await runStep({ bundle: MAIN, workspace: ROOT, inputs: { template: "examples/web.json" } });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain("No Alibaba Cloud credentials found");
      expect(r.stdout).toContain("GitHub OIDC");
      expect(r.stdout).toContain("ECS instance RAM role");
      expect(r.outputs).toEqual({});
    });
  });
