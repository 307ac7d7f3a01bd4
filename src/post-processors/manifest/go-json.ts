/**
 * Go's `json.MarshalIndent(v, "", "  ")` for the manifest's values (Go 1.15, as in Packer 1.6.6):
 * `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c`…, control characters as `\u00XX` except
 * `\n`, `\r`, `\t`; map keys sorted; struct fields in declaration order.
 */

/** A value to encode: objects keep insertion order (structs) unless `sortKeys` (maps). */
export type GoJson = string | number | boolean | null | GoJson[] | GoJsonObject;
/** An object with its encoding rule. */
export interface GoJsonObject {
  kind: "struct" | "map";
  entries: [string, GoJson][];
}

/** Go's encodeState.string with HTML escaping. */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&")
      out += `\\u00${c.toString(16).padStart(2, "0")}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16)}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";
    else out += ch;
  }
  return `${out}"`;
}

function bytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** Encodes `v` as MarshalIndent with prefix "" and indent "  " (no trailing newline). */
export function goMarshalIndent(v: GoJson, depth = 0): string {
  const pad = "  ".repeat(depth);
  const inner = "  ".repeat(depth + 1);
  if (v === null) return "null";
  if (typeof v === "string") return goJsonString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[\n${v.map((x) => inner + goMarshalIndent(x, depth + 1)).join(",\n")}\n${pad}]`;
  }
  const entries = v.kind === "map" ? [...v.entries].sort(([a], [b]) => bytewise(a, b)) : v.entries;
  if (entries.length === 0) return "{}";
  const body = entries
    .map(([k, x]) => `${inner}${goJsonString(k)}: ${goMarshalIndent(x, depth + 1)}`)
    .join(",\n");
  return `{\n${body}\n${pad}}`;
}
