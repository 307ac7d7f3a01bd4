#!/usr/bin/env node
import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import "../chunks/chunk-VUJBLVI3.js";
import {
  FlagError,
  TEMPLATE_FLAGS,
  VALIDATE_USAGE,
  flagUsage,
  parseFlags,
  runValidate
} from "../chunks/chunk-4WMFJPSY.js";
import {
  loadAnyTemplate,
  loadTemplate
} from "../chunks/chunk-2DR4GSH5.js";
import {
  HCL2_SOURCES,
  formatDiagnostic,
  maskSecrets
} from "../chunks/chunk-ND4PPQAS.js";
import "../chunks/chunk-QFNYCJEP.js";
import "../chunks/chunk-QEDSUNW2.js";
import {
  __name
} from "../chunks/chunk-Q72NFEGJ.js";

// src/cli/hcl2-upgrade.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/template/hcl2/upgrade.ts
var isObject = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObject");
var USER = /\{\{\s*user\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")\s*\}\}/g;
var ENV = /\{\{\s*env\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")\s*\}\}/g;
var TEMPLATE_DIR = /\{\{\s*template_dir\s*\}\}/g;
var IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function escapeLiteral(s) {
  let out = "";
  for (const ch of s) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (ch < " ") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}
__name(escapeLiteral, "escapeLiteral");
function userName(m) {
  if (m[1] !== void 0) return m[1];
  try {
    return JSON.parse(`"${m[2]}"`);
  } catch {
    return m[2];
  }
}
__name(userName, "userName");
var Writer = class {
  constructor(declared) {
    this.declared = declared;
  }
  declared;
  static {
    __name(this, "Writer");
  }
  errors = [];
  /** A JSON string as an HCL quoted template: `{{user}}` → `${var.x}` (undeclared: "", as in JSON). */
  string(s, envAllowed = false) {
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
  value(v, indent) {
    if (v === null) return "null";
    if (typeof v === "string") return this.string(v);
    if (typeof v === "number" || typeof v === "boolean") return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      const inner = v.map((x) => this.value(x, `${indent}  `));
      const flat = `[${inner.join(", ")}]`;
      if (!flat.includes("\n") && flat.length + indent.length < 100) return flat;
      return `[
${inner.map((x) => `${indent}  ${x}`).join(",\n")}
${indent}]`;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return "{}";
    const lines = keys.map((k) => `${indent}  ${this.key(k)} = ${this.value(v[k], `${indent}  `)}`);
    return `{
${align(lines).join("\n")}
${indent}}`;
  }
  /** A map key: bare when it is an identifier, else quoted. */
  key(k) {
    return IDENT.test(k) ? k : `"${escapeLiteral(k)}"`;
  }
  /** The arguments of a body; keys named in `blocks` become nested blocks (single or repeated). */
  body(obj, indent, blocks = {}) {
    const lines = [];
    const nested = [];
    for (const [k, v] of Object.entries(obj)) {
      const mode = Object.hasOwn(blocks, k) ? blocks[k] : void 0;
      const items = mode === "list" && Array.isArray(v) ? v : mode === "single" ? [v] : void 0;
      if (items?.every(isObject)) {
        for (const item of items) {
          nested.push("", `${indent}${k} {`, ...this.body(item, `${indent}  `), `${indent}}`);
        }
        continue;
      }
      lines.push(`${indent}${this.key(k)} = ${this.value(v, indent)}`);
    }
    return [...align(lines), ...nested];
  }
};
function align(lines) {
  const keyEnd = /* @__PURE__ */ __name((l) => (/^\s*(?:[A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*") = /.exec(l)?.[0].length ?? 2) - 3, "keyEnd");
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
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
__name(align, "align");
function builderNames(builders) {
  return builders.map((b) => {
    const type = String(b.type ?? "");
    return { type, name: typeof b.name === "string" && b.name !== "" ? b.name : type };
  });
}
__name(builderNames, "builderNames");
function upgradeToHcl2(root, sources, from) {
  if (!isObject(root)) return { errors: ["the template is not a JSON object"] };
  const t = root;
  const variables = isObject(t.variables) ? t.variables : {};
  const sensitive = new Set(
    Array.isArray(t["sensitive-variables"]) ? t["sensitive-variables"].map(String) : []
  );
  const w = new Writer(new Set(Object.keys(variables)));
  const builders = (Array.isArray(t.builders) ? t.builders : []).filter(isObject);
  const names = builderNames(builders);
  const byJsonName = new Map(names.map((n) => [n.name, `${n.type}.${n.name}`]));
  const out = [`# Written by image-build hcl2_upgrade from ${from}.`, ""];
  if (typeof t.min_packer_version === "string" && t.min_packer_version !== "") {
    out.push("packer {", `  required_version = ${w.string(`>= ${t.min_packer_version}`)}`, "}", "");
  }
  for (const [name, def] of Object.entries(variables)) {
    if (typeof def === "string") {
      for (const m of def.matchAll(USER)) {
        w.errors.push(
          `variable "${name}": its default reads the variable "${userName(m)}", which an HCL2 variable default cannot; write it as a local by hand`
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
      ""
    );
  });
  const head = [];
  if (typeof t.description === "string" && t.description !== "")
    head.push(`  description = ${w.string(t.description)}`);
  head.push(`  sources = [${names.map((n) => w.string(`source.${n.type}.${n.name}`)).join(", ")}]`);
  const build = ["build {", ...align(head)];
  const refs = /* @__PURE__ */ __name((v) => Array.isArray(v) ? v.map((x) => w.string(byJsonName.get(String(x)) ?? String(x))) : [], "refs");
  const plugin = /* @__PURE__ */ __name((kind, p, indent) => {
    const { type, only, except, override, ...rest } = p;
    const meta = [];
    if (Array.isArray(only)) meta.push(`${indent}  only = [${refs(only).join(", ")}]`);
    if (Array.isArray(except)) meta.push(`${indent}  except = [${refs(except).join(", ")}]`);
    const lines = [`${indent}${kind} ${w.string(String(type ?? ""))} {`, ...align(meta)];
    lines.push(...w.body(rest, `${indent}  `));
    if (isObject(override)) {
      const o = {};
      for (const [k, v] of Object.entries(override)) o[byJsonName.get(k) ?? k] = v;
      lines.push(`${indent}  override = ${w.value(o, `${indent}  `)}`);
    }
    lines.push(`${indent}}`);
    return lines;
  }, "plugin");
  for (const p of (Array.isArray(t.provisioners) ? t.provisioners : []).filter(isObject))
    build.push("", ...plugin("provisioner", p, "  "));
  if (isObject(t["error-cleanup-provisioner"]))
    build.push("", ...plugin("error-cleanup-provisioner", t["error-cleanup-provisioner"], "  "));
  const pp = /* @__PURE__ */ __name((x) => typeof x === "string" ? { type: x } : isObject(x) ? x : void 0, "pp");
  for (const seq of Array.isArray(t["post-processors"]) ? t["post-processors"] : []) {
    if (Array.isArray(seq)) {
      const items = seq.map(pp).filter((x) => x !== void 0);
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
__name(upgradeToHcl2, "upgradeToHcl2");

// src/cli/hcl2-upgrade.ts
var FLAGS = [
  {
    name: "output-file",
    kind: "string",
    placeholder: "path",
    help: "File where to put the HCL2 template (default: TEMPLATE.pkr.hcl)."
  }
];
var HCL2_UPGRADE_USAGE = `Usage: image-build hcl2_upgrade [options] TEMPLATE

  Writes the JSON template as an HCL2 template with the same builds: variables, one source per
  builder (named as the JSON build is), one build block with the provisioners and
  post-processors; {{user \`x\`}} becomes \${var.x}, other template text is kept as it is.

Options:

${flagUsage(FLAGS)}
`;
async function runHcl2Upgrade(argv, io) {
  const flags = parseFlags(argv, FLAGS);
  if (flags.args.length !== 1) {
    io.err(HCL2_UPGRADE_USAGE);
    return 1;
  }
  const path = flags.args[0];
  const out = flags.values.get("output-file") || `${path}.pkr.hcl`;
  const loaded = loadTemplate({ path, cwd: io.cwd, env: io.env, syntaxOnly: true });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (!loaded.template || errors.length) {
    io.err(`${errors.map((d) => formatDiagnostic(d)).join("\n")}
`);
    return 1;
  }
  const abs = resolve(io.cwd, path);
  const r = upgradeToHcl2(JSON.parse(readFileSync(abs, "utf8")), HCL2_SOURCES, path);
  if (!r.text) {
    io.err(`${r.errors.map((e) => `${path}: ${e}`).join("\n")}
`);
    return 1;
  }
  writeFileSync(resolve(io.cwd, out), r.text);
  io.out(`Successfully created ${out}
`);
  return 0;
}
__name(runHcl2Upgrade, "runHcl2Upgrade");

// src/cli/inspect.ts
import { relative } from "node:path";
var FLAGS2 = TEMPLATE_FLAGS.filter((f) => f.name === "var" || f.name === "var-file");
var INSPECT_USAGE = `Usage: image-build inspect [options] TEMPLATE

  Shows the variables (sensitive ones hidden), builders, provisioners and post-processors of a
  template.

Options:

${flagUsage(FLAGS2)}
`;
async function runInspect(argv, io) {
  const flags = parseFlags(argv, FLAGS2);
  if (flags.args.length !== 1) {
    io.err(INSPECT_USAGE);
    return 1;
  }
  const { template, diagnostics } = await loadAnyTemplate({
    hcl2Sources: HCL2_SOURCES,
    path: flags.args[0],
    vars: flags.lists.get("var"),
    varFiles: flags.lists.get("var-file"),
    env: io.env,
    cwd: io.cwd,
    syntaxOnly: true
  });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!template || errors.length) {
    const rel = /* @__PURE__ */ __name((f) => relative(io.cwd, f).startsWith("..") ? f : relative(io.cwd, f), "rel");
    io.err(`${diagnostics.map((d) => formatDiagnostic({ ...d, file: rel(d.file) })).join("\n")}
`);
    return 1;
  }
  const out = [];
  if (template.description) out.push("Description:", "", template.description, "");
  const required = template.variables.filter((v) => v.required);
  const optional = template.variables.filter((v) => !v.required).sort((a, b) => a.name.localeCompare(b.name));
  if (required.length) {
    out.push("Required variables:", "");
    for (const v of required) out.push(`  ${v.name}${v.sensitive ? " (sensitive)" : ""}`);
    out.push("");
  }
  if (optional.length) {
    out.push("Optional variables and their defaults:", "");
    const width = Math.max(...optional.map((v) => v.name.length));
    for (const v of optional)
      out.push(`  ${v.name.padEnd(width)} = ${v.sensitive ? "<sensitive>" : v.default}`);
    out.push("");
  }
  if (!template.variables.length) out.push("Variables:", "", "  <No variables>", "");
  out.push("Builders:", "");
  for (const b of template.builders) {
    out.push(b.rawName === b.type ? `  ${b.type}` : `  ${b.rawName.padEnd(20)} ${b.type}`);
  }
  out.push("", "Provisioners:", "");
  if (!template.provisioners.length) out.push("  <No provisioners>");
  for (const p of template.provisioners) {
    const scope = p.only.length ? ` (only: ${p.only.join(", ")})` : p.except.length ? ` (except: ${p.except.join(", ")})` : "";
    out.push(`  ${p.type}${scope}`);
  }
  if (template.errorCleanupProvisioner)
    out.push("", "Error cleanup provisioner:", "", `  ${template.errorCleanupProvisioner.type}`);
  out.push("", "Post-processors:", "");
  if (!template.postProcessors.length) out.push("  <No post-processors>");
  template.postProcessors.forEach((seq, i) => {
    out.push(
      `  ${i}: ${seq.map((p) => p.name !== p.type ? `${p.name} (${p.type})` : p.type).join(" -> ")}`
    );
  });
  out.push(
    "",
    "Note: build names that contain user variables or functions such as 'timestamp' are shown",
    "here as written; they are rendered when the build runs."
  );
  io.out(maskSecrets(`${out.join("\n")}
`, template.secrets));
  return 0;
}
__name(runInspect, "runInspect");

// src/cli.ts
var VERSION = "0.1.0";
var USAGE = `Usage: image-build <command> [options]

Commands:
  build         build the images a template describes (like packer build)
  validate      check that a template is valid (like packer validate)
  inspect       show the variables, builders, provisioners and post-processors of a template
  prune         delete a template's older images, keeping the newest N (retention)
  hcl2_upgrade  write a JSON template as an HCL2 template (like packer hcl2_upgrade)
  emulator      run the local Alibaba Cloud emulator (ECS, VPC, STS, instance metadata)
  version       print the version

Run 'image-build <command> -h' or 'image-build help <command>' for a command's options.
`;
var USAGES = {
  validate: VALIDATE_USAGE,
  inspect: INSPECT_USAGE,
  hcl2_upgrade: HCL2_UPGRADE_USAGE
};
async function usageOf(command) {
  if (command === "build") return (await import("../chunks/build-KNSFAWZE.js")).BUILD_USAGE;
  if (command === "prune") return (await import("../chunks/prune-LUMJTWOS.js")).PRUNE_USAGE;
  return USAGES[command] ?? USAGE;
}
__name(usageOf, "usageOf");
async function main(argv) {
  const [command, ...rest] = argv;
  const io = {
    out: /* @__PURE__ */ __name((t) => process.stdout.write(t), "out"),
    err: /* @__PURE__ */ __name((t) => process.stderr.write(t), "err"),
    env: process.env,
    cwd: process.cwd()
  };
  try {
    switch (command) {
      case void 0:
      case "-h":
      case "--help":
      case "help": {
        const topic = command === "help" ? rest[0] : void 0;
        io.out(topic ? await usageOf(topic) : USAGE);
        return command === void 0 ? 1 : 0;
      }
      case "version":
      case "--version":
      case "-v":
        io.out(`image-build ${VERSION}
`);
        return 0;
      case "build":
        return await (await import("../chunks/build-KNSFAWZE.js")).runBuild(rest, io);
      case "validate":
        return await runValidate(rest, io);
      case "inspect":
        return await runInspect(rest, io);
      case "prune":
        return await (await import("../chunks/prune-LUMJTWOS.js")).runPrune(rest, io);
      case "hcl2_upgrade":
        return await runHcl2Upgrade(rest, io);
      case "emulator": {
        const { runEmulatorCli } = await import("../chunks/cli-7XJZUQTJ.js");
        return await runEmulatorCli(rest);
      }
      default:
        io.err(`image-build: unknown command '${command}'

${USAGE}`);
        return 1;
    }
  } catch (err) {
    if (err instanceof FlagError) {
      const usage = await usageOf(command ?? "");
      if (err.message !== "help requested") io.err(`${err.message}

`);
      io.err(usage);
      return err.message === "help requested" ? 0 : 1;
    }
    throw err;
  }
}
__name(main, "main");
process.exitCode = await main(process.argv.slice(2));
