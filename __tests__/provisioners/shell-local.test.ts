// The shell-local provisioner's config: Packer 1.6.6's keys, OS-dependent defaults and messages.
// Every error text was observed with `packer validate` (1.6.6 on Linux, null builder); the live
// block re-checks them.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { convertToLinuxPath, decodeShellLocalConfig } from "../../src/provisioners/shell-local/config.js";
import { context, fixtureDir, havePacker, packerErrors, pluginNode, squash } from "./helpers.js";

const cwd = fixtureDir();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function decode(plugin: Record<string, unknown>, goos = "linux") {
  const { ctx, rendered } = context(cwd, { goos });
  return {
    ...decodeShellLocalConfig(pluginNode("provisioners", { type: "shell-local", ...plugin }), ctx),
    rendered,
  };
}

describe("shell-local provisioner config", () => {
  it("applies the Unix defaults", () => {
    const { config, diagnostics } = decode({ inline: ["echo hi"] });
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      inline: ["echo hi"],
      scripts: [],
      environmentVars: [],
      envVarFormat: "%s='%s' ",
      executeCommand: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
      inlineShebang: "/bin/sh -e",
      onlyOn: [],
      tempfileExtension: "",
      useLinuxPathing: false,
      validExitCodes: [0],
    });
  });

  it("applies the Windows defaults", () => {
    const { config } = decode({ inline: ["echo hi"] }, "windows");
    expect(config).toMatchObject({
      executeCommand: ["cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"],
      inlineShebang: "",
      tempfileExtension: "cmd",
      envVarFormat: "set %s=%s && ",
    });
  });

  it("turns the deprecated `command` into inline, and `script` into scripts", () => {
    expect(decode({ command: "echo hi" }).config?.inline).toEqual(["echo hi"]);
    expect(decode({ script: "exists.sh" }).config?.scripts).toEqual(["exists.sh"]);
  });

  it("decodes weak values and keeps execute_command raw", () => {
    const { config, rendered, diagnostics } = decode({
      inline: ["echo {{user `v`}}"],
      execute_command: "bash,-c,{{user `v`}} {{.Vars}} {{.Script}}",
      only_on: "linux,darwin",
      tempfile_extension: ".sh",
      valid_exit_codes: 3,
      environment_vars: ["A={{user `v`}}"],
    });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      inline: ["echo VALUE"],
      executeCommand: ["bash", "-c", "{{user `v`}} {{.Vars}} {{.Script}}"],
      onlyOn: ["linux", "darwin"],
      tempfileExtension: "sh",
      validExitCodes: [3],
      environmentVars: ["A=VALUE"],
    });
    expect(rendered).not.toContain("bash,-c,{{user `v`}} {{.Vars}} {{.Script}}");
  });

  it("converts script paths to WSL paths on Windows with use_linux_pathing", () => {
    expect(convertToLinuxPath("C:\\Users\\me\\run.sh")).toEqual({ path: "/mnt/c/Users/me/run.sh" });
    expect(convertToLinuxPath("/home/me/run.sh")).toEqual({
      error:
        "There was an error splitting your absolute path; expected to find a drive following the format ':/' but did not: absolute path: /home/me/run.sh",
    });
  });
});

const TOO_MANY =
  "You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.";

const INVALID: {
  name: string;
  plugin: Record<string, unknown>;
  errors: [string, string][];
  /** Packer returns this one error alone (a plain return in Validate). */
  packerAlone?: string;
}[] = [
  {
    name: "nothing to run",
    plugin: {},
    errors: [["provisioners[0]", "Command, Inline, Script and Scripts options cannot all be empty."]],
  },
  {
    name: "command with inline",
    plugin: { command: "x", inline: ["y"] },
    errors: [["provisioners[0].command", TOO_MANY]],
  },
  {
    name: "script with an empty inline list (given, so not nil)",
    plugin: { script: "exists.sh", inline: [] },
    errors: [["provisioners[0].inline", TOO_MANY]],
  },
  {
    name: "script with scripts and a missing script",
    plugin: { script: "exists.sh", scripts: ["missing.sh"] },
    errors: [
      ["provisioners[0].script", TOO_MANY],
      ["provisioners[0].scripts[0]", "Bad script 'missing.sh': stat missing.sh: no such file or directory"],
    ],
  },
  {
    name: "bad environment variables",
    plugin: { inline: ["x"], environment_vars: ["X", "=y", "OK="] },
    errors: [
      ["provisioners[0].environment_vars[0]", "Environment variable not in format 'key=value': X"],
      ["provisioners[0].environment_vars[1]", "Environment variable not in format 'key=value': =y"],
    ],
  },
  {
    name: "an unknown OS in only_on",
    plugin: { inline: ["y"], only_on: ["linux", "plan9"], environment_vars: ["X"] },
    errors: [
      [
        "provisioners[0].only_on[1]",
        "Invalid OS specified in only_on: 'plan9'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows",
      ],
      ["provisioners[0].environment_vars[0]", "Environment variable not in format 'key=value': X"],
    ],
    packerAlone:
      "Invalid OS specified in only_on: 'plan9'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows",
  },
  {
    name: "use_linux_pathing on a Unix host",
    plugin: { script: "exists.sh", use_linux_pathing: true },
    errors: [["provisioners[0].script", "<abs>"]],
    packerAlone: "<abs>",
  },
  {
    name: "use_linux_pathing with inline",
    plugin: { inline: ["x"], use_linux_pathing: true },
    errors: [
      [
        "provisioners[0].inline",
        "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead",
      ],
    ],
  },
  {
    name: "keys of the remote shell provisioner",
    plugin: { inline: ["x"], binary: true, remote_path: "x", pause_after: "1s", skip_clean: true },
    errors: [
      ["provisioners[0].binary", `unknown configuration key: '"binary"'`],
      ["provisioners[0].remote_path", `unknown configuration key: '"remote_path"'`],
      ["provisioners[0].pause_after", `unknown configuration key: '"pause_after"'`],
      ["provisioners[0].skip_clean", `unknown configuration key: '"skip_clean"'`],
    ],
  },
  {
    name: "an exit code that is not a number",
    plugin: { inline: ["x"], valid_exit_codes: "x" },
    errors: [
      [
        "provisioners[0].valid_exit_codes",
        `cannot parse 'valid_exit_codes[0]' as int: strconv.ParseInt: parsing "x": invalid syntax`,
      ],
    ],
  },
];

const abs = (m: string) =>
  m === "<abs>"
    ? `There was an error splitting your absolute path; expected to find a drive following the format ':/' but did not: absolute path: ${join(cwd, "exists.sh")}`
    : m;

describe("shell-local provisioner config errors", () => {
  it.each(INVALID)("$name", ({ plugin, errors }) => {
    const { config, diagnostics } = decode(plugin);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual(errors.map(([p, m]) => [p, abs(m)]));
  });
});

describe.skipIf(!havePacker())("shell-local provisioner texts, live against Packer 1.6.6", () => {
  it.each(INVALID)("$name", ({ plugin, errors, packerAlone }) => {
    const live = packerErrors("provisioners", { type: "shell-local", ...plugin }, cwd)
      .map(squash)
      .sort();
    const want = packerAlone ? [abs(packerAlone)] : errors.map(([, m]) => abs(m));
    expect(live).toEqual(want.map(squash).sort());
  });
});
