// Test hygiene: the Alibaba credentials package reaches for the ECS metadata address and real STS
// hosts by default. Every test runs with the metadata client disabled and a temporary HOME, so no
// test can read the developer's ~/.aliyun profile or send traffic beyond 127.0.0.1.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = "true";
process.env.HOME = mkdtempSync(join(tmpdir(), "image-build-home-"));
for (const name of Object.keys(process.env)) {
  if (
    /^(ALICLOUD_|ALIBABA_CLOUD_(?!ECS_METADATA_DISABLED)|SECURITY_TOKEN$|GITHUB_|INPUT_|ACTIONS_)/.test(name)
  ) {
    delete process.env[name];
  }
}

// Loopback only: any attempt to connect elsewhere (or to resolve a name other than localhost)
// fails the test at once with a clear message instead of leaving the machine.
import dns from "node:dns";
import net from "node:net";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function refuse(what: string): never {
  throw new Error(`test hygiene: refusing to reach ${what} (tests only talk to 127.0.0.0/8)`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string; port?: number } | number | string | unknown[];
  let host: string | undefined;
  if (Array.isArray(first)) {
    const opts = first[0] as { host?: string; path?: string };
    host = opts?.path ? undefined : (opts?.host ?? "localhost");
  } else if (typeof first === "object" && first !== null) {
    host = first.path ? undefined : (first.host ?? "localhost");
  } else if (typeof first === "number") {
    host = typeof args[1] === "string" ? (args[1] as string) : "localhost";
  }
  if (host !== undefined && !LOOPBACK.test(host)) refuse(host);
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const originalLookup = dns.lookup;
(dns as { lookup: unknown }).lookup = function patchedLookup(hostname: string, ...rest: unknown[]) {
  if (!LOOPBACK.test(hostname)) refuse(hostname);
  return (originalLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
};
