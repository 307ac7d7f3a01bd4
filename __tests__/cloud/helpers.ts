// A Cloud pointed at an in-process emulator, and a fake clock for backoff and timeouts.
import type { Emulator } from "../../emulator/index.js";
import type { Clock } from "../../src/cloud/clock.js";
import { Cloud, type CloudOptions } from "../../src/cloud/cloud.js";

/** A static credential (any object with getCredential() is accepted). */
export function staticCredential(emu: Emulator) {
  return {
    getCredential: async () => ({
      accessKeyId: emu.credentials.accessKeyId,
      accessKeySecret: emu.credentials.accessKeySecret,
      type: "access_key",
      providerName: "static_ak",
    }),
  };
}

/** A Cloud on the emulator through its environment variables, with fast backoff. */
export function emulatorCloud(emu: Emulator, opts: Partial<CloudOptions> = {}): Cloud {
  return new Cloud({
    credential: staticCredential(emu),
    region: "cn-hangzhou",
    env: emu.env,
    policy: { baseDelayMs: 5, maxDelayMs: 50 },
    ...opts,
  });
}

/** A clock whose sleeps advance time at once; `sleeps` lists every sleep. */
export function fakeClock(): Clock & { sleeps: number[]; t: number } {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    async sleep(ms: number, signal?: AbortSignal) {
      if (signal?.aborted) throw signal.reason;
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}
