/**
 * Real machines behind emulated instances. Listens to the cloud model's events:
 *
 * - an instance is created (Pending): its root is copied from its image (a public image's base
 *   filesystem, or a custom image's system snapshot);
 * - it reaches Running: it boots (hostname, per-instance host key and the boot key pair in root's
 *   authorized_keys, user data on its first boot, as cloud-init does), then its SSH server answers
 *   on each of its 127.x addresses;
 * - it leaves Running (stop, reboot, a `reboot`/`shutdown` run inside, deletion): the SSH server and
 *   every command stop, connections drop; deletion frees its files;
 * - CreateImage / CreateSnapshot capture the root, CopyImage carries it, DeleteSnapshot frees it.
 *
 * Also the inspection interface: read a file or list a directory in an instance, image or snapshot.
 */
import {
  existsSync,
  type FSWatcher,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  watch,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { CloudModel } from "../model/index.js";
import { rebootInstance, stopInstance } from "../model/instances.js";
import type { ImageRecord, InstanceRecord, KeyPairRecord } from "../model/resources.js";
import {
  copyTree,
  type DirEntry,
  existsInRoot,
  listInRoot,
  readInRoot,
  removeTree,
  resolveInRoot,
  writeBaseFilesystem,
} from "./filesystem.js";
import { ed25519KeyPair } from "./keys.js";
import {
  bwrapAvailable,
  type SandboxMode,
  type SandboxProcess,
  type SandboxSpec,
  spawnInSandbox,
} from "./sandbox.js";
import { claimSlot } from "./slots.js";
import { InstanceSshServer, type MachineUser, machineUsers } from "./ssh-server.js";

export type { DirEntry } from "./filesystem.js";

/** The environment variable that lets commands run unconfined where no sandbox exists. */
export const UNCONFINED_ENV = "IMAGE_BUILD_EMULATOR_UNCONFINED";

/** Options of the machines layer (`startEmulator({ machines })`). */
export interface MachinesOptions {
  /**
   * `auto` (default): bubblewrap if it works here, else commands are refused with a message unless
   * `IMAGE_BUILD_EMULATOR_UNCONFINED=1`; `bwrap`: require it; `unconfined`: run commands directly on
   * the host (they can change it: only for machines without user namespaces, by explicit choice).
   */
  sandbox?: "auto" | "bwrap" | "unconfined";
  /** SSH port on every instance address. Default 22, or `sshFallbackPort` where 22 may not be bound. */
  sshPort?: number;
  /** Port used when binding 22 is refused (EACCES: not root and ip_unprivileged_port_start > 22). Default 2222. */
  sshFallbackPort?: number;
  /** Give sandboxed commands the host's network (default: a loopback of their own, nothing beyond). */
  hostNetwork?: boolean;
  /** The bubblewrap binary; default `bwrap` on PATH. */
  bwrapPath?: string;
  /** Progress lines (boots, logins, power requests). */
  log?: (line: string) => void;
}

/** What the inspection interface can look into. */
export type InspectTarget = { instanceId: string } | { imageId: string } | { snapshotId: string };

interface Machine {
  instance: InstanceRecord;
  root: string;
  server?: InstanceSshServer;
  /** Bumped at every boot and shutdown; a boot that finds it changed gives up. */
  generation: number;
  booted?: Promise<void>;
  /** The root copied from the image (the system disk is ready). */
  prepared: Promise<void>;
  /** Until the copy is done, the disk's contents are the image's (captures read them there). */
  source?: string;
  /** The user-data script while it runs (killed if the machine goes down). */
  userData?: SandboxProcess;
  watcher?: FSWatcher;
  addresses: string[];
  /** When the SSH server started answering (ms since epoch). */
  sshSince?: number;
}

/**
 * Power control inside an instance: bound read-only over the host's reboot/shutdown/poweroff/halt
 * (and what they link to, systemctl on Debian), it asks the emulator to reboot or power off the
 * instance (through a file the emulator watches), then waits to be killed as the machine goes down.
 */
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

/** The machines of one emulator. */
export class Machines {
  readonly dir: string;
  /** How commands run, or undefined when they are refused (see `sandboxError`). */
  readonly sandboxMode: SandboxMode | undefined;
  readonly sandboxError?: string;
  private port: number;
  private readonly fallbackPort: number;
  private readonly machines = new Map<string, Machine>();
  private readonly overrides: [string, string][] = [];
  private readonly sftpServer?: string;
  private stopped = false;
  private readonly off: (() => void)[] = [];
  /** This emulator's address slot (see slots.ts): its instances' 127.x addresses are its own. */
  readonly slot: number;

  constructor(
    private readonly model: CloudModel,
    dataDir: string,
    private readonly opts: MachinesOptions = {},
  ) {
    this.dir = join(dataDir, "machines");
    const claim = claimSlot();
    this.slot = claim.slot;
    model.state.addresses.useSlot(claim.slot);
    this.off.push(claim.release);
    for (const d of ["instances", "snapshots", "public", "bin"])
      mkdirSync(join(this.dir, d), { recursive: true });
    this.port = opts.sshPort ?? 22;
    this.fallbackPort = opts.sshFallbackPort ?? 2222;
    const want = opts.sandbox ?? "auto";
    const probe = bwrapAvailable(opts.bwrapPath);
    if (want === "unconfined") this.sandboxMode = "unconfined";
    else if (probe.ok) this.sandboxMode = "bwrap";
    else if (want === "auto" && /^(1|true|yes)$/i.test(process.env[UNCONFINED_ENV] ?? ""))
      this.sandboxMode = "unconfined";
    else {
      this.sandboxMode = undefined;
      this.sandboxError =
        `image-build emulator: no sandbox to run this instance's commands in (${probe.reason}). ` +
        `Install bubblewrap, or set ${UNCONFINED_ENV}=1 (or machines: { sandbox: "unconfined" }) to run them unconfined on this host.`;
    }
    const power = join(this.dir, "bin", "power-control");
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
    for (const t of targets) this.overrides.push([power, t]);
    if (existsSync("/usr/lib/openssh/sftp-server")) this.sftpServer = "/usr/lib/openssh/sftp-server";

    const ev = model.events;
    const onState = ({ instance, from, to }: { instance: unknown; from: string; to: string }) =>
      this.onState(instance as InstanceRecord, from, to);
    const onAddresses = ({ instanceId, addresses }: { instanceId: string; addresses: string[] }) =>
      this.onAddresses(instanceId, addresses);
    const onImageCapture = ({ imageId, instanceId }: { imageId: string; instanceId: string }) => {
      const im = model.state.store<ImageRecord>("image").get(imageId);
      const sys = im?.mappings.find((m) => m.type === "system");
      const m = this.machines.get(instanceId);
      if (sys && m) copyTree(m.source ?? m.root, this.snapshotDir(sys.snapshotId));
    };
    const onSnapshotCapture = (e: { snapshotId: string; instanceId: string; diskType: string }) => {
      const m = this.machines.get(e.instanceId);
      if (e.diskType === "system" && m) copyTree(m.source ?? m.root, this.snapshotDir(e.snapshotId));
    };
    const onImageCopy = ({ imageId, sourceImageId }: { imageId: string; sourceImageId: string }) => {
      const from = this.imageRoot(sourceImageId);
      const copy = model.state.store<ImageRecord>("image").get(imageId);
      const sys = copy?.mappings.find((m) => m.type === "system");
      if (from && sys) copyTree(from, this.snapshotDir(sys.snapshotId), true);
    };
    const onRemoved = ({ kind, id }: { kind: string; id: string }) => {
      if (kind === "snapshot") removeTree(this.snapshotDir(id));
    };
    ev.on("instance.state", onState);
    ev.on("instance.addresses", onAddresses);
    ev.on("image.capture", onImageCapture);
    ev.on("snapshot.capture", onSnapshotCapture);
    ev.on("image.copy", onImageCopy);
    ev.on("resource.removed", onRemoved);
    this.off.push(() => {
      ev.off("instance.state", onState);
      ev.off("instance.addresses", onAddresses);
      ev.off("image.capture", onImageCapture);
      ev.off("snapshot.capture", onSnapshotCapture);
      ev.off("image.copy", onImageCopy);
      ev.off("resource.removed", onRemoved);
    });
  }

  /** The SSH port instances answer on (22 unless it could not be bound; see MachinesOptions). */
  get sshPort(): number {
    return this.port;
  }

  private snapshotDir(id: string): string {
    return join(this.dir, "snapshots", id);
  }

  /** The root directory holding an image's files (a public image's base, or its system snapshot's). */
  imageRoot(imageId: string, regionId?: string): string | undefined {
    const store = this.model.state.store<ImageRecord>("image");
    // public images are stored once per region, keyed `<region>/<id>`
    const im =
      store.get(imageId) ??
      (regionId ? store.get(`${regionId}/${imageId}`) : undefined) ??
      [...store.values()].find((x) => x.id === imageId);
    if (!im) return undefined;
    const sys = im.mappings.find((m) => m.type === "system");
    const snap = sys?.snapshotId ? this.snapshotDir(sys.snapshotId) : undefined;
    if (snap && existsSync(snap)) return snap;
    // a public image, or one whose system disk was never captured: the OS's base filesystem
    const base = join(this.dir, "public", imageId.replace(/[^A-Za-z0-9_.-]/g, "_"));
    if (!existsSync(base)) {
      const tmp = `${base}.tmp${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      writeBaseFilesystem(tmp, im);
      copyTree(tmp, base);
      rmSync(tmp, { recursive: true, force: true });
    }
    return base;
  }

  private rootOf(target: InspectTarget): string {
    let root: string | undefined;
    if ("instanceId" in target) root = this.machines.get(target.instanceId)?.root;
    else if ("imageId" in target) root = this.imageRoot(target.imageId);
    else
      root = existsSync(this.snapshotDir(target.snapshotId))
        ? this.snapshotDir(target.snapshotId)
        : undefined;
    if (!root)
      throw Object.assign(new Error(`no filesystem for ${JSON.stringify(target)}`), { code: "ENOENT" });
    return root;
  }

  /** Reads a file inside an instance, image or snapshot (as the instance would see it). */
  readFile(target: InspectTarget, path: string): Buffer {
    return readInRoot(this.rootOf(target), path);
  }

  /** Lists a directory inside an instance, image or snapshot. */
  listDir(target: InspectTarget, path: string): DirEntry[] {
    return listInRoot(this.rootOf(target), path);
  }

  /** Whether a path exists inside an instance, image or snapshot. */
  exists(target: InspectTarget, path: string): boolean {
    try {
      return existsInRoot(this.rootOf(target), path);
    } catch {
      return false;
    }
  }

  /** The instances with machines: addresses, SSH port and whether SSH answers. */
  list(): { instanceId: string; status: string; addresses: string[]; sshPort: number; sshReady: boolean }[] {
    return [...this.machines.values()].map((m) => ({
      instanceId: m.instance.id,
      status: m.instance.status,
      addresses: m.server?.addresses() ?? [],
      sshPort: this.port,
      sshReady: m.server !== undefined && m.sshSince !== undefined,
    }));
  }

  /** Resolves once the instance's SSH server answers (its boot, user data included, is over). */
  async waitForSsh(instanceId: string, timeoutMs = 30_000): Promise<{ host: string; port: number }> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      this.model.tick();
      const m = this.machines.get(instanceId);
      if (m?.server && m.sshSince !== undefined && m.server.addresses().length > 0)
        return { host: m.server.addresses()[0], port: this.port };
      if (Date.now() > end) throw new Error(`SSH of ${instanceId} did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Stops every SSH server and command and forgets the machines (the files go with the data dir). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const f of this.off) f();
    await Promise.all([...this.machines.values()].map((m) => this.shutdown(m)));
    this.machines.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private onState(inst: InstanceRecord, from: string, to: string): void {
    if (this.stopped) return;
    if (to === "Pending" && from === "") {
      const root = join(this.dir, "instances", inst.id);
      const image = this.imageRoot(inst.imageId, inst.regionId);
      // the system disk is made from the image at creation (in-process copy: a few ms)
      const prepared = Promise.resolve().then(() => {
        if (image) copyTree(image, root);
        else mkdirSync(root, { recursive: true });
      });
      const m: Machine = { instance: inst, root, generation: 0, addresses: [], prepared, source: image };
      prepared.then(
        () => {
          m.source = undefined;
        },
        (e) => this.opts.log?.(`${inst.id}: ${(e as Error).message}`),
      );
      this.machines.set(inst.id, m);
      return;
    }
    const m = this.machines.get(inst.id);
    if (!m) return;
    if (to === "Running") {
      this.boot(m);
      return;
    }
    if (from === "Running" || to === "Deleted") void this.shutdown(m);
    if (to === "Deleted") {
      this.machines.delete(inst.id);
      const root = m.root;
      void Promise.allSettled([m.prepared, m.booted]).finally(() => removeTree(root));
    }
  }

  private onAddresses(instanceId: string, addresses: string[]): void {
    const m = this.machines.get(instanceId);
    if (!m) return;
    m.addresses = [...addresses];
    const srv = m.server;
    if (!srv) return;
    for (const a of srv.addresses()) if (!addresses.includes(a)) srv.unlisten(a);
    for (const a of addresses) void this.listenOn(srv, a, m.instance.id);
  }

  private async listenOn(srv: InstanceSshServer, address: string, instanceId: string): Promise<void> {
    try {
      await srv.listen(address, this.port);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code === "EACCES" || code === "EPERM") && this.port === 22 && this.opts.sshPort === undefined) {
        this.port = this.fallbackPort;
        this.opts.log?.(
          `image-build emulator: port 22 may not be bound by this process; instance SSH servers answer on port ${this.port} (set the template's ssh_port to ${this.port})`,
        );
        return this.listenOn(srv, address, instanceId);
      }
      this.opts.log?.(`${instanceId}: cannot listen on ${address}:${this.port}: ${(e as Error).message}`);
    }
  }

  private sandboxFor(m: Machine) {
    return (user: MachineUser): Omit<SandboxSpec, "env" | "cwd"> => ({
      mode: this.sandboxMode ?? "bwrap",
      root: m.root,
      hostname: m.instance.hostName,
      uid: user.uid,
      gid: user.gid,
      overrides: this.overrides,
      hostNetwork: this.opts.hostNetwork ?? false,
      bwrap: this.opts.bwrapPath,
    });
  }

  private boot(m: Machine): void {
    const gen = ++m.generation;
    const inst = m.instance;
    const root = m.root;
    const bootStart = Date.now();
    m.booted = (async () => {
      await m.prepared;
      if (m.generation !== gen || this.stopped) return;
      const firstBoot = this.prepareBoot(m);
      if (firstBoot && inst.userData) await this.runUserData(m, inst.userData);
      if (m.generation !== gen || this.stopped || inst.status !== "Running") return;
      const hostKey = readFileSync(join(root, "etc/ssh/ssh_host_ed25519_key"), "utf8");
      const srv = new InstanceSshServer(
        {
          instanceId: inst.id,
          root,
          password: () => this.model.password(inst.id),
          sandbox: this.sandboxFor(m),
          sftpServer: this.sftpServer,
          log: this.opts.log,
          busy: (startedAt, endedAt) =>
            this.model.events.emit("machine.busy", { instanceId: inst.id, what: "exec", startedAt, endedAt }),
        },
        hostKey,
      );
      if (!this.sandboxMode) srv.refuseCommands(this.sandboxError!);
      m.server = srv;
      this.watchPower(m);
      await Promise.all(m.addresses.map((a) => this.listenOn(srv, a, inst.id)));
      m.sshSince = Date.now();
      this.model.events.emit("machine.busy", {
        instanceId: inst.id,
        what: "boot",
        startedAt: bootStart,
        endedAt: m.sshSince,
      });
      this.opts.log?.(`${inst.id}: SSH answers on ${srv.addresses().join(", ")} port ${this.port}`);
    })().catch((e) => this.opts.log?.(`${inst.id}: boot failed: ${(e as Error).message}`));
  }

  /** Boot-time changes to the root; returns whether this is the instance's first boot. */
  private prepareBoot(m: Machine): boolean {
    const inst = m.instance;
    const r = (p: string) => join(m.root, p);
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
    if (inst.bootKeyPairName) {
      const kp = [...this.model.state.store<KeyPairRecord>("keypair").values()].find(
        (k) =>
          k.name === inst.bootKeyPairName && k.accountId === inst.accountId && k.regionId === inst.regionId,
      );
      if (kp) {
        const home = machineUsers(m.root).find((u) => u.name === "root")?.home ?? "/root";
        const dir = safeHostPath(m.root, `${home}/.ssh`);
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const file = join(dir, "authorized_keys");
        const have = existsSync(file) ? readFileSync(file, "utf8") : "";
        if (!have.includes(kp.publicKey)) {
          const sep = have && !have.endsWith("\n") ? "\n" : "";
          writeFileSync(file, `${have}${sep}${kp.publicKey} ${kp.name}\n`, { mode: 0o600 });
        }
      }
    }
    return first;
  }

  private async runUserData(m: Machine, b64: string): Promise<void> {
    const data = Buffer.from(b64, "base64");
    const dir = join(m.root, `var/lib/cloud/instances/${m.instance.id}`);
    writeFileSync(join(dir, "user-data.txt"), data, { mode: 0o600 });
    const logFile = join(m.root, "var/log/cloud-init-output.log");
    mkdirSync(join(m.root, "var/log"), { recursive: true });
    const log = (s: string | Buffer) => writeFileSync(logFile, s, { flag: "a" });
    if (!data.subarray(0, 2).equals(Buffer.from("#!"))) {
      log(`user data is not a script (only "#!" scripts run in the emulator); not run\n`);
      return;
    }
    if (!this.sandboxMode) {
      log(`${this.sandboxError}\n`);
      return;
    }
    mkdirSync(join(dir, "scripts"), { recursive: true });
    writeFileSync(join(dir, "scripts/part-001"), data, { mode: 0o700 });
    const root: MachineUser = { name: "root", uid: 0, gid: 0, home: "/root", shell: "/bin/sh" };
    const proc = spawnInSandbox(
      {
        ...this.sandboxFor(m)(root),
        cwd: "/",
        env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root" },
      },
      [`/var/lib/cloud/instances/${m.instance.id}/scripts/part-001`],
    );
    proc.stdin.end();
    proc.stdout.on("data", log);
    proc.stderr.on("data", log);
    m.userData = proc;
    const end = await proc.exited;
    m.userData = undefined;
    log(`user data script ended: ${JSON.stringify(end)}\n`);
  }

  private watchPower(m: Machine): void {
    const dir = join(m.root, "run/.emulator");
    try {
      m.watcher = watch(dir, () => {
        const file = join(dir, "power");
        if (!existsSync(file)) return;
        const action = readFileSync(file, "utf8").trim();
        rmSync(file, { force: true });
        const inst = m.instance;
        if (inst.status !== "Running") return;
        this.opts.log?.(`${inst.id}: ${action} requested inside the instance`);
        try {
          if (action === "reboot") rebootInstance(this.model.state, inst.accountId, inst.id);
          else stopInstance(this.model.state, inst.accountId, inst.id);
        } catch (e) {
          this.opts.log?.(`${inst.id}: ${action} refused: ${(e as Error).message}`);
        }
      });
      m.watcher.on("error", () => {});
    } catch {
      // no watch: in-guest power requests are not heard
    }
  }

  private async shutdown(m: Machine): Promise<void> {
    m.generation++;
    m.userData?.kill();
    m.watcher?.close();
    m.watcher = undefined;
    const srv = m.server;
    m.server = undefined;
    m.sshSince = undefined;
    await srv?.close();
  }
}

function safeHostPath(root: string, path: string): string {
  try {
    return resolveInRoot(root, path);
  } catch {
    return join(root, path);
  }
}
