// Keys `packer fix` rewrites: Packer 1.6.6 rejects them as "Deprecated configuration key" (not
// "unknown") in plugins that decode with a plugin type: the alicloud-ecs builder (communicator keys
// included), the shell and file provisioners and the manifest post-processor; shell-local (both
// kinds) decodes without one, so the same keys stay unknown there. Every text below was observed
// with `packer validate`; the live block re-checks them when `packer` is installed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateTemplate } from "../../src/engine/validate.js";
import { havePacker, squash } from "../provisioners/helpers.js";
import { FAKE_CREDENTIALS } from "./cases.js";
import { parsePackerOutput } from "./packer-run.js";

const dir = mkdtempSync(join(tmpdir(), "deprecated-keys-"));
writeFileSync(join(dir, "exists.sh"), "echo hi\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUILDER = {
  type: "alicloud-ecs",
  image_name: "ximage",
  source_image: "centos",
  instance_type: "ecs.t5",
  ssh_username: "root",
};

const deprecated = (key: string) =>
  `Deprecated configuration key: '${key}'. Please call \`packer fix\` against your template to update your ` +
  "template to be compatible with the current version of Packer. Visit " +
  "https://www.packer.io/docs/commands/fix/ for more detail.";
const unknown = (key: string) => `unknown configuration key: '"${key}"'`;

/** The fixers' `*` entry: deprecated for every plugin that decodes with a plugin type. */
const STAR_KEYS = [
  "iso_md5",
  "ssh_key_path",
  "ssh_disable_agent",
  "ssh_host_port_min",
  "ssh_host_port_max",
  "ssh_skip_nat_mapping",
  "ssh_wait_timeout",
  "iso_checksum_url",
  "iso_checksum_type",
];

function keys(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((k) => [k, "1"]));
}

interface Case {
  name: string;
  template: Record<string, unknown>;
  /** Our messages, in template order. */
  ours: string[];
}

const CASES: Case[] = [
  {
    name: "alicloud-ecs builder: the * keys (ssh_wait_timeout is a field there), with rename hints",
    template: {
      builders: [{ ...BUILDER, ...keys(STAR_KEYS.filter((k) => k !== "ssh_wait_timeout")), filename: "x" }],
    },
    ours: [
      deprecated("iso_md5"),
      `${deprecated("ssh_key_path")} (image-build: use 'ssh_private_key_file' instead)`,
      `${deprecated("ssh_disable_agent")} (image-build: use 'ssh_disable_agent_forwarding' instead)`,
      deprecated("ssh_host_port_min"),
      deprecated("ssh_host_port_max"),
      deprecated("ssh_skip_nat_mapping"),
      deprecated("iso_checksum_url"),
      deprecated("iso_checksum_type"),
      unknown("filename"),
    ],
  },
  {
    name: "alicloud-ecs builder: nested keys are never deprecated",
    template: {
      builders: [
        { ...BUILDER, system_disk_mapping: { ssh_key_path: "x" }, image_disk_mappings: [{ iso_md5: "a" }] },
      ],
    },
    ours: [unknown("system_disk_mapping.ssh_key_path"), unknown("image_disk_mappings[0].iso_md5")],
  },
  {
    name: "shell provisioner: the * keys, no hints (no replacement field)",
    template: {
      builders: [BUILDER],
      provisioners: [{ type: "shell", inline: ["true"], ...keys(STAR_KEYS), filename: "x" }],
    },
    ours: [...STAR_KEYS.map(deprecated), unknown("filename")],
  },
  {
    name: "file provisioner: the * keys",
    template: {
      builders: [BUILDER],
      provisioners: [{ type: "file", source: "exists.sh", destination: "/tmp/", ...keys(STAR_KEYS) }],
    },
    ours: STAR_KEYS.map(deprecated),
  },
  {
    name: "shell-local provisioner: no plugin type, all unknown",
    template: {
      builders: [BUILDER],
      provisioners: [{ type: "shell-local", inline: ["true"], ...keys(STAR_KEYS), filename: "x" }],
    },
    ours: [...STAR_KEYS.map(unknown), unknown("filename")],
  },
  {
    name: "manifest post-processor: filename (hint: output) and the * keys",
    template: {
      builders: [BUILDER],
      "post-processors": [{ type: "manifest", filename: "m.json", ...keys(STAR_KEYS) }],
    },
    ours: [`${deprecated("filename")} (image-build: use 'output' instead)`, ...STAR_KEYS.map(deprecated)],
  },
  {
    name: "shell-local post-processor: no plugin type, all unknown",
    template: {
      builders: [BUILDER],
      "post-processors": [{ type: "shell-local", inline: ["true"], filename: "x", ssh_key_path: "k" }],
    },
    ours: [unknown("filename"), unknown("ssh_key_path")],
  },
  {
    name: "a value that fails to decode hides deprecated and unknown keys",
    template: {
      builders: [BUILDER],
      "post-processors": [{ type: "manifest", filename: "m.json", bogus: 1, strip_path: "nope" }],
    },
    ours: [`cannot parse 'strip_path' as bool: strconv.ParseBool: parsing "nope": invalid syntax`],
  },
];

function write(template: unknown): string {
  const path = join(dir, `t-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(template, null, 2));
  return path;
}

describe("keys packer fix rewrites (texts observed with Packer 1.6.6)", () => {
  it.each(CASES)("$name", async ({ template, ours }) => {
    const r = await validateTemplate({ path: write(template), cwd: dir, env: { ...FAKE_CREDENTIALS } });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual(ours);
  });

  it("positions a deprecated key at the key", async () => {
    const path = join(dir, "pos.json");
    writeFileSync(
      path,
      '{\n  "builders": [{"type": "alicloud-ecs", "image_name": "ximage", "source_image": "c",\n' +
        '    "instance_type": "t", "ssh_username": "root",\n    "ssh_key_path": "k"}]\n}\n',
    );
    const r = await validateTemplate({ path, cwd: dir, env: { ...FAKE_CREDENTIALS } });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ line: 4, column: 5, path: "builders[0].ssh_key_path", severity: "error" }),
    ]);
  });
});

/** Packer's errors for a template, run from the test directory (empty when valid). */
function packerErrors(template: unknown): string[] {
  const path = write(template);
  try {
    execFileSync("packer", ["validate", path], {
      cwd: dir,
      stdio: "pipe",
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: dir,
        CHECKPOINT_DISABLE: "1",
        ...FAKE_CREDENTIALS,
      },
    });
    return [];
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    return parsePackerOutput(`${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`).errors;
  }
}

describe.skipIf(!havePacker())("keys packer fix rewrites, live against Packer 1.6.6", () => {
  it.each(CASES)("$name", ({ template, ours }) => {
    // Packer sorts unused keys by name; ours keep template order. Our hint is a suffix.
    const withoutHints = ours.map((m) => squash(m.replace(/ \(image-build: use '[^']+' instead\)$/, "")));
    expect(packerErrors(template).map(squash).sort()).toEqual(withoutHints.sort());
  });
});
