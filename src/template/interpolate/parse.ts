/**
 * Parser for Go's text/template (Go 1.19 semantics): builds the node tree from the lexer's items
 * and reports syntax errors with Go's texts (`template: NAME:LINE: MESSAGE`).
 */
import { InterpolateError } from "./errors.js";
import { goQuote, type Item, ItemType, lex } from "./lex.js";
import { parseGoComplex, parseGoNumber, unquoteChar, unquoteString } from "./literals.js";

/** Parse tree nodes, mirroring Go's text/template/parse node types; `pos` is a string index. */
export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | ActionNode
  | PipeNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | EndNode
  | ElseNode
  | BranchNode
  | BreakNode
  | ContinueNode
  | TemplateNode;

export interface ListNode {
  type: "list";
  pos: number;
  nodes: Node[];
}
export interface TextNode {
  type: "text";
  pos: number;
  text: string;
}
export interface CommentNode {
  type: "comment";
  pos: number;
  text: string;
}
export interface ActionNode {
  type: "action";
  pos: number;
  line: number;
  pipe: PipeNode;
}
export interface PipeNode {
  type: "pipe";
  pos: number;
  line: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface CommandNode {
  type: "command";
  pos: number;
  args: Node[];
}
export interface IdentifierNode {
  type: "identifier";
  pos: number;
  ident: string;
}
export interface VariableNode {
  type: "variable";
  pos: number;
  ident: string[];
}
export interface DotNode {
  type: "dot";
  pos: number;
}
export interface NilNode {
  type: "nil";
  pos: number;
}
export interface FieldNode {
  type: "field";
  pos: number;
  ident: string[];
}
export interface ChainNode {
  type: "chain";
  pos: number;
  node: Node;
  field: string[];
}
export interface BoolNode {
  type: "bool";
  pos: number;
  value: boolean;
}
export interface NumberNode {
  type: "number";
  pos: number;
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  isChar: boolean;
  int: number | bigint;
  float: number;
  re: number;
  im: number;
}
export interface StringNode {
  type: "string";
  pos: number;
  quoted: string;
  text: string;
}
export interface EndNode {
  type: "end";
  pos: number;
}
export interface ElseNode {
  type: "else";
  pos: number;
  line: number;
}
export interface BranchNode {
  type: "if" | "range" | "with";
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}
export interface BreakNode {
  type: "break";
  pos: number;
  line: number;
}
export interface ContinueNode {
  type: "continue";
  pos: number;
  line: number;
}
export interface TemplateNode {
  type: "template";
  pos: number;
  line: number;
  name: string;
  pipe: PipeNode | null;
}

/** A parsed template: its root list plus any `{{define}}`d templates. */
export interface ParsedTemplate {
  name: string;
  text: string;
  root: ListNode;
  defines: Map<string, ListNode>;
}

/** Go's Node.String(): the text used in exec error contexts (`at <...>`). */
export function nodeString(n: Node): string {
  switch (n.type) {
    case "list":
      return n.nodes.map(nodeString).join("");
    case "text":
      return n.text;
    case "comment":
      return `{{${n.text}}}`;
    case "action":
      return `{{${nodeString(n.pipe)}}}`;
    case "pipe": {
      let s = "";
      if (n.decl.length > 0) {
        s = n.decl.map(nodeString).join(", ") + (n.isAssign ? " = " : " := ");
      }
      return s + n.cmds.map(nodeString).join(" | ");
    }
    case "command":
      return n.args.map((a) => (a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a))).join(" ");
    case "identifier":
      return n.ident;
    case "variable":
      return n.ident.join(".");
    case "dot":
      return ".";
    case "nil":
      return "nil";
    case "field":
      return n.ident.map((f) => "." + f).join("");
    case "chain": {
      let s = n.node.type === "pipe" ? `(${nodeString(n.node)})` : nodeString(n.node);
      for (const f of n.field) s += "." + f;
      return s;
    }
    case "bool":
      return n.value ? "true" : "false";
    case "number":
      return n.text;
    case "string":
      return n.quoted;
    case "end":
      return "{{end}}";
    case "else":
      return "{{else}}";
    case "if":
    case "range":
    case "with": {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += `{{else}}${nodeString(n.elseList)}`;
      return s + "{{end}}";
    }
    case "break":
      return "{{break}}";
    case "continue":
      return "{{continue}}";
    case "template":
      return n.pipe
        ? `{{template ${goQuote(n.name)} ${nodeString(n.pipe)}}}`
        : `{{template ${goQuote(n.name)}}}`;
  }
}

/** Go's parse.IsEmptyTree: only white space and comments. */
function isEmptyTree(l: ListNode): boolean {
  return l.nodes.every((n) => (n.type === "text" && n.text.trim() === "") || n.type === "comment");
}

/** Go's item.String(), used in "unexpected X in Y" parse errors. */
function itemString(i: Item): string {
  if (i.typ === ItemType.EOF) return "EOF";
  if (i.typ === ItemType.Error) return i.val;
  if (i.typ > ItemType.Keyword) return `<${i.val}>`;
  const runes = [...i.val];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(""))}...`;
  return goQuote(i.val);
}

class ParseAbort {
  constructor(readonly error: InterpolateError) {}
}

/** Parses `text` as template `name`; `hasFunction` says which function names are defined. */
export function parseTemplate(
  text: string,
  name: string,
  hasFunction: (name: string) => boolean,
): ParsedTemplate {
  const p = new Parser(text, name, hasFunction);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof ParseAbort) throw e.error;
    throw e;
  }
}

class Parser {
  private items: Item[];
  private idx = 0;
  private token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ["$"];
  private actionLine = 0;
  private rangeDepth = 0;
  private defines = new Map<string, ListNode>();

  constructor(
    readonly text: string,
    readonly name: string,
    readonly hasFunction: (name: string) => boolean,
  ) {
    this.items = lex(text, !hasFunction("break"), !hasFunction("continue"));
  }

  private nextItem(): Item {
    const it = this.items[this.idx];
    if (this.idx < this.items.length - 1) this.idx++;
    return it;
  }

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.nextItem();
    return this.token[this.peekCount];
  }

  private backup(): void {
    this.peekCount++;
  }

  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): Item {
    let t: Item;
    for (;;) {
      t = this.next();
      if (t.typ !== ItemType.Space) break;
    }
    return t;
  }

  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  errorf(msg: string): never {
    const line = this.token[0]?.line ?? 1;
    throw new ParseAbort(
      new InterpolateError(`template: ${this.name}:${line}: ${msg}`, {
        kind: "parse",
        line,
        offset: this.token[0]?.pos,
        detail: msg,
      }),
    );
  }

  private unexpected(token: Item, context: string): never {
    if (token.typ === ItemType.Error) {
      let extra = "";
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(" action")) extra = extra.slice(" in action".length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  private expectOneOf(e1: ItemType, e2: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== e1 && token.typ !== e2) this.unexpected(token, context);
    return token;
  }

  parse(): ParsedTemplate {
    const root: ListNode = { type: "list", pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== ItemType.EOF) {
      if (this.peek().typ === ItemType.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === ItemType.Define) {
          this.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    // Go's Tree.add for the top-level tree: a {{define}} of the same name wins over an empty root.
    const existing = this.defines.get(this.name);
    if (!existing || isEmptyTree(existing)) this.defines.set(this.name, root);
    else if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template "${this.name}"`);
    return { name: this.name, text: this.text, root: this.defines.get(this.name)!, defines: this.defines };
  }

  private parseDefinition(): void {
    const context = "define clause";
    const nameTok = this.expectOneOf(ItemType.String, ItemType.RawString, context);
    const name = this.unquote(nameTok);
    this.expect(ItemType.RightDelim, context);
    const saved = this.vars;
    this.vars = ["$"];
    const [list, end] = this.itemList();
    if (end.type !== "end") this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.vars = saved;
    this.addDefine(name, list);
  }

  private addDefine(name: string, list: ListNode): void {
    const existing = this.defines.get(name);
    if (!existing || isEmptyTree(existing)) this.defines.set(name, list);
    else if (!isEmptyTree(list)) this.errorf(`template: multiple definition of template "${name}"`);
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { type: "list", pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== ItemType.EOF) {
      const n = this.textOrAction();
      if (n.type === "end" || n.type === "else") return [list, n];
      list.nodes.push(n);
    }
    this.errorf("unexpected EOF");
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Text:
        return { type: "text", pos: token.pos, text: token.val };
      case ItemType.LeftDelim: {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case ItemType.Comment:
        return { type: "comment", pos: token.pos, text: token.val };
      default:
        this.unexpected(token, "input");
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Block:
        return this.blockControl();
      case ItemType.Break:
        return this.breakControl(token.pos, token.line);
      case ItemType.Continue:
        return this.continueControl(token.pos, token.line);
      case ItemType.Else:
        return this.elseControl();
      case ItemType.End:
        return this.endControl();
      case ItemType.If:
        return this.branch("if", true);
      case ItemType.Range:
        return this.branch("range", false);
      case ItemType.Template:
        return this.templateControl();
      case ItemType.With:
        return this.branch("with", false);
    }
    this.backup();
    const t = this.peek();
    return { type: "action", pos: t.pos, line: t.line, pipe: this.pipeline("command", ItemType.RightDelim) };
  }

  private breakControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, "{{break}}");
    if (this.rangeDepth === 0) this.errorf("{{break}} outside {{range}}");
    return { type: "break", pos, line };
  }

  private continueControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, "{{continue}}");
    if (this.rangeDepth === 0) this.errorf("{{continue}} outside {{range}}");
    return { type: "continue", pos, line };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = {
      type: "pipe",
      pos: token.pos,
      line: token.line,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ === ItemType.Variable) {
        this.next();
        const tokenAfterVariable = this.peek();
        const next = this.peekNonSpace();
        if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
          pipe.isAssign = next.typ === ItemType.Assign;
          this.nextNonSpace();
          pipe.decl.push({ type: "variable", pos: v.pos, ident: v.val.split(".") });
          this.vars.push(v.val);
        } else if (next.typ === ItemType.Char && next.val === ",") {
          this.nextNonSpace();
          pipe.decl.push({ type: "variable", pos: v.pos, ident: v.val.split(".") });
          this.vars.push(v.val);
          if (context === "range" && pipe.decl.length < 2) {
            const pk = this.peekNonSpace().typ;
            if (pk === ItemType.Variable || pk === ItemType.RightDelim || pk === ItemType.RightParen) {
              continue;
            }
            this.errorf("range can only initialize variables");
          }
          this.errorf(`too many declarations in ${context}`);
        } else if (tokenAfterVariable.typ === ItemType.Space) {
          this.backup3(v, tokenAfterVariable);
        } else {
          this.backup2(v);
        }
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case ItemType.Bool:
        case ItemType.CharConstant:
        case ItemType.Complex:
        case ItemType.Dot:
        case ItemType.Field:
        case ItemType.Identifier:
        case ItemType.Number:
        case ItemType.Nil:
        case ItemType.RawString:
        case ItemType.String:
        case ItemType.Variable:
        case ItemType.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      const t = pipe.cmds[i].args[0].type;
      if (t === "bool" || t === "dot" || t === "nil" || t === "number" || t === "string") {
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }

  private branch(context: "if" | "range" | "with", allowElseIf: boolean): BranchNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, ItemType.RightDelim);
      if (context === "range") this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === "range") this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === "else") {
        if (allowElseIf && this.peek().typ === ItemType.If) {
          this.next();
          elseList = { type: "list", pos: next.pos, nodes: [this.branch("if", true)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== "end") this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private endControl(): Node {
    return { type: "end", pos: this.expect(ItemType.RightDelim, "end").pos };
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === ItemType.If) return { type: "else", pos: peek.pos, line: peek.line };
    const token = this.expect(ItemType.RightDelim, "else");
    return { type: "else", pos: token.pos, line: token.line };
  }

  private blockControl(): Node {
    const context = "block clause";
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, ItemType.RightDelim);
    const saved = this.vars;
    this.vars = ["$"];
    const [list, end] = this.itemList();
    if (end.type !== "end") this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.vars = saved;
    this.addDefine(name, list);
    return { type: "template", pos: token.pos, line: token.line, name, pipe };
  }

  private templateControl(): Node {
    const context = "template clause";
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== ItemType.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, ItemType.RightDelim);
    }
    return { type: "template", pos: token.pos, line: token.line, name, pipe };
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === ItemType.String || token.typ === ItemType.RawString) return this.unquote(token);
    this.unexpected(token, context);
  }

  private unquote(token: Item): string {
    const s =
      token.typ === ItemType.RawString
        ? token.val.slice(1, -1).replaceAll("\r", "")
        : unquoteString(token.val);
    if (s === undefined) this.errorf("invalid syntax");
    return s;
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: "command", pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === ItemType.Space) continue;
      if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen) this.backup();
      else if (token.typ !== ItemType.Pipe) this.unexpected(token, "operand");
      break;
    }
    if (cmd.args.length === 0) this.errorf("empty command");
    return cmd;
  }

  private operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === ItemType.Field) {
      const chain: ChainNode = { type: "chain", pos: this.peek().pos, node, field: [] };
      while (this.peek().typ === ItemType.Field) chain.field.push(this.next().val.slice(1));
      switch (node.type) {
        case "field":
          node = { type: "field", pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case "variable":
          node = { type: "variable", pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case "bool":
        case "string":
        case "number":
        case "nil":
        case "dot":
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
          break;
        default:
          node = chain;
      }
    }
    return node;
  }

  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Identifier:
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { type: "identifier", pos: token.pos, ident: token.val };
      case ItemType.Dot:
        return { type: "dot", pos: token.pos };
      case ItemType.Nil:
        return { type: "nil", pos: token.pos };
      case ItemType.Variable:
        return this.useVar(token.pos, token.val);
      case ItemType.Field:
        return { type: "field", pos: token.pos, ident: token.val.slice(1).split(".") };
      case ItemType.Bool:
        return { type: "bool", pos: token.pos, value: token.val === "true" };
      case ItemType.CharConstant:
      case ItemType.Complex:
      case ItemType.Number:
        return this.newNumber(token);
      case ItemType.LeftParen:
        return this.pipeline("parenthesized pipeline", ItemType.RightParen);
      case ItemType.String:
      case ItemType.RawString:
        return { type: "string", pos: token.pos, quoted: token.val, text: this.unquote(token) };
    }
    this.backup();
    return null;
  }

  private useVar(pos: number, name: string): VariableNode {
    const v: VariableNode = { type: "variable", pos, ident: name.split(".") };
    if (this.vars.includes(v.ident[0])) return v;
    this.errorf(`undefined variable ${goQuote(v.ident[0])}`);
  }

  private newNumber(token: Item): NumberNode {
    const n: NumberNode = {
      type: "number",
      pos: token.pos,
      text: token.val,
      isInt: false,
      isUint: false,
      isFloat: false,
      isComplex: false,
      isChar: false,
      int: 0,
      float: 0,
      re: 0,
      im: 0,
    };
    if (token.typ === ItemType.CharConstant) {
      const r = unquoteChar(token.val);
      if (typeof r === "string") this.errorf(r);
      n.isChar = true;
      n.isInt = true;
      n.isUint = true;
      n.isFloat = true;
      n.int = r;
      n.float = r;
      return n;
    }
    const parsed = token.typ === ItemType.Complex ? parseGoComplex(token.val) : parseGoNumber(token.val);
    if (typeof parsed === "string") this.errorf(parsed);
    Object.assign(n, parsed);
    return n;
  }
}
