/**
 * What every provisioner (and shell-local post-processor) needs at run time: the Ui, the
 * communicator, cancellation, the build's identity and data, and the interpolation context that
 * run-time fields (execute_command, inline, destinations) are rendered with.
 */
import type { Communicator } from "../communicator/communicator.js";
import { type InterpolateContext, interpolate } from "../template/interpolate/index.js";
import type { Ui } from "../ui/ui.js";

/** The run-time context of one provisioner. */
export interface ProvisionContext {
  ui: Ui;
  /** The build's communicator (absent for shell-local or `communicator: none`). */
  comm?: Communicator;
  /** Cancellation (the build's abort signal, or a provisioner `timeout`). */
  signal: AbortSignal;
  /** `PACKER_BUILD_NAME`. */
  buildName: string;
  /** `PACKER_BUILDER_TYPE` (`alicloud-ecs`). */
  builderType: string;
  /**
   * Packer's generated data: `ID`, `Host`, `Port`, `User`, `Password`, `ConnType`,
   * `PackerRunUUID`, `SSHPublicKey`, `SSHPrivateKey`, `WinRMPassword`…
   */
  buildData: Record<string, string>;
  /** The template's interpolation context (user variables, build name/type, start time…). */
  interpolation: InterpolateContext;
  /** Random integer in [0, n) (Go's math/rand for `varfile_<n>.sh`); default Math.random. */
  randomInt?: (n: number) => number;
  /** Directory for local temporary files (default os.tmpdir()). */
  tempDir?: string;
  /** Working directory for relative local paths (default process.cwd()). */
  cwd?: string;
}

/** Renders `text` with the build data as the dot (`{{.ID}}`, `{{.Path}}`) and for `{{build}}`. */
export function renderRuntime(
  ctx: ProvisionContext,
  text: string,
  extra: Record<string, unknown> = {},
): string {
  const data = { ...ctx.buildData, ...extra };
  return interpolate(text, { ...ctx.interpolation, data, buildData: ctx.buildData });
}

/** The error a cancelled context gives in Packer (`context canceled`). */
export class CancelledError extends Error {
  constructor(message = "context canceled") {
    super(message);
    this.name = "CancelledError";
  }
}

/** Sleeps `ms`; rejects with {@link CancelledError} when `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = () => {
      clearTimeout(t);
      reject(new CancelledError());
    };
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * packer-plugin-sdk's `retry.Config{StartTimeout}.Run`: call `fn` until it succeeds; after a failure
 * past `startTimeoutMs` (or on cancellation) the last error is thrown; otherwise wait `delayMs` (2 s).
 */
export async function retryWithin<T>(
  startTimeoutMs: number,
  fn: () => Promise<T>,
  signal?: AbortSignal,
  delayMs = 2_000,
): Promise<T> {
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (signal?.aborted || e instanceof CancelledError) throw e;
      if (startTimeoutMs > 0 && Date.now() >= deadline) throw e;
      await sleep(delayMs, signal).catch(() => {
        throw e;
      });
    }
  }
}

/** Packer's ErrorInvalidExitCode text, or undefined when the code is allowed. */
export function invalidExitCode(code: number, allowed: number[]): string | undefined {
  const codes = allowed.length > 0 ? allowed : [0];
  if (codes.includes(code)) return undefined;
  return `Script exited with non-zero exit status: ${code}.Allowed exit codes are: [${codes.join(" ")}]`;
}
