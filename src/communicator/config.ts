/**
 * The communicator part of a builder config (Packer SDK `communicator/config.go`): the JSON keys
 * (`communicator`, `ssh_*`, `winrm_*`, `pause_before_connecting`, temporary key pair settings),
 * their defaults and Prepare's validation, with Packer 1.6.6's messages.
 *
 * Builders merge {@link communicatorSpec} into their own spec, decode once with
 * `decodeConfig`, then call {@link prepareCommunicator} on the decoded values.
 */
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { resolve } from "node:path";
import ssh2 from "ssh2";
import { BoundedInputError, LIMITS, readBoundedSync } from "../files/read-bounded.js";
import type { ConfigSpec, DecodeResult, Located } from "../template/config/decode.js";
import { decodeConfig } from "../template/config/decode.js";
import type { ConfigNode, ConfigObject } from "../template/config/tree.js";
import type { Diagnostic } from "../template/diagnostics.js";
import { DiagnosticBag } from "../template/diagnostics.js";

/** Every communicator key a builder accepts (squashed into the builder's config, as in Packer). */
export const communicatorSpec: ConfigSpec = {
  communicator: { type: "string" },
  pause_before_connecting: { type: "duration" },
  // SSH
  ssh_host: { type: "string" },
  ssh_port: { type: "int" },
  ssh_username: { type: "string" },
  ssh_password: { type: "string", secret: true },
  ssh_keypair_name: { type: "string" },
  temporary_key_pair_name: { type: "string" },
  temporary_key_pair_type: { type: "string" },
  temporary_key_pair_bits: { type: "int" },
  ssh_ciphers: { type: "stringList" },
  ssh_clear_authorized_keys: { type: "bool" },
  ssh_key_exchange_algorithms: { type: "stringList" },
  ssh_private_key_file: { type: "string" },
  ssh_certificate_file: { type: "string" },
  ssh_pty: { type: "bool" },
  ssh_timeout: { type: "duration" },
  ssh_wait_timeout: { type: "duration" },
  ssh_agent_auth: { type: "bool" },
  ssh_disable_agent_forwarding: { type: "bool" },
  ssh_handshake_attempts: { type: "int" },
  ssh_bastion_host: { type: "string" },
  ssh_bastion_port: { type: "int" },
  ssh_bastion_agent_auth: { type: "bool" },
  ssh_bastion_username: { type: "string" },
  ssh_bastion_password: { type: "string", secret: true },
  ssh_bastion_interactive: { type: "bool" },
  ssh_bastion_private_key_file: { type: "string" },
  ssh_bastion_certificate_file: { type: "string" },
  ssh_file_transfer_method: { type: "string" },
  ssh_proxy_host: { type: "string" },
  ssh_proxy_port: { type: "int" },
  ssh_proxy_username: { type: "string" },
  ssh_proxy_password: { type: "string", secret: true },
  ssh_keep_alive_interval: { type: "duration" },
  ssh_read_write_timeout: { type: "duration" },
  ssh_remote_tunnels: { type: "stringList" },
  ssh_local_tunnels: { type: "stringList" },
  // Internal []byte fields in Packer (decoded as Go decodes them: lists of byte values).
  ssh_public_key: { type: "bytes" },
  ssh_private_key: { type: "bytes", secret: true },
  // WinRM
  winrm_username: { type: "string" },
  winrm_password: { type: "string", secret: true },
  winrm_host: { type: "string" },
  winrm_no_proxy: { type: "bool" },
  winrm_port: { type: "int" },
  winrm_timeout: { type: "duration" },
  winrm_use_ssl: { type: "bool" },
  winrm_insecure: { type: "bool" },
  winrm_use_ntlm: { type: "bool" },
};

/** SSH settings after defaults. Durations are in milliseconds. */
export interface SshConfig {
  host: string;
  port: number;
  username: string;
  password: string;
  keypairName: string;
  temporaryKeyPairName: string;
  temporaryKeyPairType: string;
  temporaryKeyPairBits: number;
  ciphers: string[];
  clearAuthorizedKeys: boolean;
  keyExchangeAlgorithms: string[];
  /** As written, `~` expanded (relative paths are relative to the working directory). */
  privateKeyFile: string;
  certificateFile: string;
  pty: boolean;
  timeoutMs: number;
  agentAuth: boolean;
  disableAgentForwarding: boolean;
  handshakeAttempts: number;
  bastion: {
    host: string;
    port: number;
    agentAuth: boolean;
    username: string;
    password: string;
    interactive: boolean;
    privateKeyFile: string;
    certificateFile: string;
  };
  fileTransferMethod: "scp" | "sftp";
  proxy: { host: string; port: number; username: string; password: string };
  keepAliveIntervalMs: number;
  readWriteTimeoutMs: number;
  remoteTunnels: string[];
  localTunnels: string[];
  publicKey: string;
  privateKey: string;
}

/** WinRM settings after defaults. */
export interface WinRMConfig {
  username: string;
  password: string;
  host: string;
  noProxy: boolean;
  port: number;
  timeoutMs: number;
  useSsl: boolean;
  insecure: boolean;
  useNtlm: boolean;
}

/** The communicator of a build. */
export interface CommunicatorConfig {
  type: "ssh" | "winrm" | "none";
  pauseBeforeConnectingMs: number;
  ssh: SshConfig;
  winrm: WinRMConfig;
}

/** What {@link prepareCommunicator} needs from its surroundings. */
export interface CommunicatorContext {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Environment (HOME expands `~`). */
  env: Record<string, string | undefined>;
  /** Builder type, named in the message rejecting docker communicators. */
  builderType?: string;
}

type Report = (at: Located, message: string) => void;

/**
 * Applies Packer's defaults and validation to decoded communicator values (keys of
 * {@link communicatorSpec}); problems are reported at the offending field.
 */
export function prepareCommunicator(
  decoded: Pick<DecodeResult, "value" | "positionOf">,
  ctx: CommunicatorContext,
  report: Report,
): CommunicatorConfig {
  const v = decoded.value;
  const s = (k: string) => (v[k] as string | undefined) ?? "";
  const n = (k: string) => (v[k] as number | undefined) ?? 0;
  const b = (k: string) => (v[k] as boolean | undefined) ?? false;
  const l = (k: string) => (v[k] as string[] | undefined) ?? [];
  const at = (k: string) => decoded.positionOf(k);
  const home = ctx.env.HOME || homedir();

  let type = s("communicator") || "ssh";
  if (type === "docker" || type === "dockerWindowsContainer") {
    report(
      at("communicator"),
      `Communicator type ${type} is not supported by the ${ctx.builderType ?? "alicloud-ecs"} builder; use ssh, winrm or none`,
    );
    type = "none";
  } else if (type !== "ssh" && type !== "winrm" && type !== "none") {
    report(at("communicator"), `Communicator type ${type} is invalid`);
    type = "none";
  }

  const ssh: SshConfig = {
    host: s("ssh_host"),
    port: n("ssh_port"),
    username: s("ssh_username"),
    password: s("ssh_password"),
    keypairName: s("ssh_keypair_name"),
    temporaryKeyPairName: s("temporary_key_pair_name"),
    temporaryKeyPairType: s("temporary_key_pair_type"),
    temporaryKeyPairBits: n("temporary_key_pair_bits"),
    ciphers: l("ssh_ciphers"),
    clearAuthorizedKeys: b("ssh_clear_authorized_keys"),
    keyExchangeAlgorithms: l("ssh_key_exchange_algorithms"),
    privateKeyFile: expandUser(s("ssh_private_key_file"), home),
    certificateFile: expandUser(s("ssh_certificate_file"), home),
    pty: b("ssh_pty"),
    timeoutMs: n("ssh_timeout"),
    agentAuth: b("ssh_agent_auth"),
    disableAgentForwarding: b("ssh_disable_agent_forwarding"),
    handshakeAttempts: n("ssh_handshake_attempts"),
    bastion: {
      host: s("ssh_bastion_host"),
      port: n("ssh_bastion_port"),
      agentAuth: b("ssh_bastion_agent_auth"),
      username: s("ssh_bastion_username"),
      password: s("ssh_bastion_password"),
      interactive: b("ssh_bastion_interactive"),
      privateKeyFile: expandUser(s("ssh_bastion_private_key_file"), home),
      certificateFile: expandUser(s("ssh_bastion_certificate_file"), home),
    },
    fileTransferMethod: s("ssh_file_transfer_method") as "scp",
    proxy: {
      host: s("ssh_proxy_host"),
      port: n("ssh_proxy_port"),
      username: s("ssh_proxy_username"),
      password: s("ssh_proxy_password"),
    },
    keepAliveIntervalMs: n("ssh_keep_alive_interval"),
    readWriteTimeoutMs: n("ssh_read_write_timeout"),
    remoteTunnels: l("ssh_remote_tunnels"),
    localTunnels: l("ssh_local_tunnels"),
    publicKey: bytesToString(v.ssh_public_key),
    privateKey: bytesToString(v.ssh_private_key),
  };
  const winrm: WinRMConfig = {
    username: s("winrm_username"),
    password: s("winrm_password"),
    host: s("winrm_host"),
    noProxy: b("winrm_no_proxy"),
    port: n("winrm_port"),
    timeoutMs: n("winrm_timeout"),
    useSsl: b("winrm_use_ssl"),
    insecure: b("winrm_insecure"),
    useNtlm: b("winrm_use_ntlm"),
  };

  if (type === "ssh") prepareSsh(ssh, n("ssh_wait_timeout"), ctx, at, report);
  if (type === "winrm") {
    if (winrm.port === 0) winrm.port = winrm.useSsl ? 5986 : 5985;
    if (winrm.port < 0 || winrm.port > 65535)
      report(at("winrm_port"), `winrm_port must be between 1 and 65535 (got ${winrm.port})`);
    if (winrm.timeoutMs === 0) winrm.timeoutMs = 30 * 60_000;
    if (winrm.username === "") report(at("winrm_username"), "winrm_username must be specified.");
  }
  return {
    type: type as CommunicatorConfig["type"],
    pauseBeforeConnectingMs: n("pause_before_connecting"),
    ssh,
    winrm,
  };
}

function prepareSsh(
  ssh: SshConfig,
  waitTimeoutMs: number,
  ctx: CommunicatorContext,
  at: (k: string) => Located,
  report: Report,
): void {
  if (ssh.port === 0) ssh.port = 22;
  if (ssh.timeoutMs === 0) ssh.timeoutMs = 5 * 60_000;
  if (ssh.keepAliveIntervalMs === 0) ssh.keepAliveIntervalMs = 5_000;
  if (ssh.handshakeAttempts === 0) ssh.handshakeAttempts = 10;
  if (ssh.bastion.host !== "") {
    if (ssh.bastion.port === 0) ssh.bastion.port = 22;
    if (ssh.bastion.privateKeyFile === "" && ssh.privateKeyFile !== "")
      ssh.bastion.privateKeyFile = ssh.privateKeyFile;
    if (ssh.bastion.certificateFile === "" && ssh.certificateFile !== "") {
      ssh.bastion.certificateFile = ssh.certificateFile;
    }
  }
  if (ssh.proxy.host !== "" && ssh.proxy.port === 0) ssh.proxy.port = 1080;
  if ((ssh.fileTransferMethod as string) === "") ssh.fileTransferMethod = "scp";
  // A TCP port is 1-65535: anything else fails only when connecting, after resources exist.
  for (const [key, port] of [
    ["ssh_port", ssh.port],
    ["ssh_bastion_port", ssh.bastion.port],
    ["ssh_proxy_port", ssh.proxy.port],
  ] as const) {
    if (port < 0 || port > 65535) report(at(key), `${key} must be between 1 and 65535 (got ${port})`);
  }
  // Backwards compatibility: ssh_wait_timeout wins when set.
  if (waitTimeoutMs !== 0) ssh.timeoutMs = waitTimeoutMs;

  if (ssh.username === "") {
    report(
      at("ssh_username"),
      'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".',
    );
  }
  if (ssh.privateKeyFile !== "") {
    const problem = checkKeyFile(ssh.privateKeyFile, ssh.certificateFile, ctx.cwd);
    if (problem) report(at("ssh_private_key_file"), `ssh_private_key_file is invalid: ${problem}`);
  }
  if (ssh.bastion.host !== "" && !ssh.bastion.agentAuth) {
    if (ssh.bastion.password === "" && ssh.bastion.privateKeyFile === "") {
      report(
        at("ssh_bastion_host"),
        "ssh_bastion_password or ssh_bastion_private_key_file must be specified",
      );
    } else if (ssh.bastion.privateKeyFile !== "") {
      const problem = checkKeyFile(ssh.bastion.privateKeyFile, ssh.bastion.certificateFile, ctx.cwd);
      const where = at("ssh_bastion_private_key_file");
      if (problem) report(where, `ssh_bastion_private_key_file is invalid: ${problem}`);
    }
  }
  const method = ssh.fileTransferMethod as string;
  if (method !== "scp" && method !== "sftp") {
    report(
      at("ssh_file_transfer_method"),
      `ssh_file_transfer_method ('${method}') is invalid, valid methods: sftp, scp`,
    );
  }
  if (ssh.bastion.host !== "" && ssh.proxy.host !== "") {
    report(at("ssh_proxy_host"), "please specify either ssh_bastion_host or ssh_proxy_host, not both");
  }
  ssh.localTunnels.forEach((t, i) => {
    const problem = checkTunnel(t);
    if (problem) report(at(`ssh_local_tunnels[${i}]`), `ssh_local_tunnels ('${t}') is invalid: ${problem}`);
  });
  ssh.remoteTunnels.forEach((t, i) => {
    const problem = checkTunnel(t);
    if (problem) report(at(`ssh_remote_tunnels[${i}]`), `ssh_remote_tunnels ('${t}') is invalid: ${problem}`);
  });
}

function bytesToString(v: unknown): string {
  return Array.isArray(v) ? Buffer.from(v as number[]).toString("utf8") : "";
}

/** `~` and `~/x` expanded to the home directory, as Packer's ExpandUser does. */
export function expandUser(path: string, home: string): string {
  if (path === "~") return home;
  if (path.startsWith("~/")) return `${home}${path.slice(1)}`;
  return path;
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  ENOTDIR: "not a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EISDIR: "is a directory",
};

/** Go's `*PathError` text for a failed file operation: `stat x: no such file or directory`. */
function pathError(op: string, path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  return `${op} ${path}: ${ERRNO_TEXT[code] ?? (err as Error).message}`;
}

/**
 * Checks a private key file as Packer's Prepare does (stat, then FileSigner): the returned text
 * follows Packer's; undefined when the key is usable.
 */
export function checkKeyFile(path: string, certificateFile: string, cwd: string): string | undefined {
  const full = resolve(cwd, path);
  try {
    statSync(full);
  } catch (err) {
    return pathError("stat", path, err);
  }
  const key = { limit: LIMITS.keyFile, what: "key file", cwd };
  if (certificateFile !== "") {
    try {
      readBoundedSync(certificateFile, key);
    } catch (err) {
      if (err instanceof BoundedInputError) return `unable to read certificate file: ${err.message}`;
      return `unable to read certificate file: ${pathError("open", certificateFile, err)}`;
    }
  }
  let bytes: Buffer;
  try {
    bytes = readBoundedSync(path, key);
  } catch (err) {
    if (err instanceof BoundedInputError) return `Error setting up SSH config: ${err.message}`;
    return `Error setting up SSH config: ${pathError("read", path, err)}`;
  }
  const problem = parsePrivateKey(bytes, path);
  return problem === undefined ? undefined : `Error setting up SSH config: ${problem}`;
}

const GO_KEY_TYPES = new Set([
  "RSA PRIVATE KEY",
  "PRIVATE KEY",
  "EC PRIVATE KEY",
  "DSA PRIVATE KEY",
  "OPENSSH PRIVATE KEY",
]);

/** Go's pem.Decode + ssh.ParsePrivateKey verdict, with ssh2 doing the parsing. */
function parsePrivateKey(bytes: Buffer, path: string): string | undefined {
  const text = bytes.toString("latin1");
  const block = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!block) return `Failed to read key '${path}': no key found`;
  const headers = block[2];
  if (/^Proc-Type:\s*4,ENCRYPTED/m.test(headers)) {
    return `Failed to read key '${path}': password protected keys are\nnot supported. Please decrypt the key prior to use.`;
  }
  if (!GO_KEY_TYPES.has(block[1])) return `ssh: unsupported key type "${block[1]}"`;
  const parsed = ssh2.utils.parseKey(bytes);
  if (parsed instanceof Error) {
    if (/passphrase/i.test(parsed.message)) return "ssh: this private key is passphrase protected";
    return `ssh: ${parsed.message}`;
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key?.isPrivateKey()) return `Failed to read key '${path}': no key found`;
  return undefined;
}

/** Go's net.SplitHostPort errors, as Packer's tunnel argument parser reports them. */
function splitHostPort(addr: string): string | undefined {
  const missing = `address ${addr}: missing port in address`;
  if (addr.startsWith("[")) {
    const end = addr.indexOf("]");
    if (end < 0) return `address ${addr}: missing ']' in address`;
    if (end + 1 === addr.length) return missing;
    if (addr[end + 1] !== ":") return missing;
    if (addr.slice(end + 2).includes(":")) return `address ${addr}: too many colons in address`;
    return undefined;
  }
  const i = addr.lastIndexOf(":");
  if (i < 0) return missing;
  if (addr.slice(0, i).includes(":")) return `address ${addr}: too many colons in address`;
  return undefined;
}

/** Packer's `ParseTunnelArgument` checks for `port:host:port` tunnel specs (no DNS lookups). */
function checkTunnel(spec: string): string | undefined {
  const idx = spec.indexOf(":");
  if (idx < 0) return `Error parsing tunnel '${spec}': [${spec}]`;
  const forward = spec.slice(idx + 1);
  const problem = splitHostPort(forward);
  if (problem) return `Error parsing forwarding, must be a tcp address: ${problem}`;
  return undefined;
}

/** Options for {@link decodeCommunicatorConfig}. */
export interface DecodeCommunicatorOptions extends CommunicatorContext {
  file: string;
  render?: (text: string, node: ConfigNode) => string;
}

/** Decodes and prepares a config object that holds only communicator keys (plus `type`). */
export function decodeCommunicatorConfig(
  node: ConfigObject,
  options: DecodeCommunicatorOptions,
): { config?: CommunicatorConfig; diagnostics: Diagnostic[]; secrets: string[] } {
  const decoded = decodeConfig(node, communicatorSpec, { file: options.file, render: options.render });
  if (decoded.diagnostics.length > 0) return { diagnostics: decoded.diagnostics, secrets: decoded.secrets };
  const bag = new DiagnosticBag(options.file);
  const config = prepareCommunicator(decoded, options, (at, message) => bag.error(at, message));
  return bag.hasErrors
    ? { diagnostics: bag.items, secrets: decoded.secrets }
    : { config, diagnostics: [], secrets: decoded.secrets };
}
