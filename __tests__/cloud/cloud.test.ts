// The retry policy and call accounting against the emulator, with the official SDK clients and
// injected faults: throttling, seeded 5xx, connection resets, slow answers (ClientToken), permanent errors.

import credentials, { Config as CredentialConfig } from "@alicloud/credentials";
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { Cloud } from "../../src/cloud/cloud.js";
import { CloudError, ignoreNotFound } from "../../src/cloud/errors.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { emulatorCloud } from "./helpers.js";

// CommonJS: the class is the default export (or the module itself under vitest).
const Credential = ((credentials as unknown as { default?: unknown }).default ??
  credentials) as typeof credentials.default;
const R = "cn-hangzhou";
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});
beforeEach(() => emu.clearCalls());
afterEach(() => emu.faults.clear());

const describeRegions = (cloud: Cloud) =>
  cloud.ecs("DescribeRegions", (c) => c.describeRegions(new $Ecs.DescribeRegionsRequest({})));

async function createVpc(cloud: Cloud): Promise<string> {
  const r = await cloud.vpc("CreateVpc", (c, a) =>
    c.createVpc(
      new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.0.0.0/16", clientToken: a.clientToken }),
    ),
  );
  return r.body!.vpcId!;
}

/** Resolves once the emulator has logged two CreateVpc calls (a call is logged when it is answered). */
async function bothAnswered(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (emu.calls({ action: "CreateVpc" }).length < 2) {
    if (Date.now() > deadline) throw new Error("the emulator did not answer both CreateVpc calls");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("Cloud calls against the emulator", () => {
  it("retries throttling on the n-th call; the counts match the emulator's call log", async () => {
    emu.faults.add({ action: "DescribeRegions", nth: [2, 3], effect: "throttle" });
    const ui = new RecordingUi();
    const cloud = emulatorCloud(emu, { ui });
    for (let i = 0; i < 3; i++) {
      const r = await describeRegions(cloud);
      expect(r.body?.regions?.region?.length).toBeGreaterThan(0);
    }
    expect(cloud.stats.get("DescribeRegions")).toMatchObject({
      product: "Ecs",
      calls: 3,
      attempts: 5,
      retries: 2,
      failures: 0,
      errors: { "Throttling.User": 2 },
    });
    const log = emu.calls({ action: "DescribeRegions" });
    expect(log.map((c) => c.httpStatus)).toEqual([200, 400, 400, 200, 200]);
    expect(log[1].code).toBe("Throttling.User");
    expect(ui.texts("message")[0]).toMatch(
      /^DescribeRegions: Throttling.User, retrying in \d+\.\ds \(attempt 2\)$/,
    );
  });

  it("30% seeded 5xx: every call succeeds, and attempts equal the requests the emulator saw", async () => {
    emu.faults.add({
      product: "Ecs",
      action: "DescribeRegions",
      probability: 0.3,
      seed: 7,
      effect: "error",
      code: "ServiceUnavailable",
    });
    const cloud = emulatorCloud(emu, { policy: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 10 } });
    for (let i = 0; i < 40; i++) await describeRegions(cloud);
    const log = emu.calls({ action: "DescribeRegions" });
    const failed = log.filter((c) => c.httpStatus === 503).length;
    expect(failed).toBeGreaterThan(5);
    const s = cloud.stats.get("DescribeRegions");
    expect(s.calls).toBe(40);
    expect(s.attempts).toBe(log.length);
    expect(s.retries).toBe(failed);
    expect(s.errors).toEqual({ ServiceUnavailable: failed });
    expect(s.totalLatencyMs).toBeGreaterThan(0);
  });

  it("retries connection resets", async () => {
    emu.faults.add({ action: "DescribeRegions", nth: [1, 2], effect: "reset" });
    const cloud = emulatorCloud(emu);
    await describeRegions(cloud);
    expect(cloud.stats.get("DescribeRegions")).toMatchObject({
      calls: 1,
      attempts: 3,
      errors: { ECONNRESET: 2 },
    });
  });

  it("a retried create with a ClientToken creates once, even when the first answer was lost", async () => {
    // The first CreateVpc is answered after the client gave up (read timeout 500 ms): the emulator
    // still creates the VPC; the retry carries the same token and gets the same VPC back.
    emu.faults.add({ action: "CreateVpc", effect: "delay", delayMs: 1200, times: 1 });
    const cloud = emulatorCloud(emu, { readTimeoutMs: 500 });
    const vpcsBefore = (emu.dump() as Record<string, { id: string }[]>).vpc?.length ?? 0;
    const id = await createVpc(cloud);
    await bothAnswered(); // let the first request finish on the server
    const calls = emu.calls({ action: "CreateVpc" });
    expect(calls).toHaveLength(2);
    expect(calls[0].params.ClientToken).toBeTruthy();
    expect(calls[1].params.ClientToken).toBe(calls[0].params.ClientToken);
    const vpcs = (emu.dump() as Record<string, { id: string }[]>).vpc ?? [];
    expect(vpcs.length - vpcsBefore).toBe(1);
    expect(vpcs.map((v) => v.id)).toContain(id);
    expect(cloud.stats.get("CreateVpc")).toMatchObject({ calls: 1, attempts: 2, retries: 1 });
  });

  it("the token-processing family (IdempotentProcessing, TOKEN_PROCESSING, LastTokenProcessing) is retried", async () => {
    emu.faults.add({
      action: "CreateVpc",
      nth: 1,
      effect: "error",
      code: "TOKEN_PROCESSING",
      httpStatus: 400,
    });
    emu.faults.add({
      action: "CreateVpc",
      nth: 2,
      effect: "error",
      code: "IdempotentProcessing",
      httpStatus: 403,
    });
    emu.faults.add({
      action: "CreateVpc",
      nth: 3,
      effect: "error",
      code: "LastTokenProcessing",
      httpStatus: 400,
    });
    const cloud = emulatorCloud(emu);
    const id = await createVpc(cloud);
    const calls = emu.calls({ action: "CreateVpc" });
    expect(calls.map((c) => c.code ?? "")).toEqual([
      "TOKEN_PROCESSING",
      "IdempotentProcessing",
      "LastTokenProcessing",
      expect.any(String),
    ]);
    expect(calls[3].httpStatus).toBe(200);
    expect(new Set(calls.map((c) => c.params.ClientToken)).size).toBe(1);
    expect(cloud.stats.get("CreateVpc")).toMatchObject({ calls: 1, attempts: 4, retries: 3 });
    expect(id).toMatch(/^vpc-/);
  });

  it("vpcRequest/ecsRequest name the action after the method and add the ClientToken themselves", async () => {
    emu.faults.add({ action: "CreateVpc", effect: "delay", delayMs: 1200, times: 1 });
    const cloud = emulatorCloud(emu, { readTimeoutMs: 500 });
    const vpcsBefore = (emu.dump() as Record<string, unknown[]>).vpc?.length ?? 0;
    const r: $Vpc.CreateVpcResponse = await cloud.vpcRequest(
      "createVpc",
      new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.2.0.0/16" }),
    );
    await bothAnswered();
    const calls = emu.calls({ action: "CreateVpc" });
    expect(calls[0].params.ClientToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[1].params.ClientToken).toBe(calls[0].params.ClientToken);
    expect(((emu.dump() as Record<string, unknown[]>).vpc?.length ?? 0) - vpcsBefore).toBe(1);
    expect(r.body?.vpcId).toMatch(/^vpc-/);
    expect(cloud.stats.get("CreateVpc", "Vpc")).toMatchObject({ calls: 1, attempts: 2 });

    // A token the caller set is kept; requests without a clientToken field get none.
    const sg = await cloud.ecsRequest(
      "createSecurityGroup",
      new $Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId: r.body!.vpcId, clientToken: "my-token-1" }),
    );
    expect(sg.body?.securityGroupId).toMatch(/^sg-/);
    expect(emu.calls({ action: "CreateSecurityGroup" })[0].params.ClientToken).toBe("my-token-1");
    const images: $Ecs.DescribeImagesResponse = await cloud.ecsRequest(
      "describeImages",
      new $Ecs.DescribeImagesRequest({ regionId: R, imageOwnerAlias: "system", pageSize: 1 }),
    );
    expect(images.body?.images?.image).toHaveLength(1);
    expect(emu.calls({ action: "DescribeImages" })[0].params.ClientToken).toBeUndefined();
  });

  it("(control) the same lost answer without a ClientToken creates twice", async () => {
    emu.faults.add({ action: "CreateVpc", effect: "delay", delayMs: 1200, times: 1 });
    const cloud = emulatorCloud(emu, { readTimeoutMs: 500 });
    const vpcsBefore = (emu.dump() as Record<string, unknown[]>).vpc?.length ?? 0;
    await cloud.vpc("CreateVpc", (c) =>
      c.createVpc(new $Vpc.CreateVpcRequest({ regionId: R, cidrBlock: "10.1.0.0/16" })),
    );
    await bothAnswered();
    expect(((emu.dump() as Record<string, unknown[]>).vpc?.length ?? 0) - vpcsBefore).toBe(2);
  });

  it("a permanent error fails at once with the code, message, request id, action and a hint", async () => {
    const cloud = emulatorCloud(emu);
    const err = await cloud
      .ecs(
        "RunInstances",
        (c, a) =>
          c.runInstances(
            new $Ecs.RunInstancesRequest({
              regionId: R,
              imageId: "m-doesnotexist",
              instanceType: "ecs.g6.large",
              clientToken: a.clientToken,
            }),
          ),
        { resource: "image m-doesnotexist" },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    const ce = err as CloudError;
    const [call] = emu.calls({ action: "RunInstances" });
    expect(emu.calls({ action: "RunInstances" })).toHaveLength(1);
    expect(ce).toMatchObject({
      code: "InvalidImageId.NotFound",
      statusCode: 404,
      requestId: call.requestId,
      action: "RunInstances",
      product: "Ecs",
      resource: "image m-doesnotexist",
      attempts: 1,
      errorClass: "permanent",
    });
    expect(ce.message).toBe(
      `RunInstances (image m-doesnotexist, ${R}) failed: InvalidImageId.NotFound: The specified ImageId does not exist (request id ${call.requestId}). ` +
        "What to do: The image does not exist in this region or is not visible to this account: check source_image and region.",
    );
    expect(cloud.stats.get("RunInstances")).toMatchObject({ calls: 1, attempts: 1, failures: 1 });
  });

  it("a RAM denial names the RAM action to grant", async () => {
    emu.faults.add({
      action: "CreateVpc",
      effect: "error",
      code: "Forbidden.RAM",
      httpStatus: 403,
      message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    });
    const err = (await createVpc(emulatorCloud(emu)).catch((e: unknown) => e)) as CloudError;
    expect(err.code).toBe("Forbidden.RAM");
    expect(err.hint).toBe(
      'The RAM user or role is not allowed to call CreateVpc: grant "vpc:CreateVpc" in its RAM policy (docs/ram-policy.md lists every action a build calls), then run the build again.',
    );
    expect(emu.calls({ action: "CreateVpc" })).toHaveLength(1);
  });

  it("wrong credentials: SignatureDoesNotMatch and InvalidAccessKeyId fail at once with their hints", async () => {
    const bad = (id: string, secret: string) =>
      emulatorCloud(emu, {
        credential: {
          getCredential: async () => ({ accessKeyId: id, accessKeySecret: secret, type: "access_key" }),
        },
      });
    const e1 = (await describeRegions(bad(emu.credentials.accessKeyId, "wrong")).catch(
      (e: unknown) => e,
    )) as CloudError;
    expect(e1.code).toBe("SignatureDoesNotMatch");
    expect(e1.hint).toMatch(/secret does not match/);
    expect(e1.message).not.toContain("wrong");
    expect(e1.apiMessage).toBe("Specified signature does not match our calculation.");
    const e2 = (await describeRegions(bad("NOSUCHKEY", "x")).catch((e: unknown) => e)) as CloudError;
    expect(e2.code).toBe("InvalidAccessKeyId.NotFound");
    expect(e2.attempts).toBe(1);
  });

  it("ignoreNotFound: deleting what is already gone is done; other errors still throw", async () => {
    const cloud = emulatorCloud(emu);
    const del = (id: string) =>
      cloud.ecs(
        "DeleteInstance",
        (c) => c.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id, force: true })),
        {
          resource: `instance ${id}`,
        },
      );
    expect(await ignoreNotFound(del("i-bp1doesnotexist0000000"))).toBeUndefined();
    const [call] = emu.calls({ action: "DeleteInstance" });
    expect(call.code).toMatch(/NotFound$/);
    emu.faults.add({
      action: "DeleteInstance",
      effect: "error",
      code: "DependencyViolation",
      httpStatus: 403,
    });
    await expect(ignoreNotFound(del("i-bp1doesnotexist0000000"))).rejects.toMatchObject({
      code: "DependencyViolation",
    });
  });

  it("gives up after the retry budget with the last code", async () => {
    emu.faults.add({ action: "DescribeRegions", effect: "throttle" });
    const cloud = emulatorCloud(emu, { policy: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    const err = (await describeRegions(cloud).catch((e: unknown) => e)) as CloudError;
    expect(err.code).toBe("Throttling.User");
    expect(err.attempts).toBe(3);
    expect(emu.calls({ action: "DescribeRegions" })).toHaveLength(3);
  });

  it("works with an @alicloud/credentials Credential, and forRegion shares the accounting", async () => {
    const credential = new Credential(
      new CredentialConfig({
        type: "access_key",
        accessKeyId: emu.credentials.accessKeyId,
        accessKeySecret: emu.credentials.accessKeySecret,
      }),
    );
    const cloud = new Cloud({ credential, region: R, env: emu.env });
    await describeRegions(cloud);
    const bj = cloud.forRegion("cn-beijing");
    expect(bj.region).toBe("cn-beijing");
    expect(cloud.forRegion("cn-beijing")).toBe(bj);
    expect(bj.forRegion(R)).toBe(cloud);
    await bj.ecs("DescribeZones", (c) =>
      c.describeZones(new $Ecs.DescribeZonesRequest({ regionId: bj.region })),
    );
    expect(cloud.stats.totals()).toMatchObject({ calls: 2, attempts: 2 });
    expect(emu.calls().map((c) => c.action)).toEqual(["DescribeRegions", "DescribeZones"]);
  });
});
