/**
 * Credentials: the public API. `resolveCredentials()` turns every way a user authenticates into
 * one refreshing provider (an `@alicloud/credentials` `Credential`) plus the region.
 */
export {
  type CredentialInputs,
  DEFAULT_AUDIENCE,
  type FrontEnd,
  optionName,
  type ResolveCredentialsOptions,
  type ResolvedCredentials,
  resolveCredentials,
  type TemplateAccess,
} from "./chain.js";
export { resolveMetadataEndpoint, resolveStsEndpoint } from "./endpoints.js";
export { CredentialsError } from "./errors.js";
export { credentialVariables, EXPORTED_VARIABLES } from "./export.js";
export { ImdsClient } from "./imds.js";
export { RefreshingProvider } from "./refreshing.js";
export { type CallerIdentity, StsClient } from "./sts.js";
export { accessDiffers, NON_SECRET_ACCESS_FIELDS, templateAccessOf } from "./template-access.js";
export type { CredentialsLog, KeysProvider, MaskFn, ResolvedKeys } from "./types.js";
