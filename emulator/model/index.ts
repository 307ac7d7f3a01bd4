/**
 * The cloud model: state and rules of ECS and VPC resources, independent of any wire format.
 * Services (emulator/services/) translate API parameters into these calls and records into
 * response shapes. Tests poke the model directly through {@link CloudModel}.
 */
import { type Catalog, type CatalogOptions, createCatalog } from "../catalog/index.js";
import type { LatencyProfile } from "../types.js";
import { type Clock, systemClock } from "./clock.js";
import { IdempotencyStore } from "./idempotency.js";
import { SYSTEM_OWNER, seedPublicImages } from "./images.js";
import { setInstanceStatus } from "./instances.js";
import { type LeakedResource, type LeakFilter, leakCheck } from "./leak-check.js";
import type { AnyResource, InstanceRecord, ResourceKind } from "./resources.js";
import { type FaultOracle, State } from "./state.js";

export { type Clock, ManualClock, systemClock } from "./clock.js";
export { instanceAddresses, instancePassword } from "./instances.js";
export type { LeakedResource, LeakFilter } from "./leak-check.js";
export type * from "./resources.js";
export type { FaultOracle, ModelEvents, TransitionQuery } from "./state.js";

/** Options of {@link createModel}. */
export interface ModelOptions {
  profile: LatencyProfile;
  catalog?: Catalog | CatalogOptions;
  clock?: Clock;
  faults?: FaultOracle;
  /** Region used when an action's optional RegionId is absent and no resource names one (default cn-hangzhou). */
  defaultRegion?: string;
  /**
   * Known account ids (or a lookup); image sharing to others is `InvalidAccount.NotFound`.
   * Undefined accepts any numeric id.
   */
  accounts?: string[] | ((accountId: string) => boolean);
}

/** The model plus the levers tests use. */
export class CloudModel {
  readonly state: State;
  readonly idempotency = new IdempotencyStore();
  /** Region used when a request names none. */
  readonly defaultRegion: string;

  constructor(opts: ModelOptions) {
    const catalog =
      opts.catalog && "zoneInstanceTypes" in opts.catalog && opts.catalog.zoneInstanceTypes instanceof Map
        ? (opts.catalog as Catalog)
        : createCatalog(opts.catalog as CatalogOptions | undefined);
    this.state = new State(
      catalog,
      opts.profile,
      opts.clock ?? systemClock,
      opts.faults,
      typeof opts.accounts === "function"
        ? opts.accounts
        : opts.accounts
          ? (
              (set) => (id: string) =>
                set.has(id)
            )(new Set(opts.accounts))
          : undefined,
    );
    seedPublicImages(this.state, catalog);
    this.defaultRegion = opts.defaultRegion ?? "cn-hangzhou";
    if (!catalog.regions.some((r) => r.regionId === this.defaultRegion)) {
      throw new Error(`default region ${this.defaultRegion} is not in the emulator's region list`);
    }
  }

  /** The catalogue (regions, zones, instance types, stock). */
  get catalog(): Catalog {
    return this.state.catalog;
  }

  /**
   * Model events (see ModelEvents in state.ts): `instance.state` (every status change, "Deleted" at
   * the end), `instance.addresses` (the 127.x addresses an instance answers on), `image.capture`
   * (CreateImage from an instance started), `image.state`.
   */
  get events() {
    return this.state.events;
  }

  /** Completes due transitions now (every model call does this first). */
  tick(): void {
    this.state.tick();
  }

  /** Sets the units of an instance type left in a zone (0 → `OperationDenied.NoStock`; undefined → unlimited). */
  setStock(zoneId: string, instanceType: string, units: number | undefined): void {
    let z = this.catalog.stock.get(zoneId);
    if (!z) {
      z = new Map();
      this.catalog.stock.set(zoneId, z);
    }
    if (units === undefined) z.delete(instanceType);
    else z.set(instanceType, units);
  }

  /** Marks a zone as no longer on sale (`Zone.NotOnSale`), or back on sale. */
  setZoneOnSale(zoneId: string, onSale: boolean): void {
    if (onSale) this.catalog.zonesNotOnSale.delete(zoneId);
    else this.catalog.zonesNotOnSale.add(zoneId);
  }

  /** A resource by kind and id (any account), after completing due transitions. */
  find<K extends ResourceKind>(kind: K, id: string): Extract<AnyResource, { kind: K }> | undefined {
    this.tick();
    return this.state.store(kind).get(id) as Extract<AnyResource, { kind: K }> | undefined;
  }

  /** Completes a resource's pending transition at once (returns false if none). */
  finish(id: string): boolean {
    return this.state.finish(id);
  }

  /** Forces a resource into a state, dropping any pending transition (e.g. a Stopped instance). */
  forceState(kind: ResourceKind, id: string, status: string): void {
    const r = this.state.store(kind).get(id);
    if (!r) throw new Error(`no ${kind} ${id}`);
    this.state.cancel(r);
    if (kind === "instance")
      setInstanceStatus(this.state, r as InstanceRecord, status as InstanceRecord["status"]);
    else (r as { status: string }).status = status;
  }

  /**
   * Every resource (without the public image catalogue), JSON-able. Passwords are never included
   * and user data shows as its size.
   */
  dump(): Record<string, AnyResource[]> {
    this.tick();
    const out: Record<string, AnyResource[]> = {};
    for (const [kind, store] of this.state.stores) {
      out[kind] = [...store.values()]
        .filter((r) => r.accountId !== SYSTEM_OWNER)
        .map((r) =>
          JSON.parse(
            JSON.stringify(r, (k, v) => {
              if (v === Number.POSITIVE_INFINITY) return null;
              // User data may hold secrets: the dump shows its size only (the live record keeps it).
              if (k === "userData" && typeof v === "string")
                return `<${Buffer.from(v, "base64").length} bytes>`;
              return v;
            }),
          ),
        );
    }
    return out;
  }

  /** Resources a run left behind (see LeakFilter). */
  leakCheck(filter: LeakFilter = {}): LeakedResource[] {
    this.tick();
    return leakCheck(this.state, filter);
  }

  /** An instance's password, if one was set (for the SSH server; never dumped). */
  password(instanceId: string): string | undefined {
    return this.state.passwords.get(instanceId);
  }

  /** Stops timers; the process can exit. */
  close(): void {
    this.state.close();
  }
}

/** Creates a model. */
export function createModel(opts: ModelOptions): CloudModel {
  return new CloudModel(opts);
}
