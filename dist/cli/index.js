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
} from "../chunks/chunk-2UKDEVIV.js";
import {
  loadAnyTemplate
} from "../chunks/chunk-ZLJZJGD2.js";
import {
  formatDiagnostic,
  maskSecrets
} from "../chunks/chunk-2VJ63Z4B.js";
import "../chunks/chunk-QFNYCJEP.js";
import "../chunks/chunk-QEDSUNW2.js";
import {
  __name
} from "../chunks/chunk-Q72NFEGJ.js";

// src/cli/inspect.ts
import { relative } from "node:path";
var FLAGS = TEMPLATE_FLAGS.filter((f) => f.name === "var" || f.name === "var-file");
var INSPECT_USAGE = `Usage: image-build inspect [options] TEMPLATE

  Shows the variables (sensitive ones hidden), builders, provisioners and post-processors of a
  template.

Options:

${flagUsage(FLAGS)}
`;
async function runInspect(argv, io) {
  const flags = parseFlags(argv, FLAGS);
  if (flags.args.length !== 1) {
    io.err(INSPECT_USAGE);
    return 1;
  }
  const { template, diagnostics } = await loadAnyTemplate({
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
  build      build the images a template describes (like packer build)
  validate   check that a template is valid (like packer validate)
  inspect    show the variables, builders, provisioners and post-processors of a template
  emulator   run the local Alibaba Cloud emulator (ECS, VPC, STS, instance metadata)
  version    print the version

Run 'image-build <command> -h' for a command's options.
`;
var USAGES = { validate: VALIDATE_USAGE, inspect: INSPECT_USAGE };
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
      case "help":
        io.out(USAGE);
        return command === void 0 ? 1 : 0;
      case "version":
      case "--version":
      case "-v":
        io.out(`image-build ${VERSION}
`);
        return 0;
      case "build":
        return await (await import("../chunks/build-XODE7FUC.js")).runBuild(rest, io);
      case "validate":
        return await runValidate(rest, io);
      case "inspect":
        return await runInspect(rest, io);
      case "emulator": {
        const { runEmulatorCli } = await import("../chunks/cli-SUXY5LMR.js");
        return await runEmulatorCli(rest);
      }
      default:
        io.err(`image-build: unknown command '${command}'

${USAGE}`);
        return 1;
    }
  } catch (err) {
    if (err instanceof FlagError) {
      const usage = command === "build" ? (await import("../chunks/build-XODE7FUC.js")).BUILD_USAGE : USAGES[command ?? ""] ?? USAGE;
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
