// Validates STS response bodies against the official metadata's response schema with ajv. The
// metadata schema carries boolean `required` flags and documentation keys; it is turned into a
// strict JSON schema (no unknown properties anywhere).
import Ajv from "ajv";
import { actionMeta, type MetaSchema } from "../../../emulator/metadata/index.js";
import type { Product } from "../../../emulator/types.js";

function toJsonSchema(s: MetaSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.type) out.type = s.type === "integer" ? "integer" : s.type;
  if (s.enum) out.enum = s.enum;
  if (s.items) out.items = toJsonSchema(s.items);
  if (s.properties) {
    out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, toJsonSchema(v)]));
    out.additionalProperties = false;
  }
  return out;
}

const AjvClass = ((Ajv as unknown as { default?: unknown }).default ?? Ajv) as typeof Ajv.default;
const ajv = new AjvClass({ strict: false, allErrors: true });

/** Errors of `body` against the action's response schema (empty when it conforms). */
export function schemaErrors(product: Product, action: string, body: unknown): string[] {
  const meta = actionMeta(product, action);
  if (!meta) throw new Error(`no metadata for ${product} ${action}`);
  const validate = ajv.compile(toJsonSchema(meta.response));
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
