import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHclDiagnostic } from "../../../src/template/hcl2/diagnostics.js";
import { MAX_DEPTH, parseHcl } from "../../../src/template/hcl2/parser.js";

describe("HCL native syntax parser", () => {
  it("parses attributes, blocks with labels and one-line blocks with ranges", () => {
    const r = parseHcl('a = 1\nsource "alicloud-ecs" x {\n  b = "s"\n}\nc "l" { d = true }\n', "t.pkr.hcl");
    expect(r.diagnostics).toEqual([]);
    expect(r.body.attributes[0].name).toBe("a");
    const [src, one] = r.body.blocks;
    expect(src.labels).toEqual(["alicloud-ecs", "x"]);
    expect(src.range.start).toEqual({ line: 2, column: 1, offset: 6 });
    expect(src.body.attributes[0].expr.range.start).toMatchObject({ line: 3, column: 7 });
    expect(one.body.attributes[0].name).toBe("d");
  });

  it("applies strip markers and flush heredocs", () => {
    const r = parseHcl(
      'a = <<-EOT\n    x\n      y\n    EOT\nb = "p  %{~ if true ~}  q  %{~ endif ~}  r"\n',
      "t.hcl",
    );
    expect(r.diagnostics).toEqual([]);
    const a = r.body.attributes[0].expr;
    expect(a.kind === "template" && a.parts[0].kind === "literal" && a.parts[0].value).toBe("x\n  y\n");
    const b = r.body.attributes[1].expr;
    expect(b.kind === "template" && b.parts.map((p) => p.kind)).toEqual(["literal", "if", "literal"]);
  });

  it("reports every error at once in HCL's file:line:col: summary; detail form", () => {
    const r = parseHcl('a = \nb = 1\nc "x" = 3\nd = "unterminated\ne = 2\n', "bad.pkr.hcl");
    const lines = r.diagnostics.map(formatHclDiagnostic);
    expect(lines).toEqual([
      "bad.pkr.hcl:1:5: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
      'bad.pkr.hcl:3:7: Invalid block definition; Either a quoted string block label or an opening brace ("{") is expected here, found "=". To set an argument, use the equals sign "=".',
      "bad.pkr.hcl:4:6: Unterminated template string; No closing marker was found for the string.",
    ]);
  });

  it("rejects a redefined attribute", () => {
    const r = parseHcl("a = 1\na = 2\n", "t.hcl");
    expect(r.diagnostics[0].summary).toBe("Attribute redefined");
    expect(r.diagnostics[0].range.start.line).toBe(2);
  });

  it("bounds nesting depth with a diagnostic, not a stack overflow", () => {
    const deep = `a = ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    const r = parseHcl(deep, "deep.hcl");
    expect(r.diagnostics[0].summary).toBe("Nesting too deep");
    expect(r.diagnostics[0].detail).toContain(String(MAX_DEPTH));
  });

  it("never throws on random input: a body or positioned diagnostics", () => {
    const alphabet = fc.constantFrom(
      ...'ab1 =\n{}[]()"$%~.*,:?<>-!/#\\EOT<<-'.split(""),
      "${",
      "%{",
      "<<EOT\n",
      "EOT",
      "for",
      "in",
      "if",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
        const src = parts.join("");
        const r = parseHcl(src, "f.hcl");
        for (const d of r.diagnostics) {
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
          expect(d.range.start.offset).toBeLessThanOrEqual(src.length);
        }
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (src) => {
        parseHcl(src, "g.hcl");
      }),
      { numRuns: 2000 },
    );
  });
});
