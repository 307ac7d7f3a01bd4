/**
 * Go's encoding/json syntax errors, as Packer 1.6.6 prints them for a broken template
 * (`Failed to parse template: Error parsing JSON: <message>`), observed with `packer validate`.
 */
import { describe, expect, it } from "vitest";
import { checkGoJson, positionOfByte, scanGoJson } from "../../src/template/json/syntax.js";

describe("checkGoJson", () => {
  it.each([
    [
      '{\n  "builders": [\n    {"type": "null",}\n  ]\n}\n',
      "invalid character '}' looking for beginning of object key string",
      38,
    ],
    ['{\n  "builders": [\n    {"type": "null"}\n  ', "unexpected end of JSON input", 41],
    ["", "unexpected end of JSON input", 0],
    ['{"a":1} x', "invalid character 'x' after top-level value", 8],
    ['{"a":"\\q"}', "invalid character 'q' in string escape code", 7],
    ['{"a":01}', "invalid character '1' after object key:value pair", 6],
    ["\ufeff{}", "invalid character 'ï' looking for beginning of value", 0],
    ['{"a" 1}', "invalid character '1' after object key", 5],
    ["[1 2]", "invalid character '2' after array element", 3],
    ["[tru]", "invalid character ']' in literal true (expecting 'e')", 4],
    ["nul", "unexpected end of JSON input", 3],
    ["[-]", "invalid character ']' in numeric literal", 2],
    ["[1.]", "invalid character ']' after decimal point in numeric literal", 3],
    ["[1e]", "invalid character ']' in exponent of numeric literal", 3],
    ['["\\u12x4"]', "invalid character 'x' in \\u hexadecimal character escape", 6],
    ['["a\tb"]', "invalid character '\\t' in string literal", 3],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string", 1],
  ])("%j -> %s", (text, message, offset) => {
    const err = checkGoJson(text);
    expect(err?.message).toBe(message);
    expect(err?.byteOffset).toBe(offset);
  });

  it("accepts valid documents, top-level scalars and surrounding spaces", () => {
    for (const ok of ['{"a":[1,-2.5e+3,true,false,null,"\\u00e9"]}', " 5 ", '"x"', "[]", "{}\n"]) {
      expect(checkGoJson(ok)).toBeUndefined();
    }
  });

  it("reads only the first value in decoder mode and tells where it ends", () => {
    expect(scanGoJson('{"a":"b"} garbage', { trailing: false })).toEqual({ end: 9 });
    expect(scanGoJson('{"a":"b"}', { trailing: false })).toEqual({ end: 9 });
    // A decoder stops after a top-level scalar without judging the byte that ended it.
    expect(scanGoJson("5x", { trailing: false })).toEqual({ end: 1 });
    expect(scanGoJson("5x").error?.message).toBe("invalid character 'x' after top-level value");
    expect(scanGoJson("5", { trailing: false })).toEqual({ end: 1 });
  });
});

describe("positionOfByte", () => {
  it("gives 1-based line and column in characters", () => {
    const text = 'é\n  "x"';
    expect(positionOfByte(text, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(positionOfByte(text, 5)).toEqual({ line: 2, column: 3, offset: 4 });
  });
});
