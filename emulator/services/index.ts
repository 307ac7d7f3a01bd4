/**
 * The cloud services of the emulator: ECS and VPC handlers over one shared model.
 * The wire layer (emulator/wire/) routes decoded requests to `services[].actions`.
 */
import type { Catalog, CatalogOptions } from "../catalog/index.js";
import type { Clock } from "../model/clock.js";
import {
  type CloudModel,
  createModel,
  type FaultOracle,
  type LeakedResource,
  type LeakFilter,
} from "../model/index.js";
import type { AnyResource } from "../model/resources.js";
import type { LatencyProfile, ServiceDefinition } from "../types.js";
import { ecsService } from "./ecs/index.js";
import { vpcService } from "./vpc/index.js";

export type { CloudModel, LeakedResource, LeakFilter } from "../model/index.js";

/**
 * A fault source: the emulator's FaultInjector (`queryResourceFault(effect, {kind, id, transition})`,
 * see emulator/faults.ts) or any object with that method. For each transition it starts, the model
 * asks whether it is "stuck" (never ends) or, where a failure state exists, "fail" (ends in it:
 * an image CreateFailed, a snapshot failed, an instance back to Stopped). Transitions are named as
 * the profile's keys: `instance.create`, `instance.start`, `instance.stop`, `instance.reboot`,
 * `image.create`, `image.copy`, `snapshot.create`, `vpc.create`, `vswitch.create`, `eip.associate`,
 * `eip.unassociate`; `kind` is the part before the dot.
 */
export interface FaultSource {
  queryResourceFault(
    effect: "stuck" | "fail",
    resource: { kind: string; id?: string; transition?: string },
  ): unknown;
}

/** Options of {@link createCloudServices} (the wire layer passes more; unknown keys are ignored). */
export interface CloudServicesOptions {
  profile: LatencyProfile;
  /** Known account ids, or the identity store (its `accountIds()`); default: any numeric id. */
  accounts?: string[];
  identity?: { accountIds(): string[] };
  catalog?: Catalog | CatalogOptions;
  faults?: FaultSource;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default region for requests without RegionId (the emulator's `region`); default cn-hangzhou. */
  region?: string;
}

/** The services, the model behind them and the inspection helpers. */
export interface CloudServices {
  services: ServiceDefinition[];
  model: CloudModel;
  /** Every resource (no public images, no secrets), JSON-able. */
  dump(): Record<string, AnyResource[]>;
  /** Resources a run left behind. */
  leakCheck(filter?: LeakFilter): LeakedResource[];
  /** Stops the model's timers. */
  close(): void;
  /** Same as close (the name the emulator's start-up code calls). */
  stop(): void;
}

function oracle(faults: FaultSource | undefined): FaultOracle | undefined {
  if (!faults) return undefined;
  const ask =
    (effect: "stuck" | "fail") =>
    (q: { transition: string; resourceId: string }): boolean =>
      !!faults.queryResourceFault(effect, {
        kind: q.transition.split(".")[0],
        id: q.resourceId,
        transition: q.transition,
      });
  return { stuck: ask("stuck"), fail: ask("fail") };
}

/** Creates the ECS and VPC services over a fresh model. */
export function createCloudServices(opts: CloudServicesOptions): CloudServices {
  const model = createModel({
    profile: opts.profile,
    catalog: opts.catalog,
    accounts:
      opts.accounts ?? (opts.identity ? (id: string) => opts.identity!.accountIds().includes(id) : undefined),
    clock: opts.clock,
    defaultRegion: opts.region,
    faults: oracle(opts.faults),
  });
  return {
    services: [ecsService(model), vpcService(model)],
    model,
    dump: () => model.dump(),
    leakCheck: (filter) => model.leakCheck(filter),
    close: () => model.close(),
    stop: () => model.close(),
  };
}
