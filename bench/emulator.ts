/**
 * The emulator's own overhead: latency of DescribeRegions through the unmodified ECS SDK (profile
 * zero, keep-alive, ACS3 signing on both sides) and throughput with 2–8 concurrent clients.
 */
import EcsModule, * as $Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import { startEmulator } from "../emulator/index.js";
import { type Figure, percentile } from "./report.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
const EcsClient = ((EcsModule as unknown as { default?: unknown }).default ?? EcsModule) as Ctor<
  typeof EcsModule
>;

/** Measures per-call latency (median, p95 over `calls` sequential calls) and calls/s at 2, 4 and 8 clients. */
export async function benchEmulator(calls = 2000): Promise<Figure[]> {
  const emu = await startEmulator({ profile: "zero", imds: false });
  try {
    const client = () =>
      new EcsClient(
        new $OpenApi.$OpenApiUtil.Config({
          ...emu.credentials,
          endpoint: emu.endpoints.ecsEndpoint,
          protocol: "http",
          regionId: emu.region,
        }),
      );
    const req = new $Ecs.DescribeRegionsRequest({});
    const c = client();
    for (let i = 0; i < 100; i++) await c.describeRegions(req); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < calls; i++) {
      const t = process.hrtime.bigint();
      await c.describeRegions(req);
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const serverSide = emu
      .calls({ action: "DescribeRegions" })
      .slice(-calls)
      .map((r) => r.latencyMs);
    const figures: Figure[] = [
      { name: "DescribeRegions round trip, median", value: percentile(samples, 50), unit: "ms" },
      { name: "DescribeRegions round trip, p95", value: percentile(samples, 95), unit: "ms" },
      { name: "emulator time per call (server side), median", value: percentile(serverSide, 50), unit: "ms" },
      { name: "emulator time per call (server side), p95", value: percentile(serverSide, 95), unit: "ms" },
    ];
    for (const n of [2, 4, 8]) {
      const clients = Array.from({ length: n }, client);
      const perClient = Math.ceil(calls / n);
      const start = process.hrtime.bigint();
      await Promise.all(
        clients.map(async (cl) => {
          for (let i = 0; i < perClient; i++) await cl.describeRegions(req);
        }),
      );
      const secs = Number(process.hrtime.bigint() - start) / 1e9;
      figures.push({
        name: `DescribeRegions throughput, ${n} concurrent clients`,
        value: (perClient * n) / secs,
        unit: "calls/s",
      });
    }
    emu.clearCalls();
    return figures;
  } finally {
    await emu.stop();
  }
}

// Direct run: `npx tsx bench/emulator.ts`.
if (process.argv[1]?.endsWith("bench/emulator.ts")) {
  const { printFigures } = await import("./report.js");
  printFigures("Emulator overhead (profile zero, ECS SDK, 2000 calls)", await benchEmulator());
}
