/**
 * Evaluator for parsed Go templates (text/template's exec.go semantics, Go 1.19): pipelines,
 * function calls with Go's argument checking, fields on maps and structs, variables,
 * if/with/range/break/continue/template, and Go's error texts with their `NAME:LINE:COL` and
 * `at <node>` context.
 */
import { InterpolateError } from "./errors.js";
import { formatV } from "./fmt.js";
import { FuncError, type GoFunc, type ParamType } from "./funcs.js";
import { goQuote } from "./lex.js";
import {
  type ActionNode,
  type BranchNode,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type ListNode,
  type Node,
  type NumberNode,
  nodeString,
  type ParsedTemplate,
  type PipeNode,
  type TemplateNode,
  type VariableNode,
} from "./parse.js";
import {
  GoComplex,
  GoNumber,
  GoStruct,
  isTrue,
  kindOf,
  mapEntries,
  mapGet,
  NO_VALUE,
  typeName,
} from "./values.js";

const MISSING: unique symbol = Symbol("missing");
type Final = unknown | typeof MISSING;

const BREAK = Symbol("break");
const CONTINUE = Symbol("continue");
const MAX_EXEC_DEPTH = 100000;

class ExecAbort {
  constructor(readonly error: InterpolateError) {}
}

interface Variable {
  name: string;
  value: unknown;
  /** The value has Go's static type interface{} (a range element), which field errors name. */
  iface?: boolean;
}

const PARAM_TYPE_NAMES: Record<ParamType, string> = {
  string: "string",
  int: "int",
  bool: "bool",
  any: "interface {}",
  value: "reflect.Value",
};

/** JavaScript's own recursion limit (not an error from a template function). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes("call stack");
}

/** Go's column numbers count bytes; this is the UTF-8 length of a JS string slice. */
function byteLen(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Executes a parsed template with `data` as the dot; returns the output or throws InterpolateError. */
export function execute(
  tpl: ParsedTemplate,
  funcs: (name: string) => GoFunc | undefined,
  data: unknown,
): string {
  const s = new State(tpl, funcs, tpl.name, [{ name: "$", value: data }], 0);
  try {
    s.walk(data, tpl.root);
  } catch (e) {
    if (e instanceof ExecAbort) throw e.error;
    if (isStackOverflow(e)) {
      throw new InterpolateError(
        `template: ${tpl.name}: exceeded maximum template depth (${MAX_EXEC_DEPTH})`,
        {
          kind: "exec",
          line: 1,
          detail: `exceeded maximum template depth (${MAX_EXEC_DEPTH})`,
        },
      );
    }
    throw e;
  }
  return s.out.join("");
}

class State {
  node: Node | null = null;
  out: string[];
  /** The dot has Go's static type interface{} (inside a range over a slice or map). */
  dotIface = false;

  constructor(
    readonly tpl: ParsedTemplate,
    readonly funcs: (name: string) => GoFunc | undefined,
    readonly tmplName: string,
    public vars: Variable[],
    readonly depth: number,
    out?: string[],
  ) {
    this.out = out ?? [];
  }

  at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tmplName;
    if (!this.node) {
      throw new ExecAbort(
        new InterpolateError(`template: ${name}: ${msg}`, { kind: "exec", line: 1, detail: msg }),
      );
    }
    const pos = this.node.pos;
    const text = this.tpl.text.slice(0, pos);
    const nl = text.lastIndexOf("\n");
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    const col = nl === -1 ? byteLen(text) : byteLen(text.slice(nl + 1));
    const context = nodeString(this.node);
    throw new ExecAbort(
      new InterpolateError(
        `template: ${this.tpl.name}:${line}:${col}: executing ${goQuote(name)} at <${context}>: ${msg}`,
        { kind: "exec", line, column: col, offset: pos, detail: msg },
      ),
    );
  }

  // --- variables ---

  push(name: string, value: unknown): void {
    this.vars.push({ name, value });
  }

  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        this.vars[i].iface = false;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  setTopVar(n: number, value: unknown, iface = false): void {
    const v = this.vars[this.vars.length - n];
    v.value = value;
    v.iface = iface;
  }

  private lookupVar(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) return this.vars[i];
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // --- statements ---

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case "action": {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case "break":
        throw BREAK;
      case "continue":
        throw CONTINUE;
      case "comment":
        return;
      case "if":
      case "with":
        this.walkIfOrWith(dot, node);
        return;
      case "list":
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case "range":
        this.walkRange(dot, node);
        return;
      case "template":
        this.walkTemplate(dot, node);
        return;
      case "text":
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(dot: unknown, node: BranchNode): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      const [t, ok] = isTrue(val);
      if (!ok) this.errorf(`if/with can't use ${formatV(val)}`);
      if (t && node.type === "with") {
        const saved = this.dotIface;
        this.dotIface = false;
        try {
          this.walk(val, node.list);
        } finally {
          this.dotIface = saved;
        }
      } else if (t) this.walk(dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const mark0 = this.vars.length;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const oneIteration = (index: unknown, elem: unknown) => {
        if (r.pipe.decl.length > 0) this.setTopVar(1, elem, true);
        if (r.pipe.decl.length > 1) this.setTopVar(2, index);
        const saved = this.dotIface;
        this.dotIface = true;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.vars.length = mark;
          this.dotIface = saved;
        }
      };
      switch (kindOf(val)) {
        case "slice": {
          const a = val as unknown[];
          if (a.length === 0) break;
          for (let i = 0; i < a.length; i++) oneIteration(i, a[i]);
          return;
        }
        case "map": {
          const entries = mapEntries(val as Record<string, unknown>);
          if (entries.length === 0) break;
          for (const [k, v] of entries) oneIteration(k, v);
          return;
        }
        case "invalid":
        case "nil":
          break;
        default:
          this.errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.vars.length = mark0;
    }
  }

  private walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const list: ListNode | undefined = this.tpl.defines.get(t.name);
    if (!list) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : NO_VALUE;
    const s = new State(
      this.tpl,
      this.funcs,
      t.name,
      [{ name: "$", value: newDot }],
      this.depth + 1,
      this.out,
    );
    try {
      s.walk(newDot, list);
    } catch (e) {
      // JavaScript's stack ends before Go's depth limit; report it as Go does.
      if (!isStackOverflow(e)) throw e;
      s.at(t);
      s.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    }
  }

  private printValue(n: ActionNode, v: unknown): void {
    this.at(n);
    if (v === NO_VALUE || v === null || v === undefined) {
      this.out.push("<no value>");
      return;
    }
    if (typeof v === "function") this.errorf(`can't print ${nodeString(n)} of type ${typeName(v)}`);
    this.out.push(formatV(v));
  }

  // --- expressions ---

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // Go digs a nil interface{} out to an invalid value.
      if (value === null || value === undefined) value = NO_VALUE;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.push(v.ident[0], value);
    }
    return value;
  }

  private notAFunction(args: Node[] | null, final: Final): void {
    if ((args && args.length > 1) || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args![0])}`);
    }
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case "field":
        return this.evalFieldNode(dot, first, cmd.args, final);
      case "chain":
        return this.evalChainNode(dot, first, cmd.args, final);
      case "identifier":
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case "pipe":
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case "variable":
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case "bool":
        return first.value;
      case "dot":
        return dot;
      case "nil":
        this.errorf("nil is not a command");
        break;
      case "number":
        return this.idealConstant(first);
      case "string":
        return first.text;
    }
    this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  private idealConstant(n: NumberNode): unknown {
    this.at(n);
    const isHexInt = n.text.length > 2 && n.text[0] === "0" && /[xX]/.test(n.text[1]) && !/[pP]/.test(n.text);
    const isRuneInt = n.text[0] === "'";
    if (n.isComplex) return new GoComplex(n.re, n.im);
    if (n.isFloat && !isHexInt && !isRuneInt && /[.eEpP]/.test(n.text))
      return new GoNumber("float64", n.float);
    if (n.isInt) return n.int;
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return NO_VALUE;
  }

  private evalFunction(
    dot: unknown,
    node: IdentifierNode,
    cmd: Node,
    args: Node[] | null,
    final: Final,
  ): unknown {
    this.at(node);
    const name = node.ident;
    const f = this.funcs(name);
    if (!f) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, f, cmd, name, args, final);
  }

  private evalCall(
    dot: unknown,
    f: GoFunc,
    node: Node,
    name: string,
    allArgs: Node[] | null,
    final: Final,
  ): unknown {
    const args = allArgs ? allArgs.slice(1) : [];
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    let numFixed = args.length;
    if (f.variadic) {
      numFixed = f.params.length;
      if (numIn < numFixed) {
        this.errorf(`wrong number of args for ${name}: want at least ${f.params.length} got ${args.length}`);
      }
    } else if (numIn !== f.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${f.params.length} got ${numIn}`);
    }
    if (f.shortCircuit) {
      let v: unknown = NO_VALUE;
      for (const arg of args) {
        v = this.evalArg(dot, "value", arg);
        if (isTrue(v)[0] === (f.shortCircuit === "or")) return v;
      }
      if (final !== MISSING) v = this.validateType(final, "value");
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, f.params[i], args[i]));
    if (f.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, f.variadic, args[i]));
    if (final !== MISSING) {
      let t: ParamType;
      if (f.variadic) t = numIn - 1 < numFixed ? f.params[numIn - 1] : f.variadic;
      else t = f.params[f.params.length - 1];
      argv.push(this.validateType(final, t));
    }
    try {
      return f.call(argv);
    } catch (e) {
      if (e instanceof ExecAbort) throw e;
      // A FuncError is the function's Go error; anything else is a bug in this engine.
      if (isStackOverflow(e) || !(e instanceof FuncError)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      this.at(node);
      this.errorf(`error calling ${name}: ${msg}`);
    }
  }

  private validateType(value: unknown, typ: ParamType | null): unknown {
    if (value === NO_VALUE || value === undefined) {
      if (typ === null) return NO_VALUE;
      if (typ === "any") return null;
      if (typ === "value") return NO_VALUE;
      this.errorf(`invalid value; expected ${PARAM_TYPE_NAMES[typ]}`);
    }
    if (typ === null || typ === "any" || typ === "value") return value;
    const k = kindOf(value);
    const ok =
      (typ === "string" && k === "string") ||
      (typ === "int" &&
        ((typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint")) ||
      (typ === "bool" && k === "bool");
    if (!ok) {
      const got = value === null ? "interface {}" : typeName(value);
      this.errorf(`wrong type for value; expected ${PARAM_TYPE_NAMES[typ]}; got ${got}`);
    }
    return value;
  }

  private evalArg(dot: unknown, typ: ParamType | null, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case "dot":
        return this.validateType(dot, typ);
      case "nil":
        if (typ === "any") return null;
        if (typ === null || typ === "value") return NO_VALUE;
        this.errorf(`cannot assign nil to ${PARAM_TYPE_NAMES[typ]}`);
        break;
      case "field":
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case "variable":
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case "pipe":
        return this.validateType(this.evalPipeline(dot, n), typ);
      case "identifier":
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case "chain":
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    switch (typ) {
      case "bool":
        if (n.type === "bool") return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
        break;
      case "int":
        if (n.type === "number" && n.isInt) return n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
        break;
      case "string":
        if (n.type === "string") return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
        break;
    }
    return this.evalEmptyInterface(dot, n);
  }

  private evalEmptyInterface(dot: unknown, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case "bool":
        return n.value;
      case "dot":
        return dot;
      case "field":
        return this.evalFieldNode(dot, n, null, MISSING);
      case "identifier":
        return this.evalFunction(dot, n, n, null, MISSING);
      case "nil":
        this.errorf("evalEmptyInterface: nil (can't happen)");
        break;
      case "number":
        return this.idealConstant(n);
      case "string":
        return n.text;
      case "variable":
        return this.evalVariableNode(dot, n, null, MISSING);
      case "pipe":
        return this.evalPipeline(dot, n);
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }

  private evalFieldNode(dot: unknown, field: FieldNode, args: Node[] | null, final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final, this.dotIface);
  }

  private evalChainNode(dot: unknown, chain: ChainNode, args: Node[] | null, final: Final): unknown {
    this.at(chain);
    if (chain.node.type === "nil") this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: unknown, v: VariableNode, args: Node[] | null, final: Final): unknown {
    this.at(v);
    const variable = this.lookupVar(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return variable.value;
    }
    return this.evalFieldChain(
      dot,
      variable.value,
      v,
      v.ident.slice(1),
      args,
      final,
      variable.iface ?? false,
    );
  }

  private evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: Node,
    ident: string[],
    args: Node[] | null,
    final: Final,
    receiverIface = false,
  ): unknown {
    let recv = receiver;
    let iface = receiverIface;
    for (let i = 0; i < ident.length - 1; i++) {
      const wasMap = kindOf(recv) === "map";
      recv = this.evalField(dot, ident[i], node, null, MISSING, recv, iface);
      iface = wasMap;
    }
    return this.evalField(dot, ident[ident.length - 1], node, args, final, recv, iface);
  }

  private evalField(
    dot: unknown,
    fieldName: string,
    node: Node,
    args: Node[] | null,
    final: Final,
    receiver: unknown,
    iface: boolean,
  ): unknown {
    if (receiver === NO_VALUE || receiver === undefined) return NO_VALUE;
    const typ = iface ? "interface {}" : typeName(receiver);
    if (receiver === null) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (receiver instanceof GoStruct) {
      if (Object.hasOwn(receiver.fields, fieldName)) {
        const field = receiver.fields[fieldName];
        if (typeof field === "function") {
          const method: GoFunc = {
            params: [],
            variadic: "any",
            call: (a) => {
              // Like Go's safeCall: whatever a data method throws is its error.
              try {
                return (field as (...x: unknown[]) => unknown)(...a);
              } catch (e) {
                throw new FuncError(e instanceof Error ? e.message : String(e));
              }
            },
          };
          return this.evalCall(dot, method, node, fieldName, args, final);
        }
        if (!/^\p{Lu}/u.test(fieldName)) {
          this.errorf(`${fieldName} is an unexported field of struct type ${typ}`);
        }
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return field === undefined ? NO_VALUE : field;
      }
    } else if (kindOf(receiver) === "map") {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      return mapGet(receiver as Record<string, unknown>, fieldName);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }
}
