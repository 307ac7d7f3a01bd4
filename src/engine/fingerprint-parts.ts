/**
 * The parts every fingerprint is made of (the build's, src/engine/fingerprint.ts, and a checkpoint
 * prefix's, src/engine/prefix-fingerprint.ts): canonical JSON, SHA-256 of files and directories,
 * portable paths, the variables as supplied, `{{env}}` references, the credential variables left
 * out, and the slow (scrypt) digest of sensitive values.
 */
import { createHash, scrypt } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import { assertAcceptable, LIMITS } from "../files/read-bounded.js";
import { walkTreeSync } from "../files/walk.js";
import { resolveLocal } from "../provisioners/local-path.js";
import { parseVarArgs, parseVarFile } from "../template/variables.js";

/** What the front end knows about the variables as supplied (the template keeps them rendered). */
export interface FingerprintSource {
  /** `-var` values as given (`k=v`), or already split. */
  vars?: string[] | Record<string, string>;
  /** `-var-file` paths, in order (relative to `cwd`). */
  varFiles?: string[];
  /** Other inputs that define the image (hashed as given), e.g. an action input. */
  extra?: Record<string, string>;
}

/** scrypt's cost for the sensitive values: 2^15 × 8 × 128 B = 32 MiB and about 0.1 s per build. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** Environment variables that hold credentials: never part of a fingerprint. */
export const CREDENTIAL_ENV =
  /^(ALICLOUD_(ACCESS_KEY|SECRET_KEY|SECURITY_TOKEN)|ALIBABA_CLOUD_(ACCESS_KEY_ID|ACCESS_KEY_SECRET|SECURITY_TOKEN)|ALICLOUD_ACCESS_KEY_ID|ALICLOUD_ACCESS_KEY_SECRET)$/;

/** SHA-256 (hex) of a string or bytes. */
export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * The inside of each `{{ … }}` action of a raw Go template string, in one pass (an unclosed `{{`
 * ends the scan: no quadratic search for a `}}` that is not there).
 */
export function templateActions(raw: string): string[] {
  const out: string[] = [];
  let at = raw.indexOf("{{");
  while (at >= 0) {
    const end = raw.indexOf("}}", at + 2);
    if (end < 0) break;
    out.push(
      raw
        .slice(at + 2, end)
        .replace(/^-/, "")
        .replace(/-$/, ""),
    );
    at = raw.indexOf("{{", end + 2);
  }
  return out;
}

/** `{{ env "X" }}` / `{{env `X`}}` references in a raw value. */
export function envRefs(raw: string): string[] {
  const out: string[] = [];
  for (const action of templateActions(raw)) {
    for (const m of action.matchAll(/\benv\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")/g)) {
      out.push(m[1] ?? m[2].replace(/\\(.)/g, "$1"));
    }
  }
  return out;
}

/** The variables as supplied: var files in order, then `-var` (later wins), unrendered. */
export async function suppliedVariables(
  source: FingerprintSource,
  cwd: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of source.varFiles ?? []) {
    let text: string;
    try {
      text = await readFile(resolveLocal(file, cwd), "utf8");
    } catch {
      continue; // validation already reported it
    }
    for (const [k, v] of parseVarFile(file, text).values) out.set(k, v.value);
  }
  if (Array.isArray(source.vars)) for (const [k, v] of parseVarArgs(source.vars).values) out.set(k, v);
  else for (const [k, v] of Object.entries(source.vars ?? {})) out.set(k, v);
  return out;
}

/** A template's variables as a fingerprint sees them: raw values as supplied or by default. */
export interface RawVariables {
  /** Every variable name (declared or supplied), sorted. */
  names: string[];
  /** The raw value: supplied (var files, then `-var`), else the default as written, else "". */
  rawOf(name: string): string;
  /** Names of the sensitive variables (`sensitive-variables`, HCL2 `sensitive`). */
  sensitive: Set<string>;
}

/** The template's variables as supplied (unrendered), for the build and prefix fingerprints. */
export async function rawVariables(
  t: { variables: { name: string; default: string; sensitive?: boolean }[]; sensitiveVariables: string[] },
  source: FingerprintSource,
  cwd: string,
): Promise<RawVariables> {
  const supplied = await suppliedVariables(source, cwd);
  const defaults = new Map(t.variables.map((v) => [v.name, v.default]));
  return {
    names: [...new Set([...defaults.keys(), ...supplied.keys()])].sort(),
    rawOf: (name) => supplied.get(name) ?? defaults.get(name) ?? "",
    sensitive: new Set([
      ...t.sensitiveVariables,
      ...t.variables.filter((v) => v.sensitive).map((v) => v.name),
    ]),
  };
}

/** A stable, machine-independent name of a local path: relative to `cwd`, with `/`. */
export function portable(path: string, cwd: string): string {
  const rel = relative(cwd, resolveLocal(path, cwd));
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/**
 * SHA-256 of a file, or of a directory's sorted list of files (path, mode, hash), walked with the
 * bounded walk of uploads (src/files/walk.ts: symbolic link loops, depth and entry counts are
 * errors, not 2^n paths; devices and FIFOs are refused).
 */
export async function hashPath(abs: string, shown: string): Promise<string> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(abs);
  } catch {
    return "missing";
  }
  const exec = (s: { mode: number }) => ((s.mode & 0o111) !== 0 ? "x" : "-");
  if (st.isFile()) {
    assertAcceptable(shown, st, { limit: LIMITS.upload, what: "file the build uses" });
    return `${exec(st)}${sha256(await readFile(abs))}`;
  }
  if (!st.isDirectory()) return "special";
  const files: [string, string, string][] = [];
  walkTreeSync(abs, shown, {
    what: "directory the build uploads",
    onFile: (_label, absolute, s) =>
      files.push([relative(abs, absolute).split(sep).join("/"), absolute, exec(s)]),
  });
  const lines: string[] = [];
  for (const [rel, absolute, x] of files) lines.push(`${rel}\t${x}${sha256(await readFile(absolute))}`);
  return `d${sha256(lines.join("\n"))}`;
}

/** scrypt of the sensitive `[name, value]` pairs with `salt` (hex), or "" when there are none. */
export async function slowDigest(values: [string, string][], salt: string): Promise<string> {
  if (values.length === 0) return "";
  const material = canonicalJson(values);
  const key = await new Promise<Buffer>((done, fail) =>
    scrypt(material, salt, 32, SCRYPT, (err, out) => (err ? fail(err) : done(out))),
  );
  return key.toString("hex");
}

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
