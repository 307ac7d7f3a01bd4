/**
 * mapstructure as Packer 1.6.6's template parser uses it for the template's own keys (the root,
 * the `type`/`name`/`only`/`except`/`override`/`pause_before`/`max_retries`/`timeout` keys of
 * builders, provisioners and post-processors): field matching (exact, then case-insensitive),
 * weak or strict typing, and the exact error texts (`'Only': source data must be an array or
 * slice, got string`). Plugin configs are decoded elsewhere (`decode.ts`).
 */

import {
  type ConfigMember,
  type ConfigNode,
  type ConfigObject,
  goTypeName,
  toPlain,
} from "../config/tree.js";
import { DurationError, parseGoDuration } from "../duration.js";
import { type GoValue, goFormatFloatF, goPrintValue } from "../gofmt.js";

/** What a template field decodes to. */
export type MetaKind =
  | "string"
  | "bool"
  | "stringSlice"
  | "map"
  | "mapSlice"
  | "duration"
  | "byteSlice"
  | "any";

/** One field: `name` is mapstructure's name for it (tag or Go field name), used in messages. */
export interface MetaField {
  name: string;
  kind: MetaKind;
}

/** One decode problem: mapstructure's text and the node it is about. */
export interface MetaError {
  node: ConfigNode;
  message: string;
}

/** A decoded value with the node it came from. */
export interface MetaValue<T> {
  value: T;
  node: ConfigNode;
  member: ConfigMember;
}

/** The outcome of {@link decodeMeta}. */
export interface MetaResult {
  values: Map<string, MetaValue<unknown>>;
  errors: MetaError[];
  /** Members that no field claimed (mapstructure's `Unused`). */
  unused: ConfigMember[];
}

/** Go's `reflect.Kind` name of a JSON node, as mapstructure prints it in some messages. */
export function goKindName(node: ConfigNode): string {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "null":
      return "invalid";
    default:
      return goTypeName(node);
  }
}

/** mapstructure's "expected type ..., got unconvertible type ..., value: ..." text. */
export function unconvertible(name: string, node: ConfigNode, want: string): string {
  return `'${name}' expected type '${want}', got unconvertible type '${goTypeName(node)}', value: '${goPrintValue(toPlain(node) as GoValue)}'`;
}

/** Finds the member for a field: the exact name first, then a case-insensitive match. */
function findMember(obj: ConfigObject, name: string, claimed: Set<ConfigMember>): ConfigMember | undefined {
  let exact: ConfigMember | undefined;
  for (const m of obj.members) if (m.key === name) exact = m;
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const m of obj.members) if (!claimed.has(m) && m.key.toLowerCase() === lower) return m;
  return undefined;
}

/** Decodes one value as a string (weakly: bools to "1"/"0", numbers in shortest form). */
export function decodeString(
  name: string,
  node: ConfigNode,
  weak: boolean,
  errors: MetaError[],
): string | undefined {
  switch (node.kind) {
    case "null":
      return undefined;
    case "string":
      return node.value;
    case "boolean":
      if (weak) return node.value ? "1" : "0";
      break;
    case "number":
      if (weak) return goFormatFloatF(node.value);
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "string") });
  return undefined;
}

function decodeStringSlice(
  name: string,
  node: ConfigNode,
  weak: boolean,
  errors: MetaError[],
): string[] | undefined {
  if (node.kind === "null") return undefined;
  let items: ConfigNode[];
  if (node.kind === "array") items = node.items;
  else if (!weak) {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`,
    });
    return undefined;
  } else if (node.kind === "object" && node.members.length === 0) return [];
  else items = [node];
  const out: string[] = [];
  const before = errors.length;
  items.forEach((item, i) => {
    const s = decodeString(`${name}[${i}]`, item, weak, errors);
    out.push(s ?? "");
  });
  return errors.length > before ? undefined : out;
}

function decodeMap(
  name: string,
  node: ConfigNode,
  weak: boolean,
  errors: MetaError[],
): ConfigObject | undefined {
  if (node.kind === "null") return undefined;
  if (node.kind === "object") return node;
  if (node.kind === "array" && weak) {
    // mapstructure merges a list of maps into one map.
    const merged: ConfigObject = { kind: "object", pos: node.pos, path: node.path, members: [] };
    const before = errors.length;
    node.items.forEach((item, i) => {
      const m = decodeMap(`${name}[${i}]`, item, weak, errors);
      if (m) merged.members.push(...m.members);
    });
    return errors.length > before ? undefined : merged;
  }
  errors.push({ node, message: `'${name}' expected a map, got '${goKindName(node)}'` });
  return undefined;
}

/** Decodes a Go `time.Duration` (nanoseconds) with the string-to-duration hook; returns ns. */
function decodeDuration(
  name: string,
  node: ConfigNode,
  weak: boolean,
  errors: MetaError[],
): bigint | undefined {
  switch (node.kind) {
    case "null":
      return undefined;
    case "string":
      try {
        return parseGoDuration(node.value);
      } catch (err) {
        const msg = err instanceof DurationError ? err.message : String(err);
        errors.push({ node, message: `error decoding '${name}': ${msg}` });
        return undefined;
      }
    case "number":
      return BigInt(Math.trunc(Number.isFinite(node.value) ? node.value : 0));
    case "boolean":
      if (weak) return node.value ? 1n : 0n;
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "time.Duration") });
  return undefined;
}

function decodeBool(name: string, node: ConfigNode, errors: MetaError[]): boolean | undefined {
  if (node.kind === "null") return undefined;
  if (node.kind === "boolean") return node.value;
  errors.push({ node, message: unconvertible(name, node, "bool") });
  return undefined;
}

function decodeMapSlice(name: string, node: ConfigNode, errors: MetaError[]): ConfigObject[] | undefined {
  if (node.kind === "null") return undefined;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`,
    });
    return undefined;
  }
  const out: ConfigObject[] = [];
  node.items.forEach((item, i) => {
    const m = decodeMap(`${name}[${i}]`, item, false, errors);
    if (!m) return;
    for (const mem of m.members) decodeString(`${name}[${i}][${mem.key}]`, mem.value, false, errors);
    out.push(m);
  });
  return out;
}

function decodeByteSlice(name: string, node: ConfigNode, errors: MetaError[]): undefined {
  if (node.kind === "null") return undefined;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`,
    });
    return undefined;
  }
  node.items.forEach((item, i) => {
    if (item.kind !== "number" && item.kind !== "null") {
      errors.push({ node: item, message: unconvertible(`${name}[${i}]`, item, "uint8") });
    }
  });
  return undefined;
}

/** Decodes one value of the given kind; `undefined` for null or on error (errors are pushed). */
export function decodeValue(field: MetaField, node: ConfigNode, weak: boolean, errors: MetaError[]): unknown {
  switch (field.kind) {
    case "string":
      return decodeString(field.name, node, weak, errors);
    case "bool":
      return decodeBool(field.name, node, errors);
    case "stringSlice":
      return decodeStringSlice(field.name, node, weak, errors);
    case "map":
      return decodeMap(field.name, node, weak, errors);
    case "mapSlice":
      return decodeMapSlice(field.name, node, errors);
    case "duration":
      return decodeDuration(field.name, node, weak, errors);
    case "byteSlice":
      return decodeByteSlice(field.name, node, errors);
    case "any":
      return node;
  }
}

/**
 * Decodes an object into the given fields as mapstructure does: each field takes the member with
 * its exact name, else the first member whose key matches case-insensitively. Members no field
 * claims are returned as `unused`.
 */
export function decodeMeta(obj: ConfigObject, fields: readonly MetaField[], weak: boolean): MetaResult {
  const values = new Map<string, MetaValue<unknown>>();
  const errors: MetaError[] = [];
  const claimed = new Set<ConfigMember>();
  for (const field of fields) {
    const member = findMember(obj, field.name, claimed);
    if (!member) continue;
    // Every member with a claimed key is used (duplicates are reported by the caller).
    for (const m of obj.members) if (m.key === member.key) claimed.add(m);
    const value = decodeValue(field, member.value, weak, errors);
    if (value !== undefined) values.set(field.name, { value, node: member.value, member });
  }
  const unused = obj.members.filter((m) => !claimed.has(m));
  return { values, errors, unused };
}

/** The expected-a-map error for a whole config that is not an object (`'' expected a map, got 'float64'`). */
export function notAMap(node: ConfigNode): string {
  return `'' expected a map, got '${goKindName(node)}'`;
}
