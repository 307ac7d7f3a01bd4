/**
 * The reuse store of the action: fingerprint → images kept in the Actions cache between runs
 * (key `image-build-reuse-<fingerprint>`, one small JSON file). It is only a fast path: the engine
 * confirms every answer with one DescribeImages per region. Without the cache service (tests, the
 * demo, a runner without it) or when it fails, it does nothing and says so at debug level; it
 * never fails a build.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as cache from "@actions/cache";
import * as core from "@actions/core";
import type { ReuseStore } from "../engine/reuse.js";

/** The cache functions the store uses (the `@actions/cache` module by default). */
export type CacheApi = Pick<typeof cache, "isFeatureAvailable" | "restoreCache" | "saveCache">;

// @actions/cache (with its Azure storage and HTTP clients) is loaded when the store is first used,
// and only on a runner with a cache service: the action starts without it (see docs/bundles.md).
let actionsCache: Promise<CacheApi> | undefined;
const loadActionsCache = (): Promise<CacheApi> => {
  actionsCache ??= import("@actions/cache");
  return actionsCache;
};
/** Neither of the cache service's URLs (v1 or v2): @actions/cache would say unavailable. */
const noCacheService = () => !process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL;

/** Options of {@link actionsCacheStore}. */
export interface ActionsCacheStoreOptions {
  /** Where the record files live (the same path on every run); default `$RUNNER_TEMP/image-build-reuse`. */
  dir?: string;
  /** Debug lines; default core.debug. */
  debug?: (message: string) => void;
  /** The cache API; default `@actions/cache`. */
  cache?: CacheApi;
}

/** The cache key of a fingerprint. */
export const reuseCacheKey = (fingerprint: string) => `image-build-reuse-${fingerprint}`;

interface Record_ {
  fingerprint: string;
  images: Record<string, string>;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** A ReuseStore on the Actions cache; a no-op (with a debug line) when the service is unavailable. */
export function actionsCacheStore(o: ActionsCacheStoreOptions = {}): ReuseStore {
  const debug = o.debug ?? ((m: string) => core.debug(m));
  const dir = o.dir ?? join(process.env.RUNNER_TEMP || tmpdir(), "image-build-reuse");
  const file = (fingerprint: string) => join(dir, `${fingerprint}.json`);
  let said = false;
  /** The cache API when the service is available, else undefined. */
  const available = async (): Promise<CacheApi | undefined> => {
    let api: CacheApi | undefined;
    try {
      api = o.cache ?? (noCacheService() ? undefined : await loadActionsCache());
      if (api && !api.isFeatureAvailable()) api = undefined;
    } catch {
      api = undefined;
    }
    if (!api && !said) {
      said = true;
      debug("Reuse cache: the Actions cache service is not available; images are looked up by tag");
    }
    return api;
  };
  return {
    async get(fingerprint) {
      const api = await available();
      if (!api) return undefined;
      try {
        const hit = await api.restoreCache([file(fingerprint)], reuseCacheKey(fingerprint));
        if (!hit) {
          debug(`Reuse cache: no record for ${fingerprint}`);
          return undefined;
        }
        const r = JSON.parse(await readFile(file(fingerprint), "utf8")) as Partial<Record_>;
        const images = r.images;
        const valid =
          r.fingerprint === fingerprint &&
          images !== null &&
          typeof images === "object" &&
          Object.values(images).every((v) => typeof v === "string" && v !== "");
        if (!valid) {
          debug(`Reuse cache: the record for ${fingerprint} is not one of ours; ignored`);
          return undefined;
        }
        return { ...images };
      } catch (err) {
        debug(`Reuse cache: restoring ${fingerprint} failed: ${messageOf(err)}`);
        return undefined;
      }
    },
    async set(fingerprint, images) {
      const api = await available();
      if (!api) return;
      try {
        await mkdir(dir, { recursive: true });
        const record: Record_ = { fingerprint, images };
        await writeFile(file(fingerprint), `${JSON.stringify(record)}\n`);
        await api.saveCache([file(fingerprint)], reuseCacheKey(fingerprint));
      } catch (err) {
        // An entry that exists already (ReserveCacheError), a read-only token, a network error.
        debug(`Reuse cache: saving ${fingerprint} failed: ${messageOf(err)}`);
      }
    },
  };
}
