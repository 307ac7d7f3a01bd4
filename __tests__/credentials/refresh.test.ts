// Refresh: temporary credentials are fetched again before they expire, during an operation that
// outlives them (against the emulator, which refuses expired tokens), and the refresh rules of
// the provider itself on a fake clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { RefreshingProvider, resolveCredentials } from "../../src/credentials/index.js";
import type { ResolvedKeys } from "../../src/credentials/types.js";
import {
  ACCOUNT,
  callerArn,
  capture,
  emulatorEnv,
  FAST_RETRY,
  githubToken,
  PROVIDER_ARN,
  ROLE_ARN,
  startStsEmulator,
  tempHome,
  trustedKey,
} from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startStsEmulator();
});
afterAll(async () => {
  await emu.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls STS with the credential every `everyMs` for `forMs`; returns the callers seen. */
async function longOperation(credential: unknown, forMs: number, everyMs = 250): Promise<string[]> {
  const callers: string[] = [];
  const end = Date.now() + forMs;
  while (Date.now() < end) {
    callers.push(await callerArn(emu, credential));
    await sleep(everyMs);
  }
  return callers;
}

describe("refresh during a long operation", () => {
  it("ECS RAM role credentials that live 3 s are refreshed and every call succeeds", async () => {
    emu.imds!.options.credentialSeconds = 3;
    try {
      const cap = capture();
      const r = await resolveCredentials({
        inputs: { ecsRamRole: "EmulatorRole" },
        env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
        home: tempHome(),
        mask: cap.mask,
        log: cap.log,
        retry: FAST_RETRY,
      });
      const first = (await r.keys()).accessKeyId;
      const callers = await longOperation(r.credential, 5000);
      expect(callers.length).toBeGreaterThan(10);
      expect(new Set(callers)).toEqual(
        new Set([`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/imds-i-emulatorhost0001`]),
      );
      expect(r.provider.fetches).toBeGreaterThanOrEqual(3);
      expect((await r.keys()).accessKeyId).not.toBe(first);
      expect(
        cap.lines.some((l) => l.startsWith("info: Refreshed ecs_ram_role credentials, valid until")),
      ).toBe(true);
      // The emulator refuses the first keys now: without the refresh the operation would have failed.
      expect(emu.calls({ code: "InvalidSecurityToken.Expired" })).toHaveLength(0);
    } finally {
      emu.imds!.options.credentialSeconds = 21600;
    }
  }, 20_000);

  it("an assumed role with a short session is assumed again; a GitHub OIDC session fetches a new token", async () => {
    // STS sessions last at least 900 s: the emulator's identity clock runs 897 s behind, so what
    // it issues expires 3 s from now on the real clock (which the signature check uses).
    const realNow = emu.identity.now;
    const lag = 897_000;
    emu.identity.now = () => Date.now() - lag;
    try {
      const cap = capture();
      const r = await resolveCredentials({
        inputs: {
          accessKeyId: emu.credentials.accessKeyId,
          accessKeySecret: emu.credentials.accessKeySecret,
          roleToAssume: ROLE_ARN,
          roleSessionName: "short",
          roleSessionExpiration: "900",
        },
        env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
        home: tempHome(),
        mask: cap.mask,
        log: cap.log,
        retry: FAST_RETRY,
      });
      const before = emu.calls({ action: "AssumeRole" }).length;
      const callers = await longOperation(r.credential, 4000);
      expect(new Set(callers)).toEqual(new Set([`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/short`]));
      expect(emu.calls({ action: "AssumeRole" }).length - before).toBeGreaterThanOrEqual(2);

      const key = trustedKey(emu, "refresh");
      let tokens = 0;
      const o = await resolveCredentials({
        inputs: {
          roleToAssume: ROLE_ARN,
          oidcProviderArn: PROVIDER_ARN,
          roleSessionName: "gh-short",
          roleSessionExpiration: "15m",
        },
        env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
        home: tempHome(),
        mask: cap.mask,
        log: cap.log,
        retry: FAST_RETRY,
        getIdToken: async () => {
          tokens++;
          // GitHub's tokens are short-lived too: this one has 60 s left on the emulator's clock.
          const now = Math.floor((Date.now() - lag) / 1000);
          return githubToken(key, { iat: now, nbf: now - 5, exp: now + 60 });
        },
      });
      const oidcCallers = await longOperation(o.credential, 4000);
      expect(new Set(oidcCallers)).toEqual(
        new Set([`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/gh-short`]),
      );
      expect(o.provider.fetches).toBeGreaterThanOrEqual(2);
      expect(tokens).toBe(o.provider.fetches);
    } finally {
      emu.identity.now = realNow;
    }
  }, 20_000);
});

describe("RefreshingProvider rules (fake clock)", () => {
  function setup(lifetimeMs: number | undefined, fail?: () => boolean) {
    let now = 1_000_000;
    let n = 0;
    const p = new RefreshingProvider({
      name: "test",
      now: () => now,
      fetch: async (): Promise<ResolvedKeys> => {
        if (fail?.()) throw new Error("STS is down");
        n++;
        return {
          accessKeyId: `id${n}`,
          accessKeySecret: "s",
          securityToken: lifetimeMs ? "t" : undefined,
          expiration: lifetimeMs ? new Date(now + lifetimeMs) : undefined,
        };
      },
    });
    return { p, advance: (ms: number) => (now += ms), count: () => n };
  }

  it("long-lived keys are fetched once", async () => {
    const { p, advance, count } = setup(undefined);
    await p.keys();
    advance(86_400_000);
    await p.keys();
    expect(count()).toBe(1);
  });

  it("refreshes when min(15 min, half the lifetime) remains", async () => {
    const hour = setup(3_600_000);
    expect((await hour.p.keys()).accessKeyId).toBe("id1");
    hour.advance(45 * 60_000 - 1);
    expect((await hour.p.keys()).accessKeyId).toBe("id1");
    hour.advance(1);
    expect((await hour.p.keys()).accessKeyId).toBe("id2");
    const short = setup(900_000);
    await short.p.keys();
    short.advance(450_000);
    expect((await short.p.keys()).accessKeyId).toBe("id2");
  });

  it("concurrent callers share one refresh", async () => {
    const { p, count } = setup(3_600_000);
    const all = await Promise.all([p.getCredentials(), p.getCredentials(), p.getCredentials()]);
    expect(count()).toBe(1);
    expect(all.map((c) => c.providerName)).toEqual(["test", "test", "test"]);
    expect(all[0].securityToken).toBe("t");
  });

  it("a failed refresh keeps keys that still work, and fails once they have expired", async () => {
    let down = false;
    const { p, advance } = setup(3_600_000, () => down);
    await p.keys();
    down = true;
    advance(50 * 60_000);
    expect((await p.keys()).accessKeyId).toBe("id1");
    advance(10 * 60_000);
    await expect(p.keys()).rejects.toThrow("STS is down");
    down = false;
    expect((await p.keys()).accessKeyId).toBe("id2");
  });
});
