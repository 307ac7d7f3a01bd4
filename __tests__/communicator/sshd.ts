// A real OpenSSH sshd for communicator tests: started on 127.0.0.1 with a temporary config, host key
// and authorized_keys. As root with bubblewrap, it runs in a private mount namespace whose
// /etc/shadow holds a test password for root and whose /etc/pam.d/sshd is a minimal pam_unix
// stack, so password and keyboard-interactive authentication work without touching the machine.
// Otherwise it runs as the current user with public-key authentication only.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { ed25519KeyPair } from "../../emulator/machines/keys.js";

export const SSHD = ["/usr/sbin/sshd", "/usr/local/sbin/sshd"].find((p) => existsSync(p));
const SFTP_SERVER = [
  "/usr/lib/openssh/sftp-server",
  "/usr/libexec/openssh/sftp-server",
  "/usr/libexec/sftp-server",
].find((p) => existsSync(p));
const BWRAP = ["/usr/bin/bwrap"].find((p) => existsSync(p));
const IS_ROOT = process.getuid?.() === 0;

/** Why sshd tests cannot run here (undefined when they can). */
export const sshdMissing: string | undefined = !SSHD
  ? "OpenSSH sshd is not installed (Debian: apt-get install openssh-server); SSH tests are skipped"
  : undefined;
if (sshdMissing) console.warn(`NOTICE: ${sshdMissing}`);

/** True when password/keyboard-interactive logins work (root + bubblewrap). */
export const passwordAuthAvailable = Boolean(SSHD && IS_ROOT && BWRAP && canBwrap());
function canBwrap(): boolean {
  try {
    execFileSync(BWRAP!, ["--bind", "/", "/", "--dev-bind", "/dev", "/dev", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface SshdOptions {
  /** Record every command (`$SSH_ORIGINAL_COMMAND`) in `commandLog` (a ForceCommand wrapper). */
  logCommands?: boolean;
  /** PasswordAuthentication (default yes); `no` leaves keyboard-interactive for passwords. */
  passwordAuthentication?: boolean;
  /** Port to listen on (default: a free one). */
  port?: number;
}

export interface TestSshd {
  host: "127.0.0.1";
  port: number;
  user: string;
  /** The user's password (only when {@link passwordAuthAvailable}). */
  password: string;
  /** An authorized private key (OpenSSH format) and its file. */
  privateKey: string;
  privateKeyFile: string;
  publicKey: string;
  dir: string;
  /** Commands the server ran, in order (with logCommands). */
  commands(): string[];
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`sshd exited: ${stderr()}`));
      const s = net.connect({ host: "127.0.0.1", port });
      s.once("connect", () => {
        s.destroy();
        resolve();
      });
      s.once("error", () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`sshd did not listen: ${stderr()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts sshd; stop it with `stop()`. */
export async function startSshd(options: SshdOptions = {}): Promise<TestSshd> {
  if (!SSHD) throw new Error(sshdMissing);
  const dir = mkdtempSync(join(tmpdir(), "image-build-sshd-"));
  chmodSync(dir, 0o755);
  // The host key comes from OpenSSH's own ssh-keygen: sshd now and then refused ssh2-generated
  // ed25519 keys ("error in libcrypto") when many tests ran at once.
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "host_key")]);
  const client = ed25519KeyPair();
  writeFileSync(join(dir, "client_key"), client.private, { mode: 0o600 });
  writeFileSync(join(dir, "authorized_keys"), `${client.public}\n`, { mode: 0o600 });
  const port = options.port ?? (await freePort());
  const password = randomBytes(9).toString("base64url");
  const user = userInfo().username;
  const log = join(dir, "commands.log");
  const config = [
    "ListenAddress 127.0.0.1",
    `Port ${port}`,
    `HostKey ${join(dir, "host_key")}`,
    `PidFile ${join(dir, "sshd.pid")}`,
    `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
    "StrictModes no",
    "PermitRootLogin yes",
    `PasswordAuthentication ${options.passwordAuthentication === false ? "no" : "yes"}`,
    "KbdInteractiveAuthentication yes",
    `UsePAM ${passwordAuthAvailable ? "yes" : "no"}`,
    "AllowTcpForwarding yes",
    "MaxStartups 100",
    "MaxSessions 100",
    "LogLevel ERROR",
  ];
  if (SFTP_SERVER) config.push(`Subsystem sftp ${SFTP_SERVER}`);
  if (options.logCommands) {
    const wrapper = join(dir, "logcmd.sh");
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprintf '%s\\000' "$SSH_ORIGINAL_COMMAND" >> ${log}\nexec /bin/sh -c "$SSH_ORIGINAL_COMMAND"\n`,
      { mode: 0o755 },
    );
    config.push(`ForceCommand ${wrapper}`);
  }
  writeFileSync(join(dir, "sshd_config"), `${config.join("\n")}\n`);

  let argv = [SSHD, "-D", "-e", "-f", join(dir, "sshd_config")];
  if (passwordAuthAvailable) {
    const hash = execFileSync("openssl", ["passwd", "-6", "-stdin"], { input: password }).toString().trim();
    const shadow = readFileSync("/etc/shadow", "utf8").replace(/^root:[^:]*:/m, `root:${hash}:`);
    writeFileSync(join(dir, "shadow"), shadow, { mode: 0o640 });
    writeFileSync(
      join(dir, "pam_sshd"),
      "auth required pam_unix.so nodelay\naccount required pam_permit.so\nsession required pam_permit.so\npassword required pam_deny.so\n",
    );
    argv = [
      BWRAP!,
      "--bind",
      "/",
      "/",
      "--dev-bind",
      "/dev",
      "/dev",
      "--proc",
      "/proc",
      "--ro-bind",
      join(dir, "shadow"),
      "/etc/shadow",
      "--ro-bind",
      join(dir, "pam_sshd"),
      "/etc/pam.d/sshd",
      "--tmpfs",
      "/run/sshd",
      "--die-with-parent",
      ...argv,
    ];
  }
  const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  await waitForPort(port, child, () => stderr);
  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    privateKey: client.private,
    privateKeyFile: join(dir, "client_key"),
    publicKey: client.public,
    dir,
    commands: () => (existsSync(log) ? readFileSync(log, "utf8").split("\0").slice(0, -1) : []),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
