/**
 * Property: whatever is done to a real template (keys deleted, duplicated, renamed or retyped,
 * values changed, text truncated or spliced), `loadTemplate` never throws; it returns a model or
 * at least one error, and every diagnostic is positioned inside the text it names.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/template/diagnostics.js";
import { loadTemplate } from "../../src/template/load.js";

const dir = path.join(import.meta.dirname, "../fixtures/templates");
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), "utf8") }))
  .filter((f) => {
    try {
      JSON.parse(f.text);
      return true;
    } catch {
      return false;
    }
  });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a document. */
function paths(
  v: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      paths(x, [...at, i], out);
    });
  } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const KEYS = [
  "type",
  "name",
  "only",
  "except",
  "override",
  "pause_before",
  "max_retries",
  "timeout",
  "builders",
  "variables",
  "_c",
  "push",
  "sensitive-variables",
  "min_packer_version",
  "keep_input_artifact",
  "post-processors",
  "provisioners",
  "error-cleanup-provisioner",
];

const jsonValue: fc.Arbitrary<Json> = fc.oneof<fc.Arbitrary<Json>[]>(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.constantFrom(
    "{{user `x`}}",
    "{{env `HOME`}}",
    "{{ .Foo }}",
    "{{",
    "{{foo}}",
    "1m",
    "5x",
    "1.7.0",
    "abc",
    "null",
    "{{user `a`}}{{user `b`}}",
  ),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.constantFrom("null", "alicloud-ecs", "a", 5 as Json), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom("x", 1 as Json, null, [] as Json), { maxKeys: 3 }),
);

type Mutation =
  | { kind: "delete" | "duplicate" | "retype" | "rename"; pick: number; value: Json; key: string }
  | { kind: "truncate" | "splice"; pick: number; value: Json; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "retype", "rename", "truncate", "splice"),
  pick: fc.nat(),
  value: jsonValue,
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
});

function getParent(doc: Json, p: (string | number)[]): Json {
  let cur = doc;
  for (const k of p.slice(0, -1)) cur = (cur as Record<string | number, Json>)[k];
  return cur;
}

/** Applies one mutation to a document given as text; returns new text. */
function mutate(text: string, m: Mutation): string {
  if (m.kind === "truncate") return text.slice(0, m.pick % (text.length + 1));
  if (m.kind === "splice") {
    const at = m.pick % (text.length + 1);
    return text.slice(0, at) + JSON.stringify(m.value) + text.slice(at);
  }
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch {
    return text; // already broken by an earlier mutation: structural edits need a document
  }
  const all = paths(doc).filter((p) => p.length > 0);
  if (all.length === 0) return text;
  const p = all[m.pick % all.length];
  const parent = getParent(doc, p) as Record<string | number, Json> | Json[];
  const last = p[p.length - 1];
  if (Array.isArray(parent)) {
    const i = last as number;
    if (m.kind === "delete") parent.splice(i, 1);
    else if (m.kind === "duplicate") parent.splice(i, 0, structuredClone(parent[i]));
    else parent[i] = m.value;
    return JSON.stringify(doc, null, 2);
  }
  const obj = parent as Record<string, Json>;
  const k = last as string;
  if (m.kind === "delete") delete obj[k];
  else if (m.kind === "retype") obj[k] = m.value;
  else if (m.kind === "rename") {
    const v = obj[k];
    delete obj[k];
    obj[m.key] = v;
  } else {
    // A duplicate key can only be written as text: add it right after the opening brace.
    const inner = JSON.stringify(doc, null, 2);
    const body = JSON.stringify(obj[k]);
    const marker = `"${k.replace(/["\\]/g, (c) => `\\${c}`)}":`;
    const at = inner.indexOf(marker);
    return at < 0 ? inner : `${inner.slice(0, at)}${marker} ${body},\n${inner.slice(at)}`;
  }
  return JSON.stringify(doc, null, 2);
}

function checkPositioned(text: string, d: Diagnostic): void {
  expect(d.file).toBeTypeOf("string");
  expect(d.message.length).toBeGreaterThan(0);
  if (d.file !== "t.json") return;
  const lines = text.split("\n");
  expect(d.line).toBeGreaterThanOrEqual(1);
  expect(d.line).toBeLessThanOrEqual(lines.length);
  expect(d.column).toBeGreaterThanOrEqual(1);
  expect(d.column).toBeLessThanOrEqual(lines[d.line - 1].length + 1);
}

describe("loadTemplate on mutated fixtures", () => {
  it("never throws and returns a model or positioned errors", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 2 }),
        fc.constantFrom<string[][]>([], ["alicloud-ecs"], ["x"]),
        fc.boolean(),
        (fixture, mutations, vars, only, syntaxOnly) => {
          let text = fixture.text;
          for (const m of mutations) text = mutate(text, m);
          const r = loadTemplate({
            path: "t.json",
            text,
            vars,
            only,
            syntaxOnly,
            env: { HOME: "/home/x" },
            cwd: dir,
            startTime: new Date(0),
          });
          for (const d of r.diagnostics) checkPositioned(text, d);
          const errors = r.diagnostics.filter((d) => d.severity === "error");
          expect(r.template !== undefined || errors.length > 0).toBe(true);
          if (r.template) {
            for (const b of r.template.builds) expect(b.builder.type).not.toBe("");
            for (const p of r.template.provisioners) expect(Number.isFinite(p.pauseBefore)).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
