// The shell provisioner's config: Packer 1.6.6's keys, defaults and messages. Every error text
// below was observed with `packer validate` (1.6.6, null builder); the live block re-checks them
// when packer is installed.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { decodeShellConfig } from "../../src/provisioners/shell/config.js";
import { context, fixtureDir, havePacker, packerErrors, pluginNode, squash } from "./helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>) {
  const { ctx, rendered } = context(cwd);
  return { ...decodeShellConfig(pluginNode("provisioners", { type: "shell", ...plugin }), ctx), rendered };
}

describe("shell provisioner config", () => {
  it("applies Packer's defaults", () => {
    const { config, diagnostics } = decode({ inline: ["echo hi"] });
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      inline: ["echo hi"],
      scripts: [],
      environmentVars: [],
      envVarFormat: "%s='%s' ",
      executeCommand: "chmod +x {{.Path}}; {{.Vars}} {{.Path}}",
      inlineShebang: "/bin/sh -e",
      remoteFolder: "/tmp",
      remoteFile: "script_42.sh",
      remotePath: "/tmp/script_42.sh",
      useEnvVarFile: false,
      expectDisconnect: false,
      validExitCodes: [0],
      skipClean: false,
      startRetryTimeoutMs: 300_000,
      pauseAfterMs: 0,
      binary: false,
    });
  });

  it("switches execute_command and env_var_format with use_env_var_file", () => {
    const { config } = decode({ inline: ["x"], use_env_var_file: "true" });
    expect(config?.executeCommand).toBe("chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}");
    expect(config?.envVarFormat).toBe("export %s='%s'\n");
  });

  it("decodes weakly typed values and keeps explicit settings", () => {
    const { config, diagnostics } = decode({
      scripts: "exists.sh,other.sh",
      valid_exit_codes: "0,2300218",
      environment_vars: "A=1,B=x=y",
      remote_folder: "/var/tmp",
      remote_file: "s.sh",
      start_retry_timeout: "1m",
      pause_after: "1.5s",
      skip_clean: 1,
      expect_disconnect: "t",
      binary: "true",
      execute_command: "sudo {{.Vars}} sh {{.Path}}",
      inline_shebang: "/bin/bash -ex",
      env_var_format: "%s=%s ",
    });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      inline: undefined,
      scripts: ["exists.sh", "other.sh"],
      validExitCodes: [0, 2300218],
      environmentVars: ["A=1", "B=x=y"],
      remotePath: "/var/tmp/s.sh",
      startRetryTimeoutMs: 60_000,
      pauseAfterMs: 1500,
      skipClean: true,
      expectDisconnect: true,
      binary: true,
      executeCommand: "sudo {{.Vars}} sh {{.Path}}",
      inlineShebang: "/bin/bash -ex",
      envVarFormat: "%s=%s ",
    });
  });

  it("uses remote_path as given, and `script` as the only script", () => {
    const { config } = decode({ script: "exists.sh", remote_path: "/root/run.sh", remote_folder: "/x" });
    expect(config?.scripts).toEqual(["exists.sh"]);
    expect(config?.remotePath).toBe("/root/run.sh");
  });

  it("renders every field at prepare time except execute_command", () => {
    const { config, rendered } = decode({
      inline: ["echo {{user `v`}} {{ .Path }}"],
      execute_command: "{{user `v`}} {{.Vars}} {{.Path}}",
      environment_vars: ["V={{user `v`}}"],
    });
    expect(rendered).toContain("echo {{user `v`}} {{ .Path }}");
    expect(rendered).toContain("V={{user `v`}}");
    expect(rendered).not.toContain("{{user `v`}} {{.Vars}} {{.Path}}");
    expect(config?.inline).toEqual(["echo VALUE {{ .Path }}"]);
    expect(config?.environmentVars).toEqual(["V=VALUE"]);
    expect(config?.executeCommand).toBe("{{user `v`}} {{.Vars}} {{.Path}}");
  });

  it("accepts the keys the template layer owns", () => {
    const { diagnostics } = decode({
      inline: ["x"],
      pause_before: "1s",
      max_retries: 2,
      timeout: "5m",
      only: ["null"],
      override: { null: {} },
    });
    expect(diagnostics).toEqual([]);
  });
});

/** Invalid configs: our errors (path and message, in order) and whether Packer reports the same set. */
const INVALID: { name: string; plugin: Record<string, unknown>; errors: [string, string][] }[] = [
  {
    name: "no inline and no script",
    plugin: {},
    errors: [["provisioners[0]", "Either a script file or inline script must be specified."]],
  },
  {
    name: "an empty inline list counts as none",
    plugin: { inline: [] },
    errors: [["provisioners[0]", "Either a script file or inline script must be specified."]],
  },
  {
    name: "script with scripts and inline, bad environment variables",
    plugin: {
      inline: ["a"],
      script: "exists.sh",
      scripts: ["missing.sh"],
      environment_vars: ["=x", "FOO", "A=b=c"],
    },
    errors: [
      ["provisioners[0].script", "Only one of script or scripts can be specified."],
      ["provisioners[0].inline", "Only a script file or an inline script can be specified, not both."],
      ["provisioners[0].environment_vars[0]", "Environment variable not in format 'key=value': =x"],
      ["provisioners[0].environment_vars[1]", "Environment variable not in format 'key=value': FOO"],
    ],
  },
  {
    name: "a missing script",
    plugin: { scripts: ["exists.sh", "missing.sh"] },
    errors: [
      ["provisioners[0].scripts[1]", "Bad script 'missing.sh': stat missing.sh: no such file or directory"],
    ],
  },
  {
    name: "a script below a file",
    plugin: { script: "exists.sh/x" },
    errors: [["provisioners[0].script", "Bad script 'exists.sh/x': stat exists.sh/x: not a directory"]],
  },
  {
    name: "unknown keys",
    plugin: { inline: ["x"], env: { a: "b" } },
    errors: [["provisioners[0].env", `unknown configuration key: '"env"'`]],
  },
  {
    name: "values that do not decode",
    plugin: { inline: ["x"], skip_clean: "maybe", valid_exit_codes: ["x", 1.5], pause_after: "abc" },
    errors: [
      [
        "provisioners[0].valid_exit_codes[0]",
        `cannot parse 'valid_exit_codes[0]' as int: strconv.ParseInt: parsing "x": invalid syntax`,
      ],
      ["provisioners[0].pause_after", `error decoding 'pause_after': time: invalid duration "abc"`],
      [
        "provisioners[0].skip_clean",
        `cannot parse 'skip_clean' as bool: strconv.ParseBool: parsing "maybe": invalid syntax`,
      ],
    ],
  },
  {
    name: "an exit code map",
    plugin: { inline: ["x"], valid_exit_codes: { a: 1 } },
    errors: [
      [
        "provisioners[0].valid_exit_codes",
        "'valid_exit_codes[0]' expected type 'int', got unconvertible type 'map[interface {}]interface {}', value: 'map[a:1]'",
      ],
    ],
  },
  {
    name: "a nested exit code list",
    plugin: { inline: ["x"], valid_exit_codes: [[1]] },
    errors: [
      [
        "provisioners[0].valid_exit_codes[0]",
        "'valid_exit_codes[0]' expected type 'int', got unconvertible type '[]interface {}', value: '[1]'",
      ],
    ],
  },
];

describe("shell provisioner config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    const got = diagnostics.map((d) => [d.path, d.message]);
    expect(new Set(got.map((g) => g.join(" | ")))).toEqual(new Set(errors.map((e) => e.join(" | "))));
    for (const d of diagnostics) expect(d).toMatchObject({ file: "t.json", severity: "error" });
    if (
      errors.every(([, m]) => !m.startsWith("unknown") && !m.includes("parse") && !m.includes("decoding"))
    ) {
      expect(got).toEqual(errors); // validation errors come in Packer's order
    }
  });

  it("places an error on the offending value", () => {
    const { diagnostics } = decode({ scripts: ["missing.sh"] });
    expect(diagnostics[0]).toMatchObject({ line: 12, column: 9 });
  });
});

describe.skipIf(!havePacker())("shell provisioner texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const live = packerErrors("provisioners", { type: "shell", ...plugin }, cwd)
      .map(squash)
      .sort();
    expect(live).toEqual(errors.map(([, m]) => squash(m)).sort());
  });
});
