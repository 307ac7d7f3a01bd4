/**
 * Identities the emulator knows: accounts with their AccessKeys, RAM roles, OIDC providers and the
 * STS credentials issued for assumed roles. Implements the wire layer's `CredentialStore`.
 *
 * The default account (documented in emulator/README.md) is account `1234567890123456` with the
 * local-only key `EMULATORACCESSKEY` / `EmulatorAccessKeySecretNotForRealUse`.
 */
import { type JsonWebKey, randomBytes } from "node:crypto";
import type { CredentialRecord, CredentialStore } from "../types.js";

/** The default account id (below 2^53 so SDK number fields keep it exact). */
export const DEFAULT_ACCOUNT_ID = "1234567890123456";
/** The default account's AccessKey id (deliberately not shaped like a real `LTAI…` key). */
export const DEFAULT_ACCESS_KEY_ID = "EMULATORACCESSKEY";
/** The default account's AccessKey secret. */
export const DEFAULT_ACCESS_KEY_SECRET = "EmulatorAccessKeySecretNotForRealUse";
/** The role attached to the emulated machine and registered in the default account. */
export const DEFAULT_ROLE_NAME = "EmulatorRole";
/** The OIDC provider registered in the default account. */
export const DEFAULT_OIDC_PROVIDER = "GitHubActions";
export const DEFAULT_OIDC_ISSUER = "https://token.actions.githubusercontent.com";

/** A RAM role. */
export interface RoleConfig {
  name: string;
  /** Max session duration (s), 3600..43200; default 3600. */
  maxSessionDuration?: number;
  /**
   * Trust policy, minimal: account ids or ARNs allowed to assume it with AccessKeys (default: the
   * role's own account), OIDC provider ARNs allowed (default: every provider of the account),
   * and an ExternalId the caller must pass.
   */
  trustedPrincipals?: string[];
  trustedOidcProviders?: string[];
  externalId?: string;
}

/** An OIDC identity provider: issuer, accepted audiences (client ids) and JWKS keys. */
export interface OidcProviderConfig {
  name: string;
  issuerUrl: string;
  clientIds: string[];
  /** Public keys as JWKs (RSA for RS256, EC P-256 for ES256); `kid` selects one. */
  jwks: JsonWebKey[];
}

/** A RAM user with its own key. */
export interface RamUserConfig {
  name: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** An account's configuration. */
export interface AccountConfig {
  accountId: string;
  accessKeyId: string;
  accessKeySecret: string;
  users?: RamUserConfig[];
  roles?: RoleConfig[];
  oidcProviders?: OidcProviderConfig[];
}

/** A role as stored. */
export interface RoleRecord extends Required<Omit<RoleConfig, "externalId" | "trustedOidcProviders">> {
  accountId: string;
  arn: string;
  roleId: string;
  externalId?: string;
  trustedOidcProviders?: string[];
}

/** An OIDC provider as stored. */
export interface OidcProviderRecord extends OidcProviderConfig {
  accountId: string;
  arn: string;
}

/** Issued STS credentials. */
export interface StsCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  /** `YYYY-MM-DDTHH:mm:ssZ` */
  expiration: string;
  expiresAt: number;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function randomString(n: number): string {
  const bytes = randomBytes(n);
  let s = "";
  for (const b of bytes) s += ALNUM[b % ALNUM.length];
  return s;
}

/** ISO time without milliseconds, as STS writes `Expiration`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The default account: one key, one role (`EmulatorRole`), one OIDC provider (`GitHubActions`, no keys until added). */
export function defaultAccount(): AccountConfig {
  return {
    accountId: DEFAULT_ACCOUNT_ID,
    accessKeyId: DEFAULT_ACCESS_KEY_ID,
    accessKeySecret: DEFAULT_ACCESS_KEY_SECRET,
    roles: [{ name: DEFAULT_ROLE_NAME, maxSessionDuration: 43200 }],
    oidcProviders: [
      {
        name: DEFAULT_OIDC_PROVIDER,
        issuerUrl: DEFAULT_OIDC_ISSUER,
        clientIds: ["sts.aliyuncs.com"],
        jwks: [],
      },
    ],
  };
}

/** Accounts, keys, roles, OIDC providers and STS sessions; the emulator's `CredentialStore`. */
export class IdentityStore implements CredentialStore {
  private readonly keys = new Map<string, CredentialRecord>();
  private readonly roles = new Map<string, RoleRecord>();
  private readonly providers = new Map<string, OidcProviderRecord>();
  private readonly accounts = new Map<string, AccountConfig>();
  private readonly usedNonces = new Map<string, number>();
  /** Clock (ms); replaceable for tests. */
  now: () => number = Date.now;

  constructor(accounts: AccountConfig[] = [defaultAccount()]) {
    for (const a of accounts) this.addAccount(a);
  }

  /** Adds an account with its key, users, roles and providers. */
  addAccount(account: AccountConfig): void {
    this.accounts.set(account.accountId, account);
    this.keys.set(account.accessKeyId, {
      accessKeyId: account.accessKeyId,
      accessKeySecret: account.accessKeySecret,
      caller: {
        accountId: account.accountId,
        arn: `acs:ram::${account.accountId}:root`,
        identityType: "Account",
      },
    });
    for (const u of account.users ?? []) {
      this.keys.set(u.accessKeyId, {
        accessKeyId: u.accessKeyId,
        accessKeySecret: u.accessKeySecret,
        caller: {
          accountId: account.accountId,
          arn: `acs:ram::${account.accountId}:user/${u.name}`,
          identityType: "RAMUser",
        },
      });
    }
    for (const r of account.roles ?? []) this.addRole(account.accountId, r);
    for (const p of account.oidcProviders ?? []) this.addOidcProvider(account.accountId, p);
  }

  /** Account ids known. */
  accountIds(): string[] {
    return [...this.accounts.keys()];
  }

  /** Adds (or replaces) a RAM role; returns it. */
  addRole(accountId: string, role: RoleConfig): RoleRecord {
    const arn = `acs:ram::${accountId}:role/${role.name.toLowerCase()}`;
    const record: RoleRecord = {
      name: role.name,
      maxSessionDuration: role.maxSessionDuration ?? 3600,
      trustedPrincipals: role.trustedPrincipals ?? [accountId],
      trustedOidcProviders: role.trustedOidcProviders,
      externalId: role.externalId,
      accountId,
      arn,
      roleId: `3${accountId.slice(-6)}${String(this.roles.size + 1).padStart(11, "0")}`,
    };
    this.roles.set(arn, record);
    return record;
  }

  /** The role with this ARN (role names are case-insensitive, as in RAM). */
  findRole(arn: string): RoleRecord | undefined {
    const m = /^acs:ram::(\d+):role\/(.+)$/.exec(arn);
    if (!m) return undefined;
    return this.roles.get(`acs:ram::${m[1]}:role/${m[2].toLowerCase()}`);
  }

  /** Adds (or replaces) an OIDC provider; returns it. */
  addOidcProvider(accountId: string, provider: OidcProviderConfig): OidcProviderRecord {
    const arn = `acs:ram::${accountId}:oidc-provider/${provider.name}`;
    const record = {
      ...provider,
      jwks: [...provider.jwks],
      clientIds: [...provider.clientIds],
      accountId,
      arn,
    };
    this.providers.set(arn, record);
    return record;
  }

  /** The OIDC provider with this ARN. */
  findOidcProvider(arn: string): OidcProviderRecord | undefined {
    return this.providers.get(arn);
  }

  /** Adds a public JWK to a provider's JWKS; throws when the provider does not exist. */
  addOidcKey(providerArn: string, jwk: JsonWebKey): void {
    const p = this.providers.get(providerArn);
    if (!p) throw new Error(`no OIDC provider ${providerArn}`);
    p.jwks.push(jwk);
  }

  /** Accounts, users, roles and OIDC providers, without any secret (for `GET /_emulator/identity`). */
  describe(): unknown {
    return {
      accounts: [...this.accounts.values()].map((a) => ({
        accountId: a.accountId,
        accessKeyId: a.accessKeyId,
        users: (a.users ?? []).map((u) => ({ name: u.name, accessKeyId: u.accessKeyId })),
      })),
      roles: [...this.roles.values()],
      oidcProviders: [...this.providers.values()].map((p) => ({
        ...p,
        jwks: p.jwks.map((k) => ({ kid: (k as { kid?: string }).kid, kty: k.kty })),
      })),
    };
  }

  /** `CredentialStore`: the key record, or undefined. */
  lookup(accessKeyId: string): CredentialRecord | undefined {
    return this.keys.get(accessKeyId);
  }

  /**
   * Issues STS credentials for a role session (AssumeRole, AssumeRoleWithOIDC, IMDS). `expiresAt`
   * may be given directly (tests use a past time to get an expired token).
   */
  issueStsCredentials(
    role: RoleRecord,
    sessionName: string,
    opts: { durationSeconds?: number; expiresAt?: number } = {},
  ): StsCredentials {
    const now = this.now();
    const expiresAt = opts.expiresAt ?? now + (opts.durationSeconds ?? 3600) * 1000;
    const accessKeyId = `STS.${randomString(25)}`;
    const accessKeySecret = randomString(44);
    const securityToken = `CAIS${randomBytes(180).toString("base64").replace(/[+/=]/g, "")}`;
    this.keys.set(accessKeyId, {
      accessKeyId,
      accessKeySecret,
      securityToken,
      expiresAt,
      caller: {
        accountId: role.accountId,
        arn: `acs:ram::${role.accountId}:assumed-role/${role.name}/${sessionName}`,
        identityType: "AssumedRoleUser",
        roleName: role.name,
        roleSessionName: sessionName,
      },
    });
    this.pruneExpired(now);
    return { accessKeyId, accessKeySecret, securityToken, expiresAt, expiration: isoSeconds(expiresAt) };
  }

  /** Drops STS keys that expired more than a day ago (keeps recent ones so they answer `.Expired`). */
  private pruneExpired(now: number): void {
    if (this.keys.size < 10_000) return;
    for (const [id, rec] of this.keys)
      if (rec.expiresAt !== undefined && rec.expiresAt < now - 86_400_000) this.keys.delete(id);
  }

  /** Records a signature nonce; false when it was already used (within 15 minutes). */
  useNonce(accessKeyId: string, nonce: string): boolean {
    const now = this.now();
    const key = `${accessKeyId}\n${nonce}`;
    const seen = this.usedNonces.get(key);
    if (seen !== undefined && now - seen < 900_000) return false;
    this.usedNonces.set(key, now);
    if (this.usedNonces.size > 100_000) {
      for (const [k, t] of this.usedNonces) if (now - t >= 900_000) this.usedNonces.delete(k);
    }
    return true;
  }
}
