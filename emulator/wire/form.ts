/** `application/x-www-form-urlencoded` decoding, as Alibaba Cloud's gateway reads query strings and bodies. */

/** Decodes `a=b&c=d` (`+` as space) into ordered pairs; a malformed escape is kept as it is. */
export function parsePairs(raw: string): [string, string][] {
  if (!raw) return [];
  const out: [string, string][] = [];
  for (const part of raw.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? "" : part.slice(eq + 1);
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "));
      } catch {
        return s;
      }
    };
    out.push([dec(k), dec(v)]);
  }
  return out;
}
