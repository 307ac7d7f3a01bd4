/**
 * Packer 1.6.6 template interpolation: Go's text/template (lexer, parser, evaluator) with Packer's
 * function set. `interpolate` renders a string; `checkSyntax` only parses it. Every failure is an
 * `InterpolateError` whose message is the text Packer prints.
 */
import { builtins } from "./builtins.js";
import { outputString } from "./bytes.js";
import { InterpolateError } from "./errors.js";
import { execute, isStackOverflow } from "./exec.js";
import type { GoFunc } from "./funcs.js";
import { PACKER_FUNCTION_NAMES, packerFuncs } from "./packer-funcs.js";
import { type ParsedTemplate, parseTemplate } from "./parse.js";
import { NO_VALUE } from "./values.js";

export { InterpolateError } from "./errors.js";
export { BUILD_DATA_PLACEHOLDER, ERR_VARIABLE_NOT_SET } from "./packer-funcs.js";
export { strftime } from "./strftime.js";
export { goTimeFormat } from "./timefmt.js";
export { GoStruct, NO_VALUE } from "./values.js";

export interface InterpolateContext {
  /** Values for {{user `name`}}. */
  userVariables: Record<string, string>;
  /** In the `variables` section an undefined {{user}} is an error; elsewhere it renders "" (Packer 1.6.6). */
  strictUserVariables?: boolean;
  /** {{env}} is only allowed in the variables section; elsewhere: "env vars are not allowed here". */
  enableEnv?: boolean;
  /** Environment for {{env}}; default process.env. */
  env?: Record<string, string | undefined>;
  /** {{build_name}}; absent -> "build_name not available". */
  buildName?: string;
  /** {{build_type}}; absent -> "build_type not available". */
  buildType?: string;
  /** {{template_dir}} is the absolute directory of it. */
  templatePath?: string;
  /** {{pwd}}; default process.cwd(). */
  cwd?: string;
  /** {{timestamp}} (unix seconds), {{isotime}} and {{strftime}} use this one time for the whole run. */
  startTime: Date;
  /** {{packer_version}}; default "1.6.6" ("" -> "packer_version not available"). */
  packerVersion?: string;
  /** The dot: {{ .Path }}, {{ .Vars }}; missing -> "<no value>" as Go prints. */
  data?: unknown;
  /** {{ build `ID` }}; absent -> Packer's "will not be passed into your plugin" error. */
  buildData?: Record<string, string>;
}

const BUILTINS = builtins();
const ALL_NAMES = new Set<string>([...Object.keys(BUILTINS), ...PACKER_FUNCTION_NAMES]);
const hasFunction = (name: string) => ALL_NAMES.has(name);

/** Packer function tables per context object (their closures read the context at call time). */
const FUNC_TABLES = new WeakMap<InterpolateContext, Record<string, GoFunc>>();

const CACHE_LIMIT = 2000;
/** Longer texts (user data scripts, say) are parsed each time rather than kept in the cache. */
const CACHE_MAX_TEXT = 16 * 1024;
const cache = new Map<string, ParsedTemplate | InterpolateError>();

/** Passes InterpolateErrors through and names JavaScript stack exhaustion; anything else is a bug. */
function convertUnexpected(e: unknown, name: string): InterpolateError {
  if (e instanceof InterpolateError) return e;
  if (!isStackOverflow(e)) throw e;
  const detail = "expression nests too deeply";
  return new InterpolateError(`template: ${name}:1: ${detail}`, { kind: "parse", line: 1, detail });
}

function parseCached(text: string, name: string): ParsedTemplate {
  if (text.length > CACHE_MAX_TEXT) {
    try {
      return parseTemplate(text, name, hasFunction);
    } catch (e) {
      throw convertUnexpected(e, name);
    }
  }
  const key = `${name}\u0000${text}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    try {
      hit = parseTemplate(text, name, hasFunction);
    } catch (e) {
      hit = convertUnexpected(e, name);
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  if (hit instanceof InterpolateError) throw hit;
  return hit;
}

/** Renders `text` as Packer does (Go template named `name`, default "root"); throws InterpolateError. */
export function interpolate(text: string, ctx: InterpolateContext, name = "root"): string {
  if (!text.includes("{{")) return text;
  const tpl = parseCached(text, name);
  let packer = FUNC_TABLES.get(ctx);
  if (!packer) {
    packer = packerFuncs(ctx);
    FUNC_TABLES.set(ctx, packer);
  }
  const table = packer;
  const lookup = (fn: string): GoFunc | undefined =>
    Object.hasOwn(table, fn) ? table[fn] : Object.hasOwn(BUILTINS, fn) ? BUILTINS[fn] : undefined;
  try {
    return outputString(
      execute(tpl, lookup, ctx.data === undefined || ctx.data === null ? NO_VALUE : ctx.data),
    );
  } catch (e) {
    throw convertUnexpected(e, name);
  }
}

/** Parses `text` only; returns the syntax error Packer would report, or undefined. */
export function checkSyntax(text: string, name = "root"): InterpolateError | undefined {
  if (!text.includes("{{")) return undefined;
  try {
    parseCached(text, name);
    return undefined;
  } catch (e) {
    return convertUnexpected(e, name);
  }
}
