// CreateKeyPair has no ClientToken: its deterministic name makes it idempotent. The emulator
// holds the first CreateKeyPair past the client's read timeout, so the SDK gives up and the
// retry policy tries again while the first call is still on its way.
import * as $Ecs from "@alicloud/ecs20140526";
import ssh2 from "ssh2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { AlicloudBuildContext } from "../../src/builders/alicloud-ecs/context.js";
import { keyPair } from "../../src/builders/alicloud-ecs/steps/key-pair.js";
import type { Cloud } from "../../src/cloud/cloud.js";
import { ResourceLedger } from "../../src/pipeline/ledger.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { emulatorCloud } from "../cloud/helpers.js";

// Generous: the emulator makes a real RSA key per CreateKeyPair, which takes a second or more on
// a loaded machine; the delays below are placed relative to it.
const READ_TIMEOUT_MS = 5000;

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => emu.faults.clear());

let runs = 0;
function context(cloud: Cloud) {
  const name = `packer_idem_${++runs}`;
  const ctx = {
    config: {
      comm: {
        type: "ssh",
        ssh: { privateKeyFile: "", agentAuth: false, keypairName: "", temporaryKeyPairName: name },
      },
    },
    cloud,
    cwd: process.cwd(),
    ui: new RecordingUi(),
    ledger: new ResourceLedger(),
    resourceTags: { "image-build:run": `run-idem-${runs}` },
    mask: () => {},
  } as unknown as AlicloudBuildContext;
  return { ctx, name };
}

/** The key pairs of that name, with their public keys. */
async function pairs(cloud: Cloud, name: string) {
  const r = await cloud.ecs("DescribeKeyPairs", (e) =>
    e.describeKeyPairs(
      new $Ecs.DescribeKeyPairsRequest({
        regionId: "cn-hangzhou",
        keyPairName: name,
        includePublicKey: true,
      }),
    ),
  );
  return (r.body?.keyPairs?.keyPair ?? []).filter((k) => k.keyPairName === name);
}

/** The OpenSSH public key of a private key we hold. */
function publicOf(privateKey: string): string {
  const k = ssh2.utils.parseKey(privateKey);
  if (k instanceof Error) throw k;
  const parsed = Array.isArray(k) ? k[0] : k;
  return `${parsed.type} ${parsed.getPublicSSH().toString("base64")}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until the call a fault rule held has been answered (the call log records it then). */
async function landed(ruleId: string) {
  for (let i = 0; i < 300; i++) {
    const c = emu.calls().find((x) => (x as { faults?: string[] }).faults?.includes(ruleId));
    if (c) return c as { code?: string };
    await sleep(100);
  }
  throw new Error(`the call held by ${ruleId} never landed`);
}
const createCalls = (since: number) =>
  emu.calls().filter((c) => c.seq > since && c.action === "CreateKeyPair").length;
const lastSeq = () => emu.calls().at(-1)?.seq ?? 0;

describe("CreateKeyPair retried after a lost answer", () => {
  it("the first try lands before the retry: the lookup finds it, and the pair we hold is the one that exists", async () => {
    const cloud = emulatorCloud(emu, { readTimeoutMs: READ_TIMEOUT_MS });
    const { ctx, name } = context(cloud);
    const since = new Date().toISOString();
    const seq = lastSeq();
    // The first CreateKeyPair answers after the client gave up; the lookup before the retry is
    // held until that first call has made the pair.
    const ruleId = emu.faults.add({
      action: "CreateKeyPair",
      nth: 1,
      effect: "delay",
      delayMs: READ_TIMEOUT_MS + 500,
    });
    emu.faults.add({ action: "DescribeKeyPairs", nth: 1, effect: "delay", delayMs: READ_TIMEOUT_MS - 200 });
    await keyPair.run(ctx, new AbortController().signal);

    expect((ctx.ui as RecordingUi).texts("message").join("\n")).toContain(
      `Key pair ${name} was made by a try whose answer was lost: replacing it`,
    );
    expect(createCalls(seq)).toBe(2);
    expect((await landed(ruleId)).code).toBe("OK");
    const found = await pairs(cloud, name);
    expect(found).toHaveLength(1);
    expect(found[0].publicKey?.trim()).toBe(publicOf(ctx.privateKey!));
    expect(ctx.ledger.has("key-pair", name)).toBe(true);

    await keyPair.cleanup!(ctx, { status: "succeeded", halted: false });
    expect(await pairs(cloud, name)).toEqual([]);
    expect(emu.leakCheck({ since })).toEqual([]);
  });

  it("the first try lands after the retry made the pair: it is refused, nothing is orphaned", async () => {
    const cloud = emulatorCloud(emu, { readTimeoutMs: READ_TIMEOUT_MS });
    const { ctx, name } = context(cloud);
    const since = new Date().toISOString();
    const ruleId = emu.faults.add({
      action: "CreateKeyPair",
      nth: 1,
      effect: "delay",
      delayMs: READ_TIMEOUT_MS + 3000,
    });
    await keyPair.run(ctx, new AbortController().signal);
    const held = publicOf(ctx.privateKey!);
    expect((await pairs(cloud, name))[0]?.publicKey?.trim()).toBe(held);

    // The first try lands now: KeyPair.AlreadyExist, to a client long gone.
    const first = await landed(ruleId);
    expect(first.code).toBe("KeyPair.AlreadyExist");
    const after = await pairs(cloud, name);
    expect(after).toHaveLength(1);
    expect(after[0].publicKey?.trim()).toBe(held);

    await keyPair.cleanup!(ctx, { status: "succeeded", halted: false });
    expect(emu.leakCheck({ since })).toEqual([]);
  });
});
