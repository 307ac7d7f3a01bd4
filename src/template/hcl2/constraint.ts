/**
 * hashicorp/go-version constraints (`>= 1.7.0, < 2`, `~> 1.6`), as `required_version` and
 * `required_plugins` use them.
 */
import { parseGoVersion } from "../version.js";

const CONSTRAINT_RE =
  /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?([0-9]+(?:\.[0-9]+)*(?:-[0-9A-Za-z.\-~]+)?(?:\+[0-9A-Za-z.\-~]+)?)\s*$/;

function cmp(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether `version` satisfies every constraint in `constraints`; throws on a malformed one. */
export function satisfies(version: string, constraints: string): boolean {
  const have = parseGoVersion(version).segments;
  for (const part of constraints.split(",")) {
    const m = CONSTRAINT_RE.exec(part);
    if (!m) throw new Error(`Malformed constraint: ${part.trim()}`);
    const op = m[1] ?? "=";
    const want = parseGoVersion(m[2]).segments;
    const c = cmp(have, want);
    let ok: boolean;
    switch (op) {
      case "=":
        ok = c === 0;
        break;
      case "!=":
        ok = c !== 0;
        break;
      case ">":
        ok = c > 0;
        break;
      case "<":
        ok = c < 0;
        break;
      case ">=":
        ok = c >= 0;
        break;
      case "<=":
        ok = c <= 0;
        break;
      default: {
        // ~> x.y.z: >= x.y.z and < x.(y+1); ~> x.y: >= x.y and < (x+1).
        const given = m[2].split(/[-+]/)[0].split(".").length;
        const upper = want.slice(0, Math.max(1, given - 1));
        upper[upper.length - 1] += 1n;
        ok = c >= 0 && cmp(have.slice(0, upper.length), upper) < 0;
      }
    }
    if (!ok) return false;
  }
  return true;
}
