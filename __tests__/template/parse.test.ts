/**
 * Template structure rules, with the texts Packer 1.6.6 prints for them (observed with
 * `packer validate` on small templates; see the comments on each case).
 */
import { describe, expect, it } from "vitest";
import { DiagnosticBag } from "../../src/template/diagnostics.js";
import { parseJson } from "../../src/template/json/parse.js";
import { type ParsedTemplate, parseTemplate, validateTemplate } from "../../src/template/json/template.js";

function parse(text: string): { t?: ParsedTemplate; msgs: string[]; diags: DiagnosticBag["items"] } {
  const bag = new DiagnosticBag("t.json");
  const t = parseTemplate(parseJson(text), bag);
  if (t) validateTemplate(t, bag);
  return { t, msgs: bag.items.map((d) => d.message), diags: bag.items };
}

const B = `"builders":[{"type":"null"}]`;

describe("root keys", () => {
  it("reports unknown root keys sorted, accepts _ comments (packer: Unknown root level key in template: 'bar')", () => {
    const { t, msgs, diags } = parse(`{${B}, "foo": 1, "_c": "x", "bar": 2}`);
    expect(msgs).toEqual([
      "Unknown root level key in template: 'bar'",
      "Unknown root level key in template: 'foo'",
    ]);
    expect(diags[0]).toMatchObject({ line: 1, column: 53, path: "bar" });
    expect(t?.comments).toEqual({ _c: "x" });
  });

  it("requires comment values to be strings", () => {
    const { msgs, diags } = parse(`{${B}, "_c": 5}`);
    expect(msgs).toEqual([`Failed to cast root level comment value in comment "_c" to string.`]);
    expect(diags[0]).toMatchObject({ path: "_c", column: 38 });
  });

  it("matches root keys case-insensitively as mapstructure does", () => {
    const { t, msgs } = parse(`{"BUILDERS":[{"type":"null"}], "Description": "d", "VARIABLES": {"a": "b"}}`);
    expect(msgs).toEqual([]);
    expect(t?.builders.map((b) => b.type)).toEqual(["null"]);
    expect(t?.description).toBe("d");
    expect(t?.variables.map((v) => v.name)).toEqual(["a"]);
  });

  it("reports mapstructure type errors on root keys", () => {
    // packer: * 'min_packer_version' expected type 'string', got unconvertible type 'float64', value: '5'
    const { msgs } = parse(
      `{"min_packer_version":5,"description":true,"builders":{},"push":5,"variables":[],"provisioners":"x","post-processors":{},"sensitive-variables":[5],"comments":5}`,
    );
    expect(msgs).toEqual([
      "'min_packer_version' expected type 'string', got unconvertible type 'float64', value: '5'",
      "'Description' expected type 'string', got unconvertible type 'bool', value: 'true'",
      "'Comments': source data must be an array or slice, got float64",
      "'Push' expected a map, got 'float64'",
      "'Variables' expected a map, got 'slice'",
      "'sensitive-variables[0]' expected type 'string', got unconvertible type 'float64', value: '5'",
      "'builders': source data must be an array or slice, got map",
      "'post-processors': source data must be an array or slice, got map",
      "'Provisioners': source data must be an array or slice, got string",
      "at least one builder must be defined",
    ]);
  });

  it("rejects a root that is not an object", () => {
    expect(parse("5").msgs).toEqual(["'' expected a map, got 'float64'"]);
    expect(parse("[]").msgs).toEqual(["'' expected a map, got 'slice'"]);
  });

  it("accepts push (ignored by 1.6.6) and keeps it", () => {
    const { t, msgs } = parse(`{${B}, "push": {"name": "x"}}`);
    expect(msgs).toEqual([]);
    expect(t?.push?.members[0].key).toBe("name");
  });
});

describe("duplicate fields", () => {
  it("reports every duplicate key, at the repeated key (packer: template has duplicate field: x)", () => {
    const { msgs, diags } = parse(`{"builders":[{"type":"null","x":1,"x":2}],\n "a":{"y":1,"y":2}}`);
    expect(msgs).toContain("template has duplicate field: x");
    expect(msgs).toContain("template has duplicate field: y");
    const x = diags.find((d) => d.message.endsWith(": x"));
    expect(x).toMatchObject({ line: 1, column: 35, path: "builders[0].x" });
  });

  it("reports numbers a float64 cannot hold (packer: json: cannot unmarshal number 1e400 into Go value of type float64)", () => {
    expect(parse(`{"builders":[{"type":"null","x":1e400}]}`).msgs).toEqual([
      "json: cannot unmarshal number 1e400 into Go value of type float64",
    ]);
  });

  it("reports a duplicated root key", () => {
    expect(parse(`{${B},${B}}`).msgs).toContain("template has duplicate field: builders");
  });
});

describe("builders", () => {
  it("requires at least one builder", () => {
    // packer: * at least one builder must be defined
    expect(parse(`{"builders":[]}`).msgs).toEqual(["at least one builder must be defined"]);
    expect(parse(`{}`).diags[0]).toMatchObject({
      line: 1,
      column: 1,
      message: "at least one builder must be defined",
    });
    expect(parse(`{"builders":null}`).msgs).toEqual(["at least one builder must be defined"]);
  });

  it("requires a type and unique names (packer: builder 1: missing 'type' / builder 3: ... already exists)", () => {
    const { t, msgs, diags } = parse(`{"builders":[{"c":1},{"type":"null"},{"type":"null"}]}`);
    expect(msgs).toEqual(["builder 1: missing 'type'", "builder 3: builder with name 'null' already exists"]);
    expect(diags[0].path).toBe("builders[0]");
    expect(t?.builders).toHaveLength(1);
  });

  it("defaults the name to the type and strips name/type from the config", () => {
    const { t } = parse(
      `{"builders":[{"type":"alicloud-ecs","name":"","region":"x"},{"type":"alicloud-ecs","name":"b"}]}`,
    );
    expect(t?.builders.map((b) => [b.rawName, b.type, b.index])).toEqual([
      ["alicloud-ecs", "alicloud-ecs", 0],
      ["b", "alicloud-ecs", 1],
    ]);
    expect(t?.builders[0].config.members.map((m) => m.key)).toEqual(["region"]);
    expect(t?.builders[0].config.members[0].path).toBe("builders[0].region");
  });

  it("weak-decodes type and name (packer runs a builder named '5', type true becomes '1')", () => {
    const { t } = parse(`{"builders":[{"type":"null","name":5},{"type":true}]}`);
    expect(t?.builders.map((b) => [b.rawName, b.type])).toEqual([
      ["5", "null"],
      ["1", "1"],
    ]);
  });

  it("reports builders that are not objects", () => {
    // packer: * builder 1: '' expected a map, got 'float64'
    expect(parse(`{"builders":[5]}`).msgs).toEqual(["builder 1: '' expected a map, got 'float64'"]);
    // packer: * builder 1: 1 error(s) decoding: * 'Type' expected type 'string', got unconvertible type '[]interface {}', value: '[]'
    expect(parse(`{"builders":[{"type":[]}]}`).msgs).toEqual([
      "builder 1: 'Type' expected type 'string', got unconvertible type '[]interface {}', value: '[]'",
    ]);
    // Packer 1.6.6 panics on a null builder; we report it as missing its type.
    expect(parse(`{"builders":[{"type":"null"},null]}`).msgs).toEqual(["builder 2: missing 'type'"]);
  });
});

describe("variables", () => {
  it("requires string defaults (packer: variable n: '' expected type 'string', got unconvertible type 'float64', value: '5')", () => {
    const { t, msgs } = parse(
      `{${B},"variables":{"n":5,"b":true,"o":{},"l":[1],"s":"x","r":null,"big":100000000,"m":{"k":[1,"a"]}}}`,
    );
    expect(msgs).toEqual([
      "variable n: '' expected type 'string', got unconvertible type 'float64', value: '5'",
      "variable b: '' expected type 'string', got unconvertible type 'bool', value: 'true'",
      "variable o: '' expected type 'string', got unconvertible type 'map[string]interface {}', value: 'map[]'",
      "variable l: '' expected type 'string', got unconvertible type '[]interface {}', value: '[1]'",
      "variable big: '' expected type 'string', got unconvertible type 'float64', value: '1e+08'",
      "variable m: '' expected type 'string', got unconvertible type 'map[string]interface {}', value: 'map[k:[1 a]]'",
    ]);
    expect(t?.variables.map((v) => [v.name, v.default, v.required])).toEqual([
      ["s", "x", false],
      ["r", "", true],
    ]);
  });

  it("marks sensitive variables", () => {
    const { t } = parse(`{${B},"variables":{"a":"1","b":"2"},"sensitive-variables":["b","zz"]}`);
    expect(t?.variables.map((v) => v.sensitive)).toEqual([false, true]);
    expect(t?.sensitiveVariables).toEqual(["b", "zz"]);
  });
});

describe("provisioners", () => {
  it("requires a type and an object (packer: provisioner 1: Provisioner missing 'type')", () => {
    const { msgs } = parse(`{${B},"provisioners":[{"inline":["x"]},5,null]}`);
    expect(msgs).toEqual([
      "provisioner 1: Provisioner missing 'type'",
      "provisioner 2: Error decoding provisioner: '' expected a map, got 'float64'",
      "provisioner 3: Provisioner missing 'type'",
    ]);
  });

  it("extracts the generic keys", () => {
    const { t, msgs } = parse(
      `{"builders":[{"type":"null"},{"type":"null","name":"b"}],"provisioners":[{"type":"shell","inline":["a"],"only":"b","pause_before":"1m30s","max_retries":3,"timeout":"5s","override":{"b":{"inline":["z"]}}}]}`,
    );
    expect(msgs).toEqual([]);
    const p = t!.provisioners[0];
    expect(p.type).toBe("shell");
    expect(p.only).toEqual(["b"]);
    expect(p.except).toEqual([]);
    expect(p.pauseBefore).toBe(90_000);
    expect(p.timeout).toBe(5_000);
    expect(p.maxRetriesRaw).toBe("3");
    expect(p.config.members.map((m) => m.key)).toEqual(["inline"]);
    expect(Object.keys(p.override)).toEqual(["b"]);
    expect(p.override.b.members[0].path).toBe("provisioners[0].override.b.inline");
  });

  it("reports bad durations with Go's text", () => {
    // packer: * error decoding 'pause_before': time: unknown unit "x" in duration "5x"
    const { msgs, diags } = parse(
      `{${B},"provisioners":[{"type":"shell","pause_before":"5x"},{"type":"shell","timeout":""}]}`,
    );
    expect(msgs).toEqual([
      `provisioner 1: Error decoding provisioner: error decoding 'pause_before': time: unknown unit "x" in duration "5x"`,
      `provisioner 2: Error decoding provisioner: error decoding 'timeout': time: invalid duration ""`,
    ]);
    expect(diags[0].path).toBe("provisioners[0].pause_before");
  });

  it("reports mapstructure errors on the generic keys", () => {
    const { msgs } = parse(
      `{${B},"provisioners":[{"type":"s","only":{"a":"b"}},{"type":"s","only":[[]]},{"type":"s","pause_before":[]},{"type":"s","max_retries":[]},{"type":"s","override":5},{"type":"s","config":5}]}`,
    );
    expect(msgs).toEqual([
      "provisioner 1: Error decoding provisioner: 'Only[0]' expected type 'string', got unconvertible type 'map[string]interface {}', value: 'map[a:b]'",
      "provisioner 2: Error decoding provisioner: 'Only[0]' expected type 'string', got unconvertible type '[]interface {}', value: '[]'",
      "provisioner 3: Error decoding provisioner: 'pause_before' expected type 'time.Duration', got unconvertible type '[]interface {}', value: '[]'",
      "provisioner 4: Error decoding provisioner: 'max_retries' expected type 'string', got unconvertible type '[]interface {}', value: '[]'",
      "provisioner 5: Error decoding provisioner: 'Override' expected a map, got 'float64'",
      "provisioner 6: Error decoding provisioner: 'Config' expected a map, got 'float64'",
    ]);
  });

  it("accepts weak forms: a string or number for only, an empty map, a number duration (ns)", () => {
    const { t, msgs } = parse(
      `{"builders":[{"type":"null"},{"type":"null","name":"5"}],"provisioners":[{"type":"s","only":"null"},{"type":"s","only":5},{"type":"s","only":{}},{"type":"s","pause_before":5000000,"max_retries":true}]}`,
    );
    expect(msgs).toEqual([]);
    expect(t?.provisioners.map((p) => p.only)).toEqual([["null"], ["5"], [], []]);
    expect(t?.provisioners[3].pauseBefore).toBe(5);
    expect(t?.provisioners[3].maxRetriesRaw).toBe("1");
  });

  it("checks only/except/override names against the raw builder names", () => {
    // packer: * provisioner 1: 'only' specified builder 'q' not found
    const { msgs, diags } = parse(
      `{${B},"provisioners":[{"type":"s","only":["null","q"]},{"type":"s","only":["null"],"except":["z"]},{"type":"s","except":["z"]},{"type":"s","override":{"null":{},"zz":{}}},{"type":"s","Only":["w"]}]}`,
    );
    expect(msgs).toEqual([
      "provisioner 1: 'only' specified builder 'q' not found",
      "provisioner 2: only one of 'only' or 'except' may be specified",
      "provisioner 3: 'except' specified builder 'z' not found",
      "provisioner 4: override 'zz' doesn't exist",
      "provisioner 5: 'only' specified builder 'w' not found",
    ]);
    expect(diags[0].path).toBe("provisioners[0].only[1]");
    expect(diags[3].path).toBe("provisioners[3].override.zz");
  });

  it("reports a non-object override entry with Packer's prepare text", () => {
    // packer: Error decoding config: '' expected a map, got 'float64'
    expect(parse(`{${B},"provisioners":[{"type":"s","override":{"null":5}}]}`).msgs).toEqual([
      "provisioner 1: Error decoding config: '' expected a map, got 'float64'",
    ]);
  });

  it("parses the error-cleanup-provisioner", () => {
    const ok = parse(`{${B},"error-cleanup-provisioner":{"type":"shell-local","inline":["x"]}}`);
    expect(ok.t?.errorCleanupProvisioner?.type).toBe("shell-local");
    expect(ok.t?.errorCleanupProvisioner?.index).toBe(-1);
    // packer: * On Error Cleanup Provisioner error: Provisioner missing 'type'
    expect(parse(`{${B},"error-cleanup-provisioner":{}}`).msgs).toEqual([
      "On Error Cleanup Provisioner error: Provisioner missing 'type'",
    ]);
    // packer: * On Error Cleanup Provisioner error: Error decoding provisioner: ... error decoding 'pause_before': time: invalid duration "x"
    expect(parse(`{${B},"error-cleanup-provisioner":{"type":"s","pause_before":"x"}}`).msgs).toEqual([
      `On Error Cleanup Provisioner error: Error decoding provisioner: error decoding 'pause_before': time: invalid duration "x"`,
    ]);
    // packer validate passes: Template.Validate does not look at the cleanup provisioner's only/except.
    expect(parse(`{${B},"error-cleanup-provisioner":{"type":"s","only":["zz"]}}`).msgs).toEqual([]);
    // packer validate passes: a null override is an empty one.
    expect(parse(`{${B},"provisioners":[{"type":"s","override":{"null":null}}]}`).msgs).toEqual([]);
    expect(parse(`{${B},"error-cleanup-provisioner":5}`).msgs).toEqual([
      "On Error Cleanup Provisioner error: Error decoding provisioner: '' expected a map, got 'float64'",
    ]);
  });
});

describe("post-processors", () => {
  it("accepts the string, object and sequence forms", () => {
    const { t, msgs } = parse(
      `{${B},"post-processors":["manifest",{"type":"shell-local","name":"x","keep_input_artifact":true,"inline":["a"]},["a",{"type":"b","only":["null"]}],[]]}`,
    );
    expect(msgs).toEqual([]);
    const pps = t!.postProcessors;
    expect(pps.map((s) => s.map((p) => `${p.index}.${p.subIndex}:${p.type}/${p.name}`))).toEqual([
      ["0.0:manifest/manifest"],
      ["1.0:shell-local/x"],
      ["2.0:a/a", "2.1:b/b"],
      [],
    ]);
    expect(pps[1][0].keepInputArtifact).toBe(true);
    expect(pps[1][0].config.members.map((m) => m.key)).toEqual(["inline"]);
    expect(pps[2][1].only).toEqual(["null"]);
  });

  it("reports bad forms and nesting (packer: post-processor 2.1: sequence not allowed to be nested in a sequence)", () => {
    const { msgs } = parse(
      `{${B},"post-processors":[5,[[]],["a",5,true,{"only":["null"]}],null,[null],{"name":"x"}]}`,
    );
    expect(msgs).toEqual([
      "post-processor 1: bad format",
      "post-processor 2.1: sequence not allowed to be nested in a sequence",
      "post-processor 3.2: unknown format",
      "post-processor 3.3: unknown format",
      "post-processor 4: bad format",
      "post-processor 5.1: unknown format",
      "post-processor 6.1: type is required",
    ]);
  });

  it("decodes strictly (packer: 'Only': source data must be an array or slice, got string)", () => {
    const { msgs } = parse(
      `{${B},"post-processors":[{"type":"s","only":"null"},{"type":"s","keep_input_artifact":"true"},{"type":"s","name":5},{"type":5}]}`,
    );
    expect(msgs).toEqual([
      "post-processor 1.1: 'Only': source data must be an array or slice, got string",
      "post-processor 2.1: 'keep_input_artifact' expected type 'bool', got unconvertible type 'string', value: 'true'",
      "post-processor 3.1: 'Name' expected type 'string', got unconvertible type 'float64', value: '5'",
      "post-processor 4.1: 'Type' expected type 'string', got unconvertible type 'float64', value: '5'",
    ]);
  });

  it("checks only/except names (packer: post-processor 1.1: only one of 'only' or 'except' may be specified)", () => {
    const { msgs } = parse(
      `{${B},"post-processors":[{"type":"s","only":["nope"],"except":["zz"]},{"type":"s","only":["nope"]}]}`,
    );
    expect(msgs).toEqual([
      "post-processor 1.1: only one of 'only' or 'except' may be specified",
      "post-processor 2.1: 'only' specified builder 'nope' not found",
    ]);
  });
});
