/**
 * Date and time functions: `timestamp` (one value per run, fixed when the function table is
 * built), `formatdate` (Terraform's format spec), `timeadd` (Go durations), `legacy_isotime`
 * (Go layouts) and `legacy_strftime`.
 */
import { DurationError, parseGoDuration } from "../../duration.js";
import { strftime } from "../../interpolate/strftime.js";
import { goTimeFormat, LONG_DAYS, LONG_MONTHS } from "../../interpolate/timefmt.js";
import { FunctionError } from "../function.js";
import { type HclFunction, p, STRING } from "./helpers.js";

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 timestamp: the instant and the zone offset in minutes. */
function parseRfc3339(s: string, arg: number): { date: Date; offset: number; nanos: number } {
  const m = RFC3339_RE.exec(s);
  if (!m)
    throw new FunctionError(`not a valid RFC3339 timestamp: cannot use ${JSON.stringify(s)} as year`, arg);
  const offset = /^[zZ]$/.test(m[8])
    ? 0
    : (m[8][0] === "-" ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  const frac = m[7] ? m[7].slice(1).padEnd(9, "0").slice(0, 9) : "0";
  const utc =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) -
    offset * 60_000;
  return { date: new Date(utc + Math.floor(Number(frac) / 1e6)), offset, nanos: Number(frac) };
}

/** Terraform's `formatdate` over a parsed timestamp (formatted in its own zone offset). */
export function formatDate(spec: string, ts: string): string {
  const { date, offset } = parseRfc3339(ts, 1);
  const t = new Date(date.getTime() + offset * 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const off = (sep: string) => {
    const a = Math.abs(offset);
    return `${offset < 0 ? "-" : "+"}${pad(Math.floor(a / 60))}${sep}${pad(a % 60)}`;
  };
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      const end = spec.indexOf("'", i + 1);
      if (end < 0) throw new FunctionError("unterminated literal '", 0);
      if (end === i + 1) out += "'";
      else out += spec.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (spec[j] === c) j++;
    const tok = spec.slice(i, j);
    i = j;
    const h = t.getUTCHours();
    switch (tok) {
      case "YYYY":
        out += pad(t.getUTCFullYear(), 4);
        break;
      case "YY":
        out += pad(t.getUTCFullYear() % 100);
        break;
      case "MMMM":
        out += LONG_MONTHS[t.getUTCMonth()];
        break;
      case "MMM":
        out += LONG_MONTHS[t.getUTCMonth()].slice(0, 3);
        break;
      case "MM":
        out += pad(t.getUTCMonth() + 1);
        break;
      case "M":
        out += String(t.getUTCMonth() + 1);
        break;
      case "DD":
        out += pad(t.getUTCDate());
        break;
      case "D":
        out += String(t.getUTCDate());
        break;
      case "EEEE":
        out += LONG_DAYS[t.getUTCDay()];
        break;
      case "EEE":
        out += LONG_DAYS[t.getUTCDay()].slice(0, 3);
        break;
      case "hh":
        out += pad(h);
        break;
      case "h":
        out += String(h);
        break;
      case "HH":
        out += pad(h % 12 === 0 ? 12 : h % 12);
        break;
      case "H":
        out += String(h % 12 === 0 ? 12 : h % 12);
        break;
      case "AA":
        out += h < 12 ? "AM" : "PM";
        break;
      case "aa":
        out += h < 12 ? "am" : "pm";
        break;
      case "mm":
        out += pad(t.getUTCMinutes());
        break;
      case "m":
        out += String(t.getUTCMinutes());
        break;
      case "ss":
        out += pad(t.getUTCSeconds());
        break;
      case "s":
        out += String(t.getUTCSeconds());
        break;
      case "ZZZZZ":
        out += off(":");
        break;
      case "ZZZZ":
        out += off("");
        break;
      case "ZZZ":
        out += offset === 0 ? "UTC" : off("");
        break;
      case "Z":
        out += offset === 0 ? "Z" : off(":");
        break;
      default:
        throw new FunctionError(`invalid date format verb ${JSON.stringify(tok)}: unsupported sequence`, 0);
    }
  }
  return out;
}

/** RFC 3339 as Go prints it (seconds, `Z` for UTC). */
function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The date/time functions, with `timestamp()` fixed to `now` for the whole run. */
export function datetimeFunctions(now: Date): Record<string, HclFunction> {
  return {
    timestamp: { params: [], impl: () => rfc3339(now) },
    formatdate: {
      params: [p("format", STRING), p("time", STRING)],
      impl: ([f, t]) => formatDate(f as string, t as string),
    },
    timeadd: {
      params: [p("timestamp", STRING), p("duration", STRING)],
      impl: ([t, d]) => {
        const { date, offset } = parseRfc3339(t as string, 0);
        let ns: bigint;
        try {
          ns = parseGoDuration(d as string);
        } catch (err) {
          if (err instanceof DurationError) throw new FunctionError(err.message, 1);
          throw err;
        }
        const res = new Date(date.getTime() + Number(ns / 1_000_000n));
        if (offset === 0) return rfc3339(res);
        const local = new Date(res.getTime() + offset * 60_000);
        const a = Math.abs(offset);
        return `${local.toISOString().slice(0, 19)}${offset < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
      },
    },
    legacy_isotime: {
      params: [p("format", STRING)],
      impl: ([f]) => goTimeFormat(now, f as string),
    },
    legacy_strftime: {
      params: [p("format", STRING)],
      impl: ([f]) => strftime(f as string, now),
    },
  };
}
