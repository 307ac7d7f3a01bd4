#!/usr/bin/env node
/**
 * Writes the README's input and output reference from action.yml, between
 * `<!-- action-reference:start -->` and `<!-- action-reference:end -->`:
 *
 *   node scripts/gen-action-reference.mjs            rewrite README.md
 *   node scripts/gen-action-reference.mjs --check    exit 1 (and say so) when README.md is stale
 *   --action FILE --readme FILE                      other files (tests)
 *
 * action.yml is read with a small parser for the YAML an action's metadata uses (mappings, plain,
 * quoted and block scalars, comments), so the script needs nothing beyond Node. Inputs and outputs
 * are listed in action.yml's order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const START = "<!-- action-reference:start -->";
export const END = "<!-- action-reference:end -->";

/** Unquotes a YAML flow scalar (plain, 'single' or "double" quoted). */
function scalar(text) {
  const t = text.trim();
  if (t.startsWith('"')) return JSON.parse(t);
  if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t.replace(/\s+#.*$/, "");
}

/** Strips a trailing comment from a plain (unquoted) value. */
const stripComment = (v) => (/^["']/.test(v.trim()) ? v : v.replace(/\s+#.*$/, ""));

/**
 * Parses the subset of YAML that action.yml uses into nested plain objects. Block scalars
 * (`>`, `>-`, `|`, `|-`) are folded or kept literal as YAML says.
 */
export function parseActionYaml(text) {
  const lines = text.split(/\r?\n/);
  const root = {};
  const stack = [{ indent: -1, obj: root }];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    const m = /^(\s*)([A-Za-z0-9_.-]+|"[^"]*"|'[^']*'):(?:\s+(.*))?$/.exec(line);
    if (!m) throw new Error(`action.yml line ${i + 1}: cannot read ${JSON.stringify(line.trim())}`);
    const key = scalar(m[2]);
    const rest = m[3] === undefined ? "" : stripComment(m[3]).trim();
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].obj;
    if (rest === "") {
      const child = {};
      parent[key] = child;
      stack.push({ indent, obj: child });
      continue;
    }
    const block = /^([>|])([+-]?)$/.exec(rest);
    if (!block) {
      parent[key] = scalar(rest);
      continue;
    }
    const body = [];
    let bodyIndent;
    while (i + 1 < lines.length) {
      const next = lines[i + 1];
      const nIndent = next.length - next.trimStart().length;
      if (next.trim() !== "" && nIndent <= indent) break;
      i++;
      if (next.trim() === "") {
        body.push("");
        continue;
      }
      bodyIndent ??= nIndent;
      body.push(next.slice(bodyIndent));
    }
    while (body.length && body[body.length - 1] === "") body.pop();
    let value;
    if (block[1] === "|") value = body.join("\n");
    else {
      // Folded: lines of a paragraph join with a space, an empty line is a newline.
      value = body
        .join("\n")
        .split(/\n{2,}/)
        .map((p) => p.replace(/\n/g, " "))
        .join("\n");
    }
    parent[key] = block[2] === "-" ? value : `${value}\n`;
  }
  return root;
}

/** A description as one table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? "")
    .trim()
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|");
}

/** A Markdown table with every column padded to its widest cell, as the repo's formatter (Biome) lays it out. */
function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => [...r[c]].length)));
  const line = (r) => `| ${r.map((v, c) => v + " ".repeat(widths[c] - [...v].length)).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)];
}

/** The Markdown reference of an action's inputs and outputs. */
export function renderReference(action) {
  const out = [];
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  out.push(
    "<!-- Generated from action.yml by `node scripts/gen-action-reference.mjs`: edit action.yml, then run it. -->",
    "",
    `#### Inputs (${inputs.length})`,
    "",
  );
  const inputRows = [];
  for (const [name, spec] of inputs) {
    const required = String(spec.required) === "true";
    const def = spec.default === undefined || spec.default === "" ? "" : `\`${cell(spec.default)}\``;
    const shown = required ? (def ? `${def} (required)` : "**required**") : def || "–";
    let desc = cell(spec.description);
    if (spec.deprecationMessage) desc += ` **Deprecated:** ${cell(spec.deprecationMessage)}`;
    inputRows.push([`\`${name}\``, shown, desc]);
  }
  out.push(...table(["input", "default", "description"], inputRows));
  out.push("", `#### Outputs (${outputs.length})`, "");
  if (outputs.length === 0) out.push("None.");
  else {
    out.push(
      ...table(
        ["output", "description"],
        outputs.map(([name, spec]) => [`\`${name}\``, cell(spec.description)]),
      ),
    );
  }
  const runs = action.runs ?? {};
  out.push(
    "",
    `Runtime: \`${runs.using ?? "?"}\`; main \`${runs.main ?? "?"}\`${runs.post ? `, post \`${runs.post}\`` : ""}.`,
  );
  return out.join("\n");
}

/** README with the text between the markers replaced; throws when the markers are missing. */
export function syncReadme(readme, reference) {
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s < 0 || e < s) throw new Error(`README has no ${START} … ${END} markers`);
  return `${readme.slice(0, s + START.length)}\n${reference}\n${readme.slice(e)}`;
}

function main(argv) {
  const root = resolve(fileURLToPath(import.meta.url), "../..");
  const arg = (name, def) => {
    const i = argv.indexOf(name);
    return i >= 0 ? resolve(argv[i + 1]) : def;
  };
  const actionPath = arg("--action", resolve(root, "action.yml"));
  const readmePath = arg("--readme", resolve(root, "README.md"));
  const reference = renderReference(parseActionYaml(readFileSync(actionPath, "utf8")));
  const readme = readFileSync(readmePath, "utf8");
  const next = syncReadme(readme, reference);
  if (argv.includes("--check")) {
    if (next !== readme) {
      console.error(
        `${readmePath}: the input/output reference is out of date with ${actionPath}; run: node scripts/gen-action-reference.mjs`,
      );
      return 1;
    }
    console.log(`${readmePath}: the reference matches ${actionPath}`);
    return 0;
  }
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(
    `${readmePath}: reference ${next === readme ? "already up to date" : "rewritten"} from ${actionPath}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
