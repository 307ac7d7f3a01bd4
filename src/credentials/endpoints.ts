/**
 * Where STS and the instance metadata service are reached: region-specific STS by default
 * (`sts.<region>.aliyuncs.com`), the VPC endpoint on request, or an explicit override (the
 * `sts-endpoint` input, `IMAGE_BUILD_STS_ENDPOINT` as the emulator prints it); the metadata
 * service at `100.100.100.200` unless `IMAGE_BUILD_METADATA_ENDPOINT` says otherwise.
 */
import { CredentialsError } from "./errors.js";

/** A resolved endpoint: a base URL (`https://sts.cn-hangzhou.aliyuncs.com`) and where it came from. */
export interface ResolvedEndpoint {
  url: string;
  source: string;
}

/** The ECS metadata address. */
export const DEFAULT_METADATA_HOST = "100.100.100.200";

function toUrl(value: string, protocol: string, what: string): string {
  const withScheme = /^[a-z]+:\/\//i.test(value) ? value : `${protocol}://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CredentialsError(`${what} '${value}' is not a host[:port] or URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CredentialsError(`${what} '${value}' must use http or https`);
  return `${url.protocol}//${url.host}`;
}

function protocolOf(env: Record<string, string | undefined>): string {
  const p = (env.IMAGE_BUILD_ENDPOINT_PROTOCOL || "https").toLowerCase();
  if (p !== "http" && p !== "https")
    throw new CredentialsError(`IMAGE_BUILD_ENDPOINT_PROTOCOL must be http or https, got '${p}'`);
  return p;
}

/**
 * The STS endpoint. Order: `override` (the `sts-endpoint` input: `host[:port]`, a URL, or `vpc`),
 * `IMAGE_BUILD_STS_ENDPOINT`, `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`, a profile's
 * `sts_endpoint`, then `sts.<region>.aliyuncs.com` (`sts.aliyuncs.com` without a region).
 * A bare host uses `IMAGE_BUILD_ENDPOINT_PROTOCOL` (default https).
 */
export function resolveStsEndpoint(opts: {
  override?: string;
  env: Record<string, string | undefined>;
  region?: string;
  profileEndpoint?: string;
  profileRegion?: string;
}): ResolvedEndpoint {
  const { env } = opts;
  const region = opts.profileRegion || opts.region;
  const vpc = (what: string): ResolvedEndpoint => {
    if (!region) throw new CredentialsError(`${what}: the STS VPC endpoint needs a region`);
    return { url: `https://sts-vpc.${region}.aliyuncs.com`, source: what };
  };
  const override = opts.override?.trim();
  if (override) {
    if (override.toLowerCase() === "vpc") return vpc("input sts-endpoint");
    return { url: toUrl(override, protocolOf(env), "Input 'sts-endpoint'"), source: "input sts-endpoint" };
  }
  const fromEnv = env.IMAGE_BUILD_STS_ENDPOINT?.trim();
  if (fromEnv)
    return {
      url: toUrl(fromEnv, protocolOf(env), "IMAGE_BUILD_STS_ENDPOINT"),
      source: "IMAGE_BUILD_STS_ENDPOINT",
    };
  if (env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED?.toLowerCase() === "true")
    return vpc("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
  if (opts.profileEndpoint)
    return {
      url: toUrl(opts.profileEndpoint, "https", "profile sts_endpoint"),
      source: "profile sts_endpoint",
    };
  if (region) return { url: `https://sts.${region}.aliyuncs.com`, source: `region ${region}` };
  return { url: "https://sts.aliyuncs.com", source: "default" };
}

/** The metadata service base URL: `override`, `IMAGE_BUILD_METADATA_ENDPOINT`, else `http://100.100.100.200`. */
export function resolveMetadataEndpoint(opts: {
  override?: string;
  env: Record<string, string | undefined>;
}): ResolvedEndpoint {
  const override = opts.override?.trim();
  if (override) return { url: toUrl(override, "http", "metadata endpoint"), source: "option" };
  const fromEnv = opts.env.IMAGE_BUILD_METADATA_ENDPOINT?.trim();
  if (fromEnv)
    return {
      url: toUrl(fromEnv, "http", "IMAGE_BUILD_METADATA_ENDPOINT"),
      source: "IMAGE_BUILD_METADATA_ENDPOINT",
    };
  return { url: `http://${DEFAULT_METADATA_HOST}`, source: "default" };
}
