// Retries: STS throttling, 5xx and dropped connections are retried under the cloud retry policy
// (src/cloud/retry.ts, whose own tests cover the backoff); permanent errors are not; every failure
// is the one cloud error type (CloudError), STS and the metadata service included.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index.js";
import { CloudError } from "../../src/cloud/errors.js";
import { resolveCredentials } from "../../src/credentials/index.js";
import {
  ACCOUNT,
  capture,
  emulatorEnv,
  FAST_RETRY,
  ROLE_ARN,
  startStsEmulator,
  tempHome,
} from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startStsEmulator();
});
afterAll(async () => {
  await emu.stop();
});
afterEach(() => {
  emu.faults.clear();
});

function assume(extra: { maxAttempts?: number } = {}) {
  const cap = capture();
  const promise = resolveCredentials({
    inputs: {
      accessKeyId: emu.credentials.accessKeyId,
      accessKeySecret: emu.credentials.accessKeySecret,
      roleToAssume: ROLE_ARN,
      roleSessionName: "retry",
    },
    env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
    home: tempHome(),
    mask: cap.mask,
    log: cap.log,
    retry: { ...FAST_RETRY, ...extra },
    verify: true,
  });
  return { cap, promise };
}

describe("STS retries", () => {
  it("throttling, a 503 and a reset connection are retried until AssumeRole succeeds", async () => {
    emu.faults.add({ action: "AssumeRole", nth: 1, effect: "throttle" });
    emu.faults.add({
      action: "AssumeRole",
      nth: 2,
      effect: "error",
      code: "ServiceUnavailable",
      httpStatus: 503,
    });
    emu.faults.add({ action: "AssumeRole", nth: 3, effect: "reset" });
    emu.faults.add({
      action: "GetCallerIdentity",
      nth: 1,
      effect: "error",
      code: "InternalError",
      httpStatus: 500,
    });
    const { cap, promise } = assume();
    const r = await promise;
    expect(r.identity?.arn).toBe(`acs:ram::${ACCOUNT}:assumed-role/EmulatorRole/retry`);
    expect(r.identity?.accountId).toBe(ACCOUNT);
    const warnings = cap.lines.filter((l) => l.startsWith("warning:"));
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(
      /^warning: AssumeRole attempt 1 failed \(Throttling\.User: .*Request was denied due to user flow control.*\); retrying in \d+ ms$/,
    );
    expect(warnings[1]).toContain("AssumeRole attempt 2 failed (ServiceUnavailable: ");
    expect(warnings[2]).toContain("AssumeRole attempt 3 failed (");
    expect(warnings[3]).toContain("GetCallerIdentity attempt 1 failed (InternalError: ");
  });

  it("gives up after the configured attempts with the last error", async () => {
    emu.faults.add({ action: "AssumeRole", effect: "throttle" });
    const before = emu.calls({ action: "AssumeRole" }).length;
    const err = await assume({ maxAttempts: 3 }).promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect((err as CloudError).code).toBe("Throttling.User");
    expect((err as CloudError).attempts).toBe(3);
    expect((err as Error).message).toMatch(/^AssumeRole failed after 3 attempts: Throttling\.User: /);
    expect(emu.calls({ action: "AssumeRole" }).length - before).toBe(3);
  });

  it("a permanent error (NoPermission) is not retried", async () => {
    emu.identity.addRole(ACCOUNT, { name: "Stranger", trustedPrincipals: ["999999999999"] });
    const before = emu.calls({ action: "AssumeRole" }).length;
    const cap = capture();
    const err = await resolveCredentials({
      inputs: {
        accessKeyId: emu.credentials.accessKeyId,
        accessKeySecret: emu.credentials.accessKeySecret,
        roleToAssume: `acs:ram::${ACCOUNT}:role/stranger`,
      },
      env: emulatorEnv(emu, { ALICLOUD_REGION: "cn-hangzhou" }),
      home: tempHome(),
      mask: cap.mask,
      retry: FAST_RETRY,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect((err as CloudError).code).toBe("NoPermission");
    expect((err as CloudError).statusCode).toBe(403);
    expect((err as CloudError).errorClass).toBe("permanent");
    expect(emu.calls({ action: "AssumeRole" }).length - before).toBe(1);
  });

  it("an unreachable STS endpoint is a network error, retried, then reported with the host", async () => {
    const cap = capture();
    const err = await resolveCredentials({
      inputs: { accessKeyId: "a", accessKeySecret: "b", roleToAssume: ROLE_ARN },
      env: { ALICLOUD_REGION: "cn-hangzhou" },
      stsEndpoint: "http://127.0.0.1:1",
      home: tempHome(),
      mask: cap.mask,
      log: cap.log,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect((err as CloudError).errorClass).toBe("network");
    expect((err as CloudError).attempts).toBe(2);
    expect((err as Error).message).toContain("ECONNREFUSED");
    expect(cap.lines.filter((l) => l.startsWith("warning: AssumeRole attempt 1 failed"))).toHaveLength(1);
  });
});

describe("metadata retries", () => {
  it("a failing metadata answer is retried", async () => {
    const imds = emu.imds!;
    const handle = imds.handle;
    let failures = 1;
    imds.handle = (req, res, path) => {
      if (path.includes("security-credentials/") && failures-- > 0) {
        req.resume();
        res.writeHead(500).end("busy");
        return true;
      }
      return handle(req, res, path);
    };
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
      expect(r.temporary).toBe(true);
      expect(cap.lines.join("\n")).toContain(
        "metadata credentials of EmulatorRole attempt 1 failed (metadata GET /latest/meta-data/ram/security-credentials/EmulatorRole: busy)",
      );
    } finally {
      imds.handle = handle;
    }
  });
});
