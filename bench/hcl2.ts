/**
 * In-process HCL2 figures: parse and evaluate the largest HCL2 fixture (`loadHcl2`), and the whole
 * validate (load into the Template model + prepare) of it and of the examples/web-hcl directory.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { HCL2_SOURCES } from "../src/builders/index.js";
import { validateTemplate } from "../src/engine/validate.js";
import { loadHcl2 } from "../src/template/hcl2/index.js";
import { type Figure, percentile, timeMs } from "./report.js";

const FIXTURES = resolve(import.meta.dirname, "../__tests__/fixtures/hcl2");
const ENV = {
  ALICLOUD_ACCESS_KEY: "bench",
  ALICLOUD_SECRET_KEY: "bench",
  ALICLOUD_ACCESS_KEY_ID: "bench",
  ALICLOUD_ACCESS_KEY_SECRET: "bench",
  ALICLOUD_REGION: "cn-hangzhou",
};

async function measure(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) samples.push(await timeMs(fn));
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Median and p95 over 200 runs after 20 warm-up runs. */
export async function benchHcl2(): Promise<Figure[]> {
  const largest = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".pkr.hcl"))
    .map((f) => ({ f, size: statSync(join(FIXTURES, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  const path = join(FIXTURES, largest.f);
  const parse = await measure(() => loadHcl2(path, { cwd: FIXTURES, env: ENV, sources: HCL2_SOURCES }));
  const validate = await measure(() => validateTemplate({ path, cwd: FIXTURES, env: ENV }));
  const root = resolve(import.meta.dirname, "..");
  const example = await measure(() =>
    validateTemplate({
      path: "examples/web-hcl",
      varFiles: ["examples/web-hcl/prod.pkrvars.hcl"],
      cwd: root,
      env: ENV,
    }),
  );
  const note = `${largest.f}, ${largest.size} bytes`;
  return [
    {
      name: "parse + evaluate largest HCL2 fixture, median",
      value: parse.median,
      unit: "ms",
      target: 20,
      note,
    },
    { name: "parse + evaluate largest HCL2 fixture, p95", value: parse.p95, unit: "ms", target: 20, note },
    { name: "validate largest HCL2 fixture, median", value: validate.median, unit: "ms", target: 20, note },
    {
      name: "validate examples/web-hcl + prod.pkrvars.hcl, median",
      value: example.median,
      unit: "ms",
      target: 20,
    },
  ];
}
