import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkSyntax,
  GoStruct,
  type InterpolateContext,
  InterpolateError,
  interpolate,
} from "../../../src/template/interpolate/index.js";

const start = new Date(Date.UTC(2026, 10, 21, 6, 0, 47, 893));
const base: InterpolateContext = { userVariables: { name: "web", ver: "1.2.3" }, startTime: start };

function errOf(fn: () => unknown): InterpolateError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InterpolateError);
    return e as InterpolateError;
  }
  throw new Error("expected an InterpolateError");
}

describe("interpolate: basics", () => {
  it("returns text without actions unchanged", () => {
    expect(interpolate("plain } { text", base)).toBe("plain } { text");
  });

  it("renders user variables, literals and pipelines", () => {
    expect(interpolate("img-{{user `name`}}-{{ user `ver` | upper }}", base)).toBe("img-web-1.2.3");
    expect(interpolate('{{ "a\\tb" }}|{{ `raw\\t` }}|{{ 42 }}|{{ true }}', base)).toBe("a\tb|raw\\t|42|true");
    expect(interpolate('{{ (split (user `ver`) "." 1) }}', base)).toBe("2");
  });

  it("undefined user variable renders empty unless strict (Packer's variables section)", () => {
    expect(interpolate("[{{user `nope`}}]", base)).toBe("[]");
    const e = errOf(() => interpolate("{{user `nope`}}", { ...base, strictUserVariables: true }));
    // Observed with `packer validate` on {"variables":{"b":"{{user `nope`}}"}} (Packer adds its own
    // "Failed to interpolate" prefix and hint around this text).
    expect(e.message).toBe(
      'template: root:1:2: executing "root" at <user `nope`>: error calling user: Error: variable not set: nope',
    );
    expect(e.kind).toBe("exec");
    expect(e.line).toBe(1);
    expect(e.column).toBe(2);
    expect(e.offset).toBe(2);
  });

  it("env only where enabled", () => {
    const env = { HOME: "/home/x" };
    expect(interpolate("{{env `HOME`}}|{{env `NOPE`}}|", { ...base, enableEnv: true, env })).toBe(
      "/home/x||",
    );
    expect(errOf(() => interpolate("{{ env `HOME` }}", { ...base, env })).message).toBe(
      'template: root:1:3: executing "root" at <env `HOME`>: error calling env: env vars are not allowed here',
    );
  });

  it("timestamp, isotime and strftime use the one start time (UTC)", () => {
    expect(interpolate("{{timestamp}}", base)).toBe("1795240847");
    expect(interpolate("{{isotime}}", base)).toBe("2026-11-21T06:00:47Z");
    expect(interpolate('{{isotime "2006-01-02 15:04:05.000"}}', base)).toBe("2026-11-21 06:00:47.893");
    expect(interpolate('{{strftime "%Y%m%d-%H%M%S"}}', base)).toBe("20261121-060047");
  });

  it("uuid is Packer's time-ordered form, new on each call", () => {
    const a = interpolate("{{uuid}}", base);
    const b = interpolate("{{uuid}}", base);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    const secs = Number.parseInt(a.slice(0, 8), 16);
    expect(Math.abs(secs - Date.now() / 1000)).toBeLessThan(60);
  });

  it("build_name, build_type, template_dir, pwd, packer_version", () => {
    const ctx = {
      ...base,
      buildName: "b1",
      buildType: "alicloud-ecs",
      templatePath: "/a/b/t.json",
      cwd: "/w",
    };
    expect(
      interpolate("{{build_name}} {{build_type}} {{template_dir}} {{pwd}} {{packer_version}}", ctx),
    ).toBe("b1 alicloud-ecs /a/b /w 1.6.6");
    expect(interpolate("{{template_dir}}", { ...base, templatePath: "rel/t.json", cwd: "/w" })).toBe(
      "/w/rel",
    );
    expect(errOf(() => interpolate("{{build_type}}", base)).message).toBe(
      'template: root:1:2: executing "root" at <build_type>: error calling build_type: build_type not available',
    );
    expect(errOf(() => interpolate("{{template_dir}}", base)).message).toBe(
      'template: root:1:2: executing "root" at <template_dir>: error calling template_dir: template path not available',
    );
  });

  it("build reads build data, passing placeholders through", () => {
    const buildData = {
      ID: "i-123",
      Host: "To set this dynamically in the Packer template, you must use the `build` function",
    };
    expect(interpolate("{{ build `ID` }} {{ build `Host` }}", { ...base, buildData })).toBe(
      "i-123 {{.Host}}",
    );
    expect(errOf(() => interpolate("{{ build `X` }}", { ...base, buildData })).detail).toBe(
      "error calling build: loaded data, but couldnt find X in it.",
    );
  });

  it("consul_key, vault and aws_secretsmanager are refused offline with a clear error", () => {
    const ctx = { ...base, enableEnv: true };
    for (const [expr, name] of [
      ["{{ consul_key `a` }}", "consul_key"],
      ["{{ vault `a` `b` }}", "vault"],
      ["{{ aws_secretsmanager `a` }}", "aws_secretsmanager"],
    ]) {
      const e = errOf(() => interpolate(expr, ctx));
      expect(e.detail).toContain(`error calling ${name}: ${name} is not supported by image-build`);
    }
  });

  it("the dot: maps, missing keys, structs", () => {
    const data = { Path: "/tmp/script.sh", Vars: "A=1 B=2", Nested: { X: "y" }, List: ["a", "b"] };
    expect(
      interpolate("{{.Vars}} {{.Path}} {{.Nested.X}} {{.Missing}} {{index .List 1}}", { ...base, data }),
    ).toBe("A=1 B=2 /tmp/script.sh y <no value> b");
    expect(interpolate("{{range $i, $e := .List}}{{$i}}={{$e}};{{end}}", { ...base, data })).toBe("0=a;1=b;");
    expect(interpolate("{{.Path}}", base)).toBe("<no value>");
    const s = new GoStruct("*shell.ExecuteCommandTemplate", { Vars: "A=1", Path: "/p" });
    expect(interpolate("{{.Vars}} {{.Path}}", { ...base, data: s })).toBe("A=1 /p");
    expect(errOf(() => interpolate("{{.Foo}}", { ...base, data: s })).message).toBe(
      'template: root:1:2: executing "root" at <.Foo>: can\'t evaluate field Foo in type *shell.ExecuteCommandTemplate',
    );
  });

  it("ranges over map keys in Go's bytewise (UTF-8) order", () => {
    const data = { b: 1, "\uFFFD": 2, "😀": 3, a: 4, B: 5 };
    expect(interpolate("{{range $k, $v := .}}{{$k}}{{$v}} {{end}}", { ...base, data })).toBe(
      "B5 a4 b1 \uFFFD2 😀3 ",
    );
    expect(interpolate("{{ . }}", { ...base, data: { z: "1", a: ["x", null], m: {} } })).toBe(
      "map[a:[x <nil>] m:map[] z:1]",
    );
  });

  it("uses the given template name in errors", () => {
    expect(errOf(() => interpolate("{{ nope }}", base, "builders")).message).toBe(
      'template: builders:1: function "nope" not defined',
    );
  });
});

describe("checkSyntax", () => {
  it("returns undefined for valid templates and the parse error otherwise", () => {
    expect(checkSyntax("{{ user `a` }} {{ build_name }}")).toBeUndefined();
    expect(checkSyntax("no actions")).toBeUndefined();
    expect(checkSyntax("{{ clean_resource_name `a` }}")?.message).toBe(
      'template: root:1: function "clean_resource_name" not defined',
    );
    expect(checkSyntax("a\n{{ if 1 }}")?.message).toBe("template: root:2: unexpected EOF");
    const e = checkSyntax("{{ upper")!;
    expect(e.kind).toBe("parse");
    expect(e.message).toBe("template: root:1: unclosed action");
  });
});

describe("property: only InterpolateError escapes", () => {
  const alphabet = fc.constantFrom(
    ..."{{}}{{-}} -|()$.:=,'\"`\\/*abcxyz019_\n\tüé😀".split(""),
    "{{",
    "}}",
    "{{-",
    "-}}",
    "/*",
    "*/",
    "user",
    "split",
    "if",
    "else",
    "end",
    "range",
    "with",
    "define",
    "template",
    "block",
    "break",
    "continue",
    "nil",
    "true",
    "printf",
    "index",
    "slice",
    "len",
    "and",
    "or",
    "eq",
    "lt",
    "isotime",
    "strftime",
    ".Foo",
    "$x",
    ":=",
    '"%d"',
    "1.5",
    "0x1F",
  );
  const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(""));
  const ctx: InterpolateContext = { ...base, data: { Foo: { Bar: ["x"] }, L: [1, 2] } };

  it("random token soup", () => {
    fc.assert(
      fc.property(text, (t) => {
        try {
          const out = interpolate(t, ctx);
          expect(typeof out).toBe("string");
        } catch (e) {
          if (!(e instanceof InterpolateError)) throw e;
        }
        const s = checkSyntax(t);
        expect(s === undefined || s instanceof InterpolateError).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("text without actions is returned unchanged; syntax errors are the same from both entry points", () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = checkSyntax(t);
        let thrown: unknown;
        let out: string | undefined;
        try {
          out = interpolate(t, ctx);
        } catch (e) {
          thrown = e;
        }
        if (!t.includes("{{")) expect(out).toBe(t);
        if (s) expect((thrown as Error | undefined)?.message).toBe(s.message);
        else if (thrown) expect((thrown as InterpolateError).kind).toBe("exec");
      }),
      { numRuns: 2000 },
    );
  });

  it("generated calls of every function with arbitrary arguments", () => {
    const names = [
      ...[
        "and",
        "or",
        "not",
        "len",
        "index",
        "slice",
        "call",
        "print",
        "printf",
        "println",
        "html",
        "js",
        "urlquery",
      ],
      ...[
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "user",
        "env",
        "timestamp",
        "isotime",
        "strftime",
        "uuid",
        "build_name",
      ],
      ...[
        "build_type",
        "template_dir",
        "pwd",
        "split",
        "replace",
        "replace_all",
        "lower",
        "upper",
        "packer_version",
      ],
      ...["build", "sed", "consul_key", "vault", "aws_secretsmanager"],
    ];
    const literal = fc.oneof(
      fc.constantFrom(
        "nil",
        "true",
        ".",
        "$",
        ".Foo",
        ".Foo.Bar",
        ".L",
        "$.L",
        "0",
        "-1",
        "1.5",
        "1e300",
        "'x'",
        "2i",
      ),
      fc.integer({ min: -5, max: 300 }).map(String),
      fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('"%d %s %v %q %x %T %5.2f %-3c %U %!"', '"2006-01-02 15:04:05.000 MST"', '"%Y %L %Q"'),
    );
    const { expr } = fc.letrec((tie) => ({
      expr: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        literal,
        fc
          .tuple(fc.constantFrom(...names), fc.array(tie("expr"), { maxLength: 4 }))
          .map(([f, args]) => `(${[f, ...args].join(" ")})`),
      ),
    }));
    const pipeline = fc
      .tuple(expr, fc.array(fc.constantFrom(...names), { maxLength: 2 }))
      .map(([e, fs]) => `{{ ${[e, ...fs].join(" | ")} }}`);
    fc.assert(
      fc.property(pipeline, fc.boolean(), (t, strict) => {
        try {
          interpolate(t, { ...ctx, strictUserVariables: strict, enableEnv: strict, buildData: { ID: "i" } });
        } catch (e) {
          if (!(e instanceof InterpolateError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (t) => {
        try {
          interpolate(`{{${t}}}`, ctx);
          interpolate(t, ctx);
        } catch (e) {
          if (!(e instanceof InterpolateError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("context objects", () => {
  it("reads a context at call time, even when the same object is changed between calls", () => {
    const ctx: InterpolateContext = { ...base, buildName: "one" };
    expect(interpolate("{{build_name}} {{user `name`}}", ctx)).toBe("one web");
    ctx.buildName = "two";
    ctx.userVariables = { name: "db" };
    ctx.startTime = new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 600));
    expect(interpolate("{{build_name}} {{user `name`}} {{isotime `.000`}} {{timestamp}}", ctx)).toBe(
      "two db .600 1893553445",
    );
  });

  it("calls methods of Go structs (function-valued fields)", () => {
    const data = new GoStruct("*T", { Greet: (who: unknown) => `hi ${String(who)}`, Name: "n" });
    expect(interpolate('{{ .Greet "bob" }} {{ .Name }}', { ...base, data })).toBe("hi bob n");
    expect(errOf(() => interpolate("{{ .Name 1 }}", { ...base, data })).detail).toBe(
      "Name has arguments but cannot be invoked as function",
    );
  });
});

describe("nesting and scoping", () => {
  const data = {
    Disks: [
      { Size: 40, Name: "sys" },
      { Size: 0, Name: "" },
    ],
    Tags: { env: "prod", team: "" },
  };
  const ctx = { ...base, data };

  it("nests control structures, else-if chains and parenthesised pipelines", () => {
    const t =
      "{{range $i, $d := .Disks}}{{if $d.Name}}{{$i}}:{{$d.Name}}={{$d.Size}}{{else if eq $i 1}}#{{$i}} unnamed{{else}}?{{end}};{{end}}" +
      "{{with .Tags}}{{range $k, $v := .}}[{{$k}}{{with $v}}={{.}}{{else}} empty{{end}}]{{end}}{{end}}" +
      '|{{ printf "%s-%s" (upper (split (user `ver`) "." 0)) (lower (print (len .Disks) "X")) }}';
    expect(interpolate(t, ctx)).toBe("0:sys=40;#1 unnamed;[env=prod][team empty]|1-2x");
  });

  it("variables live until the end of their control structure; $ is the data", () => {
    expect(interpolate("{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", ctx)).toBe("21");
    expect(interpolate("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", ctx)).toBe("2");
    expect(interpolate("{{range .Disks}}{{$.Tags.env}}{{end}}", ctx)).toBe("prodprod");
    expect(checkSyntax("{{if true}}{{$y := 1}}{{end}}{{$y}}")?.message).toBe(
      'template: root:1: undefined variable "$y"',
    );
  });

  it("break and continue inside range", () => {
    const t =
      "{{range $i, $d := .Disks}}{{if eq $i 1}}{{break}}{{end}}{{$d.Name}}{{end}}|{{range .Disks}}{{if not .Name}}{{continue}}{{end}}{{.Size}}{{end}}";
    expect(interpolate(t, ctx)).toBe("sys|40");
  });
});

describe("long texts", () => {
  it("renders and reports errors in texts longer than the parse cache keeps", () => {
    const script = "#!/bin/sh\n" + "echo line\n".repeat(5000);
    expect(interpolate(`${script}echo {{user \`name\`}}\n`, base)).toBe(`${script}echo web\n`);
    const e = errOf(() => interpolate(`${script}{{ split "a" "-" 3 }}`, base));
    expect(e.line).toBe(5002);
    expect(e.message).toMatch(/^template: root:5002:3: executing "root" at <split "a" "-" 3>: /);
    expect(checkSyntax(`${script}{{ nope }}`)?.message).toBe(
      'template: root:5002: function "nope" not defined',
    );
  });
});

describe("data methods", () => {
  it("report what a method throws as its error", () => {
    const data = new GoStruct("*T", {
      Fail: () => {
        throw new Error("boom");
      },
    });
    expect(errOf(() => interpolate("{{ .Fail }}", { ...base, data })).message).toBe(
      'template: root:1:3: executing "root" at <.Fail>: error calling Fail: boom',
    );
  });
});
