/**
 * Packer 1.6.6's template functions (`template/interpolate/funcs.go`) with Packer's signatures,
 * behaviour and error texts. `clean_resource_name` is deliberately absent: alicloud-ecs does not
 * register it, so Go reports `function "clean_resource_name" not defined`.
 */
import { dirname, resolve } from "node:path";
import { FuncError, fn, type GoFunc } from "./funcs.js";
import { strftime } from "./strftime.js";
import { goTimeFormat, RFC3339 } from "./timefmt.js";
import { timeOrderedUUID } from "./uuid.js";

/** What the Packer functions need from the caller (see InterpolateContext in index.ts). */
export interface PackerFuncContext {
  userVariables: Record<string, string>;
  strictUserVariables?: boolean;
  enableEnv?: boolean;
  env?: Record<string, string | undefined>;
  buildName?: string;
  buildType?: string;
  templatePath?: string;
  cwd?: string;
  startTime: Date;
  packerVersion?: string;
  buildData?: Record<string, string>;
}

/** Packer's placeholder for build data that is only known once the build runs. */
export const BUILD_DATA_PLACEHOLDER =
  "To set this dynamically in the Packer template, you must use the `build` function";

/** Packer's error text for an undefined user variable where it is an error. */
export const ERR_VARIABLE_NOT_SET = "Error: variable not set:";

/** Go's strings.Split, including the empty-separator case (split into UTF-8 sequences). */
export function goSplit(s: string, sep: string): string[] {
  if (sep === "") return [...s];
  return s.split(sep);
}

/** Go's strings.Replace(s, old, new, n): n < 0 replaces all; empty `old` matches between runes. */
export function goReplace(s: string, old: string, nu: string, n: number): string {
  if (old === nu || n === 0) return s;
  if (old === "") {
    const runes = [...s];
    let out = "";
    let count = 0;
    for (let i = 0; i <= runes.length; i++) {
      if (n < 0 || count < n) {
        out += nu;
        count++;
      }
      if (i < runes.length) out += runes[i];
    }
    return out;
  }
  if (n < 0) return s.split(old).join(nu);
  let out = "";
  let start = 0;
  for (let i = 0; i < n; i++) {
    const j = s.indexOf(old, start);
    if (j < 0) break;
    out += s.slice(start, j) + nu;
    start = j + old.length;
  }
  return out + s.slice(start);
}

/** Go's strings.ToUpper/ToLower: rune by rune, keeping runes without a single-rune mapping. */
function mapRunes(s: string, upper: boolean): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) {
      out += "\uFFFD"; // strings.Map turns an invalid byte into RuneError.
      continue;
    }
    if (!upper && ch === "\u0130") {
      out += "i"; // Go's simple mapping; JavaScript's full mapping gives "i\u0307".
      continue;
    }
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

function offline(name: string): FuncError {
  return new FuncError(
    `${name} is not supported by image-build: templates are rendered offline, so ${name} cannot be read; pass the value with -var or a var file instead`,
  );
}

/** The Packer function table for one context. */
export function packerFuncs(ctx: PackerFuncContext): Record<string, GoFunc> {
  // Read at call time, so that one table can serve a context object that is later changed.
  const nanos = () => (((ctx.startTime.getTime() % 1000) + 1000) % 1000) * 1_000_000;
  return {
    build_name: fn([], () => {
      if (!ctx.buildName) throw new FuncError("build_name not available");
      return ctx.buildName;
    }),
    build_type: fn([], () => {
      if (!ctx.buildType) throw new FuncError("build_type not available");
      return ctx.buildType;
    }),
    env: fn(["string"], ([k]) => {
      if (!ctx.enableEnv) throw new FuncError("env vars are not allowed here");
      const env = ctx.env ?? process.env;
      return env[k as string] ?? "";
    }),
    isotime: fn(
      [],
      (format) => {
        if (format.length === 0) return goTimeFormat(ctx.startTime, RFC3339, nanos());
        if (format.length > 1) throw new FuncError(`too many values, 1 needed: [${format.join(" ")}]`);
        return goTimeFormat(ctx.startTime, format[0] as string, nanos());
      },
      "string",
    ),
    strftime: fn(["string"], ([f]) => strftime(f as string, ctx.startTime, nanos())),
    pwd: fn([], () => ctx.cwd ?? process.cwd()),
    split: fn(["string", "string", "int"], ([k, s, i]) => {
      const parts = goSplit(k as string, s as string);
      const idx = i as number;
      if (parts.length <= idx) {
        throw new FuncError(
          `the substring ${idx} was unavailable using the separator value, ${s}, only ${parts.length} values were found`,
        );
      }
      if (idx < 0) throw new FuncError(`runtime error: index out of range [${idx}]`);
      return parts[idx];
    }),
    template_dir: fn([], () => {
      if (!ctx.templatePath) throw new FuncError("template path not available");
      return resolve(ctx.cwd ?? process.cwd(), dirname(ctx.templatePath));
    }),
    timestamp: fn([], () => String(Math.floor(ctx.startTime.getTime() / 1000))),
    uuid: fn([], () => timeOrderedUUID()),
    user: fn(["string"], ([k]) => {
      const key = k as string;
      const has = Object.hasOwn(ctx.userVariables, key);
      if (!has && ctx.strictUserVariables) throw new FuncError(`${ERR_VARIABLE_NOT_SET} ${key}`);
      return has ? ctx.userVariables[key] : "";
    }),
    packer_version: fn([], () => {
      const v = ctx.packerVersion ?? "1.6.6";
      if (v === "") throw new FuncError("packer_version not available");
      return v;
    }),
    consul_key: fn(["string"], () => {
      if (!ctx.enableEnv) throw new FuncError("consul_key is not allowed here");
      throw offline("consul_key");
    }),
    vault: fn(["string", "string"], () => {
      if (!ctx.enableEnv) throw new FuncError("Vault vars are only allowed in the variables section");
      throw offline("vault");
    }),
    aws_secretsmanager: fn(
      [],
      (secret) => {
        if (!ctx.enableEnv)
          throw new FuncError("AWS Secrets Manager is only allowed in the variables section");
        if (secret.length === 0) throw new FuncError("secret name must be provided");
        if (secret.length > 2)
          throw new FuncError("only secret name and optional secret key can be provided.");
        throw offline("aws_secretsmanager");
      },
      "string",
    ),
    sed: fn(["string", "string"], () => {
      throw new FuncError(
        "template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine",
      );
    }),
    build: fn(["string"], ([k]) => {
      const key = k as string;
      if (!ctx.buildData) {
        throw new FuncError(
          `Error validating build variable: the given variable ${key} will not be passed into your plugin.`,
        );
      }
      if (Object.hasOwn(ctx.buildData, key)) {
        const v = ctx.buildData[key];
        return v.includes(BUILD_DATA_PLACEHOLDER) ? `{{.${key}}}` : v;
      }
      throw new FuncError(`loaded data, but couldnt find ${key} in it.`);
    }),
    replace: fn(["string", "string", "int", "string"], ([o, n, c, src]) =>
      goReplace(src as string, o as string, n as string, c as number),
    ),
    replace_all: fn(["string", "string", "string"], ([o, n, src]) =>
      goReplace(src as string, o as string, n as string, -1),
    ),
    upper: fn(["string"], ([s]) => mapRunes(s as string, true)),
    lower: fn(["string"], ([s]) => mapRunes(s as string, false)),
  };
}

/** Names of all functions Packer 1.6.6 defines for alicloud-ecs templates (plus Go's builtins). */
export const PACKER_FUNCTION_NAMES = [
  "build_name",
  "build_type",
  "env",
  "isotime",
  "strftime",
  "pwd",
  "split",
  "template_dir",
  "timestamp",
  "uuid",
  "user",
  "packer_version",
  "consul_key",
  "vault",
  "aws_secretsmanager",
  "sed",
  "build",
  "replace",
  "replace_all",
  "upper",
  "lower",
] as const;
