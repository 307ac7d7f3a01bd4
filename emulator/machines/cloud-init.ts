/**
 * What cloud-init does at an instance's boot, on its root directory: on the first boot a host key,
 * hostname, machine id and the instance marker; at every boot the boot key pair in root's
 * authorized_keys; the user-data script on the first boot (inside the sandbox, output in
 * /var/log/cloud-init-output.log).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InstanceRecord, KeyPairRecord } from "../model/resources.js";
import { resolveInRoot } from "./filesystem.js";
import { ed25519KeyPair } from "./keys.js";
import { type SandboxProcess, type SandboxSpec, spawnInSandbox } from "./sandbox.js";
import { type MachineUser, machineUsers } from "./ssh-server.js";

/** Boot-time changes to the root; returns whether this is the instance's first boot. */
export function prepareBoot(
  root: string,
  inst: InstanceRecord,
  bootKeyPair: KeyPairRecord | undefined,
): boolean {
  const r = (p: string) => join(root, p);
  rmSync(r("run"), { recursive: true, force: true });
  mkdirSync(r("run/.emulator"), { recursive: true });
  const marker = r(`var/lib/cloud/instances/${inst.id}`);
  const first = !existsSync(marker);
  if (first) {
    mkdirSync(marker, { recursive: true });
    mkdirSync(r("etc/ssh"), { recursive: true });
    const key = ed25519KeyPair();
    writeFileSync(r("etc/ssh/ssh_host_ed25519_key"), key.private, { mode: 0o600 });
    writeFileSync(r("etc/ssh/ssh_host_ed25519_key.pub"), `${key.public}\n`);
    writeFileSync(r("etc/hostname"), `${inst.hostName}\n`);
    writeFileSync(join(marker, "instance-id"), `${inst.id}\n`);
    mkdirSync(r("etc"), { recursive: true });
    writeFileSync(
      r("etc/machine-id"),
      `${inst.id
        .replace(/[^a-z0-9]/g, "")
        .padEnd(32, "0")
        .slice(0, 32)}\n`,
    );
  }
  // the boot key pair (AttachKeyPair takes effect at the next boot), as cloud-init writes it
  if (bootKeyPair) {
    const home = machineUsers(root).find((u) => u.name === "root")?.home ?? "/root";
    const dir = safeHostPath(root, `${home}/.ssh`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, "authorized_keys");
    const have = existsSync(file) ? readFileSync(file, "utf8") : "";
    if (!have.includes(bootKeyPair.publicKey)) {
      const sep = have && !have.endsWith("\n") ? "\n" : "";
      writeFileSync(file, `${have}${sep}${bootKeyPair.publicKey} ${bootKeyPair.name}\n`, { mode: 0o600 });
    }
  }
  return first;
}

/**
 * Runs the user data (base64) as root inside the sandbox, as cloud-init runs a `#!` script;
 * `sandbox` undefined means commands are refused with `refusal`. `onStart` gets the process (to kill
 * it when the machine goes down).
 */
export async function runUserData(
  root: string,
  instanceId: string,
  b64: string,
  sandbox: ((user: MachineUser) => Omit<SandboxSpec, "env" | "cwd">) | undefined,
  refusal: string | undefined,
  onStart: (proc: SandboxProcess | undefined) => void,
): Promise<void> {
  const data = Buffer.from(b64, "base64");
  const dir = join(root, `var/lib/cloud/instances/${instanceId}`);
  writeFileSync(join(dir, "user-data.txt"), data, { mode: 0o600 });
  const logFile = join(root, "var/log/cloud-init-output.log");
  mkdirSync(join(root, "var/log"), { recursive: true });
  const log = (s: string | Buffer) => writeFileSync(logFile, s, { flag: "a" });
  if (!data.subarray(0, 2).equals(Buffer.from("#!"))) {
    log(`user data is not a script (only "#!" scripts run in the emulator); not run\n`);
    return;
  }
  if (!sandbox) {
    log(`${refusal}\n`);
    return;
  }
  mkdirSync(join(dir, "scripts"), { recursive: true });
  writeFileSync(join(dir, "scripts/part-001"), data, { mode: 0o700 });
  const rootUser: MachineUser = { name: "root", uid: 0, gid: 0, home: "/root", shell: "/bin/sh" };
  const proc = spawnInSandbox(
    {
      ...sandbox(rootUser),
      cwd: "/",
      env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root" },
    },
    [`/var/lib/cloud/instances/${instanceId}/scripts/part-001`],
  );
  proc.stdin.end();
  proc.stdout.on("data", log);
  proc.stderr.on("data", log);
  onStart(proc);
  const end = await proc.exited;
  onStart(undefined);
  log(`user data script ended: ${JSON.stringify(end)}\n`);
}

function safeHostPath(root: string, path: string): string {
  try {
    return resolveInRoot(root, path);
  } catch {
    return join(root, path);
  }
}
