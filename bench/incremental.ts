/**
 * Incremental rebuilds (checkpoints, docs/incremental.md) on the `realistic` profile at two time
 * factors, with the projection to real time: a template whose base layer (provisioner 1: the seed
 * template's commands with `sleep 150`, at least as long as the image creation) is followed by an
 * application layer that changes on every commit.
 * - image-build, first build with `-checkpoint=1` against the same build without (the first
 *   build's cost of the checkpoint: the `sync` and the CreateSnapshot call);
 * - image-build, the rebuild after the last provisioner changed (resumes from the checkpoint);
 * - Packer 1.6.6's full build of the changed template (it has no checkpoints).
 * Target (issue 17): the rebuild ≤ 0.5 of Packer's full build.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "../emulator/index.js";
import { runBuild } from "../src/cli/build.js";
import { packerVersion, runPacker } from "./build.js";
import { loopbackOnly } from "./loopback.js";
import type { Figure, SectionReport } from "./report.js";

const FACTORS = (process.env.BENCH_FACTORS ?? "0.05,0.1").split(",").map(Number);

/** The template at `factor`: a slow base layer, then the application layer (`app`). */
function template(factor: number, app: string) {
  return {
    builders: [
      {
        type: "alicloud-ecs",
        region: "cn-beijing",
        image_name: `incremental_${app}`,
        source_image: "centos_7_02_64_20G_alibase_20170818.vhd",
        ssh_username: "root",
        instance_type: "ecs.n1.tiny",
        internet_charge_type: "PayByTraffic",
        io_optimized: "true",
      },
    ],
    provisioners: [
      {
        type: "shell",
        inline: [
          `sleep ${(150 * factor).toFixed(3)}`,
          "mkdir -p /var/log && echo 'emulated: yum install redis.x86_64 -y' >> /var/log/provision.log",
        ],
      },
      { type: "shell", inline: [`mkdir -p /opt && echo ${app} > /opt/app`] },
    ],
  };
}

async function imageBuild(emu: Emulator, dir: string, args: string[]): Promise<{ ms: number; out: string }> {
  let out = "";
  const io = {
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      out += t;
    },
    env: { ...emu.env, HOME: dir, PATH: process.env.PATH },
    cwd: dir,
    home: dir,
    signal: new AbortController().signal,
  };
  const start = Date.now();
  const code = await runBuild([...args, "template.json"], io);
  if (code !== 0)
    throw new Error(`image-build build failed (${code}):\n${out.split("\n").slice(-25).join("\n")}`);
  return { ms: Date.now() - start, out };
}

/** On a fresh emulator: `run` gets a workspace where `write(app)` writes the template. */
async function onEmulator<T>(
  factor: number,
  run: (emu: Emulator, dir: string, write: (app: string) => void) => Promise<T>,
): Promise<T> {
  const emu = await startEmulator({ profile: "realistic", timeScale: factor, imds: false, tls: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-incr-"));
  const write = (app: string) =>
    writeFileSync(join(dir, "template.json"), JSON.stringify(template(factor, app), null, 2));
  try {
    return await run(emu, dir, write);
  } finally {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Runs {
  factor: number;
  plain: number;
  withCheckpoint: number;
  resumed: number;
  packer?: number;
}

async function measure(factor: number, packer: boolean): Promise<Runs> {
  const plain = await onEmulator(factor, async (emu, dir, write) => {
    write("v1");
    return (await imageBuild(emu, dir, [])).ms;
  });
  const [withCheckpoint, resumed] = await onEmulator(factor, async (emu, dir, write) => {
    write("v1");
    const first = await imageBuild(emu, dir, ["-checkpoint=1"]);
    write("v2");
    const second = await imageBuild(emu, dir, ["-checkpoint=1"]);
    if (!second.out.includes("Resuming from checkpoint"))
      throw new Error(`the rebuild did not resume:\n${second.out.split("\n").slice(-25).join("\n")}`);
    return [first.ms, second.ms];
  });
  const theirs = packer
    ? await onEmulator(factor, async (emu, dir, write) => {
        write("v2");
        const start = Date.now();
        await runPacker(emu, dir, join(dir, "template.json"));
        return Date.now() - start;
      })
    : undefined;
  return { factor, plain, withCheckpoint, resumed, ...(theirs !== undefined ? { packer: theirs } : {}) };
}

/** Straight line through the two factors' values, at factor 1. */
const atOne = (f: number[], y: number[]) => y[0] + ((y[1] - y[0]) / (f[1] - f[0])) * (1 - f[0]);
const s = (ms: number) => (ms / 1000).toFixed(1);

/** The section: a table per factor, the projection, and the ratios. */
export async function benchIncremental(): Promise<SectionReport> {
  loopbackOnly();
  const version = packerVersion();
  const packer = version === "Packer v1.6.6" && process.env.BENCH_PACKER !== "0";
  const notes = [
    "template: base layer `sleep 150×factor` + the seed's yum line (provisioner 1, the checkpoint), then `echo <app> > /opt/app` (changed between the builds)",
    `time factors: ${FACTORS.join(" and ")} (BENCH_FACTORS overrides)`,
  ];
  if (!packer)
    notes.push(`NOTICE: no Packer 1.6.6 (${version ?? "no packer on PATH"}): the Packer column is skipped`);
  const runs: Runs[] = [];
  for (const f of FACTORS) runs.push(await measure(f, packer));
  const head = [
    "wall (s)",
    ...runs.map((r) => `×${r.factor}`),
    ...(runs.length === 2 ? ["projected ×1"] : []),
  ];
  const row = (name: string, g: (r: Runs) => number | undefined) => {
    const v = runs.map(g);
    const proj = runs.length === 2 && v.every((x) => x !== undefined) ? s(atOne(FACTORS, v as number[])) : "";
    return [name, ...v.map((x) => (x === undefined ? "–" : s(x))), ...(runs.length === 2 ? [proj] : [])];
  };
  const table = [
    head,
    row("image-build, first build, no checkpoint", (r) => r.plain),
    row("image-build, first build, -checkpoint=1", (r) => r.withCheckpoint),
    row("image-build, rebuild after the last provisioner changed (resumed)", (r) => r.resumed),
    row("Packer 1.6.6, full build of the changed template", (r) => r.packer),
  ];
  const figures: Figure[] = [];
  for (const r of runs) {
    figures.push({
      name: `first build: with a checkpoint − without, ×${r.factor}`,
      value: (r.withCheckpoint - r.plain) / 1000,
      unit: "s",
      note: "the sync and CreateSnapshot call, and the wait for the snapshot before the build's own image (Alibaba takes one snapshot of a disk at a time; the last provisioner here is instant), plus noise",
    });
    if (r.packer)
      figures.push({
        name: `rebuild (resumed) / Packer full build, ×${r.factor}`,
        value: r.resumed / r.packer,
        unit: "×",
        target: 0.5,
      });
  }
  if (runs.length === 2 && runs.every((r) => r.packer)) {
    const ours = atOne(
      FACTORS,
      runs.map((r) => r.resumed),
    );
    const theirs = atOne(
      FACTORS,
      runs.map((r) => r.packer as number),
    );
    figures.push({
      name: "rebuild (resumed) / Packer full build, projected to real time",
      value: ours / theirs,
      unit: "×",
      target: 0.5,
    });
  }
  return { notes, tables: [table], figures };
}
