/**
 * ECS and VPC clients from the official SDKs, pointed at the region (or the endpoint overrides),
 * with timeouts long enough for the slow calls (the SDK's 3 s default fails RunInstances and
 * CreateImage under load; its connect timeout doubles as the socket idle timeout).
 */
import EcsModule from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import VpcModule from "@alicloud/vpc20160428";
import { type Endpoints, resolveEndpoints } from "./endpoints.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
// The SDKs are CommonJS: the class is the module's default export, or the module itself once bundled.
const EcsClientClass = ((EcsModule as unknown as { default?: unknown }).default ?? EcsModule) as Ctor<
  typeof EcsModule
>;
const VpcClientClass = ((VpcModule as unknown as { default?: unknown }).default ?? VpcModule) as Ctor<
  typeof VpcModule
>;

/** The official ECS client (`@alicloud/ecs20140526`). */
export type EcsClient = InstanceType<typeof EcsClientClass>;
/** The official VPC client (`@alicloud/vpc20160428`). */
export type VpcClient = InstanceType<typeof VpcClientClass>;

/** A credential: an `@alicloud/credentials` Credential, or any object with `getCredential()`. */
export interface CredentialProvider {
  getCredential(): Promise<{
    accessKeyId?: string;
    accessKeySecret?: string;
    securityToken?: string;
    type?: string;
    providerName?: string;
  }>;
}

/** Default timeout (ms) of one HTTP request (the SDK's own default, 3 s, is too short for some calls). */
export const DEFAULT_TIMEOUTS = { readTimeoutMs: 30_000 } as const;

/** Options of {@link createClients}. */
export interface ClientOptions {
  credential: CredentialProvider;
  region: string;
  /** Explicit endpoint overrides (action inputs); values may carry a scheme. */
  endpoints?: { ecs?: string; vpc?: string; protocol?: string };
  /** The template's `custom_endpoint_ecs`. */
  customEndpointEcs?: string;
  /** Environment for `IMAGE_BUILD_*_ENDPOINT`; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Per HTTP request; default 30 s. */
  readTimeoutMs?: number;
  /** Default: the read timeout (the SDK uses it as the socket idle timeout too). */
  connectTimeoutMs?: number;
  /** Appended to the SDK's user agent; default `image-build`. */
  userAgent?: string;
}

/** The clients of one region. */
export interface Clients {
  ecs: EcsClient;
  vpc: VpcClient;
  region: string;
  /** The overrides in effect (empty: the SDK's public endpoints for the region). */
  endpoints: Endpoints;
}

function sdkConfig(opts: ClientOptions, endpoint: string | undefined, protocol: string | undefined) {
  return new $OpenApi.$OpenApiUtil.Config({
    credential: opts.credential,
    regionId: opts.region,
    ...(endpoint ? { endpoint } : {}),
    ...(protocol ? { protocol } : {}),
    readTimeout: opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
    // The SDK's HTTP layer uses the connect timeout as the socket idle timeout, so by default it
    // equals the read timeout (a shorter one would cut slow answers at that length).
    connectTimeout: opts.connectTimeoutMs ?? opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
    userAgent: opts.userAgent ?? "image-build",
  });
}

/** Creates the ECS and VPC clients of a region; throws a readable Error on a malformed endpoint. */
export function createClients(opts: ClientOptions): Clients {
  if (!opts.region) throw new Error("a region is required to create the cloud clients");
  const endpoints = resolveEndpoints({
    endpoints: opts.endpoints,
    env: opts.env,
    customEndpointEcs: opts.customEndpointEcs,
  });
  return {
    ecs: new EcsClientClass(sdkConfig(opts, endpoints.ecs, endpoints.protocol)),
    vpc: new VpcClientClass(sdkConfig(opts, endpoints.vpc, endpoints.protocol)),
    region: opts.region,
    endpoints,
  };
}
