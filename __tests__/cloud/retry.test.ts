// The retry policy on synthetic errors: classification, full-jitter backoff, budgets, abort.
import { describe, expect, it } from "vitest";
import { CallStats } from "../../src/cloud/accounting.js";
import { CloudError, classifyError } from "../../src/cloud/errors.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, retryCall } from "../../src/cloud/retry.js";
import { fakeClock } from "./helpers.js";

/** An error shaped as the SDK raises them. */
function apiError(
  code: string,
  statusCode: number,
  name = statusCode >= 500 ? "ServerError" : "ClientError",
) {
  return Object.assign(new Error(`${code}: code: ${statusCode}, msg`), {
    name,
    code,
    statusCode,
    requestId: "REQ-1",
    data: { Code: code, Message: `message of ${code}`, RequestId: "REQ-1" },
  });
}
const netError = (code: string) => Object.assign(new Error(`socket hang upPOST http://x/ failed.`), { code });

describe("classifyError", () => {
  it.each([
    [apiError("Throttling.User", 400, "ThrottlingError"), "throttling"],
    [apiError("Throttling.Api", 400), "throttling"],
    [apiError("Throttling", 400), "throttling"],
    [apiError("ServiceUnavailable", 503), "throttling"],
    [apiError("InternalError", 500), "server"],
    [apiError("UnknownError", 502), "server"],
    [apiError("IdempotentProcessing", 403), "processing"],
    [apiError("TOKEN_PROCESSING", 400), "processing"],
    [apiError("LastTokenProcessing", 400), "processing"],
    [apiError("OperationConflict", 409), "processing"],
    [apiError("TaskConflict", 400), "processing"],
    [netError("ECONNRESET"), "network"],
    [netError("ECONNREFUSED"), "network"],
    [
      Object.assign(new Error("ReadTimeout(300). POST http://x/ failed."), { name: "RequestTimeoutError" }),
      "network",
    ],
    [new Error("socket hang up"), "network"],
    [apiError("InvalidImageId.NotFound", 404), "permanent"],
    [apiError("IncorrectInstanceStatus.Initializing", 403), "permanent"],
    [new Error("type of image is mismatch, expect array"), "permanent"],
  ])("%s → %s", (err, cls) => {
    expect(classifyError(err)).toBe(cls);
  });

  it("an operation can add its own retryable codes", () => {
    expect(
      classifyError(apiError("IncorrectInstanceStatus.Initializing", 403), [
        "IncorrectInstanceStatus.Initializing",
      ]),
    ).toBe("processing");
  });
});

describe("backoffDelay", () => {
  it("is full jitter under an exponential, capped ceiling", () => {
    const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, p, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, p, () => 0)).toBe(0);
    expect(backoffDelay(3, p, () => 0.5)).toBe(200);
  });
});

describe("retryCall", () => {
  const base = { product: "Ecs", action: "DescribeImages", clientToken: "tok-1" };

  it("retries transient errors with the same ClientToken and counts every attempt", async () => {
    const clock = fakeClock();
    const stats = new CallStats();
    const errors = [apiError("Throttling.User", 400), netError("ECONNRESET"), apiError("InternalError", 500)];
    const tokens: string[] = [];
    const v = await retryCall(
      async (a) => {
        tokens.push(`${a.attempt}:${a.clientToken}`);
        const e = errors.shift();
        if (e) throw e;
        return "ok";
      },
      { ...base, clock, random: () => 0.5, stats, policy: { baseDelayMs: 100, maxDelayMs: 1000 } },
    );
    expect(v).toBe("ok");
    expect(tokens).toEqual(["1:tok-1", "2:tok-1", "3:tok-1", "4:tok-1"]);
    expect(clock.sleeps).toEqual([50, 100, 200]);
    expect(stats.get("DescribeImages")).toMatchObject({
      calls: 1,
      attempts: 4,
      retries: 3,
      failures: 0,
      errors: { "Throttling.User": 1, ECONNRESET: 1, InternalError: 1 },
    });
  });

  it("waits at least the throttling response's x-acs-retry-after", async () => {
    const clock = fakeClock();
    let n = 0;
    await retryCall(
      async () => {
        if (n++ === 0)
          throw Object.assign(apiError("Throttling.User", 400, "ThrottlingError"), { retryAfter: 700 });
        return 1;
      },
      { ...base, clock, random: () => 0 },
    );
    expect(clock.sleeps).toEqual([700]);
  });

  it("fails at once on a permanent error, as a CloudError with the API's fields", async () => {
    const clock = fakeClock();
    const stats = new CallStats();
    const err = await retryCall(
      async () => {
        throw apiError("InvalidImageId.NotFound", 404);
      },
      { ...base, action: "RunInstances", resource: "image m-1", clock, stats },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    const ce = err as CloudError;
    expect(ce.code).toBe("InvalidImageId.NotFound");
    expect(ce.requestId).toBe("REQ-1");
    expect(ce.statusCode).toBe(404);
    expect(ce.action).toBe("RunInstances");
    expect(ce.resource).toBe("image m-1");
    expect(ce.attempts).toBe(1);
    expect(ce.message).toBe(
      "RunInstances (image m-1) failed: InvalidImageId.NotFound: message of InvalidImageId.NotFound (request id REQ-1). " +
        "What to do: The image does not exist in this region or is not visible to this account: check source_image and region.",
    );
    expect(clock.sleeps).toEqual([]);
    expect(stats.get("RunInstances")).toMatchObject({ calls: 1, attempts: 1, failures: 1 });
  });

  it("gives up after maxAttempts and after maxElapsedMs", async () => {
    const clock = fakeClock();
    let n = 0;
    const e1 = await retryCall(
      async () => {
        n++;
        throw apiError("Throttling.User", 400);
      },
      { ...base, clock, random: () => 1, policy: { maxAttempts: 3, baseDelayMs: 10 } },
    ).catch((e: unknown) => e as CloudError);
    expect(n).toBe(3);
    expect(e1.message).toMatch(/^DescribeImages failed after 3 attempts: Throttling.User: /);
    expect(e1.hint).toMatch(/kept throttling/);

    const clock2 = fakeClock();
    let m = 0;
    await expect(
      retryCall(
        async () => {
          m++;
          throw apiError("InternalError", 500);
        },
        {
          ...base,
          clock: clock2,
          random: () => 1,
          policy: { maxAttempts: 100, baseDelayMs: 1000, maxDelayMs: 1000, maxElapsedMs: 3500 },
        },
      ),
    ).rejects.toBeInstanceOf(CloudError);
    expect(m).toBe(4);
  });

  it("honours noRetryCodes and extra retryCodes", async () => {
    const clock = fakeClock();
    let n = 0;
    await expect(
      retryCall(
        async () => {
          n++;
          throw apiError("TaskConflict", 400);
        },
        { ...base, clock, noRetryCodes: ["TaskConflict"] },
      ),
    ).rejects.toMatchObject({ code: "TaskConflict", attempts: 1 });
    expect(n).toBe(1);
    let m = 0;
    const v = await retryCall(
      async () => {
        if (m++ < 2) throw apiError("IncorrectInstanceStatus.Initializing", 403);
        return "deleted";
      },
      { ...base, action: "DeleteInstance", clock, retryCodes: ["IncorrectInstanceStatus.Initializing"] },
    );
    expect(v).toBe("deleted");
  });

  it("stops at once when the signal fires during a backoff", async () => {
    const ac = new AbortController();
    const stats = new CallStats();
    const p = retryCall(
      async () => {
        throw apiError("Throttling.User", 400);
      },
      {
        ...base,
        signal: ac.signal,
        stats,
        policy: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
        random: () => 1,
      },
    );
    setTimeout(() => ac.abort(new Error("cancelled")), 20);
    const t0 = Date.now();
    await expect(p).rejects.toThrow("cancelled");
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(stats.get("DescribeImages").failures).toBe(1);
  });

  it("abandons a read-only request in flight on abort", async () => {
    const ac = new AbortController();
    const p = retryCall(() => new Promise(() => {}), { ...base, signal: ac.signal, abandonOnAbort: true });
    setTimeout(() => ac.abort(new Error("cancelled")), 20);
    await expect(p).rejects.toThrow("cancelled");
  });
});
