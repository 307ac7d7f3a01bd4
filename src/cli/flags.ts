/**
 * Command-line flags the way Packer (Go's `flag` package) reads them, so that Packer commands can
 * be pasted as they are: `-var k=v`, `-var=k=v`, `--var k=v`, `-syntax-only`, `-only=a,b`.
 * Parsing stops at the first argument that is not a flag, or after `--`.
 */
export interface FlagSpec {
  /** Flag name without dashes, e.g. `var-file`. */
  name: string;
  kind: "bool" | "string" | "list";
  /** One line for the usage text. */
  help: string;
  /** Shown in the usage text after the flag, e.g. `key=value`. */
  placeholder?: string;
}

export interface ParsedFlags {
  /** Last value of string flags, `"true"`/`"false"` for bool flags. */
  values: Map<string, string>;
  /** Every value of list flags, in order. */
  lists: Map<string, string[]>;
  /** Arguments after the flags. */
  args: string[];
}

export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlagError";
  }
}

const BOOL_VALUES = new Map([
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
  ["False", false],
]);

/** Parses `argv` against `specs`; throws {@link FlagError} with Go's wording on a bad flag. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
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
    let value: string | undefined = eq >= 0 ? body.slice(eq + 1) : undefined;
    i++;
    const spec = byName.get(name);
    if (!spec) {
      if (name === "h" || name === "help") throw new FlagError("help requested");
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
    if (spec.kind === "bool") {
      if (value === undefined) value = "true";
      const b = BOOL_VALUES.get(value);
      if (b === undefined) throw new FlagError(`invalid boolean value "${value}" for -${name}: parse error`);
      values.set(name, String(b));
      continue;
    }
    if (value === undefined) {
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

/** Usage lines for the flags, aligned. */
export function flagUsage(specs: FlagSpec[]): string {
  const left = specs.map((s) => `  -${s.name}${s.placeholder ? `=${s.placeholder}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}`).join("\n");
}

/** Splits Packer's comma-separated `-only`/`-except` values (repeated flags add up). */
export function commaList(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
