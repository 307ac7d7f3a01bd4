/**
 * GitHub-flavoured Markdown and HTML primitives for the job summaries. Everything that comes from
 * templates, the cloud or errors goes through them escaped (table pipes, HTML, Markdown markup,
 * backticks).
 */
import { clip, oneLine } from "./text.js";

/** Plain text for a paragraph, heading or table cell: no markup, no HTML, no line break. */
export function md(s: string, max = 600): string {
  return oneLine(clip(s, max))
    .replace(/[\\`*_[\]~|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Text inside an HTML element whose content is not Markdown (`<pre>`, `<summary>`). */
export function html(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A code span; `cell` escapes `|` (a table cell ends at an unescaped pipe, even in a code span). */
export function code(s: string | undefined, cell = false, max = 300): string {
  if (!s) return "—";
  let t = oneLine(clip(s, max));
  if (cell) t = t.replace(/\|/g, "\\|");
  const ticks = "`".repeat(longestRun(t, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A fenced code block whose fence no line of `body` can close. */
export function fenced(lang: string, body: string): string {
  const ticks = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

/** Preformatted text (error messages): HTML-escaped, so nothing in it is markup. */
export function pre(s: string): string {
  return `<pre>${html(s)}</pre>`;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** A Markdown table; cells must already be escaped (md, code(…, true)). */
export function table(head: string[], rows: string[][], align: ("l" | "r")[] = []): string {
  const sep = head.map((_, i) => (align[i] === "r" ? "--:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** A collapsible section; `summary` is plain text. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${html(oneLine(summary))}</summary>\n\n${body}\n\n</details>`;
}

/** A link when `url` is http(s), else the text alone. */
export function link(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return md(text);
  const safe = url.replace(
    /[()<>"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `[${md(text)}](${safe})`;
}
