/** In-process validate time: load + prepare of the largest fixture template and of the example. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateTemplate } from "../src/engine/validate.js";
import { type Figure, percentile, timeMs } from "./report.js";

const FIXTURES = resolve(import.meta.dirname, "../__tests__/fixtures/templates");
const ENV = { ALICLOUD_ACCESS_KEY: "bench", ALICLOUD_SECRET_KEY: "bench", ALICLOUD_REGION: "cn-hangzhou" };

async function measure(
  path: string,
  cwd: string,
  vars: string[] = [],
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) await validateTemplate({ path, cwd, env: ENV, vars }); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 200; i++)
    samples.push(await timeMs(() => validateTemplate({ path, cwd, env: ENV, vars })));
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Median and p95 over 200 runs after 20 warm-up runs. */
export async function benchTemplate(): Promise<Figure[]> {
  const largest = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, size: statSync(join(FIXTURES, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  const filesDir = join(FIXTURES, largest.f.replace(/\.json$/, ".files"));
  const big = await measure(join(FIXTURES, largest.f), filesDir, ["artifact_version=1.0"]);
  const example = await measure(resolve(import.meta.dirname, "../examples/web.json"), process.cwd());
  const note = `${largest.f}, ${largest.size} bytes`;
  return [
    { name: "validate largest fixture, median", value: big.median, unit: "ms", target: 20, note },
    { name: "validate largest fixture, p95", value: big.p95, unit: "ms", target: 20, note },
    { name: "validate examples/web.json, median", value: example.median, unit: "ms", target: 20 },
  ];
}
