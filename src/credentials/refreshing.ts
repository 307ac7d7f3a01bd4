/**
 * The one credentials provider of a build. Long-lived keys are handed out as they are; temporary
 * ones are fetched again before they expire (a build can outlive a one-hour STS session): when
 * less than min(15 min, half their lifetime) remains. Concurrent callers share one refresh; a
 * failed refresh keeps the old keys while they still work, and fails only once they are expired.
 */
import type { CredentialsLog, KeysFetcher, KeysProvider, ResolvedKeys } from "./types.js";

/** Settings of {@link RefreshingProvider}. */
export interface RefreshingOptions {
  /** Provider name reported to the SDK (`providerName`), e.g. `oidc_role_arn`. */
  name: string;
  fetch: KeysFetcher;
  /** Largest refresh window before expiry (ms). Default 15 minutes. */
  maxWindowMs?: number;
  /** Keys count as unusable this long before their expiration (ms). Default 5000. */
  marginMs?: number;
  /** Clock (ms); replaceable in tests. */
  now?: () => number;
  log?: CredentialsLog;
}

/** A `@alicloud/credentials`-compatible provider that refreshes temporary keys before they expire. */
export class RefreshingProvider implements KeysProvider {
  private current?: { keys: ResolvedKeys; fetchedAt: number; refreshAt: number };
  private inflight?: Promise<ResolvedKeys>;
  private readonly opts: RefreshingOptions;
  /** How many times keys were fetched (the first time included). */
  fetches = 0;

  constructor(opts: RefreshingOptions) {
    this.opts = opts;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** When keys fetched at `fetchedAt` should be fetched again (Infinity: never). */
  private refreshAt(keys: ResolvedKeys, fetchedAt: number): number {
    if (!keys.expiration) return Number.POSITIVE_INFINITY;
    const exp = keys.expiration.getTime();
    const lifetime = Math.max(0, exp - fetchedAt);
    return exp - Math.min(this.opts.maxWindowMs ?? 15 * 60_000, lifetime / 2);
  }

  private usable(keys: ResolvedKeys): boolean {
    return !keys.expiration || keys.expiration.getTime() - (this.opts.marginMs ?? 5000) > this.now();
  }

  private refresh(): Promise<ResolvedKeys> {
    this.inflight ??= (async () => {
      try {
        const keys = await this.opts.fetch();
        this.fetches++;
        const fetchedAt = this.now();
        this.current = { keys, fetchedAt, refreshAt: this.refreshAt(keys, fetchedAt) };
        if (this.fetches > 1)
          this.opts.log?.info(
            `Refreshed ${this.opts.name} credentials${keys.expiration ? `, valid until ${keys.expiration.toISOString()}` : ""}`,
          );
        return keys;
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }

  /** Current keys, refreshed first when they are due. */
  async keys(): Promise<ResolvedKeys> {
    const cur = this.current;
    if (cur && this.now() < cur.refreshAt) return cur.keys;
    try {
      return await this.refresh();
    } catch (err) {
      if (cur && this.usable(cur.keys)) {
        // Try again after a short pause, not on every call.
        cur.refreshAt = Math.min(cur.keys.expiration?.getTime() ?? 0, this.now() + 10_000);
        this.opts.log?.warning?.(
          `Refreshing ${this.opts.name} credentials failed (${err instanceof Error ? err.message : String(err)}); using the current ones until ${cur.keys.expiration?.toISOString()}`,
        );
        return cur.keys;
      }
      throw err;
    }
  }

  /** `CredentialsProvider.getCredentials()` of `@alicloud/credentials`. */
  async getCredentials(): Promise<ResolvedKeys & { providerName: string; securityToken: string }> {
    const k = await this.keys();
    return { ...k, securityToken: k.securityToken ?? "", providerName: this.opts.name };
  }

  /** `CredentialsProvider.getProviderName()`. */
  getProviderName(): string {
    return this.opts.name;
  }

  /** When the current keys expire (undefined: long-lived or not fetched yet). */
  get expiration(): Date | undefined {
    return this.current?.keys.expiration;
  }
}
