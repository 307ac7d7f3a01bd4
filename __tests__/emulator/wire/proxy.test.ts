// Proxy mode (absolute-form requests, as Packer 1.6.6 sends them through HTTP_PROXY), CONNECT
// handling, XML answers and the control endpoints.
import { createHmac, randomUUID } from "node:crypto";
import http from "node:http";
import type net from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { portOf, rawHttp, tinyEcs } from "./helpers.js";

let emu: Emulator;
let port: number;

beforeAll(async () => {
  emu = await startEmulator({ cloud: false, services: [tinyEcs()] });
  port = portOf(emu.endpoints.ecsEndpoint);
});
afterAll(async () => {
  await emu.stop();
});

// An independent v1 signer, written from the documented algorithm (as the Go SDK of Packer signs).
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function signedV1Query(params: Record<string, string>, secret: string): string {
  const all: Record<string, string> = {
    Format: "JSON",
    Version: "2014-05-26",
    AccessKeyId: emu.credentials.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    ...params,
  };
  const canonical = Object.keys(all)
    .sort()
    .map((k) => `${enc(k)}=${enc(all[k])}`)
    .join("&");
  const signature = createHmac("sha1", `${secret}&`)
    .update(`POST&%2F&${enc(canonical)}`)
    .digest("base64");
  return `${canonical}&Signature=${enc(signature)}`;
}

describe("proxy mode", () => {
  it("answers an absolute-form request for an aliyuncs.com host as the API", async () => {
    const q = signedV1Query({ Action: "DescribeRegions" }, emu.credentials.accessKeySecret);
    const res = await rawHttp(port, {
      method: "POST",
      path: `http://ecs-cn-hangzhou.aliyuncs.com/?${q}`,
      headers: { host: "ecs-cn-hangzhou.aliyuncs.com" },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).Regions.Region[0].RegionId).toBe("cn-hangzhou");
    const call = emu.calls({ action: "DescribeRegions" }).at(-1)!;
    expect(call.via).toBe("proxy");
    expect(call.signature).toBe("v1");
  });

  it("answers in XML when Format=XML", async () => {
    const q = signedV1Query({ Action: "DescribeRegions", Format: "XML" }, emu.credentials.accessKeySecret);
    const res = await rawHttp(port, { method: "POST", path: `http://ecs.aliyuncs.com/?${q}` });
    expect(res.headers["content-type"]).toBe("text/xml;charset=utf-8");
    expect(res.body).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><DescribeRegionsResponse><RequestId>[0-9A-F-]+<\/RequestId><Regions><Region><RegionId>cn-hangzhou<\/RegionId>/,
    );
  });

  it("refuses to proxy anything that is not Alibaba Cloud", async () => {
    const res = await rawHttp(port, { path: "http://example.com/" });
    expect(res.status).toBe(502);
    expect(res.body).toContain("refusing to proxy to example.com");
  });

  it("rejects a reused signature nonce with SignatureNonceUsed", async () => {
    const q = signedV1Query({ Action: "DescribeRegions" }, emu.credentials.accessKeySecret);
    const first = await rawHttp(port, { method: "POST", path: `/?${q}` });
    expect(first.status).toBe(200);
    const again = await rawHttp(port, { method: "POST", path: `/?${q}` });
    expect(again.status).toBe(400);
    expect(JSON.parse(again.body).Code).toBe("SignatureNonceUsed");
  });
});

describe("request time", () => {
  it("rejects a Timestamp more than 15 minutes off, or malformed", async () => {
    const old = new Date(Date.now() - 16 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const stale = await rawHttp(port, {
      method: "POST",
      path: `/?${signedV1Query({ Action: "DescribeRegions", Timestamp: old }, emu.credentials.accessKeySecret)}`,
    });
    expect(stale.status).toBe(400);
    expect(JSON.parse(stale.body).Code).toBe("InvalidTimeStamp.Expired");
    const bad = await rawHttp(port, {
      method: "POST",
      path: `/?${signedV1Query({ Action: "DescribeRegions", Timestamp: "yesterday" }, emu.credentials.accessKeySecret)}`,
    });
    expect(JSON.parse(bad.body).Code).toBe("InvalidTimeStamp.Format");
  });
});

describe("CONNECT", () => {
  it("refuses a tunnel it cannot serve at once", async () => {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method: "CONNECT", path: "example.com:443" });
      req.on("connect", (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("tunnels *.aliyuncs.com:443 to its own HTTPS listener", async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = http.request({
        host: "127.0.0.1",
        port,
        method: "CONNECT",
        path: "ecs-cn-hangzhou.aliyuncs.com:443",
      });
      req.on("connect", (res, socket: net.Socket) => {
        expect(res.statusCode).toBe(200);
        const secure = tls.connect(
          { socket, servername: "ecs-cn-hangzhou.aliyuncs.com", ca: emu.caCert },
          () => {
            secure.write(
              "GET /_emulator/health HTTP/1.1\r\nHost: ecs-cn-hangzhou.aliyuncs.com\r\nConnection: close\r\n\r\n",
            );
          },
        );
        let text = "";
        secure.on("data", (d) => {
          text += d.toString();
        });
        secure.on("end", () => resolve(text));
        secure.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
    expect(body).toMatch(/^HTTP\/1.1 200/);
    expect(body).toContain('"ok":true');
  });
});

describe("control endpoints", () => {
  it("serves health, and answers 501 for resources and leaks without cloud services", async () => {
    expect((await rawHttp(port, { path: "/_emulator/health" })).status).toBe(200);
    expect((await rawHttp(port, { path: "/_emulator/resources" })).status).toBe(501);
    expect((await rawHttp(port, { path: "/_emulator/leaks?tag=owner=ci" })).status).toBe(501);
  });

  it("delegates resources and leaks to the services' hooks", async () => {
    let seen: unknown;
    const { WireServer } = await import("../../../emulator/wire/server.js");
    const { CallLog } = await import("../../../emulator/calllog.js");
    const { FaultInjector } = await import("../../../emulator/faults.js");
    const { IdentityStore } = await import("../../../emulator/identity/store.js");
    const wire = new WireServer({
      services: [],
      credentials: new IdentityStore(),
      faults: new FaultInjector(),
      calls: new CallLog(),
      control: {
        dump: () => ({ instances: [] }),
        leakCheck: (filter) => {
          seen = filter;
          return [{ kind: "instance", id: "i-1" }];
        },
      },
    });
    const server = http.createServer(wire.handle);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const p = (server.address() as net.AddressInfo).port;
    const leaks = await rawHttp(p, {
      path: "/_emulator/leaks?tag=owner%3Dci&tag=run=42&since=2026-01-01T00:00:00Z",
    });
    expect(JSON.parse(leaks.body)).toEqual([{ kind: "instance", id: "i-1" }]);
    expect(seen).toEqual({ tags: { owner: "ci", run: "42" }, since: "2026-01-01T00:00:00Z" });
    expect(JSON.parse((await rawHttp(p, { path: "/_emulator/resources" })).body)).toEqual({ instances: [] });
    server.close();
  });
});
