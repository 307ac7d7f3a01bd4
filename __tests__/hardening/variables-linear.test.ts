// Variable resolution renders each value a bounded number of times: Packer's 100 passes stop at
// the first pass that changes nothing, so the work is linear in the number of variables.
import { describe, expect, it } from "vitest";
import { interpolate } from "../../src/template/interpolate/index.js";
import { loadTemplate } from "../../src/template/load.js";
import { resolveVariables } from "../../src/template/variables.js";

function counted(n: number, refEvery: number) {
  const defaults = new Map<string, string>();
  for (let i = 0; i < n; i++)
    defaults.set(`v${i}`, i % refEvery === refEvery - 1 ? `x-{{user \`v0\`}}` : `plain-${i}`);
  let renders = 0;
  const startTime = new Date(0);
  const r = resolveVariables(defaults, new Map(), (t, userVariables) => {
    renders++;
    return interpolate(t, { userVariables, startTime, strictUserVariables: true });
  });
  return { r, renders };
}

describe("variable resolution is linear", () => {
  it.each([1_000, 10_000])("%i variables, one in ten referring to another: a few renders each", (n) => {
    const { r, renders } = counted(n, 10);
    expect(r.error).toBeUndefined();
    expect(r.values.v9).toBe("x-plain-0");
    // Pass 1 renders all 2n entries (Go's n empty ones too), later passes only the n/10 with a
    // `user` call; Packer's unconditional 100 passes would be 2n + 99·n/10.
    expect(renders).toBeLessThanOrEqual(2 * n + 2 * (n / 10));
  });

  it("a chain still resolves across passes (each pass lets a reference move on)", () => {
    const defaults = new Map([
      ["a", "{{user `b`}}!"],
      ["b", "{{user `c`}}?"],
      ["c", "end"],
    ]);
    const r = resolveVariables(defaults, new Map(), (t, userVariables) =>
      interpolate(t, { userVariables, startTime: new Date(0), strictUserVariables: true }),
    );
    expect(r.values).toEqual({ a: "end?!", b: "end?", c: "end" });
  });

  it("20,000 variables in a template load without error", () => {
    const variables: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++)
      variables[`v${i}`] = i % 10 === 9 ? `{{user \`v${i - 1}\`}}` : `value-${i}`;
    const r = loadTemplate({
      path: "t.json",
      text: JSON.stringify({ variables, builders: [{ type: "null" }] }),
    });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.template?.values.v19999).toBe("value-19998");
  }, 60_000);
});
