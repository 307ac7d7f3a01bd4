/**
 * The credential chain: every way a user authenticates, resolved to one refreshing provider.
 * Both front ends use it: the action with its inputs, the CLI with its flags of the same names
 * (`frontEnd: "cli"`: no OIDC, and messages name flags instead of inputs).
 *
 * Sources, highest precedence first:
 * 1. GitHub OIDC (inputs role-to-assume + oidc-provider-arn; the action only) → STS AssumeRoleWithOIDC;
 * 2. static keys: inputs, then the template's access_key/secret_key/security_token, then the
 *    environment (ALICLOUD_ACCESS_KEY…, ALIBABA_CLOUD_ACCESS_KEY_ID…);
 * 3. an aliyun CLI profile (input/template `profile`, ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE,
 *    else the file's `current`);
 * 4. (a layer, not a source) a role assumed on top of the credentials found: input
 *    role-to-assume without OIDC, or the template's ram_role_arn → STS AssumeRole;
 * 5. the ECS instance RAM role (input ecs-ram-role, template ram_role_name) from the metadata service;
 * 6. otherwise one error listing each source, why it did not apply, and how to fix it.
 */
import credentialsPkg from "@alicloud/credentials";
import type { RetryPolicy } from "../cloud/retry.js";
import { resolveMetadataEndpoint, resolveStsEndpoint } from "./endpoints.js";
import { CredentialsError, scrub } from "./errors.js";
import { ImdsClient } from "./imds.js";
import type { BuildContext, SourcePlan } from "./plan.js";
import { profilePath, profilePlan, readCliConfig } from "./profile.js";
import {
  assumeRoleFetcher,
  cachedTokenSource,
  ecsRamRoleFetcher,
  oidcFetcher,
  staticFetcher,
} from "./providers.js";
import { RefreshingProvider } from "./refreshing.js";
import { type RegionChoice, resolveRegion } from "./region.js";
import { type CallerIdentity, StsClient } from "./sts.js";
import type { CredentialsLog, KeysFetcher, MaskFn, ResolvedKeys } from "./types.js";
import {
  checkOidcProviderArn,
  checkRegion,
  checkRoleArn,
  checkSessionName,
  defaultSessionName,
  parseSessionDuration,
} from "./validate.js";

/** The credential options of a front end: the action's inputs, or the CLI's flags (no OIDC there); all optional, `""` counts as unset. */
export interface CredentialInputs {
  roleToAssume?: string;
  oidcProviderArn?: string;
  /** Audience of the GitHub OIDC token; default `sts.aliyuncs.com`. */
  audience?: string;
  roleSessionName?: string;
  /** Seconds or a Go duration (`1h`), 900..43200; default 3600. */
  roleSessionExpiration?: string;
  roleExternalId?: string;
  /** Inline session policy (JSON) for the assumed role. */
  rolePolicy?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  profile?: string;
  ecsRamRole?: string;
  region?: string;
  /** `host[:port]`, a URL, or `vpc`. */
  stsEndpoint?: string;
}

/**
 * The template's access fields, as a builder's decoded config names them (a builder config with
 * these fields satisfies it; credentials know no builder).
 */
export interface TemplateAccess {
  accessKey?: string;
  secretKey?: string;
  securityToken?: string;
  region?: string;
  profile?: string;
  sharedCredentialsFile?: string;
  ramRoleName?: string;
  ramRoleArn?: string;
  ramSessionName?: string;
}

/**
 * Which front end asks: its own options are named in messages as the action's inputs
 * (`input 'profile'`) or the CLI's flags (`flag -profile`). The CLI has no OIDC inputs.
 */
export type FrontEnd = "action" | "cli";

/** How `frontEnd` names its option `name` (an input name such as `role-to-assume`). */
export function optionName(frontEnd: FrontEnd, name: string, capital = false): string {
  const text = frontEnd === "cli" ? `flag -${name}` : `input '${name}'`;
  return capital ? text[0].toUpperCase() + text.slice(1) : text;
}

/** Options of {@link resolveCredentials}. */
export interface ResolveCredentialsOptions {
  /** Default `action`. */
  frontEnd?: FrontEnd;
  inputs?: CredentialInputs;
  template?: TemplateAccess;
  /** The environment to read (`process.env` in the front ends; a plain object in tests). */
  env: Record<string, string | undefined>;
  /** Home directory, for `~/.aliyun/config.json` and `~` in `shared_credentials_file`. */
  home: string;
  /** Fetches a GitHub OIDC token for an audience (the GitHub adapter passes `core.getIDToken`). */
  getIdToken?: (audience: string) => Promise<string>;
  /** Registers a secret with the output masker; called the moment each secret is known. */
  mask: MaskFn;
  /** STS endpoint override (wins over the `sts-endpoint` input and `IMAGE_BUILD_STS_ENDPOINT`). */
  stsEndpoint?: string;
  /** Metadata service override (wins over `IMAGE_BUILD_METADATA_ENDPOINT`). */
  metadataEndpoint?: string;
  /** Extra CA (PEM) trusted for HTTPS STS endpoints. */
  ca?: string;
  log?: CredentialsLog;
  /**
   * Overrides of the cloud retry policy (src/cloud/retry.ts) for STS and metadata calls; default
   * {@link CREDENTIALS_RETRY}.
   */
  retry?: Partial<RetryPolicy>;
  /** Also ask STS GetCallerIdentity who the credentials belong to (one more request). Default false. */
  verify?: boolean;
  /** Largest refresh window before expiry (ms; default 15 min). */
  refreshWindowMs?: number;
}

/** The resolved credentials of a build. */
export interface ResolvedCredentials {
  /** An `@alicloud/credentials` `Credential` over {@link provider}: pass it as the SDK `Config.credential`. */
  credential: InstanceType<typeof Credential>;
  /** The refreshing provider itself (`getCredentials()`, `keys()`, `fetches`). */
  provider: RefreshingProvider;
  /** Which source was used, for the log (no secrets), e.g. "GitHub OIDC (role-to-assume …)". */
  source: string;
  region: string;
  /** Where the region came from, e.g. "input region", "template region", "ALICLOUD_REGION". */
  regionSource: string;
  /** The STS endpoint used (base URL). */
  stsEndpoint: string;
  /** The role assumed, when STS said so. */
  assumedRoleArn?: string;
  /** GetCallerIdentity's answer, when `verify` was set. */
  identity?: CallerIdentity;
  /** Whether the keys are temporary (refreshed before they expire). */
  temporary: boolean;
  /** The current keys (refreshed when due); for exporting them. */
  keys(): Promise<ResolvedKeys>;
}

const Credential = ((credentialsPkg as unknown as { default?: unknown }).default ??
  credentialsPkg) as typeof credentialsPkg.default;

/**
 * The retry policy's settings for credential calls: fewer, shorter waits than a build's calls
 * (resolution happens before anything is created, and an unreachable metadata service should
 * say so in seconds, not minutes).
 */
export const CREDENTIALS_RETRY: Partial<RetryPolicy> = {
  maxAttempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxElapsedMs: 30_000,
};

/** Default audience of the GitHub OIDC token (the client id registered on the RAM OIDC provider). */
export const DEFAULT_AUDIENCE = "sts.aliyuncs.com";

const v = (s: string | undefined): string => (s ?? "").trim();

/** What the chain tried: one line per source in the "nothing found" error. */
interface Tried {
  source: string;
  why: string;
  fix: string;
}

/** The message when no source applies (README "Credentials" shows it). */
export function nothingFoundMessage(tried: Tried[], roleNote?: string): string {
  const lines = tried.map((t, i) => `  ${i + 1}. ${t.source}: ${t.why}.\n     Fix: ${t.fix}`);
  return [
    "No Alibaba Cloud credentials found. image-build looked in this order:",
    ...lines,
    ...(roleNote ? [roleNote] : []),
    "See the README's Credentials section for examples.",
  ].join("\n");
}

/**
 * Resolves the build's credentials and region and fetches the first keys (so a wrong role or an
 * untrusted provider fails here, at once). Throws {@link CredentialsError} for configuration
 * problems and `CloudError` (code, message, request id; src/cloud/errors.ts) for STS refusals; no error message
 * contains a secret.
 */
export async function resolveCredentials(opts: ResolveCredentialsOptions): Promise<ResolvedCredentials> {
  const known = new Set<string>();
  const mask: MaskFn = (secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    opts.mask(secret);
  };
  const scrubbed = (err: unknown): unknown => {
    if (err instanceof Error && known.size > 0) {
      const clean = scrub(err.message, known);
      if (clean !== err.message) {
        err.message = clean;
        if (err.stack) err.stack = scrub(err.stack, known);
      }
    }
    return err;
  };
  try {
    return await resolve(opts, mask, scrubbed);
  } catch (err) {
    throw scrubbed(err);
  }
}

async function resolve(
  opts: ResolveCredentialsOptions,
  mask: MaskFn,
  scrubbed: (err: unknown) => unknown,
): Promise<ResolvedCredentials> {
  const inputs = opts.inputs ?? {};
  const template = opts.template ?? {};
  const env = opts.env;
  const log = opts.log;
  const fe = opts.frontEnd ?? "action";
  const O = (name: string) => optionName(fe, name, true);
  const o = (name: string) => optionName(fe, name);
  // Every secret we can see is masked before anything is logged.
  for (const s of [
    inputs.accessKeyId,
    inputs.accessKeySecret,
    inputs.securityToken,
    template.accessKey,
    template.secretKey,
    template.securityToken,
    env.ALICLOUD_ACCESS_KEY,
    env.ALICLOUD_SECRET_KEY,
    env.SECURITY_TOKEN,
    env.ALICLOUD_SECURITY_TOKEN,
    env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    env.ALIBABA_CLOUD_SECURITY_TOKEN,
  ])
    if (v(s)) mask(v(s));

  // Up-front validation of the role inputs.
  const roleInput = v(inputs.roleToAssume);
  const providerArn = v(inputs.oidcProviderArn);
  if (providerArn && !roleInput)
    throw new CredentialsError(
      "Input 'oidc-provider-arn' is set but 'role-to-assume' is not: GitHub OIDC needs the role to assume as well",
    );
  if (roleInput) checkRoleArn(roleInput, O("role-to-assume"));
  if (providerArn) checkOidcProviderArn(providerArn, "Input 'oidc-provider-arn'");
  const templateRole = v(template.ramRoleArn);
  if (templateRole && !roleInput) checkRoleArn(templateRole, "Template 'ram_role_arn'");
  const sessionName = v(inputs.roleSessionName) || v(template.ramSessionName) || defaultSessionName(env);
  checkSessionName(
    sessionName,
    v(inputs.roleSessionName)
      ? O("role-session-name")
      : v(template.ramSessionName)
        ? "Template 'ram_session_name'"
        : "Session name",
  );
  const durationSeconds = v(inputs.roleSessionExpiration)
    ? parseSessionDuration(v(inputs.roleSessionExpiration), O("role-session-expiration"))
    : undefined;
  const policy = v(inputs.rolePolicy) || undefined;
  if (policy) {
    try {
      JSON.parse(policy);
    } catch {
      throw new CredentialsError(`${O("role-policy")} is not valid JSON`);
    }
  }
  if (v(inputs.region)) checkRegion(v(inputs.region), O("region"));

  // 1–5: choose the base source.
  const tried: Tried[] = [];
  const base = chooseBase(opts, mask, sessionName, durationSeconds, policy, tried);
  const roleOnTop = !providerArn && (roleInput || templateRole) ? roleInput || templateRole : undefined;
  if (providerArn && templateRole && templateRole !== roleInput)
    log?.warning?.(
      `The template's ram_role_arn (${templateRole}) is not used: GitHub OIDC assumes input role-to-assume (${roleInput})`,
    );
  if (!base) {
    const note = roleOnTop
      ? `A role to assume is set (${roleInput ? o("role-to-assume") : "template 'ram_role_arn'"}), but assuming it needs one of the credentials above${fe === "action" ? ", or 'oidc-provider-arn' for GitHub OIDC" : ""}.`
      : undefined;
    throw new CredentialsError(nothingFoundMessage(tried, note));
  }

  // Region, then endpoints.
  const region: RegionChoice = resolveRegion({
    inputs,
    template,
    env,
    profileRegion: base.region,
    frontEnd: fe,
  });
  const sts = resolveStsEndpoint({
    override: opts.stsEndpoint || inputs.stsEndpoint,
    env,
    region: region.region,
    profileEndpoint: base.stsEndpoint,
    profileRegion: base.stsRegion,
  });
  const stsClient = new StsClient({
    endpoint: sts.url,
    ca: opts.ca,
    retry: { ...CREDENTIALS_RETRY, ...opts.retry },
    mask,
    log,
  });
  let imdsClient: ImdsClient | undefined;
  const imds = () => {
    imdsClient ??= new ImdsClient({
      endpoint: resolveMetadataEndpoint({ override: opts.metadataEndpoint, env }).url,
      disableV1: env.ALIBABA_CLOUD_IMDSV1_DISABLED?.toLowerCase() === "true",
      retry: { ...CREDENTIALS_RETRY, ...opts.retry },
      mask,
      log,
    });
    return imdsClient;
  };
  let assumedRoleArn: string | undefined;
  const ctx: BuildContext = {
    sts: stsClient,
    imds,
    mask,
    log,
    onAssumed: (info) => {
      assumedRoleArn = info.arn ?? assumedRoleArn;
    },
  };
  let fetcher: KeysFetcher = base.build(ctx);
  let source = base.description;
  let providerName = base.providerName;
  if (roleOnTop) {
    const baseFetcher = fetcher;
    fetcher = assumeRoleFetcher(
      stsClient,
      baseFetcher,
      {
        roleArn: roleOnTop,
        sessionName,
        durationSeconds,
        policy,
        externalId: v(inputs.roleExternalId) || undefined,
      },
      { baseName: providerName, log },
    );
    source = `role ${roleOnTop} (${roleInput ? (fe === "cli" ? "flag -role-to-assume" : "input role-to-assume") : "template ram_role_arn"}) assumed with ${source}`;
    providerName = "ram_role_arn";
    assumedRoleArn = roleOnTop;
  }
  const guarded: KeysFetcher = async () => {
    try {
      const keys = await fetcher();
      for (const s of [keys.accessKeyId, keys.accessKeySecret, keys.securityToken]) if (s) mask(s);
      return keys;
    } catch (err) {
      throw scrubbed(err);
    }
  };
  const provider = new RefreshingProvider({
    name: providerName,
    fetch: guarded,
    log,
    maxWindowMs: opts.refreshWindowMs,
  });
  const first = await provider.keys();
  log?.debug?.(`credentials: ${source}; STS endpoint ${sts.url} (${sts.source})`);
  const identity = opts.verify ? await stsClient.getCallerIdentity(() => provider.keys()) : undefined;
  return {
    credential: new Credential(null, provider),
    provider,
    source,
    region: region.region,
    regionSource: region.source,
    stsEndpoint: sts.url,
    assumedRoleArn,
    identity,
    temporary: first.expiration !== undefined,
    keys: () => provider.keys(),
  };
}

/** Sources 1, 2, 3 and 5, in order; the first that applies, or undefined (with `tried` filled). */
function chooseBase(
  opts: ResolveCredentialsOptions,
  mask: MaskFn,
  sessionName: string,
  durationSeconds: number | undefined,
  policy: string | undefined,
  tried: Tried[],
): SourcePlan | undefined {
  const inputs = opts.inputs ?? {};
  const template = opts.template ?? {};
  const env = opts.env;
  const fe = opts.frontEnd ?? "action";
  const o = (name: string) => optionName(fe, name);

  // 1. GitHub OIDC (the action only).
  const roleInput = v(inputs.roleToAssume);
  const providerArn = v(inputs.oidcProviderArn);
  if (roleInput && providerArn) {
    const getIdToken = opts.getIdToken;
    if (!getIdToken)
      throw new CredentialsError(
        "Inputs 'role-to-assume' and 'oidc-provider-arn' ask for GitHub OIDC, which works only in a GitHub Actions job (use access keys or a profile elsewhere)",
      );
    const audience = v(inputs.audience) || DEFAULT_AUDIENCE;
    return {
      providerName: "oidc_role_arn",
      description: `GitHub OIDC (role ${roleInput}, provider ${providerArn}, audience ${audience})`,
      build: (ctx) =>
        oidcFetcher(
          ctx.sts,
          cachedTokenSource(() => getIdToken(audience), ctx.mask),
          { roleArn: roleInput, providerArn, sessionName, durationSeconds, policy },
          ctx.onAssumed,
        ),
    };
  }
  if (fe === "action")
    tried.push({
      source: "GitHub OIDC",
      why: roleInput
        ? "input 'oidc-provider-arn' is not set"
        : "inputs 'role-to-assume' and 'oidc-provider-arn' are not set",
      fix: "set 'role-to-assume' and 'oidc-provider-arn', and give the job 'permissions: id-token: write'",
    });

  // 2. Static keys: inputs, template, environment.
  const keys = staticKeys(inputs, template, env, tried, fe);
  if (keys) {
    for (const s of [keys.keys.accessKeyId, keys.keys.accessKeySecret, keys.keys.securityToken])
      if (s) mask(s);
    return {
      providerName: keys.keys.securityToken ? "static_sts" : "static_ak",
      description: keys.source,
      build: () => staticFetcher(keys.keys),
    };
  }

  // 3. CLI profile.
  const path = profilePath(
    v(template.sharedCredentialsFile) || v(env.ALICLOUD_SHARED_CREDENTIALS_FILE),
    opts.home,
  );
  const named: [string, string][] = [
    [v(inputs.profile), o("profile")],
    [
      v(template.profile),
      v(template.profile) === v(env.ALICLOUD_PROFILE) ? "ALICLOUD_PROFILE" : "template 'profile'",
    ],
    [v(env.ALICLOUD_PROFILE), "ALICLOUD_PROFILE"],
    [v(env.ALIBABA_CLOUD_PROFILE), "ALIBABA_CLOUD_PROFILE"],
  ];
  const chosen = named.find(([n]) => n !== "");
  const conf = readCliConfig(path);
  if (chosen && !conf)
    throw new CredentialsError(
      `Profile '${chosen[0]}' (${chosen[1]}) was asked for, but ${path} does not exist`,
    );
  if (conf) {
    const name = chosen?.[0] || v(conf.current);
    if (name) {
      const plan = profilePlan(conf, name, path, { mask, sessionDefault: sessionName });
      return {
        ...plan,
        description: `${plan.description}${chosen ? `, chosen by ${chosen[1]}` : ", its current profile"}`,
      };
    }
    tried.push({
      source: "Aliyun CLI profile",
      why: `no profile is named (${o("profile")}, template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} has no current profile`,
      fix:
        fe === "cli"
          ? "pass -profile with one of its profiles"
          : "set the 'profile' input to one of its profiles",
    });
  } else {
    tried.push({
      source: "Aliyun CLI profile",
      why: `no profile is named (${o("profile")}, template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} does not exist`,
      fix:
        fe === "cli"
          ? "run 'aliyun configure', or pass -profile and set the template's 'shared_credentials_file'"
          : "run 'aliyun configure' where the build runs, or set 'profile' and the template's 'shared_credentials_file'",
    });
  }

  // 5. ECS instance RAM role.
  const ecsRole = v(inputs.ecsRamRole) || v(template.ramRoleName);
  if (ecsRole) {
    const from = v(inputs.ecsRamRole) ? o("ecs-ram-role") : "template 'ram_role_name'";
    return {
      providerName: "ecs_ram_role",
      description: `ECS instance RAM role ${ecsRole} (${from}) from the metadata service`,
      build: (ctx) => ecsRamRoleFetcher(ctx.imds, ecsRole),
    };
  }
  tried.push({
    source: "ECS instance RAM role",
    why: `neither ${o("ecs-ram-role")} nor template 'ram_role_name' is set`,
    fix:
      fe === "cli"
        ? "on an ECS instance, pass -ecs-ram-role with the RAM role attached to the instance"
        : "on a self-hosted runner on an ECS instance, set 'ecs-ram-role' to the RAM role attached to the instance",
  });
  return undefined;
}

/** Source 2: the first complete pair of keys, with its token; partial pairs in inputs or template fail. */
function staticKeys(
  inputs: CredentialInputs,
  template: TemplateAccess,
  env: Record<string, string | undefined>,
  tried: Tried[],
  fe: FrontEnd,
): { keys: ResolvedKeys; source: string } | undefined {
  const id = v(inputs.accessKeyId);
  const secret = v(inputs.accessKeySecret);
  if (id || secret) {
    if (!id || !secret)
      throw new CredentialsError(
        `Input '${id ? "access-key-id" : "access-key-secret"}' is set but '${id ? "access-key-secret" : "access-key-id"}' is not: both are needed`,
      );
    const token = v(inputs.securityToken);
    return {
      keys: { accessKeyId: id, accessKeySecret: secret, securityToken: token || undefined },
      source: `access keys from inputs access-key-id/access-key-secret${token ? "/security-token" : ""}`,
    };
  }
  if (v(inputs.securityToken))
    throw new CredentialsError(
      "Input 'security-token' is set but 'access-key-id' and 'access-key-secret' are not",
    );

  const tId = v(template.accessKey);
  const tSecret = v(template.secretKey);
  const fromEnv = tId === v(env.ALICLOUD_ACCESS_KEY) && tSecret === v(env.ALICLOUD_SECRET_KEY);
  if (tId || tSecret) {
    if (!tId || !tSecret) {
      if (!fromEnv)
        throw new CredentialsError(
          `Template '${tId ? "access_key" : "secret_key"}' is set but '${tId ? "secret_key" : "access_key"}' is not (nor ${tId ? "ALICLOUD_SECRET_KEY" : "ALICLOUD_ACCESS_KEY"}): both are needed`,
        );
    } else {
      // The decoded template's security_token already falls back to SECURITY_TOKEN (as Packer's);
      // keys that came from ALICLOUD_* pair with ALICLOUD_SECURITY_TOKEN too.
      const token =
        v(template.securityToken) ||
        (fromEnv ? v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) : "") ||
        undefined;
      return {
        keys: { accessKeyId: tId, accessKeySecret: tSecret, securityToken: token },
        source: fromEnv
          ? `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}`
          : `access keys from the template's access_key/secret_key${token ? " with a security token" : ""}`,
      };
    }
  }
  const partial: string[] = [];
  const eId = v(env.ALICLOUD_ACCESS_KEY);
  const eSecret = v(env.ALICLOUD_SECRET_KEY);
  if (eId && eSecret) {
    const token = v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) || undefined;
    return {
      keys: { accessKeyId: eId, accessKeySecret: eSecret, securityToken: token },
      source: `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}`,
    };
  }
  if (eId || eSecret) partial.push(`only ${eId ? "ALICLOUD_ACCESS_KEY" : "ALICLOUD_SECRET_KEY"} is set`);
  const sId = v(env.ALIBABA_CLOUD_ACCESS_KEY_ID);
  const sSecret = v(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
  if (sId && sSecret) {
    const token = v(env.ALIBABA_CLOUD_SECURITY_TOKEN) || undefined;
    return {
      keys: { accessKeyId: sId, accessKeySecret: sSecret, securityToken: token },
      source: `access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET${token ? "/ALIBABA_CLOUD_SECURITY_TOKEN" : ""}`,
    };
  }
  if (sId || sSecret)
    partial.push(`only ${sId ? "ALIBABA_CLOUD_ACCESS_KEY_ID" : "ALIBABA_CLOUD_ACCESS_KEY_SECRET"} is set`);
  tried.push({
    source: "Access keys",
    why: partial.length
      ? partial.join("; ")
      : `${fe === "cli" ? "" : "inputs 'access-key-id'/'access-key-secret', "}template 'access_key'/'secret_key', ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY and ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set`,
    fix:
      fe === "cli"
        ? "export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or Packer's ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY)"
        : "pass 'access-key-id' and 'access-key-secret' from repository secrets (prefer GitHub OIDC: no stored keys)",
  });
  return undefined;
}
