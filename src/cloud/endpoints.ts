/**
 * Endpoint overrides per product: explicit options (action inputs) win over the environment
 * (`IMAGE_BUILD_ECS_ENDPOINT`, `IMAGE_BUILD_VPC_ENDPOINT`, `IMAGE_BUILD_ENDPOINT_PROTOCOL`, as the
 * emulator prints them), which wins over the template's `custom_endpoint_ecs`. Without an override
 * the SDK resolves the public endpoint of the region.
 */

/** Resolved overrides: `host[:port]` per product (the SDKs' `config.endpoint` form), and the protocol. */
export interface Endpoints {
  ecs?: string;
  vpc?: string;
  protocol?: "http" | "https";
}

/** Inputs of {@link resolveEndpoints}. */
export interface EndpointSources {
  /** Explicit overrides (highest precedence). Values may carry a scheme. */
  endpoints?: { ecs?: string; vpc?: string; protocol?: string };
  /** Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** The template's `custom_endpoint_ecs`. */
  customEndpointEcs?: string;
}

/** Splits `https://host:port/` into `{ host: "host:port", protocol: "https" }`; throws on a path or junk. */
export function parseEndpoint(value: string, what: string): { host: string; protocol?: "http" | "https" } {
  const v = value.trim();
  const m = /^(?:(https?):\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(v);
  if (!m)
    throw new Error(
      `${what}: "${value}" is not an endpoint (expected host[:port], optionally with http:// or https://)`,
    );
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 65535))
    throw new Error(`${what}: "${value}" has port ${m[3]}; a port is between 1 and 65535`);
  const host = m[3] ? `${m[2]}:${m[3]}` : m[2];
  return m[1] ? { host, protocol: m[1] as "http" | "https" } : { host };
}

function protocolOf(value: string | undefined, what: string): "http" | "https" | undefined {
  if (value === undefined || value === "") return undefined;
  const v = value.trim().toLowerCase();
  if (v === "http" || v === "https") return v;
  throw new Error(`${what}: "${value}" is not a protocol (expected http or https)`);
}

/** Resolves the endpoint overrides from options, environment and template. */
export function resolveEndpoints(src: EndpointSources = {}): Endpoints {
  const env = src.env ?? process.env;
  const out: Endpoints = {};
  const pick = (product: "ecs" | "vpc", candidates: [string | undefined, string][]): void => {
    for (const [value, what] of candidates) {
      if (value === undefined || value.trim() === "") continue;
      const p = parseEndpoint(value, what);
      out[product] = p.host;
      if (p.protocol && !out.protocol) out.protocol = p.protocol;
      return;
    }
  };
  out.protocol =
    protocolOf(src.endpoints?.protocol, "endpoint protocol") ??
    protocolOf(env.IMAGE_BUILD_ENDPOINT_PROTOCOL, "IMAGE_BUILD_ENDPOINT_PROTOCOL");
  pick("ecs", [
    [src.endpoints?.ecs, "ECS endpoint"],
    [env.IMAGE_BUILD_ECS_ENDPOINT, "IMAGE_BUILD_ECS_ENDPOINT"],
    [src.customEndpointEcs, "custom_endpoint_ecs"],
  ]);
  pick("vpc", [
    [src.endpoints?.vpc, "VPC endpoint"],
    [env.IMAGE_BUILD_VPC_ENDPOINT, "IMAGE_BUILD_VPC_ENDPOINT"],
  ]);
  if (out.protocol === undefined) delete out.protocol;
  return out;
}
