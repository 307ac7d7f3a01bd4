/**
 * The JSON front end's parser: JSON text into the positioned config tree (`../config/tree.ts`).
 * Duplicate keys are kept, in order, so that the template layer can report them as Packer does.
 */
import { parse as momoaParse } from "@humanwhocodes/momoa";
import { type ConfigNode, childPath } from "../config/tree.js";
import type { SourcePos } from "../diagnostics.js";

/** A syntax error, positioned. The message follows the style of Go's encoding/json where useful. */
export class JsonSyntaxError extends Error {
  readonly pos: SourcePos;
  constructor(message: string, pos: SourcePos) {
    super(message);
    this.name = "JsonSyntaxError";
    this.pos = pos;
  }
}

type MomoaNode = ReturnType<typeof momoaParse>["body"];

function toPos(p: { line: number; column: number; offset: number }): SourcePos {
  return { line: p.line, column: p.column, offset: p.offset };
}

function convert(node: MomoaNode, path: string, text: string): ConfigNode {
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
export function parseJson(text: string): ConfigNode {
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
