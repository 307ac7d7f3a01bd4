/**
 * JSON with positions. Templates are parsed into a tree of nodes that remember where each key and
 * value stands in the file, so every later error can name `file:line:column` and the JSON path.
 * Duplicate keys are kept (in order) so that the caller can report them as Packer does.
 */
import { parse as momoaParse } from "@humanwhocodes/momoa";
import type { SourcePos } from "./diagnostics.js";

interface NodeBase {
  /** Where the value starts. */
  pos: SourcePos;
  /** JSON path, e.g. `builders[0].image_disk_mappings[1].disk_size`; `""` for the root. */
  path: string;
}

export interface JString extends NodeBase {
  kind: "string";
  value: string;
}
export interface JNumber extends NodeBase {
  kind: "number";
  value: number;
  /** The number as written (Packer's decoders see `5` and `5.0` differently). */
  raw: string;
}
export interface JBoolean extends NodeBase {
  kind: "boolean";
  value: boolean;
}
export interface JNull extends NodeBase {
  kind: "null";
  value: null;
}
export interface JArray extends NodeBase {
  kind: "array";
  items: JNode[];
}
export interface JMember {
  key: string;
  keyPos: SourcePos;
  /** Path of the member itself (same as `value.path`). */
  path: string;
  value: JNode;
}
export interface JObject extends NodeBase {
  kind: "object";
  /** Members in source order, duplicates included. */
  members: JMember[];
}

export type JNode = JString | JNumber | JBoolean | JNull | JArray | JObject;

/** A syntax error, positioned. The message follows the style of Go's encoding/json where useful. */
export class JsonSyntaxError extends Error {
  readonly pos: SourcePos;
  constructor(message: string, pos: SourcePos) {
    super(message);
    this.name = "JsonSyntaxError";
    this.pos = pos;
  }
}

/** Appends a key to a JSON path: `a.b`, or `a["we ird"]` for keys that are not identifiers. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  const simple = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  if (!simple) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

type MomoaNode = ReturnType<typeof momoaParse>["body"];

function toPos(p: { line: number; column: number; offset: number }): SourcePos {
  return { line: p.line, column: p.column, offset: p.offset };
}

function convert(node: MomoaNode, path: string, text: string): JNode {
  const pos = toPos(node.loc.start);
  switch (node.type) {
    case "String":
      return { kind: "string", value: node.value, pos, path };
    case "Number":
      return {
        kind: "number",
        value: node.value,
        raw: text.slice(node.loc.start.offset, node.loc.end.offset),
        pos,
        path,
      };
    case "Boolean":
      return { kind: "boolean", value: node.value, pos, path };
    case "Null":
      return { kind: "null", value: null, pos, path };
    case "Array":
      return {
        kind: "array",
        pos,
        path,
        items: node.elements.map((el, i) => convert(el.value as MomoaNode, childPath(path, i), text)),
      };
    case "Object":
      return {
        kind: "object",
        pos,
        path,
        members: node.members.map((m) => {
          const key = m.name.type === "String" ? m.name.value : m.name.name;
          const p = childPath(path, key);
          return {
            key,
            keyPos: toPos(m.name.loc.start),
            path: p,
            value: convert(m.value as MomoaNode, p, text),
          };
        }),
      };
    default:
      throw new JsonSyntaxError(`unexpected JSON node ${(node as { type: string }).type}`, pos);
  }
}

/** Parses JSON text into positioned nodes. Throws {@link JsonSyntaxError} with the position. */
export function parseJson(text: string): JNode {
  let ast: ReturnType<typeof momoaParse>;
  try {
    ast = momoaParse(text, { mode: "json", ranges: false, tokens: false });
  } catch (err) {
    const e = err as Error & { line?: number; column?: number; offset?: number };
    const message = (e.message ?? String(err)).replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonSyntaxError(message, { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset ?? 0 });
  }
  return convert(ast.body, "", text);
}

/** The plain JavaScript value of a node (later duplicate keys win, as in Go's encoding/json). */
export function toPlain(node: JNode): unknown {
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
export function member(obj: JObject, key: string): JMember | undefined {
  for (let i = obj.members.length - 1; i >= 0; i--) if (obj.members[i].key === key) return obj.members[i];
  return undefined;
}

/** Human name of a node's type, as Go's mapstructure names them in its messages. */
export function goTypeName(node: JNode): string {
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
