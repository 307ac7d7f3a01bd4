/**
 * The format-neutral config tree: what every template front end (Packer JSON today, HCL2 next)
 * produces and every config decoder reads. A node is a string, number, boolean, null, list or
 * object, each remembering where it stands in its file (line, column, and the path of keys and
 * indexes that leads to it), so every later error can name `file:line:column` and the field.
 * Object members keep duplicates in order, so that a front end can report them as Packer does.
 */
import type { SourcePos } from "../diagnostics.js";

interface NodeBase {
  /** Where the value starts. */
  pos: SourcePos;
  /** JSON path, e.g. `builders[0].image_disk_mappings[1].disk_size`; `""` for the root. */
  path: string;
}

export interface ConfigString extends NodeBase {
  kind: "string";
  value: string;
}
export interface ConfigNumber extends NodeBase {
  kind: "number";
  value: number;
  /** The number as written (Packer's decoders see `5` and `5.0` differently). */
  raw: string;
}
export interface ConfigBoolean extends NodeBase {
  kind: "boolean";
  value: boolean;
}
export interface ConfigNull extends NodeBase {
  kind: "null";
  value: null;
}
export interface ConfigList extends NodeBase {
  kind: "array";
  items: ConfigNode[];
}
export interface ConfigMember {
  key: string;
  keyPos: SourcePos;
  /** Path of the member itself (same as `value.path`). */
  path: string;
  value: ConfigNode;
}
export interface ConfigObject extends NodeBase {
  kind: "object";
  /** Members in source order, duplicates included. */
  members: ConfigMember[];
}

export type ConfigNode = ConfigString | ConfigNumber | ConfigBoolean | ConfigNull | ConfigList | ConfigObject;

/** Appends a key to a JSON path: `a.b`, or `a["we ird"]` for keys that are not identifiers. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  const simple = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  if (!simple) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/** The plain JavaScript value of a node (later duplicate keys win, as in Go's encoding/json). */
export function toPlain(node: ConfigNode): unknown {
  switch (node.kind) {
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const m of node.members) out[m.key] = toPlain(m.value);
      return out;
    }
    default:
      return node.value;
  }
}

/** The last member with this key (Go's encoding/json keeps the last duplicate). */
export function member(obj: ConfigObject, key: string): ConfigMember | undefined {
  for (let i = obj.members.length - 1; i >= 0; i--) if (obj.members[i].key === key) return obj.members[i];
  return undefined;
}

/** Human name of a node's type, as Go's mapstructure names them in its messages. */
export function goTypeName(node: ConfigNode): string {
  switch (node.kind) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    case "null":
      return "<nil>";
    case "array":
      return "[]interface {}";
    case "object":
      return "map[string]interface {}";
  }
}
