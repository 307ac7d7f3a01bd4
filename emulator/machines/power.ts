/**
 * Power control inside an instance: a script bound read-only over the host's
 * reboot/shutdown/poweroff/halt (and what they link to, systemctl on Debian) asks the emulator to
 * reboot or power off the instance by writing `/run/.emulator/power`, which the emulator watches,
 * then waits to be killed as the machine goes down.
 */
import {
  existsSync,
  type FSWatcher,
  readFileSync,
  realpathSync,
  rmSync,
  watch,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const POWER_SCRIPT = `#!/bin/sh
# image-build emulator: power control of an emulated instance
name=\${0##*/}
case "$name" in
  systemctl)
    case "$1" in
      reboot|kexec|soft-reboot) action=reboot ;;
      poweroff|halt) action=poweroff ;;
      *) echo "System has not been booted with systemd as init system (PID 1). Can't operate." >&2
         echo "Failed to connect to bus: Host is down" >&2
         exit 1 ;;
    esac ;;
  reboot) action=reboot ;;
  shutdown)
    case " $* " in
      *" -c "*) exit 0 ;;
      *" -r "*|*" --reboot "*) action=reboot ;;
      *) action=poweroff ;;
    esac ;;
  *) action=poweroff ;;
esac
mkdir -p /run/.emulator 2>/dev/null
echo "$action" > /run/.emulator/power.tmp.$$ && mv /run/.emulator/power.tmp.$$ /run/.emulator/power
sleep 60
exit 0
`;
const POWER_COMMANDS = ["reboot", "poweroff", "halt", "shutdown"];

/**
 * Writes the power-control script into `binDir` and returns the sandbox overrides that bind it over
 * the host's power commands (`[script, target]` pairs).
 */
export function installPowerControl(binDir: string): [string, string][] {
  const power = join(binDir, "power-control");
  writeFileSync(power, POWER_SCRIPT, { mode: 0o755 });
  const targets = new Set<string>();
  for (const name of POWER_COMMANDS) {
    try {
      const real = realpathSync(`/usr/sbin/${name}`);
      if (real.startsWith("/usr/")) targets.add(real);
    } catch {
      // not on this host: that command does not exist inside either
    }
  }
  return [...targets].map((t) => [power, t]);
}

/**
 * Watches an instance root's `/run/.emulator` for power requests; calls `onRequest` with
 * `reboot` or `poweroff`. Returns the watcher (undefined when the directory cannot be watched).
 */
export function watchPowerRequests(root: string, onRequest: (action: string) => void): FSWatcher | undefined {
  const dir = join(root, "run/.emulator");
  try {
    const watcher = watch(dir, () => {
      const file = join(dir, "power");
      if (!existsSync(file)) return;
      const action = readFileSync(file, "utf8").trim();
      rmSync(file, { force: true });
      onRequest(action);
    });
    watcher.on("error", () => {});
    return watcher;
  } catch {
    return undefined; // no watch: in-guest power requests are not heard
  }
}
