import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  validateTemplate
} from "./chunk-2DR4GSH5.js";
import {
  formatDiagnostic,
  maskSecrets
} from "./chunk-ND4PPQAS.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/cli/flags.ts
var FlagError = class extends Error {
  static {
    __name(this, "FlagError");
  }
  constructor(message) {
    super(message);
    this.name = "FlagError";
  }
};
var BOOL_VALUES = /* @__PURE__ */ new Map([
  ["1", true],
  ["t", true],
  ["T", true],
  ["true", true],
  ["TRUE", true],
  ["True", true],
  ["0", false],
  ["f", false],
  ["F", false],
  ["false", false],
  ["FALSE", false],
  ["False", false]
]);
function parseFlags(argv, specs) {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    const body = arg.replace(/^--?/, "");
    if (body === "" || body.startsWith("-") || body.startsWith("="))
      throw new FlagError(`bad flag syntax: ${arg}`);
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let value = eq >= 0 ? body.slice(eq + 1) : void 0;
    i++;
    const spec = byName.get(name);
    if (!spec) {
      if (name === "h" || name === "help") throw new FlagError("help requested");
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
    if (spec.kind === "bool") {
      if (value === void 0) value = "true";
      const b = BOOL_VALUES.get(value);
      if (b === void 0) throw new FlagError(`invalid boolean value "${value}" for -${name}: parse error`);
      values.set(name, String(b));
      continue;
    }
    if (value === void 0) {
      if (i >= argv.length) throw new FlagError(`flag needs an argument: -${name}`);
      value = argv[i++];
    }
    if (spec.kind === "list") {
      const list = lists.get(name) ?? [];
      list.push(value);
      lists.set(name, list);
    } else {
      values.set(name, value);
    }
  }
  return { values, lists, args: argv.slice(i) };
}
__name(parseFlags, "parseFlags");
function flagUsage(specs) {
  const left = specs.map((s) => `  -${s.name}${s.placeholder ? `=${s.placeholder}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}`).join("\n");
}
__name(flagUsage, "flagUsage");
function commaList(values) {
  if (!values) return void 0;
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
__name(commaList, "commaList");

// src/cli/template-args.ts
function parseTemplateArgs(argv, specs, usage, err) {
  const flags = parseFlags(argv, specs);
  if (flags.args.length !== 1) {
    err(usage);
    return void 0;
  }
  const only = commaList(flags.lists.get("only"));
  const except = commaList(flags.lists.get("except"));
  if (only?.length && except?.length) {
    err("Error: Only one of -only or -except may be specified.\n");
    return void 0;
  }
  return {
    flags,
    path: flags.args[0],
    vars: flags.lists.get("var"),
    varFiles: flags.lists.get("var-file"),
    only,
    except
  };
}
__name(parseTemplateArgs, "parseTemplateArgs");
var TEMPLATE_ID_FLAG = {
  name: "template-id",
  kind: "string",
  placeholder: "ID",
  help: "Identity of the template on its images (image-build:template); default its path in its git work tree."
};

// src/cli/validate.ts
import { relative } from "node:path";
var TEMPLATE_FLAGS = [
  {
    name: "var",
    kind: "list",
    placeholder: "key=value",
    help: "Variable for templates, can be used multiple times."
  },
  { name: "var-file", kind: "list", placeholder: "path", help: "JSON file containing user variables." },
  { name: "only", kind: "list", placeholder: "foo,bar", help: "Validate only these builds." },
  { name: "except", kind: "list", placeholder: "foo,bar", help: "Validate all builds other than these." }
];
var FLAGS = [
  { name: "syntax-only", kind: "bool", help: "Only check syntax. Do not verify config of the template." },
  ...TEMPLATE_FLAGS
];
var VALIDATE_USAGE = `Usage: image-build validate [options] TEMPLATE

  Checks that the template is valid: its syntax, its variables and the configuration of every
  builder, provisioner and post-processor. Every error is printed with its file, line, column and
  JSON path. Exit status 0 when valid, 1 otherwise.

Options:

${flagUsage(FLAGS)}
`;
function count(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
__name(count, "count");
function shownPath(file, cwd) {
  const rel = relative(cwd, file);
  return rel.startsWith("..") ? file : rel;
}
__name(shownPath, "shownPath");
function reportValidation(result, path, io) {
  const shown = /* @__PURE__ */ __name((file) => shownPath(file, io.cwd), "shown");
  const lines = result.diagnostics.map((d) => formatDiagnostic({ ...d, file: shown(d.file) }));
  if (lines.length) io.err(maskSecrets(`${lines.join("\n")}
`, result.secrets));
  if (result.ok) return true;
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  io.err(`${count(errors, "error")} in ${shown(path)}
`);
  return false;
}
__name(reportValidation, "reportValidation");
async function runValidate(argv, io) {
  const args = parseTemplateArgs(argv, FLAGS, VALIDATE_USAGE, io.err);
  if (!args) return 1;
  const { flags, path, vars, varFiles, only, except } = args;
  const result = await validateTemplate({
    path,
    vars,
    varFiles,
    only,
    except,
    env: io.env,
    cwd: io.cwd,
    syntaxOnly: flags.values.get("syntax-only") === "true"
  });
  if (!reportValidation(result, path, io)) return 1;
  const names = result.builds.map((b) => b.name).join(", ");
  io.out(
    `${shownPath(path, io.cwd)}: the template is valid (${count(result.builds.length, "build")}${names ? `: ${names}` : ""})
`
  );
  return 0;
}
__name(runValidate, "runValidate");

export {
  FlagError,
  parseFlags,
  flagUsage,
  parseTemplateArgs,
  TEMPLATE_ID_FLAG,
  TEMPLATE_FLAGS,
  VALIDATE_USAGE,
  reportValidation,
  runValidate
};
