/**
 * Shapes shared by the credential providers: resolved credentials, the provider interface that
 * `@alicloud/credentials`' `Credential` wraps, and the logger and secret-masking callbacks.
 */

/** One set of credentials. `expiration` is set for temporary (STS) credentials. */
export interface ResolvedKeys {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS security token; undefined for long-lived AccessKeys. */
  securityToken?: string;
  /** When temporary credentials stop working. */
  expiration?: Date;
}

/**
 * A credentials provider in `@alicloud/credentials`' `CredentialsProvider` form
 * (`getCredentials()` + `getProviderName()`), so `new Credential(null, provider)` wraps it.
 */
export interface KeysProvider {
  getCredentials(): Promise<ResolvedKeys & { providerName: string; securityToken: string }>;
  getProviderName(): string;
}

/** Fetches fresh credentials once (one STS call, one metadata read…); wrapped by a refreshing provider. */
export type KeysFetcher = () => Promise<ResolvedKeys>;

/** Registers a secret with the output masker; called the moment a secret is known. */
export type MaskFn = (secret: string) => void;

/** Where progress lines go (never a secret: every value is masked first). */
export interface CredentialsLog {
  info(message: string): void;
  warning?(message: string): void;
  debug?(message: string): void;
}
