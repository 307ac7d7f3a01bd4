/**
 * Plain-text formatting for the job summaries: one line, clipped, counted, durations, bars, and
 * the text of an error.
 */

/** Line breaks as spaces. */
export function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, " ");
}

/** At most `max` characters (never splitting a surrogate pair), saying how much was cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}

/** `1 build`, `2 builds` (`many` for an irregular plural). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The UTF-8 size of a text. */
export function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * The text of an error (`Error.message`; strings as they are; other values as JSON), as a reader
 * expects it: the log keeps Packer's "exit status: 2.Allowed exit codes are: [0]" word for word, the
 * summary puts the missing space after the period.
 */
export function errorText(err: unknown): string {
  return sentences(rawErrorText(err));
}

function rawErrorText(err: unknown): string {
  if (err === undefined || err === null) return "";
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** Packer's shell provisioners join two sentences without a space ("…status: 2.Allowed exit codes…"). */
function sentences(s: string): string {
  return s.replace(/(exit status: -?\d+)\.(?=Allowed exit codes)/g, "$1. ");
}

/** `450 ms`, `12.3 s`, `2m 03s`, `1h 02m`. */
export function duration(ms: number): string {
  const v = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (v < 1000) return `${Math.round(v)} ms`;
  if (v < 59_950) return `${(v / 1000).toFixed(1)} s`;
  const s = Math.round(v / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar of `value / max` of `width` cells, in eighths of a cell. */
export function bar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0)) return "";
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Pads to `n` characters (code points, not UTF-16 units). */
export function padEnd(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + " ".repeat(n - len);
}

/** One line of at most `n` characters, `…` ending a cut one. */
export function truncateName(s: string, n: number): string {
  const chars = [...oneLine(s)];
  return chars.length <= n ? chars.join("") : `${chars.slice(0, n - 1).join("")}…`;
}
