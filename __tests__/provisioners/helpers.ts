// Test helpers for plugin config decoders: parse a one-plugin template with positions, and ask
// Packer 1.6.6 (when installed) what it says about the same plugin under a `null` builder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PluginDecodeContext } from "../../src/provisioners/plugin.js";
import type { ConfigObject } from "../../src/template/config/tree.js";
import { parseJson } from "../../src/template/json/parse.js";
import { parsePackerOutput } from "../conformance/packer-run.js";

export type PluginKind = "provisioners" | "post-processors";

/** A working directory with files the checks can find (`exists.sh`, `other.sh`). */
export function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "plugin-config-"));
  writeFileSync(join(dir, "exists.sh"), "echo hi\n");
  writeFileSync(join(dir, "other.sh"), "echo other\n");
  return dir;
}

/** The text of a template holding one provisioner or post-processor. */
export function templateText(kind: PluginKind, plugin: unknown): string {
  return JSON.stringify({ builders: [{ type: "null", communicator: "none" }], [kind]: [plugin] }, null, 2);
}

/** The plugin's node, as the template layer hands it over (paths `provisioners[0]...`). */
export function pluginNode(kind: PluginKind, plugin: unknown): ConfigObject {
  const root = parseJson(templateText(kind, plugin));
  if (root.kind !== "object") throw new Error("not an object");
  const list = root.members.find((m) => m.key === kind)?.value;
  if (list?.kind !== "array" || list.items[0].kind !== "object") throw new Error("no plugin object");
  return list.items[0];
}

/** A context with a fixed random name and a render that records what it was asked to render. */
export function context(cwd: string, extra: Partial<PluginDecodeContext> = {}) {
  const rendered: string[] = [];
  const ctx: PluginDecodeContext = {
    file: "t.json",
    cwd,
    goos: "linux",
    randomInt: () => 42,
    render: (text) => {
      rendered.push(text);
      return text.replaceAll("{{user `v`}}", "VALUE");
    },
    ...extra,
  };
  return { ctx, rendered };
}

let packerPresent: boolean | undefined;
/** True when Packer can be run here (warns once otherwise). */
export function havePacker(): boolean {
  if (packerPresent === undefined) {
    try {
      execFileSync("packer", ["version"], {
        stdio: "pipe",
        env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      });
      packerPresent = true;
    } catch {
      packerPresent = false;
      console.warn(
        "plugin configs: the `packer` binary (Packer 1.6.6) is not on PATH: live checks of the texts are skipped",
      );
    }
  }
  return packerPresent;
}

/** Packer 1.6.6's errors for a template with this plugin, run from `cwd` (empty when valid). */
export function packerErrors(kind: PluginKind, plugin: unknown, cwd: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "packer-plugin-"));
  const path = join(dir, "t.json");
  writeFileSync(path, templateText(kind, plugin));
  try {
    execFileSync("packer", ["validate", path], {
      cwd,
      stdio: "pipe",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, CHECKPOINT_DISABLE: "1" },
    });
    return [];
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    return parsePackerOutput(`${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`).errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace-insensitive form of a message (Packer word-wraps its output at 80 columns). */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
