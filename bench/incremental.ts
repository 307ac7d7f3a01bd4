/**
 * Incremental builds (docs/incremental.md): a golden-image template with a slow base layer and an
 * application layer that changes with every commit, on the `realistic` profile at two time
 * factors. Measured in the same run, each on its own emulator:
 *
 * - image-build's full build without checkpoints (the reference);
 * - image-build's first build with a checkpoint after the base layer, then the rebuild after the
 *   application layer changed (it resumes from the checkpoint: the base layer does not run);
 * - Packer 1.6.6's full build of the changed template (Packer rebuilds everything).
 *
 * Walls are projected to real time (factor 1) along the line through the two factors, as the
 * build benchmark does. Targets (issue 17): the rebuild takes at most 0.5 of Packer's full build
 * for a template whose base layer takes at least as long as the image creation; the first build
 * with a checkpoint takes at most the snapshot call longer than one without.
 *
 * The template is the seed template (bench/build.ts) with two shell provisioners: the base layer
 * (`sleep BASE×factor`, BENCH_BASE_S, default 300 s: OS updates, packages, hardening, longer than
 * the ~210 s of system snapshot and image creation of a 20 GiB disk on the profile) writing a
 * marker, and the application layer (a version written to /opt/app/version).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "../emulator/index.js";
import { runBuild } from "../src/cli/build.js";
import { packerVersion, SEED_TEMPLATE } from "./build.js";
import { loopbackOnly } from "./loopback.js";
import type { Figure, SectionReport } from "./report.js";

const FACTORS = (process.env.BENCH_FACTORS ?? "0.05,0.1").split(",").map(Number);
const BASE_S = Number(process.env.BENCH_BASE_S ?? 300);

interface Template {
  builders: Record<string, unknown>[];
  provisioners: Record<string, unknown>[];
  [k: string]: unknown;
}

/** The seed template with a base layer and an application layer at `version`. */
function template(factor: number, version: string): Template {
  const t = JSON.parse(readFileSync(SEED_TEMPLATE, "utf8")) as Template;
  t.provisioners = [
    {
      type: "shell",
      inline: [
        `sleep ${(BASE_S * factor).toFixed(3)}`,
        "mkdir -p /var/log && echo 'emulated: base layer' >> /var/log/base-layer.log",
      ],
    },
    {
      type: "shell",
      inline: [`mkdir -p /opt/app && echo '${version}' > /opt/app/version`],
    },
  ];
  return t;
}

interface Measured {
  wallMs: number;
  out: string;
  calls: Record<string, number>;
  /** Milliseconds the emulator spent answering CreateSnapshot calls. */
  snapshotCallMs: number;
}

/** One `image-build build` of `t` against `emu`; throws with the log's tail when it fails. */
async function imageBuild(emu: Emulator, dir: string, t: Template, flags: string[]): Promise<Measured> {
  const file = join(dir, "template.json");
  writeFileSync(file, JSON.stringify(t, null, 2));
  let out = "";
  const io = {
    out: (s: string) => {
      out += s;
    },
    err: (s: string) => {
      out += s;
    },
    env: { ...emu.env, HOME: dir, PATH: process.env.PATH },
    cwd: dir,
    home: dir,
    signal: new AbortController().signal,
  };
  const before = emu.calls().length;
  const start = Date.now();
  const code = await runBuild([...flags, file], io);
  const wallMs = Date.now() - start;
  if (code !== 0)
    throw new Error(`image-build build failed (${code}):\n${out.split("\n").slice(-25).join("\n")}`);
  return { wallMs, out, ...callFigures(emu, before) };
}

function callFigures(emu: Emulator, from: number): Pick<Measured, "calls" | "snapshotCallMs"> {
  const calls: Record<string, number> = {};
  let snapshotCallMs = 0;
  for (const c of emu.calls().slice(from)) {
    const action = c.action ?? "?";
    calls[action] = (calls[action] ?? 0) + 1;
    if (action === "CreateSnapshot") snapshotCallMs += c.latencyMs;
  }
  return { calls, snapshotCallMs };
}

/** Packer 1.6.6's full build of `t` against `emu` (through the emulator's proxy, as bench/build.ts). */
async function packerBuild(emu: Emulator, dir: string, t: Template): Promise<Measured> {
  const file = join(dir, "template.json");
  writeFileSync(file, JSON.stringify(t, null, 2));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    HTTP_PROXY: emu.endpoints.proxy,
    HTTPS_PROXY: emu.endpoints.proxy,
    CHECKPOINT_DISABLE: "1",
    ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
    ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
  };
  const before = emu.calls().length;
  const start = Date.now();
  const r = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const p = spawn("packer", ["build", "-color=false", file], { env, cwd: dir });
    let text = "";
    p.stdout.on("data", (d) => {
      text += d;
    });
    p.stderr.on("data", (d) => {
      text += d;
    });
    p.on("close", (code) => resolve({ code, text }));
  });
  const wallMs = Date.now() - start;
  if (r.code !== 0)
    throw new Error(`packer build failed (${r.code}):\n${r.text.split("\n").slice(-25).join("\n")}`);
  return { wallMs, out: r.text, ...callFigures(emu, before) };
}

/** Runs `fn` with a fresh realistic emulator at `factor` and a temporary directory. */
async function onEmulator<T>(factor: number, fn: (emu: Emulator, dir: string) => Promise<T>): Promise<T> {
  const emu = await startEmulator({ profile: "realistic", timeScale: factor, imds: false, tls: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-incr-"));
  try {
    return await fn(emu, dir);
  } finally {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface FactorRuns {
  factor: number;
  full: Measured;
  first: Measured;
  resumed: Measured;
  packer?: Measured;
}

async function atFactor(factor: number, packer: boolean): Promise<FactorRuns> {
  const full = await onEmulator(factor, (emu, dir) => imageBuild(emu, dir, template(factor, "v1"), []));
  const [first, resumed] = await onEmulator(factor, async (emu, dir) => {
    const a = await imageBuild(emu, dir, template(factor, "v1"), ["-checkpoint=1"]);
    const b = await imageBuild(emu, dir, template(factor, "v2"), ["-checkpoint=1"]);
    if (!/Resuming from checkpoint/.test(b.out))
      throw new Error(
        `the rebuild did not resume from the checkpoint:\n${b.out.split("\n").slice(-25).join("\n")}`,
      );
    return [a, b] as const;
  });
  const theirs = packer
    ? await onEmulator(factor, (emu, dir) => packerBuild(emu, dir, template(factor, "v2")))
    : undefined;
  return { factor, full, first, resumed, ...(theirs ? { packer: theirs } : {}) };
}

/** Straight line through (f1, y1) and (f2, y2), at 1. */
const atOne = (f: [number, number], y: [number, number]) =>
  y[0] + ((y[1] - y[0]) / (f[1] - f[0])) * (1 - f[0]);
const s = (ms: number) => ms / 1000;
const verdict = (ok: boolean) => (ok ? "target met" : "target MISSED");

/** Tables and figures of the section. */
export async function benchIncremental(): Promise<SectionReport> {
  loopbackOnly();
  const packer = packerVersion() === "Packer v1.6.6" && process.env.BENCH_PACKER !== "0";
  const notes = [
    `template: ${SEED_TEMPLATE} with a base layer (sleep ${BASE_S} s × factor; BENCH_BASE_S) and an ` +
      "application layer (its version changes between the first build and the rebuild); checkpoint after the base layer (-checkpoint=1)",
    `time factors: ${FACTORS.join(" and ")} (BENCH_FACTORS overrides); each tool on its own emulator`,
  ];
  if (!packer)
    notes.push("NOTICE: packer 1.6.6 is not installed or BENCH_PACKER=0: the Packer column is skipped");
  const runs: FactorRuns[] = [];
  for (const f of FACTORS) runs.push(await atFactor(f, packer));

  const head = ["", ...runs.map((r) => `×${r.factor}`)];
  const row = (name: string, g: (r: FactorRuns) => string) => [name, ...runs.map(g)];
  const table: string[][] = [
    head,
    row("image-build full build, no checkpoint (s)", (r) => s(r.full.wallMs).toFixed(2)),
    row("image-build first build with a checkpoint (s)", (r) => s(r.first.wallMs).toFixed(2)),
    row("  of which CreateSnapshot calls answered (s)", (r) => s(r.first.snapshotCallMs).toFixed(3)),
    row("image-build rebuild, last provisioner changed (s)", (r) => s(r.resumed.wallMs).toFixed(2)),
    row("Packer 1.6.6 full build of the changed template (s)", (r) =>
      r.packer ? s(r.packer.wallMs).toFixed(2) : "—",
    ),
    row("API calls: full / first / rebuild / Packer", (r) =>
      [r.full, r.first, r.resumed, r.packer]
        .map((m) => (m ? String(Object.values(m.calls).reduce((a, b) => a + b, 0)) : "—"))
        .join(" / "),
    ),
  ];

  const figures: Figure[] = [];
  for (const r of runs) {
    figures.push({
      name: `rebuild / image-build full build, ×${r.factor}`,
      value: r.resumed.wallMs / r.full.wallMs,
      unit: "×",
    });
    if (r.packer) {
      const ratio = r.resumed.wallMs / r.packer.wallMs;
      figures.push({
        name: `rebuild / Packer full build, ×${r.factor}`,
        value: ratio,
        unit: "×",
        target: 0.5,
        note: `${s(r.resumed.wallMs).toFixed(1)} s vs ${s(r.packer.wallMs).toFixed(1)} s: ${verdict(ratio <= 0.5)}`,
      });
    }
    const extra = r.first.wallMs - r.full.wallMs;
    figures.push({
      name: `first build with a checkpoint − without, ×${r.factor}`,
      value: s(extra),
      unit: "s",
      note: `the snapshot call: ${s(r.first.snapshotCallMs).toFixed(3)} s (the runs are on separate emulators: machine noise is of the order of 0.1 s)`,
    });
  }
  const projTable: string[][] = [["projected to factor 1 (s)", "wall"]];
  if (runs.length === 2) {
    const f: [number, number] = [runs[0].factor, runs[1].factor];
    const proj = (g: (r: FactorRuns) => number | undefined) => {
      const a = g(runs[0]);
      const b = g(runs[1]);
      return a === undefined || b === undefined ? undefined : atOne(f, [a, b]);
    };
    const full = proj((r) => r.full.wallMs)!;
    const first = proj((r) => r.first.wallMs)!;
    const resumed = proj((r) => r.resumed.wallMs)!;
    const theirs = proj((r) => r.packer?.wallMs);
    projTable.push(
      ["image-build full build, no checkpoint", s(full).toFixed(1)],
      ["image-build first build with a checkpoint", s(first).toFixed(1)],
      ["image-build rebuild, last provisioner changed", s(resumed).toFixed(1)],
      ["Packer 1.6.6 full build", theirs === undefined ? "—" : s(theirs).toFixed(1)],
    );
    figures.push({
      name: "rebuild / image-build full build, projected to real time",
      value: resumed / full,
      unit: "×",
    });
    if (theirs !== undefined)
      figures.push({
        name: "rebuild / Packer full build, projected to real time",
        value: resumed / theirs,
        unit: "×",
        target: 0.5,
        note: `${s(resumed).toFixed(0)} s vs ${s(theirs).toFixed(0)} s: ${verdict(resumed / theirs <= 0.5)}`,
      });
  }
  return { notes, tables: runs.length === 2 ? [table, projTable] : [table], figures };
}
