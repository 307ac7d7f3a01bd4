/**
 * The action's bundles as a runner runs them (scripts/action-runner.ts) against the in-process
 * emulator: bundle sizes, start-up to the first API request (under the machine's Node and Node 24),
 * the wall time of a reused run (a second identical run after a first build), and peak memory (max
 * RSS of the main step's process).
 *
 * It measures the committed dist/ (rebuild it first: `npm run build`), or the bundles in
 * `IMAGE_BUILD_DIST=<dir>` (`node scripts/build.mjs --out <dir>`). A figure the bundles cannot give
 * yet (a dist/ without build mode) is printed as "pending", with the reason.
 *
 * `BENCH_BASELINE_DIST=<dir>` (another build, e.g. of an earlier commit) compares: the sizes of
 * both, and start-up measured alternately on the baseline and on the bundles (so a busy machine
 * slows both alike), with the ratio.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { machineNode, type NodeRuntime, node24 } from "../__tests__/e2e/node24.js";
import { startEmulator } from "../emulator/index.js";
import { bwrapAvailable } from "../emulator/machines/sandbox.js";
import { runStep, type StepResult } from "../scripts/action-runner.js";
import { type Figure, percentile } from "./report.js";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, process.env.IMAGE_BUILD_DIST || "dist");
const BASELINE = process.env.BENCH_BASELINE_DIST ? resolve(ROOT, process.env.BENCH_BASELINE_DIST) : undefined;
// Start-up samples per runtime (BENCH_STARTUP_SAMPLES overrides; more on a busy machine).
const SAMPLES = Number(process.env.BENCH_STARTUP_SAMPLES) || 5;

const kib = (bytes: number) => Math.round(bytes / 1024);
function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

const STATIC_IMPORT =
  /^(?:import|export)\s[^;]*?\bfrom\s*"(\.{1,2}\/[^"]+)";|^import\s*"(\.{1,2}\/[^"]+)";/gm;

/**
 * The files Node loads to start an entry: the entry and every file its static `import`s reach
 * (chunks shared with the other entries included; dynamic `import()`s and the lazily read model
 * data files are not).
 */
function startupFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(STATIC_IMPORT))
      visit(resolve(dirname(file), m[1] ?? m[2]));
  };
  visit(entry);
  return [...seen];
}

/** Sizes of a dist/ folder: the whole of it, and per entry what its start loads. */
function sizeFigures(dist: string, label: string): Figure[] {
  const figures: Figure[] = [
    { name: `${label}: dist/ in all`, value: kib(dirBytes(dist)), unit: "KiB", note: dist },
  ];
  for (const b of ["main", "post", "cli"]) {
    const entry = join(dist, b, "index.js");
    const files = startupFiles(entry);
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    figures.push({
      name: `${label}: ${b}/index.js and its static imports`,
      value: kib(bytes),
      unit: "KiB",
      note: `${files.length} file${files.length === 1 ? "" : "s"}; entry ${kib(statSync(entry).size)} KiB`,
    });
  }
  return figures;
}

/** A preload that writes the process's max RSS (KiB) to a file when it exits. */
function rssProbe(): { nodeOptions: string; read: () => number | undefined; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-rss-"));
  const file = join(dir, "maxrss");
  const probe = join(dir, "probe.cjs");
  writeFileSync(
    probe,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  return {
    file,
    nodeOptions: `--require ${probe}`,
    read: () => {
      try {
        return Number(readFileSync(file, "utf8"));
      } catch {
        return undefined;
      }
    },
  };
}

/** The template: examples/web.json (SSH, file + shell provisioners), or without provisioners when there is no sandbox. */
function template(): { path: string; note?: string } {
  const sandbox = bwrapAvailable();
  if (sandbox.ok) return { path: "examples/web.json" };
  const t = JSON.parse(readFileSync(join(ROOT, "examples/web.json"), "utf8"));
  t.builders[0].communicator = "none";
  delete t.builders[0].ssh_username;
  delete t.provisioners;
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-tpl-"));
  writeFileSync(join(dir, "web-none.json"), JSON.stringify(t, null, 2));
  return {
    path: join(dir, "web-none.json"),
    note: `no bubblewrap (${sandbox.reason ?? "bwrap unavailable"}): examples/web.json without its provisioners, communicator none`,
  };
}

/** `benchAction`: figures of the action's bundles. */
export async function benchAction(): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (BASELINE) figures.push(...sizeFigures(BASELINE, "baseline"));
  figures.push(...sizeFigures(DIST, BASELINE ? "this build" : "bundles"));

  const emu = await startEmulator({ profile: "zero" });
  try {
    const tpl = template();
    const home = mkdtempSync(join(tmpdir(), "image-build-bench-home-"));
    const inputs = { template: tpl.path, variables: "app_version=bench\n", summary: "true" };
    const run = async (rt: NodeRuntime, probe?: ReturnType<typeof rssProbe>, dist = DIST) => {
      const before = emu.calls().length;
      const t0 = Date.now();
      const r: StepResult = await runStep({
        bundle: join(dist, "main/index.js"),
        workspace: ROOT,
        inputs,
        node: rt.node,
        env: { ...emu.env, HOME: home, ...(probe ? { NODE_OPTIONS: probe.nodeOptions } : {}) },
        timeoutMs: 300_000,
      });
      const wallMs = Date.now() - t0;
      const calls = emu.calls().slice(before);
      // The first request of the build itself: the GetCallerIdentity of the outputs account-id and
      // caller-arn (made right after the credentials) is left out, so figures stay comparable.
      const first = calls.find((c) => c.action !== "GetCallerIdentity");
      const firstMs = first ? Date.parse(first.time) - t0 : undefined;
      return { r, wallMs, firstMs, calls: calls.length, rss: probe?.read() };
    };
    const machine = machineNode();
    const note = tpl.note ? `; ${tpl.note}` : "";

    // 1. A first build (profile zero): peak memory of a build.
    const buildProbe = rssProbe();
    const first = await run(machine, buildProbe);
    if (first.r.exitCode !== 0 || !/^m-/.test(first.r.outputs["image-id"] ?? "")) {
      const why =
        first.firstMs === undefined
          ? "this dist/main makes no API request (no build mode in it yet: rebuild dist/)"
          : `the first build failed (exit ${first.r.exitCode}): ${lastError(first.r)}`;
      for (const name of [
        "start-up to first API request",
        "reused run (second identical run)",
        "peak memory (max RSS)",
      ])
        figures.push({ name: `${name}: pending`, value: 0, unit: "", note: why });
      return figures;
    }
    figures.push({
      name: "first build of the template, wall time (profile zero)",
      value: first.wallMs,
      unit: "ms",
      note: `image ${first.r.outputs["image-id"]}${note}`,
    });
    figures.push({
      name: "peak memory of the main step, a build",
      value: Math.round((first.rss ?? Number.NaN) / 1024),
      unit: "MiB",
      note: `max RSS, node ${machine.version}`,
    });

    // 2. The same inputs again: the image is reused.
    const reuseProbe = rssProbe();
    const again = await run(machine, reuseProbe);
    const reused = again.r.outputs.reused === "true";
    figures.push({
      name: "reused run (second identical run), wall time",
      value: again.wallMs,
      unit: "ms",
      target: 3000,
      note: reused
        ? `reused ${again.r.outputs["image-id"]}, ${again.calls} API calls`
        : `NOT reused (outputs.reused=${again.r.outputs.reused ?? "unset"}): this dist has no reuse yet`,
    });
    figures.push({
      name: "peak memory of the main step, a reused run",
      value: Math.round((again.rss ?? Number.NaN) / 1024),
      unit: "MiB",
      note: "max RSS",
    });

    // 3. Start-up: spawn → the emulator's first request, median of SAMPLES, per runtime.
    for (const rt of [machine, node24()]) {
      if (!rt.node) {
        figures.push({
          name: "start-up to first API request, node 24: skipped",
          value: 0,
          unit: "",
          note: rt.skip,
        });
        continue;
      }
      // With a baseline, its runs alternate with ours, so both see the same machine load.
      const samples: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        if (BASELINE) {
          const b = await run(rt, undefined, BASELINE);
          if (b.firstMs !== undefined) baseline.push(b.firstMs);
        }
        const s = await run(rt);
        if (s.firstMs !== undefined) samples.push(s.firstMs);
      }
      if (BASELINE)
        figures.push({
          name: `baseline: start-up to first API request, node ${rt.version}`,
          value: percentile(baseline, 50),
          unit: "ms",
          note: `median of ${baseline.length}, alternating with the runs below`,
        });
      figures.push({
        name: `start-up to first API request, node ${rt.version}`,
        value: percentile(samples, 50),
        unit: "ms",
        target: 400,
        note: BASELINE
          ? `median of ${samples.length}; ${(percentile(samples, 50) / percentile(baseline, 50)).toFixed(2)} × the baseline's`
          : `median of ${samples.length}, spawn to the build's first call in emu.calls()`,
      });
    }
    return figures;
  } finally {
    await emu.stop();
  }
}

function lastError(r: StepResult): string {
  const errors = r.stdout.split("\n").filter((l) => l.startsWith("::error"));
  return (errors.at(-1) ?? r.stderr.trim().split("\n").at(-1) ?? "").slice(0, 200);
}
