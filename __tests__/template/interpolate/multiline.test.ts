import { describe, expect, it } from "vitest";
import { InterpolateError, interpolate } from "../../../src/template/interpolate/index.js";
import { OBSERVED_MULTILINE } from "./packer-observed-multiline.data.js";

const ctx = { userVariables: { a: "x" }, startTime: new Date(0) };

describe("multi-line templates: line and byte-column numbers match Packer 1.6.6", () => {
  for (const o of OBSERVED_MULTILINE) {
    it(JSON.stringify(o.text), () => {
      let error: string | undefined;
      try {
        interpolate(o.text, ctx);
      } catch (e) {
        expect(e).toBeInstanceOf(InterpolateError);
        error = (e as Error).message.replaceAll("\n", " ");
      }
      if (o.ok) expect(error).toBeUndefined();
      else expect(error).toBe(o.error);
    });
  }
});

describe("trim markers", () => {
  it("trims all white space (spaces, tabs, newlines) on the marked side", () => {
    expect(interpolate("{{ if 1 -}}\n  x\n{{- end }}", ctx)).toBe("x");
    expect(interpolate("a \t\n {{- `b` -}} \r\n c", ctx)).toBe("abc");
    expect(interpolate("a {{- `b` }} c", ctx)).toBe("ab c");
    expect(interpolate("a {{ `b` -}} c", ctx)).toBe("a bc");
    expect(interpolate("a {{-3}} c", ctx)).toBe("a -3 c");
    expect(interpolate("a {{- /* comment */ -}} c", ctx)).toBe("ac");
    expect(interpolate("{{/* only a comment */}}", ctx)).toBe("");
  });
});
