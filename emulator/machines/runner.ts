/**
 * Where the emulator's client (the runner) stands on the emulated network: outside every VPC with a
 * public address by default, or inside a VPC (a self-hosted runner). Set by `machines.runner`, by
 * the environment (`IMAGE_BUILD_EMULATOR_RUNNER_VPC`, `IMAGE_BUILD_EMULATOR_RUNNER_ADDRESS`), or
 * at run time (`Machines.setRunner`). The verdict per connection is the model's (model/reachability.ts).
 */
import { DEFAULT_RUNNER_ADDRESS, type RunnerLocation } from "../model/reachability.js";

export type { RunnerLocation } from "../model/reachability.js";

/** Places the client inside a VPC (its id, or `*` for every VPC). */
export const RUNNER_VPC_ENV = "IMAGE_BUILD_EMULATOR_RUNNER_VPC";
/** The client's public address, as security group rules see it. */
export const RUNNER_ADDRESS_ENV = "IMAGE_BUILD_EMULATOR_RUNNER_ADDRESS";

/** The runner's location from options, then the environment, then the defaults. */
export function runnerLocation(
  opt: Partial<RunnerLocation> | undefined,
  env: Record<string, string | undefined> = process.env,
): RunnerLocation {
  const publicAddress = opt?.publicAddress ?? (env[RUNNER_ADDRESS_ENV] || DEFAULT_RUNNER_ADDRESS);
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(publicAddress))
    throw new Error(
      `image-build emulator: the runner's public address must be an IPv4 address, not "${publicAddress}"`,
    );
  const vpcId = opt?.vpcId ?? (env[RUNNER_VPC_ENV] || undefined);
  return { publicAddress, vpcId, privateAddress: opt?.privateAddress };
}

/** One line describing the location, for logs. */
export function describeRunner(r: RunnerLocation): string {
  return r.vpcId
    ? `inside ${r.vpcId === "*" ? "every VPC" : r.vpcId}${r.privateAddress ? ` at ${r.privateAddress}` : ""}`
    : `outside every VPC at ${r.publicAddress}`;
}
