/**
 * Go's `time.ParseDuration`, reproduced exactly (Go 1.15, the toolchain of Packer 1.6.6): the same
 * accepted syntax (`[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, units ns us µs μs ms s m h), the same int64
 * overflow rules and the same error texts (`time: invalid duration "abc"`,
 * `time: missing unit in duration "5"`, `time: unknown unit "x" in duration "1x"`).
 */

const MAX_INT64 = (1n << 63n) - 1n;

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  "\u00b5s": 1_000n, // U+00B5 micro sign
  "\u03bcs": 1_000n, // U+03BC Greek letter mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** A duration error, with Go's text as its message. */
export class DurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DurationError";
  }
}

const HEX = "0123456789abcdef";

/** Go's `time.quote`: printable ASCII kept (`"` and `\` escaped), every other byte as `\xNN`. */
export function goTimeQuote(s: string | Buffer): string {
  const bytes = typeof s === "string" ? Buffer.from(s, "utf8") : s;
  let out = '"';
  for (const b of bytes) {
    if (b >= 0x80 || b < 0x20) out += `\\x${HEX[b >> 4]}${HEX[b & 15]}`;
    else out += b === 0x22 || b === 0x5c ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b);
  }
  return `${out}"`;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const DOT = 0x2e;

/**
 * Parses a Go duration string into nanoseconds (a bigint, the int64 Go returns).
 * Throws {@link DurationError} with Go's message on invalid input.
 */
export function parseGoDuration(text: string): bigint {
  const invalid = () => new DurationError(`time: invalid duration ${goTimeQuote(text)}`);
  let s = Buffer.from(text, "utf8");
  let neg = false;
  if (s.length > 0 && (s[0] === 0x2d || s[0] === 0x2b)) {
    neg = s[0] === 0x2d;
    s = s.subarray(1);
  }
  if (s.length === 1 && s[0] === 0x30) return 0n;
  if (s.length === 0) throw invalid();
  let d = 0n;
  while (s.length > 0) {
    if (!(s[0] === DOT || isDigit(s[0]))) throw invalid();
    // Leading integer.
    let i = 0;
    let v = 0n;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > MAX_INT64 / 10n) throw invalid();
      v = v * 10n + BigInt(s[i] - 0x30);
      if (v > MAX_INT64) throw invalid();
    }
    const pre = i > 0;
    s = s.subarray(i);
    // Fraction.
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s.length > 0 && s[0] === DOT) {
      s = s.subarray(1);
      let j = 0;
      let overflow = false;
      for (; j < s.length && isDigit(s[j]); j++) {
        if (overflow) continue;
        if (f > MAX_INT64 / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s[j] - 0x30);
        if (y > MAX_INT64) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.subarray(j);
    }
    if (!pre && !post) throw invalid();
    // Unit.
    let k = 0;
    for (; k < s.length; k++) if (s[k] === DOT || isDigit(s[k])) break;
    if (k === 0) throw new DurationError(`time: missing unit in duration ${goTimeQuote(text)}`);
    const u = s.subarray(0, k);
    s = s.subarray(k);
    const unitName = u.toString("utf8");
    const unit =
      Object.hasOwn(UNITS, unitName) && Buffer.byteLength(unitName) === k ? UNITS[unitName] : undefined;
    if (unit === undefined) {
      throw new DurationError(`time: unknown unit ${goTimeQuote(u)} in duration ${goTimeQuote(text)}`);
    }
    if (v > MAX_INT64 / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      // Go computes this fraction in float64 and truncates toward zero.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX_INT64) throw invalid();
    }
    d += v;
    if (d > MAX_INT64) throw invalid();
  }
  return neg ? -d : d;
}

/** Nanoseconds (Go `time.Duration`) to milliseconds as a JavaScript number. */
export function nanosToMillis(ns: bigint): number {
  return Number(ns) / 1e6;
}

/** Formats milliseconds the way Go's `Duration.String()` does (`5m0s`, `1h30m0s`, `1.5s`, `600ns`). */
export function formatGoDuration(ms: number): string {
  let ns = BigInt(Math.round(ms * 1e6));
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  if (neg) ns = -ns;
  let out: string;
  if (ns < 1_000_000_000n) {
    // Sub-second: pick ns, µs or ms.
    if (ns < 1_000n) out = `${ns}ns`;
    else if (ns < 1_000_000n) out = `${fraction(ns, 1_000n)}µs`;
    else out = `${fraction(ns, 1_000_000n)}ms`;
  } else {
    const h = ns / 3_600_000_000_000n;
    const rem = ns % 3_600_000_000_000n;
    const m = rem / 60_000_000_000n;
    const sec = rem % 60_000_000_000n;
    out = `${fraction(sec, 1_000_000_000n)}s`;
    if (h > 0n || m > 0n) out = `${m}m${out}`;
    if (h > 0n) out = `${h}h${out}`;
  }
  return neg ? `-${out}` : out;
}

function fraction(v: bigint, unit: bigint): string {
  const whole = v / unit;
  const frac = v % unit;
  if (frac === 0n) return `${whole}`;
  const digits = String(unit).length - 1;
  return `${whole}.${String(frac).padStart(digits, "0").replace(/0+$/, "")}`;
}
