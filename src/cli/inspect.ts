/** `image-build inspect`: what a template declares, as `packer inspect` shows it. */
import { relative } from "node:path";
import { HCL2_SOURCES } from "../builders/index.js";
import { formatDiagnostic } from "../template/diagnostics.js";
import { loadAnyTemplate } from "../template/load-any.js";
import { maskSecrets } from "../ui/mask.js";
import { flagUsage, parseFlags } from "./flags.js";
import type { Io } from "./validate.js";
import { TEMPLATE_FLAGS } from "./validate.js";

const FLAGS = TEMPLATE_FLAGS.filter((f) => f.name === "var" || f.name === "var-file");

export const INSPECT_USAGE = `Usage: image-build inspect [options] TEMPLATE

  Shows the variables (sensitive ones hidden), builders, provisioners and post-processors of a
  template.

Options:

${flagUsage(FLAGS)}
`;

/** Runs `inspect`; returns the exit code. */
export async function runInspect(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
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
    syntaxOnly: true,
  });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!template || errors.length) {
    const rel = (f: string) => (relative(io.cwd, f).startsWith("..") ? f : relative(io.cwd, f));
    io.err(`${diagnostics.map((d) => formatDiagnostic({ ...d, file: rel(d.file) })).join("\n")}\n`);
    return 1;
  }
  const out: string[] = [];
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
    const scope = p.only.length
      ? ` (only: ${p.only.join(", ")})`
      : p.except.length
        ? ` (except: ${p.except.join(", ")})`
        : "";
    out.push(`  ${p.type}${scope}`);
  }
  if (template.errorCleanupProvisioner)
    out.push("", "Error cleanup provisioner:", "", `  ${template.errorCleanupProvisioner.type}`);
  out.push("", "Post-processors:", "");
  if (!template.postProcessors.length) out.push("  <No post-processors>");
  template.postProcessors.forEach((seq, i) => {
    out.push(
      `  ${i}: ${seq.map((p) => (p.name !== p.type ? `${p.name} (${p.type})` : p.type)).join(" -> ")}`,
    );
  });
  out.push(
    "",
    "Note: build names that contain user variables or functions such as 'timestamp' are shown",
    "here as written; they are rendered when the build runs.",
  );
  io.out(maskSecrets(`${out.join("\n")}\n`, template.secrets));
  return 0;
}
