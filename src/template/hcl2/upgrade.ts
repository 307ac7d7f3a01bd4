/**
 * `hcl2_upgrade`: a Packer JSON template written as an HCL2 template with the same meaning for
 * image-build (and for Packer, which renders the Go template text left in HCL2 strings the same
 * way): `variables` become `variable` blocks (`{{env}}` in a default becomes `env()`, sensitive
 * variables `sensitive = true`), each builder a `source` block named as the JSON build is (so
 * `{{build_name}}` keeps its value), provisioners, the error-cleanup provisioner and
 * post-processors go into one `build` block (`only`/`except`/`override` naming the sources),
 * `{{user `x`}}` becomes `${var.x}` and `{{template_dir}}` `${path.root}`. The rest of the Go
 * template text stays as it is. What HCL2 cannot say (a variable default that reads another
 * variable) is an error naming the variable.
 */
import type { Hcl2Sources } from "./sources.js";

/** The outcome: the HCL2 text, or the reasons it could not be written. */
export interface UpgradeResult {
  text?: string;
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `{{user `x`}}` / `{{ user "x" }}` (the whole action). */
const USER = /\{\{\s*user\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")\s*\}\}/g;
/** `{{env `X`}}` / `{{ env "X" }}` (the whole action). */
const ENV = /\{\{\s*env\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")\s*\}\}/g;

/** `{{template_dir}}`: `path.root` in HCL2 (Packer 1.6.6's HCL2 has no template path for it). */
const TEMPLATE_DIR = /\{\{\s*template_dir\s*\}\}/g;

/** An HCL identifier (a bare attribute or map key). */
const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Escapes literal text for an HCL quoted template (`${` and `%{` doubled). */
function escapeLiteral(s: string): string {
  let out = "";
  for (const ch of s) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " ") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** A JSON `{{user}}` name as written in the call (backquoted or a Go string). */
function userName(m: RegExpMatchArray): string {
  if (m[1] !== undefined) return m[1];
  try {
    return JSON.parse(`"${m[2]}"`) as string;
  } catch {
    return m[2];
  }
}

class Writer {
  readonly errors: string[] = [];
  constructor(private readonly declared: Set<string>) {}

  /** A JSON string as an HCL quoted template: `{{user}}` → `${var.x}` (undeclared: "", as in JSON). */
  string(s: string, envAllowed = false): string {
    let out = "";
    let last = 0;
    const re = new RegExp(`${USER.source}|${ENV.source}|${TEMPLATE_DIR.source}`, "g");
    for (const m of s.matchAll(re)) {
      out += escapeLiteral(s.slice(last, m.index));
      last = (m.index ?? 0) + m[0].length;
      if (/^\{\{\s*template_dir/.test(m[0])) out += `\${path.root}`;
      else if (/^\{\{\s*user/.test(m[0])) {
        const name = userName(m);
        if (this.declared.has(name))
          out += IDENT.test(name) ? `\${var.${name}}` : `\${var["${escapeLiteral(name)}"]}`;
      } else if (envAllowed) {
        const name = m[3] ?? JSON.parse(`"${m[4]}"`);
        out += `\${env("${escapeLiteral(name)}")}`;
      } else out += escapeLiteral(m[0]);
    }
    return `"${out}${escapeLiteral(s.slice(last))}"`;
  }

  /** A JSON value as an HCL expression. */
  value(v: Json, indent: string): string {
    if (v === null) return "null";
    if (typeof v === "string") return this.string(v);
    if (typeof v === "number" || typeof v === "boolean") return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      const inner = v.map((x) => this.value(x, `${indent}  `));
      const flat = `[${inner.join(", ")}]`;
      if (!flat.includes("\n") && flat.length + indent.length < 100) return flat;
      return `[\n${inner.map((x) => `${indent}  ${x}`).join(",\n")}\n${indent}]`;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return "{}";
    const lines = keys.map((k) => `${indent}  ${this.key(k)} = ${this.value(v[k], `${indent}  `)}`);
    return `{\n${align(lines).join("\n")}\n${indent}}`;
  }

  /** A map key: bare when it is an identifier, else quoted. */
  key(k: string): string {
    return IDENT.test(k) ? k : `"${escapeLiteral(k)}"`;
  }

  /** The arguments of a body; keys named in `blocks` become nested blocks (single or repeated). */
  body(obj: JsonObject, indent: string, blocks: Readonly<Record<string, "single" | "list">> = {}): string[] {
    const lines: string[] = [];
    const nested: string[] = [];
    for (const [k, v] of Object.entries(obj)) {
      const mode = Object.hasOwn(blocks, k) ? blocks[k] : undefined;
      const items = mode === "list" && Array.isArray(v) ? v : mode === "single" ? [v] : undefined;
      if (items?.every(isObject)) {
        for (const item of items) {
          nested.push("", `${indent}${k} {`, ...this.body(item as JsonObject, `${indent}  `), `${indent}}`);
        }
        continue;
      }
      lines.push(`${indent}${this.key(k)} = ${this.value(v, indent)}`);
    }
    return [...align(lines), ...nested];
  }
}

/** Aligns the `=` of consecutive one-line `key = value` lines, as `packer fmt` does. */
function align(lines: string[]): string[] {
  const keyEnd = (l: string) =>
    (/^\s*(?:[A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*") = /.exec(l)?.[0].length ?? 2) - 3;
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    // a run of attributes whose values fit on their line
    let j = i;
    while (j < out.length && keyEnd(out[j]) >= 0 && !out[j].includes("\n")) j++;
    if (j === i) {
      i++;
      continue;
    }
    const width = Math.max(...out.slice(i, j).map(keyEnd));
    for (let k = i; k < j; k++) {
      const e = keyEnd(out[k]);
      out[k] = `${out[k].slice(0, e)}${" ".repeat(width - e)}${out[k].slice(e)}`;
    }
    i = j;
  }
  return out;
}

/** The HCL2 name of each JSON builder: its `name`, or its type. */
function builderNames(builders: JsonObject[]): { type: string; name: string }[] {
  return builders.map((b) => {
    const type = String(b.type ?? "");
    return { type, name: typeof b.name === "string" && b.name !== "" ? b.name : type };
  });
}

/**
 * Writes the JSON template `root` (parsed, already valid as JSON) as HCL2. `sources` says how each
 * builder type's nested blocks are written (the builders' `hcl2` records); `from` names the input
 * in the header.
 */
export function upgradeToHcl2(root: unknown, sources: Hcl2Sources, from: string): UpgradeResult {
  if (!isObject(root as Json)) return { errors: ["the template is not a JSON object"] };
  const t = root as JsonObject;
  const variables = isObject(t.variables) ? t.variables : {};
  const sensitive = new Set(
    Array.isArray(t["sensitive-variables"]) ? t["sensitive-variables"].map(String) : [],
  );
  const w = new Writer(new Set(Object.keys(variables)));
  const builders = (Array.isArray(t.builders) ? t.builders : []).filter(isObject);
  const names = builderNames(builders);
  const byJsonName = new Map(names.map((n) => [n.name, `${n.type}.${n.name}`]));
  const out: string[] = [`# Written by image-build hcl2_upgrade from ${from}.`, ""];

  if (typeof t.min_packer_version === "string" && t.min_packer_version !== "") {
    out.push("packer {", `  required_version = ${w.string(`>= ${t.min_packer_version}`)}`, "}", "");
  }

  for (const [name, def] of Object.entries(variables)) {
    if (typeof def === "string") {
      for (const m of def.matchAll(USER)) {
        w.errors.push(
          `variable "${name}": its default reads the variable "${userName(m)}", which an HCL2 variable default cannot; write it as a local by hand`,
        );
      }
    }
    const lines = ["  type = string"];
    if (def !== null)
      lines.push(`  default = ${typeof def === "string" ? w.string(def, true) : w.string(String(def))}`);
    if (sensitive.has(name)) lines.push("  sensitive = true");
    out.push(`variable ${w.string(name)} {`, ...align(lines), "}", "");
  }

  builders.forEach((b, i) => {
    const { type, name } = names[i];
    const { type: _t, name: _n, ...config } = b;
    if (!Object.hasOwn(sources, type))
      w.errors.push(`builders[${i}]: the builder type "${type}" has no HCL2 source here`);
    out.push(
      `source ${w.string(type)} ${w.string(name)} {`,
      ...w.body(config, "  ", sources[type]?.blocks ?? {}),
      "}",
      "",
    );
  });

  const head: string[] = [];
  if (typeof t.description === "string" && t.description !== "")
    head.push(`  description = ${w.string(t.description)}`);
  head.push(`  sources = [${names.map((n) => w.string(`source.${n.type}.${n.name}`)).join(", ")}]`);
  const build: string[] = ["build {", ...align(head)];

  /** `only`/`except` names of JSON builders as the sources' `type.name`. */
  const refs = (v: Json | undefined) =>
    Array.isArray(v) ? v.map((x) => w.string(byJsonName.get(String(x)) ?? String(x))) : [];
  const plugin = (kind: string, p: JsonObject, indent: string): string[] => {
    const { type, only, except, override, ...rest } = p;
    const meta: string[] = [];
    if (Array.isArray(only)) meta.push(`${indent}  only = [${refs(only).join(", ")}]`);
    if (Array.isArray(except)) meta.push(`${indent}  except = [${refs(except).join(", ")}]`);
    const lines = [`${indent}${kind} ${w.string(String(type ?? ""))} {`, ...align(meta)];
    lines.push(...w.body(rest, `${indent}  `));
    if (isObject(override)) {
      const o: JsonObject = {};
      for (const [k, v] of Object.entries(override)) o[byJsonName.get(k) ?? k] = v;
      lines.push(`${indent}  override = ${w.value(o, `${indent}  `)}`);
    }
    lines.push(`${indent}}`);
    return lines;
  };
  for (const p of (Array.isArray(t.provisioners) ? t.provisioners : []).filter(isObject))
    build.push("", ...plugin("provisioner", p, "  "));
  if (isObject(t["error-cleanup-provisioner"]))
    build.push("", ...plugin("error-cleanup-provisioner", t["error-cleanup-provisioner"], "  "));
  const pp = (x: Json): JsonObject | undefined =>
    typeof x === "string" ? { type: x } : isObject(x) ? x : undefined;
  for (const seq of Array.isArray(t["post-processors"]) ? t["post-processors"] : []) {
    if (Array.isArray(seq)) {
      const items = seq.map(pp).filter((x): x is JsonObject => x !== undefined);
      build.push("", "  post-processors {");
      items.forEach((x, i) => {
        if (i > 0) build.push("");
        build.push(...plugin("post-processor", x, "    "));
      });
      build.push("  }");
    } else {
      const x = pp(seq);
      if (x) build.push("", ...plugin("post-processor", x, "  "));
    }
  }
  build.push("}");
  out.push(...build, "");
  if (w.errors.length) return { errors: w.errors };
  return { text: out.join("\n"), errors: [] };
}
