/**
 * Masking: every secret value (keys, tokens, passwords, sensitive variables) is replaced before a
 * line reaches a terminal, a log, an output or a summary.
 */

/** Replaces every occurrence of each secret in `text` with `<sensitive>` (longest first). */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  const list = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join("<sensitive>");
  return out;
}
