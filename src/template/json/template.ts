/**
 * The template's structure as Packer 1.6.6 parses it (`template/parse.go`, `template/template.go`):
 * root keys (`_` comments, unknown keys, mapstructure's type errors), duplicate keys anywhere,
 * variables, builders, provisioners, post-processor sequences, the error-cleanup provisioner and
 * `Template.Validate` (builders present, `only`/`except`/`override` naming real builders). Packer
 * stops at the first failing stage; here every problem is reported, positioned, with Packer's text.
 */

import type { ConfigMember, ConfigNode, ConfigObject, ConfigString } from "../config/tree.js";
import type { DiagnosticBag } from "../diagnostics.js";
import { nanosToMillis } from "../duration.js";
import type {
  Located,
  TemplateBuilder,
  TemplatePostProcessor,
  TemplateProvisioner,
  TemplateVariable,
} from "../model.js";
import { decodeMeta, type MetaError, type MetaField, notAMap, unconvertible } from "./meta-decode.js";

/** The template as parsed, before variables are resolved and names rendered. */
export interface ParsedTemplate {
  root: ConfigObject;
  description: string;
  minPackerVersion: string;
  /** Where `min_packer_version` is (for its diagnostics). */
  minPackerVersionAt?: Located;
  comments: Record<string, string>;
  variables: TemplateVariable[];
  sensitiveVariables: string[];
  /** Builders; `name` is the raw name until rendered. */
  builders: TemplateBuilder[];
  /** Where `builders` is, when present. */
  buildersAt?: Located;
  /** How many entries `builders` has as written (valid or not). */
  builderEntries: number;
  provisioners: TemplateProvisioner[];
  postProcessors: TemplatePostProcessor[][];
  errorCleanupProvisioner?: TemplateProvisioner;
  push?: ConfigObject;
}

/** Source nodes of the generic keys, for positioned diagnostics. */
export interface GenericKeyNodes {
  only?: ConfigNode;
  except?: ConfigNode;
  override?: ConfigObject;
  maxRetries?: ConfigNode;
}

/** The nodes each provisioner's and post-processor's generic keys came from. */
export const genericKeyNodes = new WeakMap<object, GenericKeyNodes>();

const ROOT_FIELDS: readonly MetaField[] = [
  { name: "min_packer_version", kind: "string" },
  { name: "Description", kind: "string" },
  { name: "builders", kind: "any" },
  { name: "Comments", kind: "mapSlice" },
  { name: "Push", kind: "map" },
  { name: "post-processors", kind: "any" },
  { name: "Provisioners", kind: "any" },
  { name: "error-cleanup-provisioner", kind: "any" },
  { name: "Variables", kind: "map" },
  { name: "sensitive-variables", kind: "stringSlice" },
  { name: "RawContents", kind: "byteSlice" },
];

const BUILDER_FIELDS: readonly MetaField[] = [
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" },
];

const PROVISIONER_FIELDS: readonly MetaField[] = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" },
  { name: "Override", kind: "map" },
  { name: "pause_before", kind: "duration" },
  { name: "max_retries", kind: "string" },
  { name: "timeout", kind: "duration" },
];

const POST_PROCESSOR_FIELDS: readonly MetaField[] = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "keep_input_artifact", kind: "bool" },
  { name: "Config", kind: "map" },
];

const PROVISIONER_GENERIC_KEYS = new Set([
  "except",
  "only",
  "override",
  "pause_before",
  "max_retries",
  "type",
  "timeout",
]);
const POST_PROCESSOR_GENERIC_KEYS = new Set(["except", "only", "keep_input_artifact", "type", "name"]);
const BUILDER_GENERIC_KEYS = new Set(["name", "type"]);

/** A copy of an object without the given keys (exact case, as Packer's `delete` is). */
export function withoutKeys(obj: ConfigObject, keys: ReadonlySet<string>): ConfigObject {
  return { ...obj, members: obj.members.filter((m) => !keys.has(m.key)) };
}

function keyAt(m: ConfigMember): Located {
  return { pos: m.keyPos, path: m.path };
}

/**
 * Reports every key that repeats within its object (`template has duplicate field: <k>`) and every
 * number a float64 cannot hold (Go's `json: cannot unmarshal number 1e400 into Go value of type
 * float64`).
 */
export function checkDuplicateFields(node: ConfigNode, bag: DiagnosticBag): void {
  if (node.kind === "number" && !Number.isFinite(node.value)) {
    bag.error(node, `json: cannot unmarshal number ${node.raw} into Go value of type float64`);
    return;
  }
  if (node.kind === "array") {
    for (const item of node.items) checkDuplicateFields(item, bag);
    return;
  }
  if (node.kind !== "object") return;
  const seen = new Set<string>();
  for (const m of node.members) {
    if (seen.has(m.key)) bag.error(keyAt(m), `template has duplicate field: ${m.key}`);
    seen.add(m.key);
    checkDuplicateFields(m.value, bag);
  }
}

function report(bag: DiagnosticBag, prefix: string, errors: MetaError[]): void {
  for (const e of errors) bag.error(e.node, `${prefix}${e.message}`);
}

function emptyObjectAt(node: ConfigNode): ConfigObject {
  return { kind: "object", pos: node.pos, path: node.path, members: [] };
}

/** Parses the `variables` object: strings are defaults, `null` is required, anything else an error. */
function parseVariables(
  node: ConfigObject,
  sensitive: readonly string[],
  bag: DiagnosticBag,
): TemplateVariable[] {
  const out = new Map<string, TemplateVariable>();
  for (const m of node.members) {
    const v = m.value;
    if (v.kind !== "string" && v.kind !== "null") {
      // mapstructure decodes the default into a string with an empty field name.
      bag.error(v, `variable ${m.key}: ${unconvertible("", v, "string")}`);
      out.delete(m.key);
      continue;
    }
    out.set(m.key, {
      name: m.key,
      default: v.kind === "string" ? v.value : "",
      required: v.kind === "null",
      sensitive: sensitive.includes(m.key),
      pos: m.keyPos,
      path: m.path,
    });
  }
  return [...out.values()];
}

function parseBuilders(node: ConfigNode, bag: DiagnosticBag): TemplateBuilder[] {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'builders': source data must be an array or slice, got ${kindOf(node)}`);
    return [];
  }
  const out: TemplateBuilder[] = [];
  const names = new Set<string>();
  node.items.forEach((item, i) => {
    const n = i + 1;
    if (item.kind === "null") {
      // Packer 1.6.6 panics here; a builder without a type is the closest meaning.
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    if (item.kind !== "object") {
      bag.error(item, `builder ${n}: ${notAMap(item)}`);
      return;
    }
    const r = decodeMeta(item, BUILDER_FIELDS, true);
    if (r.errors.length > 0) {
      report(bag, `builder ${n}: `, r.errors);
      return;
    }
    const type = (r.values.get("Type")?.value as string | undefined) ?? "";
    if (type === "") {
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    const name = (r.values.get("Name")?.value as string | undefined) || type;
    if (names.has(name)) {
      const at = r.values.get("Name")?.node ?? item;
      bag.error(at, `builder ${n}: builder with name '${name}' already exists`);
      return;
    }
    names.add(name);
    out.push({
      index: i,
      type,
      rawName: name,
      name,
      config: withoutKeys(item, BUILDER_GENERIC_KEYS),
      node: item,
      pos: item.pos,
      path: item.path,
    });
  });
  return out;
}

function kindOf(node: ConfigNode): string {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    default:
      return node.kind;
  }
}

/** Packer's `decodeProvisioner`; `prefix` is `provisioner N: ` or the cleanup provisioner's. */
function parseProvisioner(
  node: ConfigNode,
  index: number,
  prefix: string,
  bag: DiagnosticBag,
): TemplateProvisioner | undefined {
  if (node.kind !== "object" && node.kind !== "null") {
    bag.error(node, `${prefix}Error decoding provisioner: ${notAMap(node)}`);
    return undefined;
  }
  const obj = node.kind === "object" ? node : emptyObjectAt(node);
  const r = decodeMeta(obj, PROVISIONER_FIELDS, true);
  if (r.errors.length > 0) {
    report(bag, `${prefix}Error decoding provisioner: `, r.errors);
    return undefined;
  }
  const type = (r.values.get("Type")?.value as string | undefined) ?? "";
  if (type === "") {
    bag.error(node, `${prefix}Provisioner missing 'type'`);
    return undefined;
  }
  const overrideNode = r.values.get("Override")?.value as ConfigObject | undefined;
  const override: Record<string, ConfigObject> = {};
  if (overrideNode) {
    for (const m of overrideNode.members) {
      if (m.value.kind === "object") override[m.key] = m.value;
      else if (m.value.kind === "null") override[m.key] = emptyObjectAt(m.value);
      else bag.error(m.value, `${prefix}Error decoding config: ${notAMap(m.value)}`);
    }
  }
  const maxRetries = r.values.get("max_retries");
  const p: TemplateProvisioner = {
    index,
    type,
    config: withoutKeys(obj, PROVISIONER_GENERIC_KEYS),
    node: obj,
    only: (r.values.get("Only")?.value as string[] | undefined) ?? [],
    except: (r.values.get("Except")?.value as string[] | undefined) ?? [],
    override,
    pauseBefore: millis(r.values.get("pause_before")?.value),
    maxRetries: 0,
    maxRetriesRaw: (maxRetries?.value as string | undefined) ?? "",
    timeout: millis(r.values.get("timeout")?.value),
    pos: obj.pos,
    path: obj.path,
  };
  genericKeyNodes.set(p, {
    only: r.values.get("Only")?.node,
    except: r.values.get("Except")?.node,
    override: overrideNode,
    maxRetries: maxRetries?.node,
  });
  return p;
}

function millis(ns: unknown): number {
  return typeof ns === "bigint" ? nanosToMillis(ns) : 0;
}

/** Packer's `parsePostProcessor`: a string, an object, or a sequence of strings and objects. */
function parsePostProcessors(node: ConfigNode, bag: DiagnosticBag): TemplatePostProcessor[][] {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'post-processors': source data must be an array or slice, got ${kindOf(node)}`);
    return [];
  }
  const out: TemplatePostProcessor[][] = [];
  node.items.forEach((raw, i) => {
    const n = i + 1;
    let entries: ConfigNode[];
    if (raw.kind === "string" || raw.kind === "object") entries = [raw];
    else if (raw.kind === "array") {
      let bad = false;
      raw.items.forEach((inner, j) => {
        if (inner.kind === "array") {
          bag.error(inner, `post-processor ${n}.${j + 1}: sequence not allowed to be nested in a sequence`);
          bad = true;
        } else if (inner.kind !== "string" && inner.kind !== "object") {
          bag.error(inner, `post-processor ${n}.${j + 1}: unknown format`);
          bad = true;
        }
      });
      if (bad) return;
      entries = raw.items;
    } else {
      bag.error(raw, `post-processor ${n}: bad format`);
      return;
    }
    const seq: TemplatePostProcessor[] = [];
    entries.forEach((entry, j) => {
      const prefix = `post-processor ${n}.${j + 1}: `;
      if (entry.kind === "string") {
        if (entry.value === "") {
          bag.error(entry, `${prefix}type is required`);
          return;
        }
        seq.push(stringPostProcessor(entry, i, j));
        return;
      }
      const obj = entry as ConfigObject;
      const r = decodeMeta(obj, POST_PROCESSOR_FIELDS, false);
      if (r.errors.length > 0) {
        report(bag, prefix, r.errors);
        return;
      }
      const type = (r.values.get("Type")?.value as string | undefined) ?? "";
      if (type === "") {
        bag.error(obj, `${prefix}type is required`);
        return;
      }
      const pp: TemplatePostProcessor = {
        index: i,
        subIndex: j,
        type,
        name: (r.values.get("Name")?.value as string | undefined) || type,
        only: (r.values.get("Only")?.value as string[] | undefined) ?? [],
        except: (r.values.get("Except")?.value as string[] | undefined) ?? [],
        keepInputArtifact: r.values.get("keep_input_artifact")?.value as boolean | undefined,
        config: withoutKeys(obj, POST_PROCESSOR_GENERIC_KEYS),
        node: obj,
        pos: obj.pos,
        path: obj.path,
      };
      genericKeyNodes.set(pp, { only: r.values.get("Only")?.node, except: r.values.get("Except")?.node });
      seq.push(pp);
    });
    out.push(seq);
  });
  return out;
}

function stringPostProcessor(node: ConfigString, index: number, subIndex: number): TemplatePostProcessor {
  return {
    index,
    subIndex,
    type: node.value,
    name: node.value,
    only: [],
    except: [],
    config: emptyObjectAt(node),
    node,
    pos: node.pos,
    path: node.path,
  };
}

/**
 * Parses the root of a template (already known to be valid JSON). Returns `undefined` when the
 * root is not an object; problems are added to `bag`.
 */
export function parseTemplate(root: ConfigNode, bag: DiagnosticBag): ParsedTemplate | undefined {
  checkDuplicateFields(root, bag);
  if (root.kind !== "object") {
    bag.error(root, notAMap(root));
    return undefined;
  }
  const r = decodeMeta(root, ROOT_FIELDS, false);
  report(bag, "", r.errors);
  const comments: Record<string, string> = {};
  const unknown = [...r.unused].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const m of unknown) {
    if (m.key.startsWith("_")) {
      if (m.value.kind === "string") comments[m.key] = m.value.value;
      else bag.error(m.value, `Failed to cast root level comment value in comment "${m.key}" to string.`);
      continue;
    }
    bag.error(keyAt(m), `Unknown root level key in template: '${m.key}'`);
  }
  for (const c of (r.values.get("Comments")?.value as ConfigObject[] | undefined) ?? []) {
    for (const m of c.members) if (m.value.kind === "string") comments[m.key] = m.value.value;
  }

  const get = <T>(name: string): T | undefined => r.values.get(name)?.value as T | undefined;
  const sensitiveVariables = get<string[]>("sensitive-variables") ?? [];
  const variablesNode = get<ConfigObject>("Variables");
  const variables = variablesNode ? parseVariables(variablesNode, sensitiveVariables, bag) : [];

  const buildersValue = r.values.get("builders");
  const builders = buildersValue ? parseBuilders(buildersValue.node, bag) : [];

  const ppValue = r.values.get("post-processors");
  const postProcessors = ppValue ? parsePostProcessors(ppValue.node, bag) : [];

  const provisioners: TemplateProvisioner[] = [];
  const provValue = r.values.get("Provisioners");
  if (provValue && provValue.node.kind !== "null") {
    const node = provValue.node;
    if (node.kind !== "array") {
      bag.error(node, `'Provisioners': source data must be an array or slice, got ${kindOf(node)}`);
    } else {
      node.items.forEach((item, i) => {
        const p = parseProvisioner(item, i, `provisioner ${i + 1}: `, bag);
        if (p) provisioners.push(p);
      });
    }
  }

  let errorCleanupProvisioner: TemplateProvisioner | undefined;
  const cleanup = r.values.get("error-cleanup-provisioner");
  if (cleanup && cleanup.node.kind !== "null") {
    errorCleanupProvisioner = parseProvisioner(cleanup.node, -1, "On Error Cleanup Provisioner error: ", bag);
  }

  const minAt = r.values.get("min_packer_version");
  return {
    root,
    description: get<string>("Description") ?? "",
    minPackerVersion: get<string>("min_packer_version") ?? "",
    minPackerVersionAt: minAt ? { pos: minAt.node.pos, path: minAt.node.path } : undefined,
    comments,
    variables,
    sensitiveVariables,
    builders,
    buildersAt: buildersValue ? keyAt(buildersValue.member) : undefined,
    builderEntries: buildersValue?.node.kind === "array" ? buildersValue.node.items.length : 0,
    provisioners,
    postProcessors,
    errorCleanupProvisioner,
    push: get<ConfigObject>("Push"),
  };
}

/** Where the n-th name of an `only`/`except` list is (the string itself when the list is an array). */
function nameAt(listNode: ConfigNode | undefined, i: number, fallback: Located): Located {
  if (listNode?.kind === "array" && listNode.items[i]) return listNode.items[i];
  return listNode ?? fallback;
}

function validateOnlyExcept(
  thing: { only: string[]; except: string[] } & Located,
  prefix: string,
  builderNames: ReadonlySet<string>,
  bag: DiagnosticBag,
): void {
  const nodes = genericKeyNodes.get(thing) ?? {};
  if (thing.only.length > 0 && thing.except.length > 0) {
    bag.error(nodes.except ?? thing, `${prefix}only one of 'only' or 'except' may be specified`);
    return;
  }
  thing.only.forEach((n, i) => {
    if (!builderNames.has(n))
      bag.error(nameAt(nodes.only, i, thing), `${prefix}'only' specified builder '${n}' not found`);
  });
  thing.except.forEach((n, i) => {
    if (!builderNames.has(n)) {
      bag.error(nameAt(nodes.except, i, thing), `${prefix}'except' specified builder '${n}' not found`);
    }
  });
}

/**
 * Packer's `Template.Validate`: at least one builder; provisioners' and post-processors'
 * `only`/`except` and provisioners' `override` name existing builders (by raw name).
 */
export function validateTemplate(t: ParsedTemplate, bag: DiagnosticBag): void {
  // Packer stops before this check when a written builder failed to parse.
  if (t.builderEntries === 0) {
    bag.error(t.buildersAt ?? t.root, "at least one builder must be defined");
  }
  const names = new Set(t.builders.map((b) => b.rawName));
  for (const p of t.provisioners) {
    const prefix = `provisioner ${p.index + 1}: `;
    validateOnlyExcept(p, prefix, names, bag);
    const overrideNode = genericKeyNodes.get(p)?.override;
    for (const m of overrideNode?.members ?? []) {
      if (!names.has(m.key)) bag.error(keyAt(m), `${prefix}override '${m.key}' doesn't exist`);
    }
  }
  for (const seq of t.postProcessors) {
    for (const pp of seq)
      validateOnlyExcept(pp, `post-processor ${pp.index + 1}.${pp.subIndex + 1}: `, names, bag);
  }
}
