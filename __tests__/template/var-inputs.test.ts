/**
 * `-var` arguments and var files, with the texts Packer 1.6.6 prints (observed with
 * `packer validate -var ... -var-file=...`).
 */
import { describe, expect, it } from "vitest";
import { parseVarArgs, parseVarFile } from "../../src/template/variables.js";

describe("parseVarArgs", () => {
  it("splits at the first '=' and lets later arguments win", () => {
    const { values, diagnostics } = parseVarArgs(["a=x=y", "r=", "a2=1", "a2=2", "=e"]);
    expect(diagnostics).toEqual([]);
    expect(Object.fromEntries(values)).toEqual({ a: "x=y", r: "", a2: "2", "": "e" });
  });

  it("rejects an argument without '=' (packer: invalid value \"abc\" for flag -var: No '=' value in arg: abc)", () => {
    const { diagnostics } = parseVarArgs(["abc", 'q"t']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      `invalid value "abc" for flag -var: No '=' value in arg: abc`,
      `invalid value "q\\"t" for flag -var: No '=' value in arg: q"t`,
    ]);
    expect(diagnostics[0]).toMatchObject({ file: "<command line>", line: 1, column: 1 });
  });
});

describe("parseVarFile", () => {
  const values = (text: string) =>
    Object.fromEntries([...parseVarFile("f.json", text).values].map(([k, v]) => [k, v.value]));
  const messages = (text: string) => parseVarFile("f.json", text).diagnostics.map((d) => d.message);

  it("reads a flat string map; null is empty, the later duplicate wins, trailing text is ignored", () => {
    expect(values('{"a":"x","a":"y","n":null}')).toEqual({ a: "y", n: "" });
    expect(values('{"a":"b"} garbage')).toEqual({ a: "b" });
    expect(values("null")).toEqual({});
  });

  it.each([
    ['{"a":5}', "json: cannot unmarshal number into Go value of type string"],
    ['{"a":{"b":"c"}}', "json: cannot unmarshal object into Go value of type string"],
    ['{"a":[1]}', "json: cannot unmarshal array into Go value of type string"],
    ['{"a":true}', "json: cannot unmarshal bool into Go value of type string"],
    ["[1]", "json: cannot unmarshal array into Go value of type kvflag.FlagJSON"],
    ["5", "json: cannot unmarshal number into Go value of type kvflag.FlagJSON"],
    ['"s"', "json: cannot unmarshal string into Go value of type kvflag.FlagJSON"],
    ['{"a":', "unexpected EOF"],
    ["", "EOF"],
    ["  \n", "EOF"],
    ['{"a" "b"}', "invalid character '\"' after object key"],
  ])("%j -> Error reading variables in 'f.json': %s", (text, message) => {
    expect(messages(text)).toEqual([`Error reading variables in 'f.json': ${message}`]);
  });

  it("positions errors at the offending value in the var file", () => {
    const d = parseVarFile("f.json", '{\n  "a": "x",\n  "b": 5\n}').diagnostics[0];
    expect(d).toMatchObject({ file: "f.json", line: 3, column: 8, path: "b" });
    const s = parseVarFile("f.json", '{\n  "a" "b"}').diagnostics[0];
    expect(s).toMatchObject({ line: 2, column: 7 });
  });
});
