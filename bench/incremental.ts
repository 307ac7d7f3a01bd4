/**
 * Incremental rebuilds (checkpoints, docs/incremental.md) on the `realistic` profile at two time
 * factors, with the projection to real time: a template whose base layer (provisioner 1: the seed
 * template's commands with a `sleep` as long as the image creation of its 20 GiB system disk on the
 * profile, the system snapshot and CreateImage: 70 s + 140 s; BENCH_BASE_S overrides) is followed by
 * an application layer that changes on every commit. The issue's target holds "for a template
 * whose base layer takes at least as long as the image creation": this is the shortest such one.
 * - image-build, first build with `-checkpoint=1` against the same build without (the first
 *   build's cost of the checkpoint: the `sync` and the CreateSnapshot call);
 * - image-build, the rebuild after the last provisioner changed (resumes from the checkpoint);
 * - Packer 1.6.6's full build of the changed template (it has no checkpoints).
 * Each run's wall is split into the emulator's critical path and the overhead over it, and projected
 * to real time as the build benchmark does (bench/projection.ts): a plain line through two walls
 * would project a client with fixed polling intervals (Packer) below its own critical path.
 * Target (issue 17): the rebuild ≤ 0.5 of Packer's full build.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "../emulator/index.js";
import { REALISTIC_TRANSITIONS_MS as T } from "../emulator/profiles.js";
import { runBuild } from "../src/cli/build.js";
import { packerVersion, runPacker } from "./build.js";
import { criticalPath, recordActivity } from "./critical-path.js";
import { loopbackOnly } from "./loopback.js";
import { type MeasuredRun, projectRuns } from "./projection.js";
import type { Figure, SectionReport } from "./report.js";

const FACTORS = (process.env.BENCH_FACTORS ?? "0.05,0.1").split(",").map(Number);

/** The system disk of the template's source image (GiB). */
const DISK_GIB = 20;
/** The image creation of that disk on the realistic profile (s): the system snapshot, then CreateImage. */
const IMAGE_CREATION_S =
  (T["snapshot.create"] +
    T["snapshot.create.perGiB"] * DISK_GIB +
    T["image.create"] +
    T["image.create.perGiB"] * DISK_GIB) /
  1000;
/** The base layer's length at real time (s). */
const BASE_S = Number(process.env.BENCH_BASE_S ?? IMAGE_CREATION_S);

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
          `sleep ${(BASE_S * factor).toFixed(3)}`,
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

/** A run's wall, and its critical path and overhead on the emulator (ms). */
interface Timed extends MeasuredRun {
  wallMs: number;
}

/** On a fresh emulator: `run` gets a workspace where `write(app)` writes the template, and `timed`. */
async function onEmulator<T>(
  factor: number,
  run: (
    emu: Emulator,
    dir: string,
    write: (app: string) => void,
    timed: <R>(fn: () => Promise<R>) => Promise<[R, Timed]>,
  ) => Promise<T>,
): Promise<T> {
  const emu = await startEmulator({ profile: "realistic", timeScale: factor, imds: false, tls: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-incr-"));
  const rec = recordActivity(emu);
  const write = (app: string) =>
    writeFileSync(join(dir, "template.json"), JSON.stringify(template(factor, app), null, 2));
  const timed = async <R>(fn: () => Promise<R>): Promise<[R, Timed]> => {
    const start = Date.now();
    const r = await fn();
    const end = Date.now();
    const cpMs = criticalPath(rec.activity(), [start, end]).totalMs;
    return [r, { wallMs: end - start, cpMs, overheadMs: end - start - cpMs }];
  };
  try {
    return await run(emu, dir, write, timed);
  } finally {
    rec.stop();
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Runs {
  factor: number;
  plain: Timed;
  withCheckpoint: Timed;
  resumed: Timed;
  packer?: Timed;
}

async function measure(factor: number, packer: boolean): Promise<Runs> {
  const plain = await onEmulator(factor, async (emu, dir, write, timed) => {
    write("v1");
    return (await timed(() => imageBuild(emu, dir, [])))[1];
  });
  const [withCheckpoint, resumed] = await onEmulator(factor, async (emu, dir, write, timed) => {
    write("v1");
    const [, first] = await timed(() => imageBuild(emu, dir, ["-checkpoint=1"]));
    write("v2");
    const [second, t2] = await timed(() => imageBuild(emu, dir, ["-checkpoint=1"]));
    if (!second.out.includes("Resuming from checkpoint"))
      throw new Error(`the rebuild did not resume:\n${second.out.split("\n").slice(-25).join("\n")}`);
    return [first, t2];
  });
  const theirs = packer
    ? await onEmulator(factor, async (emu, dir, write, timed) => {
        write("v2");
        return (await timed(() => runPacker(emu, dir, join(dir, "template.json"))))[1];
      })
    : undefined;
  return { factor, plain, withCheckpoint, resumed, ...(theirs !== undefined ? { packer: theirs } : {}) };
}

const s = (ms: number) => (ms / 1000).toFixed(1);

/** The section: a table per factor, the projection, and the ratios. */
export async function benchIncremental(): Promise<SectionReport> {
  loopbackOnly();
  const version = packerVersion();
  const packer = version === "Packer v1.6.6" && process.env.BENCH_PACKER !== "0";
  const notes = [
    `template: base layer \`sleep ${BASE_S}×factor\` (the image creation of its 20 GiB disk: ${IMAGE_CREATION_S} s; BENCH_BASE_S overrides) + the seed's yum line (provisioner 1, the checkpoint), then \`echo <app> > /opt/app\` (changed between the builds)`,
    `time factors: ${FACTORS.join(" and ")} (BENCH_FACTORS overrides)`,
  ];
  if (!packer)
    notes.push(`NOTICE: no Packer 1.6.6 (${version ?? "no packer on PATH"}): the Packer column is skipped`);
  const runs: Runs[] = [];
  for (const f of FACTORS) runs.push(await measure(f, packer));
  const head = [
    "wall (s), critical path in brackets",
    ...runs.map((r) => `×${r.factor}`),
    ...(runs.length === 2 ? ["projected ×1"] : []),
  ];
  const projected = (g: (r: Runs) => Timed | undefined): number | undefined => {
    const v = runs.map(g);
    if (runs.length !== 2 || !v[0] || !v[1]) return undefined;
    return projectRuns(FACTORS as [number, number], [v[0], v[1]]).wall;
  };
  const row = (name: string, g: (r: Runs) => Timed | undefined) => {
    const v = runs.map(g);
    const p = projected(g);
    return [
      name,
      ...v.map((x) => (x === undefined ? "–" : `${s(x.wallMs)} (CP ${s(x.cpMs)})`)),
      ...(runs.length === 2 ? [p === undefined ? "" : s(p)] : []),
    ];
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
      value: (r.withCheckpoint.wallMs - r.plain.wallMs) / 1000,
      unit: "s",
      note: "the sync and CreateSnapshot call, and the wait for the snapshot before the build's own image (Alibaba takes one snapshot of a disk at a time; the last provisioner here is instant), plus noise",
    });
    if (r.packer)
      figures.push({
        name: `rebuild (resumed) / Packer full build, ×${r.factor}`,
        value: r.resumed.wallMs / r.packer.wallMs,
        unit: "×",
        target: 0.5,
      });
  }
  if (runs.length === 2 && runs.every((r) => r.packer)) {
    const ours = projected((r) => r.resumed) as number;
    const theirs = projected((r) => r.packer) as number;
    figures.push({
      name: "rebuild (resumed) / Packer full build, projected to real time",
      value: ours / theirs,
      unit: "×",
      target: 0.5,
    });
  }
  return { notes, tables: [table], figures };
}
