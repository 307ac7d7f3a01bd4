// The build summary of real results: builds run by the engine against the emulator (zero profile):
// one with a copy region, a provisioner and a manifest; one whose CreateImage fails; one that fails
// with -on-error=abort and leaves its resources behind.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { factOf } from "../../src/builders/result.js";
import type { RunBuildsResult } from "../../src/engine/build.js";
import { renderBuildSummary } from "../../src/github/summary/build.js";
import { builder, buildTemplate } from "../builders/alicloud-ecs/helpers.js";
import { $Ecs, ecsClient } from "../emulator/services/clients.js";
import { assertTablesWellFormed, fencedBlocks, parseHcl, tables } from "./build-summary-helpers.js";

let emu: Emulator;
let ok: RunBuildsResult;
let bad: RunBuildsResult;
let kept: RunBuildsResult;
let again: RunBuildsResult;
const dir = mkdtempSync(join(tmpdir(), "image-build-summary-"));

/** A build with a copy region, a provisioner and a manifest. */
const okTemplate = () => ({
  builders: [builder({ name: "web", image_name: "summary-web", image_copy_regions: ["cn-beijing"] })],
  provisioners: [{ type: "shell-local", inline: ["echo provisioned"] }],
  "post-processors": [{ type: "manifest", output: join(dir, "manifest.json") }],
});

beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
  ok = await buildTemplate(emu, okTemplate(), { runId: "summary-ok", reuse: { enabled: true } });
  again = await buildTemplate(emu, okTemplate(), { runId: "summary-again", reuse: { enabled: true } });
  emu.faults.add({
    action: "CreateImage",
    effect: "error",
    code: "InvalidParameter.Injected",
    httpStatus: 400,
    times: 1,
  });
  bad = await buildTemplate(
    emu,
    { builders: [builder({ name: "db <primary> | `x`", image_name: "summary-db" })] },
    { runId: "summary-bad" },
  );
  emu.faults.add({
    action: "StopInstance",
    effect: "error",
    code: "InjectedFailure",
    httpStatus: 400,
    times: 1,
  });
  kept = await buildTemplate(
    emu,
    { builders: [builder({ name: "kept", image_name: "summary-kept" })] },
    { runId: "summary-kept", onError: "abort" },
  );
});
afterAll(async () => {
  await emu?.stop();
});

/** The Markdown between a line starting with `start` and the next line starting with `### ` (or the end). */
function section(md: string, start: string): string {
  const i = md.indexOf(`\n${start}`);
  if (i < 0) throw new Error(`no section ${start}`);
  const j = md.indexOf("\n### ", i + 1);
  return md.slice(i + 1, j < 0 ? undefined : j);
}

describe("renderBuildSummary on real results", () => {
  it("a successful build: images by region, timeline, provisioner, post-processor, API calls, Terraform", () => {
    expect(ok.ok).toBe(true);
    const b = ok.builds[0];
    const md = renderBuildSummary({
      templatePath: "packer/web.json",
      result: ok,
      manifestPath: "manifest.json",
      run: {
        runId: "123",
        runAttempt: "2",
        runUrl: "https://github.com/o/r/actions/runs/123",
        sha: "abcdef1234567890",
      },
    });
    const hangzhou = b.images["cn-hangzhou"];
    const beijing = b.images["cn-beijing"];
    expect(hangzhou).toMatch(/^m-/);
    expect(beijing).toMatch(/^m-/);

    expect(md).toMatch(/^## ✅ image-build: 1 build succeeded in \d/);
    expect(md).toContain("**2 images** in 2 regions");
    expect(md).toContain("manifest `manifest.json`");
    expect(md).toContain("[run 123 (attempt 2)](https://github.com/o/r/actions/runs/123)");
    expect(md).toContain("commit `abcdef123456`");
    expect(assertTablesWellFormed(md)).toBeGreaterThanOrEqual(4);

    // The images table: a row per region, source region first, the copy after it.
    const [images] = tables(md);
    expect(images.head).toEqual([
      "Status",
      "Build",
      "Region",
      "Image ID",
      "Source image",
      "Instance type",
      "Zone",
      "Time",
    ]);
    expect(images.rows.map((r) => r.slice(0, 4))).toEqual([
      ["✅ built", "**web**", "`cn-hangzhou`", `\`${hangzhou}\``],
      ["", "↳ copy", "`cn-beijing`", `\`${beijing}\``],
    ]);
    expect(images.rows[0].slice(4, 7)).toEqual([
      `\`${factOf(b.details, "source-image")}\``,
      "`ecs.n1.tiny`",
      `\`${factOf(b.details, "zone")}\``,
    ]);

    // The build's section: provisioner and post-processor outcomes, timeline, API calls.
    const web = section(md, "### ✅ web");
    const prov = tables(web).find((t) => t.head.includes("Provisioner"))!;
    expect(prov.rows).toEqual([["1", "`shell-local`", "✓ succeeded", expect.stringMatching(/\d (ms|s)$/)]]);
    const pp = tables(web).find((t) => t.head.includes("Post-processor"))!;
    expect(pp.rows[0].slice(0, 2)).toEqual(["`manifest`", "✓ succeeded"]);
    expect(pp.rows[0][3]).toBe(`\`${join(dir, "manifest.json")}\``);

    const [timeline] = fencedBlocks(web, "text");
    const ran = b.steps.filter((s) => s.status === "succeeded");
    for (const s of ran) expect(timeline).toMatch(new RegExp(`^✓ ${s.name} +\\d+ (ms|s)`, "m"));
    const slowest = [...ran].sort((x, y) => y.durationMs - x.durationMs)[0];
    expect(web).toContain(`slowest: ${slowest.name} `);
    // The slowest step has the longest bar (24 full cells).
    expect(timeline).toMatch(new RegExp(`^✓ ${slowest.name} .*█{24}$`, "m"));
    expect(timeline).toMatch(/^↷ skipped: key pair, connect, /m);
    // The cleanups of the steps that ran, in reverse order (the instance's among them).
    const cleanups = timeline
      .split("cleanup, in reverse order\n")[1]
      .split("\n\n")[0]
      .split("\n")
      .map((l) => /^✓ (.+?) {2,}/.exec(l)![1]);
    expect(cleanups).toEqual(
      b.steps
        .filter((s) => s.cleanup && s.status === "succeeded")
        .map((s) => s.name)
        .reverse(),
    );
    expect(cleanups).toContain("create instance");

    const calls = tables(web).find((t) => t.head[0] === "Action")!;
    const total = b.calls.reduce((s, c) => s + c.calls, 0);
    expect(web).toContain(`API calls: ${total} calls`);
    expect(calls.rows).toHaveLength(b.calls.length + 1);
    expect(calls.rows.at(-1)!.slice(0, 2)).toEqual(["**total**", `**${total}**`]);
    const run = calls.rows.find((r) => r[0] === "`Ecs RunInstances`")!;
    expect(run.slice(1, 4)).toEqual(["1", "0", "0"]);

    // Nothing failed, nothing left.
    expect(md).not.toMatch(/❌|Left behind|Nothing was left/);

    // Terraform: a locals map of both regions, and the plain form for each.
    const [locals, plain] = fencedBlocks(md, "hcl");
    const parsed = parseHcl(locals);
    const ids = parsed.blocks[0].body.blocks.find((x) => x.labels[0] === "image_ids")!;
    expect(ids.body.blocks[0].labels).toEqual(["web"]);
    expect(ids.body.blocks[0].body.attrs).toEqual({ "cn-hangzhou": hangzhou, "cn-beijing": beijing });
    parseHcl(plain);
    expect(plain.match(/^image_id = "(m-\w+)"$/gm)).toEqual([
      `image_id = "${hangzhou}"`,
      `image_id = "${beijing}"`,
    ]);
  });

  it("a failed build: the failed step, the error (escaped), what was cleaned up, nothing left", () => {
    expect(bad.ok).toBe(false);
    const b = bad.builds[0];
    expect(b.failedStep).toBe("create image");
    const md = renderBuildSummary({ templatePath: "packer/db.json", result: bad });
    expect(md).toMatch(/^## ❌ image-build: 1 of 1 build failed · \d/);
    expect(md).toContain("**no image**");
    assertTablesWellFormed(md);

    // The build name is text, never markup: no HTML tag, the pipe and backticks escaped.
    expect(md).not.toContain("<primary>");
    expect(md).toContain("### ❌ db &lt;primary&gt; \\| \\`x\\`");
    const [images] = tables(md);
    expect(images.rows[0].slice(0, 4)).toEqual([
      "❌ failed at `create image`",
      "**db &lt;primary&gt; \\| \\`x\\`**",
      "`cn-hangzhou`",
      "—",
    ]);

    // The error as the engine gave it, HTML-escaped in a <pre>.
    expect(md).toContain("**❌ Failed at step `create image`** after ");
    const pre = /<pre>([\s\S]*?)<\/pre>/.exec(md)![1];
    expect(pre).toContain("InvalidParameter.Injected");
    const message = b.error instanceof Error ? b.error.message : String(b.error);
    expect(pre).toBe(
      message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
    );

    // What was cleaned up: the steps whose cleanup deleted something, in reverse order.
    const cleaned = ["create image", "address", "create instance", "security group", "vswitch", "vpc"];
    expect(md).toContain(`<summary>🧹 Cleaned up, in reverse order: ${cleaned.join(", ")}</summary>`);
    const cleanup = tables(md).find((t) => t.head[1] === "Cleanup")!;
    expect(cleanup.rows.map((r) => r.slice(0, 2))).toEqual(cleaned.map((n) => [`\`${n}\``, "✓ done"]));
    expect(md).toContain("**Nothing was left behind:**");

    const [timeline] = fencedBlocks(md, "text");
    expect(timeline).toMatch(/^✗ create image +\d+ (ms|s)/m);
    expect(timeline).toMatch(/^· not run: tag snapshots, copy image, share image, artifact$/m);
    const calls = tables(md).find((t) => t.head[0] === "Action")!;
    expect(calls.rows.find((r) => r[0] === "`Ecs CreateImage`")!.slice(1, 5)).toEqual([
      "1",
      "0",
      "1",
      "`InvalidParameter.Injected` ×1",
    ]);
    expect(md).not.toContain("Terraform");
  });

  it("a reused image: the badge, and Terraform lookups that find the very images in each region", async () => {
    const b = again.builds[0];
    expect(b.reused).toBe(true);
    expect(b.images).toEqual(ok.builds[0].images);
    const md = renderBuildSummary({ templatePath: "packer/web.json", result: again });
    assertTablesWellFormed(md);
    expect(md).toMatch(/^## ✅ image-build: 1 build succeeded in .* · all reused\n/);
    expect(tables(md)[0].rows.map((r) => r.slice(0, 4))).toEqual([
      ["♻️ reused", "**web**", "`cn-hangzhou`", `\`${b.images["cn-hangzhou"]}\``],
      ["", "↳ copy", "`cn-beijing`", `\`${b.images["cn-beijing"]}\``],
    ]);
    expect(md).toContain(`Reused \`${b.images["cn-hangzhou"]}\``);
    // Each data "alicloud_images" block, asked of the emulator as the provider would, finds the image.
    const lookups = parseHcl(fencedBlocks(md, "hcl")[2]).blocks;
    expect(lookups).toHaveLength(2);
    for (const l of lookups) {
      const region = l.body.attrs.provider?.replace(/^alicloud\./, "") ?? b.region;
      const tags = Object.entries(l.body.blocks.find((x) => x.labels[0] === "tags")!.body.attrs);
      expect(tags).toEqual([["image-build:fingerprint", b.fingerprint]]);
      const found = await ecsClient(emu).describeImages(
        new $Ecs.DescribeImagesRequest({
          regionId: region,
          imageOwnerAlias: l.body.attrs.owners,
          tag: tags.map(([key, value]) => new $Ecs.DescribeImagesRequestTag({ key, value })),
        }),
      );
      expect(found.body?.images?.image?.map((i) => i.imageId)).toEqual([b.images[region]]);
    }
  });

  it("-on-error=abort: every resource left behind is listed, with the post step's sweep", () => {
    const b = kept.builds[0];
    expect(b.status).toBe("failed");
    expect(b.leftBehind.length).toBeGreaterThanOrEqual(4);
    const md = renderBuildSummary({ templatePath: "packer/kept.json", result: kept });
    assertTablesWellFormed(md);
    expect(md).toContain("**❌ Failed at step `stop instance`**");
    expect(md).toMatch(/⏸️ Cleanup skipped \(on-error=abort\): /);
    expect(md).toContain(`**⚠️ Left behind: ${b.leftBehind.length} resources**`);
    const left = tables(md).find((t) => t.head[0] === "Type" && t.head[1] === "ID")!;
    expect(left.rows).toEqual(
      b.leftBehind.map((e) => [e.type, `\`${e.id}\``, `\`${e.region}\``, e.createdBy]),
    );
    // Kept on purpose: the post step leaves them, the summary says how to delete them.
    expect(md).toContain("Kept on purpose (`on-error: abort`) so that you can inspect them");
    expect(md).toContain("they carry the tag `image-build:run=summary-kept`");
    expect(md).not.toContain("post step deletes these");
    const [sh] = fencedBlocks(md, "sh");
    const instance = b.leftBehind.find((e) => e.type === "instance")!;
    expect(sh).toContain(
      `aliyun ecs DeleteInstance --region cn-hangzhou --InstanceId ${instance.id} --Force true`,
    );
    // In an order that works: the instance before its security group, vSwitch and VPC.
    expect(sh.split("\n").map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "aliyun ecs DeleteInstance",
      "aliyun ecs DeleteSecurityGroup",
      "aliyun vpc DeleteVSwitch",
      "aliyun vpc DeleteVpc",
    ]);
    expect(md).not.toContain("Nothing was left behind");
  });
});
