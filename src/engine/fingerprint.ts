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
import type { PreparedBuild } from "../builders/builder.js";
import { provisionerOf } from "../provisioners/index.js";
import { resolveLocal } from "../provisioners/local-path.js";
import type { Template } from "../template/model.js";
import {
  CREDENTIAL_ENV,
  canonicalJson,
  envRefs,
  type FingerprintSource,
  hashPath,
  portable,
  rawVariables,
  sha256,
  slowDigest,
} from "./fingerprint-parts.js";

export { canonicalJson, type FingerprintSource } from "./fingerprint-parts.js";

/** Bumped when what the fingerprint covers changes (old images are then rebuilt once). */
export const FINGERPRINT_VERSION = 2;

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
  const { names, rawOf, sensitive } = await rawVariables(t, o.source ?? {}, o.cwd);
  const variables: Record<string, string> = {};
  const envUsed: Record<string, string> = {};
  const hidden: [string, string][] = [];
  for (const name of names) {
    const raw = rawOf(name);
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

/** The fingerprint: SHA-256 (hex) of the canonical JSON of the inputs. */
export function fingerprintOf(inputs: FingerprintInputs): string {
  return sha256(canonicalJson(inputs));
}
