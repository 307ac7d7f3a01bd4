// The build and sweep summaries on synthetic results: reuse, cancellation, leftovers, multi-region
// copies, escaping of hostile text, and the size cap on huge inputs.
import { describe, expect, it } from "vitest";
import { ALICLOUD_STEPS } from "../../src/builders/alicloud-ecs/builder.js";
import { ecsDetails } from "../../src/builders/alicloud-ecs/details.js";
import type { ActionStats } from "../../src/cloud/accounting.js";
import type { BuildResult, RunBuildsResult } from "../../src/engine/build.js";
import { renderBuildSummary } from "../../src/github/summary/build.js";
import { renderSweepSummary } from "../../src/github/summary/sweep.js";
import type { SweptResource } from "../../src/github/summary/types.js";
import type { StepRecord } from "../../src/pipeline/runner.js";
import { assertTablesWellFormed, fencedBlocks, parseHcl, tables } from "./build-summary-helpers.js";

const KIB = 1024;
/** An interpolation opener (HCL, JS), spelled so that no linter takes the literals below for mistakes. */
const OPEN = "$" + "{";

/** The Markdown outside code: fenced blocks and code spans removed (their content is literal). */
function prose(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "").replace(/(`+)[\s\S]*?\1/g, "");
}
const size = (s: string) => Buffer.byteLength(s, "utf8");

/** Every step succeeded (with a cleanup), the given one `ms` long. */
function steps(overrides: Record<string, Partial<StepRecord>> = {}): StepRecord[] {
  return ALICLOUD_STEPS.map((s, i) => ({
    name: s.name,
    status: "succeeded" as const,
    durationMs: 100 + i * 10,
    ...(s.cleanup ? { cleanup: { status: "succeeded" as const, durationMs: 20 } } : {}),
    ...overrides[s.name],
  }));
}

function call(action: string, calls: number, extra: Partial<ActionStats> = {}): ActionStats {
  return {
    product: "Ecs",
    action,
    calls,
    attempts: calls,
    retries: 0,
    failures: 0,
    errors: {},
    totalLatencyMs: calls * 80,
    maxLatencyMs: 120,
    ...extra,
  };
}

function build(extra: Partial<BuildResult> = {}): BuildResult {
  return {
    name: "web",
    status: "succeeded",
    region: "cn-hangzhou",
    images: { "cn-hangzhou": "m-bp1aaaaaaaaaaaaaaaaa" },
    details: ecsDetails({
      sourceImage: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
      instanceType: "ecs.g6.large",
      zoneId: "cn-hangzhou-h",
      instanceId: "i-bp1bbbbbbbbbbbbbbbbb",
    }),
    steps: steps(),
    calls: [call("DescribeImages", 4), call("RunInstances", 1), call("CreateImage", 1)],
    provisioners: [{ type: "shell", status: "succeeded", durationMs: 41_000 }],
    cleanupErrors: [],
    leftBehind: [],
    postProcessors: [],
    durationMs: 312_000,
    ...extra,
  };
}

function result(builds: BuildResult[], extra: Partial<RunBuildsResult> = {}): RunBuildsResult {
  const ok = builds.every(
    (b) => b.status === "succeeded" && b.postProcessors.every((p) => p.status === "succeeded"),
  );
  return { runId: "run-42", builds, ok, exitCode: ok ? 0 : 1, durationMs: 320_000, ...extra };
}

const render = (builds: BuildResult[], extra: Partial<RunBuildsResult> = {}, cancelled?: boolean) =>
  renderBuildSummary({ templatePath: "packer/web.json", result: result(builds, extra), cancelled });

describe("renderBuildSummary", () => {
  it("a reused image: the badge, the headline, and a Terraform lookup by fingerprint in each region", () => {
    const fp = "sha256:0123456789abcdef0123456789abcdef";
    const md = render([
      build({
        reused: true,
        fingerprint: fp,
        images: { "cn-hangzhou": "m-bp1reused0000000000", "cn-shanghai": "m-uf6reused0000000000" },
        steps: [],
        calls: [call("DescribeImages", 1)],
        provisioners: [],
        durationMs: 900,
      }),
    ]);
    expect(md).toMatch(/^## ✅ image-build: 1 build succeeded in 5m 20s · all reused\n/);
    expect(tables(md)[0].rows[0].slice(0, 4)).toEqual([
      "♻️ reused",
      "**web**",
      "`cn-hangzhou`",
      "`m-bp1reused0000000000`",
    ]);
    expect(md).toContain("Reused `m-bp1reused0000000000`: an image with the same fingerprint already exists");
    expect(md).not.toContain("Timeline");
    const blocks = fencedBlocks(md, "hcl");
    expect(blocks).toHaveLength(3);
    const lookups = parseHcl(blocks[2]).blocks;
    expect(lookups.map((b) => [b.type, ...b.labels])).toEqual([
      ["data", "alicloud_images", "web"],
      ["data", "alicloud_images", "web_cn-shanghai"],
    ]);
    for (const l of lookups) {
      expect(l.body.attrs).toMatchObject({ owners: "self", most_recent: "true" });
      expect(l.body.blocks[0].labels).toEqual(["tags"]);
      expect(l.body.blocks[0].body.attrs).toEqual({ "image-build:fingerprint": fp });
    }
    expect(lookups[1].body.attrs.provider).toBe("alicloud.cn-shanghai");
    expect(lookups[0].body.attrs.provider).toBeUndefined();
  });

  it("another builder's details: its own columns, its machine, its Terraform data source (or none)", () => {
    const fp = "sha256:fedcba9876543210";
    const other = build({
      name: "vm",
      fingerprint: fp,
      images: { "eu-west": "img-1" },
      region: "eu-west",
      details: {
        builder: "other-cloud",
        facts: [
          { key: "base", label: "Base image", value: "debian-12", lead: "based on" },
          { key: "size", label: "Machine size", value: "small" },
        ],
        machine: { id: "vm-77", label: "build VM" },
        terraform: {
          provider: "othercloud",
          dataSource: "othercloud_image",
          arguments: [["owner", '"me"']],
          tagsArgument: "labels",
          idAttribute: "id",
        },
      },
    });
    const bare = build({ name: "plain", fingerprint: fp, images: { "eu-west": "img-2" }, region: "eu-west" });
    delete bare.details;
    const md = render([other, bare]);
    const t = tables(md)[0];
    expect(t.head).toEqual(["Status", "Build", "Region", "Image ID", "Base image", "Machine size", "Time"]);
    expect(t.rows[0].slice(4, 6)).toEqual(["`debian-12`", "`small`"]);
    expect(t.rows[1].slice(4, 6)).toEqual(["—", "—"]);
    expect(md).toContain("in 5m 12s · based on `debian-12` · build VM `vm-77` · fingerprint");
    expect(md).not.toContain("alicloud");
    const lookups = parseHcl(fencedBlocks(md, "hcl")[2]).blocks;
    expect(lookups.map((b) => [b.type, ...b.labels])).toEqual([["data", "othercloud_image", "vm"]]);
    expect(lookups[0].body.attrs).toMatchObject({ owner: "me" });
    expect(lookups[0].body.blocks[0].labels).toEqual(["labels"]);
    expect(lookups[0].body.blocks[0].body.attrs).toEqual({ "image-build:fingerprint": fp });
    expect(md).toContain("# image_id = data.othercloud_image.vm.id");
  });

  it("several builds with copies: one row per region, source region first, all IDs in the Terraform map", () => {
    const web = build({
      images: {
        "cn-shanghai": "m-uf6web000000000000",
        "cn-hangzhou": "m-bp1web000000000000",
        "cn-beijing": "m-2zeweb000000000000",
      },
    });
    const db = build({ name: "db", region: "cn-beijing", images: { "cn-beijing": "m-2zedb0000000000000" } });
    const md = render([web, db]);
    expect(md).toMatch(/^## ✅ image-build: 2 builds succeeded in 5m 20s\n/);
    expect(md).toContain("**4 images** in 3 regions");
    assertTablesWellFormed(md);
    expect(tables(md)[0].rows.map((r) => r.slice(1, 4))).toEqual([
      ["**web**", "`cn-hangzhou`", "`m-bp1web000000000000`"],
      ["↳ copy", "`cn-beijing`", "`m-2zeweb000000000000`"],
      ["↳ copy", "`cn-shanghai`", "`m-uf6web000000000000`"],
      ["**db**", "`cn-beijing`", "`m-2zedb0000000000000`"],
    ]);
    const [locals, plain] = fencedBlocks(md, "hcl");
    const map = parseHcl(locals).blocks[0].body.blocks[0].body.blocks;
    expect(Object.fromEntries(map.map((b) => [b.labels[0], b.body.attrs]))).toEqual({
      web: web.images,
      db: db.images,
    });
    expect(plain.match(/^image_id = .*$/gm)).toHaveLength(4);
    expect(md).not.toContain("alicloud_images"); // no fingerprint, no lookup
    // The timeline: its slowest step has the full bar; 'web' took 5m 12s.
    expect(md).toContain("⏱️ Timeline: 19 steps in 5m 12s · slowest: artifact 280 ms, share image 270 ms");
  });

  it("a cancelled build: the step it was in, what was cleaned up, the post step for what is left", () => {
    const md = render(
      [
        build({
          status: "cancelled",
          failedStep: "create image",
          error: new Error("This operation was aborted"),
          images: {},
          steps: steps({
            "create image": {
              status: "cancelled",
              durationMs: 5000,
              cleanup: {
                status: "failed",
                durationMs: 300,
                error: new Error("DeleteImage: Throttling (request id R-1)"),
              },
            },
            ...Object.fromEntries(
              ALICLOUD_STEPS.slice(15).map((s) => [
                s.name,
                { status: "not-run", durationMs: 0, cleanup: undefined },
              ]),
            ),
          }),
          cleanupErrors: [
            { step: "create image", error: new Error("DeleteImage: Throttling (request id R-1)") },
          ],
          leftBehind: [
            {
              type: "image",
              id: "m-bp1left00000000000",
              region: "cn-hangzhou",
              createdBy: "create image",
              createdAt: 1,
            },
          ],
        }),
      ],
      {},
      true,
    );
    expect(md).toMatch(/^## 🛑 image-build: cancelled after 5m 20s · 0 of 1 build finished\n/);
    expect(tables(md)[0].rows[0][0]).toBe("🛑 cancelled");
    expect(md).toContain("**🛑 Cancelled during step `create image`** after 5m 12s.");
    expect(md).not.toContain("This operation was aborted");
    // The failed cleanup opens its section and names the error.
    expect(md).toMatch(/<details open><summary>🧹 Cleaned up, in reverse order: .* · 1 failed<\/summary>/);
    expect(md).toContain(
      "| `create image` | ✗ failed | 300 ms | DeleteImage: Throttling \\(request id R-1\\) |"
        .replace("\\(", "(")
        .replace("\\)", ")"),
    );
    expect(md).toContain("- `create image`: DeleteImage: Throttling (request id R-1)");
    expect(md).toContain("**⚠️ Left behind: 1 resource**");
    expect(tables(md).find((t) => t.head[0] === "Type")!.rows).toEqual([
      ["image", "`m-bp1left00000000000`", "`cn-hangzhou`", "create image"],
    ]);
    expect(md).toContain("searches for resources tagged `image-build:run=run-42`");
    const [timeline] = fencedBlocks(md, "text");
    expect(timeline).toMatch(/^⊘ create image +5\.0 s {2}█+/m);
    expect(timeline).toMatch(/^· not run: tag snapshots, copy image, share image, artifact$/m);
    expect(timeline).toMatch(/^✗ create image +300 ms/m);
  });

  it("a successful build whose cleanup failed still says what is left", () => {
    const md = render([
      build({
        cleanupErrors: [{ step: "vpc", error: "DependencyViolation" }],
        leftBehind: [{ type: "vpc", id: "vpc-bp1x", region: "cn-hangzhou", createdBy: "vpc", createdAt: 1 }],
      }),
    ]);
    expect(md).toMatch(/^## ✅/);
    expect(md).toContain("**⚠️ 1 cleanup failed** although the build succeeded:");
    expect(md).toContain("- `vpc`: DependencyViolation");
    expect(md).toContain("**⚠️ Left behind: 1 resource**");
  });

  it("provisioner names and exit codes get their columns; a failed post-processor fails the run", () => {
    const provisioners = [
      { type: "shell", name: "install", status: "succeeded", durationMs: 1200, exitCode: 0 },
      {
        type: "shell",
        status: "failed",
        durationMs: 300,
        exitCode: 3,
        error: "Script exited with non-zero exit status: 3",
      },
    ] as unknown as BuildResult["provisioners"];
    const md = render([
      build({
        provisioners,
        postProcessors: [
          { type: "shell-local", name: "notify", status: "failed", durationMs: 10, error: "exit 1" },
        ],
      }),
    ]);
    assertTablesWellFormed(md);
    expect(md).toMatch(/^## ❌ image-build: 1 of 1 build failed/);
    expect(tables(md)[0].rows[0][0]).toBe("⚠️ post-processor failed");
    const prov = tables(md).find((t) => t.head[1] === "Provisioner")!;
    expect(prov.head).toEqual(["#", "Provisioner", "Name", "Result", "Time", "Exit code"]);
    expect(prov.rows).toEqual([
      ["1", "`shell`", "install", "✓ succeeded", "1.2 s", "`0`"],
      ["2", "`shell`", "—", "✗ failed: Script exited with non-zero exit status: 3", "300 ms", "`3`"],
    ]);
    const pp = tables(md).find((t) => t.head[0] === "Post-processor")!;
    expect(pp.rows).toEqual([["`shell-local`", "notify", "✗ failed: exit 1", "10 ms", "—"]]);
  });

  it("Packer's 'exit status: 2.Allowed exit codes' gets its missing space in the summary (the log keeps Packer's text)", () => {
    const packer = "Script exited with non-zero exit status: 2.Allowed exit codes are: [0]";
    const md = render([
      build({
        status: "failed",
        failedStep: "provision",
        error: new Error(`Step "provision" failed: ${packer}`),
        images: {},
        provisioners: [{ type: "shell-local", status: "failed", durationMs: 42, error: packer }],
      }),
    ]);
    assertTablesWellFormed(md);
    expect(md).toContain(
      "<pre>Step &quot;provision&quot; failed: Script exited with non-zero exit status: 2. Allowed exit codes are: [0]</pre>",
    );
    const prov = tables(md).find((t) => t.head[1] === "Provisioner")!;
    expect(prov.rows[0][2]).toBe(
      "✗ failed: Script exited with non-zero exit status: 2. Allowed exit codes are: \\[0\\]",
    );
    expect(md).not.toMatch(/status: 2\.Allowed/);
  });

  it("escapes what comes from templates, the cloud and errors", () => {
    const hostile = `x | y \`z\` <img src=x onerror=alert(1)> *b* [l](javascript:alert(1)) & ${OPEN}var.x}`;
    const md = renderBuildSummary({
      templatePath: "a`b|c.json",
      run: { runId: "1", runUrl: "javascript:alert(1)", ref: "refs/heads/x|y", actor: "a<b>" },
      result: result([
        build({
          name: hostile,
          status: "failed",
          failedStep: "pro|vision",
          error: new Error(`boom </pre><script>alert(1)</script>\n\`\`\`\n| a | b |`),
          images: { "cn-hangzhou": "m-1|2" },
          provisioners: [{ type: "sh|ell", status: "failed", durationMs: 1, error: "a|b <i>" }],
          calls: [call("Create|Image", 1, { errors: { "Code|X": 2 } })],
          leftBehind: [{ type: "in|stance", id: "i-<x>", region: "r|1", createdBy: "c`d", createdAt: 1 }],
        }),
        build({ name: `q"${OPEN}x}\\`, images: { 'r"1': `m-"${OPEN}y}` } }),
      ]),
    });
    // No raw HTML from the input, and no link to a script.
    expect(prose(md)).not.toMatch(/<img|<script|<\/pre><|<i>|<x>|<b>/);
    expect(prose(md)).not.toMatch(/(?<!\\)\]\(javascript:/);
    // Tables keep their columns whatever the cells hold.
    expect(assertTablesWellFormed(md)).toBeGreaterThanOrEqual(5);
    const [images] = tables(md);
    expect(images.rows[0][1]).toBe(
      `**x \\| y \\\`z\\\` &lt;img src=x onerror=alert(1)&gt; \\*b\\* \\[l\\](javascript:alert(1)) &amp; ${OPEN}var.x}**`,
    );
    expect(images.rows[0][0]).toBe("❌ failed at `pro\\|vision`");
    // The error is one <pre>, closed once, its text escaped.
    const pres = md.match(/<pre>[\s\S]*?<\/pre>/g)!;
    expect(pres).toHaveLength(1);
    expect(pres[0]).toContain("boom &lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n```\n| a | b |");
    // A code span holding backticks uses a longer fence; pipes in cells are escaped inside spans.
    expect(md).toContain("template ``a`b|c.json``");
    expect(md).toContain("`refs/heads/x|y`");
    // The Terraform strings are HCL-escaped (no interpolation, quotes and backslashes escaped).
    const [locals] = fencedBlocks(md, "hcl");
    expect(locals).toContain(`"q\\"$${OPEN}x}\\\\" = {`);
    expect(locals).toContain(`"r\\"1" = "m-\\"$${OPEN}y}"`);
    const parsed = parseHcl(locals).blocks[0].body.blocks[0].body.blocks;
    expect(parsed[0].labels[0]).toBe(`q"${OPEN}x}\\`);
    expect(parsed[0].body.attrs).toEqual({ 'r"1': `m-"${OPEN}y}` });
  });

  it("no build at all", () => {
    const md = render([], { ok: false, exitCode: 1 });
    expect(md).toMatch(/^## ⚠️ image-build: no build ran/);
    expect(md).not.toContain("| Status |");
  });

  it("20 builds × 40 steps × 100 actions, long errors and many leftovers: under 100 KiB, still well-formed", () => {
    const manySteps: StepRecord[] = Array.from({ length: 40 }, (_, i) => ({
      name: `step number ${i} with a longish name`,
      status: "succeeded",
      durationMs: 1000 + i * 37,
      cleanup: { status: "failed", durationMs: 50, error: new Error("x".repeat(5000)) },
    }));
    const manyCalls = Array.from({ length: 100 }, (_, i) =>
      call(`DescribeSomething${i}`, i + 1, { retries: i % 3, errors: { [`Throttling.User${i}`]: i % 3 } }),
    );
    const builds = Array.from({ length: 20 }, (_, b) =>
      build({
        name: `build-${b}`,
        status: b % 2 ? "failed" : "succeeded",
        failedStep: b % 2 ? "step number 39 with a longish name" : undefined,
        error: b % 2 ? new Error(`E${b} `.repeat(20_000)) : undefined,
        images:
          b % 2
            ? {}
            : Object.fromEntries(Array.from({ length: 12 }, (_, r) => [`region-${r}`, `m-${b}-${r}`])),
        region: "region-0",
        steps: manySteps,
        calls: manyCalls,
        provisioners: Array.from({ length: 60 }, () => ({
          type: "shell",
          status: "failed" as const,
          durationMs: 5,
          error: "e".repeat(2000),
        })),
        cleanupErrors: Array.from({ length: 40 }, (_, i) => ({ step: `s${i}`, error: "y".repeat(3000) })),
        leftBehind: Array.from({ length: 300 }, (_, i) => ({
          type: "snapshot",
          id: `s-${b}-${i}`,
          region: "region-0",
          createdBy: "create image",
          createdAt: 1,
        })),
      }),
    );
    const md = render(builds);
    expect(size(md)).toBeLessThan(100 * KIB);
    assertTablesWellFormed(md);
    // Every build is still in the images table, and the summary ends where a summary should.
    const names = tables(md)[0]
      .rows.map((r) => r[1])
      .filter((c) => c.startsWith("**"));
    expect(names).toEqual(builds.map((b) => `**${b.name}**`));
    expect(md).toMatch(/^## ❌ image-build: 10 of 20 builds failed/);
    for (const block of fencedBlocks(md, "hcl").slice(0, 1)) parseHcl(block);
    expect(md).toMatch(/… \d+ more/);
  });

  it("hundreds of builds with dozens of regions: copies share a row, then builds are cut", () => {
    const builds = Array.from({ length: 400 }, (_, b) =>
      build({
        name: `b${b}`,
        images: Object.fromEntries(Array.from({ length: 30 }, (_, r) => [`region-${r}`, `m-${b}-${r}`])),
        region: "region-0",
      }),
    );
    const md = render(builds);
    expect(size(md)).toBeLessThan(100 * KIB);
    assertTablesWellFormed(md);
    const [images] = tables(md);
    expect(images.rows[1].slice(1, 4)).toEqual([
      "↳ 29 copies",
      expect.stringMatching(/^region-1, region-10, region-11, /),
      "in the `image-ids` output",
    ]);
    expect(images.rows.at(-1)![0]).toBe("…");
    expect(images.rows.at(-1)![1]).toMatch(/^\d+ more builds$/);
  });

  it("text too long for any cap is cut at a line, under 100 KiB, with a note", () => {
    const builds = Array.from({ length: 12 }, (_, b) => build({ name: `b${b}-${"n".repeat(20_000)}` }));
    const md = render(builds);
    expect(size(md)).toBeLessThan(100 * KIB);
    expect(md).toMatch(/\n> The rest of this summary was cut to stay within the job summary size limit\.\n$/);
    expect(md.startsWith("## ✅ image-build: 12 builds succeeded")).toBe(true);
  });
});

describe("renderSweepSummary", () => {
  const r = (
    outcome: SweptResource["outcome"],
    type: string,
    id: string,
    detail?: string,
  ): SweptResource => ({
    type,
    id,
    region: "cn-hangzhou",
    foundBy: id.endsWith("t") ? "tags" : "ledger",
    outcome,
    ...(detail ? { detail } : {}),
  });

  it("nothing left: one happy line", () => {
    const md = renderSweepSummary({
      runId: "run-42",
      resources: [],
      durationMs: 420,
      regions: ["cn-hangzhou"],
    });
    expect(md).toBe(
      "## ✨ image-build cleanup: nothing was left behind\n\n" +
        "Run `run-42` · searched in `cn-hangzhou` by the saved ledger and the `image-build:run` tag · 420 ms\n",
    );
  });

  it("groups by outcome with counts, failures first with the commands to finish by hand", () => {
    const md = renderSweepSummary({
      runId: "run-42",
      durationMs: 3200,
      regions: ["cn-hangzhou", "cn-beijing"],
      resources: [
        r("deleted", "instance", "i-1"),
        r("deleted", "vpc", "vpc-1t"),
        r("already-gone", "security-group", "sg-1"),
        r("kept", "image", "m-1", "the build's artifact"),
        r("failed", "vswitch", "vsw-1", "DependencyViolation (request id R-9) | <b>"),
        r("failed", "key-pair", "packer_6a'b"),
      ],
    });
    expect(md).toMatch(/^## ⚠️ image-build cleanup: 2 resources could not be deleted\n/);
    expect(md).toContain("❌ 2 could not delete · 🗑️ 2 deleted · 👻 1 already gone · 📌 1 kept");
    assertTablesWellFormed(md);
    const headings = md.match(/^### .*$/gm);
    expect(headings).toEqual([
      "### ❌ Could not delete (2)",
      "### 🗑️ Deleted (2)",
      "### 👻 Already gone (1)",
      "### 📌 Kept (1)",
    ]);
    const [failed, deleted, , kept] = tables(md);
    expect(failed.head).toEqual(["Type", "ID", "Region", "Found by", "Detail"]);
    expect(failed.rows[0]).toEqual([
      "vswitch",
      "`vsw-1`",
      "`cn-hangzhou`",
      "ledger",
      "DependencyViolation (request id R-9) \\| &lt;b&gt;",
    ]);
    expect(deleted.rows).toEqual([
      ["instance", "`i-1`", "`cn-hangzhou`", "ledger"],
      ["vpc", "`vpc-1t`", "`cn-hangzhou`", "tag"],
    ]);
    expect(kept.head.at(-1)).toBe("Why");
    const [sh] = fencedBlocks(md, "sh");
    expect(sh.split("\n")).toEqual([
      `aliyun ecs DeleteKeyPairs --region cn-hangzhou --RegionId cn-hangzhou --KeyPairNames '["packer_6a'\\''b"]'`,
      "aliyun vpc DeleteVSwitch --region cn-hangzhou --RegionId cn-hangzhou --VSwitchId vsw-1",
    ]);
  });

  it("thousands of resources stay under 100 KiB", () => {
    const resources = Array.from({ length: 5000 }, (_, i) =>
      r(i % 2 ? "deleted" : "failed", "snapshot", `s-${i}`, "z".repeat(400)),
    );
    const md = renderSweepSummary({ runId: "run-42", resources, durationMs: 1, regions: [] });
    expect(size(md)).toBeLessThan(100 * KIB);
    assertTablesWellFormed(md);
    expect(md).toContain("### ❌ Could not delete (2500)");
    expect(md).toMatch(/\| … \| \d+ more \|/);
  });
});
