// Official ECS and VPC SDK clients pointed at an in-process emulator.
import EcsModule, * as $Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import VpcModule, * as $Vpc from "@alicloud/vpc20160428";
import type { Emulator } from "../../../emulator/index.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
// The SDKs are CommonJS: the class is the module's default export (or the module itself under vitest).
const EcsClient = ((EcsModule as unknown as { default?: unknown }).default ?? EcsModule) as Ctor<
  typeof EcsModule
>;
const VpcClient = ((VpcModule as unknown as { default?: unknown }).default ?? VpcModule) as Ctor<
  typeof VpcModule
>;

export { $Ecs, $Vpc };

function config(emu: Emulator, endpoint: string) {
  return new $OpenApi.$OpenApiUtil.Config({
    accessKeyId: emu.credentials.accessKeyId,
    accessKeySecret: emu.credentials.accessKeySecret,
    endpoint,
    protocol: "http",
    regionId: "cn-hangzhou",
    readTimeout: 10_000,
    connectTimeout: 10_000,
  });
}

/** An unmodified ECS client. */
export function ecsClient(emu: Emulator) {
  return new EcsClient(config(emu, emu.endpoints.ecsEndpoint));
}

/** An unmodified VPC client. */
export function vpcClient(emu: Emulator) {
  return new VpcClient(config(emu, emu.endpoints.vpcEndpoint));
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}
