/**
 * Masking: every secret value (keys, tokens, passwords, sensitive variables) is replaced before a
 * line reaches a terminal, a log, an output or a summary, in every form we give it ourselves:
 * as written, shell-quoted (the shell provisioners' `'"'"'` and the common `'\''`), JSON-escaped
 * (ours and Go's `\u003c`), percent-encoded (URL components, RFC 3986 as the SDK signs, form
 * encoding) and base64-encoded at any alignment (user data is sent base64-encoded).
 */

/** Shortest base64 fragment masked: shorter ones would hide ordinary text. */
const MIN_BASE64_FRAGMENT = 6;

/** RFC 3986 percent-encoding (what the Alibaba Cloud SDK signs): `encodeURIComponent` plus `!'()*`. */
function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The base64 text of `secret` wherever it sits in a longer encoded text: for each of the three
 * alignments, the characters that depend on the secret's bytes only.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const out: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const text = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64");
    const first = Math.ceil((pad * 8) / 6);
    // The character holding the last bits also holds bits of whatever follows: leave it out
    // unless the secret ends on a 3-byte boundary here.
    const totalBits = (pad + bytes.length) * 8;
    const end = Math.floor(totalBits / 6);
    const fragment = text.slice(first, end);
    if (fragment.length >= MIN_BASE64_FRAGMENT) out.push(fragment);
  }
  // As sent on its own (with its padding).
  out.push(bytes.toString("base64"));
  return out;
}

/** Go's encoding/json escaping of a string's content (`<`, `>`, `&`, U+2028, U+2029 as `\uXXXX`). */
function goJson(s: string): string {
  return JSON.stringify(s)
    .slice(1, -1)
    .replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** JSON escaping with every non-ASCII character as `\uXXXX`. */
function asciiJson(s: string): string {
  return JSON.stringify(s)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Every form `secret` takes when we quote or encode it ourselves, the secret first; no duplicates,
 * no empty strings.
 */
export function secretForms(secret: string): string[] {
  if (secret === "") return [];
  const forms = [
    secret,
    secret.replaceAll("'", `'"'"'`),
    secret.replaceAll("'", `'\\''`),
    JSON.stringify(secret).slice(1, -1),
    goJson(secret),
    asciiJson(secret),
    encodeURIComponent(secret),
    rfc3986(secret),
    encodeURIComponent(secret).replaceAll("%20", "+"),
    ...base64Forms(secret),
  ];
  return [...new Set(forms)].filter((f) => f.length > 0);
}

/** Every form of every secret, longest first (so that a longer form is replaced whole). */
export function expandSecrets(secrets: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const s of secrets) for (const f of secretForms(s)) all.add(f);
  return [...all].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of every form of each secret in `text` with `replacement`. */
export function maskWith(text: string, forms: readonly string[], replacement: string): string {
  let out = text;
  for (const s of forms) if (out.includes(s)) out = out.split(s).join(replacement);
  return out;
}

/** Longest line printed whole; a longer one (a huge value echoed in a message) is cut in the middle. */
export const MAX_LINE = 8192;

/**
 * Bounds every line of `text` to about {@link MAX_LINE} characters, keeping its start and end
 * with the number of characters left out. Call it after masking, never before: a cut through a
 * secret would leave a fragment that no mask matches.
 */
export function boundLines(text: string, max = MAX_LINE): string {
  if (text.length <= max) return text;
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= max) return line;
      const head = Math.floor(max * 0.75);
      const tail = max - head;
      return `${line.slice(0, head)}… [${line.length - head - tail} characters left out] …${line.slice(-tail)}`;
    })
    .join("\n");
}

/**
 * Replaces every occurrence of each secret, in each of its forms, in `text` with `<sensitive>`,
 * then bounds each line (see {@link boundLines}).
 */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  return boundLines(maskWith(text, expandSecrets(secrets), "<sensitive>"));
}
