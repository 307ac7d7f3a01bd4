/**
 * The action's bundles as a runner runs them (scripts/action-runner.ts) against the in-process
 * emulator: bundle sizes, start-up to the first API request (under the machine's Node and Node 24),
 * the wall time of a reused run (a second identical run after a first build), and peak memory (max
 * RSS of the main step's process).
 *
 * It measures the committed dist/ (rebuild it first: `npm run build`), or the bundles in
 * `IMAGE_BUILD_DIST=<dir>` (`node scripts/build.mjs --out <dir>`). A figure the bundles cannot give
 * yet (a dist/ without build mode) is printed as "pending", with the reason.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { machineNode, type NodeRuntime, node24 } from "../__tests__/e2e/node24.js";
import { startEmulator } from "../emulator/index.js";
import { bwrapAvailable } from "../emulator/machines/sandbox.js";
import { runStep, type StepResult } from "../scripts/action-runner.js";
import { type Figure, percentile } from "./report.js";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, process.env.IMAGE_BUILD_DIST || "dist");
const SAMPLES = 5;

const kib = (bytes: number) => Math.round(bytes / 1024);
function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
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
  for (const b of ["main", "post", "cli"]) {
    const file = join(DIST, b, "index.js");
    figures.push({
      name: `bundle ${b}/index.js`,
      value: kib(statSync(file).size),
      unit: "KiB",
      note: `${kib(dirBytes(join(DIST, b)))} KiB with its folder`,
    });
  }

  const emu = await startEmulator({ profile: "zero" });
  try {
    const tpl = template();
    const home = mkdtempSync(join(tmpdir(), "image-build-bench-home-"));
    const inputs = { template: tpl.path, variables: "app_version=bench\n", summary: "true" };
    const run = async (rt: NodeRuntime, probe?: ReturnType<typeof rssProbe>) => {
      const before = emu.calls().length;
      const t0 = Date.now();
      const r: StepResult = await runStep({
        bundle: join(DIST, "main/index.js"),
        workspace: ROOT,
        inputs,
        node: rt.node,
        env: { ...emu.env, HOME: home, ...(probe ? { NODE_OPTIONS: probe.nodeOptions } : {}) },
        timeoutMs: 300_000,
      });
      const wallMs = Date.now() - t0;
      const calls = emu.calls().slice(before);
      const firstMs = calls[0] ? Date.parse(calls[0].time) - t0 : undefined;
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
      const samples: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const s = await run(rt);
        if (s.firstMs !== undefined) samples.push(s.firstMs);
      }
      figures.push({
        name: `start-up to first API request, node ${rt.version}`,
        value: percentile(samples, 50),
        unit: "ms",
        target: 400,
        note: `median of ${samples.length}, spawn to the first call in emu.calls()`,
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
