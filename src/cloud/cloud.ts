/**
 * `Cloud`: the clients of one region behind the retry policy and the call accounting. Every API
 * call of a build goes through `cloud.ecs(...)` or `cloud.vpc(...)`; create calls receive a
 * `ClientToken` that stays the same across retries, so a retry cannot create twice.
 */
import { randomUUID } from "node:crypto";
import type { Ui } from "../ui/ui.js";
import { CallStats } from "./accounting.js";
import {
  type ClientOptions,
  type Clients,
  createClients,
  type EcsClient,
  type VpcClient,
} from "./clients.js";
import { type Clock, systemClock } from "./clock.js";
import { CloudError } from "./errors.js";
import { type Attempt, type RetryPolicy, retryCall } from "./retry.js";

/** Options of one call. */
export interface CallOptions {
  /** The resource in question, named in errors: `instance i-bp1…`. */
  resource?: string;
  /** Extra codes to retry for this operation (e.g. `IncorrectInstanceStatus.Initializing`, `DependencyViolation`). */
  retryCodes?: string[];
  /** Codes of the default retried families this operation handles itself (e.g. `TaskConflict`). */
  noRetryCodes?: string[];
  /** Overrides of the retry policy for this call (deletes waiting out a dependency want a longer budget). */
  policy?: Partial<RetryPolicy>;
  signal?: AbortSignal;
}

/** Options of {@link Cloud}. */
export interface CloudOptions extends ClientOptions {
  /** Shared accounting; default a new one (regions made with `forRegion` share it). */
  stats?: CallStats;
  /** Default retry policy of every call. */
  policy?: Partial<RetryPolicy>;
  /** Retries are reported with `ui.message`; default silent. */
  ui?: Ui;
  clock?: Clock;
  random?: () => number;
  /** Makes ClientTokens (default `randomUUID`); tests make them predictable. */
  newToken?: () => string;
  /** Clients to use instead of creating them (tests). */
  clients?: Clients;
}

const READ_ONLY = /^(Describe|List|Get|Query|Check)/;

/** The one-argument request methods of an SDK client (`describeImages`, `createVpc`…). */
export type RequestMethod<C> = {
  // biome-ignore lint/suspicious/noExplicitAny: matching any SDK request/response model
  [K in keyof C]: C[K] extends (request: any) => Promise<unknown> ? K : never;
}[keyof C] &
  string;

/** The request model a client method takes. */
export type RequestOf<C, M extends RequestMethod<C>> = C[M] extends (request: infer R) => Promise<unknown>
  ? R
  : never;

/** The response a client method resolves with. */
export type ResponseOf<C, M extends RequestMethod<C>> = C[M] extends (request: never) => Promise<infer R>
  ? R
  : never;

/** `describeImages` → `DescribeImages`. */
export function actionOf(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1);
}

/** Puts the call's ClientToken in a request whose model has a `clientToken` field left unset. */
function withClientToken<R>(request: R, token: string): R {
  const model = request as { clientToken?: string; constructor: { names?: () => Record<string, string> } };
  if (model.clientToken === undefined && typeof model.constructor?.names === "function") {
    if ("clientToken" in model.constructor.names()) model.clientToken = token;
  }
  return request;
}

/** The cloud of one region: `ecs()`/`vpc()` calls with retries, accounting and ClientTokens. */
export class Cloud {
  readonly region: string;
  readonly clients: Clients;
  readonly stats: CallStats;
  private readonly regions: Map<string, Cloud>;

  /** `regions` is internal: the clouds of every region made with `forRegion`. */
  constructor(
    private readonly opts: CloudOptions,
    regions?: Map<string, Cloud>,
  ) {
    this.clients = opts.clients ?? createClients(opts);
    this.region = this.clients.region;
    this.stats = opts.stats ?? new CallStats();
    this.regions = regions ?? new Map();
    this.regions.set(this.region, this);
  }

  /** The same cloud in another region (same credential, endpoints, policy and accounting). */
  forRegion(region: string): Cloud {
    return (
      this.regions.get(region) ??
      new Cloud({ ...this.opts, region, stats: this.stats, clients: undefined }, this.regions)
    );
  }

  /**
   * Calls ECS: `cloud.ecs("DescribeImages", (c) => c.describeImages(req))`. For create calls, put
   * `a.clientToken` in the request: it is the same on every retry of this call.
   */
  ecs<T>(
    action: string,
    fn: (client: EcsClient, a: Attempt) => Promise<T>,
    opts: CallOptions = {},
  ): Promise<T> {
    return this.call("Ecs", action, (a) => fn(this.clients.ecs, a), opts);
  }

  /** Calls VPC (VPCs, vSwitches, EIPs), as `ecs()`. */
  vpc<T>(
    action: string,
    fn: (client: VpcClient, a: Attempt) => Promise<T>,
    opts: CallOptions = {},
  ): Promise<T> {
    return this.call("Vpc", action, (a) => fn(this.clients.vpc, a), opts);
  }

  /**
   * Calls an ECS client method by name: `cloud.ecsRequest("createImage", new CreateImageRequest({…}))`.
   * The action is the method's name (`CreateImage`); a request model with a `clientToken` field
   * gets the call's ClientToken (the same on every retry) unless it carries one.
   */
  ecsRequest<M extends RequestMethod<EcsClient>>(
    method: M,
    request: RequestOf<EcsClient, M>,
    opts: CallOptions = {},
  ): Promise<ResponseOf<EcsClient, M>> {
    return this.call("Ecs", actionOf(method), (a) => this.invoke(this.clients.ecs, method, request, a), opts);
  }

  /** Calls a VPC client method by name, as `ecsRequest`. */
  vpcRequest<M extends RequestMethod<VpcClient>>(
    method: M,
    request: RequestOf<VpcClient, M>,
    opts: CallOptions = {},
  ): Promise<ResponseOf<VpcClient, M>> {
    return this.call("Vpc", actionOf(method), (a) => this.invoke(this.clients.vpc, method, request, a), opts);
  }

  private invoke<C, R>(client: C, method: string, request: unknown, a: Attempt): Promise<R> {
    const fn = (client as Record<string, (r: unknown) => Promise<R>>)[method];
    if (typeof fn !== "function") throw new TypeError(`the SDK client has no method ${method}`);
    return fn.call(client, withClientToken(request, a.clientToken));
  }

  /** Any call under the retry policy and accounting. */
  call<T>(
    product: string,
    action: string,
    fn: (a: Attempt) => Promise<T>,
    opts: CallOptions = {},
  ): Promise<T> {
    const ui = this.opts.ui;
    return retryCall(fn, {
      product,
      action,
      resource: opts.resource,
      retryCodes: opts.retryCodes,
      noRetryCodes: opts.noRetryCodes,
      policy: { ...this.opts.policy, ...opts.policy },
      signal: opts.signal,
      clock: this.opts.clock ?? systemClock,
      random: this.opts.random,
      stats: this.stats,
      clientToken: (this.opts.newToken ?? randomUUID)(),
      abandonOnAbort: READ_ONLY.test(action),
      onRetry: ui
        ? ({ attempt, delayMs, code }) =>
            ui.message(
              `${action}${opts.resource ? ` (${opts.resource})` : ""}: ${code}, retrying in ${(delayMs / 1000).toFixed(1)}s (attempt ${attempt + 1})`,
            )
        : undefined,
    }).catch((err: unknown) => {
      // A failed call names its region (a build works in several: copies, shares, checks).
      throw err instanceof CloudError ? err.inRegion(this.region) : err;
    });
  }
}
