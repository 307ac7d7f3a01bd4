// docs/summary.md: example job summaries rendered from real runs of the engine against the emulator
// on its `realistic` latency profile (real time: about 10 minutes, so only on demand):
//
//   IMAGE_BUILD_WRITE_DOCS=1 npx vitest run __tests__/github/build-summary-docs.test.ts
//
// Every run checks that the committed file is well-formed and speaks the current renderer's words.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/index.js";
import type { RunBuildsResult } from "../../src/engine/build.js";
import { renderBuildSummary } from "../../src/github/summary/build.js";
import { renderSweepSummary } from "../../src/github/summary/sweep.js";
import type { RunContext, SweptResource } from "../../src/github/summary/types.js";
import { builder, buildTemplate } from "../builders/alicloud-ecs/helpers.js";
import { assertTablesWellFormed, fencedBlocks, parseHcl } from "./build-summary-helpers.js";

const DOC = resolve(import.meta.dirname, "../../docs/summary.md");
const WORKSPACE = "/home/runner/work/images/images";

const run: RunContext = {
  repository: "acme/images",
  sha: "3f9c2a7d81e4b6c0d5a2f19e7b3c4d5e6f708192",
  ref: "refs/heads/main",
  workflow: "images",
  runId: "9876543210",
  runAttempt: "1",
  actor: "octocat",
  runUrl: "https://github.com/acme/images/actions/runs/9876543210",
};

/** Where the manifest would be on a runner (the emulator run wrote it to a temporary directory). */
function asOnRunner(r: RunBuildsResult, dir: string): RunBuildsResult {
  for (const b of r.builds)
    for (const p of b.postProcessors) if (p.output) p.output = p.output.replace(dir, WORKSPACE);
  return r;
}

async function generate(): Promise<string> {
  const emu = await startEmulator({ profile: "realistic", timeScale: 1, imds: false, tls: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-docs-"));
  const manifest = { type: "manifest", output: join(dir, "packer-manifest.json") };
  try {
    const [ok, failed, killed] = await Promise.all([
      buildTemplate(
        emu,
        {
          builders: [
            builder({ name: "web", image_name: "web-1.4.2", image_copy_regions: ["cn-beijing"] }),
            builder({ name: "worker", image_name: "worker-1.4.2", instance_type: "ecs.n1.small" }),
          ],
          provisioners: [
            { type: "shell-local", inline: ["echo installing nginx", "sleep 3"], only: ["web"] },
            { type: "shell-local", inline: ["echo installing the worker", "sleep 2"] },
          ],
          "post-processors": [manifest],
        },
        { runId: "docs-ok", cwd: dir, reuse: { enabled: true } },
      ),
      buildTemplate(
        emu,
        {
          builders: [builder({ name: "api", image_name: "api-2.0.0" })],
          provisioners: [
            {
              type: "shell-local",
              inline: ["echo running migrations", "echo 'psql: could not connect to server' >&2", "exit 2"],
            },
          ],
        },
        { runId: "docs-failed", cwd: dir },
      ),
      buildTemplate(
        emu,
        {
          builders: [builder({ name: "api", image_name: "api-2.0.1" })],
          provisioners: [{ type: "shell-local", inline: ["exit 1"] }],
        },
        { runId: "docs-killed", cwd: dir, onError: "abort" },
      ),
    ]);
    if (!ok.ok)
      throw new Error(`the successful example failed: ${ok.ui.lines.map((l) => l.text).join("\n")}`);
    // The post step's report on what the killed run left (the outcomes show every kind the sweep reports).
    const left = killed.builds[0].leftBehind;
    const outcomes: SweptResource["outcome"][] = ["deleted", "deleted", "deleted", "already-gone"];
    const swept: SweptResource[] = left.map((e, i) => ({
      type: e.type,
      id: e.id,
      region: e.region,
      foundBy: i === 0 ? "tags" : "ledger",
      outcome: outcomes[i] ?? "deleted",
    }));
    const sections = [
      "# Job summaries",
      "What the action writes to the job summary (`$GITHUB_STEP_SUMMARY`), rendered from real runs of the " +
        "engine against the embedded emulator on its `realistic` latency profile (real-time durations, " +
        "emulated cloud). Regenerate with " +
        "`IMAGE_BUILD_WRITE_DOCS=1 npx vitest run __tests__/github/build-summary-docs.test.ts`.",
      "The summary stays under 100 KiB whatever the run (GitHub refuses more than 1 MiB per step): long lists " +
        "are cut to their most telling rows and long errors are clipped.",
      "## A successful run: two builds, one copied to a second region",
      "---",
      renderBuildSummary({
        templatePath: "packer/images.json",
        result: asOnRunner(ok, dir),
        run,
        manifestPath: "packer-manifest.json",
      }),
      "---",
      "## A failed build",
      "---",
      renderBuildSummary({ templatePath: "packer/api.json", result: failed, run }),
      "---",
      "## A failed build kept with `-on-error=abort`: what is left for the post step",
      "---",
      renderBuildSummary({ templatePath: "packer/api.json", result: killed, run }),
      "---",
      "## The post step after a killed run",
      "---",
      renderSweepSummary({
        runId: run.runId!,
        resources: swept,
        durationMs: 4_200,
        regions: ["cn-hangzhou"],
      }),
      "---",
      "## The post step after a clean run",
      "---",
      renderSweepSummary({
        runId: run.runId!,
        resources: [],
        durationMs: 380,
        regions: ["cn-hangzhou", "cn-beijing"],
      }),
    ];
    return `${sections.map((s) => s.trimEnd()).join("\n\n")}\n`;
  } finally {
    await emu.stop();
  }
}

describe("docs/summary.md", () => {
  it.runIf(process.env.IMAGE_BUILD_WRITE_DOCS === "1")(
    "is generated from real runs",
    async () => {
      writeFileSync(DOC, await generate());
    },
    20 * 60_000,
  );

  it("is well-formed and written in the current renderer's words", () => {
    expect(existsSync(DOC)).toBe(true);
    const doc = readFileSync(DOC, "utf8");
    expect(assertTablesWellFormed(doc)).toBeGreaterThanOrEqual(10);
    for (const block of fencedBlocks(doc, "hcl").filter((b) => !b.startsWith("# web in"))) parseHcl(block);
    for (const re of [
      /^## ✅ image-build: 2 builds succeeded in /m,
      /^## ❌ image-build: 1 of 1 build failed · /m,
      /^\| ✅ built \| \*\*web\*\* \| `cn-hangzhou` \| `m-\w+` \|/m,
      /^\| {2}\| ↳ copy \| `cn-beijing` \| `m-\w+` \|/m,
      /<summary>⏱️ Timeline: \d+ steps in /,
      /<summary>📡 API calls: \d+ calls /,
      /<summary>🧹 Cleaned up, in reverse order: /,
      /^\*\*❌ Failed at step `provision`\*\*/m,
      /^### 🧩 Terraform$/m,
      /^\*\*⚠️ Left behind: \d+ resources\*\*$/m,
      /<summary>⏸️ Cleanup skipped \(on-error=abort\): /,
      /^Kept on purpose \(`on-error: abort`\)/m,
      /^data "alicloud_images" "web_cn-beijing" \{$/m,
      /^## 🧹 image-build cleanup: \d+ resources swept$/m,
      /^## ✨ image-build cleanup: nothing was left behind$/m,
      /exit status: 2\. Allowed exit codes are: \[0\]/,
    ])
      expect(doc).toMatch(re);
    // Packer's text without the space after the period stays in the log, not in the summary.
    expect(doc).not.toMatch(/exit status: \d+\.Allowed/);
  });
});
