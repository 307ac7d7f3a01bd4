/** `image-build validate`: check a template and every build's configuration, as `packer validate`. */
import { relative } from "node:path";
import { type ValidateResult, validateTemplate } from "../engine/validate.js";
import { formatDiagnostic } from "../template/diagnostics.js";
import { maskSecrets } from "../ui/mask.js";
import { type FlagSpec, flagUsage } from "./flags.js";
import { parseTemplateArgs } from "./template-args.js";

export const TEMPLATE_FLAGS: FlagSpec[] = [
  {
    name: "var",
    kind: "list",
    placeholder: "key=value",
    help: "Variable for templates, can be used multiple times.",
  },
  { name: "var-file", kind: "list", placeholder: "path", help: "JSON file containing user variables." },
  { name: "only", kind: "list", placeholder: "foo,bar", help: "Validate only these builds." },
  { name: "except", kind: "list", placeholder: "foo,bar", help: "Validate all builds other than these." },
];

const FLAGS: FlagSpec[] = [
  { name: "syntax-only", kind: "bool", help: "Only check syntax. Do not verify config of the template." },
  ...TEMPLATE_FLAGS,
];

export const VALIDATE_USAGE = `Usage: image-build validate [options] TEMPLATE

  Checks that the template is valid: its syntax, its variables and the configuration of every
  builder, provisioner and post-processor. Every error is printed with its file, line, column and
  JSON path. Exit status 0 when valid, 1 otherwise.

Options:

${flagUsage(FLAGS)}
`;

/** Output streams, injectable for tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Plural helper: `1 error`, `2 errors`. */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A path as the CLI shows it: relative to the working directory when it lies inside it. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith("..") ? file : rel;
}

/**
 * Prints a validation's diagnostics (secrets masked, files as {@link shownPath}) and, when it
 * failed, the count of errors in the template; true when it passed.
 */
export function reportValidation(result: ValidateResult, path: string, io: Io): boolean {
  const shown = (file: string) => shownPath(file, io.cwd);
  const lines = result.diagnostics.map((d) => formatDiagnostic({ ...d, file: shown(d.file) }));
  if (lines.length) io.err(maskSecrets(`${lines.join("\n")}\n`, result.secrets));
  if (result.ok) return true;
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  io.err(`${count(errors, "error")} in ${shown(path)}\n`);
  return false;
}

/** Runs `validate`; returns the exit code. */
export async function runValidate(argv: string[], io: Io): Promise<number> {
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
    syntaxOnly: flags.values.get("syntax-only") === "true",
  });
  if (!reportValidation(result, path, io)) return 1;
  const names = result.builds.map((b) => b.name).join(", ");
  io.out(
    `${shownPath(path, io.cwd)}: the template is valid (${count(result.builds.length, "build")}${names ? `: ${names}` : ""})\n`,
  );
  return 0;
}
