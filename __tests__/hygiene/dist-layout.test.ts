// scripts/build.mjs builds the three entry points in one esbuild build with shared chunks: the
// entries action.yml and package.json name, one dist/chunks/ holding the SDKs once (not once per
// bundle), one models data file per SDK, one licenses.txt and package.json. The bundles' behaviour
// is tested by __tests__/e2e/ (built the same way).
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "image-build-layout-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], { cwd: ROOT });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = () =>
  readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(out, f)).isFile())
    .sort();

describe("dist/ layout (one build, shared chunks)", () => {
  it("has the entries action.yml and package.json run, and nothing else at the top", () => {
    expect(readdirSync(out).sort()).toEqual([
      "chunks",
      "cli",
      "licenses.txt",
      "main",
      "package.json",
      "post",
    ]);
    for (const e of ["main", "post", "cli"]) expect(readdirSync(join(out, e))).toEqual(["index.js"]);
    const action = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(action).toContain("  main: dist/main/index.js\n  post: dist/post/index.js");
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin["image-build"]).toBe(
      "dist/cli/index.js",
    );
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8"))).toEqual({ type: "module" });
  });

  it("holds each SDK once: its client in one chunk, one models data file per SDK", () => {
    const js = files().filter((f) => f.endsWith(".js"));
    const holding = (marker: string) => js.filter((f) => readFileSync(join(out, f), "utf8").includes(marker));
    // ECS, VPC and STS clients, ssh2's client: one file each, in chunks/.
    for (const marker of [
      "describeInstancesWithOptions",
      "describeVpcsWithOptions",
      "getCallerIdentityWithOptions",
      "ssh2js",
    ]) {
      const where = holding(marker);
      expect(where, marker).toHaveLength(1);
      expect(where[0], marker).toMatch(/^chunks\//);
    }
    const models = files().filter((f) => f.endsWith("-models.txt"));
    expect(models).toEqual([
      "chunks/alicloud-ecs20140526-models.txt",
      "chunks/alicloud-openapi-core-models.txt",
      "chunks/alicloud-sts20150401-models.txt",
      "chunks/alicloud-vpc20160428-models.txt",
    ]);
  });

  it("the entries are small and import the shared chunks", () => {
    for (const e of ["main", "post"]) {
      const text = readFileSync(join(out, e, "index.js"), "utf8");
      expect(text).toMatch(/from "\.\.\/chunks\/chunk-[A-Z0-9]+\.js"/);
      expect(text.length).toBeLessThan(1024 * 1024);
    }
  });
});
