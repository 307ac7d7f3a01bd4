import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/template/hcl2/evaluate.js";
import { packerFunctions } from "../../../src/template/hcl2/functions/index.js";
import { parseHclExpression } from "../../../src/template/hcl2/parser.js";
import { obj } from "../../../src/template/hcl2/values.js";

const fns = packerFunctions({
  cwd: "/nonexistent-hcl2-cwd",
  now: new Date("2024-01-02T03:04:05Z"),
  env: {},
}).general;
const NAMES = [...fns.keys()].filter((n) => !["uuidv4", "bcrypt"].includes(n));

/** Random expressions over every function, operator and constructor. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(
      "1",
      "-2.5",
      "0",
      "1e3",
      "true",
      "false",
      "null",
      '"a,b"',
      '"10.0.0.0/8"',
      '"2018-01-02T23:12:01Z"',
      '"%s %d"',
      '"[a-z]+"',
      "var.s",
      "var.l",
      "var.m",
      '"${var.s}"',
      "[]",
      "{}",
    ),
    fc
      .tuple(fc.constantFrom(...NAMES), fc.array(tie("e"), { maxLength: 3 }))
      .map(([f, a]) => `${f}(${a.join(", ")})`),
    fc
      .tuple(tie("e"), fc.constantFrom("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"), tie("e"))
      .map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
    fc.array(tie("e"), { maxLength: 3 }).map((a) => `[${a.join(", ")}]`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `{k = ${a}, "x" = ${b}}`),
    fc.tuple(tie("e"), tie("e")).map(([c, b]) => `[for i, v in ${c} : ${b} if v != null]`),
    fc.tuple(tie("e"), tie("e")).map(([c, b]) => `{for k, v in ${c} : k => ${b}...}`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `${a}[${b}]`),
    tie("e").map((a) => `${a}[*].x`),
    tie("e").map((a) => `"x%{ for v in ${a} }\${v}%{ endfor }y"`),
    tie("e").map((a) => `try(${a}, "d")`),
  ),
})).e;

describe("HCL2 evaluator on random expressions", () => {
  it("never throws: a value or positioned diagnostics", () => {
    const variables = new Map([["var", obj({ s: "str", l: ["a", 1, true], m: obj({ a: 1, b: "x" }) })]]);
    fc.assert(
      fc.property(expr, (src) => {
        const p = parseHclExpression(src, "p.hcl");
        if (!p.expr) return;
        const r = evaluate(p.expr, { variables, functions: fns });
        for (const d of r.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it("stops runaway expressions with a diagnostic", () => {
    const p = parseHclExpression(
      "[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]",
      "big.hcl",
    );
    const r = evaluate(p.expr as never, { variables: new Map(), functions: fns });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Expression too complex"]);
  });
});
