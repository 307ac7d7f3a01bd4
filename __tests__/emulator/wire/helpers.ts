// Shared helpers for the emulator wire/identity tests: official SDK clients pointed at an emulator,
// and a tiny ECS service standing in for the real one (the wire layer does not care which).
import http from "node:http";
import EcsModule, * as $Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import StsModule from "@alicloud/sts20150401";
import * as $dara from "@darabonba/typescript";
import type { Emulator } from "../../../emulator/index.js";
import type { ActionRequest, ServiceDefinition } from "../../../emulator/types.js";

// The SDKs are CommonJS: the client class is the module's `default` export.
// (Node gives the exports object, vitest may give the class itself.)
type Ctor<T> = T extends { default: infer C } ? C : T;
const EcsClient = ((EcsModule as unknown as { default?: unknown }).default ?? EcsModule) as Ctor<
  typeof EcsModule
>;
const StsClient = ((StsModule as unknown as { default?: unknown }).default ?? StsModule) as Ctor<
  typeof StsModule
>;

export { $Ecs };

/** Key material for a client. */
export interface Keys {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

function config(emu: Emulator, keys: Keys, opts: { v1?: boolean; https?: boolean } = {}) {
  return new $OpenApi.$OpenApiUtil.Config({
    accessKeyId: keys.accessKeyId,
    accessKeySecret: keys.accessKeySecret,
    securityToken: keys.securityToken,
    endpoint: emu.endpoints.ecsEndpoint,
    protocol: opts.https ? "https" : "http",
    ca: opts.https ? emu.caCert : undefined,
    regionId: "cn-hangzhou",
    signatureAlgorithm: opts.v1 ? "v2" : undefined,
  });
}

/** An unmodified ECS SDK client talking to the emulator (ACS3 by default, v1 with `v1: true`). */
export function ecsClient(emu: Emulator, keys?: Keys, opts: { v1?: boolean; https?: boolean } = {}) {
  return new EcsClient(config(emu, keys ?? emu.credentials, opts));
}

/** An unmodified STS SDK client talking to the emulator. */
export function stsClient(emu: Emulator, keys?: Keys, opts: { v1?: boolean; https?: boolean } = {}) {
  const c = config(emu, keys ?? emu.credentials, opts);
  c.endpoint = emu.endpoints.stsEndpoint;
  return new StsClient(c);
}

/** A generic openapi-core client for raw calls (`callApi`) with arbitrary query parameters. */
export function rawClient(emu: Emulator, keys?: Keys, opts: { v1?: boolean } = {}) {
  const Client = (($OpenApi.default as unknown as { default?: unknown }).default ?? $OpenApi.default) as Ctor<
    typeof $OpenApi.default
  >;
  return new Client(config(emu, keys ?? emu.credentials, opts));
}

/** Calls any action with string query parameters through openapi-core. */
export async function callRaw(
  emu: Emulator,
  action: string,
  query: Record<string, string>,
  opts: { v1?: boolean; version?: string; keys?: Keys } = {},
): Promise<Record<string, unknown>> {
  const client = rawClient(emu, opts.keys, opts);
  const params = new $OpenApi.$OpenApiUtil.Params({
    action,
    version: opts.version ?? "2014-05-26",
    protocol: "HTTP",
    pathname: "/",
    method: "POST",
    authType: "AK",
    style: "RPC",
    reqBodyType: "formData",
    bodyType: "json",
  });
  const request = new $OpenApi.$OpenApiUtil.OpenApiRequest({ query });
  const res = (await client.callApi(params, request, new $dara.RuntimeOptions({}))) as {
    body: Record<string, unknown>;
  };
  return res.body;
}

/** A tiny ECS service: DescribeRegions, an echo of decoded params for a few actions. */
export function tinyEcs(): ServiceDefinition & { seen: ActionRequest[] } {
  const seen: ActionRequest[] = [];
  const echo = (req: ActionRequest) => {
    seen.push(req);
    return { Echo: req.params, Caller: req.caller.arn };
  };
  return {
    product: "Ecs",
    version: "2014-05-26",
    seen,
    actions: {
      DescribeRegions: (req) => {
        seen.push(req);
        return {
          Regions: {
            Region: [
              {
                RegionId: "cn-hangzhou",
                LocalName: "China (Hangzhou)",
                RegionEndpoint: "ecs.aliyuncs.com",
                Status: "available",
              },
            ],
          },
        };
      },
      DescribeInstances: echo,
      RunInstances: echo,
      CreateInstance: echo,
      ImportKeyPair: echo,
    },
  };
}

/** A plain HTTP request to the emulator port; resolves with status, headers and body text. */
export function rawHttp(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: opts.method ?? "GET", path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** The port of an emulator endpoint `host:port`. */
export function portOf(endpoint: string): number {
  return Number(endpoint.split(":").pop());
}
