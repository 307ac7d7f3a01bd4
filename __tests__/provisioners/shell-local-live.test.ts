// Live conformance for shell-local: the same provisioners and post-processors run by Packer 1.6.6
// (null builder, communicator none) and by image-build (the template prepared as an alicloud-ecs
// build); the Ui lines must match once temporary names and the builder type are normalised.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareBuilds } from "../../src/engine/prepare.js";
import { runPostProcessor } from "../../src/post-processors/run.js";
import { runProvisioners } from "../../src/provisioners/run.js";
import { templateContext } from "../../src/template/context.js";
import { loadTemplate } from "../../src/template/load.js";
import { RecordingUi } from "../../src/ui/recording.js";

const run = promisify(execFile);
const packer = await run("packer", ["version"]).then(
  (r) => (r.stdout.includes("1.6.6") ? "packer" : undefined),
  () => undefined,
);

const normalise = (s: string) =>
  s
    .replace(/\/\S*packer-shell\d+/g, "TMP/packer-shellN")
    .replace(/\/\S*image-build-sl-live-\w+\//g, "LOCAL/")
    .replace(/\b(null|alicloud-ecs)\b/g, "TYPE")
    .replace(/^(==> nb: | {4}nb: |==> nb \(shell-local\): | {4}nb \(shell-local\): )/, "");

describe.skipIf(!packer || process.platform === "win32")(
  "shell-local: image-build and Packer 1.6.6 side by side",
  () => {
    let local: string;
    beforeAll(() => {
      local = mkdtempSync(join(tmpdir(), "image-build-sl-live-"));
      writeFileSync(join(local, "s1.sh"), "echo script one $V $0\n", { mode: 0o755 });
      writeFileSync(join(local, "s2.sh"), "echo script two >&2\n", { mode: 0o755 });
    });
    afterAll(() => rmSync(local, { recursive: true, force: true }));

    it("prints the same lines", async () => {
      const provisioners = [
        {
          type: "shell-local",
          inline: [
            'echo "out $Q"',
            "echo $PACKER_BUILD_NAME $PACKER_BUILDER_TYPE",
            "echo {{build_name}} {{user `v`}}",
          ],
          environment_vars: ["Q=it's {{build_name}}"],
        },
        { type: "shell-local", scripts: ["s1.sh", "s2.sh"], environment_vars: ["V=v1"] },
        { type: "shell-local", command: "echo via command" },
        {
          type: "shell-local",
          inline: ["x"],
          execute_command: ["/bin/sh", "-c", "{{.Vars}} echo custom {{.Script}}"],
          tempfile_extension: ".sh",
        },
        { type: "shell-local", inline: ["echo never"], only_on: ["windows"] },
      ];
      const postProcessors = [
        { type: "shell-local", inline: ["echo pp $PACKER_BUILD_NAME"] },
        { type: "shell-local", inline: ["exit 3"], valid_exit_codes: [0, 3] },
      ];
      const variables = { v: "val" };

      const packerTemplate = {
        variables,
        builders: [{ type: "null", name: "nb", communicator: "none" }],
        provisioners,
        "post-processors": postProcessors,
      };
      writeFileSync(join(local, "packer.json"), JSON.stringify(packerTemplate));
      const out = await run(packer!, ["build", "-machine-readable", "packer.json"], {
        cwd: local,
        env: { PATH: process.env.PATH, HOME: local, CHECKPOINT_DISABLE: "1", TMPDIR: tmpdir() },
      });
      const packerLines = out.stdout
        .split("\n")
        .map((l) => l.split(","))
        .filter((f) => f[2] === "ui" && /^(==> nb| {4}nb)( \(shell-local\))?: /.test(f.slice(4).join(",")))
        .filter((f) => !f.slice(4).join(",").startsWith("==> nb: Running post-processor"))
        .map((f) => [f[3], normalise(f.slice(4).join(",").replaceAll("%!(PACKER_COMMA)", ","))]);

      const ours = {
        variables,
        builders: [
          {
            type: "alicloud-ecs",
            name: "nb",
            access_key: "AK",
            secret_key: "SK",
            region: "cn-hangzhou",
            image_name: "img",
            source_image: "centos",
            instance_type: "ecs.t5-lc1m1.small",
            communicator: "none",
          },
        ],
        provisioners,
        "post-processors": postProcessors,
      };
      const loaded = loadTemplate({ path: "ours.json", text: JSON.stringify(ours), cwd: local, env: {} });
      const prepared = prepareBuilds(loaded.template!, { cwd: local });
      expect(prepared.diagnostics).toEqual([]);
      const build = prepared.builds[0];
      const ui = new RecordingUi();
      const ctx = {
        ui,
        signal: new AbortController().signal,
        buildName: build.name,
        builderType: "alicloud-ecs",
        buildData: {},
        interpolation: templateContext(loaded.template!, {
          buildName: build.name,
          buildType: "alicloud-ecs",
        }),
        cwd: local,
      };
      await runProvisioners(build.provisioners, ctx);
      const artifact = {
        builderId: "alibaba.alicloud",
        id: "cn-hangzhou:m-1",
        images: { "cn-hangzhou": "m-1" },
      };
      for (const seq of build.postProcessors) {
        for (const pp of seq) await runPostProcessor(pp.config, artifact, { ...ctx, runUuid: "u" });
      }
      const ourLines = ui.lines.map((l) => [l.kind, normalise(l.text)]);
      expect(ourLines).toEqual(packerLines);
      expect(ourLines.length).toBeGreaterThan(10);
    }, 60_000);
  },
);
