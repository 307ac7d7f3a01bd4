// Fault injection as the SDKs see it: throttling on the n-th call, seeded probability (reproducible),
// custom codes matched on a parameter (NoStock in one zone), 5xx, delays, connection resets, the
// HTTP control endpoint, and the resource query the services use.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FaultInjector } from "../../../emulator/faults.js";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, tinyEcs } from "./helpers.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

async function start(opts: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startEmulator({ cloud: false, services: [tinyEcs()], tls: false, imds: false, ...opts });
  return emu;
}

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    const e = err as { code?: string; name?: string };
    return e.code ?? e.name ?? "error";
  }
}

const regions = (e: Emulator) => ecsClient(e).describeRegions(new $Ecs.DescribeRegionsRequest({}));

describe("faults", () => {
  it("throttles the n-th matching call with Throttling.User (HTTP 400, ThrottlingError)", async () => {
    const e = await start({ faults: [{ action: "DescribeRegions", nth: 2, effect: "throttle" }] });
    expect(await outcome(regions(e))).toBe("OK");
    let err: { name: string; code: string; statusCode: number; data: { Message: string } } | undefined;
    try {
      await regions(e);
    } catch (x) {
      err = x as never;
    }
    expect(err?.name).toBe("ThrottlingError");
    expect(err?.code).toBe("Throttling.User");
    expect(err?.statusCode).toBe(400);
    expect(err?.data.Message).toBe("Request was denied due to user flow control.");
    expect(await outcome(regions(e))).toBe("OK");
    expect(e.calls().map((c) => c.code)).toEqual(["OK", "Throttling.User", "OK"]);
    expect(e.calls()[1].faults).toHaveLength(1);
  });

  it("fires a seeded probability rule reproducibly", async () => {
    const run = async (seed: number) => {
      const e = await start({
        faults: [{ product: "Ecs", probability: 0.3, seed, effect: "error", code: "ServiceUnavailable" }],
      });
      const out: string[] = [];
      for (let i = 0; i < 30; i++) out.push(await outcome(regions(e)));
      await e.stop();
      return out;
    };
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const failures = a.filter((o) => o !== "OK");
    expect(failures.length).toBeGreaterThan(2);
    expect(failures.length).toBeLessThan(20);
    expect(new Set(failures)).toEqual(new Set(["ServiceUnavailable"]));
  });

  it("answers a custom code only for the matching parameter (NoStock in one zone)", async () => {
    const e = await start({
      faults: [
        {
          action: "RunInstances",
          params: { ZoneId: "cn-hangzhou-h" },
          effect: "error",
          code: "OperationDenied.NoStock",
          message:
            "Sales of this resource are temporarily suspended in the specified region; please try again later.",
          httpStatus: 403,
        },
      ],
    });
    const run = (zoneId: string) =>
      ecsClient(e).runInstances(
        new $Ecs.RunInstancesRequest({ regionId: "cn-hangzhou", zoneId, instanceType: "ecs.g7.large" }),
      );
    expect(await outcome(run("cn-hangzhou-i"))).toBe("OK");
    let err: { statusCode?: number; code?: string } = {};
    try {
      await run("cn-hangzhou-h");
    } catch (x) {
      err = x as never;
    }
    expect(err.code).toBe("OperationDenied.NoStock");
    expect(err.statusCode).toBe(403);
  });

  it("answers InternalError 500 as a ServerError", async () => {
    const e = await start({ faults: [{ action: "DescribeRegions", effect: "error" }] });
    let err: { name?: string; statusCode?: number; code?: string } = {};
    try {
      await regions(e);
    } catch (x) {
      err = x as never;
    }
    expect(err.name).toBe("ServerError");
    expect(err.code).toBe("InternalError");
    expect(err.statusCode).toBe(500);
  });

  it("delays a call, and resets the connection", async () => {
    const e = await start({ faults: [{ action: "DescribeRegions", nth: 1, effect: "delay", delayMs: 300 }] });
    const t0 = Date.now();
    expect(await outcome(regions(e))).toBe("OK");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    e.faults.add({ action: "DescribeRegions", effect: "reset", times: 1 });
    const o = await outcome(regions(e));
    expect(o).not.toBe("OK");
    expect(e.calls().at(-1)!.code).toBe("ConnectionReset");
    expect(await outcome(regions(e))).toBe("OK");
  });

  it("loads rules from a file and manages them over HTTP", async () => {
    const file = join(process.env.HOME!, "faults.json");
    writeFileSync(
      file,
      JSON.stringify({ rules: [{ id: "t1", action: "DescribeRegions", nth: [1], effect: "throttle" }] }),
    );
    const e = await start({ faults: file });
    expect(await outcome(regions(e))).toBe("Throttling.User");
    const base = e.endpoints.controlUrl;
    const added = await fetch(`${base}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({
        action: "DescribeRegions",
        effect: "error",
        code: "ServiceUnavailable",
        httpStatus: 503,
      }),
    });
    const { ids } = (await added.json()) as { ids: string[] };
    expect(await outcome(regions(e))).toBe("ServiceUnavailable");
    const listed = (await (await fetch(`${base}/_emulator/faults`)).json()) as {
      id: string;
      fired: number;
    }[];
    expect(listed.map((r) => r.id)).toEqual(["t1", ids[0]]);
    expect(listed[1].fired).toBe(1);
    await fetch(`${base}/_emulator/faults/${ids[0]}`, { method: "DELETE" });
    expect(await outcome(regions(e))).toBe("OK");
    const bad = await fetch(`${base}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ effect: "explode" }),
    });
    expect(bad.status).toBe(400);
  });

  it("answers resource queries for stuck/fail rules (the services' side)", () => {
    const f = new FaultInjector([
      { effect: "stuck", target: { kind: "instance", transition: "instance.start" }, times: 1 },
      { effect: "fail", target: { kind: "image", id: "m-2" } },
    ]);
    expect(
      f.queryResourceFault("stuck", { kind: "instance", id: "i-1", transition: "instance.stop" }),
    ).toBeUndefined();
    expect(
      f.queryResourceFault("stuck", { kind: "instance", id: "i-1", transition: "instance.start" })?.effect,
    ).toBe("stuck");
    expect(
      f.queryResourceFault("stuck", { kind: "instance", id: "i-1", transition: "instance.start" }),
    ).toBeUndefined();
    expect(f.queryResourceFault("fail", { kind: "image", id: "m-1" })).toBeUndefined();
    expect(f.queryResourceFault("fail", { kind: "image", id: "m-2" })?.target?.id).toBe("m-2");
    expect(() => f.add({ effect: "fail" } as never)).toThrow("needs target.kind");
  });
});
