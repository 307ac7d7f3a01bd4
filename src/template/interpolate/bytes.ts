/**
 * Go strings are byte sequences and may hold invalid UTF-8 (`"\xff"`, or `slice` cutting a
 * multi-byte character). Inside the engine such a byte b (0x80-0xFF) is carried as the lone low
 * surrogate U+DC00+b, so `len`, `index`, `slice`, comparisons and `%x`/`%q` see Go's bytes; the
 * rendered output is decoded back, with invalid sequences shown as U+FFFD.
 */

const LONE_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** The bytes of a Go string. */
export function goBytes(s: string): Buffer {
  if (!LONE_BYTE.test(s)) return Buffer.from(s, "utf8");
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && isHigh(s.charCodeAt(i - 1)))) {
      parts.push(Buffer.from(s.slice(start, i), "utf8"), Buffer.from([c - 0xdc00]));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(s.slice(start), "utf8"));
  return Buffer.concat(parts);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A Go string from bytes: valid UTF-8 decoded, each invalid byte kept as U+DC00+byte. */
export function goString(b: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let cp = 0;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      cp = c & 0x07;
    }
    let ok = n > 0 && i + n < b.length;
    if (ok) {
      for (let k = 1; k <= n; k++) {
        const cc = b[i + k];
        if (cc === undefined || (cc & 0xc0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
    }
    // Reject overlong forms, surrogates and values above U+10FFFF as Go's decoder does.
    if (
      ok &&
      ((n === 2 && cp < 0x800) ||
        (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff))
    ) {
      ok = false;
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i += n + 1;
    } else {
      out += String.fromCharCode(0xdc00 + c);
      i++;
    }
  }
  return out;
}

/** The rendered text as a JavaScript string: carried bytes are decoded (invalid ones as U+FFFD). */
export function outputString(s: string): string {
  if (!LONE_BYTE.test(s)) return s;
  return goBytes(s).toString("utf8");
}

/** Number of bytes of a Go string. */
export function goLen(s: string): number {
  return LONE_BYTE.test(s) ? goBytes(s).length : Buffer.byteLength(s, "utf8");
}
