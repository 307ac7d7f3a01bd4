// docs/architecture.md's "Boundaries" table lists exactly the rules of .dependency-cruiser.cjs
// (the check `npm run boundaries` runs), each with what it forbids and why.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const config = createRequire(import.meta.url)(resolve(ROOT, ".dependency-cruiser.cjs")) as {
  forbidden: { name: string; comment?: string }[];
};

/** The rows of the table in the `## Boundaries` section: rule name → its cells. */
function boundaryRows(doc: string): Map<string, string[]> {
  const start = doc.indexOf("\n## Boundaries\n");
  expect(start).toBeGreaterThan(0);
  const next = doc.indexOf("\n## ", start + 1);
  const section = doc.slice(start, next < 0 ? undefined : next);
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const m = /^\| `([a-z-]+)` +\|(.*)\|$/.exec(line);
    if (m)
      rows.set(
        m[1],
        m[2].split("|").map((c) => c.trim()),
      );
  }
  return rows;
}

describe("docs/architecture.md, Boundaries", () => {
  const rows = boundaryRows(readFileSync(resolve(ROOT, "docs/architecture.md"), "utf8"));

  it("names every rule of the boundary check, and no other", () => {
    expect([...rows.keys()].sort()).toEqual(config.forbidden.map((r) => r.name).sort());
  });

  it("says what each rule forbids and why", () => {
    for (const [name, cells] of rows) {
      expect(cells, name).toHaveLength(2);
      for (const cell of cells) expect(cell.length, name).toBeGreaterThan(20);
    }
  });

  it("every rule in the configuration explains itself", () => {
    for (const r of config.forbidden) expect(r.comment?.length ?? 0, r.name).toBeGreaterThan(20);
  });
});
