/**
 * Runs a command inside an instance: bubblewrap with new user, pid, ipc, uts (and by default
 * network) namespaces, the instance's root bound at `/`, the host's `/usr` read-only on top (the
 * instance's own `/usr/local` over it), a fresh `/proc` and `/dev`. Nothing outside the instance's
 * directory is writable, so a provisioner can never change the host.
 *
 * Each command runs under a tiny Perl supervisor (perl-base is in every Debian `/usr`) that reports
 * the command's exact wait status on fd 3 (so an exit by signal is told apart from `exit 143`) and
 * forwards signals it reads on fd 4 (the SSH "signal" request), as sshd does for its session child.
 * The sandbox ends with its command (background processes go with it).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import type { Readable, Writable } from "node:stream";

/** How commands run: in bubblewrap, or (only when asked for) directly on the host. */
export type SandboxMode = "bwrap" | "unconfined";

/** Probe results per bwrap path. */
const probes = new Map<string, { ok: boolean; reason?: string }>();

/** Whether bubblewrap (`bwrap`, or the path given) can build the sandbox here (probed once per process). */
export function bwrapAvailable(bwrap = "bwrap"): { ok: boolean; reason?: string } {
  const known = probes.get(bwrap);
  if (known) return known;
  let probe: { ok: boolean; reason?: string };
  const r = spawnSync(
    bwrap,
    ["--unshare-user", "--unshare-pid", "--unshare-net", "--ro-bind", "/", "/", "--proc", "/proc", "true"],
    { encoding: "utf8", timeout: 10_000 },
  );
  if (r.error) probe = { ok: false, reason: `bubblewrap (bwrap) is not installed: ${r.error.message}` };
  else if (r.status !== 0)
    probe = { ok: false, reason: `bubblewrap cannot create namespaces here: ${(r.stderr ?? "").trim()}` };
  else if (!existsSync("/usr/bin/perl")) probe = { ok: false, reason: "/usr/bin/perl is missing" };
  else probe = { ok: true };
  probes.set(bwrap, probe);
  return probe;
}

/** What a sandboxed command needs to know about its machine. */
export interface SandboxSpec {
  mode: SandboxMode;
  /** The instance's root directory on the host. */
  root: string;
  hostname: string;
  uid: number;
  gid: number;
  cwd: string;
  env: Record<string, string>;
  /** Host files bound read-only over paths inside (for example our reboot over /usr/sbin/reboot). */
  overrides: [hostFile: string, inside: string][];
  /** Share the host's network namespace (default: only a loopback of its own). */
  hostNetwork: boolean;
  /** The bubblewrap binary (default `bwrap` on PATH). */
  bwrap?: string;
}

/** How a command ended, as sshd reports it: an exit status, or a signal. */
export type ExitInfo = { code: number } | { signal: string; coreDumped: boolean };

/** A running sandboxed command. */
export interface SandboxProcess {
  stdin: Writable;
  stdout: Readable;
  stderr: Readable;
  /** Sends a signal (name without SIG, e.g. "TERM") to the command. */
  signal(name: string): void;
  /** Ends the whole sandbox at once. */
  kill(): void;
  /** Resolves when the command has ended and its output is drained. */
  exited: Promise<ExitInfo>;
}

const SUPERVISOR = `
use strict; use POSIX qw(:sys_wait_h);
open(my $st, '>&=', 3) or die "status fd: $!"; open(my $ctl, '<&=', 4) or die "control fd: $!";
my $pid = fork(); defined $pid or die "fork: $!";
if ($pid == 0) { close($st); close($ctl); $SIG{PIPE} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or do { print STDERR "$ARGV[0]: $!\\n"; POSIX::_exit(127) }; }
$SIG{CHLD} = sub {};
my ($buf, $open) = ('', 1);
while (1) {
  my $w = waitpid($pid, WNOHANG);
  if ($w == $pid) { syswrite($st, "$?\\n"); POSIX::_exit(0); }
  my $rin = ''; vec($rin, fileno($ctl), 1) = 1 if $open;
  my $n = select(my $rout = $rin, undef, undef, 0.2);
  if ($open && defined $n && $n > 0) {
    my $r = sysread($ctl, $buf, 256, length $buf);
    $open = 0 if !$r;
    while ($buf =~ s/^([A-Z0-9]+)\\n//) { kill($1, $pid); }
  }
}
`;

/** The bwrap argument list for a spec (everything before the command). */
export function bwrapArgs(spec: SandboxSpec): string[] {
  const a = [
    "--unshare-user",
    "--uid",
    String(spec.uid),
    "--gid",
    String(spec.gid),
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    ...(spec.hostNetwork ? [] : ["--unshare-net"]),
    "--hostname",
    spec.hostname,
    "--die-with-parent",
    "--bind",
    spec.root,
    "/",
    "--ro-bind",
    "/usr",
    "/usr",
    "--bind",
    `${spec.root}/usr/local`,
    "/usr/local",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
  ];
  for (const [host, inside] of spec.overrides) a.push("--ro-bind", host, inside);
  a.push("--chdir", spec.cwd, "--clearenv");
  for (const [k, v] of Object.entries(spec.env)) a.push("--setenv", k, v);
  return a;
}

/** Starts `argv` inside the instance (see the file comment). */
export function spawnInSandbox(spec: SandboxSpec, argv: string[]): SandboxProcess {
  let child: ChildProcess;
  const supervised = ["/usr/bin/perl", "-e", SUPERVISOR, ...argv];
  if (spec.mode === "bwrap") {
    child = spawn(spec.bwrap ?? "bwrap", [...bwrapArgs(spec), ...supervised], {
      stdio: ["pipe", "pipe", "pipe", "pipe", "pipe"],
      detached: true,
    });
  } else {
    child = spawn(supervised[0], supervised.slice(1), {
      stdio: ["pipe", "pipe", "pipe", "pipe", "pipe"],
      detached: true,
      cwd: existsSync(spec.cwd) ? spec.cwd : "/",
      env: spec.env,
    });
  }
  const status = child.stdio[3] as Readable;
  const control = child.stdio[4] as Writable;
  control.on("error", () => {});
  child.stdin!.on("error", () => {});
  let statusText = "";
  status.on("data", (d: Buffer) => {
    statusText += d.toString();
  });
  const drained = (s: Readable | null) =>
    new Promise<void>((r) => (!s || s.readableEnded ? r() : s.once("close", () => r())));
  const exited = new Promise<ExitInfo>((resolve) => {
    let spawnError: Error | undefined;
    child.once("error", (e) => {
      spawnError = e;
    });
    child.once("close", async (code) => {
      await Promise.all([drained(child.stdout), drained(child.stderr)]);
      const raw = Number.parseInt(statusText.trim(), 10);
      if (spawnError) return resolve({ code: 127 });
      if (!Number.isFinite(raw)) return resolve({ code: code ?? 255 });
      if ((raw & 0x7f) !== 0) {
        const num = raw & 0x7f;
        const name = Object.entries(constants.signals).find(([, n]) => n === num)?.[0] ?? `SIG${num}`;
        return resolve({ signal: name.replace(/^SIG/, ""), coreDumped: (raw & 0x80) !== 0 });
      }
      resolve({ code: (raw >> 8) & 0xff });
    });
  });
  return {
    stdin: child.stdin!,
    stdout: child.stdout!,
    stderr: child.stderr!,
    signal(name) {
      if (/^[A-Z0-9]+$/.test(name) && control.writable) control.write(`${name}\n`);
    },
    kill() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    },
    exited,
  };
}

/** Quotes a string for /bin/sh. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'"'"'`)}'`;
}
