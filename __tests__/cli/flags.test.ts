import { describe, expect, it } from "vitest";
import { commaList, FlagError, type FlagSpec, flagUsage, parseFlags } from "../../src/cli/flags.js";

const specs: FlagSpec[] = [
  { name: "var", kind: "list", help: "a variable", placeholder: "key=value" },
  { name: "var-file", kind: "list", help: "a variables file" },
  { name: "only", kind: "list", help: "only these builds" },
  { name: "syntax-only", kind: "bool", help: "only check syntax" },
  { name: "on-error", kind: "string", help: "what to do on error" },
];

describe("parseFlags (Go flag semantics)", () => {
  it("reads single- and double-dash flags, with = or a separate value", () => {
    const p = parseFlags(
      ["-var", "a=1", "--var=b=2", "-var-file", "f.json", "-syntax-only", "-on-error=abort", "t.json"],
      specs,
    );
    expect(p.lists.get("var")).toEqual(["a=1", "b=2"]);
    expect(p.lists.get("var-file")).toEqual(["f.json"]);
    expect(p.values.get("syntax-only")).toBe("true");
    expect(p.values.get("on-error")).toBe("abort");
    expect(p.args).toEqual(["t.json"]);
  });

  it("stops at the first non-flag argument and after --", () => {
    expect(parseFlags(["t.json", "-var", "a=1"], specs).args).toEqual(["t.json", "-var", "a=1"]);
    expect(parseFlags(["--", "-weird.json"], specs).args).toEqual(["-weird.json"]);
  });

  it("accepts Go's boolean spellings and rejects others", () => {
    expect(parseFlags(["-syntax-only=false"], specs).values.get("syntax-only")).toBe("false");
    expect(parseFlags(["-syntax-only=T"], specs).values.get("syntax-only")).toBe("true");
    expect(() => parseFlags(["-syntax-only=yes"], specs)).toThrow(
      'invalid boolean value "yes" for -syntax-only: parse error',
    );
  });

  it("reports unknown flags and missing values as Go does", () => {
    expect(() => parseFlags(["-nope"], specs)).toThrow(new FlagError("flag provided but not defined: -nope"));
    expect(() => parseFlags(["-var"], specs)).toThrow("flag needs an argument: -var");
    expect(() => parseFlags(["---var"], specs)).toThrow("bad flag syntax: ---var");
  });

  it("splits comma lists and aligns usage", () => {
    expect(commaList(["a,b", " c ", ""])).toEqual(["a", "b", "c"]);
    expect(commaList(undefined)).toBeUndefined();
    const usage = flagUsage(specs).split("\n");
    expect(usage[0]).toMatch(/^ {2}-var=key=value\s+a variable$/);
    const columns = usage.map((line, i) => line.indexOf(specs[i].help));
    expect(new Set(columns).size).toBe(1);
  });
});
