// The action's reuse store on the Actions cache: a no-op without the cache service, a round trip
// with one (the cache API replaced by an in-memory one that stores the files it is given).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { actionsCacheStore, type CacheApi, reuseCacheKey } from "../../src/github/reuse-cache.js";

const FP = "a".repeat(64);

/** An in-memory cache service: entries keyed by key, holding the files' contents. */
function memoryCache() {
  const entries = new Map<string, Map<string, string>>();
  const api: CacheApi = {
    isFeatureAvailable: () => true,
    async saveCache(paths, key) {
      if (entries.has(key))
        throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      entries.set(key, new Map(paths.map((p) => [p, readFileSync(p, "utf8")])));
      return 1;
    },
    async restoreCache(paths, key) {
      const e = entries.get(key);
      if (!e) return undefined;
      for (const p of paths) {
        const text = e.get(p);
        if (text === undefined) return undefined;
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
      return key;
    },
  };
  return { api, entries };
}

describe("actionsCacheStore", () => {
  it("without the cache service it does nothing and says so once at debug level", async () => {
    const debug: string[] = [];
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    const store = actionsCacheStore({
      dir: mkdtempSync(join(tmpdir(), "reuse-cache-")),
      debug: (m) => debug.push(m),
    });
    await store.set(FP, { "cn-hangzhou": "m-1" });
    expect(await store.get(FP)).toBeUndefined();
    expect(debug).toEqual([
      "Reuse cache: the Actions cache service is not available; images are looked up by tag",
    ]);
  });

  it("remembers images by fingerprint between runs (a fresh directory restores them)", async () => {
    const { api, entries } = memoryCache();
    const dir = join(mkdtempSync(join(tmpdir(), "reuse-cache-")), "store");
    const images = { "cn-hangzhou": "m-1", "cn-beijing": "m-2" };
    await actionsCacheStore({ dir, cache: api, debug: () => {} }).set(FP, images);
    expect([...entries.keys()]).toEqual([reuseCacheKey(FP)]);
    expect(reuseCacheKey(FP)).toBe(`image-build-reuse-${FP}`);
    // The next run: same path, nothing on disk yet.
    const { rmSync } = await import("node:fs");
    rmSync(dir, { recursive: true, force: true });
    const next = actionsCacheStore({ dir, cache: api, debug: () => {} });
    expect(await next.get(FP)).toEqual(images);
    expect(await next.get("b".repeat(64))).toBeUndefined();
  });

  it("a record that is not for this fingerprint, or unreadable, is ignored", async () => {
    const { api, entries } = memoryCache();
    const dir = mkdtempSync(join(tmpdir(), "reuse-cache-"));
    const debug: string[] = [];
    const path = join(dir, `${FP}.json`);
    entries.set(
      reuseCacheKey(FP),
      new Map([[path, JSON.stringify({ fingerprint: "other", images: { r: "m" } })]]),
    );
    const store = actionsCacheStore({ dir, cache: api, debug: (m) => debug.push(m) });
    expect(await store.get(FP)).toBeUndefined();
    entries.set(reuseCacheKey(FP), new Map([[path, "{not json"]]));
    expect(await store.get(FP)).toBeUndefined();
    expect(debug[0]).toContain("is not one of ours");
    expect(debug[1]).toContain(`Reuse cache: restoring ${FP} failed:`);
  });

  it("a failing cache service never throws: saving twice, restoring with an error", async () => {
    const { api } = memoryCache();
    const debug: string[] = [];
    const store = actionsCacheStore({
      dir: mkdtempSync(join(tmpdir(), "reuse-cache-")),
      cache: { ...api, restoreCache: async () => Promise.reject(new Error("network down")) },
      debug: (m) => debug.push(m),
    });
    await store.set(FP, { r: "m-1" });
    await expect(store.set(FP, { r: "m-1" })).resolves.toBeUndefined();
    expect(debug.at(-1)).toContain("Unable to reserve cache");
    expect(await store.get(FP)).toBeUndefined();
    expect(debug.at(-1)).toContain("network down");
  });
});
