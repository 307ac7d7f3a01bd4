/**
 * `min_packer_version` as Packer 1.6.6 checks it, with hashicorp/go-version's parsing, ordering and
 * printing (`v1.7` is `1.7.0`, `1.7beta` is `1.7.0-beta`; a pre-release of the running version is
 * satisfied).
 */

/** The Packer version whose template semantics image-build keeps. */
export const PACKER_VERSION = "1.6.6";

const VERSION_RE =
  /^v?([0-9]+(\.[0-9]+)*?)(-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)|(-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)))?(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?$/;

const MAX_INT64 = (1n << 63n) - 1n;

/** A parsed go-version. */
export interface GoVersion {
  segments: bigint[];
  pre: string;
  metadata: string;
}

/** Parses like `version.NewVersion`; throws an Error with go-version's message. */
export function parseGoVersion(v: string): GoVersion {
  const m = VERSION_RE.exec(v);
  if (!m) throw new Error(`Malformed version: ${v}`);
  const segments = m[1].split(".").map((s) => {
    const n = BigInt(s);
    if (n > MAX_INT64) {
      throw new Error(`Error parsing version: strconv.ParseInt: parsing "${s}": value out of range`);
    }
    return n;
  });
  while (segments.length < 3) segments.push(0n);
  return { segments, pre: m[7] || m[4] || "", metadata: m[10] || "" };
}

/** go-version's `String()`. */
export function formatGoVersion(v: GoVersion): string {
  let s = v.segments.map(String).join(".");
  if (v.pre) s += `-${v.pre}`;
  if (v.metadata) s += `+${v.metadata}`;
  return s;
}

/** Whether `a` sorts before `b` by numeric segments (missing segments count as zero). */
function segmentsLess(a: bigint[], b: bigint[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * Checks `min_packer_version` against {@link PACKER_VERSION}. Returns Packer's error text, or
 * `undefined` when satisfied (or unset).
 */
export function checkMinPackerVersion(min: string, actual: string = PACKER_VERSION): string | undefined {
  if (min === "") return undefined;
  let want: GoVersion;
  try {
    want = parseGoVersion(min);
  } catch (err) {
    return `min_version is invalid: ${(err as Error).message}`;
  }
  const have = parseGoVersion(actual);
  // Equal segments: a version without pre-release is never less than one with it.
  if (segmentsLess(have.segments, want.segments)) {
    return `This template requires Packer version ${formatGoVersion(want)} or higher; using ${formatGoVersion(have)}`;
  }
  return undefined;
}
