/**
 * Aliyun CLI profiles (`~/.aliyun/config.json`, or the template's `shared_credentials_file`):
 * choosing the profile and turning its mode (AK, StsToken, RamRoleArn, EcsRamRole,
 * ChainableRamRoleArn, OIDC) into a credential source. Profile secrets are masked when read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CredentialsError } from "./errors.js";
import type { SourcePlan } from "./plan.js";
import {
  assumeRoleFetcher,
  cachedTokenSource,
  ecsRamRoleFetcher,
  oidcFetcher,
  staticFetcher,
} from "./providers.js";
import type { MaskFn } from "./types.js";
import { MAX_SESSION_SECONDS, MIN_SESSION_SECONDS } from "./validate.js";

/** One profile of config.json, as the aliyun CLI writes it. */
export interface CliProfile {
  name: string;
  mode?: string;
  access_key_id?: string;
  access_key_secret?: string;
  sts_token?: string;
  ram_role_name?: string;
  ram_role_arn?: string;
  ram_session_name?: string;
  expired_seconds?: number | string;
  duration_seconds?: number | string;
  source_profile?: string;
  oidc_token_file?: string;
  oidc_provider_arn?: string;
  external_id?: string;
  sts_region?: string;
  sts_endpoint?: string;
  region_id?: string;
  [key: string]: unknown;
}

/** The CLI config file. */
export interface CliConfig {
  current?: string;
  profiles: CliProfile[];
}

/** The file path with `~` expanded; the default `<home>/.aliyun/config.json`. */
export function profilePath(file: string | undefined, home: string): string {
  if (!file) return join(home, ".aliyun", "config.json");
  if (file === "~") return home;
  if (file.startsWith("~/")) return join(home, file.slice(2));
  return file;
}

/** Reads the file; undefined when it does not exist; throws when it cannot be parsed. */
export function readCliConfig(path: string): CliConfig | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CredentialsError(`Cannot read the profile file ${path}: ${(err as Error).message}`);
  }
  let conf: unknown;
  try {
    conf = JSON.parse(text);
  } catch (err) {
    // The content is not echoed: it holds secrets.
    throw new CredentialsError(
      `The profile file ${path} is not valid JSON (${(err as Error).message.split("\n")[0]})`,
    );
  }
  const profiles = (conf as { profiles?: unknown })?.profiles;
  if (!Array.isArray(profiles)) throw new CredentialsError(`The profile file ${path} has no "profiles" list`);
  return { current: (conf as { current?: string }).current, profiles: profiles as CliProfile[] };
}

const SUPPORTED = ["AK", "StsToken", "RamRoleArn", "EcsRamRole", "ChainableRamRoleArn", "OIDC"];

function duration(p: CliProfile): number | undefined {
  // The CLI writes expired_seconds; the credentials package also reads duration_seconds (later wins).
  const raw = p.duration_seconds ?? p.expired_seconds;
  if (raw === undefined || raw === "" || Number(raw) === 0) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < MIN_SESSION_SECONDS || n > MAX_SESSION_SECONDS)
    throw new CredentialsError(
      `Profile '${p.name}': session duration ${String(raw)} is not within 900..43200 seconds`,
    );
  return n;
}

function need(p: CliProfile, path: string, ...fields: (keyof CliProfile & string)[]): void {
  const missing = fields.filter((f) => typeof p[f] !== "string" || (p[f] as string) === "");
  if (missing.length)
    throw new CredentialsError(`Profile '${p.name}' (mode ${p.mode}) in ${path} lacks ${missing.join(", ")}`);
}

/**
 * The source for profile `name` of `conf`. `sessionDefault` names role sessions the profile does
 * not name. Secrets are masked here, before anything else sees them.
 */
export function profilePlan(
  conf: CliConfig,
  name: string,
  path: string,
  opts: { mask: MaskFn; sessionDefault: string; chain?: string[] },
): SourcePlan {
  const p = conf.profiles.find((x) => x?.name === name);
  if (!p)
    throw new CredentialsError(
      `Profile '${name}' is not in ${path} (profiles there: ${conf.profiles.map((x) => x?.name).join(", ") || "none"})`,
    );
  for (const k of ["access_key_id", "access_key_secret", "sts_token"] as const)
    if (typeof p[k] === "string" && p[k]) opts.mask(p[k]);
  const region = p.region_id ? { value: p.region_id, source: `profile '${name}' region_id` } : undefined;
  const label = `profile '${name}' (mode ${p.mode ?? "none"}) from ${path}`;
  const common = {
    description: label,
    region,
    stsEndpoint: p.sts_endpoint || undefined,
    stsRegion: p.sts_region || undefined,
  };
  switch (p.mode) {
    case "AK":
      need(p, path, "access_key_id", "access_key_secret");
      return {
        ...common,
        providerName: "cli_profile/static_ak",
        build: () => staticFetcher({ accessKeyId: p.access_key_id!, accessKeySecret: p.access_key_secret! }),
      };
    case "StsToken":
      need(p, path, "access_key_id", "access_key_secret", "sts_token");
      return {
        ...common,
        providerName: "cli_profile/static_sts",
        build: () =>
          staticFetcher({
            accessKeyId: p.access_key_id!,
            accessKeySecret: p.access_key_secret!,
            securityToken: p.sts_token!,
          }),
      };
    case "RamRoleArn": {
      need(p, path, "access_key_id", "access_key_secret", "ram_role_arn");
      const durationSeconds = duration(p);
      return {
        ...common,
        providerName: "cli_profile/ram_role_arn",
        build: (ctx) =>
          assumeRoleFetcher(
            ctx.sts,
            staticFetcher({ accessKeyId: p.access_key_id!, accessKeySecret: p.access_key_secret! }),
            {
              roleArn: p.ram_role_arn!,
              sessionName: p.ram_session_name || opts.sessionDefault,
              durationSeconds,
              externalId: p.external_id || undefined,
            },
            { baseName: "cli_profile/static_ak", log: ctx.log },
          ),
      };
    }
    case "EcsRamRole":
      return {
        ...common,
        providerName: "cli_profile/ecs_ram_role",
        build: (ctx) => ecsRamRoleFetcher(ctx.imds, p.ram_role_name || undefined),
      };
    case "OIDC": {
      need(p, path, "oidc_token_file", "oidc_provider_arn", "ram_role_arn");
      const durationSeconds = duration(p);
      return {
        ...common,
        providerName: "cli_profile/oidc_role_arn",
        build: (ctx) =>
          oidcFetcher(
            ctx.sts,
            // The file is read again whenever a new session is needed (it is rotated by its owner).
            cachedTokenSource(
              async () => {
                try {
                  return readFileSync(p.oidc_token_file!, "utf8");
                } catch (err) {
                  throw new CredentialsError(
                    `Profile '${name}': cannot read oidc_token_file ${p.oidc_token_file}: ${(err as Error).message}`,
                  );
                }
              },
              ctx.mask,
              { minRemainingMs: Number.POSITIVE_INFINITY },
            ),
            {
              roleArn: p.ram_role_arn!,
              providerArn: p.oidc_provider_arn!,
              sessionName: p.ram_session_name || opts.sessionDefault,
              durationSeconds,
            },
            ctx.onAssumed,
          ),
      };
    }
    case "ChainableRamRoleArn": {
      need(p, path, "source_profile", "ram_role_arn");
      const chain = [...(opts.chain ?? []), name];
      if (chain.includes(p.source_profile!))
        throw new CredentialsError(
          `Profile '${name}': source_profile loop (${[...chain, p.source_profile].join(" -> ")})`,
        );
      const source = profilePlan(conf, p.source_profile!, path, { ...opts, chain });
      const durationSeconds = duration(p);
      return {
        ...common,
        description: `${label}, on top of ${source.description}`,
        region: region ?? source.region,
        providerName: "cli_profile/chainable_ram_role_arn",
        build: (ctx) =>
          assumeRoleFetcher(
            ctx.sts,
            source.build(ctx),
            {
              roleArn: p.ram_role_arn!,
              sessionName: p.ram_session_name || opts.sessionDefault,
              durationSeconds,
              externalId: p.external_id || undefined,
            },
            { baseName: source.providerName, log: ctx.log },
          ),
      };
    }
    default:
      throw new CredentialsError(
        `Profile '${name}' in ${path} has mode '${p.mode ?? ""}', which image-build does not support (supported: ${SUPPORTED.join(", ")})`,
      );
  }
}
