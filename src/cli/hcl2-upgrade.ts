/** `image-build hcl2_upgrade`: writes a Packer JSON template as an HCL2 template (like `packer hcl2_upgrade`). */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { HCL2_SOURCES } from "../builders/index.js";
import { formatDiagnostic } from "../template/diagnostics.js";
import { upgradeToHcl2 } from "../template/hcl2/upgrade.js";
import { loadTemplate } from "../template/load.js";
import { type FlagSpec, flagUsage, parseFlags } from "./flags.js";
import type { Io } from "./validate.js";

const FLAGS: FlagSpec[] = [
  {
    name: "output-file",
    kind: "string",
    placeholder: "path",
    help: "File where to put the HCL2 template (default: TEMPLATE.pkr.hcl).",
  },
];

export const HCL2_UPGRADE_USAGE = `Usage: image-build hcl2_upgrade [options] TEMPLATE

  Writes the JSON template as an HCL2 template with the same builds: variables, one source per
  builder (named as the JSON build is), one build block with the provisioners and
  post-processors; {{user \`x\`}} becomes \${var.x}, other template text is kept as it is.

Options:

${flagUsage(FLAGS)}
`;

/** Runs `hcl2_upgrade`; returns the exit code. */
export async function runHcl2Upgrade(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.args.length !== 1) {
    io.err(HCL2_UPGRADE_USAGE);
    return 1;
  }
  const path = flags.args[0];
  const out = flags.values.get("output-file") || `${path}.pkr.hcl`;
  // The JSON front end's syntax check first: its errors name file, line and column.
  const loaded = loadTemplate({ path, cwd: io.cwd, env: io.env, syntaxOnly: true });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (!loaded.template || errors.length) {
    io.err(`${errors.map((d) => formatDiagnostic(d)).join("\n")}\n`);
    return 1;
  }
  const abs = resolve(io.cwd, path);
  const r = upgradeToHcl2(JSON.parse(readFileSync(abs, "utf8")), HCL2_SOURCES, path);
  if (!r.text) {
    io.err(`${r.errors.map((e) => `${path}: ${e}`).join("\n")}\n`);
    return 1;
  }
  writeFileSync(resolve(io.cwd, out), r.text);
  io.out(`Successfully created ${out}\n`);
  return 0;
}
