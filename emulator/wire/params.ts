/**
 * Decodes an action's wire parameters (flat `Name`, `Name.N`, `Name.N.Sub`, `Parent.Child`, JSON
 * text) into typed values with the official metadata, and validates them (required, types, enums,
 * ranges, lengths, item counts) with the gateway's error codes and messages.
 */
import type { ActionMeta, MetaSchema, ParamMeta } from "../metadata/index.js";
import { ApiError } from "../types.js";

/** Protocol parameters that are never business parameters. */
export const PROTOCOL_PARAMS = new Set([
  "Action",
  "Version",
  "Format",
  "Timestamp",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "SignatureType",
  "AccessKeyId",
  "Signature",
  "SecurityToken",
  "BearerToken",
]);

/** `MissingParameter` as the gateway words it. */
export function missingParameter(name: string): ApiError {
  return new ApiError(
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
    400,
  );
}

/** `InvalidParameter` as the gateway words it. */
export function invalidParameter(name: string, why?: string): ApiError {
  return new ApiError(
    "InvalidParameter",
    `The specified parameter "${name}" is not valid.${why ? ` ${why}` : ""}`,
    400,
  );
}

const num = (v: string | number | undefined): number | undefined =>
  v === undefined || v === "" ? undefined : Number(v);

/** Groups flat keys under a prefix: `Tag.1.Key` under `Tag` → `{ "1": {"Key": v} }` as raw sub-maps. */
function children(flat: Map<string, string>, prefix: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const p = `${prefix}.`;
  for (const [k, v] of flat) {
    if (!k.startsWith(p)) continue;
    const rest = k.slice(p.length);
    const dot = rest.indexOf(".");
    const head = dot < 0 ? rest : rest.slice(0, dot);
    const tail = dot < 0 ? "" : rest.slice(dot + 1);
    let sub = out.get(head);
    if (!sub) {
      sub = new Map();
      out.set(head, sub);
    }
    sub.set(tail, v);
  }
  return out;
}

/** Re-roots a sub-map (keys relative to a child) under a synthetic name so decode() can recurse. */
function reroot(sub: Map<string, string>, name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of sub) out.set(k === "" ? name : `${name}.${k}`, v);
  return out;
}

function decodeScalar(path: string, schema: MetaSchema, raw: string): unknown {
  const type = schema.type ?? "string";
  let value: unknown = raw;
  if (type === "integer") {
    if (!/^[-+]?\d+$/.test(raw.trim())) throw invalidParameter(path);
    value = Number(raw);
  } else if (type === "number") {
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(n)) throw invalidParameter(path);
    value = n;
  } else if (type === "boolean") {
    const l = raw.trim().toLowerCase();
    if (l !== "true" && l !== "false") throw invalidParameter(path);
    value = l === "true";
  } else if (type === "object" || type === "array") {
    try {
      value = JSON.parse(raw);
    } catch {
      throw invalidParameter(path);
    }
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && typeof value !== "object") {
    if (!schema.enum.map(String).includes(String(value))) throw invalidParameter(path);
  }
  if (typeof value === "number") {
    const min = num(schema.minimum);
    const max = num(schema.maximum);
    if (min !== undefined && Number.isFinite(min) && value < min) throw invalidParameter(path);
    if (max !== undefined && Number.isFinite(max) && value > max) throw invalidParameter(path);
  }
  if (typeof value === "string") {
    const minL = num(schema.minLength);
    const maxL = num(schema.maxLength);
    if (minL !== undefined && value.length < minL) throw invalidParameter(path);
    if (maxL !== undefined && value.length > maxL) throw invalidParameter(path);
  }
  return value;
}

/**
 * Decodes one parameter from the flat map, or returns undefined when absent. `style` is the
 * metadata's serialization; nested arrays use `.N` and nested objects `.Child`.
 */
function decode(
  path: string,
  schema: MetaSchema,
  style: string | undefined,
  flat: Map<string, string>,
): unknown {
  const type = schema.type ?? "string";
  const direct = flat.get(path);
  if (style === "json") {
    return direct === undefined
      ? undefined
      : decodeScalar(path, { ...schema, type: type === "array" ? "array" : "object" }, direct);
  }
  if (type === "array") {
    if (style === "simple" && direct !== undefined) {
      const items = direct === "" ? [] : direct.split(",");
      return items.map((v, i) => decodeScalar(`${path}.${i + 1}`, schema.items ?? {}, v));
    }
    const groups = children(flat, path);
    if (groups.size === 0) {
      // Some clients send a JSON list in the bare name.
      if (direct?.trim().startsWith("[")) return decodeScalar(path, schema, direct);
      return undefined;
    }
    const indexes = [...groups.keys()].filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    const itemSchema = schema.items ?? {};
    const items = indexes.map((idx) => {
      const name = `${path}.${idx}`;
      return decode(name, itemSchema, undefined, reroot(groups.get(idx)!, name));
    });
    const maxItems = num(schema.maxItems);
    if (maxItems !== undefined && items.length > maxItems) throw invalidParameter(path);
    return items;
  }
  if (type === "object" && schema.properties) {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const [prop, propSchema] of Object.entries(schema.properties)) {
      const v = decode(`${path}.${prop}`, propSchema, undefined, flat);
      if (v !== undefined) {
        out[prop] = v;
        any = true;
      }
    }
    if (!any && direct !== undefined && direct.trim().startsWith("{"))
      return decodeScalar(path, schema, direct);
    return any ? out : undefined;
  }
  if (direct === undefined) return undefined;
  return decodeScalar(path, schema, direct);
}

/**
 * Decodes and validates all of an action's parameters from the wire's flat string map. Unknown
 * parameters are ignored, as the real API does. Throws ApiError (MissingParameter, InvalidParameter).
 */
export function decodeParams(meta: ActionMeta, flat: Map<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of meta.parameters as ParamMeta[]) {
    if (PROTOCOL_PARAMS.has(p.name)) continue;
    const value = decode(p.name, p.schema, p.style, flat);
    if (value === undefined || (value === "" && p.schema.required)) {
      if (p.schema.required) throw missingParameter(p.name);
      continue;
    }
    assign(out, p.name, value);
  }
  return out;
}

/**
 * Sets `value` at a parameter name. Dotted names (the metadata lists `SystemDisk.Size` beside a
 * flat `SystemDisk` object) are nested, merging with what is already there.
 */
function assign(out: Record<string, unknown>, name: string, value: unknown): void {
  const path = name.split(".");
  let node = out;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || next === null || typeof next !== "object" || Array.isArray(next))
      node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  const prev = node[last];
  if (
    prev &&
    typeof prev === "object" &&
    !Array.isArray(prev) &&
    value &&
    typeof value === "object" &&
    !Array.isArray(value)
  )
    node[last] = { ...(prev as Record<string, unknown>), ...(value as Record<string, unknown>) };
  else node[last] = value;
}
