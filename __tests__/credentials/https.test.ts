// STS over HTTPS (the default protocol): the emulator's CA trusted through the `ca` option; an
// untrusted certificate fails at once rather than being retried.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { CloudError } from "../../src/cloud/errors.js";
import { resolveCredentials } from "../../src/credentials/index.js";
import { capture, FAST_RETRY, ROLE_ARN, startStsEmulator, tempHome } from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startStsEmulator({ tls: true });
});
afterAll(async () => {
  await emu.stop();
});

function assume(ca?: string) {
  const cap = capture();
  return resolveCredentials({
    inputs: {
      accessKeyId: emu.credentials.accessKeyId,
      accessKeySecret: emu.credentials.accessKeySecret,
      roleToAssume: ROLE_ARN,
      stsEndpoint: emu.endpoints.stsEndpoint,
    },
    env: { ALICLOUD_REGION: "cn-hangzhou" },
    home: tempHome(),
    mask: cap.mask,
    log: cap.log,
    ca,
    retry: FAST_RETRY,
  });
}

it("AssumeRole over HTTPS with the emulator's CA", async () => {
  const r = await assume(emu.caCert);
  expect(r.stsEndpoint).toBe(`https://${emu.endpoints.stsEndpoint}`);
  expect(r.temporary).toBe(true);
  expect(emu.calls({ action: "AssumeRole" }).at(-1)?.httpStatus).toBe(200);
});

it("an untrusted certificate fails at once", async () => {
  const before = emu.calls().length;
  const err = await assume().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(CloudError);
  expect((err as CloudError).attempts).toBe(1);
  expect((err as Error).message).toMatch(/certificate/);
  expect(emu.calls().length).toBe(before);
});
