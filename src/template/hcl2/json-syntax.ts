/**
 * HCL's JSON syntax (hashicorp/hcl `json/spec.md`) for `*.pkr.json` and `*.pkrvars.json`: a JSON
 * object read as a body, with Packer's schema deciding which properties are blocks (and how many
 * labels they nest) and which are attributes. Strings are templates (`"${var.x}"`); the `type` of
 * a variable and a dynamic block's `iterator` are expressions. Ranges point at the JSON values.
 */

import type { ConfigNode } from "../config/tree.js";
import type { SourcePos } from "../diagnostics.js";
import { JsonSyntaxError, parseJson } from "../json/parse.js";
import type { Attribute, Block, Body, Expr, Range } from "./ast.js";
import type { HclDiagnostic } from "./diagnostics.js";
import { parseHclExpression, parseHclTemplate } from "./parser.js";

/** Block types and their label counts, by the enclosing block type (`""` is the file). */
const SCHEMA: Record<string, Record<string, number>> = {
  "": { packer: 0, variable: 1, locals: 0, local: 1, data: 2, source: 2, build: 0 },
  packer: { required_plugins: 0 },
  variable: { validation: 0 },
  build: {
    source: 1,
    provisioner: 1,
    "error-cleanup-provisioner": 1,
    "post-processor": 1,
    "post-processors": 0,
  },
  "post-processors": { "post-processor": 1 },
  source: { system_disk_mapping: 0, image_disk_mappings: 0, tag: 0, dynamic: 1 },
  provisioner: { dynamic: 1 },
  "error-cleanup-provisioner": { dynamic: 1 },
  "post-processor": { dynamic: 1 },
  dynamic: { content: 0 },
  locals: {},
  local: {},
  data: {},
  required_plugins: {},
  validation: {},
};

/** Attributes whose JSON string is an expression rather than a template. */
const EXPRESSION_ATTRS: Record<string, string[]> = { variable: ["type"], dynamic: ["iterator"] };

/** Parses `text` (the contents of `file`) as an HCL JSON body; `varFile` reads only attributes. */
export function parseHclJson(
  text: string,
  file: string,
  varFile = false,
): { body?: Body; diagnostics: HclDiagnostic[] } {
  const diags: HclDiagnostic[] = [];
  let root: ConfigNode;
  try {
    root = parseJson(text);
  } catch (err) {
    const pos = err instanceof JsonSyntaxError ? err.pos : { line: 1, column: 1, offset: 0 };
    diags.push({
      severity: "error",
      summary: "Invalid JSON",
      detail: (err as Error).message,
      range: { file, start: pos, end: pos },
    });
    return { diagnostics: diags };
  }
  const at = (pos: SourcePos): Range => ({ file, start: pos, end: pos });
  const error = (pos: SourcePos, summary: string, detail: string) =>
    diags.push({ severity: "error", summary, detail, range: at(pos) });

  /** Moves every range inside a parsed string expression onto the JSON string's position. */
  const relocate = <T>(x: T, pos: SourcePos): T => {
    if (Array.isArray(x)) {
      for (const y of x) relocate(y, pos);
    } else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if ((k === "range" || k === "nameRange") && v && typeof v === "object" && "start" in v) {
          (x as Record<string, unknown>)[k] = at(pos);
        } else relocate(v, pos);
      }
    }
    return x;
  };

  const expr = (n: ConfigNode, asExpression: boolean): Expr => {
    const range = at(n.pos);
    switch (n.kind) {
      case "string": {
        const r = asExpression ? parseHclExpression(n.value, file) : parseHclTemplate(n.value, file);
        for (const d of r.diagnostics) diags.push({ ...d, range });
        if (!r.expr) return { kind: "literal", value: null, range };
        return relocate(r.expr, n.pos);
      }
      case "number":
      case "boolean":
      case "null":
        return { kind: "literal", value: n.value, range };
      case "array":
        return { kind: "tuple", items: n.items.map((i) => expr(i, false)), range };
      case "object":
        return {
          kind: "object",
          items: n.members
            .filter((m) => m.key !== "//")
            .map((m) => ({
              key: { kind: "literal", value: m.key, range: at(m.keyPos) } as Expr,
              value: expr(m.value, false),
            })),
          range,
        };
    }
  };

  const body = (n: ConfigNode, blockType: string): Body => {
    const out: Body = { attributes: [], blocks: [], range: at(n.pos) };
    if (n.kind !== "object") {
      error(
        n.pos,
        "Incorrect JSON value type",
        "A JSON object is required here, since it is defining a block body.",
      );
      return out;
    }
    const schema = varFile
      ? {}
      : (SCHEMA[blockType] ?? (blockType === "dynamic" ? SCHEMA.dynamic : { dynamic: 1 }));
    for (const m of n.members) {
      if (m.key === "//") continue;
      const labels = schema[m.key];
      if (labels === undefined) {
        const a: Attribute = {
          name: m.key,
          nameRange: at(m.keyPos),
          expr: expr(m.value, (EXPRESSION_ATTRS[blockType] ?? []).includes(m.key)),
          range: at(m.keyPos),
        };
        if (out.attributes.some((x) => x.name === m.key)) {
          error(
            m.keyPos,
            "Duplicate argument",
            `The argument "${m.key}" was already set. Each argument may be set only once.`,
          );
        } else out.attributes.push(a);
        continue;
      }
      const collect = (v: ConfigNode, got: string[], gotRanges: Range[]): void => {
        if (got.length < labels) {
          if (v.kind !== "object") {
            error(
              v.pos,
              "Incorrect JSON value type",
              `A JSON object is required here, whose properties are the "${m.key}" block labels.`,
            );
            return;
          }
          for (const lm of v.members) {
            if (lm.key === "//") continue;
            collect(lm.value, [...got, lm.key], [...gotRanges, at(lm.keyPos)]);
          }
          return;
        }
        const bodies = v.kind === "array" ? v.items : [v];
        for (const b of bodies) {
          const block: Block = {
            type: m.key,
            typeRange: at(m.keyPos),
            labels: got,
            labelRanges: gotRanges,
            body: body(b, m.key),
            range: at(b.pos),
          };
          out.blocks.push(block);
        }
      };
      collect(m.value, [], []);
    }
    return out;
  };

  const b = body(root, "");
  return { body: b, diagnostics: diags };
}
