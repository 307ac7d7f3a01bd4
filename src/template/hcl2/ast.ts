/**
 * The syntax tree of HCL's native syntax (hashicorp/hcl `hclsyntax/spec.md`): bodies of attributes
 * and blocks, and expressions. Every node carries the range it was parsed from.
 */
import type { SourcePos } from "../diagnostics.js";

/** A span of a source file: `start` inclusive, `end` exclusive (offsets are UTF-16 indexes). */
export interface Range {
  file: string;
  start: SourcePos;
  end: SourcePos;
}

/** A body: the attributes and blocks of a file or of a block, in source order. */
export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  range: Range;
}

/** `name = expr`. */
export interface Attribute {
  name: string;
  nameRange: Range;
  expr: Expr;
  range: Range;
}

/** `type "label" label { body }`. */
export interface Block {
  type: string;
  typeRange: Range;
  labels: string[];
  labelRanges: Range[];
  body: Body;
  range: Range;
}

/** One step of a traversal after a root name or inside a splat. */
export type Traverser =
  | { kind: "attr"; name: string; range: Range }
  | { kind: "index"; key: Expr; range: Range };

/** A template part after strip markers are applied. */
export type TemplatePart =
  | { kind: "literal"; value: string; range: Range }
  | { kind: "interp"; expr: Expr; range: Range }
  | { kind: "if"; cond: Expr; whenTrue: TemplatePart[]; whenFalse: TemplatePart[]; range: Range }
  | { kind: "for"; keyVar?: string; valVar: string; coll: Expr; body: TemplatePart[]; range: Range };

/** An expression of the native syntax. */
export type Expr =
  | { kind: "literal"; value: string | number | boolean | null; range: Range }
  | { kind: "template"; parts: TemplatePart[]; range: Range }
  | { kind: "variable"; name: string; range: Range }
  | { kind: "getattr"; source: Expr; name: string; range: Range }
  | { kind: "index"; source: Expr; key: Expr; range: Range }
  | { kind: "splat"; source: Expr; each: Traverser[]; range: Range }
  | { kind: "call"; name: string; args: Expr[]; expandFinal: boolean; nameRange: Range; range: Range }
  | { kind: "tuple"; items: Expr[]; range: Range }
  | { kind: "object"; items: { key: Expr; value: Expr }[]; range: Range }
  | { kind: "unary"; op: "-" | "!"; operand: Expr; range: Range }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; range: Range }
  | { kind: "conditional"; cond: Expr; whenTrue: Expr; whenFalse: Expr; range: Range }
  | {
      kind: "for";
      keyVar?: string;
      valVar: string;
      coll: Expr;
      keyExpr?: Expr;
      valExpr: Expr;
      cond?: Expr;
      group: boolean;
      range: Range;
    }
  | { kind: "paren"; expr: Expr; range: Range };

export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%";
