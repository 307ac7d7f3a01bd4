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
import { existsSync, type FSWatcher, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { CloudModel } from "../model/index.js";
import { rebootInstance, stopInstance } from "../model/instances.js";
import { reach } from "../model/reachability.js";
import type { ImageRecord, InstanceRecord, KeyPairRecord } from "../model/resources.js";
import { prepareBoot, runUserData } from "./cloud-init.js";
import { DiskStore, type InspectTarget } from "./disks.js";
import { copyTree, type DirEntry, removeTree } from "./filesystem.js";
import { installPowerControl, watchPowerRequests } from "./power.js";
import { describeRunner, type RunnerLocation, runnerLocation } from "./runner.js";
import { bwrapAvailable, type SandboxMode, type SandboxProcess } from "./sandbox.js";
import { claimSlot } from "./slots.js";
import { InstanceSshServer, type MachineUser } from "./ssh-server.js";

export type { InspectTarget } from "./disks.js";
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
  /** Progress lines (boots, logins, power requests, dropped connections). */
  log?: (line: string) => void;
  /**
   * Where the client stands (model/reachability.ts): default outside every VPC at
   * `IMAGE_BUILD_EMULATOR_RUNNER_ADDRESS` or 203.0.113.10; `vpcId` (or
   * `IMAGE_BUILD_EMULATOR_RUNNER_VPC`) places it inside a VPC (`*`: every VPC).
   */
  runner?: Partial<RunnerLocation>;
}

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

/** The machines of one emulator. */
export class Machines {
  readonly dir: string;
  /** How commands run, or undefined when they are refused (see `sandboxError`). */
  readonly sandboxMode: SandboxMode | undefined;
  readonly sandboxError?: string;
  private port: number;
  private readonly fallbackPort: number;
  private readonly machines = new Map<string, Machine>();
  private readonly overrides: [string, string][];
  private readonly sftpServer?: string;
  private readonly disks: DiskStore;
  private runnerAt: RunnerLocation;
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
    this.runnerAt = runnerLocation(opts.runner);
    const claim = claimSlot();
    this.slot = claim.slot;
    model.state.addresses.useSlot(claim.slot);
    this.off.push(claim.release);
    for (const d of ["instances", "bin"]) mkdirSync(join(this.dir, d), { recursive: true });
    this.disks = new DiskStore(model, this.dir, (id) => this.machines.get(id)?.root);
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
    this.overrides = installPowerControl(join(this.dir, "bin"));
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
      if (sys && m) copyTree(m.source ?? m.root, this.disks.snapshotDir(sys.snapshotId));
    };
    const onSnapshotCapture = (e: { snapshotId: string; instanceId: string; diskType: string }) => {
      const m = this.machines.get(e.instanceId);
      if (e.diskType === "system" && m) copyTree(m.source ?? m.root, this.disks.snapshotDir(e.snapshotId));
    };
    const onImageCopy = ({ imageId, sourceImageId }: { imageId: string; sourceImageId: string }) => {
      const from = this.disks.imageRoot(sourceImageId);
      const copy = model.state.store<ImageRecord>("image").get(imageId);
      const sys = copy?.mappings.find((m) => m.type === "system");
      if (from && sys) copyTree(from, this.disks.snapshotDir(sys.snapshotId), true);
    };
    const onRemoved = ({ kind, id }: { kind: string; id: string }) => {
      if (kind === "snapshot") removeTree(this.disks.snapshotDir(id));
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

  /** Where the client stands on the emulated network (see MachinesOptions.runner). */
  get runner(): RunnerLocation {
    return { ...this.runnerAt };
  }

  /**
   * Moves the client: `{ vpcId }` places it inside a VPC (a self-hosted runner), `{ vpcId: undefined }`
   * outside every VPC again. Connections opened from then on are judged by the new place.
   */
  setRunner(location: Partial<RunnerLocation>): void {
    this.runnerAt = runnerLocation({ ...this.runnerAt, ...location });
    this.opts.log?.(`image-build emulator: the client is now ${describeRunner(this.runnerAt)}`);
  }

  /** The root directory holding an image's files (a public image's base, or its system snapshot's). */
  imageRoot(imageId: string, regionId?: string): string | undefined {
    return this.disks.imageRoot(imageId, regionId);
  }

  /** Reads a file inside an instance, image or snapshot (as the instance would see it). */
  readFile(target: InspectTarget, path: string): Buffer {
    return this.disks.readFile(target, path);
  }

  /** Lists a directory inside an instance, image or snapshot. */
  listDir(target: InspectTarget, path: string): DirEntry[] {
    return this.disks.listDir(target, path);
  }

  /** Whether a path exists inside an instance, image or snapshot. */
  exists(target: InspectTarget, path: string): boolean {
    return this.disks.exists(target, path);
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
      const image = this.disks.imageRoot(inst.imageId, inst.regionId);
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
    return (user: MachineUser) => ({
      mode: this.sandboxMode ?? ("bwrap" as const),
      root: m.root,
      hostname: m.instance.hostName,
      uid: user.uid,
      gid: user.gid,
      overrides: this.overrides,
      hostNetwork: this.opts.hostNetwork ?? false,
      bwrap: this.opts.bwrapPath,
    });
  }

  private bootKeyPair(inst: InstanceRecord): KeyPairRecord | undefined {
    if (!inst.bootKeyPairName) return undefined;
    return [...this.model.state.store<KeyPairRecord>("keypair").values()].find(
      (k) =>
        k.name === inst.bootKeyPairName && k.accountId === inst.accountId && k.regionId === inst.regionId,
    );
  }

  private boot(m: Machine): void {
    const gen = ++m.generation;
    const inst = m.instance;
    const root = m.root;
    const bootStart = Date.now();
    m.booted = (async () => {
      await m.prepared;
      if (m.generation !== gen || this.stopped) return;
      const firstBoot = prepareBoot(root, inst, this.bootKeyPair(inst));
      if (firstBoot && inst.userData) {
        await runUserData(
          root,
          inst.id,
          inst.userData,
          this.sandboxMode ? this.sandboxFor(m) : undefined,
          this.sandboxError,
          (proc) => {
            m.userData = proc;
          },
        );
      }
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
          admit: (address, port) => reach(this.model.state, inst, address, port, this.runnerAt),
        },
        hostKey,
      );
      if (!this.sandboxMode) srv.refuseCommands(this.sandboxError!);
      m.server = srv;
      m.watcher = watchPowerRequests(root, (action) => this.onPowerRequest(inst, action));
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

  private onPowerRequest(inst: InstanceRecord, action: string): void {
    if (inst.status !== "Running") return;
    this.opts.log?.(`${inst.id}: ${action} requested inside the instance`);
    try {
      if (action === "reboot") rebootInstance(this.model.state, inst.accountId, inst.id);
      else stopInstance(this.model.state, inst.accountId, inst.id);
    } catch (e) {
      this.opts.log?.(`${inst.id}: ${action} refused: ${(e as Error).message}`);
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
