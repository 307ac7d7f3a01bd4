/**
 * The SSH communicator (Packer 1.6.6's `communicator/ssh`), on ssh2: one connection (direct or
 * through a bastion), commands with streamed output and Packer's exit statuses, scp or sftp
 * transfers, keepalives, a read/write idle timeout, and a reconnect when a session cannot be opened
 * (after a reboot, for example).
 */
import net from "node:net";
import type { Duplex, Writable } from "node:stream";
import type { AuthenticationType, ClientChannel, ConnectConfig, SFTPWrapper } from "ssh2";
import ssh2 from "ssh2";
import { ByteReader, EofError } from "./byte-reader.js";
import { CMD_DISCONNECT, type Communicator, type StartOptions, type UploadSource } from "./communicator.js";
import { type ScpChannel, scpDownloadDir, scpDownloadFile, scpUploadDir, scpUploadFile } from "./scp.js";
import { sftpDownload, sftpUploadDir, sftpUploadFile } from "./sftp.js";
import { openTunnels, type TunnelSpec } from "./tunnel.js";

/** How to authenticate one SSH hop, in Packer's order: agent, keys, password (+ keyboard-interactive). */
export interface SshAuth {
  username: string;
  /** PEM/OpenSSH private keys, tried in order. */
  privateKeys: (string | Buffer)[];
  password?: string;
  /** SSH agent socket (`SSH_AUTH_SOCK`) when agent auth is on. */
  agent?: string;
}

/** One hop: where and how. */
export interface SshEndpoint extends SshAuth {
  host: string;
  port: number;
}

/** Everything one connection attempt needs (Packer's `ssh.Config` plus the client config). */
export interface SshOptions extends SshEndpoint {
  /** Jump through this host first (`ssh_bastion_*`). */
  bastion?: SshEndpoint;
  /** Request a pty for commands (`ssh_pty`). */
  pty?: boolean;
  fileTransferMethod?: "scp" | "sftp";
  /** Keepalive interval in ms; <= 0 disables (`ssh_keep_alive_interval`, default 5 s). */
  keepAliveIntervalMs?: number;
  /** Idle read/write timeout of the connection in ms; 0: none (`ssh_read_write_timeout`). */
  readWriteTimeoutMs?: number;
  /** Handshake timeout (Packer: 1 minute). */
  handshakeTimeoutMs?: number;
  ciphers?: string[];
  keyExchangeAlgorithms?: string[];
  /** Forward the local agent (`SSH_AUTH_SOCK`) unless `ssh_disable_agent_forwarding`. */
  agentForwardSocket?: string;
  /** TCP connect timeout in ms (default 30 s, like Go's dialer in Packer's ConnectFunc). */
  connectTimeoutMs?: number;
  /** `ssh_local_tunnels` / `ssh_remote_tunnels`, opened on every connection. */
  tunnels?: TunnelSpec[];
}

/** Go's ssh signal numbers for `exit-signal` (status 128 + n). */
const SIGNALS: Record<string, number> = {
  ABRT: 6,
  ALRM: 14,
  FPE: 8,
  HUP: 1,
  ILL: 4,
  INT: 2,
  KILL: 9,
  PIPE: 13,
  QUIT: 3,
  SEGV: 11,
  TERM: 15,
  USR1: 10,
  USR2: 12,
};

/** A failed connection attempt; `auth` is true when authentication was refused. */
export class SshConnectError extends Error {
  constructor(
    message: string,
    readonly auth: boolean,
    readonly tcp = false,
  ) {
    super(message);
    this.name = "SshConnectError";
  }
}

type Ssh2Client = InstanceType<typeof ssh2.Client>;

/** How a remote command ended: `exit-status`, `exit-signal` (name without SIG), or neither yet. */
interface RemoteExit {
  status?: number;
  signal?: string;
}

/** The ordered auth methods of one hop, as ssh2 auth handler objects. */
function authMethods(a: SshAuth): { type: string; make: () => Record<string, unknown> }[] {
  const list: { type: string; make: () => Record<string, unknown> }[] = [];
  if (a.agent)
    list.push({ type: "publickey", make: () => ({ type: "agent", username: a.username, agent: a.agent }) });
  for (const key of a.privateKeys) {
    list.push({ type: "publickey", make: () => ({ type: "publickey", username: a.username, key }) });
  }
  if (a.password) {
    const password = a.password;
    list.push({ type: "password", make: () => ({ type: "password", username: a.username, password }) });
    list.push({
      type: "keyboard-interactive",
      make: () => ({
        type: "keyboard-interactive",
        username: a.username,
        // Packer's PasswordKeyboardInteractive: the password answers every prompt.
        prompt: (_n: string, _i: string, _l: string, prompts: unknown[], finish: (r: string[]) => void) =>
          finish(prompts.map(() => password)),
      }),
    });
  }
  return list;
}

/** An ssh2 handshake over `sock` with Packer's auth order; rejects with Go-like texts. */
function handshake(
  sock: Duplex | undefined,
  hop: SshEndpoint,
  opts: Pick<SshOptions, "handshakeTimeoutMs" | "ciphers" | "keyExchangeAlgorithms" | "keepAliveIntervalMs">,
  agentForwardSocket?: string,
): Promise<Ssh2Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    const methods = authMethods(hop);
    const tried = new Set<string>(["none"]);
    let next = 0;
    let settled = false;
    const done = (err?: Error) => {
      if (settled) return;
      settled = true;
      if (err) {
        client.removeAllListeners("ready");
        client.on("error", () => {});
        client.end();
        reject(err);
      } else resolve(client);
    };
    const authHandler = (
      methodsLeft: AuthenticationType[] | null,
      _partial: boolean | null,
      cb: (m: unknown) => void,
    ) => {
      if (methodsLeft === null) return cb({ type: "none", username: hop.username });
      while (next < methods.length) {
        const m = methods[next++];
        if (!methodsLeft.includes(m.type as AuthenticationType)) continue;
        tried.add(m.type);
        return cb(m.make());
      }
      return cb(false);
    };
    client.on("ready", () => done());
    client.on("error", (err: Error & { level?: string }) => {
      if (err.level === "client-authentication") {
        const attempted = [...tried].sort().join(" ");
        done(
          new SshConnectError(
            `ssh: handshake failed: ssh: unable to authenticate, attempted methods [${attempted}], no supported methods remain`,
            true,
          ),
        );
      } else if (/Timed out while waiting for handshake/.test(err.message)) {
        done(new SshConnectError("Timeout during SSH handshake", false));
      } else done(new SshConnectError(`ssh: handshake failed: ${err.message}`, false));
    });
    client.on("close", () => done(new SshConnectError("ssh: handshake failed: EOF", false)));
    const algorithms: ConnectConfig["algorithms"] = {};
    if (opts.ciphers?.length) algorithms.cipher = opts.ciphers as never;
    if (opts.keyExchangeAlgorithms?.length) algorithms.kex = opts.keyExchangeAlgorithms as never;
    const keepAlive = opts.keepAliveIntervalMs ?? 5_000;
    const config: ConnectConfig = {
      host: hop.host,
      port: hop.port,
      username: hop.username,
      sock: sock as never,
      readyTimeout: opts.handshakeTimeoutMs ?? 60_000,
      keepaliveInterval: Math.max(keepAlive, 0),
      keepaliveCountMax: 3,
      algorithms,
      authHandler: authHandler as never,
      // Packer ignores host keys (InsecureIgnoreHostKey).
      hostVerifier: () => true,
    };
    if (agentForwardSocket) {
      config.agent = agentForwardSocket;
      config.agentForward = true;
    }
    client.connect(config);
  });
}

/** Go's dial error text: `dial tcp 127.0.0.1:1: connect: connection refused`. */
function dialError(host: string, port: number, e: NodeJS.ErrnoException): string {
  const reason: Record<string, string> = {
    ECONNREFUSED: "connect: connection refused",
    ETIMEDOUT: "i/o timeout",
    EHOSTUNREACH: "connect: no route to host",
    ENETUNREACH: "connect: network is unreachable",
  };
  return `dial tcp ${host}:${port}: ${reason[e.code ?? ""] ?? e.message}`;
}

/** Opens TCP to host:port (Packer's ConnectFunc). */
export function dialTcp(host: string, port: number, timeoutMs = 30_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host, port });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new SshConnectError(dialError(host, port, { code: "ETIMEDOUT" } as never), false, true));
    }, timeoutMs);
    sock.once("connect", () => {
      clearTimeout(timer);
      sock.setNoDelay(true);
      sock.removeAllListeners("error");
      resolve(sock);
    });
    sock.once("error", (e) => {
      clearTimeout(timer);
      reject(new SshConnectError(dialError(host, port, e), false, true));
    });
  });
}

/** One connection: TCP (or bastion + direct-tcpip) then the handshake. */
async function openConnection(opts: SshOptions): Promise<{ client: Ssh2Client; bastion?: Ssh2Client }> {
  const rw = opts.readWriteTimeoutMs ?? 0;
  if (opts.bastion) {
    const b = opts.bastion;
    const bsock = await dialTcp(b.host, b.port, opts.connectTimeoutMs);
    if (rw > 0) bsock.setTimeout(rw, () => bsock.destroy(new Error("i/o timeout")));
    let bastion: Ssh2Client;
    try {
      bastion = await handshake(bsock, b, opts);
    } catch (e) {
      const err = e as SshConnectError;
      throw new SshConnectError(`Error connecting to bastion: ${err.message}`, err.auth);
    }
    const stream = await new Promise<Duplex>((resolve, reject) =>
      bastion.forwardOut("127.0.0.1", 0, opts.host, opts.port, (err, ch) =>
        err
          ? reject(new SshConnectError(`ssh: rejected: connect failed (${err.message})`, false, true))
          : resolve(ch),
      ),
    ).catch((e) => {
      bastion.end();
      throw e;
    });
    try {
      const client = await handshake(stream, opts, opts, opts.agentForwardSocket);
      client.on("close", () => bastion.end());
      return { client, bastion };
    } catch (e) {
      bastion.end();
      throw e;
    }
  }
  const sock = await dialTcp(opts.host, opts.port, opts.connectTimeoutMs);
  if (rw > 0) sock.setTimeout(rw, () => sock.destroy(new Error("i/o timeout")));
  return { client: await handshake(sock, opts, opts, opts.agentForwardSocket) };
}

/** Packer's ssh communicator. Create with {@link SshCommunicator.connect}. */
export class SshCommunicator implements Communicator {
  private client?: Ssh2Client;
  private bastion?: Ssh2Client;
  private closeTunnels?: () => void;
  private alive = false;

  private constructor(readonly options: SshOptions) {}

  /** One connection attempt (Packer's `ssh.New`); rejects with an {@link SshConnectError}. */
  static async connect(options: SshOptions): Promise<SshCommunicator> {
    const comm = new SshCommunicator(options);
    await comm.reconnect();
    return comm;
  }

  private async reconnect(): Promise<void> {
    this.dispose();
    const { client, bastion } = await openConnection(this.options);
    this.client = client;
    this.bastion = bastion;
    this.alive = true;
    client.on("error", () => {});
    client.on("close", () => {
      if (this.client === client) this.alive = false;
    });
    client.on("end", () => {
      if (this.client === client) this.alive = false;
    });
    if (this.options.tunnels?.length) {
      try {
        this.closeTunnels = await openTunnels(client, this.options.tunnels);
      } catch (e) {
        this.dispose();
        throw new SshConnectError((e as Error).message, false);
      }
    }
  }

  private dispose(): void {
    this.closeTunnels?.();
    this.closeTunnels = undefined;
    this.alive = false;
    this.client?.end();
    this.bastion?.end();
    this.client = undefined;
    this.bastion = undefined;
  }

  /** Opens a channel with `open`; when that fails, reconnects once and tries again (newSession). */
  private async session<T>(open: (c: Ssh2Client) => Promise<T>): Promise<T> {
    if (this.client && this.alive) {
      try {
        return await open(this.client);
      } catch {
        // fall through to a reconnect, as Packer does when NewSession fails
      }
    }
    await this.reconnect();
    if (!this.client) throw new Error("client not available");
    return open(this.client);
  }

  /**
   * Opens an exec channel. Its exit (`exit-status`/`exit-signal`) is recorded from the exec reply on:
   * the exit can arrive in the same read as the reply, and ssh2 emits it before an awaiting caller
   * could listen.
   */
  private execChannel(command: string, pty: boolean): Promise<{ ch: ClientChannel; exit: RemoteExit }> {
    return this.session(
      (c) =>
        new Promise<{ ch: ClientChannel; exit: RemoteExit }>((resolve, reject) => {
          const options = pty
            ? {
                pty: {
                  term: "xterm",
                  rows: 40,
                  cols: 80,
                  modes: { ECHO: 0, TTY_OP_ISPEED: 14400, TTY_OP_OSPEED: 14400 },
                },
              }
            : {};
          try {
            c.exec(command, options as never, (err, ch) => {
              if (err) return reject(err);
              const exit: RemoteExit = {};
              ch.on("exit", (code: number | null, sig?: string) => {
                if (typeof code === "number") exit.status = code;
                else if (sig) exit.signal = sig.replace(/^SIG/, "");
              });
              resolve({ ch, exit });
            });
          } catch (e) {
            reject(e);
          }
        }),
    );
  }

  async start(command: string, options: StartOptions = {}): Promise<number> {
    const { signal } = options;
    signal?.throwIfAborted();
    const { ch, exit } = await this.execChannel(`${command}\n`, this.options.pty ?? false);
    return new Promise<number>((resolve, reject) => {
      const onAbort = () => {
        ch.close();
        reject(signal?.reason ?? new Error("aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      ch.on("data", (c: Buffer) => options.stdout?.(c));
      ch.stderr.on("data", (c: Buffer) => options.stderr?.(c));
      ch.on("close", () => {
        signal?.removeEventListener("abort", onAbort);
        if (exit.status !== undefined) resolve(exit.status);
        else if (exit.signal !== undefined) resolve(128 + (SIGNALS[exit.signal] ?? 0));
        else resolve(CMD_DISCONNECT);
      });
      // Without stdin (Packer's shell and file provisioners) the remote side reads EOF at once.
      if (options.stdin) options.stdin.pipe(ch);
      else ch.end();
    });
  }

  /** Runs `command` as an scp session: our callback speaks the protocol; then the exit is checked. */
  private async scpSession(command: string, fn: (ch: ScpChannel) => Promise<void>): Promise<void> {
    const { ch, exit } = await this.execChannel(command, false);
    const reader = new ByteReader(ch);
    ch.stderr.on("data", () => {});
    const closed = new Promise<void>((r) => ch.on("close", () => r()));
    const write = (data: Buffer | string) =>
      new Promise<void>((resolve, reject) => {
        if (ch.destroyed || !ch.writable) return reject(new EofError());
        if (ch.write(data)) resolve();
        else {
          const cleanup = () => {
            ch.off("drain", onDrain);
            ch.off("close", onClose);
          };
          const onDrain = () => {
            cleanup();
            resolve();
          };
          const onClose = () => {
            cleanup();
            reject(new EofError());
          };
          ch.on("drain", onDrain);
          ch.on("close", onClose);
        }
      });
    try {
      await fn({ write, reader });
    } catch (e) {
      if (!(e instanceof EofError)) {
        ch.close();
        throw e;
      }
    }
    ch.end();
    await closed;
    const { status, signal: signalName } = exit;
    if (status === 0) return;
    if (status === undefined && signalName === undefined) {
      throw new Error("wait: remote command exited without exit status or exit signal");
    }
    if (status === 127) {
      throw new Error(
        "SCP failed to start. This usually means that SCP is not\nproperly installed on the remote system.",
      );
    }
    if (status === undefined) {
      throw new Error(
        `Process exited with status ${128 + (SIGNALS[signalName ?? ""] ?? 0)} from signal ${signalName}`,
      );
    }
    throw new Error(`Process exited with status ${status}`);
  }

  private sftpSession<T>(fn: (sftp: SFTPWrapper) => Promise<T>): Promise<T> {
    return this.session(
      (c) =>
        new Promise<SFTPWrapper>((resolve, reject) =>
          c.sftp((err, s) => (err ? reject(new Error(`sftpSession error: ${err.message}`)) : resolve(s))),
        ),
    ).then(async (sftp) => {
      try {
        return await fn(sftp);
      } finally {
        sftp.end();
      }
    });
  }

  async upload(dst: string, source: UploadSource): Promise<void> {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpUploadFile(s, dst, source));
    const slash = dst.lastIndexOf("/");
    const dir = slash < 0 ? "." : slash === 0 ? "/" : dst.slice(0, slash);
    const file = dst.slice(slash + 1);
    // Packer escapes spaces in the remote directory only.
    return this.scpSession(`scp -vt ${dir.replaceAll(" ", "\\ ")}`, (ch) => scpUploadFile(ch, file, source));
  }

  async uploadDir(dst: string, src: string): Promise<void> {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpUploadDir(s, dst, src));
    return this.scpSession(`scp -rvt ${dst}`, (ch) => scpUploadDir(ch, src));
  }

  async download(src: string, output: Writable): Promise<void> {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpDownload(s, src, output));
    const path = src.includes(" ") ? JSON.stringify(src) : src;
    return this.scpSession(`scp -vf ${path}`, (ch) =>
      scpDownloadFile(
        ch,
        (chunk) => new Promise<void>((r, j) => output.write(chunk, (e) => (e ? j(e) : r()))),
      ),
    );
  }

  /** Always scp, as in Packer 1.6.6 (sftp has no DownloadDir there). */
  async downloadDir(src: string, dst: string): Promise<void> {
    return this.scpSession(`scp -vrf ${src}`, (ch) => scpDownloadDir(ch, dst));
  }

  async close(): Promise<void> {
    this.dispose();
  }
}
