/**
 * The SSH server of one running instance (ssh2), answering on each of its 127.x addresses.
 *
 * Authentication as the instance's sshd would: a user of the instance's `/etc/passwd` with a login
 * shell, by a key in that user's `~/.ssh/authorized_keys` inside the instance (where the boot key
 * pair is written, as cloud-init does), or as `root` with the instance password (password and
 * keyboard-interactive). Nothing else gets in.
 *
 * Sessions: `exec` (with or without a pty), `shell`, the `sftp` subsystem (OpenSSH's sftp-server
 * inside the sandbox), `env`, `signal`, `window-change`; exit status or exit signal as OpenSSH
 * reports them. Global requests it does not know (keepalive@openssh.com, keepalive@packer.io) get
 * a failure reply, as sshd answers them. scp runs as the real `scp -t`/`-f` inside the sandbox.
 */
import { timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import ssh2, { type Connection, type ServerChannel } from "ssh2";
import { readInRoot, resolveInRoot } from "./filesystem.js";
import type { ExitInfo, SandboxProcess, SandboxSpec } from "./sandbox.js";
import { shQuote, spawnInSandbox } from "./sandbox.js";

// ssh2 is CommonJS: its named exports are properties of the default export under Node's ESM loader.
const { Server: SshServer, utils } = ssh2;

/** A user of the instance, from its /etc/passwd. */
export interface MachineUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

/** What the server needs from its machine. */
export interface SshHost {
  instanceId: string;
  root: string;
  /** The instance password (root's), if one was set. */
  password(): string | undefined;
  /** A sandbox spec for a user (env and cwd filled by the server). */
  sandbox(user: MachineUser): Omit<SandboxSpec, "env" | "cwd">;
  /** Path of sftp-server inside the sandbox, if installed. */
  sftpServer?: string;
  log?(line: string): void;
  /** Told when a command, shell or subsystem ends: when it started and ended (epoch ms). */
  busy?(startedAt: number, endedAt: number): void;
  /**
   * Whether the network lets this connection (to `address:port`) through; when it does not, the
   * connection is held without a byte in either direction (a dropped SYN: the client times out).
   */
  admit?(address: string, port: number): { ok: true } | { ok: false; reason: string };
}

/** How long a dropped connection is held before the server lets go of it. */
const DROP_HOLD_MS = 5 * 60_000;

const NO_LOGIN = /\/(nologin|false)$/;

/** Users of the instance's /etc/passwd. */
export function machineUsers(root: string): MachineUser[] {
  let text = "";
  try {
    text = readInRoot(root, "/etc/passwd").toString("utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split(":"))
    .filter((f) => f.length >= 7)
    .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] }));
}

/** Public key blobs in a user's ~/.ssh/authorized_keys inside the instance (options before the key are skipped). */
export function authorizedKeys(root: string, home: string): Buffer[] {
  let text: string;
  try {
    text = readFileSync(resolveInRoot(root, `${home}/.ssh/authorized_keys`), "utf8");
  } catch {
    return [];
  }
  const out: Buffer[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t || t.startsWith("#")) continue;
    const m = /(?:^|\s)((?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-\S+)\s+[A-Za-z0-9+/=]+)/.exec(t);
    if (!m) continue;
    const k = utils.parseKey(m[1]);
    if (k instanceof Error) continue;
    const key = Array.isArray(k) ? k[0] : k;
    out.push(key.getPublicSSH());
  }
  return out;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** One instance's SSH server: listeners per address, live connections and commands. */
export class InstanceSshServer {
  private readonly ssh: InstanceType<typeof SshServer>;
  private readonly listeners = new Map<string, net.Server>();
  private readonly connections = new Set<Connection>();
  private readonly sockets = new Set<net.Socket>();
  private readonly procs = new Set<SandboxProcess>();
  private down = false;
  private refusal?: string;

  constructor(
    private readonly host: SshHost,
    hostKey: string,
  ) {
    const debug = process.env.IMAGE_BUILD_EMULATOR_SSH_DEBUG
      ? (m: string) => this.host.log?.(`${host.instanceId} ssh2: ${m}`)
      : undefined;
    this.ssh = new SshServer({ hostKeys: [hostKey], ident: "OpenSSH_8.0", debug }, (client) =>
      this.onClient(client),
    );
  }

  /** Makes every command fail with this message (no sandbox to run it in). */
  refuseCommands(message: string): void {
    this.refusal = message;
  }

  /** The addresses it listens on. */
  addresses(): string[] {
    return [...this.listeners.keys()];
  }

  /** Listens on `address:port`; rejects with the listen error (EACCES for port 22 without privileges). */
  listen(address: string, port: number): Promise<void> {
    if (this.listeners.has(address) || this.down) return Promise.resolve();
    const srv = net.createServer((sock) => {
      this.sockets.add(sock);
      sock.once("close", () => this.sockets.delete(sock));
      sock.on("error", () => {});
      const verdict = this.host.admit?.(address, port) ?? { ok: true };
      if (!verdict.ok) {
        this.host.log?.(
          `${this.host.instanceId}: connection to ${address}:${port} dropped: ${verdict.reason}`,
        );
        sock.pause();
        const t = setTimeout(() => sock.destroy(), DROP_HOLD_MS);
        t.unref();
        sock.once("close", () => clearTimeout(t));
        return;
      }
      // Each packet leaves at once. Without ssh2's native crypto binding its JavaScript ciphers
      // write a packet in pieces (length, payload, MAC/tag); with Nagle on, every piece after the
      // first waits for the peer's delayed ACK (~40 ms), so replies such as CHANNEL_SUCCESS lag
      // and arrive in one segment with the command's exit-status, EOF and CLOSE.
      sock.setNoDelay(true);
      this.ssh.injectSocket(sock);
    });
    return new Promise((resolve, reject) => {
      srv.once("error", reject);
      srv.listen({ host: address, port, exclusive: true }, () => {
        srv.off("error", reject);
        this.listeners.set(address, srv);
        resolve();
      });
    });
  }

  /** Stops listening on an address (its live connections stay, as a removed EIP's would until they time out). */
  unlisten(address: string): void {
    this.listeners.get(address)?.close();
    this.listeners.delete(address);
  }

  /** The machine goes down: listeners closed, commands killed, connections dropped without exit statuses. */
  async close(): Promise<void> {
    this.down = true;
    for (const p of this.procs) p.kill();
    for (const s of this.sockets) s.destroy();
    await Promise.all([...this.listeners.values()].map((l) => new Promise<void>((r) => l.close(() => r()))));
    this.listeners.clear();
  }

  private onClient(client: Connection): void {
    this.connections.add(client);
    client.on("error", () => {});
    client.on("close", () => this.connections.delete(client));
    let user: MachineUser | undefined;
    client.on("authentication", (ctx) => {
      const methods: ("publickey" | "password" | "keyboard-interactive")[] = [
        "publickey",
        "password",
        "keyboard-interactive",
      ];
      const u = machineUsers(this.host.root).find((x) => x.name === ctx.username);
      const allowed = u && !NO_LOGIN.test(u.shell);
      const passwordOk = (given: string) => {
        const pw = this.host.password();
        return !!(allowed && u!.uid === 0 && u!.name === "root" && pw !== undefined && sameSecret(given, pw));
      };
      if (ctx.method === "publickey") {
        const keys = allowed ? authorizedKeys(this.host.root, u!.home) : [];
        if (!keys.some((k) => k.equals(ctx.key.data))) {
          this.host.log?.(
            `${this.host.instanceId}: publickey (${ctx.key.algo}) refused for ${ctx.username}: not an authorized key`,
          );
          return ctx.reject(methods);
        }
        if (!ctx.signature) {
          // ssh2 answers a key query (PK_OK) with "ssh-rsa" where the client asked with
          // rsa-sha2-256/512; Go's x/crypto (Packer) then drops the key. Echo the client's name.
          if (ctx.key.algo === "ssh-rsa" && ctx.hashAlgo)
            ctx.key.algo = ctx.hashAlgo === "sha256" ? "rsa-sha2-256" : "rsa-sha2-512";
          return ctx.accept();
        }
        const parsed = utils.parseKey(ctx.key.data);
        const key = parsed instanceof Error ? undefined : Array.isArray(parsed) ? parsed[0] : parsed;
        let ok: boolean | Error | undefined;
        try {
          ok = key?.verify(ctx.blob!, ctx.signature, ctx.hashAlgo);
        } catch (e) {
          ok = e as Error;
        }
        if (ok !== true) {
          this.host.log?.(
            `${this.host.instanceId}: publickey (${ctx.key.algo}) refused for ${ctx.username}: bad signature (${ok})`,
          );
          return ctx.reject(methods);
        }
        user = u;
        return ctx.accept();
      }
      if (ctx.method === "password") {
        if (!passwordOk(ctx.password)) return ctx.reject(methods);
        user = u;
        return ctx.accept();
      }
      if (ctx.method === "keyboard-interactive") {
        return ctx.prompt([{ prompt: "Password: ", echo: false }], (answers) => {
          if (answers.length !== 1 || !passwordOk(answers[0] ?? "")) return ctx.reject(methods);
          user = u;
          ctx.accept();
        });
      }
      ctx.reject(methods);
    });
    client.on("ready", () => {
      this.host.log?.(`${this.host.instanceId}: ${user!.name} logged in`);
      client.on("session", (acceptSession) => this.onSession(acceptSession(), user!, client));
      client.on("tcpip", (_a, reject) => reject());
    });
  }

  private onSession(session: import("ssh2").Session, user: MachineUser, client: Connection): void {
    const env: Record<string, string> = {};
    let pty: { term: string; rows: number; cols: number } | undefined;
    let proc: SandboxProcess | undefined;
    session.on("env", (accept, _reject, info) => {
      env[info.key] = info.val;
      accept?.();
    });
    session.on("pty", (accept, _reject, info) => {
      pty = { term: info.term || "xterm", rows: info.rows || 24, cols: info.cols || 80 };
      accept?.();
    });
    session.on("window-change", (accept) => accept?.());
    session.on("signal", (accept, _reject, info) => {
      proc?.signal(info.name);
      accept?.();
    });
    session.on("auth-agent", (_accept, reject) => reject?.());
    session.on("x11", (_accept, reject) => reject?.());
    const start = (channel: ServerChannel, command: string | undefined, subsystem?: string) => {
      if (this.refusal) {
        channel.stderr.write(`${this.refusal}\n`);
        channel.exit(126);
        channel.end();
        return;
      }
      proc = this.run(channel, user, env, pty, command, subsystem, client);
    };
    session.on("exec", (accept, _reject, info) => start(accept(), info.command));
    session.on("shell", (accept) => start(accept(), undefined));
    session.on("subsystem", (accept, reject, info) => {
      if (info.name !== "sftp" || !this.host.sftpServer) return reject();
      start(accept(), undefined, this.host.sftpServer);
    });
  }

  private run(
    channel: ServerChannel,
    user: MachineUser,
    clientEnv: Record<string, string>,
    pty: { term: string; rows: number; cols: number } | undefined,
    command: string | undefined,
    subsystem: string | undefined,
    client: Connection,
  ): SandboxProcess {
    const shell = user.shell || "/bin/sh";
    const sock = (client as unknown as { _sock?: net.Socket })._sock;
    const conn = `${sock?.remoteAddress ?? "127.0.0.1"} ${sock?.remotePort ?? 0} ${sock?.localAddress ?? ""} ${sock?.localPort ?? 22}`;
    const env: Record<string, string> = {
      ...clientEnv,
      USER: user.name,
      LOGNAME: user.name,
      HOME: user.home,
      SHELL: shell,
      PATH:
        user.uid === 0
          ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
          : "/usr/local/bin:/usr/bin:/bin",
      SSH_CONNECTION: conn,
      SSH_CLIENT: conn.split(" ").slice(0, 2).concat(conn.split(" ")[3]).join(" "),
      ...(pty ? { TERM: pty.term, SSH_TTY: "/dev/pts/0" } : {}),
      ...(command !== undefined ? { SSH_ORIGINAL_COMMAND: command } : {}),
    };
    let argv: string[];
    if (subsystem) argv = [subsystem];
    else if (pty) {
      const inner = `stty rows ${pty.rows} cols ${pty.cols} 2>/dev/null; exec ${shQuote(shell)} ${command === undefined ? "-l" : `-c ${shQuote(command)}`}`;
      argv = ["/usr/bin/script", "-qfec", inner, "/dev/null"];
    } else argv = command === undefined ? [shell, "-l"] : [shell, "-c", command];
    const spec: SandboxSpec = {
      ...this.host.sandbox(user),
      env,
      cwd: existsSync(resolveSafe(this.host.root, user.home)) ? user.home : "/",
    };
    const startedAt = Date.now();
    const proc = spawnInSandbox(spec, argv);
    this.procs.add(proc);
    channel.pipe(proc.stdin);
    proc.stdout.pipe(channel, { end: false });
    proc.stderr.pipe(channel.stderr, { end: false });
    channel.on("error", () => {});
    proc.exited.then((info: ExitInfo) => {
      this.procs.delete(proc);
      this.host.busy?.(startedAt, Date.now());
      if (this.down) return; // the machine went down: no exit status, as when sshd is killed
      if ("code" in info) channel.exit(info.code);
      else channel.exit(info.signal, info.coreDumped, "");
      channel.end();
    });
    return proc;
  }
}

function resolveSafe(root: string, path: string): string {
  try {
    return resolveInRoot(root, path);
  } catch {
    return "/nonexistent-path";
  }
}
