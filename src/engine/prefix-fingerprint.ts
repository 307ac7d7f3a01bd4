/**
 * The fingerprint of a checkpoint: a SHA-256 over what defines the instance after provisioner N of
 * a build, and nothing after it, so that a later run whose first N provisioners are unchanged can
 * start from the checkpoint image and run only the rest. It covers a version, the build name and
 * builder type (provisioners see them), the region, the resolved source image, what of the builder
 * config shapes the system disk (the builder says what, `Builder.checkpointInputs`, and its local
 * files by content), and for provisioners 1..N: their config as the template holds it with this
 * build's `override` applied, the local files each reads (files and directories, by content), the
 * user variables those configs reference (raw values, transitively through variables that
 * reference others, as supplied or by default) and the environment variables these read.
 *
 * Secrets are never hashed fast: every occurrence of a sensitive value (the template's, the
 * front end's, the builder's) in that material is replaced by a placeholder numbered in the order
 * met, and the values found (and the JSON sensitive variables the prefix references) go through
 * scrypt salted with the hash of the rest, as in the build fingerprint. The cloud credentials
 * (the builder's access key, secret and token, the credential environment variables) are only
 * replaced, never folded in: a rotated key keeps the checkpoints.
 *
 * Time: JSON `{{timestamp}}`/`{{isotime}}` are hashed as written. HCL2 templates come with their
 * expressions evaluated, so a prefix whose config uses `timestamp()` (or any value that differs
 * per run) never matches an earlier checkpoint: the build runs the prefix again, never reuses a
 * wrong one. Paths under the working directory or the template's directory are hashed relative to
 * it, so a checkout elsewhere gives the same fingerprint.
 */
import type { PreparedBuild } from "../builders/builder.js";
import { provisionerOf } from "../provisioners/index.js";
import { resolveLocal } from "../provisioners/local-path.js";
import { withOverride } from "../provisioners/plugin.js";
import { type ConfigNode, toPlain } from "../template/config/tree.js";
import type { FingerprintOptions } from "./fingerprint.js";
import {
  CREDENTIAL_ENV,
  canonicalJson,
  envRefs,
  hashPath,
  portable,
  sha256,
  slowDigest,
  suppliedVariables,
  templateActions,
} from "./fingerprint-parts.js";

/** Bumped when what a prefix fingerprint covers changes (old checkpoints are then not used). */
export const PREFIX_FINGERPRINT_VERSION = 1;

/** The prefix fingerprints of a build's checkpoints, or why it cannot take any. */
export interface PrefixFingerprints {
  /** Prefix length N (checkpoint after provisioner N) → fingerprint (hex), when possible. */
  fingerprints: Map<number, string>;
  /** Why this build cannot take checkpoints (then `fingerprints` is empty). */
  refused?: string;
}

/** The placeholder of the k-th distinct secret found in the material (NUL never occurs in a template value). */
const placeholder = (k: number) => `\u0000secret ${k}\u0000`;

/** `{{ user "x" }}` / `{{user `x`}}` references in a raw string; `all` when one is not a literal. */
function userRefs(raw: string, into: Set<string>): boolean {
  let all = false;
  for (const action of templateActions(raw)) {
    for (const m of action.matchAll(/\buser\b(\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)"))?/g)) {
      if (m[1] === undefined) all = true;
      else into.add(m[2] ?? m[3].replace(/\\(.)/g, "$1"));
    }
  }
  return all;
}

/** Every string of a plain JSON value (keys and values). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** A copy of a plain JSON value with every string (keys too) passed through `f`. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), mapStrings(v, f)]));
  }
  return value;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Replaces every occurrence of a secret in the strings of `value` by a placeholder numbered in the
 * order the secrets are first met, and returns the secrets met in that order.
 */
function hideSecrets(value: unknown, secrets: readonly string[]): { value: unknown; found: string[] } {
  const found: string[] = [];
  if (secrets.length === 0) return { value, found };
  // Longest first, so a secret containing another is replaced whole.
  const re = new RegExp(
    [...secrets]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join("|"),
    "g",
  );
  const hidden = mapStrings(value, (s) =>
    s.replace(re, (m) => {
      let k = found.indexOf(m);
      if (k < 0) k = found.push(m) - 1;
      return placeholder(k);
    }),
  );
  return { value: hidden, found };
}

/** One provisioner of the prefix: what the build runs, before the files it reads. */
interface ProvisionerPart {
  type: string;
  config: unknown;
  maxRetries: string;
  /** `path` → content hash, in the order the provisioner reads them. */
  files: [string, string][];
  /** User variables its config references; `all` when one reference is not a literal name. */
  users: Set<string>;
  allUsers: boolean;
  env: Set<string>;
}

/**
 * The prefix fingerprint of each checkpoint `counts` names (a checkpoint after provisioner N, for
 * 1 ≤ N < the number of provisioners of the build), or the builder's reason why the build cannot
 * take checkpoints. Reads the local files the prefix uses; makes no cloud call.
 */
export async function prefixFingerprints(
  build: PreparedBuild,
  counts: number[],
  o: FingerprintOptions,
): Promise<PrefixFingerprints> {
  const total = build.provisioners.length;
  for (const n of counts) {
    if (!Number.isInteger(n) || n < 1 || n >= total) {
      const last = n === total ? ": a checkpoint after the last provisioner is the final image itself" : "";
      throw new Error(
        `build ${JSON.stringify(build.name)}: no checkpoint after provisioner ${n}: the build has ${total} provisioner${total === 1 ? "" : "s"}, so a checkpoint sits after provisioner 1${total > 2 ? ` to ${total - 1}` : ""}${total < 2 ? " (none is possible)" : ""}${last}`,
      );
    }
  }
  const { plugin, config } = build.builder;
  const builder = plugin.checkpointInputs(config);
  if (builder.refused !== undefined) return { fingerprints: new Map(), refused: builder.refused };
  if (counts.length === 0) return { fingerprints: new Map() };

  const t = o.template;
  const env = o.env ?? t.env;
  // The cloud credentials: replaced, never folded in (a new key must not invalidate checkpoints).
  // The builder's other secrets (an ssh password) are folded in like sensitive variables.
  const credentials = new Set([config.accessKey, config.secretKey, config.securityToken]);
  for (const [k, v] of Object.entries(env)) if (CREDENTIAL_ENV.test(k) && v) credentials.add(v);
  credentials.delete("");
  const secrets = new Set([...(o.secrets ?? []), ...t.secrets, ...config.secrets, ...credentials]);
  secrets.delete("");
  const sensitive = new Set([
    ...t.sensitiveVariables,
    ...t.variables.filter((v) => v.sensitive).map((v) => v.name),
  ]);
  const supplied = await suppliedVariables(o.source ?? {}, o.cwd);
  const defaults = new Map(t.variables.map((v) => [v.name, v.default]));
  const rawOf = (name: string) => supplied.get(name) ?? defaults.get(name) ?? "";
  const allNames = [...new Set([...defaults.keys(), ...supplied.keys()])].sort();

  // Paths of this checkout, hashed as placeholders (HCL2 configs hold evaluated paths).
  const places = [
    [t.dir, "\u0000template_dir\u0000"],
    [o.cwd, "\u0000cwd\u0000"],
  ].filter(([p]) => p.length > 1);
  places.sort(([a], [b]) => b.length - a.length);
  const unplace = (s: string) => places.reduce((acc, [p, name]) => acc.split(p).join(name), s);

  const maxN = Math.max(...counts);
  const parts: ProvisionerPart[] = [];
  for (const p of build.provisioners.slice(0, maxN)) {
    const merged: ConfigNode = withOverride(p.source.config, p.source.override[build.build.builder.rawName]);
    const plain = toPlain(merged);
    const users = new Set<string>();
    const envs = new Set<string>();
    let allUsers = false;
    for (const s of strings(plain)) {
      if (userRefs(s, users)) allUsers = true;
      for (const ref of envRefs(s)) envs.add(ref);
    }
    const files: [string, string][] = [];
    for (const path of provisionerOf(p.config).localFiles(p.config.config)) {
      files.push([portable(path, o.cwd), await hashPath(resolveLocal(path, o.cwd), path)]);
    }
    parts.push({
      type: p.source.type,
      config: mapStrings(plain, unplace),
      maxRetries: p.source.maxRetriesRaw,
      files,
      users,
      allUsers,
      env: envs,
    });
  }
  const builderFiles: [string, string][] = [];
  for (const [role, path] of plugin.localFiles(config)) {
    builderFiles.push([`${role} ${portable(path, o.cwd)}`, await hashPath(resolveLocal(path, o.cwd), path)]);
  }

  const fingerprints = new Map<number, string>();
  for (const n of [...new Set(counts)].sort((a, b) => a - b)) {
    const prefix = parts.slice(0, n);
    // The user variables the prefix references, through the variables they reference.
    const queue = prefix.some((p) => p.allUsers) ? [...allNames] : prefix.flatMap((p) => [...p.users]);
    const envNames = new Set(prefix.flatMap((p) => [...p.env]));
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const refs = new Set<string>();
      if (userRefs(rawOf(name), refs)) queue.push(...allNames);
      queue.push(...refs);
    }
    const variables: Record<string, string> = {};
    const hidden: [string, string][] = [];
    for (const name of [...seen].sort()) {
      const raw = rawOf(name);
      if (sensitive.has(name)) {
        if (!envRefs(raw).some((ref) => CREDENTIAL_ENV.test(ref))) hidden.push([name, t.values[name] ?? raw]);
        continue;
      }
      if (credentials.has(t.values[name] ?? "")) continue;
      variables[name] = unplace(raw);
      for (const ref of envRefs(raw)) envNames.add(ref);
    }
    const envUsed: Record<string, string> = {};
    for (const ref of [...envNames].sort()) {
      const value = env[ref] ?? "";
      if (CREDENTIAL_ENV.test(ref) || credentials.has(value)) continue;
      envUsed[ref] = value;
    }
    const text = {
      build: build.name,
      builderType: build.builder.type,
      region: o.region,
      sourceImage: o.sourceImage,
      builder: builder.inputs,
      provisioners: prefix.map((p) => ({ type: p.type, config: p.config, maxRetries: p.maxRetries })),
      variables,
      env: envUsed,
    };
    const { value: open, found } = hideSecrets(text, [...secrets]);
    const material = {
      version: PREFIX_FINGERPRINT_VERSION,
      text: open,
      builderFiles,
      files: prefix.map((p) => p.files),
    };
    const slow: [string, string][] = [
      ...hidden,
      ...found.map((s, k): [string, string] => [placeholder(k), credentials.has(s) ? "" : s]),
    ];
    const sensitiveDigest = await slowDigest(slow, sha256(canonicalJson(material)));
    fingerprints.set(n, sha256(canonicalJson({ ...material, sensitive: sensitiveDigest })));
  }
  return { fingerprints };
}
