#!/usr/bin/env node
// Extracts the Packer JSON templates embedded in the seed articles (__tests__/fixtures/seeds/*.txt)
// that use the alicloud-ecs builder into __tests__/fixtures/seed-templates/<seed>[-NN].json.
// A template is the first balanced `{...}` (string-aware) starting at a `{` that parses as JSON and
// has a `builders` array with an alicloud-ecs builder. The JSON text is kept verbatim (duplicate
// keys and layout included) so that Packer sees exactly what the article shows.
// Usage: node scripts/extract-seed-templates.mjs [--check]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seedsDir = join(root, "__tests__/fixtures/seeds");
const outDir = join(root, "__tests__/fixtures/seed-templates");
const check = process.argv.includes("--check");

/** Returns the end offset (exclusive) of the balanced object starting at `start`, or -1. */
function balancedEnd(text, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Every embedded template of one article, in order, with its line number. */
export function extractTemplates(text) {
  const found = [];
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i)) {
    const end = balancedEnd(text, i);
    if (end === -1) break;
    let doc;
    try {
      doc = JSON.parse(text.slice(i, end));
    } catch {
      i++;
      continue;
    }
    if (doc && Array.isArray(doc.builders) && doc.builders.some((b) => b?.type === "alicloud-ecs")) {
      found.push({ line: text.slice(0, i).split("\n").length, raw: text.slice(i, end) });
      i = end;
    } else i++;
  }
  return found;
}

const written = [];
let stale = false;
mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const seed = name.replace(/\.txt$/, "");
  const templates = extractTemplates(readFileSync(join(seedsDir, name), "utf8"));
  templates.forEach(({ line, raw }, n) => {
    const file = templates.length === 1 ? `${seed}.json` : `${seed}-${String(n + 1).padStart(2, "0")}.json`;
    const text = `${raw}\n`;
    const path = join(outDir, file);
    if (check) {
      let old = "";
      try {
        old = readFileSync(path, "utf8");
      } catch {}
      if (old !== text) stale = true;
    } else writeFileSync(path, text);
    written.push(`${file}\t${name}:${line}`);
  });
}
console.log(written.join("\n"));
if (stale) {
  console.error("seed templates are stale: run node scripts/extract-seed-templates.mjs");
  process.exit(1);
}
