// Property tests: whatever string a client sends (spaces, reserved characters, unicode), both SDK
// signature versions verify and the handler receives it unchanged. Plus decoding edge cases,
// actions served without metadata, and the profile's API latency.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import type { ActionMeta } from "../../../emulator/metadata/index.js";
import { decodeParams } from "../../../emulator/wire/params.js";
import { $Ecs, callRaw, ecsClient, tinyEcs } from "./helpers.js";

let emu: Emulator;
const ecs = tinyEcs();
beforeAll(async () => {
  emu = await startEmulator({ cloud: false, services: [ecs], tls: false, imds: false });
});
afterAll(async () => {
  await emu.stop();
});

describe("encoding", () => {
  it("round-trips arbitrary strings through ACS3 and v1 signatures", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }),
        fc.boolean(),
        async (name, v1) => {
          await ecsClient(emu, undefined, { v1 }).describeInstances(
            new $Ecs.DescribeInstancesRequest({ regionId: "cn-hangzhou", instanceName: name }),
          );
          expect(ecs.seen.at(-1)!.params.InstanceName).toBe(name);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("keeps the awkward value the wire document names", async () => {
    const awkward = "a b*c~d!e'f(g)h+i/j=k&l;m:n,o@p$q€";
    for (const v1 of [false, true]) {
      await ecsClient(emu, undefined, { v1 }).describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: "cn-hangzhou", instanceName: awkward }),
      );
      expect(ecs.seen.at(-1)!.params.InstanceName).toBe(awkward);
    }
  });
});

describe("decoding", () => {
  const meta = (parameters: ActionMeta["parameters"]): ActionMeta => ({
    deprecated: false,
    methods: ["post"],
    security: ["AK"],
    parameters,
    response: {},
    errorCodes: {},
  });

  it("decodes json, simple and sparse repeatList styles and checks item counts", () => {
    const m = meta([
      { name: "Opts", in: "query", style: "json", schema: { type: "object" } },
      { name: "Ids", in: "query", style: "simple", schema: { type: "array", items: { type: "integer" } } },
      {
        name: "Tag",
        in: "query",
        style: "repeatList",
        schema: {
          type: "array",
          maxItems: 2,
          items: { type: "object", properties: { Key: { type: "string" } } },
        },
      },
    ]);
    const out = decodeParams(
      m,
      new Map([
        ["Opts", '{"a":[1,2]}'],
        ["Ids", "3,4"],
        ["Tag.2.Key", "second"],
        ["Tag.10.Key", "tenth"],
      ]),
    );
    expect(out).toEqual({ Opts: { a: [1, 2] }, Ids: [3, 4], Tag: [{ Key: "second" }, { Key: "tenth" }] });
    expect(() =>
      decodeParams(
        m,
        new Map([
          ["Tag.1.Key", "a"],
          ["Tag.2.Key", "b"],
          ["Tag.3.Key", "c"],
        ]),
      ),
    ).toThrow('The specified parameter "Tag" is not valid.');
    expect(() => decodeParams(m, new Map([["Opts", "{broken"]]))).toThrow(
      'The specified parameter "Opts" is not valid.',
    );
  });

  it("checks enums and string lengths", () => {
    const m = meta([
      { name: "Kind", in: "query", schema: { type: "string", enum: ["a", "b"] } },
      { name: "Name", in: "query", schema: { type: "string", maxLength: "3" } },
    ]);
    expect(
      decodeParams(
        m,
        new Map([
          ["Kind", "a"],
          ["Name", "abc"],
        ]),
      ),
    ).toEqual({ Kind: "a", Name: "abc" });
    expect(() => decodeParams(m, new Map([["Kind", "c"]]))).toThrow('"Kind"');
    expect(() => decodeParams(m, new Map([["Name", "abcd"]]))).toThrow('"Name"');
  });

  it("runs a handler for an action the metadata does not carry, with raw parameters", async () => {
    emu.addService({
      ...ecs,
      actions: { ...ecs.actions, DescribeInstanceStatus: (req) => ({ Raw: req.params }) },
    });
    const body = await callRaw(emu, "DescribeInstanceStatus", { RegionId: "cn-hangzhou", PageSize: "10" });
    expect(body.Raw).toEqual({ RegionId: "cn-hangzhou", PageSize: "10" });
  });
});

describe("latency", () => {
  it("waits the profile's API latency before answering", async () => {
    const slow = await startEmulator({
      cloud: false,
      services: [tinyEcs()],
      tls: false,
      imds: false,
      profile: "realistic",
      timeScale: 1,
    });
    try {
      const c = ecsClient(slow);
      await c.describeRegions(new $Ecs.DescribeRegionsRequest({}));
      const t0 = Date.now();
      await c.describeRegions(new $Ecs.DescribeRegionsRequest({}));
      const took = Date.now() - t0;
      expect(took).toBeGreaterThanOrEqual(slow.profile.apiLatencyMs("Ecs", "DescribeRegions") - 2);
      expect(slow.profile.apiLatencyMs("Ecs", "DescribeRegions")).toBeGreaterThan(0);
      expect(slow.calls().at(-1)!.latencyMs).toBeGreaterThanOrEqual(
        slow.profile.apiLatencyMs("Ecs", "DescribeRegions") - 2,
      );
    } finally {
      await slow.stop();
    }
  });
});
