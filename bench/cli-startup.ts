/** Start-up time of the built CLI bundle: `image-build version` and a full `validate`. */
import { spawnSync } from "node:child_process";
import { type Figure, percentile } from "./report.js";

function runMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["dist/cli/index.js", ...args], {
    env: { ...process.env, ALICLOUD_ACCESS_KEY: "bench", ALICLOUD_SECRET_KEY: "bench" },
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`image-build ${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

/** Median of 15 runs each; also Node's own start-up for comparison. */
export async function benchCliStartup(): Promise<Figure[]> {
  const node = Array.from({ length: 15 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"]);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  const version = Array.from({ length: 15 }, () => runMs(["version"]));
  const validate = Array.from({ length: 15 }, () => runMs(["validate", "examples/web.json"]));
  return [
    { name: "node -e 0 (baseline)", value: percentile(node, 50), unit: "ms" },
    { name: "image-build version", value: percentile(version, 50), unit: "ms" },
    {
      name: "image-build validate examples/web.json",
      value: percentile(validate, 50),
      unit: "ms",
      target: 300,
    },
  ];
}
