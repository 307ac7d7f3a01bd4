/**
 * Loopback only, for the benchmarks that build: a connection (or a name lookup) beyond
 * 127.0.0.0/8 from this process fails at once instead of leaving the machine. Child processes
 * (Packer) get a clean environment whose only HTTP route is the emulator's proxy.
 */
import dns from "node:dns";
import net from "node:net";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function refuse(what: string): never {
  throw new Error(`bench: refusing to reach ${what} (benchmarks only talk to 127.0.0.0/8)`);
}

let installed = false;

/** Installs the guard in this process (idempotent). */
export function loopbackOnly(): void {
  if (installed) return;
  installed = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const first = args[0] as { host?: string; path?: string } | number | unknown[];
    let host: string | undefined;
    if (Array.isArray(first)) {
      const o = first[0] as { host?: string; path?: string };
      host = o?.path ? undefined : (o?.host ?? "localhost");
    } else if (typeof first === "object" && first !== null) {
      host = (first as { path?: string }).path
        ? undefined
        : ((first as { host?: string }).host ?? "localhost");
    } else if (typeof first === "number") {
      host = typeof args[1] === "string" ? (args[1] as string) : "localhost";
    }
    if (host !== undefined && !LOOPBACK.test(host)) refuse(host);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!LOOPBACK.test(hostname)) refuse(hostname);
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
}
