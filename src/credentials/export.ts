/**
 * The environment variables resolved credentials are exported as, for later workflow steps:
 * the SDK/CLI names (`ALIBABA_CLOUD_*`) and the Terraform/Packer names (`ALICLOUD_*`).
 */
import type { ResolvedKeys } from "./types.js";

/** Every variable `credentialVariables` may set; the post step blanks all of them. */
export const EXPORTED_VARIABLES = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "ALIBABA_CLOUD_REGION_ID",
  "ALICLOUD_ACCESS_KEY",
  "ALICLOUD_SECRET_KEY",
  "ALICLOUD_SECURITY_TOKEN",
  "ALICLOUD_REGION",
] as const;

/**
 * The variables for `keys` in `region`. The token variables are set to `""` for long-lived keys,
 * so an older token in the job's environment cannot pair with the new keys.
 */
export function credentialVariables(keys: ResolvedKeys, region: string): Record<string, string> {
  const token = keys.securityToken ?? "";
  return {
    ALIBABA_CLOUD_ACCESS_KEY_ID: keys.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: keys.accessKeySecret,
    ALIBABA_CLOUD_SECURITY_TOKEN: token,
    ALIBABA_CLOUD_REGION_ID: region,
    ALICLOUD_ACCESS_KEY: keys.accessKeyId,
    ALICLOUD_SECRET_KEY: keys.accessKeySecret,
    ALICLOUD_SECURITY_TOKEN: token,
    ALICLOUD_REGION: region,
  };
}
