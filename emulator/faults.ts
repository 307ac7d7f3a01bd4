/**
 * Fault injection. Rules are given at start (`faults` option, or a JSON file with `--faults`) or at
 * run time (`emulator.faults.add()`, `POST /_emulator/faults`). A rule matches calls by product,
 * action, decoded/raw parameter values, n-th matching call, or seeded probability.
 *
 * Wire effects (applied by the wire layer before the handler runs):
 * - `throttle`: `Throttling.User`, HTTP 400 (SDKs raise ThrottlingError);
 * - `error`: any code/message/status (default `InternalError` 500), e.g. `ServiceUnavailable` 503,
 *   or `OperationDenied.NoStock` for a zone: `{action:"RunInstances", params:{ZoneId:"cn-hangzhou-h"}}`;
 * - `delay`: wait `delayMs`, then answer normally;
 * - `reset`: destroy the connection without an answer.
 *
 * Resource effects (read by the services through `queryResourceFault`; the wire layer ignores them):
 * - `stuck`: a resource does not leave a transient state;
 * - `fail`: a resource's operation fails (e.g. an image ends `CreateFailed`).
 * Their `target` says which resource: `{kind:"image", id?, transition?}`.
 */
import type { Product } from "./types.js";

/** What a rule does. */
export type FaultEffect = "throttle" | "error" | "delay" | "reset" | "stuck" | "fail";

/** The resource a `stuck`/`fail` rule aims at. */
export interface FaultTarget {
  /** Resource kind as the services name it: `instance`, `image`, `disk`, `snapshot`, `eip`… */
  kind: string;
  /** A resource id, or omitted for any resource of the kind. */
  id?: string;
  /** The transition, e.g. `instance.start`, `image.create` (the profile's transition keys). */
  transition?: string;
}

/** One fault rule (the JSON format of `--faults FILE`: `{"rules":[…]}` or a bare array). */
export interface FaultRule {
  /** Assigned when absent. */
  id?: string;
  product?: Product;
  /** One action or a list. */
  action?: string | string[];
  /** Parameter values that must match (wire names, e.g. `ZoneId`, `Tag.1.Key`). */
  params?: Record<string, string>;
  /** Fire only on these matching calls (1-based). */
  nth?: number | number[];
  /** Fire only after this many matching calls. */
  after?: number;
  /** Fire with this probability (0..1) using a PRNG seeded with `seed` (reproducible). */
  probability?: number;
  seed?: number;
  /** Fire at most this many times. */
  times?: number;
  effect: FaultEffect;
  code?: string;
  message?: string;
  httpStatus?: number;
  /** For `delay` (and the extra wait before an `error`). */
  delayMs?: number;
  /** For `stuck`/`fail`. */
  target?: FaultTarget;
}

/** A call as the fault matcher sees it. */
export interface FaultCall {
  product: Product;
  action: string;
  params: Map<string, string>;
}

interface RuleState {
  rule: FaultRule & { id: string };
  matched: number;
  fired: number;
  random: () => number;
}

/** mulberry32: a small seeded PRNG (reproducible probability faults). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WIRE_EFFECTS = new Set<FaultEffect>(["throttle", "error", "delay", "reset"]);
const ALL_EFFECTS = new Set<FaultEffect>([...WIRE_EFFECTS, "stuck", "fail"]);

/** Checks a rule's shape; throws a readable Error when it is wrong. */
export function validateRule(rule: FaultRule): void {
  if (!rule || typeof rule !== "object") throw new Error("fault rule must be an object");
  if (!ALL_EFFECTS.has(rule.effect))
    throw new Error(`fault rule: unknown effect ${JSON.stringify(rule.effect)}`);
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1))
    throw new Error("fault rule: probability must be within 0..1");
  if ((rule.effect === "stuck" || rule.effect === "fail") && !rule.target?.kind)
    throw new Error(`fault rule: effect ${rule.effect} needs target.kind`);
}

/** Parses a faults file's text: `{"rules":[…]}` or `[…]`. */
export function parseFaultsJson(text: string): FaultRule[] {
  const doc = JSON.parse(text) as unknown;
  const rules = Array.isArray(doc) ? doc : (doc as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) throw new Error('faults file: expected a list of rules or {"rules": [...]}');
  for (const r of rules) validateRule(r as FaultRule);
  return rules as FaultRule[];
}

/** The fault injector shared by the wire layer and the services. */
export class FaultInjector {
  private rules: RuleState[] = [];
  private counter = 0;

  constructor(
    rules: FaultRule[] = [],
    private readonly defaultSeed = 1,
  ) {
    for (const r of rules) this.add(r);
  }

  /** Adds a rule; returns its id. */
  add(rule: FaultRule): string {
    validateRule(rule);
    const id = rule.id ?? `fault-${++this.counter}`;
    this.rules = this.rules.filter((s) => s.rule.id !== id);
    this.rules.push({
      rule: { ...rule, id },
      matched: 0,
      fired: 0,
      random: mulberry32(rule.seed ?? this.defaultSeed),
    });
    return id;
  }

  /** Removes a rule by id; true when it existed. */
  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((s) => s.rule.id !== id);
    return this.rules.length !== before;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Rules with their counters. */
  list(): (FaultRule & { id: string; matched: number; fired: number })[] {
    return this.rules.map((s) => ({ ...s.rule, matched: s.matched, fired: s.fired }));
  }

  private fires(s: RuleState): boolean {
    const { rule } = s;
    s.matched++;
    if (rule.times !== undefined && s.fired >= rule.times) return false;
    if (rule.nth !== undefined) {
      const list = Array.isArray(rule.nth) ? rule.nth : [rule.nth];
      if (!list.includes(s.matched)) return false;
    }
    if (rule.after !== undefined && s.matched <= rule.after) return false;
    if (rule.probability !== undefined && !(s.random() < rule.probability)) return false;
    s.fired++;
    return true;
  }

  /** The wire-level rules that fire for this call (every matching rule counts the call). */
  matchCall(call: FaultCall): (FaultRule & { id: string })[] {
    const out: (FaultRule & { id: string })[] = [];
    for (const s of this.rules) {
      const { rule } = s;
      if (!WIRE_EFFECTS.has(rule.effect)) continue;
      if (rule.product && rule.product.toLowerCase() !== call.product.toLowerCase()) continue;
      if (rule.action) {
        const actions = Array.isArray(rule.action) ? rule.action : [rule.action];
        if (!actions.includes(call.action)) continue;
      }
      if (rule.params && !Object.entries(rule.params).every(([k, v]) => call.params.get(k) === v)) continue;
      if (this.fires(s)) out.push(rule);
    }
    return out;
  }

  /**
   * For the services: the first `stuck`/`fail` rule that fires for this resource. `kind` must
   * match; a rule's `id`/`transition`, when set, must match too. Each query counts as a call for
   * `nth`/`after`/`probability`/`times`.
   */
  queryResourceFault(
    effect: "stuck" | "fail",
    resource: { kind: string; id?: string; transition?: string },
  ): (FaultRule & { id: string }) | undefined {
    for (const s of this.rules) {
      const { rule } = s;
      if (rule.effect !== effect || !rule.target) continue;
      const t = rule.target;
      if (t.kind !== resource.kind) continue;
      if (t.id !== undefined && t.id !== resource.id) continue;
      if (t.transition !== undefined && t.transition !== resource.transition) continue;
      if (this.fires(s)) return rule;
    }
    return undefined;
  }
}

/** Exported query function for the services (same as `faults.queryResourceFault`). */
export function queryResourceFault(
  faults: FaultInjector | undefined,
  effect: "stuck" | "fail",
  resource: { kind: string; id?: string; transition?: string },
): (FaultRule & { id: string }) | undefined {
  return faults?.queryResourceFault(effect, resource);
}
