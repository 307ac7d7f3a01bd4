/**
 * The fingerprint of a build: a SHA-256 over what defines its image, so that an unchanged build
 * can reuse the image an earlier run made. It covers the template as written, the variable values
 * supplied (`-var`, var files) before interpolation and the environment variables they read, every
 * local file the build uploads or runs (scripts, file provisioner sources with their directories,
 * shell-local scripts, `user_data_file`), the resolved source image, the build name, the region
 * and this engine's fingerprint version. It is the same across runs and machines: time functions
 * are hashed as written (`{{timestamp}}` does not change it), paths are relative to the working
 * directory, keys are sorted.
 *
 * Sensitive variables change it without exposing them: their resolved values go through scrypt
 * (N=2^15, r=8, p=1), salted with a hash of every other input, and only that output is folded in.
 * A different secret therefore never reuses an image built with another, and the fingerprint tag
 * on the image gives no fast hash of a secret: someone who can read the tag (DescribeImages) and
 * knows every other input can still test guesses, at scrypt's cost per guess and per template
 * (the salt differs whenever anything else differs, so nothing is precomputed). Weak secrets stay
 * guessable at that cost. Credentials are left out: a variable reading the credential environment
 * variables, and a non-sensitive variable whose value is one of the build's secrets.
 */
import { createHash, scrypt } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import type { PreparedBuild } from "../builders/builder.js";
import { assertAcceptable, LIMITS } from "../files/read-bounded.js";
import { walkTreeSync } from "../files/walk.js";
import { provisionerOf } from "../provisioners/index.js";
import { resolveLocal } from "../provisioners/local-path.js";
import type { Template } from "../template/model.js";
import { parseVarArgs, parseVarFile } from "../template/variables.js";

/** Bumped when what the fingerprint covers changes (old images are then rebuilt once). */
export const FINGERPRINT_VERSION = 2;

/** scrypt's cost for the sensitive values: 2^15 × 8 × 128 B = 32 MiB and about 0.1 s per build. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** Environment variables that hold credentials: never part of a fingerprint. */
const CREDENTIAL_ENV =
  /^(ALICLOUD_(ACCESS_KEY|SECRET_KEY|SECURITY_TOKEN)|ALIBABA_CLOUD_(ACCESS_KEY_ID|ACCESS_KEY_SECRET|SECURITY_TOKEN)|ALICLOUD_ACCESS_KEY_ID|ALICLOUD_ACCESS_KEY_SECRET)$/;

/** What the front end knows about the variables as supplied (the template keeps them rendered). */
export interface FingerprintSource {
  /** `-var` values as given (`k=v`), or already split. */
  vars?: string[] | Record<string, string>;
  /** `-var-file` paths, in order (relative to `cwd`). */
  varFiles?: string[];
  /** Other inputs that define the image (hashed as given), e.g. an action input. */
  extra?: Record<string, string>;
}

/** The parts of a fingerprint, before hashing (shown with `--debug`-like logs, never secrets). */
export interface FingerprintInputs {
  version: number;
  build: string;
  region: string;
  /** SHA-256 of the template text (line endings normalised). */
  template: string;
  /** Non-sensitive variables: the value supplied, or the default, as written (not rendered). */
  variables: Record<string, string>;
  /** Environment variables read by those variables (`{{env}}`), with their values. */
  env: Record<string, string>;
  /** Local files the build uploads or runs: `role path` → SHA-256 (directories: of their listing). */
  files: [string, string][];
  /** The source image id (an `image_family` resolved to its current image). */
  sourceImage: string;
  extra: Record<string, string>;
  /**
   * The sensitive variables' values through scrypt salted with the other inputs (hex), or ""
   * when the template has none: never the values, nor a fast hash of them.
   */
  sensitive: string;
}

/** Options of {@link fingerprintInputs}. */
export interface FingerprintOptions {
  template: Template;
  source?: FingerprintSource;
  /** Working directory (relative paths, var files). */
  cwd: string;
  /** Environment the template was loaded with (`{{env}}`); default the template's. */
  env?: Record<string, string | undefined>;
  /** Values never to hash (sensitive variables, credentials). */
  secrets?: readonly string[];
  /** The resolved source image id. */
  sourceImage: string;
  region: string;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** `{{ env "X" }}` / `{{env `X`}}` references in a raw value. */
function envRefs(raw: string): string[] {
  const out: string[] = [];
  for (const action of raw.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    for (const m of action[1].matchAll(/\benv\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")/g)) {
      out.push(m[1] ?? m[2].replace(/\\(.)/g, "$1"));
    }
  }
  return out;
}

/** The variables as supplied: var files in order, then `-var` (later wins), unrendered. */
async function suppliedVariables(source: FingerprintSource, cwd: string): Promise<Map<string, string>> {
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

/** A stable, machine-independent name of a local path: relative to `cwd`, with `/`. */
function portable(path: string, cwd: string): string {
  const rel = relative(cwd, resolveLocal(path, cwd));
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/**
 * SHA-256 of a file, or of a directory's sorted list of files (path, mode, hash), walked with the
 * bounded walk of uploads (src/files/walk.ts: symbolic link loops, depth and entry counts are
 * errors, not 2^n paths; devices and FIFOs are refused).
 */
async function hashPath(abs: string, shown: string): Promise<string> {
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

/** The local files a build uploads or runs, as `[role path, path]` in the order they are used. */
export function buildFiles(build: PreparedBuild): [string, string][] {
  const out: [string, string][] = [];
  build.provisioners.forEach((p, i) => {
    const role = `provisioner ${i} ${p.config.type}`;
    for (const path of provisionerOf(p.config).localFiles(p.config.config)) out.push([role, path]);
  });
  out.push(...build.builder.plugin.localFiles(build.builder.config));
  return out;
}

/** Gathers what the fingerprint covers (reads the files; makes no cloud call). */
export async function fingerprintInputs(
  build: PreparedBuild,
  o: FingerprintOptions,
): Promise<FingerprintInputs> {
  const t = o.template;
  const env = o.env ?? t.env;
  const secrets = new Set([...(o.secrets ?? []), ...t.secrets, ...build.builder.config.secrets]);
  secrets.delete("");
  const sensitive = new Set([
    ...t.sensitiveVariables,
    ...t.variables.filter((v) => v.sensitive).map((v) => v.name),
  ]);
  const supplied = await suppliedVariables(o.source ?? {}, o.cwd);
  const defaults = new Map(t.variables.map((v) => [v.name, v.default]));
  const names = [...new Set([...defaults.keys(), ...supplied.keys()])].sort();
  const variables: Record<string, string> = {};
  const envUsed: Record<string, string> = {};
  const hidden: [string, string][] = [];
  for (const name of names) {
    const raw = supplied.get(name) ?? defaults.get(name) ?? "";
    if (sensitive.has(name)) {
      // Folded in through scrypt below, unless it holds the cloud credentials.
      if (!envRefs(raw).some((ref) => CREDENTIAL_ENV.test(ref))) hidden.push([name, t.values[name] ?? raw]);
      continue;
    }
    // One holding a credential (its value is a secret of the build).
    if (secrets.has(t.values[name] ?? "")) continue;
    variables[name] = raw;
    for (const ref of envRefs(raw)) {
      const value = env[ref] ?? "";
      if (CREDENTIAL_ENV.test(ref) || secrets.has(value)) continue;
      envUsed[ref] = value;
    }
  }
  const files: [string, string][] = [];
  for (const [role, path] of buildFiles(build)) {
    files.push([`${role} ${portable(path, o.cwd)}`, await hashPath(resolveLocal(path, o.cwd), path)]);
  }
  const open = {
    version: FINGERPRINT_VERSION,
    build: build.name,
    region: o.region,
    template: sha256(t.text.replace(/\r\n/g, "\n")),
    variables,
    env: Object.fromEntries(Object.entries(envUsed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    files,
    sourceImage: o.sourceImage,
    extra: Object.fromEntries(
      Object.entries(o.source?.extra ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
  return { ...open, sensitive: await slowDigest(hidden, sha256(canonicalJson(open))) };
}

/** scrypt of the sensitive `[name, value]` pairs with `salt` (hex), or "" when there are none. */
async function slowDigest(values: [string, string][], salt: string): Promise<string> {
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

/** The fingerprint: SHA-256 (hex) of the canonical JSON of the inputs. */
export function fingerprintOf(inputs: FingerprintInputs): string {
  return sha256(canonicalJson(inputs));
}
