/**
 * Errors of credential resolution: `CredentialsError`, a user-facing message (no stack needed),
 * and scrubbing known secrets out of a text. STS and metadata failures are `CloudError`s
 * (src/cloud/errors.ts), as every other cloud call's.
 */

/** A configuration or resolution failure whose message tells the user what to change. */
export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialsError";
  }
}

/**
 * Replaces every known secret in a text (longest first) with `***`, also in its percent-encoded
 * forms (an API's string to sign quotes parameters encoded once or twice).
 */
export function scrub(text: string, secrets: Iterable<string>): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < 4) continue;
    const once = encodeURIComponent(s).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    for (const f of [s, once, encodeURIComponent(once)]) forms.add(f);
  }
  const list = [...forms].sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join("***");
  return out;
}
