// The wire layer against the unmodified ECS and STS SDKs: both signature versions, STS tokens,
// HTTPS on the same port, gateway errors with their real codes, statuses and messages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, callRaw, ecsClient, stsClient, tinyEcs } from "./helpers.js";

let emu: Emulator;
const ecs = tinyEcs();

beforeAll(async () => {
  emu = await startEmulator({ cloud: false, services: [ecs] });
});
afterAll(async () => {
  await emu.stop();
});

async function caught(p: Promise<unknown>): Promise<{
  name: string;
  code: string;
  statusCode: number;
  message: string;
  data: Record<string, unknown>;
}> {
  try {
    await p;
  } catch (err) {
    return err as never;
  }
  throw new Error("expected a rejection");
}

async function assumeRole(): Promise<{
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
}> {
  const sts = stsClient(emu);
  const res = await sts.assumeRole(
    new (await import("@alicloud/sts20150401")).AssumeRoleRequest({
      roleArn: `acs:ram::${emu.credentials.accountId}:role/EmulatorRole`,
      roleSessionName: "wire-test",
    }),
  );
  const c = res.body!.credentials!;
  return {
    accessKeyId: c.accessKeyId!,
    accessKeySecret: c.accessKeySecret!,
    securityToken: c.securityToken!,
  };
}

describe("ECS SDK through the wire layer", () => {
  it("answers DescribeRegions signed with ACS3-HMAC-SHA256 (the default)", async () => {
    const res = await ecsClient(emu).describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(res.statusCode).toBe(200);
    expect(res.body?.regions?.region?.[0]?.regionId).toBe("cn-hangzhou");
    expect(res.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const last = emu.calls({ action: "DescribeRegions" }).at(-1)!;
    expect(last.signature).toBe("ACS3-HMAC-SHA256");
    expect(last.caller).toBe(`acs:ram::${emu.credentials.accountId}:root`);
    expect(last.code).toBe("OK");
  });

  it("answers the legacy v1 HMAC-SHA1 signature (signatureAlgorithm v2)", async () => {
    const res = await ecsClient(emu, undefined, { v1: true }).describeRegions(
      new $Ecs.DescribeRegionsRequest({}),
    );
    expect(res.body?.regions?.region).toHaveLength(1);
    expect(emu.calls({ action: "DescribeRegions" }).at(-1)!.signature).toBe("v1");
  });

  it("serves HTTPS on the same port with the generated CA", async () => {
    const res = await ecsClient(emu, undefined, { https: true }).describeRegions(
      new $Ecs.DescribeRegionsRequest({}),
    );
    expect(res.body?.regions?.region?.[0]?.regionId).toBe("cn-hangzhou");
    expect(emu.calls({ action: "DescribeRegions" }).at(-1)!.via).toBe("https");
  });

  it("accepts STS credentials with both signature versions and resolves the assumed role", async () => {
    const keys = await assumeRole();
    expect(keys.accessKeyId).toMatch(/^STS\./);
    for (const v1 of [false, true]) {
      const res = await ecsClient(emu, keys, { v1 }).describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: "cn-hangzhou" }),
      );
      expect((res.body as unknown as { requestId: string }).requestId).toBeTruthy();
      expect(ecs.seen.at(-1)!.caller.arn).toBe(
        `acs:ram::${emu.credentials.accountId}:assumed-role/EmulatorRole/wire-test`,
      );
      expect(ecs.seen.at(-1)!.caller.identityType).toBe("AssumedRoleUser");
    }
  });

  it("decodes repeatList, flat, integer and boolean parameters with the metadata", async () => {
    await ecsClient(emu).runInstances(
      new $Ecs.RunInstancesRequest({
        regionId: "cn-hangzhou",
        imageId: "m-1",
        instanceType: "ecs.g7.large",
        amount: 2,
        dryRun: false,
        securityGroupIds: ["sg-1", "sg-2"],
        systemDisk: new $Ecs.RunInstancesRequestSystemDisk({ category: "cloud_essd", size: "40" }),
        dataDisk: [
          new $Ecs.RunInstancesRequestDataDisk({
            category: "cloud_essd",
            size: 100,
            deleteWithInstance: true,
          }),
        ],
        tag: [new $Ecs.RunInstancesRequestTag({ key: "owner", value: "gh action" })],
        networkInterface: [
          new $Ecs.RunInstancesRequestNetworkInterface({ securityGroupIds: ["sg-3"], vSwitchId: "vsw-1" }),
        ],
      }),
    );
    const p = ecs.seen.at(-1)!.params;
    expect(p.Amount).toBe(2);
    expect(p.DryRun).toBe(false);
    expect(p.SecurityGroupIds).toEqual(["sg-1", "sg-2"]);
    expect(p.SystemDisk).toEqual({ Category: "cloud_essd", Size: "40" });
    expect(p.DataDisk).toEqual([{ Category: "cloud_essd", Size: 100, DeleteWithInstance: true }]);
    expect(p.Tag).toEqual([{ Key: "owner", Value: "gh action" }]);
    expect(p.NetworkInterface).toEqual([{ SecurityGroupIds: ["sg-3"], VSwitchId: "vsw-1" }]);
  });

  it("keeps JSON-text string parameters as strings (DescribeInstances InstanceIds)", async () => {
    await ecsClient(emu).describeInstances(
      new $Ecs.DescribeInstancesRequest({
        regionId: "cn-hangzhou",
        instanceIds: '["i-1","i-2"]',
        pageSize: 50,
      }),
    );
    const p = ecs.seen.at(-1)!.params;
    expect(p.InstanceIds).toBe('["i-1","i-2"]');
    expect(p.PageSize).toBe(50);
  });
});

describe("gateway errors", () => {
  it("wrong secret → SignatureDoesNotMatch with the server StringToSign (ACS3)", async () => {
    const err = await caught(
      ecsClient(emu, { accessKeyId: emu.credentials.accessKeyId, accessKeySecret: "wrong" }).describeRegions(
        new $Ecs.DescribeRegionsRequest({}),
      ),
    );
    expect(err.name).toBe("ClientError");
    expect(err.code).toBe("SignatureDoesNotMatch");
    expect(err.statusCode).toBe(400);
    expect(err.data.Message).toMatch(
      /^Specified signature does not match our calculation\. server StringToSign is \[ACS3-HMAC-SHA256\n[0-9a-f]{64}\]$/,
    );
    expect(err.data.HostId).toBe("127.0.0.1");
    expect(err.data.Recommend).toContain("SignatureDoesNotMatch");
    expect(emu.calls().at(-1)!.code).toBe("SignatureDoesNotMatch");
  });

  it("wrong secret → SignatureDoesNotMatch with the v1 string to sign", async () => {
    const err = await caught(
      ecsClient(
        emu,
        { accessKeyId: emu.credentials.accessKeyId, accessKeySecret: "wrong" },
        { v1: true },
      ).describeRegions(new $Ecs.DescribeRegionsRequest({})),
    );
    expect(err.code).toBe("SignatureDoesNotMatch");
    expect(err.data.Message).toMatch(
      /^Specified signature is not matched with our calculation\. server string to sign is:POST&%2F&AccessKeyId%3DEMULATORACCESSKEY%26Action%3DDescribeRegions/,
    );
  });

  it("unknown key → InvalidAccessKeyId.NotFound", async () => {
    for (const v1 of [false, true]) {
      const err = await caught(
        ecsClient(emu, { accessKeyId: "NOSUCHKEY", accessKeySecret: "x" }, { v1 }).describeRegions(
          new $Ecs.DescribeRegionsRequest({}),
        ),
      );
      expect(err.code).toBe("InvalidAccessKeyId.NotFound");
      expect(err.statusCode).toBe(404);
      expect(err.data.Message).toBe("Specified access key is not found.");
    }
  });

  it("expired STS token → InvalidSecurityToken.Expired; another key's token → MismatchWithAccessKey", async () => {
    const role = emu.identity.findRole(`acs:ram::${emu.credentials.accountId}:role/EmulatorRole`)!;
    const expired = emu.identity.issueStsCredentials(role, "old", { expiresAt: Date.now() - 1000 });
    const keys = {
      accessKeyId: expired.accessKeyId,
      accessKeySecret: expired.accessKeySecret,
      securityToken: expired.securityToken,
    };
    for (const v1 of [false, true]) {
      const err = await caught(
        ecsClient(emu, keys, { v1 }).describeRegions(new $Ecs.DescribeRegionsRequest({})),
      );
      expect(err.code).toBe("InvalidSecurityToken.Expired");
      expect(err.statusCode).toBe(400);
    }
    const other = await assumeRole();
    const err = await caught(
      ecsClient(emu, { ...other, securityToken: expired.securityToken }).describeRegions(
        new $Ecs.DescribeRegionsRequest({}),
      ),
    );
    expect(err.code).toBe("InvalidSecurityToken.MismatchWithAccessKey");
  });

  it("missing required parameter → MissingParameter with the gateway's message", async () => {
    const err = await caught(ecsClient(emu).describeInstances(new $Ecs.DescribeInstancesRequest({})));
    expect(err.code).toBe("MissingParameter");
    expect(err.statusCode).toBe(400);
    expect(err.data.Message).toBe(
      'The input parameter "RegionId" that is mandatory for processing this request is not supplied.',
    );
  });

  it("malformed or out-of-range values → InvalidParameter naming the parameter", async () => {
    const notInt = await caught(
      callRaw(emu, "DescribeInstances", { RegionId: "cn-hangzhou", PageSize: "abc" }),
    );
    expect(notInt.code).toBe("InvalidParameter");
    expect(notInt.data.Message).toBe('The specified parameter "PageSize" is not valid.');
    const tooBig = await caught(
      callRaw(emu, "DescribeInstances", { RegionId: "cn-hangzhou", PageSize: "101" }),
    );
    expect(tooBig.code).toBe("InvalidParameter");
    const notBool = await caught(
      callRaw(emu, "DescribeInstances", { RegionId: "cn-hangzhou", DryRun: "yes" }, { v1: true }),
    );
    expect(notBool.data.Message).toBe('The specified parameter "DryRun" is not valid.');
  });

  it("unknown action → InvalidAction.NotFound (404)", async () => {
    const err = await caught(callRaw(emu, "NoSuchAction", { RegionId: "cn-hangzhou" }));
    expect(err.code).toBe("InvalidAction.NotFound");
    expect(err.statusCode).toBe(404);
    // An action the metadata has but no service serves answers the same way.
    const unserved = await caught(callRaw(emu, "DeleteImage", { RegionId: "cn-hangzhou", ImageId: "m-1" }));
    expect(unserved.code).toBe("InvalidAction.NotFound");
  });

  it("unknown version → InvalidVersion", async () => {
    const err = await caught(callRaw(emu, "DescribeRegions", {}, { version: "2099-01-01" }));
    expect(err.code).toBe("InvalidVersion");
  });
});

describe("call log", () => {
  it("masks secrets and records status, code and latency", async () => {
    await ecsClient(emu).createInstance(
      new $Ecs.CreateInstanceRequest({
        regionId: "cn-hangzhou",
        instanceType: "ecs.g7.large",
        password: "Sup3rSecret!",
      }),
    );
    const entry = emu.calls({ action: "CreateInstance" }).at(-1)!;
    expect(entry.params.Password).toBe("******");
    expect(entry.params.InstanceType).toBe("ecs.g7.large");
    expect(entry.params.Signature).toBeUndefined();
    expect(JSON.stringify(emu.calls())).not.toContain("Sup3rSecret!");
    expect(JSON.stringify(emu.calls())).not.toContain(emu.credentials.accessKeySecret);
    expect(entry.httpStatus).toBe(200);
    expect(entry.latencyMs).toBeGreaterThanOrEqual(0);
    const res = await fetch(`${emu.endpoints.controlUrl}/_emulator/calls?action=CreateInstance`);
    const list = (await res.json()) as { params: Record<string, string> }[];
    expect(list.at(-1)!.params.Password).toBe("******");
  });
});
