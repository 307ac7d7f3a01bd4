/**
 * loadTemplate end to end: files, var files, `-var`, validation order, variable rendering, build
 * names, `max_retries` and the `-only`/`-except` selection. The expected texts are those Packer
 * 1.6.6 prints for the same input (observed with `packer validate`/`packer build` on the null
 * builder; the command is noted on each case).
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templateContext } from "../../src/template/context.js";
import { interpolate } from "../../src/template/interpolate/index.js";
import { type LoadOptions, loadTemplate } from "../../src/template/load.js";

const B = `"builders":[{"type":"null"}]`;
const START = new Date("2026-01-02T03:04:05Z");

function load(text: string, opts: Partial<LoadOptions> = {}) {
  const r = loadTemplate({ path: "t.json", text, env: {}, cwd: "/work", startTime: START, ...opts });
  return { ...r, msgs: r.diagnostics.map((d) => d.message) };
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ib-load-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("reading", () => {
  it("reports JSON syntax errors with Go's text at the offending character", () => {
    // packer: Failed to parse template: Error parsing JSON: invalid character '}' looking for beginning of object key string
    const r = load('{\n  "builders": [\n    {"type": "null",}\n  ]\n}\n');
    expect(r.template).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        file: "t.json",
        line: 3,
        column: 21,
        path: "",
        message: "Error parsing JSON: invalid character '}' looking for beginning of object key string",
        severity: "error",
      },
    ]);
    expect(load("").msgs).toEqual(["Error parsing JSON: unexpected end of JSON input"]);
  });

  it("reports documents nested too deeply for the parser instead of throwing", () => {
    const n = 50_000;
    const r = load(`{"builders":[{"type":"null","x":${"[".repeat(n)}${"]".repeat(n)}}]}`);
    expect(r.msgs).toEqual(["Error parsing JSON: the document nests too deeply"]);
  });

  it('reports a missing template file (packer: "nope.json": stat nope.json: no such file or directory)', () => {
    const dir = tmp({});
    const r = loadTemplate({ path: "nope.json", cwd: dir });
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      '"nope.json": stat nope.json: no such file or directory',
    ]);
    expect(r.diagnostics[0]).toMatchObject({ file: "nope.json", line: 1, column: 1 });
  });

  it("refuses HCL2 templates", () => {
    const dir = tmp({ "a.pkr.hcl": "source {}" });
    expect(loadTemplate({ path: "a.pkr.hcl", cwd: dir }).diagnostics[0].message).toMatch(
      /HCL2 templates are not supported/,
    );
  });

  it("reads the template relative to cwd and records its absolute path and directory", () => {
    const dir = tmp({ "sub/t.json": `{${B}}` });
    const r = loadTemplate({ path: "sub/t.json", cwd: dir });
    expect(r.diagnostics).toEqual([]);
    expect(r.template?.path).toBe(path.join(dir, "sub/t.json"));
    expect(r.template?.dir).toBe(path.join(dir, "sub"));
  });

  it("reports a missing var file (packer: open nope.json: no such file or directory)", () => {
    const dir = tmp({ "t.json": `{${B}}` });
    const r = loadTemplate({ path: "t.json", cwd: dir, varFiles: ["nope.json"] });
    expect(r.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ["nope.json", "open nope.json: no such file or directory"],
    ]);
  });
});

describe("validation", () => {
  it("checks min_packer_version at its value", () => {
    // packer: This template requires Packer version 1.7.0 or higher; using 1.6.6
    const r = load(`{${B},\n "min_packer_version": "1.7.0"}`);
    expect(r.diagnostics).toMatchObject([
      {
        line: 2,
        column: 24,
        path: "min_packer_version",
        message: "This template requires Packer version 1.7.0 or higher; using 1.6.6",
      },
    ]);
  });

  it("reports every missing required variable (packer: required variable not set: r)", () => {
    const r = load(`{${B},"variables":{"r":null,"q":null,"ok":null}}`, { vars: ["ok="] });
    expect(r.msgs).toEqual(["required variable not set: r", "required variable not set: q"]);
    expect(r.diagnostics[0].path).toBe("variables.r");
  });

  it("collects problems from every stage at once", () => {
    const r = load(`{"builders":[],"min_packer_version":"9","foo":1,"variables":{"r":null}}`, {
      vars: ["x"],
    });
    expect(r.msgs).toEqual([
      `invalid value "x" for flag -var: No '=' value in arg: x`,
      "Unknown root level key in template: 'foo'",
      "at least one builder must be defined",
      "This template requires Packer version 9.0.0 or higher; using 1.6.6",
      "required variable not set: r",
    ]);
  });

  it("skips validation and rendering with syntaxOnly (packer validate -syntax-only passes)", () => {
    const r = load(
      `{"builders":[{"type":"null","name":"{{user \`a\`}}"}],"min_packer_version":"9.0","variables":{"r":null,"a":"{{user \`zz\`}}"},"provisioners":[{"type":"shell-local","only":["q"],"max_retries":"x"}]}`,
      { syntaxOnly: true },
    );
    expect(r.msgs).toEqual([]);
    expect(r.template?.builders[0].name).toBe("{{user `a`}}");
    expect(r.template?.values.a).toBe("{{user `zz`}}");
  });

  it("still reports structure errors with syntaxOnly", () => {
    expect(load(`{${B},"foo":1}`, { syntaxOnly: true }).msgs).toEqual([
      "Unknown root level key in template: 'foo'",
    ]);
  });
});

describe("variables", () => {
  const T = `{"variables":{"a":"def","b":"def","r":null},"builders":[{"type":"null","name":"{{user \`a\`}}-{{user \`b\`}}-{{user \`r\`}}-{{user \`u\`}}"}]}`;

  it("applies template default < var files in order < -var, whatever the argument order", () => {
    // packer build -var-file=f1.json -var-file=f2.json -var a=cli -var u=U -> build 'cli-f1-f1-U'
    const dir = tmp({ "t.json": T, "f1.json": '{"a":"f1","b":"f1","r":"f1"}', "f2.json": '{"a":"f2"}' });
    const r = loadTemplate({
      path: "t.json",
      cwd: dir,
      varFiles: ["f1.json", "f2.json"],
      vars: ["a=cli", "u=U"],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.template?.builds.map((b) => b.name)).toEqual(["cli-f1-f1-U"]);
    expect(r.template?.values).toEqual({ a: "cli", b: "f1", r: "f1", u: "U" });
    const f2 = loadTemplate({ path: "t.json", cwd: dir, varFiles: ["f2.json"], vars: { r: "x" } });
    expect(f2.template?.builds[0].name).toBe("f2-def-x-");
  });

  it("positions var file type errors in the var file", () => {
    const dir = tmp({ "t.json": T, "fn.json": '{\n "a": 5\n}' });
    const r = loadTemplate({ path: "t.json", cwd: dir, varFiles: ["fn.json"], vars: ["r=1"] });
    expect(r.diagnostics).toMatchObject([
      {
        file: "fn.json",
        line: 2,
        column: 7,
        path: "a",
        message:
          "Error reading variables in 'fn.json': json: cannot unmarshal number into Go value of type string",
      },
    ]);
  });

  it("renders defaults with env and user references between variables, in any order", () => {
    // packer build: name {{user `a`}} with a={{user `b`}}, b={{user `c`}}x, c=C -> build 'Cx'
    const r = load(
      `{"variables":{"a":"{{user \`b\`}}","b":"{{user \`c\`}}x","c":"C","h":"{{env \`HOME\`}}/{{user \`c\`}}"},"builders":[{"type":"null","name":"{{user \`a\`}}"}]}`,
      { env: { HOME: "/home/me" } },
    );
    expect(r.msgs).toEqual([]);
    expect(r.template?.values).toEqual({ a: "Cx", b: "Cx", c: "C", h: "/home/me/C" });
    expect(r.template?.builds.map((b) => b.name)).toEqual(["Cx"]);
  });

  it("renders -var values too, and lets them reference template variables", () => {
    const r = load(`{"variables":{"a":"A"},${B}}`, { vars: ["x={{user `a`}}!"] });
    expect(r.template?.values.x).toBe("A!");
  });

  it("reports an undefined reference with Packer's text, at the variable", () => {
    // packer validate: Failed to interpolate "a": "{{user `b`}}"; error: template: root:1:2: executing "root" at <user `b`>: ...
    const r = load(`{"variables":{\n "a":"{{user \`b\`}}"},${B}}`);
    expect(r.msgs).toEqual([
      'Failed to interpolate "a": "{{user `b`}}"; error: template: root:1:2: executing "root" at <user `b`>: error calling user: Error: variable not set: b: Please make sure that the variable you\'re referencing has been defined; Packer treats all variables used to interpolate other user variables as required.',
    ]);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 6, path: "variables.a" });
  });

  it("positions a rendering error of a var-file value in the var file, of a -var value on the command line", () => {
    const dir = tmp({ "t.json": `{${B}}`, "v.json": '{\n  "a": "{{user `nope`}}"\n}' });
    const r = loadTemplate({ path: "t.json", cwd: dir, varFiles: ["v.json"] });
    expect(r.diagnostics).toMatchObject([{ file: "v.json", line: 2, column: 8, path: "a" }]);
    expect(r.diagnostics[0].message).toMatch(/^Failed to interpolate "a": "\{\{user `nope`\}\}"; error: /);
    const c = loadTemplate({ path: "t.json", cwd: dir, vars: ["b={{nope}}"] });
    expect(c.diagnostics).toMatchObject([
      {
        file: "<command line>",
        message: `error interpolating default value for 'b': template: root:1: function "nope" not defined`,
      },
    ]);
  });

  it("reports template syntax errors and exec errors in defaults with Packer's texts", () => {
    // packer validate: error interpolating default value for 'a': template: root:1: function "foo" not defined
    expect(load(`{"variables":{"a":"{{foo}}"},${B}}`).msgs).toEqual([
      `error interpolating default value for 'a': template: root:1: function "foo" not defined`,
    ]);
    // packer validate: template: root:1:2: executing "root" at <split `a-b` `-` 5>: error calling split: ...
    expect(load(`{"variables":{"a":"{{split \`a-b\` \`-\` 5}}"},${B}}`).msgs).toEqual([
      'template: root:1:2: executing "root" at <split `a-b` `-` 5>: error calling split: the substring 5 was unavailable using the separator value, -, only 2 values were found',
    ]);
  });

  it("leaves {{ .X }} alone while rendering variables", () => {
    const r = load(`{"variables":{"a":"{{ .Foo }} {{user \`b\`}} {{.Bar}}","b":"B"},${B}}`);
    expect(r.template?.values.a).toBe("{{ .Foo }} B {{.Bar}}");
  });

  it("marks sensitive values as secrets (rendered, non-empty)", () => {
    const r = load(
      `{"variables":{"pw":"{{env \`PW\`}}","key":"","plain":"p"},"sensitive-variables":["pw","key","nope"],${B}}`,
      { env: { PW: "hunter2" } },
    );
    expect(r.template?.secrets).toEqual(["hunter2"]);
    expect(r.template?.variables.map((v) => [v.name, v.sensitive])).toEqual([
      ["pw", true],
      ["key", true],
      ["plain", false],
    ]);
  });
});

describe("builders and provisioners after rendering", () => {
  it("reports a builder name that fails to render (packer: Error interpolating builder '{{ foo }}': ...)", () => {
    const r = load(
      `{"builders":[{"type":"null","name":"{{ foo }}"},{"type":"null","name":"{{env \`HOME\`}}"}]}`,
    );
    expect(r.msgs).toEqual([
      `Error interpolating builder '{{ foo }}': template: root:1: function "foo" not defined`,
      `Error interpolating builder '{{env \`HOME\`}}': template: root:1:2: executing "root" at <env \`HOME\`>: error calling env: env vars are not allowed here`,
    ]);
    expect(r.diagnostics[0].path).toBe("builders[0].name");
  });

  it("renders build names and max_retries until stable, plugin-style values only once", () => {
    // packer build: name "N{{user `z`}}" with z rendering to "{{user `c`}}" -> build 'NC' (and -only=NC selects it);
    // max_retries "{{user `z`}}" with z rendering to "{{user `n`}}", n=5 validates.
    const tpl = {
      variables: { c: "C", n: "5", z: '{{ "{{" }}user `c`{{ "}}" }}', m: '{{ "{{" }}user `n`{{ "}}" }}' },
      builders: [{ type: "null", name: "N{{user `z`}}" }],
      provisioners: [{ type: "s", max_retries: "{{user `m`}}" }],
    };
    const r = load(JSON.stringify(tpl), { only: ["NC"] });
    expect(r.msgs).toEqual([]);
    expect(r.template?.values.z).toBe("{{user `c`}}");
    expect(r.template?.builds.map((b) => b.name)).toEqual(["NC"]);
    expect(r.template?.provisioners[0].maxRetries).toBe(5);
  });

  it("renders an undefined user variable in a builder name as empty", () => {
    expect(load(`{"builders":[{"type":"null","name":"x{{user \`zz\`}}"}]}`).template?.builds[0].name).toBe(
      "x",
    );
  });

  it("refuses two builders whose rendered names collide (Packer silently keeps one)", () => {
    const r = load(
      `{"variables":{"a":"x"},"builders":[{"type":"null","name":"x"},{"type":"null","name":"{{user \`a\`}}"}]}`,
    );
    expect(r.msgs).toEqual(["builder 2: builder with name 'x' already exists"]);
  });

  it("renders and checks max_retries (packer: `max_retries` must be a valid integer: ...)", () => {
    const r = load(
      `{"variables":{"n":"4"},${B},"provisioners":[{"type":"s","max_retries":"{{user \`n\`}}"},{"type":"s","max_retries":"abc"},{"type":"s","max_retries":3.5},{"type":"s","max_retries":"{{nope}}"},{"type":"s"}]}`,
    );
    expect(r.msgs).toEqual([
      '`max_retries` must be a valid integer: strconv.Atoi: parsing "abc": invalid syntax',
      '`max_retries` must be a valid integer: strconv.Atoi: parsing "3.5": invalid syntax',
      'failed to interpolate `max_retries`: template: root:1: function "nope" not defined',
    ]);
    expect(r.template?.provisioners.map((p) => p.maxRetries)).toEqual([4, 0, 0, 0, 0]);
  });
});

describe("-only / -except", () => {
  const T = `{"builders":[{"type":"null","name":"a1"},{"type":"null","name":"b"},{"type":"null","name":"c"}],
    "provisioners":[{"type":"p1","only":["a1"]},{"type":"p2","except":["a1"]},{"type":"p3"}],
    "post-processors":[[{"type":"shell-local","name":"pp1"},{"type":"shell-local"}],["manifest"],[{"type":"x","only":["b"]}]]}`;
  const names = (opts: Partial<LoadOptions>) => load(T, opts).template?.builds.map((b) => b.name);

  it("selects exact names only: no globs in 1.6.6, unknown names select nothing silently", () => {
    // packer build -only='a*' ran no build; -only=zzz ran no build and exited 0
    expect(names({ only: ["a*"] })).toEqual([]);
    expect(names({ only: ["zzz"] })).toEqual([]);
    expect(names({ except: ["*"] })).toEqual(["a1", "b", "c"]);
    expect(names({ only: ["a1", "b"] })).toEqual(["a1", "b"]);
    expect(names({ except: ["b"] })).toEqual(["a1", "c"]);
    expect(names({ only: ["a1", "b"], except: ["b"] })).toEqual(["a1"]);
  });

  it("attaches the error-cleanup-provisioner to every build, whatever its only/except", () => {
    const t = load(
      `{"builders":[{"type":"null","name":"a"},{"type":"null","name":"b"}],"error-cleanup-provisioner":{"type":"shell-local","only":["a"]}}`,
    ).template!;
    expect(t.builds.map((b) => b.errorCleanupProvisioner?.type)).toEqual(["shell-local", "shell-local"]);
  });

  it("gives each build its provisioners by only/except", () => {
    const t = load(T).template!;
    expect(t.builds.map((b) => [b.name, b.provisioners.map((p) => p.type)])).toEqual([
      ["a1", ["p1", "p3"]],
      ["b", ["p2", "p3"]],
      ["c", ["p2", "p3"]],
    ]);
  });

  it("cuts a post-processor sequence at a post-processor named in -except (packer build -except=pp1 ran neither)", () => {
    const t = load(T, { except: ["pp1"] }).template!;
    expect(t.builds[0].postProcessors.map((s) => s.map((p) => p.name))).toEqual([["manifest"]]);
    const m = load(T, { except: ["shell-local"] }).template!;
    // The unnamed second one is named after its type: the sequence is cut there.
    expect(m.builds[0].postProcessors.map((s) => s.map((p) => p.name))).toEqual([["pp1"], ["manifest"]]);
    expect(load(T).template!.builds[1].postProcessors.map((s) => s.map((p) => p.name))).toEqual([
      ["pp1", "shell-local"],
      ["manifest"],
      ["x"],
    ]);
  });

  it("matches rendered names for -only, raw names for provisioner only", () => {
    const t = load(
      `{"variables":{"v":"X"},"builders":[{"type":"null","name":"n-{{user \`v\`}}"}],"provisioners":[{"type":"p","only":["n-{{user \`v\`}}"]}]}`,
      { only: ["n-X"] },
    ).template!;
    expect(t.builds.map((b) => [b.name, b.builder.rawName, b.provisioners.length])).toEqual([
      ["n-X", "n-{{user `v`}}", 1],
    ]);
  });
});

describe("templateContext", () => {
  it("renders builder strings with the resolved variables; undefined users are empty, env refused", () => {
    const t = load(`{"variables":{"a":"A"},${B}}`).template!;
    const ctx = templateContext(t, { buildName: "null" });
    expect(interpolate("{{user `a`}}-{{user `zz`}}-{{build_name}}-{{timestamp}}", ctx)).toBe(
      "A--null-1767323045",
    );
    expect(() => interpolate("{{env `HOME`}}", ctx)).toThrow("env vars are not allowed here");
  });
});

describe("fixture templates", () => {
  const dir = path.join(import.meta.dirname, "../fixtures/templates");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it.each(files)("%s loads with Packer's template-level verdict", (f) => {
    const r = loadTemplate({ path: f, cwd: dir, env: {}, startTime: START });
    if (f.startsWith("11-")) {
      // packer: Error parsing JSON: invalid character '"' after object key:value pair
      expect(r.diagnostics).toMatchObject([
        {
          line: 19,
          column: 7,
          message: `Error parsing JSON: invalid character '"' after object key:value pair`,
        },
      ]);
    } else if (f.startsWith("36-")) {
      expect(r.diagnostics).toMatchObject([
        {
          line: 27,
          column: 5,
          message: "Error parsing JSON: invalid character ']' looking for beginning of value",
        },
      ]);
    } else {
      expect(r.diagnostics).toEqual([]);
      expect(r.template?.builds.length).toBeGreaterThan(0);
    }
  });
});
