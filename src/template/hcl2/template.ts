/**
 * The HCL2 front end's result as the one `Template` model the JSON front end produces, so that
 * validation, prepare, the build, reuse, summaries and outputs are shared. Each HCL2 build × source
 * becomes one builder with its own provisioners and post-processors (the HCL2 loader has already
 * applied their `only`/`except` and `override`); `-only`/`-except` select builds by Packer's HCL2
 * names with globs.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { ConfigObject } from "../config/tree.js";
import type { DiagnosticBag } from "../diagnostics.js";
import { parseTemplate, withoutKeys } from "../json/template.js";
import { goAtoi } from "../load.js";
import type { Build, Template, TemplateBuilder, TemplateProvisioner, TemplateVariable } from "../model.js";
import { toConfigNode } from "./adapt.js";
import type { Hcl2Build, Hcl2Template, PObject } from "./output.js";

/** What {@link hcl2Template} needs beyond the loaded template. */
export interface Hcl2TemplateOptions {
  /** The absolute template path (a file or a directory). */
  abs: string;
  cwd: string;
  env: Record<string, string | undefined>;
  startTime: Date;
  only?: readonly string[];
  except?: readonly string[];
}

/** A gobwas/glob pattern (as Packer's `-only`/`-except` compile them) as a RegExp: `*`, `?`, `[...]`, `{a,b}`. */
export function globRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "{") re += "(?:";
    else if (c === "}") re += ")";
    else if (c === "," && re.includes("(?:")) re += "|";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, "\\$&");
  }
  try {
    return new RegExp(`^${re}$`, "s");
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`, "s");
  }
}

/** Whether `-only`/`-except` pattern `p` names the build: its full name or its `type.name`. */
function nameMatches(p: string, b: Hcl2Build): boolean {
  const re = globRegExp(p);
  return re.test(b.name) || re.test(`${b.sourceType}.${b.sourceName}`);
}

/** Whether `p` is a directory (a directory template). */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A variable's final value as a string (`-var` text form: strings as they are, others as JSON). */
function valueText(v: unknown): string {
  if (typeof v === "string") return v;
  return v === null || v === undefined ? "" : JSON.stringify(v);
}

/**
 * What the reuse fingerprint hashes as the template "text": every template file (path relative to
 * the working directory, then its content), every file read by `file()`/`templatefile()`, and the
 * final values of the non-sensitive variables (which covers var files, `*.auto.pkrvars.*`,
 * `PKR_VAR_*` and `-var` without hashing a sensitive value).
 */
function fingerprintText(t: Hcl2Template, cwd: string): string {
  const parts: string[] = [];
  const rel = (f: string) => relative(cwd, resolve(cwd, f)).split(sep).join("/");
  const varFiles = new Set(t.files.filter((f) => /\.pkrvars\.(hcl|json)$/.test(f)));
  for (const f of [...t.files.filter((f) => !varFiles.has(f)), ...t.readFiles]) {
    let text = "";
    try {
      text = readFileSync(resolve(cwd, f), "utf8").replace(/\r\n/g, "\n");
    } catch {
      text = "<unreadable>";
    }
    parts.push(`--- ${rel(f)}\n${text}`);
  }
  const sensitive = new Set(t.sensitiveNames);
  const values = Object.keys(t.variables)
    .filter((k) => !sensitive.has(k))
    .sort()
    .map((k) => `${k}=${JSON.stringify(t.variables[k])}`);
  parts.push(`--- variables\n${values.join("\n")}`);
  return parts.join("\n");
}

/** One HCL2 build as a JSON-shaped root (`builders`, `provisioners`, …), parsed by the JSON front end's structure rules. */
function buildRoot(b: Hcl2Build): ConfigObject {
  const base = `source.${b.sourceType}.${b.sourceName}`;
  const builder = toConfigNode(b.builder, base);
  const arr = (items: PObject[], path: string) => ({
    kind: "array" as const,
    items: items.map((p, i) => toConfigNode(p, `${path}[${i}]`)),
    pos: builder.pos,
    path,
  });
  const members: ConfigObject["members"] = [
    {
      key: "builders",
      keyPos: builder.pos,
      path: "builders",
      value: { kind: "array", items: [builder], pos: builder.pos, path: "builders" },
    },
  ];
  if (b.provisioners.length)
    members.push({
      key: "provisioners",
      keyPos: builder.pos,
      path: "build.provisioner",
      value: arr(b.provisioners, "build.provisioner"),
    });
  if (b.postProcessors.length)
    members.push({
      key: "post-processors",
      keyPos: builder.pos,
      path: "build.post-processors",
      value: {
        kind: "array",
        items: b.postProcessors.map((seq, i) => arr(seq, `build.post-processors[${i}]`)),
        pos: builder.pos,
        path: "build.post-processors",
      },
    });
  if (b.errorCleanupProvisioner)
    members.push({
      key: "error-cleanup-provisioner",
      keyPos: builder.pos,
      path: "build.error-cleanup-provisioner",
      value: toConfigNode(b.errorCleanupProvisioner, "build.error-cleanup-provisioner"),
    });
  return { kind: "object", members, pos: builder.pos, path: "" };
}

/** `max_retries` as Packer reads it (the HCL2 loader passes the evaluated value on). */
function setMaxRetries(p: TemplateProvisioner, bag: DiagnosticBag): void {
  if (p.maxRetriesRaw === "") return;
  const n = goAtoi(p.maxRetriesRaw);
  if (typeof n === "number") p.maxRetries = n;
  else bag.error(p, `\`max_retries\` must be a valid integer: ${n}`);
}

const NAME = new Set(["name"]);

/**
 * A provisioner block's `name` is Packer's (its HCL2 spec takes it off, as it takes `only` or
 * `pause_before`): it stays on the object as written (checkpoint refs and messages read it there)
 * and leaves the provisioner's own config, whose decoder would refuse it as an unknown key. JSON
 * provisioners have no such key (Packer 1.6.6 refuses `name` there too).
 */
function takeName(p: TemplateProvisioner): void {
  p.config = withoutKeys(p.config, NAME);
}

/**
 * The `Template` of a loaded HCL2 template. Structure problems (a provisioner without `type`,
 * a bad `pause_before`) go to `bag`; each node keeps the file it came from.
 */
export function hcl2Template(t: Hcl2Template, o: Hcl2TemplateOptions, bag: DiagnosticBag): Template {
  const builders: TemplateBuilder[] = [];
  const provisioners: TemplateProvisioner[] = [];
  const seenProvisioners = new Set<string>();
  const postProcessors: Template["postProcessors"] = [];
  const seenChains = new Set<string>();
  const all: Build[] = [];
  t.builds.forEach((hb, i) => {
    const parsed = parseTemplate(buildRoot(hb), bag);
    const builder = parsed?.builders[0];
    if (!parsed || !builder) return;
    builder.index = i;
    builder.name = hb.name;
    builder.rawName = hb.name;
    builders.push(builder);
    for (const p of [
      ...parsed.provisioners,
      ...(parsed.errorCleanupProvisioner ? [parsed.errorCleanupProvisioner] : []),
    ]) {
      setMaxRetries(p, bag);
      takeName(p);
    }
    // The template-wide lists (what `inspect` shows) hold each block once.
    const key = (n: { pos: { file?: string; offset: number } }) => `${n.pos.file}:${n.pos.offset}`;
    for (const p of parsed.provisioners) {
      if (seenProvisioners.has(key(p))) continue;
      seenProvisioners.add(key(p));
      provisioners.push(p);
    }
    for (const seq of parsed.postProcessors) {
      const k = seq.map(key).join(",");
      if (seenChains.has(k)) continue;
      seenChains.add(k);
      postProcessors.push(seq);
    }
    all.push({
      name: hb.name,
      variableName: hb.sourceLabel,
      builder,
      provisioners: parsed.provisioners,
      errorCleanupProvisioner: parsed.errorCleanupProvisioner,
      postProcessors: parsed.postProcessors,
    });
  });

  const sensitive = new Set(t.sensitiveNames);
  const start = { line: 1, column: 1, offset: 0 };
  const variables: TemplateVariable[] = Object.keys(t.variables).map((name) => ({
    name,
    default: sensitive.has(name) ? "" : valueText(t.variables[name]),
    required: false,
    sensitive: sensitive.has(name),
    pos: start,
    path: `var.${name}`,
  }));
  const only = o.only ?? [];
  const except = o.except ?? [];
  const builds = all
    .filter((b) => {
      const hb = t.builds[b.builder.index];
      if (only.length && !only.some((p) => nameMatches(p, hb))) return false;
      return !except.some((p) => nameMatches(p, hb));
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const description = t.builds.find((b) => b.description)?.description ?? "";
  return {
    path: o.abs,
    // `{{template_dir}}`: a directory template's own directory, a file's directory (`path.root`)
    dir: isDirectory(o.abs) ? o.abs : dirname(o.abs),
    text: fingerprintText(t, o.cwd),
    root: { kind: "object", members: [], pos: start, path: "" },
    description,
    minPackerVersion: "",
    comments: {},
    variables,
    sensitiveVariables: t.sensitiveNames,
    values: Object.fromEntries(Object.entries(t.variables).map(([k, v]) => [k, valueText(v)])),
    secrets: t.sensitiveValues.filter((s) => s !== ""),
    builders,
    provisioners,
    postProcessors,
    builds,
    env: o.env,
    cwd: o.cwd,
    startTime: o.startTime,
  };
}
