// Checks of rendered job summaries: Markdown tables, fenced blocks, HCL-ish Terraform snippets.

/** The cells of a Markdown table row (splitting on unescaped pipes, as GFM does). */
export function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\" && i + 1 < inner.length) {
      cur += c + inner[i + 1];
      i++;
    } else if (c === "|") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** Every Markdown table outside fenced blocks: its header, and its rows' cells. */
export function tables(md: string): { head: string[]; rows: string[][] }[] {
  const lines = md.split("\n");
  const out: { head: string[]; rows: string[][] }[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const f = /^(`{3,})/.exec(l);
    if (f && (!fence || (l.trim() === fence.trim() && l.startsWith(fence)))) {
      fence = fence ? undefined : f[1];
      continue;
    }
    if (fence) continue;
    if (l.startsWith("|") && /^\|(\s*-{2,}:?\s*\|)+\s*$/.test(lines[i + 1] ?? "")) {
      const head = cells(l);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j].startsWith("|"); j++) rows.push(cells(lines[j]));
      out.push({ head, rows });
      i = j - 1;
    }
  }
  return out;
}

/** Asserts every table has as many cells in each row, and its separator as many columns, as in its header. */
export function assertTablesWellFormed(md: string): number {
  const lines = md.split("\n");
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|(\s*-{2,}:?\s*\|)+\s*$/.test(lines[i] ?? "")) continue;
    const head = cells(lines[i - 1]);
    const sep = cells(lines[i]);
    if (sep.length !== head.length)
      throw new Error(`separator has ${sep.length} columns, header ${head.length}`);
    for (let j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
      const n = cells(lines[j]).length;
      if (n !== head.length)
        throw new Error(`row ${j + 1} has ${n} cells, the header ${head.length}:\n${lines[j]}`);
    }
    count++;
  }
  return count;
}

/** The bodies of the fenced code blocks with the given info string. */
export function fencedBlocks(md: string, lang: string): string[] {
  const out: string[] = [];
  const re = /^(`{3,})(\S*)\n([\s\S]*?)\n\1$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) if (m[2] === lang) out.push(m[3]);
  return out;
}

/** A node of the HCL-ish parse: attributes (`key = value`) and nested blocks. */
export interface HclBody {
  attrs: Record<string, string>;
  blocks: { type: string; labels: string[]; body: HclBody }[];
}

/**
 * Parses the HCL subset the summary writes: comments, `key = "string"` / `key = true` /
 * `key = a.b.c` attributes, `key = { ... }` maps and `type "label" { ... }` blocks. Throws on
 * anything else (an unbalanced brace, an unterminated string, a stray token).
 */
export function parseHcl(text: string): HclBody {
  const lines = text
    .split("\n")
    .map((l) => stripComment(l).trim())
    .filter(Boolean);
  let i = 0;
  const parseBody = (closing: boolean): HclBody => {
    const body: HclBody = { attrs: {}, blocks: [] };
    while (i < lines.length) {
      const l = lines[i++];
      if (l === "}") {
        if (!closing) throw new Error(`unexpected } at line ${i}`);
        return body;
      }
      let m = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*)\s*=\s*\{$/.exec(l);
      if (m) {
        const nested = parseBody(true);
        body.blocks.push({ type: "=", labels: [unquote(m[1])], body: nested });
        continue;
      }
      m =
        /^("(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*)\s*=\s*("(?:[^"\\]|\\.)*"|true|false|-?\d+|[A-Za-z_][\w.-]*)$/.exec(
          l,
        );
      if (m) {
        body.attrs[unquote(m[1])] = unquote(m[2]);
        continue;
      }
      m = /^([A-Za-z_][\w-]*)((?:\s+"(?:[^"\\]|\\.)*")*)\s*\{$/.exec(l);
      if (m) {
        const labels = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => unquote(`"${x[1]}"`));
        body.blocks.push({ type: m[1], labels, body: parseBody(true) });
        continue;
      }
      throw new Error(`not HCL: ${l}`);
    }
    if (closing) throw new Error("unbalanced {");
    return body;
  };
  return parseBody(false);
}

function stripComment(l: string): string {
  let inStr = false;
  for (let i = 0; i < l.length; i++) {
    const c = l[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === "#") return l.slice(0, i);
  }
  if (inStr) throw new Error(`unterminated string: ${l}`);
  return l;
}

function unquote(s: string): string {
  return s.startsWith('"') ? (JSON.parse(s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{")) as string) : s;
}
