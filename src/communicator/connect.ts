/**
 * Packer 1.6.6's `StepConnectSSH` wait loop: "Waiting for SSH to become available...", TCP
 * attempts every 5 s, authentication failures counted up to `ssh_handshake_attempts` (2 s apart),
 * "Connected to SSH!", "Timeout waiting for SSH." after `ssh_timeout`; `pause_before_connecting`
 * then connects again.
 */
import { LIMITS, readBoundedSync } from "../files/read-bounded.js";
import { formatGoDuration } from "../template/duration.js";
import type { Ui } from "../ui/ui.js";
import type { CommunicatorConfig, SshConfig } from "./config.js";
import { SshCommunicator, SshConnectError, type SshEndpoint, type SshOptions } from "./ssh.js";
import { parseTunnel } from "./tunnel.js";

/** What the builder knows at connect time. */
export interface SshTarget {
  /** The instance's address (the builder's `ssh_host`). */
  host: string;
  /** Private key of the temporary key pair the builder made (PEM/OpenSSH), if any. */
  privateKey?: string;
  /** Directory relative key file paths are read from. */
  cwd: string;
  /** Environment (`SSH_AUTH_SOCK`). */
  env: Record<string, string | undefined>;
}

/** Builds connection options from the template's SSH settings (Packer's SSHConfigFunc + bastion config). */
export function sshOptionsFromConfig(ssh: SshConfig, target: SshTarget): SshOptions {
  const sock = target.env.SSH_AUTH_SOCK;
  const readKey = (p: string) =>
    readBoundedSync(p, { cwd: target.cwd, limit: LIMITS.keyFile, what: "private key file" });
  const keys: (string | Buffer)[] = [];
  if (ssh.privateKeyFile) keys.push(readKey(ssh.privateKeyFile));
  if (target.privateKey) keys.push(target.privateKey);
  if (ssh.privateKey) keys.push(ssh.privateKey);
  if (ssh.agentAuth && !sock) throw new Error("SSH_AUTH_SOCK is not set");
  if (ssh.proxy.host) throw new Error("ssh_proxy_host is not supported yet by image-build");
  // ssh2 has no OpenSSH certificate authentication: say so rather than log in without it.
  if (ssh.certificateFile || ssh.bastion.certificateFile) {
    throw new Error("ssh_certificate_file is not supported yet by image-build");
  }
  let bastion: SshEndpoint | undefined;
  if (ssh.bastion.host) {
    const b = ssh.bastion;
    if (b.agentAuth && !sock) throw new Error("SSH_AUTH_SOCK is not set");
    bastion = {
      host: b.host,
      port: b.port || 22,
      username: b.username,
      password: b.password || undefined,
      privateKeys: b.privateKeyFile ? [readKey(b.privateKeyFile)] : [],
      agent: b.agentAuth ? sock : undefined,
    };
  }
  return {
    host: target.host,
    port: ssh.port || 22,
    username: ssh.username,
    password: ssh.password || undefined,
    privateKeys: keys,
    agent: ssh.agentAuth ? sock : undefined,
    bastion,
    pty: ssh.pty,
    fileTransferMethod: ssh.fileTransferMethod,
    keepAliveIntervalMs: ssh.keepAliveIntervalMs,
    readWriteTimeoutMs: ssh.readWriteTimeoutMs,
    ciphers: ssh.ciphers,
    keyExchangeAlgorithms: ssh.keyExchangeAlgorithms,
    agentForwardSocket: !ssh.disableAgentForwarding && sock ? sock : undefined,
    tunnels: [
      ...ssh.localTunnels.map((t) => parseTunnel(t, "local")),
      ...ssh.remoteTunnels.map((t) => parseTunnel(t, "remote")),
    ],
  };
}

/** Timing knobs (Packer's fixed 5 s / 2 s waits); tests shorten them. */
export interface WaitTimings {
  tcpRetryMs?: number;
  authRetryMs?: number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const AUTH_HINT =
  "Packer experienced an authentication error when trying to connect via SSH. This can happen if your " +
  "username/password are wrong. You may want to double-check your credentials as part of your debugging " +
  "process. original error: ";

/** The retry loop (waitForSSH); resolves with a connected communicator. */
async function waitLoop(
  options: SshOptions,
  handshakeAttempts: number,
  signal: AbortSignal,
  timings: WaitTimings,
): Promise<SshCommunicator> {
  let attempts = 0;
  let first = true;
  for (;;) {
    if (!first) await sleep(timings.tcpRetryMs ?? 5_000, signal);
    first = false;
    try {
      const comm = await SshCommunicator.connect(options);
      // The wait ended (timeout, cancel) while this attempt was under way: do not leak it.
      if (signal.aborted) {
        await comm.close();
        throw signal.reason;
      }
      return comm;
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      const err = e instanceof SshConnectError ? e : new SshConnectError(String(e), false);
      if (err.tcp) continue;
      let message = err.message;
      if (message.includes("authenticate")) {
        message = AUTH_HINT + message;
        attempts += 1;
      }
      if (attempts < handshakeAttempts) {
        await sleep(timings.authRetryMs ?? 2_000, signal);
        continue;
      }
      throw new Error(message);
    }
  }
}

/**
 * Waits for SSH as Packer does, with its messages on `ui`; rejects with `Timeout waiting for SSH.`
 * or `Error waiting for SSH: …` text (printed on `ui` too). `signal` cancels the wait.
 */
export async function waitForSsh(
  options: SshOptions,
  settings: { timeoutMs: number; handshakeAttempts: number },
  ui: Ui,
  signal?: AbortSignal,
  timings: WaitTimings = {},
): Promise<SshCommunicator> {
  ui.say("Waiting for SSH to become available...");
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error("Timeout waiting for SSH.");
      stop.abort(err);
      reject(err);
    }, settings.timeoutMs);
  });
  try {
    const comm = await Promise.race([
      waitLoop(options, settings.handshakeAttempts, stop.signal, timings),
      timeout,
    ]);
    ui.say("Connected to SSH!");
    return comm;
  } catch (e) {
    const message = (e as Error).message;
    if (signal?.aborted) throw e;
    if (message === "Timeout waiting for SSH.") ui.error(message);
    else {
      ui.error(`Error waiting for SSH: ${message}`);
    }
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Packer's StepConnect for SSH: "Using ssh communicator to connect: <host>", the wait, and with
 * `pause_before_connecting` a pause ("Pausing <d> before connecting...") and a second connection.
 */
export async function connectSsh(
  config: CommunicatorConfig,
  target: SshTarget,
  ui: Ui,
  signal?: AbortSignal,
  timings: WaitTimings = {},
): Promise<SshCommunicator> {
  const options = sshOptionsFromConfig(config.ssh, target);
  const settings = {
    timeoutMs: config.ssh.timeoutMs || 300_000,
    handshakeAttempts: config.ssh.handshakeAttempts || 10,
  };
  ui.say(`Using ssh communicator to connect: ${target.host}`);
  let comm = await waitForSsh(options, settings, ui, signal, timings);
  if (config.pauseBeforeConnectingMs > 0) {
    ui.say(`Pausing ${formatGoDuration(config.pauseBeforeConnectingMs)} before connecting...`);
    await comm.close();
    await sleep(config.pauseBeforeConnectingMs, signal);
    comm = await waitForSsh(options, settings, ui, signal, timings);
  }
  return comm;
}
