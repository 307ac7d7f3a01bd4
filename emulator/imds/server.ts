/**
 * The ECS instance metadata service: IMDSv2 tokens (`PUT /latest/api/token` with
 * `X-aliyun-ecs-metadata-token-ttl-seconds`), RAM role credentials under
 * `/latest/meta-data/ram/security-credentials/`, a few instance facts, and an optional v1 fallback.
 */
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type IdentityStore, isoSeconds, type StsCredentials } from "../identity/store.js";

/** IMDS settings. */
export interface ImdsOptions {
  identity: IdentityStore;
  /** Account whose role is attached to "this machine". */
  accountId: string;
  /** Role attached to this machine (undefined: none, the credentials path answers 404). */
  roleName?: string;
  /** Whether requests without a token are answered (IMDSv1). Default true. */
  allowV1?: boolean;
  /** Listen address, 127.0.0.x. Default 127.0.0.1. */
  host?: string;
  port?: number;
  regionId?: string;
  zoneId?: string;
  instanceId?: string;
  /** Lifetime of the role credentials handed out (s). Default 21600. */
  credentialSeconds?: number;
}

const text = (res: ServerResponse, status: number, body: string, type = "text/plain"): true => {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
  return true;
};

/** The metadata service; `handle` can also serve requests reached through the emulator's proxy. */
export class MetadataService {
  private readonly tokens = new Map<string, number>();
  private readonly cached = new Map<string, { creds: StsCredentials; updated: number }>();
  private server?: http.Server;
  /** Settings; `roleName` and `allowV1` may be changed at run time. */
  readonly options: ImdsOptions;

  constructor(options: ImdsOptions) {
    this.options = {
      allowV1: true,
      credentialSeconds: 21600,
      regionId: "cn-hangzhou",
      zoneId: "cn-hangzhou-h",
      instanceId: "i-emulatorhost0001",
      ...options,
    };
  }

  /** Starts listening; resolves to `host:port`. */
  async start(): Promise<string> {
    const server = http.createServer((req, res) => this.handle(req, res, req.url ?? "/"));
    this.server = server;
    const host = this.options.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port ?? 0, host, () => resolve());
    });
    return `${host}:${(server.address() as AddressInfo).port}`;
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    this.server = undefined;
  }

  /** Serves one request for `path` (the request target without scheme and host). */
  handle = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    req.resume();
    const pathname = path.split("?")[0];
    const now = this.options.identity.now();
    if (pathname === "/latest/api/token") {
      if (req.method !== "PUT") return text(res, 405, "Method Not Allowed");
      const ttl = Number(req.headers["x-aliyun-ecs-metadata-token-ttl-seconds"]);
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600) return text(res, 400, "Bad Request");
      const token = randomBytes(32).toString("base64url");
      this.tokens.set(token, now + ttl * 1000);
      return text(res, 200, token);
    }
    if (req.method !== "GET") return text(res, 405, "Method Not Allowed");
    const token = req.headers["x-aliyun-ecs-metadata-token"];
    if (typeof token === "string") {
      const exp = this.tokens.get(token);
      if (exp === undefined || exp <= now) return text(res, 401, "Unauthorized");
    } else if (!this.options.allowV1) {
      return text(res, 403, "Forbidden");
    }
    const prefix = "/latest/meta-data/ram/security-credentials/";
    if (pathname === prefix || pathname === prefix.slice(0, -1)) {
      return this.options.roleName ? text(res, 200, this.options.roleName) : text(res, 404, "Not Found");
    }
    if (pathname.startsWith(prefix)) {
      const name = decodeURIComponent(pathname.slice(prefix.length));
      if (!this.options.roleName || name !== this.options.roleName) return text(res, 404, "Not Found");
      const role = this.options.identity.findRole(`acs:ram::${this.options.accountId}:role/${name}`);
      if (!role) return text(res, 404, "Not Found");
      let entry = this.cached.get(name);
      // Hand out the same credentials until they come within 65 minutes of expiry (the SDK prefetches at 1 h).
      if (!entry || entry.creds.expiresAt - now < 65 * 60_000) {
        const creds = this.options.identity.issueStsCredentials(role, `imds-${this.options.instanceId}`, {
          durationSeconds: this.options.credentialSeconds,
        });
        entry = { creds, updated: now };
        this.cached.set(name, entry);
      }
      const body = {
        AccessKeyId: entry.creds.accessKeyId,
        AccessKeySecret: entry.creds.accessKeySecret,
        Expiration: entry.creds.expiration,
        SecurityToken: entry.creds.securityToken,
        LastUpdated: isoSeconds(entry.updated),
        Code: "Success",
      };
      return text(res, 200, JSON.stringify(body), "application/json");
    }
    const facts: Record<string, string | undefined> = {
      "/latest/meta-data/instance-id": this.options.instanceId,
      "/latest/meta-data/region-id": this.options.regionId,
      "/latest/meta-data/zone-id": this.options.zoneId,
      "/latest/meta-data/owner-account-id": this.options.accountId,
    };
    const fact = facts[pathname];
    if (fact !== undefined) return text(res, 200, fact);
    if (pathname === "/latest/meta-data" || pathname === "/latest/meta-data/")
      return text(res, 200, ["instance-id", "owner-account-id", "ram/", "region-id", "zone-id"].join("\n"));
    return text(res, 404, "Not Found");
  };
}
