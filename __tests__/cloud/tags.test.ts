// Tag helpers against the emulator: ECS and VPC resources tagged with the run's tags are found by
// them (what a sweep without a ledger relies on); explicit endpoints with a scheme reach the emulator.
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { Cloud } from "../../src/cloud/cloud.js";
import {
  BUILD_TAG,
  findTaggedResources,
  RUN_TAG,
  runTags,
  tagResources,
  tagTarget,
} from "../../src/cloud/tags.js";
import { staticCredential } from "./helpers.js";

const R = "cn-hangzhou";
let emu: Emulator;
let cloud: Cloud;

beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
  // Explicit endpoints (action inputs) with a scheme, no environment.
  cloud = new Cloud({
    credential: staticCredential(emu),
    region: R,
    env: {},
    endpoints: { ecs: `http://${emu.endpoints.ecsEndpoint}`, vpc: `http://${emu.endpoints.vpcEndpoint}` },
  });
});
afterAll(async () => {
  await emu?.stop();
});

describe("tags", () => {
  it("runTags", () => {
    expect(runTags("run-1", "web")).toEqual({ [RUN_TAG]: "run-1", [BUILD_TAG]: "web" });
    expect(runTags("run-1")).toEqual({ "image-build:run": "run-1" });
    expect(tagTarget("security-group")).toEqual({ product: "Ecs", resourceType: "securitygroup" });
    expect(tagTarget("vswitch")).toEqual({ product: "Vpc", resourceType: "VSWITCH" });
    expect(tagTarget("route")).toBeUndefined();
  });

  it("tags VPCs (VPC API) and security groups (ECS API) and finds them by the run's tags", async () => {
    expect(cloud.clients.endpoints).toEqual({
      ecs: emu.endpoints.ecsEndpoint,
      vpc: emu.endpoints.vpcEndpoint,
      protocol: "http",
    });
    const vpcIds: string[] = [];
    for (const cidr of ["10.0.0.0/16", "10.1.0.0/16"]) {
      const r = await cloud.vpc("CreateVpc", (c, a) =>
        c.createVpc(new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: cidr, clientToken: a.clientToken })),
      );
      vpcIds.push(r.body!.vpcId!);
    }
    const sg = await cloud.ecs("CreateSecurityGroup", (c, a) =>
      c.createSecurityGroup(
        new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId: vpcIds[0], clientToken: a.clientToken }),
      ),
    );
    const sgId = sg.body!.securityGroupId!;

    await tagResources(cloud, "vpc", [vpcIds[0]], runTags("run-1", "web"));
    await tagResources(cloud, "vpc", [vpcIds[1]], runTags("run-2", "web"));
    await tagResources(cloud, "security-group", [sgId], runTags("run-1", "web"));

    expect(await findTaggedResources(cloud, "vpc", { [RUN_TAG]: "run-1" })).toEqual([vpcIds[0]]);
    expect((await findTaggedResources(cloud, "vpc", { [BUILD_TAG]: "web" })).sort()).toEqual(
      [...vpcIds].sort(),
    );
    expect(await findTaggedResources(cloud, "security-group", runTags("run-1", "web"))).toEqual([sgId]);
    expect(await findTaggedResources(cloud, "security-group", { [RUN_TAG]: "run-2" })).toEqual([]);
    const tagCalls = emu.calls({ action: "TagResources" });
    expect(tagCalls.map((c) => c.product)).toEqual(["Vpc", "Vpc", "Ecs"]);
    expect(tagCalls[2].params).toMatchObject({
      ResourceType: "securitygroup",
      "ResourceId.1": sgId,
      "Tag.1.Key": RUN_TAG,
      "Tag.1.Value": "run-1",
    });
  });
});
