/**
 * The access fields of a decoded builder config (keys, profile, roles, region) that the credential
 * chain reads, and whether several builds name different ones (both front ends resolve one set).
 */
import type { TemplateAccess } from "./chain.js";

/** The access fields that hold no secret: what the action's post step may keep in its state. */
export const NON_SECRET_ACCESS_FIELDS = [
  "region",
  "profile",
  "sharedCredentialsFile",
  "ramRoleName",
  "ramRoleArn",
  "ramSessionName",
] as const satisfies readonly (keyof TemplateAccess)[];

const FIELDS = [
  "accessKey",
  "secretKey",
  "securityToken",
  ...NON_SECRET_ACCESS_FIELDS,
] as const satisfies readonly (keyof TemplateAccess)[];

/** The access fields of one build's config (undefined fields left out). */
export function templateAccessOf(config: TemplateAccess | undefined): TemplateAccess {
  const out: TemplateAccess = {};
  for (const k of FIELDS) if (config?.[k] !== undefined) out[k] = config[k] as string;
  return out;
}

/** Whether the builds name different credentials (keys, profile, profile file or roles). */
export function accessDiffers(configs: (TemplateAccess | undefined)[]): boolean {
  const first = configs[0];
  return configs.some((c) =>
    (["accessKey", "profile", "sharedCredentialsFile", "ramRoleArn", "ramRoleName"] as const).some(
      (k) => c?.[k] !== first?.[k],
    ),
  );
}
