// The metadata service: the IMDSv2 sequence the credentials package uses, exact credential shape,
// v1 fallback allowed or refused, and the package's own EcsRamRole provider (its hard-coded
// 100.100.100.200 host redirected to the emulator through the provider's test hook `doRequest`).
import { ECSRAMRoleCredentialsProvider } from "@alicloud/credentials";
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, tinyEcs } from "../wire/helpers.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});
async function start(imds: EmulatorOptions["imds"] = true): Promise<Emulator> {
  emu = await startEmulator({ cloud: false, services: [tinyEcs()], tls: false, imds });
  return emu;
}

const url = (e: Emulator, path: string) => `http://${e.endpoints.metadataEndpoint}${path}`;

async function token(e: Emulator, ttl = "21600"): Promise<Response> {
  return fetch(url(e, "/latest/api/token"), {
    method: "PUT",
    headers: { "x-aliyun-ecs-metadata-token-ttl-seconds": ttl },
  });
}

describe("metadata service", () => {
  it("serves the IMDSv2 sequence with role credentials that work against the API", async () => {
    const e = await start();
    const t = await token(e);
    expect(t.status).toBe(200);
    const tok = await t.text();
    const headers = { "x-aliyun-ecs-metadata-token": tok };
    const list = await fetch(url(e, "/latest/meta-data/ram/security-credentials/"), { headers });
    expect(await list.text()).toBe("EmulatorRole");
    const res = await fetch(url(e, "/latest/meta-data/ram/security-credentials/EmulatorRole"), { headers });
    const body = (await res.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual([
      "AccessKeyId",
      "AccessKeySecret",
      "Code",
      "Expiration",
      "LastUpdated",
      "SecurityToken",
    ]);
    expect(body.Code).toBe("Success");
    expect(body.AccessKeyId).toMatch(/^STS\./);
    expect(body.Expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.LastUpdated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The same credentials are handed out again until close to expiry.
    const again = (await (
      await fetch(url(e, "/latest/meta-data/ram/security-credentials/EmulatorRole"), { headers })
    ).json()) as Record<string, string>;
    expect(again.AccessKeyId).toBe(body.AccessKeyId);
    await ecsClient(e, {
      accessKeyId: body.AccessKeyId,
      accessKeySecret: body.AccessKeySecret,
      securityToken: body.SecurityToken,
    }).describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(e.calls().at(-1)!.caller).toBe(
      `acs:ram::${e.credentials.accountId}:assumed-role/EmulatorRole/imds-i-emulatorhost0001`,
    );
  });

  it("rejects bad tokens and bad TTLs; 404 for another role", async () => {
    const e = await start();
    expect((await token(e, "0")).status).toBe(400);
    expect((await token(e, "21601")).status).toBe(400);
    const bad = await fetch(url(e, "/latest/meta-data/ram/security-credentials/"), {
      headers: { "x-aliyun-ecs-metadata-token": "nope" },
    });
    expect(bad.status).toBe(401);
    expect((await fetch(url(e, "/latest/meta-data/ram/security-credentials/Other"))).status).toBe(404);
  });

  it("answers without a token (IMDSv1) only when allowed", async () => {
    const open = await start({ allowV1: true });
    expect((await fetch(url(open, "/latest/meta-data/ram/security-credentials/"))).status).toBe(200);
    await open.stop();
    const closed = await start({ allowV1: false });
    expect((await fetch(url(closed, "/latest/meta-data/ram/security-credentials/"))).status).toBe(403);
    expect(
      (
        await fetch(url(closed, "/latest/meta-data/region-id"), {
          headers: { "x-aliyun-ecs-metadata-token": await (await token(closed)).text() },
        })
      ).status,
    ).toBe(200);
  });

  it("listens on a configurable 127.0.0.x address", async () => {
    const e = await start({ host: "127.0.0.9" });
    expect(e.endpoints.metadataEndpoint).toMatch(/^127\.0\.0\.9:\d+$/);
    expect(e.env.IMAGE_BUILD_METADATA_ENDPOINT).toBe(e.endpoints.metadataEndpoint);
    expect(await (await fetch(url(e, "/latest/meta-data/region-id"))).text()).toBe("cn-hangzhou");
  });

  it("has no role when none is attached", async () => {
    const e = await start({ roleName: null });
    expect((await fetch(url(e, "/latest/meta-data/ram/security-credentials/"))).status).toBe(404);
  });

  it("is reachable through the proxy as 100.100.100.200", async () => {
    const e = await start();
    const { rawHttp, portOf } = await import("../wire/helpers.js");
    const res = await rawHttp(portOf(e.endpoints.ecsEndpoint), {
      path: "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    });
    expect(res.body).toBe("EmulatorRole");
  });

  it("feeds the credentials package's EcsRamRole provider (host redirected via its doRequest hook)", async () => {
    const e = await start({ allowV1: false });
    // The builder refuses while the test setup disables metadata; every request the provider makes is
    // redirected below, so lift that for building it only.
    const saved = process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED;
    delete process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED;
    let built: unknown;
    try {
      built = ECSRAMRoleCredentialsProvider.builder().withDisableIMDSv1(true).build();
    } finally {
      process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = saved;
    }
    const provider = built as {
      doRequest: (req: { host: string }) => Promise<unknown>;
      getCredentials(): Promise<{
        accessKeyId: string;
        accessKeySecret: string;
        securityToken: string;
        providerName: string;
      }>;
    };
    const original = provider.doRequest;
    const hosts: string[] = [];
    provider.doRequest = (req) => {
      hosts.push(req.host);
      req.host = e.endpoints.metadataEndpoint!;
      return original(req);
    };
    const c = await provider.getCredentials();
    expect(hosts[0]).toBe("100.100.100.200");
    expect(c.providerName).toBe("ecs_ram_role");
    expect(c.accessKeyId).toMatch(/^STS\./);
    await ecsClient(e, c).describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(e.calls().at(-1)!.code).toBe("OK");
  });
});
