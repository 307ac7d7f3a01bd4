/**
 * The model's shared state: resource stores (one map per kind; every record carries its account and
 * region, so per-account and per-region views are filters), the clock, the address pool, the
 * transition scheduler and the event stream other parts of the emulator listen to.
 *
 * Transient states advance lazily: every model operation first calls `tick()`, which completes the
 * transitions whose time has come (chained transitions start when the previous one ended, so a late
 * read sees the state a real cloud would show). One unref'd timer also ticks at the next deadline so
 * that listeners (the SSH servers of running instances) hear about a state change without a read.
 */
import { EventEmitter } from "node:events";
import type { Catalog } from "../catalog/index.js";
import type { RegionSpec } from "../catalog/regions.js";
import { ApiError, type LatencyProfile } from "../types.js";
import { AddressPool } from "./addresses.js";
import type { Clock } from "./clock.js";
import { newId } from "./ids.js";
import type { AnyResource, ResourceKind } from "./resources.js";

/** What a fault oracle is asked about a transition (for example `instance.start` of `i-…`). */
export interface TransitionQuery {
  transition: string;
  resourceId: string;
  accountId: string;
  regionId: string;
}

/** Fault effects the model honours: a transition that never ends, or one that ends in failure. */
export interface FaultOracle {
  stuck?(q: TransitionQuery): boolean;
  fail?(q: TransitionQuery): boolean;
}

/** Events the model emits (payloads are the live records). */
export interface ModelEvents {
  /** An instance changed state (Pending→Stopped, Starting→Running, …); `to` is "Deleted" on deletion. */
  "instance.state": [{ instance: AnyResource; from: string; to: string }];
  /**
   * The set of addresses an instance answers on changed (private/inner IP at creation, a public IP
   * allocated, an EIP associated or released). `addresses` is the full current list.
   */
  "instance.addresses": [{ instanceId: string; addresses: string[] }];
  /** CreateImage started from an instance: the filesystem to capture. */
  "image.capture": [{ imageId: string; instanceId: string; accountId: string; regionId: string }];
  /** An image became Available, failed or was deleted. */
  "image.state": [{ imageId: string; status: string }];
  /** CreateSnapshot started on an instance's disk: the disk's contents to capture. */
  "snapshot.capture": [{ snapshotId: string; instanceId: string; diskType: "system" | "data" }];
  /** CopyImage started: the copy's contents come from the source image's. */
  "image.copy": [{ imageId: string; sourceImageId: string }];
  /** A resource left its store (deleted, released, a cancelled copy…). */
  "resource.removed": [{ kind: string; id: string }];
  /**
   * A transient state ended (completed or failed; not when cancelled or removed first): which
   * transition (`instance.start`, `image.create`, `instance.release`…), when it started and ended
   * (epoch ms of the model's clock). For measurements (bench/build.ts: the critical path).
   */
  transition: [{ resourceId: string; transition: string; startedAt: number; endedAt: number }];
  /**
   * A machine behind an instance was busy for a client: `boot` (Running → SSH answering) or
   * `exec` (a command, shell or subsystem from start to exit). Epoch ms. For measurements.
   */
  "machine.busy": [{ instanceId: string; what: "boot" | "exec"; startedAt: number; endedAt: number }];
}

interface Scheduled {
  res: AnyResource;
  until: number;
  done: (at: number) => void;
}

/** Throws an API error. */
export function fail(code: string, message: string, httpStatus = 400): never {
  throw new ApiError(code, message, httpStatus);
}

/** The state shared by every part of the model. */
export class State {
  readonly stores = new Map<ResourceKind, Map<string, AnyResource>>();
  readonly addresses = new AddressPool();
  readonly events = new EventEmitter<ModelEvents>();
  /**
   * Deleted instances still holding their network for `instance.release` ms: their security
   * groups and vSwitch report a dependency until then (why Packer retries those deletions).
   */
  readonly releasing: {
    instanceId: string;
    accountId: string;
    regionId: string;
    securityGroupIds: string[];
    vswitchId?: string;
    vpcId?: string;
    until: number;
  }[] = [];
  /** Instance passwords, kept apart from the records so `dump()` never shows them. */
  readonly passwords = new Map<string, string>();
  private scheduled = new Map<string, Scheduled>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private closed = false;

  constructor(
    readonly catalog: Catalog,
    readonly profile: LatencyProfile,
    readonly clock: Clock,
    readonly faults: FaultOracle | undefined,
    /** Whether an account id exists (for image sharing checks); undefined accepts any numeric id. */
    readonly accountExists: ((accountId: string) => boolean) | undefined,
  ) {
    for (const k of [
      "instance",
      "disk",
      "snapshot",
      "image",
      "securitygroup",
      "keypair",
      "vpc",
      "vswitch",
      "eip",
    ] as ResourceKind[]) {
      this.stores.set(k, new Map());
    }
  }

  now(): number {
    return this.clock.now();
  }

  /** The region's spec, or `InvalidRegionId.NotFound`. */
  region(regionId: string | undefined): RegionSpec {
    const r = this.catalog.regions.find((x) => x.regionId === regionId);
    if (!r) fail("InvalidRegionId.NotFound", "The specified RegionId does not exist.", 404);
    return r;
  }

  /** A new id for a resource in a region. */
  newId(prefix: string, regionId: string): string {
    return newId(prefix, this.region(regionId).idPrefix);
  }

  store<T extends AnyResource>(kind: T["kind"]): Map<string, T> {
    return this.stores.get(kind) as Map<string, T>;
  }

  add<T extends AnyResource>(res: T): T {
    this.store<T>(res.kind).set(res.id, res);
    return res;
  }

  remove(res: AnyResource): void {
    this.store(res.kind).delete(res.id);
    this.scheduled.delete(res.id);
    res.pending = undefined;
    this.events.emit("resource.removed", { kind: res.kind, id: res.id });
  }

  /** A resource of the account by id (any region unless given), or undefined. */
  get<T extends AnyResource>(
    kind: T["kind"],
    id: unknown,
    accountId: string,
    regionId?: string,
  ): T | undefined {
    if (typeof id !== "string") return undefined;
    const r = this.store<T>(kind).get(id);
    if (!r || r.accountId !== accountId) return undefined;
    if (regionId !== undefined && r.regionId !== regionId) return undefined;
    return r;
  }

  /** The account's resources of a kind in a region (all regions if undefined), in creation order. */
  list<T extends AnyResource>(kind: T["kind"], accountId: string | undefined, regionId?: string): T[] {
    const out: T[] = [];
    for (const r of this.store<T>(kind).values()) {
      if (accountId !== undefined && r.accountId !== accountId) continue;
      if (regionId !== undefined && r.regionId !== regionId) continue;
      out.push(r);
    }
    return out;
  }

  /**
   * Starts a transient state on `res` that ends after the profile's duration for `transition`
   * (plus `extraMs`), then calls `done(at)`. A fault oracle may make it stuck (never ends) or fail
   * (`done` is replaced by `onFail`).
   */
  schedule(
    res: AnyResource,
    transition: string,
    done: (at: number) => void,
    opts: { extraMs?: number; start?: number; onFail?: (at: number) => void } = {},
  ): void {
    const start = opts.start ?? this.now();
    const q: TransitionQuery = {
      transition,
      resourceId: res.id,
      accountId: res.accountId,
      regionId: res.regionId,
    };
    const stuck = this.faults?.stuck?.(q) ?? false;
    const failed = !stuck && opts.onFail !== undefined && (this.faults?.fail?.(q) ?? false);
    const duration = this.profile.transitionMs(transition) + (opts.extraMs ?? 0);
    const until = stuck ? Number.POSITIVE_INFINITY : start + Math.max(0, duration);
    res.pending = { startedAt: start, until };
    this.scheduled.set(res.id, {
      res,
      until,
      done: (at) => {
        res.pending = undefined;
        (failed ? opts.onFail! : done)(at);
        this.events.emit("transition", { resourceId: res.id, transition, startedAt: start, endedAt: at });
      },
    });
    this.arm();
  }

  /** Forgets a resource's transient state without completing it. */
  cancel(res: AnyResource): void {
    this.scheduled.delete(res.id);
    res.pending = undefined;
  }

  /** Completes every transition whose time has come, in time order (chains included). */
  tick(): void {
    const now = this.now();
    for (;;) {
      let first: Scheduled | undefined;
      for (const s of this.scheduled.values()) {
        if (s.until <= now && (!first || s.until < first.until)) first = s;
      }
      if (!first) break;
      this.scheduled.delete(first.res.id);
      first.done(first.until);
    }
    this.arm();
  }

  /** Forces a resource's pending transition to complete now (tests: `model.finish(id)`). */
  finish(id: string): boolean {
    const s = this.scheduled.get(id);
    if (!s) return false;
    this.scheduled.delete(id);
    s.done(Math.min(s.until, this.now()));
    this.arm();
    return true;
  }

  private arm(): void {
    if (this.closed) return;
    let next = Number.POSITIVE_INFINITY;
    for (const s of this.scheduled.values()) next = Math.min(next, s.until);
    if (next === this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = next;
    if (!Number.isFinite(next)) return;
    const delay = Math.max(0, Math.min(next - this.now(), 2_147_000_000));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.tick();
    }, delay);
    this.timer.unref();
  }

  /** Stops the timer; the state stays readable. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Deleted instances whose network is not yet released. */
  stillReleasing(): State["releasing"] {
    const now = this.now();
    for (let i = this.releasing.length - 1; i >= 0; i--)
      if (this.releasing[i].until <= now) this.releasing.splice(i, 1);
    return this.releasing;
  }

  /** Progress of a pending transition as an integer percentage (100 when none). */
  progress(res: AnyResource): number {
    const p = res.pending;
    if (!p) return 100;
    if (!Number.isFinite(p.until)) return 0;
    const span = p.until - p.startedAt;
    if (span <= 0) return 99;
    return Math.max(0, Math.min(99, Math.floor(((this.now() - p.startedAt) / span) * 100)));
  }
}
