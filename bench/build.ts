/**
 * A whole build on the `realistic` profile, image-build against Packer 1.6.6 on the same template
 * in the same run: wall time, the emulator's critical path (bench/critical-path.ts), the overhead
 * over it, API calls by action; each tool at two time factors and the projection to real time
 * (wall = overhead + factor × critical path, fitted through the two runs); and 4 builders in one
 * template against 1. Method and figures: docs/benchmarks.md.
 *
 * The template is the seed project's Linux template with a shell provisioner
 * (__tests__/fixtures/seed-templates/004_5b186ebb0ede2d3a.json: CentOS source image, temporary
 * key pair, VPC, vSwitch, security group, EIP, SSH, `sleep 30` + `yum install redis`, stop,
 * image), made portable as the Packer tests do: `yum install X` appends a line to a log, and
 * `sleep 30` sleeps 30 s × the time factor, so the command scales like the cloud does.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "../emulator/index.js";
import { runBuild } from "../src/cli/build.js";
import { criticalPath, type EmulatorActivity, gaps, type Interval, recordActivity } from "./critical-path.js";
import { loopbackOnly } from "./loopback.js";
import { projectRuns } from "./projection.js";
import type { Figure, SectionReport } from "./report.js";

export const SEED_TEMPLATE = "__tests__/fixtures/seed-templates/004_5b186ebb0ede2d3a.json";

/**
 * Time factors of the runs of each tool: two scaled factors by default (BENCH_FACTORS="0.05,0.1"
 * overrides); one factor (BENCH_FACTORS=1: real time, ~4–5 min) measures at that factor only, with
 * image-build and Packer run at the same time on separate emulators (BENCH_CONCURRENT=0: one after
 * the other), without the projection and without the 4-builder run (BENCH_FOUR=1 adds it).
 */
const FACTORS = (process.env.BENCH_FACTORS ?? "0.05,0.1").split(",").map(Number);
if (FACTORS.length < 1 || FACTORS.length > 2 || FACTORS.some((f) => !(f > 0)))
  throw new Error(
    `BENCH_FACTORS must be one or two factors > 0 (e.g. "0.05,0.1" or "1"), got ${process.env.BENCH_FACTORS}`,
  );

type Tool = "image-build" | "packer";

interface Run {
  tool: Tool;
  factor: number;
  builders: number;
  wallMs: number;
  cpMs: number;
  overheadMs: number;
  calls: Record<string, number>;
  callCount: number;
  activity: EmulatorActivity;
  detail: ReturnType<typeof criticalPath>;
}

interface Template {
  builders: Record<string, unknown>[];
  provisioners: { type: string; inline: string[] }[];
  [k: string]: unknown;
}

/** The portable seed template at `factor`, with its one builder repeated `builders` times. */
function template(factor: number, builders: number): Template {
  const t = JSON.parse(readFileSync(SEED_TEMPLATE, "utf8")) as Template;
  for (const p of t.provisioners) {
    p.inline = p.inline.map((cmd) => {
      const sleep = /^sleep (\d+)$/.exec(cmd);
      if (sleep) return `sleep ${(Number(sleep[1]) * factor).toFixed(3)}`;
      const yum = /^yum install (.*)$/.exec(cmd);
      return yum ? `mkdir -p /var/log && echo 'emulated: ${cmd}' >> /var/log/provision.log` : cmd;
    });
  }
  if (builders > 1) {
    const [b] = t.builders;
    t.builders = Array.from({ length: builders }, (_, i) => ({
      ...b,
      name: `build-${i + 1}`,
      image_name: `${b.image_name}_${i + 1}`,
    }));
  }
  return t;
}

/** Whether `packer version` says 1.6.6. */
export function packerVersion(): string | undefined {
  const r = spawnSync("packer", ["version"], { encoding: "utf8" });
  return r.stdout?.match(/Packer v\d+\.\d+\.\d+/)?.[0];
}

async function runImageBuild(emu: Emulator, dir: string, file: string): Promise<void> {
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
  const code = await runBuild([file], io);
  if (code !== 0)
    throw new Error(`image-build build failed (${code}):\n${out.split("\n").slice(-25).join("\n")}`);
}

/** Runs `packer build` on the template against the emulator (through its proxy); throws when it fails. */
export async function runPacker(emu: Emulator, dir: string, file: string): Promise<void> {
  // Every request goes through the emulator's proxy: a clean environment (NO_PROXY, even empty,
  // would make Packer's Go SDK resolve aliyuncs.com itself); SSH goes to the instances' 127.x addresses.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    HTTP_PROXY: emu.endpoints.proxy,
    HTTPS_PROXY: emu.endpoints.proxy,
    CHECKPOINT_DISABLE: "1",
    ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
    ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
  };
  const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
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
  if (out.code !== 0)
    throw new Error(`packer build failed (${out.code}):\n${out.text.split("\n").slice(-25).join("\n")}`);
}

/** One build of the template by `tool` on a fresh emulator (realistic × factor). */
async function measure(tool: Tool, factor: number, builders = 1): Promise<Run> {
  const emu = await startEmulator({ profile: "realistic", timeScale: factor, imds: false, tls: false });
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-"));
  const rec = recordActivity(emu);
  try {
    const file = join(dir, "template.json");
    writeFileSync(file, JSON.stringify(template(factor, builders), null, 2));
    const start = Date.now();
    await (tool === "packer" ? runPacker(emu, dir, file) : runImageBuild(emu, dir, file));
    const end = Date.now();
    const window: Interval = [start, end];
    const activity = rec.activity();
    const detail = criticalPath(activity, window);
    if (process.env.BENCH_DEBUG)
      console.log(
        `\n${tool} ×${factor}, ${builders} builder(s): gaps\n  ${gaps(activity, window).join("\n  ")}`,
      );
    if (process.env.BENCH_TRACE)
      console.log(
        `\n${tool} ×${factor}, ${builders} builder(s): calls\n  ${emu
          .calls()
          .map((c) => `${((Date.parse(c.time) - start) / 1000).toFixed(2)}s ${c.action}`)
          .join("\n  ")}`,
      );
    const calls: Record<string, number> = {};
    for (const c of emu.calls()) calls[c.action ?? "?"] = (calls[c.action ?? "?"] ?? 0) + 1;
    const leaks = (emu.leakCheck({ ignoreImages: true }) as { kind: string }[]).filter(
      (l) => l.kind !== "snapshot",
    );
    if (leaks.length > 0) throw new Error(`${tool} left ${leaks.length} resources behind`);
    return {
      tool,
      factor,
      builders,
      wallMs: end - start,
      cpMs: detail.totalMs,
      overheadMs: end - start - detail.totalMs,
      calls,
      callCount: emu.calls().length,
      activity,
      detail,
    };
  } finally {
    rec.stop();
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => ms / 1000;

/** Per-run table: wall, critical path and its parts, overhead, API calls by action. */
function runTable(runs: Run[]): string[][] {
  const head = [
    "",
    ...runs.map((r) => `${r.tool} ×${r.factor}${r.builders > 1 ? ` (${r.builders} builders)` : ""}`),
  ];
  const row = (name: string, f: (r: Run) => string) => [name, ...runs.map(f)];
  const table: string[][] = [
    head,
    row("wall (s)", (r) => s(r.wallMs).toFixed(2)),
    row("critical path (s)", (r) => s(r.cpMs).toFixed(2)),
    row("  API calls (s)", (r) => s(r.detail.callsMs).toFixed(2)),
    row("  transitions (s)", (r) => s(r.detail.transitionsMs).toFixed(2)),
    row("  machines: boot + commands (s)", (r) => s(r.detail.machinesMs).toFixed(2)),
    row("overhead = wall − CP (s)", (r) => s(r.overheadMs).toFixed(2)),
    row("API calls", (r) => String(r.callCount)),
  ];
  const actions = [...new Set(runs.flatMap((r) => Object.keys(r.calls)))].sort();
  for (const a of actions) table.push(row(`  ${a}`, (r) => String(r.calls[a] ?? 0)));
  return table;
}
const verdict = (ok: boolean) => (ok ? "target met" : "target MISSED");

/**
 * One factor (BENCH_FACTORS=1: real time): each tool measured once at it, concurrently on separate
 * emulators unless BENCH_CONCURRENT=0; no projection.
 */
async function single(factor: number, packer: boolean, notes: string[]): Promise<SectionReport> {
  const concurrent = process.env.BENCH_CONCURRENT !== "0";
  notes.push(
    `one factor: ${factor}, measured, not projected; ` +
      (packer
        ? concurrent
          ? "image-build and Packer run at the same time on separate emulators (BENCH_CONCURRENT=0: one after the other)"
          : "image-build, then Packer"
        : "image-build only"),
  );
  const jobs: (() => Promise<Run>)[] = [() => measure("image-build", factor)];
  if (packer) jobs.push(() => measure("packer", factor));
  if (process.env.BENCH_FOUR === "1") jobs.push(() => measure("image-build", factor, 4));
  const runs: Run[] = [];
  if (concurrent) runs.push(...(await Promise.all(jobs.map((j) => j()))));
  else for (const j of jobs) runs.push(await j());
  const [ours, theirs] = [runs[0], packer ? runs[1] : undefined];
  const figures: Figure[] = [
    {
      name: `image-build overhead over the critical path, ×${factor}`,
      value: s(ours.overheadMs),
      unit: "s",
      target: 1,
      note: verdict(ours.overheadMs <= 1000),
    },
  ];
  if (theirs) {
    const ratio = ours.wallMs / theirs.wallMs;
    figures.push(
      {
        name: `wall image-build / Packer, ×${factor}`,
        value: ratio,
        unit: "×",
        target: 0.7,
        note: `${s(ours.wallMs).toFixed(1)} s vs ${s(theirs.wallMs).toFixed(1)} s: ${verdict(ratio <= 0.7)}`,
      },
      {
        // the bound of any client: its wall is at least the critical path of the same work
        name: `critical path image-build / Packer wall, ×${factor} (the best ratio any client could reach)`,
        value: ours.cpMs / theirs.wallMs,
        unit: "×",
        target: 0.7,
      },
      {
        name: `API calls image-build / Packer, ×${factor}`,
        value: ours.callCount / theirs.callCount,
        unit: "×",
        target: 1,
        note: `${ours.callCount} vs ${theirs.callCount}: ${verdict(ours.callCount < theirs.callCount)}`,
      },
    );
  }
  const four = runs.find((r) => r.builders > 1);
  if (four)
    figures.push({
      name: `4 builders / 1, image-build, ×${factor}`,
      value: four.wallMs / ours.wallMs,
      unit: "×",
      target: 1.3,
      note: verdict(four.wallMs / ours.wallMs <= 1.3),
    });
  return { notes, tables: [runTable(runs)], figures };
}

/** Tables and figures of the section. */
export async function benchBuild(): Promise<SectionReport> {
  loopbackOnly();
  const version = packerVersion();
  const packer = version === "Packer v1.6.6" && process.env.BENCH_PACKER !== "0";
  const notes: string[] = [
    `template: ${SEED_TEMPLATE} (portable: sleep 30 → sleep 30×factor, yum install → a log line); ` +
      "key pair, VPC, vSwitch, security group, EIP, instance, SSH, shell provisioner, stop, image, cleanup",
    `time factors: ${FACTORS.join(" and ")} (BENCH_FACTORS overrides)`,
  ];
  if (process.env.BENCH_PACKER === "0") notes.push("NOTICE: BENCH_PACKER=0: the Packer columns are skipped");
  else if (!packer)
    notes.push(
      `NOTICE: packer 1.6.6 is not installed (${version ?? "no packer on PATH"}): the Packer columns are skipped`,
    );

  // Warm-up (profile zero): the two measured runs of image-build start equally warm.
  {
    const emu = await startEmulator({ profile: "zero", imds: false, tls: false });
    const dir = mkdtempSync(join(tmpdir(), "image-build-bench-"));
    try {
      const file = join(dir, "template.json");
      writeFileSync(file, JSON.stringify(template(0, 1)));
      await runImageBuild(emu, dir, file);
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (FACTORS.length === 1) return single(FACTORS[0], packer, notes);
  const ours = [await measure("image-build", FACTORS[0]), await measure("image-build", FACTORS[1])];
  const four = await measure("image-build", FACTORS[1], 4);
  const theirs = packer ? [await measure("packer", FACTORS[0]), await measure("packer", FACTORS[1])] : [];
  const runs = [...ours, ...theirs];

  const table = runTable(runs);

  // Projection to real time (factor 1): wall = overhead + critical path (bench/projection.ts).
  const f = FACTORS as [number, number];
  const proj = (rs: Run[]) => projectRuns(f, [rs[0], rs[1]]);
  const pOurs = proj(ours);
  const pTheirs = packer ? proj(theirs) : undefined;
  const col = (g: (p: ReturnType<typeof proj>) => string) => [g(pOurs), ...(pTheirs ? [g(pTheirs)] : [])];
  const projTable: string[][] = [
    ["projected to factor 1", "image-build", ...(packer ? ["packer"] : [])],
    ["critical path (s)", ...col((p) => s(p.cp).toFixed(1))],
    ["overhead (s)", ...col((p) => s(p.overhead).toFixed(2))],
    ["  overhead along the factor", ...col((p) => p.how)],
    ["wall = overhead + critical path (s)", ...col((p) => s(p.wall).toFixed(1))],
  ];

  const figures: Figure[] = [];
  for (const r of ours)
    figures.push({
      name: `image-build overhead over the critical path, ×${r.factor}`,
      value: s(r.overheadMs),
      unit: "s",
      target: 1,
      note: verdict(r.overheadMs <= 1000),
    });
  figures.push({
    name: "image-build overhead, projected to real time",
    value: s(pOurs.overhead),
    unit: "s",
    target: 1,
    note: verdict(pOurs.overhead <= 1000),
  });
  if (packer) {
    for (const [i, r] of ours.entries()) {
      const ratio = r.wallMs / theirs[i].wallMs;
      figures.push({
        name: `wall image-build / Packer, ×${r.factor}`,
        value: ratio,
        unit: "×",
        target: 0.7,
        note: verdict(ratio <= 0.7),
      });
    }
    const pr = pOurs.wall / pTheirs!.wall;
    figures.push({
      name: "wall image-build / Packer, projected to real time",
      value: pr,
      unit: "×",
      target: 0.7,
      note: verdict(pr <= 0.7),
    });
    for (const [i, r] of ours.entries()) {
      const ratio = r.callCount / theirs[i].callCount;
      figures.push({
        name: `API calls image-build / Packer, ×${r.factor}`,
        value: ratio,
        unit: "×",
        target: 1,
        note: `${r.callCount} vs ${theirs[i].callCount}: ${verdict(r.callCount < theirs[i].callCount)}`,
      });
    }
  }
  const one = ours[1];
  const ratio4 = four.wallMs / one.wallMs;
  figures.push({
    name: `4 builders / 1, image-build, ×${four.factor}`,
    value: ratio4,
    unit: "×",
    target: 1.3,
    note: `${s(four.wallMs).toFixed(2)} s vs ${s(one.wallMs).toFixed(2)} s (CP ${s(four.cpMs).toFixed(2)} vs ${s(one.cpMs).toFixed(2)} s, ${four.callCount} vs ${one.callCount} calls): ${verdict(ratio4 <= 1.3)}`,
  });
  return { notes, tables: [table, projTable], figures };
}
