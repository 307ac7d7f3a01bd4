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
 * Not covered: what runs after provisioner N, post-processors, the image's name, tags and
 * other publishing settings, `pause_before` and `timeout` (when and how long, not what), the
 * error-cleanup provisioner (it runs only when the build fails).
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
  rawVariables,
  sha256,
  slowDigest,
  templateActions,
} from "./fingerprint-parts.js";
import { hideSecrets, mapStrings, secretPlaceholder } from "./secret-placeholders.js";

/** Bumped when what a prefix fingerprint covers changes (old checkpoints are then not used). */
export const PREFIX_FINGERPRINT_VERSION = 1;

/** The prefix fingerprints of a build's checkpoints, or why it cannot take any. */
export interface PrefixFingerprints {
  /** Prefix length N (checkpoint after provisioner N) → fingerprint (hex), when possible. */
  fingerprints: Map<number, string>;
  /** Why this build cannot take checkpoints (then `fingerprints` is empty). */
  refused?: string;
}

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

/** What a prefix fingerprint hashes (safe to show: secrets are placeholders, see `sensitive`). */
export interface PrefixInputs {
  version: number;
  /**
   * The build name and builder type, the region, the resolved source image, the builder's
   * inputs, provisioners 1..N (type, config, max_retries), the variables they reference (raw) and
   * the environment variables those read; every secret replaced by a placeholder.
   */
  text: unknown;
  /** The builder's local files: `role path` → content hash. */
  builderFiles: [string, string][];
  /** Per provisioner of the prefix, its local files: `path` → content hash. */
  files: [string, string][][];
  /**
   * scrypt of the secrets behind the placeholders and of the sensitive variables referenced,
   * salted with the hash of the rest (hex), or "" when there are none.
   */
  sensitive: string;
}

/** The fingerprint of prefix inputs: SHA-256 (hex) of their canonical JSON. */
export function prefixFingerprintOf(inputs: PrefixInputs): string {
  return sha256(canonicalJson(inputs));
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
  const r = await prefixFingerprintInputs(build, counts, o);
  const fingerprints = new Map<number, string>();
  for (const [n, inputs] of r.inputs) fingerprints.set(n, prefixFingerprintOf(inputs));
  return r.refused !== undefined ? { fingerprints, refused: r.refused } : { fingerprints };
}

/**
 * The inputs of each prefix fingerprint `counts` names, or why the build cannot take checkpoints
 * (then none); an error naming the build and N for a prefix length out of range.
 */
export async function prefixFingerprintInputs(
  build: PreparedBuild,
  counts: number[],
  o: FingerprintOptions,
): Promise<{ inputs: Map<number, PrefixInputs>; refused?: string }> {
  const total = build.provisioners.length;
  for (const n of counts) {
    if (Number.isInteger(n) && n >= 1 && n < total) continue;
    const where = `build ${JSON.stringify(build.name)}`;
    const range =
      total < 2
        ? `the build has ${total} provisioner${total === 1 ? "" : "s"}, and a checkpoint needs one after it`
        : `a checkpoint sits after provisioner ${total === 2 ? "1" : `1 to ${total - 1}`} (the build has ${total} provisioners)`;
    if (n === total && total > 0) {
      throw new Error(
        `${where}: a checkpoint after provisioner ${n}, the last one, would be the final image itself; ${range}`,
      );
    }
    throw new Error(`${where}: no checkpoint after provisioner ${n}: ${range}`);
  }
  const { plugin, config } = build.builder;
  const builder = plugin.checkpointInputs(config);
  if (builder.refused !== undefined) return { inputs: new Map(), refused: builder.refused };
  const result = new Map<number, PrefixInputs>();
  if (counts.length === 0) return { inputs: result };

  const t = o.template;
  const env = o.env ?? t.env;
  // The cloud credentials: replaced, never folded in (a new key must not invalidate checkpoints).
  // The builder's other secrets (an ssh password) are folded in like sensitive variables.
  const credentials = new Set([config.accessKey, config.secretKey, config.securityToken]);
  for (const [k, v] of Object.entries(env)) if (CREDENTIAL_ENV.test(k) && v) credentials.add(v);
  credentials.delete("");
  const secrets = new Set([...(o.secrets ?? []), ...t.secrets, ...config.secrets, ...credentials]);
  secrets.delete("");
  const { names: allNames, rawOf, sensitive } = await rawVariables(t, o.source ?? {}, o.cwd);

  // Paths of this checkout, hashed as placeholders (HCL2 configs hold evaluated paths such as
  // `${path.root}/files`): a checkout elsewhere gives the same fingerprint.
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
      config: plain,
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
        const value = t.values[name] ?? raw;
        if (!envRefs(raw).some((ref) => CREDENTIAL_ENV.test(ref)) && !credentials.has(value)) {
          hidden.push([name, value]);
        }
        continue;
      }
      if (credentials.has(t.values[name] ?? "")) continue;
      variables[name] = raw;
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
    const { value: open, found } = hideSecrets(mapStrings(text, unplace), secrets);
    const material = {
      version: PREFIX_FINGERPRINT_VERSION,
      text: open,
      builderFiles,
      files: prefix.map((p) => p.files),
    };
    const slow: [string, string][] = [
      ...hidden,
      ...found.map((f, k): [string, string] => [
        secretPlaceholder(k),
        credentials.has(f.secret) ? "" : f.text,
      ]),
    ];
    result.set(n, { ...material, sensitive: await slowDigest(slow, sha256(canonicalJson(material))) });
  }
  return { inputs: result };
}
