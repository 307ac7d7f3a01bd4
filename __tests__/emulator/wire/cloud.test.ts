// The emulator with its ECS/VPC services wired in: both SDKs reach them through the wire layer, and
// the control endpoints delegate to the services' dump and leak check.

import * as $OpenApi from "@alicloud/openapi-core";
import VpcModule, * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient } from "./helpers.js";

const VpcClient = ((VpcModule as unknown as { default?: unknown }).default ??
  VpcModule) as typeof VpcModule.default;

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.stop();
});

describe("emulator with cloud services", () => {
  it("serves ECS DescribeRegions and VPC CreateVpc/DescribeVpcs from the services", async () => {
    const regions = await ecsClient(emu).describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(regions.body?.regions?.region?.map((r) => r.regionId)).toContain("cn-hangzhou");
    const vpc = new VpcClient(
      new $OpenApi.$OpenApiUtil.Config({
        ...emu.credentials,
        endpoint: emu.endpoints.vpcEndpoint,
        protocol: "http",
        regionId: emu.region,
      }),
    );
    const created = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({ regionId: emu.region, cidrBlock: "172.16.0.0/16", vpcName: "wire-test" }),
    );
    expect(created.body?.vpcId).toMatch(/^vpc-/);
    const listed = await vpc.describeVpcs(
      new $Vpc.DescribeVpcsRequest({ regionId: emu.region, vpcId: created.body!.vpcId }),
    );
    expect(listed.body?.vpcs?.vpc?.[0]?.vpcId).toBe(created.body!.vpcId);
  });

  it("accepts the VPC SDK with an STS token and with the v1 signature", async () => {
    const role = emu.identity.findRole(`acs:ram::${emu.credentials.accountId}:role/EmulatorRole`)!;
    const sts = emu.identity.issueStsCredentials(role, "vpc-test");
    for (const signatureAlgorithm of [undefined, "v2"]) {
      const vpc = new VpcClient(
        new $OpenApi.$OpenApiUtil.Config({
          accessKeyId: sts.accessKeyId,
          accessKeySecret: sts.accessKeySecret,
          securityToken: sts.securityToken,
          endpoint: emu.endpoints.vpcEndpoint,
          protocol: "http",
          regionId: emu.region,
          signatureAlgorithm,
        }),
      );
      const res = await vpc.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: emu.region }));
      expect(res.statusCode).toBe(200);
      const call = emu.calls({ product: "Vpc", action: "DescribeVpcs" }).at(-1)!;
      expect(call.signature).toBe(signatureAlgorithm ? "v1" : "ACS3-HMAC-SHA256");
      expect(call.caller).toBe(`acs:ram::${emu.credentials.accountId}:assumed-role/EmulatorRole/vpc-test`);
    }
  });

  it("exposes dump and leak check in-process and over HTTP", async () => {
    const dump = (await (await fetch(`${emu.endpoints.controlUrl}/_emulator/resources`)).json()) as Record<
      string,
      unknown[]
    >;
    expect(JSON.stringify(dump)).toContain("wire-test");
    const leaks = (await (await fetch(`${emu.endpoints.controlUrl}/_emulator/leaks`)).json()) as {
      id: string;
    }[];
    expect(leaks.some((l) => l.id.startsWith("vpc-"))).toBe(true);
    expect(emu.leakCheck({ tags: { nosuch: "tag" } })).toEqual([]);
  });
});
