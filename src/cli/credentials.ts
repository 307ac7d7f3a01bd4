/**
 * The CLI's credentials: the same chain as the action (src/credentials/chain.ts), fed by the
 * environment, the aliyun CLI profile and these flags (every action input but the OIDC ones;
 * access keys only from the environment, where a process list does not show them).
 */

import type { BuilderConfig } from "../builders/builder.js";
import type { TemplateAccess } from "../credentials/index.js";
import {
  accessDiffers,
  type CredentialInputs,
  type ResolvedCredentials,
  resolveCredentials,
  templateAccessOf,
} from "../credentials/index.js";
import type { Ui } from "../ui/ui.js";
import type { FlagSpec, ParsedFlags } from "./flags.js";

/** Flags of `build` that choose credentials (names as the action's inputs). */
export const CREDENTIAL_FLAGS: FlagSpec[] = [
  {
    name: "profile",
    kind: "string",
    placeholder: "NAME",
    help: "aliyun CLI profile (~/.aliyun/config.json); default ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE, the current one.",
  },
  {
    name: "role-to-assume",
    kind: "string",
    placeholder: "ARN",
    help: "RAM role to assume (STS AssumeRole) with the credentials found.",
  },
  {
    name: "role-session-name",
    kind: "string",
    placeholder: "NAME",
    help: "Session name of the assumed role.",
  },
  {
    name: "role-session-expiration",
    kind: "string",
    placeholder: "SECONDS",
    help: "Lifetime of the role session, 900..43200 s or a duration (1h).",
  },
  {
    name: "role-external-id",
    kind: "string",
    placeholder: "ID",
    help: "External id the role's trust policy asks for.",
  },
  {
    name: "role-policy",
    kind: "string",
    placeholder: "JSON",
    help: "Inline session policy of the assumed role.",
  },
  {
    name: "ecs-ram-role",
    kind: "string",
    placeholder: "NAME",
    help: "RAM role of the ECS instance running the build (metadata service).",
  },
  {
    name: "region",
    kind: "string",
    placeholder: "REGION",
    help: "Region, over the template's and ALICLOUD_REGION.",
  },
  {
    name: "sts-endpoint",
    kind: "string",
    placeholder: "HOST",
    help: "STS endpoint (host[:port], a URL, or vpc); default IMAGE_BUILD_STS_ENDPOINT, sts.<region>.aliyuncs.com.",
  },
];

/** The credential options the flags set. */
export function credentialInputsOf(flags: ParsedFlags): CredentialInputs {
  const f = (name: string) => flags.values.get(name);
  return {
    profile: f("profile"),
    roleToAssume: f("role-to-assume"),
    roleSessionName: f("role-session-name"),
    roleSessionExpiration: f("role-session-expiration"),
    roleExternalId: f("role-external-id"),
    rolePolicy: f("role-policy"),
    ecsRamRole: f("ecs-ram-role"),
    region: f("region"),
    stsEndpoint: f("sts-endpoint"),
  };
}

/**
 * Resolves the build's credentials through the chain; says which source and region it used.
 * Throws the chain's error (every source tried, why, how to fix it) when none applies.
 */
export async function resolveCliCredentials(opts: {
  inputs: CredentialInputs;
  template: TemplateAccess;
  env: Record<string, string | undefined>;
  home: string;
  mask: (secret: string) => void;
  ui: Ui;
}): Promise<ResolvedCredentials> {
  if (opts.inputs.roleExternalId) opts.mask(opts.inputs.roleExternalId);
  const resolved = await resolveCredentials({
    frontEnd: "cli",
    inputs: opts.inputs,
    template: opts.template,
    env: opts.env,
    home: opts.home,
    mask: opts.mask,
    log: { info: (m) => opts.ui.message(m), warning: (m) => opts.ui.error(m) },
  });
  opts.ui.say(`Credentials: ${resolved.source}`);
  opts.ui.say(`Region: ${resolved.region} (from ${resolved.regionSource})`);
  return resolved;
}

/**
 * The credentials of a run of several builds (`build`, `prune`): the action's chain, resolved once
 * for every build from the flags, the first build's access fields and the environment; says so
 * when the builds name different credentials. Secrets met on the way go to `secrets`.
 */
export async function resolveBuildsCredentials(o: {
  builds: readonly { name: string; builder: { config: BuilderConfig } }[];
  flags: ParsedFlags;
  env: Record<string, string | undefined>;
  home: string;
  secrets: Set<string>;
  ui: Ui;
}): Promise<ResolvedCredentials> {
  const configs = o.builds.map((b) => b.builder.config);
  if (accessDiffers(configs))
    o.ui.error(
      `The builds name different credentials; image-build uses one set for all of them, those of build '${o.builds[0].name}'`,
    );
  return resolveCliCredentials({
    inputs: credentialInputsOf(o.flags),
    template: templateAccessOf(configs[0]),
    env: o.env,
    home: o.home,
    mask: (s) => {
      if (s) o.secrets.add(s);
    },
    ui: o.ui,
  });
}
