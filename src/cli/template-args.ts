/** The arguments every template command shares: one TEMPLATE, `-var`, `-var-file`, `-only`/`-except`. */
import { commaList, type FlagSpec, type ParsedFlags, parseFlags } from "./flags.js";

export interface TemplateArgs {
  flags: ParsedFlags;
  path: string;
  vars?: string[];
  varFiles?: string[];
  only?: string[];
  except?: string[];
}

/**
 * Parses a template command's arguments; on a usage error writes the message (or the usage) to
 * `err` and returns undefined, so the command exits 1.
 */
export function parseTemplateArgs(
  argv: string[],
  specs: FlagSpec[],
  usage: string,
  err: (text: string) => void,
): TemplateArgs | undefined {
  const flags = parseFlags(argv, specs);
  if (flags.args.length !== 1) {
    err(usage);
    return undefined;
  }
  const only = commaList(flags.lists.get("only"));
  const except = commaList(flags.lists.get("except"));
  if (only?.length && except?.length) {
    err("Error: Only one of -only or -except may be specified.\n");
    return undefined;
  }
  return {
    flags,
    path: flags.args[0],
    vars: flags.lists.get("var"),
    varFiles: flags.lists.get("var-file"),
    only,
    except,
  };
}

/** `-template-id`, shared with `build`. */
export const TEMPLATE_ID_FLAG: FlagSpec = {
  name: "template-id",
  kind: "string",
  placeholder: "ID",
  help: "Identity of the template on its images (image-build:template); default its path in its git work tree.",
};
