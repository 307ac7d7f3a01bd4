// Calls the ECS/VPC handlers directly (decoded parameters, as the wire layer hands them over) and
// checks every answer against the action's response schema from emulator/data, made strict: no
// property the schema does not name, and the declared types.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { expect } from "vitest";
import { ManualClock } from "../../../emulator/model/clock.js";
import { createProfile } from "../../../emulator/profiles.js";
import { type CloudServices, createCloudServices } from "../../../emulator/services/index.js";
import { ApiError, type Product } from "../../../emulator/types.js";

export const ACCOUNT = "1234567890123456";
export const OTHER_ACCOUNT = "2234567890123456";

type Schema = Record<string, unknown>;
interface Metadata {
  actions: Record<
    string,
    { response?: Schema; errorCodes?: Record<string, { code: string; message: string }[]> }
  >;
}

function load(name: string): Metadata | undefined {
  const path = fileURLToPath(new URL(`../../../emulator/data/${name}.json`, import.meta.url));
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Metadata) : undefined;
}

/** The extracted metadata, when the wire layer's data files are present. */
export const METADATA: Partial<Record<Product, Metadata>> = { Ecs: load("ecs"), Vpc: load("vpc") };

function strict(schema: unknown): unknown {
  if (!schema || typeof schema !== "object") return schema;
  const s = { ...(schema as Schema) };
  delete s.itemNode;
  // some properties carry the request style `required: false` (DescribeInstanceTypes' GPUMemorySize)
  if (!Array.isArray(s.required)) delete s.required;
  if (s.properties) {
    s.properties = Object.fromEntries(Object.entries(s.properties as Schema).map(([k, v]) => [k, strict(v)]));
    s.additionalProperties = false;
  }
  if (s.items) s.items = strict(s.items);
  return s;
}

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

/** Validates a body (RequestId added, as the wire layer does) against the action's strict schema. */
export function checkShape(product: Product, action: string, body: Record<string, unknown>): void {
  const meta = METADATA[product];
  if (!meta) return;
  const key = `${product}.${action}`;
  let v = validators.get(key);
  if (!v) {
    const schema = meta.actions[action]?.response;
    if (!schema) throw new Error(`no response schema for ${key}`);
    v = ajv.compile(strict(schema) as Schema);
    validators.set(key, v);
  }
  const ok = v({ ...body, RequestId: "R" });
  if (!ok) {
    const why = (v.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
    );
    throw new Error(`${key} response does not match its schema:\n${[...new Set(why)].join("\n")}`);
  }
}

/** A fresh set of services on a manual clock. */
export function setup(opts: { profile?: "zero" | "fast" | "realistic"; accounts?: string[] } = {}) {
  const clock = new ManualClock();
  const cloud: CloudServices = createCloudServices({
    profile: createProfile(opts.profile ?? "realistic"),
    clock,
    accounts: opts.accounts ?? [ACCOUNT, OTHER_ACCOUNT],
  });
  const actions = new Map<string, (r: never) => unknown>();
  for (const s of cloud.services)
    for (const [a, h] of Object.entries(s.actions)) actions.set(`${s.product}.${a}`, h as never);
  /** Calls an action as `accountId` and checks the answer's shape. */
  async function call(
    product: Product,
    action: string,
    params: Record<string, unknown> = {},
    accountId = ACCOUNT,
  ): Promise<Record<string, unknown>> {
    const h = actions.get(`${product}.${action}`);
    if (!h) throw new Error(`no handler ${product}.${action}`);
    const body = (await (h as (r: unknown) => unknown)({
      product,
      version: product === "Ecs" ? "2014-05-26" : "2016-04-28",
      action,
      params,
      caller: { accountId, arn: `acs:ram::${accountId}:root`, accessKeyId: "AK", identityType: "Account" },
      requestId: "R",
      sourceIp: "127.0.0.1",
    })) as Record<string, unknown>;
    checkShape(product, action, body);
    return body;
  }
  const ecs = (action: string, params: Record<string, unknown> = {}, accountId?: string) =>
    call("Ecs", action, params, accountId);
  const vpc = (action: string, params: Record<string, unknown> = {}, accountId?: string) =>
    call("Vpc", action, params, accountId);
  return { cloud, model: cloud.model, clock, call, ecs, vpc };
}

/**
 * Expects an API error with this code and status; also checks that the code is one the
 * metadata documents for the action with that status (when `documented` is true).
 */
export async function expectError(
  p: Promise<unknown>,
  product: Product,
  action: string,
  code: string,
  httpStatus: number,
  documented = true,
): Promise<ApiError> {
  let err: unknown;
  try {
    await p;
  } catch (e) {
    err = e;
  }
  expect(err, `${action} should fail with ${code}`).toBeInstanceOf(ApiError);
  const e = err as ApiError;
  expect({ code: e.code, status: e.httpStatus }).toEqual({ code, status: httpStatus });
  const codes = METADATA[product]?.actions[action]?.errorCodes;
  if (documented && codes) {
    expect(
      codes[String(httpStatus)]?.map((c) => c.code) ?? [],
      `${code} documented for ${action} as ${httpStatus}`,
    ).toContain(code);
  }
  return e;
}
