// Portable variants of real templates: the emulator's machines run commands for real, in a sandbox
// with the host's /usr and no network, so what needs a package repository, the network, systemd or
// a real kernel cannot run there. A portable variant keeps everything else of the template and
// replaces each such command line by a line appended to /var/log/provision.log
// (`emulated: <the command>`), which a test can then find in the image; `sleep N` becomes
// `sleep 0` and `pause_before` is dropped (the emulator needs no settling time).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The parts of a Packer JSON template the variants edit. */
export type Template = {
  builders: Record<string, unknown>[];
  provisioners?: Provisioner[];
  [k: string]: unknown;
};

/** One provisioner block. */
export type Provisioner = {
  type: string;
  inline?: string[];
  script?: string;
  scripts?: string[];
  pause_before?: string;
  [k: string]: unknown;
};

/** Where the replaced commands are recorded inside the instance. */
export const PROVISION_LOG = "/var/log/provision.log";

/**
 * Commands that need what the emulator's machines lack: package managers and repositories (yum,
 * apt-get, dpkg, rpm), the network (wget, curl), systemd (systemctl, timedatectl), the kernel
 * (swapoff, grubby) and software those would install (chef-server-ctl, docker, ctr).
 * `systemctl reboot|poweroff` is kept: the emulator's machines do that.
 */
const UNAVAILABLE =
  /^(?:sudo\s+)?(?:yum|apt-get|apt|dpkg|rpm|package-cleanup|wget|curl|timedatectl|swapoff|grubby|chef-server-ctl|chef-manage-ctl|docker|ctr|systemctl(?!\s+(?:reboot|poweroff|halt)\b))(?:\s|$)/;

/** The line recording a replaced command. */
export function emulatedLine(command: string): string {
  return `mkdir -p /var/log && echo 'emulated: ${command.replace(/'/g, `'\\''`)}' >> ${PROVISION_LOG}`;
}

/** One command line's portable form, or undefined when it runs as is. */
export function portableLine(line: string): string | undefined {
  const indent = /^\s*/.exec(line)![0];
  const cmd = line.slice(indent.length).trimEnd();
  if (/^sleep \d+$/.test(cmd) && cmd !== "sleep 0") return `${indent}sleep 0`;
  if (UNAVAILABLE.test(cmd)) return indent + emulatedLine(cmd);
  return undefined;
}

/** Rewrites command lines; `replaced` collects the commands that now only leave a log line. */
export function portableLines(lines: string[], replaced: string[]): string[] {
  return lines.map((l) => {
    const p = portableLine(l);
    if (p === undefined) return l;
    if (!/^\s*sleep /.test(l)) replaced.push(l.trim());
    return p;
  });
}

/**
 * Makes `t` portable in place: inline commands, and the shell scripts it names when `dir` (the
 * copy of the template's working directory) is given, are rewritten there. Returns the commands
 * replaced by a log line, in order.
 */
export function portableTemplate(t: Template, dir?: string): string[] {
  const replaced: string[] = [];
  for (const p of t.provisioners ?? []) {
    if (p.type !== "shell") continue;
    delete p.pause_before;
    if (p.inline) p.inline = portableLines(p.inline, replaced);
    if (!dir) continue;
    for (const s of [...(p.scripts ?? []), ...(p.script ? [p.script] : [])]) {
      const path = join(dir, s);
      if (existsSync(path)) portableScript(path, replaced);
    }
  }
  return replaced;
}

/** Rewrites a shell script file in place (for scripts a file provisioner uploads and a shell runs). */
export function portableScript(path: string, replaced: string[]): void {
  const text = readFileSync(path, "utf8");
  writeFileSync(path, portableLines(text.split("\n"), replaced).join("\n"));
}
