/**
 * Secrets out of fingerprint material: every occurrence of a secret, or of a common encoding of
 * one (base64, hex and base64 digests, URL and JSON escaping, upper and lower case: what an HCL2
 * expression such as `base64encode(var.pw)` or `sha256(var.pw)` leaves in an evaluated config),
 * in the strings of a plain JSON value is replaced by a placeholder numbered in the order met.
 * The caller folds the values found in through a slow digest, so the fast hash of the rest never
 * holds a secret nor a fast function of one.
 */
import { createHash } from "node:crypto";

/** The placeholder of the k-th distinct secret (or form of one) met (NUL is not in template text). */
export const secretPlaceholder = (k: number) => `\u0000secret ${k}\u0000`;

/** A secret and the forms of it an expression may have made (each distinct, none empty). */
export function secretForms(secret: string): string[] {
  const digest = (alg: string, enc: "hex" | "base64") => createHash(alg).update(secret).digest(enc);
  const forms = [
    secret,
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    Buffer.from(secret).toString("hex"),
    digest("md5", "hex"),
    digest("sha1", "hex"),
    digest("sha256", "hex"),
    digest("sha512", "hex"),
    digest("sha256", "base64"),
    digest("sha512", "base64"),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    secret.toUpperCase(),
    secret.toLowerCase(),
  ];
  return [...new Set(forms)].filter((f) => f !== "");
}

/** A copy of a plain JSON value with every string (object keys too) passed through `f`. */
export function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), mapStrings(v, f)]));
  }
  return value;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `value` with every occurrence of a secret or a form of one replaced by its placeholder, and
 * what was found, in placeholder order: the text met and the secret it comes from.
 */
export function hideSecrets(
  value: unknown,
  secrets: Iterable<string>,
): { value: unknown; found: { text: string; secret: string }[] } {
  const of = new Map<string, string>();
  for (const s of secrets) {
    if (s === "") continue;
    for (const f of secretForms(s)) if (!of.has(f)) of.set(f, s);
  }
  const found: { text: string; secret: string }[] = [];
  if (of.size === 0) return { value, found };
  // Longest first, so a secret containing another is replaced whole; one pass, so a placeholder
  // is never searched again.
  const re = new RegExp(
    [...of.keys()]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map(escapeRe)
      .join("|"),
    "g",
  );
  const index = new Map<string, number>();
  const hidden = mapStrings(value, (s) =>
    s.replace(re, (m) => {
      let k = index.get(m);
      if (k === undefined) {
        k = found.push({ text: m, secret: of.get(m) as string }) - 1;
        index.set(m, k);
      }
      return secretPlaceholder(k);
    }),
  );
  return { value: hidden, found };
}
