import { describe, expect, it } from "vitest";
import { type ConfigSpec, decodeConfig, goParseInt } from "../../src/template/config/decode.js";
import type { ConfigObject } from "../../src/template/config/tree.js";
import { formatGoDuration, parseGoDuration } from "../../src/template/duration.js";
import { goFormatFloatF, goFormatFloatV, goQuote } from "../../src/template/gofmt.js";
import { InterpolateError } from "../../src/template/interpolate/errors.js";
import { parseJson } from "../../src/template/json/parse.js";

const disk: ConfigSpec = {
  disk_size: { type: "int" },
  disk_name: { type: "string" },
  disk_encrypted: { type: "trilean" },
  disk_delete_with_instance: { type: "bool" },
};

const spec: ConfigSpec = {
  name_s: { type: "string" },
  port: { type: "int", default: 22 },
  flag: { type: "bool" },
  tri: { type: "trilean" },
  timeout: { type: "duration", default: 300_000 },
  regions: { type: "stringList" },
  tags: { type: "stringMap" },
  system: { type: { object: disk } },
  disks: { type: { objectList: disk } },
  password: { type: "string", secret: true },
  run_command: { type: "stringList", noRender: true },
  extra: { type: "any" },
};

function obj(text: string): ConfigObject {
  return parseJson(text) as ConfigObject;
}

function decode(text: string, render?: (t: string) => string) {
  return decodeConfig(obj(text), spec, { file: "t.json", render: render && ((t) => render(t)) });
}

function messages(text: string): string[] {
  return decode(text).diagnostics.map((d) => d.message);
}

describe("decodeConfig: weak typing (texts observed with Packer 1.6.6)", () => {
  it("applies defaults for zero values and leaves unset fields at Go's zero value", () => {
    const r = decode("{}");
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({
      name_s: "",
      port: 22,
      flag: false,
      tri: undefined,
      timeout: 300_000,
      regions: [],
      tags: {},
      disks: [],
      system: { disk_size: 0, disk_name: "", disk_encrypted: undefined },
    });
    expect(decode('{"port": 0, "timeout": "0s"}').value).toMatchObject({ port: 22, timeout: 300_000 });
    expect(decode('{"port": null}').isSet("port")).toBe(false);
    expect(decode('{"port": 5}').isSet("port")).toBe(true);
  });

  it("decodes strings to bool, trilean, int and duration", () => {
    const r = decode(
      '{"flag":"T","tri":"false","port":"0x10","timeout":"1h30m","name_s":5,"regions":"a,b","password":true}',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({
      flag: true,
      tri: false,
      port: 16,
      timeout: 5_400_000,
      name_s: "5",
      regions: ["a", "b"],
      password: "1",
    });
  });

  it("treats numbers as nanoseconds for durations, truncates floats to ints, wraps scalars into lists", () => {
    const r = decode('{"timeout":600,"port":5.7,"flag":2,"regions":5,"tri":true,"name_s":1e21}');
    expect(r.value).toMatchObject({
      timeout: 0.0006,
      port: 5,
      flag: true,
      regions: ["5"],
      tri: true,
      name_s: "1000000000000000000000",
    });
  });

  it("numbers to trileans follow the uint8 constants: 1 true, 2 false, others unset", () => {
    expect(decode('{"tri":1}').value.tri).toBe(true);
    expect(decode('{"tri":2}').value.tri).toBe(false);
    expect(decode('{"tri":0}').value.tri).toBe(undefined);
    expect(decode('{"tri":5}').value.tri).toBe(undefined);
    expect(decode('{"tri":"0"}').value.tri).toBe(false);
  });

  it("empty strings: bool false, int 0, trilean unset, list empty; duration errors", () => {
    const r = decode('{"flag":"","port":"","tri":"","regions":"","timeout":""}');
    expect(r.value).toMatchObject({ flag: false, port: 22, tri: undefined, regions: [] });
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      `error decoding 'timeout': time: invalid duration ""`,
    ]);
  });

  it("reports parse errors with mapstructure's texts", () => {
    expect(messages('{"flag":"yes"}')).toEqual([
      `cannot parse 'flag' as bool: strconv.ParseBool: parsing "yes": invalid syntax`,
    ]);
    expect(messages('{"tri":"maybe"}')).toEqual([
      `error decoding 'tri': Error parsing bool from given var: strconv.ParseBool: parsing "maybe": invalid syntax`,
    ]);
    expect(messages('{"port":"abc"}')).toEqual([
      `cannot parse 'port' as int: strconv.ParseInt: parsing "abc": invalid syntax`,
    ]);
    expect(messages('{"port":"99999999999999999999"}')).toEqual([
      `cannot parse 'port' as int: strconv.ParseInt: parsing "99999999999999999999": value out of range`,
    ]);
    expect(messages('{"port":" 5"}')).toEqual([
      `cannot parse 'port' as int: strconv.ParseInt: parsing " 5": invalid syntax`,
    ]);
    expect(messages('{"timeout":"abc"}')).toEqual([`error decoding 'timeout': time: invalid duration "abc"`]);
    expect(messages('{"timeout":"5"}')).toEqual([
      `error decoding 'timeout': time: missing unit in duration "5"`,
    ]);
  });

  it("reports unconvertible types with Go's type names and %v values", () => {
    expect(messages('{"name_s":["a"]}')).toEqual([
      `'name_s' expected type 'string', got unconvertible type '[]interface {}', value: '[a]'`,
    ]);
    expect(messages('{"name_s":{"a":1}}')).toEqual([
      `'name_s' expected type 'string', got unconvertible type 'map[interface {}]interface {}', value: 'map[a:1]'`,
    ]);
    expect(messages('{"flag":[1]}')).toEqual([
      `'flag' expected type 'bool', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
    expect(messages('{"port":[1]}')).toEqual([
      `'port' expected type 'int', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
    expect(messages('{"timeout":[1]}')).toEqual([
      `'timeout' expected type 'time.Duration', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
    expect(messages('{"tri":{"a":[1,2.5,true,null,"s"],"b":{"c":1000000}}}')).toEqual([
      `'tri' expected type 'config.Trilean', got unconvertible type 'map[interface {}]interface {}', value: 'map[a:[1 2.5 true <nil> s] b:map[c:1e+06]]'`,
    ]);
    expect(messages('{"regions":{"a":1}}')).toEqual([
      `'regions[0]' expected type 'string', got unconvertible type 'map[interface {}]interface {}', value: 'map[a:1]'`,
    ]);
  });

  it("decodes maps, lists of maps merged into a map, and reports map errors", () => {
    expect(decode('{"tags":[{"a":"b"},{"c":5}]}').value.tags).toEqual({ a: "b", c: "5" });
    expect(messages('{"tags":"a"}')).toEqual([`'tags' expected a map, got 'string'`]);
    expect(messages('{"tags":[1]}')).toEqual([`'tags[0]' expected a map, got 'float64'`]);
    expect(messages('{"tags":["a"]}')).toEqual([`'tags[0]' expected a map, got 'string'`]);
    expect(messages('{"tags":{"a":[1]}}')).toEqual([
      `'tags[<interface {} Value>]' expected type 'string', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
  });

  it("decodes nested objects and lists of objects (an object alone is a one-item list)", () => {
    const r = decode('{"system":{"disk_size":"40"},"disks":{"disk_size":5,"disk_encrypted":"1"}}');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.system).toMatchObject({ disk_size: 40 });
    expect(r.value.disks).toMatchObject([{ disk_size: 5, disk_encrypted: true }]);
    expect(messages('{"system":"x","disks":"x"}')).toEqual([
      `'system' expected a map, got 'string'`,
      `'disks[0]' expected a map, got 'string'`,
    ]);
    expect(messages('{"system":[{"disk_size":1}],"disks":[[1]]}')).toEqual([
      `'system' expected a map, got 'slice'`,
      `'disks[0]' expected a map, got 'slice'`,
    ]);
    expect(messages('{"disks":[{"disk_size":"x","disk_encrypted":"x"}],"system":{"disk_size":[1]}}')).toEqual(
      [
        `cannot parse 'disks[0].disk_size' as int: strconv.ParseInt: parsing "x": invalid syntax`,
        `error decoding 'disks[0].disk_encrypted': Error parsing bool from given var: strconv.ParseBool: parsing "x": invalid syntax`,
        `'system.disk_size' expected type 'int', got unconvertible type '[]interface {}', value: '[1]'`,
      ],
    );
  });

  it("reports unknown keys, nested ones by their full name; ignores type and packer_* at the top", () => {
    expect(
      messages(
        '{"type":"x","packer_build_name":"y","bogus":1,"disks":[{"disk_foo":1,"type":2}],"system":{"zz":1}}',
      ),
    ).toEqual([
      `unknown configuration key: '"bogus"'`,
      `unknown configuration key: '"disks[0].disk_foo"'`,
      `unknown configuration key: '"disks[0].type"'`,
      `unknown configuration key: '"system.zz"'`,
    ]);
    const r = decodeConfig(obj('{"name":"n"}'), spec, { file: "t.json", ignoreKeys: ["name"] });
    expect(r.diagnostics).toEqual([]);
  });

  it("reports unknown keys only when every value decoded and rendered (observed)", () => {
    // mapstructure's Unused is looked at only after a successful decode; a render failure ends
    // Packer's decoding before that.
    expect(messages('{"bogus":1,"port":"x","system":{"zz":1}}')).toEqual([
      `cannot parse 'port' as int: strconv.ParseInt: parsing "x": invalid syntax`,
    ]);
    expect(messages('{"bogus":1,"disks":[{"disk_size":[1]}]}')).toEqual([
      `'disks[0].disk_size' expected type 'int', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
    const failing = (t: string) => {
      if (t.includes("{{"))
        throw new InterpolateError('template: root:1: function "foo" not defined', {
          kind: "parse",
          line: 1,
          detail: 'function "foo" not defined',
        });
      return t;
    };
    expect(decode('{"bogus":1,"name_s":"{{foo}}"}', failing).diagnostics.map((d) => d.message)).toEqual([
      `invalid 'name_s': template: root:1: function "foo" not defined in:\n\n{{foo}}`,
    ]);
  });

  it("reports keys packer fix rewrites as deprecated when the plugin type has them (observed texts)", () => {
    const fix =
      "Please call `packer fix` against your template to update your template to be compatible with the " +
      "current version of Packer. Visit https://www.packer.io/docs/commands/fix/ for more detail.";
    const withType = (text: string, pluginType?: string, s: ConfigSpec = spec) =>
      decodeConfig(obj(text), s, { file: "t.json", pluginType }).diagnostics.map((d) => d.message);
    const text = '{"ssh_key_path":"k","bogus":1,"system":{"iso_md5":"a"},"filename":"f"}';
    expect(withType(text, "shell")).toEqual([
      `Deprecated configuration key: 'ssh_key_path'. ${fix}`,
      `unknown configuration key: '"bogus"'`,
      `unknown configuration key: '"system.iso_md5"'`,
      `unknown configuration key: '"filename"'`,
    ]);
    // No plugin type (shell-local): plain unknown keys.
    expect(withType(text)[0]).toBe(`unknown configuration key: '"ssh_key_path"'`);
    // The manifest's own entry, with our hint when the replacement is a field of the spec.
    expect(
      withType('{"filename":"f"}', "packer.post-processor.manifest", { output: { type: "string" } }),
    ).toEqual([`Deprecated configuration key: 'filename'. ${fix} (image-build: use 'output' instead)`]);
    expect(withType('{"filename":"f"}', "packer.post-processor.manifest")).toEqual([
      `Deprecated configuration key: 'filename'. ${fix}`,
    ]);
    // A builder: hints only where packer fix renames to a field we have.
    expect(
      withType('{"ssh_disable_agent":true,"ssh_wait_timeout":"5m"}', "alibaba.alicloud", {
        ssh_disable_agent_forwarding: { type: "bool" },
      }),
    ).toEqual([
      `Deprecated configuration key: 'ssh_disable_agent'. ${fix} (image-build: use 'ssh_disable_agent_forwarding' instead)`,
      `Deprecated configuration key: 'ssh_wait_timeout'. ${fix}`,
    ]);
  });

  it("positions every diagnostic at the offending value (unknown keys at the key)", () => {
    const bogus = decode('{\n  "port": "7",\n  "bogus": 1\n}');
    expect(bogus.diagnostics).toEqual([expect.objectContaining({ line: 3, column: 3, path: "bogus" })]);
    const r = decode('{\n  "port": "abc",\n  "disks": [{}, {"disk_size": [1]}]\n}');
    expect(r.diagnostics).toEqual([
      {
        file: "t.json",
        line: 2,
        column: 11,
        path: "port",
        message: `cannot parse 'port' as int: strconv.ParseInt: parsing "abc": invalid syntax`,
        severity: "error",
      },
      expect.objectContaining({ line: 3, column: 31, path: "disks[1].disk_size" }),
    ]);
    expect(r.positionOf("disks[1].disk_size")).toMatchObject({
      path: "disks[1].disk_size",
      pos: { line: 3, column: 31 },
    });
    expect(r.positionOf("port")).toMatchObject({ pos: { line: 2, column: 11 } });
    expect(r.positionOf("name_s")).toMatchObject({ path: "", pos: { line: 1, column: 1 } });
  });

  it("renders every string (and nested keys) except noRender fields, before decoding", () => {
    const seen: string[] = [];
    const r = decode(
      '{"name_s":"{{x}}","port":"{{n}}","run_command":["{{x}}"],"system":{"{{k}}":"1"},"tags":{"a":"{{x}}"}}',
      (t) => {
        seen.push(t);
        return t.replace("{{x}}", "X").replace("{{n}}", "7").replace("{{k}}", "disk_size");
      },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({
      name_s: "X",
      port: 7,
      run_command: ["{{x}}"],
      system: { disk_size: 1 },
      tags: { a: "X" },
    });
    expect(seen).not.toContain("{{x}}x");
  });

  it("does not render top-level keys (Packer reports them raw)", () => {
    const r = decode('{"{{k}}":1}', (t) => t.replace("{{k}}", "port"));
    expect(r.diagnostics.map((d) => d.message)).toEqual([`unknown configuration key: '"{{k}}"'`]);
  });

  it("turns a render failure into a positioned diagnostic", () => {
    const r = decodeConfig(obj('{"name_s": "{{env `HOME`}}"}'), spec, {
      file: "t.json",
      render: () => {
        throw new Error("env vars are not allowed here");
      },
    });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        message: "render 'name_s': env vars are not allowed here in:\n\n{{env `HOME`}}",
        line: 1,
        column: 12,
      }),
    ]);
  });

  it("names the top-level key in render errors; parse errors read 'invalid' (observed)", () => {
    const fail = (t: string) => {
      if (t.includes("{{foo}}")) {
        throw new InterpolateError('template: root:1: function "foo" not defined', {
          kind: "parse",
          line: 1,
          detail: 'function "foo" not defined',
        });
      }
      return t;
    };
    const r = decodeConfig(obj('{"regions":["a","{{foo}}"],"system":{"disk_name":"x {{foo}} y"}}'), spec, {
      file: "t.json",
      render: fail,
    });
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["regions[1]", `invalid 'regions': template: root:1: function "foo" not defined in:\n\n{{foo}}`],
      [
        "system.disk_name",
        `invalid 'system': template: root:1: function "foo" not defined in:\n\nx {{foo}} y`,
      ],
    ]);
  });

  it("never puts a secret field's value in a message (where Packer would print it)", () => {
    expect(messages('{"password":["hunter2"]}')).toEqual([
      `'password' expected type 'string', got unconvertible type '[]interface {}', value: '<sensitive>'`,
    ]);
    const r = decodeConfig(obj('{"password":"hunter2{{bad}}"}'), spec, {
      file: "t.json",
      render: () => {
        throw new Error("boom");
      },
    });
    expect(r.diagnostics.map((d) => d.message)).toEqual(["render 'password': boom in:\n\n<sensitive>"]);
  });

  it("collects secrets and keeps the last duplicate", () => {
    const r = decode('{"password":"a","password":"s3cret","name_s":"x"}');
    expect(r.value.password).toBe("s3cret");
    expect(r.secrets).toEqual(["s3cret"]);
  });

  it("keeps decoding other fields after an error and returns partial values", () => {
    const r = decode('{"port":"x","name_s":"ok"}');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.value.name_s).toBe("ok");
    expect(r.value.port).toBe(22);
  });
});

describe("parseGoDuration (Go's time.ParseDuration)", () => {
  it.each([
    ["5m", 300_000_000_000n],
    ["1h30m", 5_400_000_000_000n],
    ["1.5h", 5_400_000_000_000n],
    ["-1s", -1_000_000_000n],
    ["+2ms", 2_000_000n],
    ["0", 0n],
    ["-0", 0n],
    ["1h2m3.5s4ms5us6ns7µs", 3_723_504_012_006n],
    ["1μs", 1_000n],
    [".5s", 500_000_000n],
    ["1.s", 1_000_000_000n],
    ["2562047h47m16.854775807s", 9_223_372_036_854_775_807n],
  ])("%s", (text, ns) => {
    expect(parseGoDuration(text)).toBe(ns);
  });

  it.each([
    ["", `time: invalid duration ""`],
    ["abc", `time: invalid duration "abc"`],
    [".s", `time: invalid duration ".s"`],
    ["5", `time: missing unit in duration "5"`],
    ["1x", `time: unknown unit "x" in duration "1x"`],
    ["5é", `time: unknown unit "\\xc3\\xa9" in duration "5\\xc3\\xa9"`],
    ["5\u0001s", `time: unknown unit "\\x01s" in duration "5\\x01s"`],
    ["9999999999h", `time: invalid duration "9999999999h"`],
    ["1s-", `time: unknown unit "s-" in duration "1s-"`],
    ["99999999999999999999s", `time: invalid duration "99999999999999999999s"`],
  ])("%j fails with Go's text", (text, message) => {
    expect(() => parseGoDuration(text)).toThrow(message);
  });

  it("formats like Duration.String()", () => {
    expect(formatGoDuration(300_000)).toBe("5m0s");
    expect(formatGoDuration(5_400_000)).toBe("1h30m0s");
    expect(formatGoDuration(1500)).toBe("1.5s");
    expect(formatGoDuration(0.0006)).toBe("600ns");
    expect(formatGoDuration(0)).toBe("0s");
  });
});

describe("Go formatting helpers", () => {
  it("goParseInt follows strconv.ParseInt(s, 0, 64)", () => {
    expect(goParseInt("0x10")).toBe(16);
    expect(goParseInt("017")).toBe(15);
    expect(goParseInt("0b11")).toBe(3);
    expect(goParseInt("0o17")).toBe(15);
    expect(goParseInt("1_000")).toBe(1000);
    expect(goParseInt("+5")).toBe(5);
    expect(goParseInt("-5")).toBe(-5);
    expect(goParseInt("0")).toBe(0);
    expect(goParseInt("1__0")).toBe("invalid syntax");
    expect(goParseInt("5.0")).toBe("invalid syntax");
    expect(goParseInt("1e3")).toBe("invalid syntax");
    expect(goParseInt("08")).toBe("invalid syntax");
    expect(goParseInt("0x")).toBe("invalid syntax");
    // Observed with Packer 1.6.6: "0x_1" accepted, "0b" and "1_" rejected.
    expect(goParseInt("0x_1")).toBe(1);
    expect(goParseInt("0b")).toBe("invalid syntax");
    expect(goParseInt("1_")).toBe("invalid syntax");
  });

  it("formats floats as Go does", () => {
    expect(goFormatFloatV(1)).toBe("1");
    expect(goFormatFloatV(2.5)).toBe("2.5");
    expect(goFormatFloatV(1e6)).toBe("1e+06");
    expect(goFormatFloatV(123456)).toBe("123456");
    expect(goFormatFloatV(1234567)).toBe("1.234567e+06");
    expect(goFormatFloatV(0.00001)).toBe("1e-05");
    expect(goFormatFloatF(1e21)).toBe("1000000000000000000000");
    expect(goFormatFloatF(1e-7)).toBe("0.0000001");
    expect(goFormatFloatF(-5.25)).toBe("-5.25");
  });

  it('quotes like strconv.Quote (observed: parsing "\\ax\\"é")', () => {
    expect(goQuote('\u0007x"é')).toBe('"\\ax\\"é"');
    expect(goQuote("a\u0001")).toBe('"a\\x01"');
  });
});
