/**
 * Schema-driven decoding of a plugin's raw config (the format-neutral tree, `config/tree.ts`), the
 * way Packer 1.6.6 does it (`packer-plugin-sdk/template/config/decode.go` over mapstructure):
 *
 * 1. every string of the raw config (values, and keys of nested objects) is rendered through the
 *    front end's `render` callback (`config/render.ts`; the JSON front end renders Go templates,
 *    `json/render.ts`), except fields marked `noRender` (Packer's `InterpolateFilter`);
 * 2. values are decoded weakly, with Packer's hooks: `"true"`/`"1"`/`"f"` to bool and trilean,
 *    numbers and bools to strings, `"5"`/`"0x10"` to ints, `"a,b"` to string lists, Go duration
 *    strings (numbers are nanoseconds), maps, nested objects and lists of objects;
 * 3. keys that no field claims are `unknown configuration key: '"<key>"'` (`type` and `packer_*`
 *    are ignored at the top level), or Packer's `Deprecated configuration key: ...` for the keys
 *    `packer fix` rewrites (see `deprecated.ts`; needs `pluginType`). As in Packer, where
 *    mapstructure lists unused keys only after a successful decode, they are reported only when
 *    no value of the config failed to render or decode.
 *
 * Every problem becomes a positioned {@link Diagnostic} carrying mapstructure's or Packer's exact
 * text. Packer stops at the first failing phase; we report every render and decode problem at once.
 *
 * Usage (a provisioner):
 * ```ts
 * const spec = { inline: { type: "stringList", noRender: true }, pause_after: { type: "duration" } };
 * const { value, diagnostics, positionOf } = decodeConfig(node, spec, { file, render });
 * ```
 */

import { deprecatedKeyMessage, fixRename, isDeprecatedKey } from "../deprecated.js";
import type { Diagnostic, SourcePos } from "../diagnostics.js";
import { DiagnosticBag } from "../diagnostics.js";
import { DurationError, nanosToMillis, parseGoDuration } from "../duration.js";
import { type GoValue, goFormatFloatF, goKindOf, goPrintValue, goQuote, goTypeOf } from "../gofmt.js";
import { underscoreOK } from "../interpolate/literals.js";
import { isParseFailure, type RenderFn } from "./render.js";
import type { ConfigNode, ConfigObject } from "./tree.js";

/**
 * What a field decodes to. Durations decode to milliseconds; trileans to `true | false | undefined`;
 * `bytes` (Go `[]byte`) to a list of byte values.
 */
export type FieldType =
  | "string"
  | "bool"
  | "trilean"
  | "int"
  | "duration"
  | "stringList"
  | "bytes"
  | "stringMap"
  | "any"
  | { object: ConfigSpec }
  | { objectList: ConfigSpec };

/** One field of a config. */
export interface FieldSpec {
  type: FieldType;
  /** Applied when the decoded value is Go's zero value ("", 0, false, unset, empty list/map), as Prepare does. */
  default?: unknown;
  /** The value is a secret (password, key): collected in {@link DecodeResult.secrets} for masking. */
  secret?: boolean;
  /** Left raw: not rendered before decoding (rendered later, at build time, by its owner). */
  noRender?: boolean;
}

/** The fields of a config, keyed by their JSON key. */
export type ConfigSpec = Readonly<Record<string, FieldSpec>>;

/** A place in the template: the source position and the JSON path. */
export interface Located {
  pos: SourcePos;
  path: string;
}

/** Options for {@link decodeConfig}. */
export interface DecodeOptions {
  /** File name used in diagnostics. */
  file: string;
  /** Renders one template string (Packer's interpolation); may throw. Identity when omitted. */
  render?: (text: string, node: ConfigNode) => string;
  /** Extra top-level keys accepted silently (besides `type` and `packer_*`), e.g. `name`. */
  ignoreKeys?: readonly string[];
  /** Extra top-level keys not rendered (in addition to fields marked `noRender`). */
  noRender?: readonly string[];
  /**
   * Packer's `DecodeOpts.PluginType` of the plugin (e.g. `packer.post-processor.manifest`): unused
   * keys that `packer fix` rewrites for it are reported as deprecated. Unset: none are.
   */
  pluginType?: string;
}

/** The outcome of {@link decodeConfig}. */
export interface DecodeResult {
  /** Decoded values keyed by JSON key; every spec field is present (zero value or default). */
  value: Record<string, unknown>;
  /** Decode problems; empty when the config decoded. */
  diagnostics: Diagnostic[];
  /** Non-empty values of fields marked `secret`, for masking. */
  secrets: string[];
  /** Whether the field was given a non-null value, by mapstructure name (`a`, `a[0].b`, `m.k`). */
  isSet(name: string): boolean;
  /** Where a field's value is (by mapstructure name); the config object itself when absent. */
  positionOf(name: string): Located;
}

// ---------------------------------------------------------------------------------------------
// Phase 1: render every string into a tree that still knows its source nodes.

interface RMember {
  key: string;
  keyAt: Located;
  value: RNode;
}
type RNode =
  | { t: "scalar"; node: ConfigNode; v: string | number | boolean | null }
  | { t: "array"; node: ConfigNode; items: RNode[] }
  | { t: "object"; node: ConfigNode; members: RMember[] };

/** Shown in place of a secret field's value in messages (Packer's placeholder for sensitive values). */
const SENSITIVE = "<sensitive>";

class Renderer {
  /** Inside a secret field: its text never goes into a message. */
  private sensitive = false;

  constructor(
    private readonly fn: RenderFn | undefined,
    private readonly bag: DiagnosticBag,
  ) {}

  /**
   * Renders one string. Failures read as Packer's RenderMap reports them, naming the top-level key:
   * `invalid 'k': <parse error> in:\n\n<text>` or `render 'k': <exec error> in:\n\n<text>`.
   */
  private str(text: string, node: ConfigNode, key: string): string {
    if (!this.fn) return text;
    try {
      return this.fn(text, node);
    } catch (err) {
      const parse = isParseFailure(err);
      const message = err instanceof Error ? err.message : String(err);
      const shown = this.sensitive ? SENSITIVE : text;
      this.bag.error(node, `${parse ? "invalid" : "render"} '${key}': ${message} in:\n\n${shown}`);
      return text;
    }
  }

  /** Renders a node; `spec` tells which nested fields stay raw; `key` (top-level) names it in errors. */
  node(node: ConfigNode, type: FieldType | undefined, raw: boolean, key: string): RNode {
    switch (node.kind) {
      case "string":
        return { t: "scalar", node, v: raw ? node.value : this.str(node.value, node, key) };
      case "number":
      case "boolean":
      case "null":
        return { t: "scalar", node, v: node.value };
      case "array": {
        const itemType =
          type && typeof type === "object" && "objectList" in type ? { object: type.objectList } : undefined;
        return { t: "array", node, items: node.items.map((it) => this.node(it, itemType ?? type, raw, key)) };
      }
      case "object": {
        const spec = specOf(type);
        return { t: "object", node, members: this.members(node, spec, raw, false, [], key) };
      }
    }
  }

  /** Members of an object, last duplicate winning (Go's encoding/json), keys rendered below the top. */
  members(
    obj: ConfigObject,
    spec: ConfigSpec | undefined,
    raw: boolean,
    top: boolean,
    rawKeys: readonly string[],
    topKey = "",
  ): RMember[] {
    const byKey = new Map<string, RMember>();
    for (const m of obj.members) {
      const key = top || raw ? m.key : this.str(m.key, m.value, topKey);
      const field = spec && Object.hasOwn(spec, key) ? spec[key] : undefined;
      const keepRaw = raw || field?.noRender === true || (top && rawKeys.includes(key));
      const outer = this.sensitive;
      this.sensitive = outer || field?.secret === true;
      const value = this.node(m.value, field?.type, keepRaw, top ? key : topKey);
      this.sensitive = outer;
      byKey.delete(key);
      byKey.set(key, { key, keyAt: { pos: m.keyPos, path: m.path }, value });
    }
    return [...byKey.values()];
  }
}

function specOf(type: FieldType | undefined): ConfigSpec | undefined {
  if (type && typeof type === "object" && "object" in type) return type.object;
  return undefined;
}

function plain(r: RNode): GoValue {
  if (r.t === "scalar") return r.v;
  if (r.t === "array") return r.items.map(plain);
  const out: { [k: string]: GoValue } = {};
  for (const m of r.members) out[m.key] = plain(m.value);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phase 2: weak decoding.

const INVALID = Symbol("invalid");
type Out<T> = T | typeof INVALID;

class Decoder {
  /** Inside a secret field: values are shown as `<sensitive>` in messages. */
  private sensitive = false;
  readonly positions = new Map<string, ConfigNode>();
  readonly set = new Set<string>();
  readonly secrets: string[] = [];
  /** Keys no field claims (mapstructure's `Unused`), by mapstructure name. */
  readonly unused: { at: Located; name: string }[] = [];

  constructor(private readonly bag: DiagnosticBag) {}

  private unconvertible(r: RNode, name: string, target: string): typeof INVALID {
    const v = plain(r);
    this.bag.error(
      r.node,
      `'${name}' expected type '${target}', got unconvertible type '${goTypeOf(v)}', value: '${this.sensitive ? SENSITIVE : goPrintValue(v)}'`,
    );
    return INVALID;
  }

  /** A value quoted for a message (strconv.Quote), unless it belongs to a secret field. */
  private quote(v: string): string {
    return this.sensitive ? `"${SENSITIVE}"` : goQuote(v);
  }

  private notAMap(r: RNode, name: string): typeof INVALID {
    this.bag.error(r.node, `'${name}' expected a map, got '${goKindOf(plain(r))}'`);
    return INVALID;
  }

  string(r: RNode, name: string): Out<string> {
    if (r.t !== "scalar") return this.unconvertible(r, name, "string");
    const v = r.v;
    if (v === null) return "";
    if (typeof v === "string") return v;
    if (typeof v === "number") return goFormatFloatF(v);
    return v ? "1" : "0";
  }

  int(r: RNode, name: string): Out<number> {
    if (r.t !== "scalar") return this.unconvertible(r, name, "int");
    const v = r.v;
    if (v === null) return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return goFloatToInt64(v);
    const parsed = goParseInt(v === "" ? "0" : v);
    if (typeof parsed === "string") {
      this.bag.error(
        r.node,
        `cannot parse '${name}' as int: strconv.ParseInt: parsing ${this.quote(v)}: ${parsed}`,
      );
      return INVALID;
    }
    return parsed;
  }

  bool(r: RNode, name: string): Out<boolean> {
    if (r.t !== "scalar") return this.unconvertible(r, name, "bool");
    const v = r.v;
    if (v === null) return false;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (v === "") return false;
    const b = goParseBool(v);
    if (b === undefined) {
      this.bag.error(
        r.node,
        `cannot parse '${name}' as bool: strconv.ParseBool: parsing ${this.quote(v)}: invalid syntax`,
      );
      return INVALID;
    }
    return b;
  }

  trilean(r: RNode, name: string): Out<boolean | undefined> {
    if (r.t !== "scalar") return this.unconvertible(r, name, "config.Trilean");
    const v = r.v;
    if (v === null) return undefined;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") {
      // Weakly decoded as the underlying uint8 (TriUnset 0, TriTrue 1, TriFalse 2); any other
      // value is neither True() nor False(), i.e. unset.
      const u = Math.trunc(v) & 0xff;
      return u === 1 ? true : u === 2 ? false : undefined;
    }
    if (v === "") return undefined;
    const b = goParseBool(v);
    if (b === undefined) {
      this.bag.error(
        r.node,
        `error decoding '${name}': Error parsing bool from given var: strconv.ParseBool: parsing ${this.quote(v)}: invalid syntax`,
      );
      return INVALID;
    }
    return b;
  }

  duration(r: RNode, name: string): Out<number> {
    if (r.t !== "scalar") return this.unconvertible(r, name, "time.Duration");
    const v = r.v;
    if (v === null) return 0;
    if (typeof v === "boolean") return v ? nanosToMillis(1n) : 0;
    if (typeof v === "number") return nanosToMillis(BigInt(goFloatToInt64(v)));
    try {
      return nanosToMillis(parseGoDuration(v));
    } catch (err) {
      if (!(err instanceof DurationError)) throw err;
      this.bag.error(r.node, `error decoding '${name}': ${err.message}`);
      return INVALID;
    }
  }

  /** Weak slice decoding: a string is split on ",", any other single value becomes a one-item list. */
  private listItems(r: RNode): RNode[] {
    if (r.t === "array") return r.items;
    if (r.t === "scalar" && typeof r.v === "string") {
      if (r.v === "") return [];
      return r.v.split(",").map((part) => ({ t: "scalar", node: r.node, v: part }) as RNode);
    }
    return [r];
  }

  stringList(r: RNode, name: string): Out<string[]> {
    const out: string[] = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      const s = this.string(item, n);
      if (s === INVALID) ok = false;
      else out.push(s);
    });
    return ok ? out : INVALID;
  }

  /** Go `[]byte` (Packer's internal key fields): a list of uint8, a string split on "," first. */
  bytes(r: RNode, name: string): Out<number[]> {
    const out: number[] = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      if (item.t !== "scalar") {
        this.unconvertible(item, n, "uint8");
        ok = false;
        return;
      }
      const v = item.v;
      if (v === null) out.push(0);
      else if (typeof v === "boolean") out.push(v ? 1 : 0);
      else if (typeof v === "number") out.push(Math.trunc(v) & 0xff);
      else {
        // strconv.ParseUint: ParseInt's syntax without a sign.
        const parsed = /^[+-]/.test(v) ? "invalid syntax" : goParseInt(v === "" ? "0" : v);
        const reason = typeof parsed === "string" ? parsed : parsed > 255 ? "value out of range" : undefined;
        if (reason) {
          this.bag.error(
            item.node,
            `cannot parse '${n}' as uint: strconv.ParseUint: parsing ${this.quote(v)}: ${reason}`,
          );
          ok = false;
        } else out.push(parsed as number);
      }
    });
    return ok ? out : INVALID;
  }

  stringMap(r: RNode, name: string): Out<Record<string, string>> {
    const out: Record<string, string> = {};
    if (r.t === "object") return this.mapFromObject(r, name, out) ? out : INVALID;
    if (r.t === "array") {
      // mapstructure merges a list of maps into one map.
      let ok = true;
      r.items.forEach((item, i) => {
        const n = `${name}[${i}]`;
        if (item.t === "scalar" && item.v === null) return;
        if (item.t !== "object") {
          this.notAMap(item, n);
          ok = false;
        } else if (!this.mapFromObject(item, n, out)) ok = false;
      });
      return ok ? out : INVALID;
    }
    return this.notAMap(r, name);
  }

  private mapFromObject(
    r: Extract<RNode, { t: "object" }>,
    name: string,
    out: Record<string, string>,
  ): boolean {
    let ok = true;
    for (const m of r.members) {
      this.record(`${name}.${m.key}`, m.value);
      // mapstructure names a map element by its reflect.Value, which prints as below.
      const s = this.string(m.value, `${name}[<interface {} Value>]`);
      if (s === INVALID) ok = false;
      else out[m.key] = s;
    }
    return ok;
  }

  object(
    r: RNode,
    spec: ConfigSpec,
    name: string,
    top: boolean,
    ignore: readonly string[],
  ): Out<Record<string, unknown>> {
    if (r.t !== "object") return this.notAMap(r, name);
    const out: Record<string, unknown> = {};
    for (const m of r.members) {
      const n = name ? `${name}.${m.key}` : m.key;
      if (!Object.hasOwn(spec, m.key)) {
        if (top && (m.key === "type" || m.key.startsWith("packer_") || ignore.includes(m.key))) continue;
        this.unused.push({ at: m.keyAt, name: n });
        continue;
      }
      this.record(n, m.value);
      const field = spec[m.key];
      const outer = this.sensitive;
      this.sensitive = outer || field.secret === true;
      const v = this.field(m.value, field.type, n);
      this.sensitive = outer;
      if (v !== INVALID) out[m.key] = v;
    }
    for (const [key, field] of Object.entries(spec)) {
      const n = name ? `${name}.${key}` : key;
      if (!(key in out)) out[key] = this.zero(field.type, n);
      if (field.default !== undefined && isZero(out[key])) out[key] = structuredClone(field.default);
      if (field.secret) collectSecrets(out[key], this.secrets);
    }
    return out;
  }

  private objectList(r: RNode, spec: ConfigSpec, name: string): Out<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let ok = true;
    this.listItems(r).forEach((item, i) => {
      const n = `${name}[${i}]`;
      this.record(n, item);
      const v =
        item.t === "scalar" && item.v === null
          ? this.zeroObject(spec, n)
          : this.object(item, spec, n, false, []);
      if (v === INVALID) ok = false;
      else out.push(v);
    });
    return ok ? out : INVALID;
  }

  private field(r: RNode, type: FieldType, name: string): Out<unknown> {
    if (r.t === "scalar" && r.v === null) return this.zero(type, name);
    this.set.add(name);
    switch (type) {
      case "string":
        return this.string(r, name);
      case "bool":
        return this.bool(r, name);
      case "trilean":
        return this.trilean(r, name);
      case "int":
        return this.int(r, name);
      case "duration":
        return this.duration(r, name);
      case "stringList":
        return this.stringList(r, name);
      case "bytes":
        return this.bytes(r, name);
      case "stringMap":
        return this.stringMap(r, name);
      case "any":
        return plain(r);
    }
    if ("object" in type) return this.object(r, type.object, name, false, []);
    return this.objectList(r, type.objectList, name);
  }

  private zeroObject(spec: ConfigSpec, name: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(spec)) {
      out[key] = this.zero(field.type, `${name}.${key}`);
      if (field.default !== undefined && isZero(out[key])) out[key] = structuredClone(field.default);
    }
    return out;
  }

  private zero(type: FieldType, name: string): unknown {
    switch (type) {
      case "string":
        return "";
      case "bool":
        return false;
      case "int":
      case "duration":
        return 0;
      case "trilean":
      case "any":
        return undefined;
      case "stringList":
      case "bytes":
        return [];
      case "stringMap":
        return {};
    }
    if ("object" in type) return this.zeroObject(type.object, name);
    return [];
  }

  record(name: string, r: RNode): void {
    if (!this.positions.has(name)) this.positions.set(name, r.node);
    if (r.t === "array") {
      r.items.forEach((it, i) => {
        this.record(`${name}[${i}]`, it);
      });
    }
  }
}

function isZero(v: unknown): boolean {
  if (v === undefined || v === null || v === "" || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

function collectSecrets(v: unknown, into: string[]): void {
  if (typeof v === "string") {
    if (v !== "" && !into.includes(v)) into.push(v);
  } else if (Array.isArray(v)) {
    if (v.length > 0 && v.every((x) => typeof x === "number"))
      collectSecrets(Buffer.from(v).toString("utf8"), into);
    else for (const x of v) collectSecrets(x, into);
  } else if (v && typeof v === "object") for (const x of Object.values(v)) collectSecrets(x, into);
}

// ---------------------------------------------------------------------------------------------
// Go's strconv, as mapstructure uses it.

const BOOL_TRUE = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const BOOL_FALSE = new Set(["0", "f", "F", "FALSE", "false", "False"]);

/** Go's `strconv.ParseBool`; undefined when the text is not one of its accepted spellings. */
export function goParseBool(s: string): boolean | undefined {
  if (BOOL_TRUE.has(s)) return true;
  if (BOOL_FALSE.has(s)) return false;
  return undefined;
}

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

/**
 * Go's `strconv.ParseInt(s, 0, 64)`: sign, base prefixes 0x/0o/0b and a leading 0 (octal),
 * underscores between digits. Returns the number, or the NumError reason (`invalid syntax`,
 * `value out of range`).
 */
export function goParseInt(s: string): number | "invalid syntax" | "value out of range" {
  let body = s;
  let neg = false;
  if (body.startsWith("+") || body.startsWith("-")) {
    neg = body[0] === "-";
    body = body.slice(1);
  }
  if (body === "") return "invalid syntax";
  let base = 10;
  let digits = body;
  let prefixed = false;
  if (body[0] === "0") {
    const p = body[1]?.toLowerCase();
    if (body.length >= 3 && p === "x") [base, digits, prefixed] = [16, body.slice(2), true];
    else if (body.length >= 3 && p === "o") [base, digits, prefixed] = [8, body.slice(2), true];
    else if (body.length >= 3 && p === "b") [base, digits, prefixed] = [2, body.slice(2), true];
    else [base, digits] = [8, body.slice(1)];
  }
  if (digits.includes("_") && !underscoreOK(body)) return "invalid syntax";
  if (!prefixed && base === 8 && digits === "") return 0;
  let n = 0n;
  let sawDigit = false;
  for (const ch of digits) {
    if (ch === "_") continue;
    const d = Number.parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return "invalid syntax";
    n = n * BigInt(base) + BigInt(d);
    sawDigit = true;
  }
  if (!sawDigit) return "invalid syntax";
  if (neg) n = -n;
  if (n < MIN_INT64 || n > MAX_INT64) return "value out of range";
  return Number(n);
}

/** Go's `int64(f)` conversion (truncation; out-of-range values become MinInt64 as on amd64). */
function goFloatToInt64(f: number): number {
  if (!Number.isFinite(f) || f >= 9.223372036854776e18 || f < -9.223372036854776e18) return Number(MIN_INT64);
  return Math.trunc(f);
}

// ---------------------------------------------------------------------------------------------

/**
 * Decodes a raw plugin config object against `spec` with Packer's rendering, weak typing,
 * defaults and unknown-key rules. Never throws on bad input: problems are in `diagnostics`.
 */
export function decodeConfig(node: ConfigObject, spec: ConfigSpec, options: DecodeOptions): DecodeResult {
  const bag = new DiagnosticBag(options.file);
  const renderer = new Renderer(options.render, bag);
  const rendered: RNode = {
    t: "object",
    node,
    members: renderer.members(node, spec, false, true, options.noRender ?? []),
  };
  const decoder = new Decoder(bag);
  const value = decoder.object(rendered, spec, "", true, options.ignoreKeys ?? []) as Record<string, unknown>;
  if (!bag.hasErrors) {
    for (const { at, name } of decoder.unused)
      bag.error(at, unusedKeyMessage(name, spec, options.pluginType));
  }
  const positions = decoder.positions;
  return {
    value,
    diagnostics: sortDiagnostics(bag.items),
    secrets: decoder.secrets,
    isSet: (name) => decoder.set.has(name),
    positionOf: (name) => {
      const n = positions.get(name);
      return n ? { pos: n.pos, path: n.path } : { pos: node.pos, path: node.path };
    },
  };
}

/** Packer's message for an unused key: deprecated (with our rename hint) or unknown. */
function unusedKeyMessage(name: string, spec: ConfigSpec, pluginType: string | undefined): string {
  if (!isDeprecatedKey(pluginType, name)) return `unknown configuration key: '${goQuote(name)}'`;
  const rename = fixRename(pluginType, name);
  return deprecatedKeyMessage(name, rename && Object.hasOwn(spec, rename) ? rename : undefined);
}

function sortDiagnostics(items: Diagnostic[]): Diagnostic[] {
  return [...items].sort((a, b) => a.line - b.line || a.column - b.column);
}
