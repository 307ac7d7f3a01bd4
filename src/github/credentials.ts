/**
 * The action's credentials: reading the credential inputs (masking secrets as they are read),
 * resolving them with the engine's chain, logging the source and region, exporting the keys for
 * later steps when `export-credentials` is true, and blanking them again in the post step.
 */
import { homedir } from "node:os";
import * as core from "@actions/core";
import {
  type CredentialInputs,
  credentialVariables,
  EXPORTED_VARIABLES,
  type ResolvedCredentials,
  resolveCredentials,
  type TemplateAccess,
} from "../credentials/index.js";
import { booleanInput, input } from "./inputs.js";
import { addMask } from "./mask.js";
import { githubIdToken } from "./oidc.js";
import { type SavedCredentials, saveCredentialsState } from "./run-state.js";

/** State key the post step reads to know that variables were exported. */
const EXPORTED_STATE = "credentials-exported";

/** The credential inputs; secret ones are masked before anything else happens. */
export function readCredentialInputs(): CredentialInputs {
  const inputs: CredentialInputs = {
    roleToAssume: input("role-to-assume"),
    oidcProviderArn: input("oidc-provider-arn"),
    audience: input("audience"),
    roleSessionName: input("role-session-name"),
    roleSessionExpiration: input("role-session-expiration"),
    roleExternalId: input("role-external-id"),
    rolePolicy: input("role-policy"),
    accessKeyId: input("access-key-id"),
    accessKeySecret: input("access-key-secret"),
    securityToken: input("security-token"),
    profile: input("profile"),
    ecsRamRole: input("ecs-ram-role"),
    region: input("region"),
    stsEndpoint: input("sts-endpoint"),
  };
  for (const s of [inputs.accessKeyId, inputs.accessKeySecret, inputs.securityToken, inputs.roleExternalId])
    if (s) addMask(s);
  return inputs;
}

/**
 * Resolves the build's credentials from the inputs, the template's access fields and the
 * environment, and saves what the post step needs to resolve them again (no secret).
 */
export async function resolveActionCredentials(template: TemplateAccess = {}): Promise<ResolvedCredentials> {
  const resolved = await resolveFrom(template);
  for (const w of unusedCredentialInputs(readCredentialInputs(), resolved)) core.warning(w);
  saveCredentialsState(
    template,
    resolved.region,
    resolved.source.startsWith("access keys from the template's"),
  );
  return resolved;
}

/**
 * The post step's credentials: the inputs (the post step gets them too), the template's access
 * fields the main step saved and the environment; the template itself is not read again. Keys
 * written in the template are not saved, so then only the other sources can apply.
 */
export async function resolvePostCredentials(
  saved: SavedCredentials | undefined,
): Promise<ResolvedCredentials> {
  try {
    return await resolveFrom({ ...saved?.template, region: saved?.template.region || saved?.region });
  } catch (err) {
    if (saved?.templateKeys && err instanceof Error)
      err.message += `\nThe main step used the template's access_key/secret_key, which are not saved for the post step (its state holds no secret): pass them as the 'access-key-id' and 'access-key-secret' inputs, or in ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY.`;
    throw err;
  }
}

async function resolveFrom(template: TemplateAccess): Promise<ResolvedCredentials> {
  const inputs = readCredentialInputs();
  const resolved = await resolveCredentials({
    inputs,
    template,
    env: process.env,
    home: process.env.HOME || homedir(),
    getIdToken: githubIdToken(process.env),
    mask: (secret) => addMask(secret),
    log: {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      debug: (m) => core.debug(m),
    },
  });
  core.info(`Credentials: ${resolved.source}`);
  core.info(`Region: ${resolved.region} (from ${resolved.regionSource})`);
  return resolved;
}

/** Whether `export-credentials` is true. */
export function exportRequested(): boolean {
  return booleanInput("export-credentials", false);
}

/**
 * Exports the current keys as ALIBABA_CLOUD_* and ALICLOUD_* variables (each secret masked first)
 * and records that the post step must blank them. Temporary keys stop working when they expire.
 */
export async function exportCredentials(resolved: ResolvedCredentials): Promise<void> {
  const keys = await resolved.keys();
  const vars = credentialVariables(keys, resolved.region);
  for (const s of [keys.accessKeyId, keys.accessKeySecret, keys.securityToken]) if (s) addMask(s);
  core.saveState(EXPORTED_STATE, "true");
  for (const [name, value] of Object.entries(vars)) core.exportVariable(name, value);
  core.info(
    `Exported the credentials as ${EXPORTED_VARIABLES.join(", ")}${
      keys.expiration ? ` (temporary: valid until ${keys.expiration.toISOString()})` : ""
    }`,
  );
}

/** Post step: blanks the variables `exportCredentials` set (a step cannot unset a variable; SDKs treat "" as unset). */
export function blankExportedCredentials(): void {
  if (core.getState(EXPORTED_STATE) !== "true") return;
  for (const name of EXPORTED_VARIABLES) core.exportVariable(name, "");
  core.info("Blanked the exported credential variables");
}

/** Warnings naming each credential input the chain did not use (the credentials came from elsewhere). */
export function unusedCredentialInputs(inputs: CredentialInputs, resolved: ResolvedCredentials): string[] {
  const out: string[] = [];
  const unused = (name: string) =>
    `Input '${name}' is set but not used: the credentials come from ${resolved.source}`;
  if (inputs.profile && !resolved.source.startsWith("Aliyun CLI profile")) out.push(unused("profile"));
  if (inputs.ecsRamRole && !resolved.source.startsWith("ECS instance RAM role"))
    out.push(unused("ecs-ram-role"));
  if (inputs.roleExternalId && (!inputs.roleToAssume || inputs.oidcProviderArn))
    out.push(
      "Input 'role-external-id' is set but not used: it applies only to 'role-to-assume' without 'oidc-provider-arn' (STS AssumeRole)",
    );
  return out;
}
