/**
 * The emulator's HTTP(S) front: routing (x-acs-action/x-acs-version headers or Action/Version
 * parameters; product by version, then by host), signature checks (ACS3-HMAC-SHA256, v1
 * HMAC-SHA1), parameter decoding with the metadata, latency, faults, the call log, error bodies,
 * absolute-form proxy requests, CONNECT, and the `/_emulator/*` control endpoints.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { CallLog } from "../calllog.js";
import { maskParams } from "../calllog.js";
import type { FaultInjector, FaultRule } from "../faults.js";
import { actionMeta, PRODUCT_VERSIONS, productForHost, productForVersion } from "../metadata/index.js";
import type {
  ActionRequest,
  Caller,
  CredentialStore,
  LatencyProfile,
  Product,
  ServiceDefinition,
} from "../types.js";
import { ApiError } from "../types.js";
import { errorBody, gatewayErrors } from "./errors.js";
import { decodeParams, PROTOCOL_PARAMS } from "./params.js";
import {
  acs3BodyHashMatches,
  acs3Sign,
  acs3StringToSign,
  parseAcs3Authorization,
  safeEqual,
  v1Sign,
  v1StringToSign,
} from "./signature.js";
import { toXml } from "./xml.js";

/** Control hooks the services provide (`/_emulator/resources`, `/_emulator/leaks`). */
export interface ControlHooks {
  dump?: () => unknown;
  leakCheck?: (filter: LeakFilter) => unknown;
  /** Identity administration (`/_emulator/identity`): a description without secrets, and additions. */
  identity?: {
    describe(): unknown;
    addOidcKey(providerArn: string, jwk: Record<string, unknown>): void;
    addRole(accountId: string, role: Record<string, unknown>): unknown;
    addOidcProvider(accountId: string, provider: Record<string, unknown>): unknown;
  };
}

/**
 * The leak-check filter passed to the services: resources carrying all these tags, created since a
 * time, of one account, images left out (`/_emulator/leaks?tag=k=v&since=ISO&accountId=…&ignoreImages=true`).
 */
export interface LeakFilter {
  tags?: Record<string, string>;
  /** ISO time. */
  since?: string;
  accountId?: string;
  ignoreImages?: boolean;
}

/** A handler for plain-HTTP metadata requests reached through the proxy (`http://100.100.100.200/...`). */
export type MetadataProxyHandler = (req: IncomingMessage, res: ServerResponse, path: string) => void;

/** What the wire layer needs. */
export interface WireOptions {
  services: ServiceDefinition[];
  credentials: CredentialStore & { useNonce?(accessKeyId: string, nonce: string): boolean };
  faults: FaultInjector;
  calls: CallLog;
  profile?: LatencyProfile;
  control?: ControlHooks;
  /** Checks signature nonces for reuse (default true). */
  checkNonce?: boolean;
  /** Rejects request times more than 15 minutes off the emulator's clock (default true). */
  checkTimestamp?: boolean;
  /** Port of the HTTPS listener, for CONNECT tunnels to Alibaba Cloud host names. */
  httpsPort?: () => number | undefined;
  metadataProxy?: MetadataProxyHandler;
}

const ANONYMOUS: Caller = { accountId: "", arn: "", accessKeyId: "", identityType: "Account" };
const MAX_BODY = 2 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new ApiError("InvalidParameter", "The request body is too large.", 400));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Decodes `a=b&c=d` (`+` as space) into ordered pairs. */
export function parsePairs(raw: string): [string, string][] {
  if (!raw) return [];
  const out: [string, string][] = [];
  for (const part of raw.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? "" : part.slice(eq + 1);
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "));
      } catch {
        return s;
      }
    };
    out.push([dec(k), dec(v)]);
  }
  return out;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json;charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The wire layer: an HTTP request handler and a CONNECT handler, bound to services and identity. */
export class WireServer {
  private services = new Map<Product, ServiceDefinition>();

  constructor(private readonly opts: WireOptions) {
    for (const s of opts.services) this.addService(s);
  }

  /** Registers (or replaces) a product's service. */
  addService(service: ServiceDefinition): void {
    this.services.set(service.product, service);
  }

  /** Sets where CONNECT tunnels to Alibaba Cloud host names go (the HTTPS-capable port). */
  setHttpsPort(port: () => number | undefined): void {
    this.opts.httpsPort = port;
  }

  /** Replaces the control hooks (dump, leak check). */
  setControl(control: ControlHooks): void {
    this.opts.control = control;
  }

  /** `request` listener for http.Server / https.Server. */
  handle = (req: IncomingMessage, res: ServerResponse): void => {
    this.dispatch(req, res).catch((err) => {
      if (!res.headersSent)
        sendJson(res, 500, { Code: "InternalError", Message: String(err?.message ?? err) });
      else res.destroy();
    });
  };

  /** `connect` listener: tunnels Alibaba Cloud host names on 443 to the HTTPS listener, refuses anything else at once. */
  handleConnect = (req: IncomingMessage, socket: net.Socket, head: Buffer): void => {
    const target = req.url ?? "";
    const [host, port] = target.split(":");
    const httpsPort = this.opts.httpsPort?.();
    if (httpsPort && (port === "443" || port === undefined) && /(^|\.)aliyuncs\.com$/i.test(host ?? "")) {
      const upstream = net.connect(httpsPort, "127.0.0.1", () => {
        socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head.length) upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on("error", () => socket.destroy());
      socket.on("error", () => upstream.destroy());
      return;
    }
    socket.end(
      "HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 48\r\n\r\nimage-build emulator: CONNECT is not served here",
    );
    socket.destroy();
  };

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const time = new Date().toISOString();
    const rawUrl = req.url ?? "/";
    const tls = (req.socket as { encrypted?: boolean }).encrypted === true;
    let via = tls ? "https" : "http";
    let hostName = header(req, "host") ?? "";
    let pathAndQuery = rawUrl;
    if (/^[a-z]+:\/\//i.test(rawUrl)) {
      const u = new URL(rawUrl);
      via = "proxy";
      hostName = u.host;
      pathAndQuery = `${u.pathname}${u.search}`;
      const bare = u.hostname;
      if (bare === "100.100.100.200" && this.opts.metadataProxy) {
        this.opts.metadataProxy(req, res, pathAndQuery);
        return;
      }
      if (!/(^|\.)aliyuncs\.com$/i.test(bare) && !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(bare)) {
        const text = `image-build emulator: refusing to proxy to ${bare}\n`;
        res.writeHead(502, {
          "content-type": "text/plain",
          "content-length": Buffer.byteLength(text),
          connection: "close",
        });
        res.end(text);
        return;
      }
    }
    const q = pathAndQuery.indexOf("?");
    const pathname = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
    const rawQuery = q < 0 ? "" : pathAndQuery.slice(q + 1);
    if (pathname.startsWith("/_emulator/")) {
      await this.control(req, res, pathname, rawQuery);
      return;
    }

    const requestId = randomUUID().toUpperCase();
    const hostId = hostName.replace(/:\d+$/, "") || "127.0.0.1";
    let product: Product | undefined;
    let action: string | undefined;
    let version: string | undefined;
    let accessKeyId: string | undefined;
    let caller: Caller | undefined;
    let signature: string | undefined;
    const fired: string[] = [];
    let pairs: [string, string][] = [];
    let xml = false;
    let status = 200;
    let code = "OK";

    try {
      const body = await readBody(req);
      const query = parsePairs(rawQuery);
      const ctype = header(req, "content-type") ?? "";
      const bodyPairs =
        body.length > 0 && (ctype.includes("application/x-www-form-urlencoded") || ctype === "")
          ? parsePairs(body.toString("utf8"))
          : [];
      pairs = [...query, ...bodyPairs];
      const flat = new Map(pairs);
      const format = flat.get("Format");
      xml = format
        ? format.toUpperCase() === "XML"
        : /xml/i.test(header(req, "accept") ?? "") && !/json/i.test(header(req, "accept") ?? "");

      action = header(req, "x-acs-action") ?? flat.get("Action");
      version = header(req, "x-acs-version") ?? flat.get("Version");
      if (!action) throw gatewayErrors.missingAction();
      if (!version) throw gatewayErrors.missingVersion();
      product = productForVersion(version);
      if (!product) {
        const byHost = productForHost(hostName);
        if (byHost) product = byHost;
        throw gatewayErrors.invalidVersion(version);
      }
      const meta = actionMeta(product, action);
      const service = this.services.get(product);
      const handler = service && Object.hasOwn(service.actions, action) ? service.actions[action] : undefined;
      // A handler without metadata (an action not yet extracted into emulator/data) still runs, with
      // its parameters as raw strings; metadata without a handler is an unknown action.
      if (!handler) throw gatewayErrors.actionNotFound();

      // Authentication.
      const authz = parseAcs3Authorization(header(req, "authorization"));
      const security = meta?.security ?? ["AK"];
      const anonymousOk = security.includes("Anonymous") || security.includes("ARS_OIDC");
      if (authz) {
        signature = authz.algorithm;
        accessKeyId = authz.accessKeyId;
        caller = this.checkAcs3(req, authz, pathname || "/", query, body);
      } else if (flat.has("Signature")) {
        signature = "v1";
        accessKeyId = flat.get("AccessKeyId");
        caller = this.checkV1(req, pairs, flat);
      } else if (anonymousOk) {
        signature = "anonymous";
        caller = ANONYMOUS;
      } else {
        throw flat.has("AccessKeyId")
          ? gatewayErrors.incompleteSignature("Signature is mandatory for this action.")
          : gatewayErrors.missingAccessKey();
      }

      const params = meta
        ? decodeParams(meta, flat)
        : Object.fromEntries([...flat].filter(([k]) => !PROTOCOL_PARAMS.has(k)));

      // Faults (wire effects).
      const rules = this.opts.faults.matchCall({ product, action, params: flat });
      for (const rule of rules) fired.push(rule.id);
      await this.applyFaults(rules, req);

      const latency = this.opts.profile?.apiLatencyMs(product, action) ?? 0;
      if (latency > 0) await sleep(latency);

      const request: ActionRequest = {
        product,
        version,
        action,
        params,
        caller,
        requestId,
        sourceIp: req.socket.remoteAddress ?? "",
      };
      const result = await handler(request);
      const answer = { RequestId: requestId, ...result };
      this.send(res, 200, answer, xml, `${action}Response`);
    } catch (err) {
      if (err instanceof ResetSignal) {
        code = "ConnectionReset";
        status = 0;
        req.socket.destroy();
      } else {
        const apiErr =
          err instanceof ApiError
            ? err
            : new ApiError(
                "InternalError",
                `The request processing has failed due to some unknown error. (${String((err as Error)?.message ?? err)})`,
                500,
              );
        status = apiErr.httpStatus;
        code = apiErr.code;
        const bodyObj = errorBody(apiErr, requestId, hostId, product);
        if (res.destroyed) {
          // the client went away
        } else {
          const headers: Record<string, string> = {};
          if (apiErr.code.includes("Throttling")) headers["x-acs-retry-after"] = "100";
          this.send(res, status, bodyObj, xml, "Error", headers);
        }
      }
    } finally {
      this.opts.calls.record({
        time,
        product,
        version,
        action,
        params: maskParams(pairs, PROTOCOL_PARAMS),
        accessKeyId,
        caller: caller?.arn || undefined,
        signature,
        code,
        httpStatus: status,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        requestId,
        via,
        ...(fired.length ? { faults: fired } : {}),
      });
    }
  }

  private send(
    res: ServerResponse,
    status: number,
    body: Record<string, unknown>,
    xml: boolean,
    root: string,
    extra: Record<string, string> = {},
  ): void {
    if (xml) {
      const text = toXml(root, body);
      res.writeHead(status, {
        "content-type": "text/xml;charset=utf-8",
        "content-length": Buffer.byteLength(text),
        ...extra,
      });
      res.end(text);
    } else {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        "content-type": "application/json;charset=utf-8",
        "content-length": Buffer.byteLength(text),
        "x-acs-request-id": String(body.RequestId ?? ""),
        ...extra,
      });
      res.end(text);
    }
  }

  private async applyFaults(rules: FaultRule[], req: IncomingMessage): Promise<void> {
    for (const rule of rules) {
      if (rule.delayMs) await sleep(rule.delayMs);
      switch (rule.effect) {
        case "delay":
          break;
        case "reset":
          throw new ResetSignal();
        case "throttle": {
          const e = gatewayErrors.throttled();
          throw new ApiError(rule.code ?? e.code, rule.message ?? e.message, rule.httpStatus ?? e.httpStatus);
        }
        case "error": {
          const code = rule.code ?? "InternalError";
          const dflt =
            code === "ServiceUnavailable"
              ? gatewayErrors.serviceUnavailable()
              : code === "InternalError"
                ? gatewayErrors.internalError()
                : undefined;
          throw new ApiError(
            code,
            rule.message ?? dflt?.message ?? `${code} (injected fault)`,
            rule.httpStatus ?? dflt?.httpStatus ?? 400,
          );
        }
      }
    }
    void req;
  }

  /** Resolves a key and checks its STS token; returns the caller and secret. */
  private resolveKey(
    accessKeyId: string | undefined,
    token: string | undefined,
  ): { caller: Caller; secret: string } {
    if (!accessKeyId) throw gatewayErrors.missingAccessKey();
    const rec = this.opts.credentials.lookup(accessKeyId);
    if (!rec) throw gatewayErrors.accessKeyNotFound();
    if (rec.securityToken !== undefined) {
      if (!token) throw gatewayErrors.missingSecurityToken();
      if (!safeEqual(token, rec.securityToken)) throw gatewayErrors.tokenMismatch();
      if (rec.expiresAt !== undefined && Date.now() >= rec.expiresAt) throw gatewayErrors.tokenExpired();
    } else if (token) {
      throw gatewayErrors.tokenMismatch();
    }
    return { caller: { ...rec.caller, accessKeyId }, secret: rec.accessKeySecret };
  }

  /** `InvalidTimeStamp.Format` / `.Expired` for a request time more than 15 minutes off. */
  private checkTime(value: string | undefined): void {
    if (this.opts.checkTimestamp === false || value === undefined) return;
    const t = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(t)) throw gatewayErrors.timestampFormat(value);
    if (Math.abs(Date.now() - t) > 15 * 60_000) throw gatewayErrors.timestampExpired();
  }

  private checkNonce(accessKeyId: string, nonce: string | undefined): void {
    if (this.opts.checkNonce === false || !nonce || !this.opts.credentials.useNonce) return;
    if (!this.opts.credentials.useNonce(accessKeyId, nonce)) throw gatewayErrors.nonceUsed();
  }

  private checkAcs3(
    req: IncomingMessage,
    authz: ReturnType<typeof parseAcs3Authorization> & object,
    pathname: string,
    query: [string, string][],
    body: Buffer,
  ): Caller {
    if (authz.algorithm !== "ACS3-HMAC-SHA256") throw gatewayErrors.unsupportedSignature(authz.algorithm);
    if (!authz.signature || authz.signedHeaders.length === 0)
      throw gatewayErrors.incompleteSignature("The Authorization header is incomplete.");
    const { caller, secret } = this.resolveKey(authz.accessKeyId, header(req, "x-acs-security-token"));
    const { stringToSign } = acs3StringToSign(authz.algorithm, {
      method: req.method ?? "POST",
      pathname,
      query,
      headers: req.headers,
      signedHeaders: authz.signedHeaders,
      body,
    });
    const expected = acs3Sign(stringToSign, secret);
    if (!safeEqual(expected, authz.signature.toLowerCase()) || !acs3BodyHashMatches(req.headers, body))
      throw gatewayErrors.signatureAcs3(stringToSign);
    this.checkTime(header(req, "x-acs-date"));
    this.checkNonce(authz.accessKeyId, header(req, "x-acs-signature-nonce"));
    return caller;
  }

  private checkV1(req: IncomingMessage, pairs: [string, string][], flat: Map<string, string>): Caller {
    const method = flat.get("SignatureMethod") ?? "HMAC-SHA1";
    if (method !== "HMAC-SHA1" && method !== "HMAC-SHA256") throw gatewayErrors.unsupportedSignature(method);
    const accessKeyId = flat.get("AccessKeyId");
    const { caller, secret } = this.resolveKey(accessKeyId, flat.get("SecurityToken"));
    const stringToSign = v1StringToSign(req.method ?? "POST", pairs);
    const expected = v1Sign(stringToSign, secret, method);
    if (!safeEqual(expected, flat.get("Signature") ?? "")) throw gatewayErrors.signatureV1(stringToSign);
    this.checkTime(flat.get("Timestamp"));
    this.checkNonce(accessKeyId!, flat.get("SignatureNonce"));
    return caller;
  }

  private async control(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    rawQuery: string,
  ): Promise<void> {
    const query = new URLSearchParams(rawQuery);
    const method = req.method ?? "GET";
    const path = pathname.replace(/\/+$/, "");
    try {
      if (path === "/_emulator/health") return sendJson(res, 200, { ok: true, versions: PRODUCT_VERSIONS });
      if (path === "/_emulator/calls") {
        if (method === "DELETE") {
          this.opts.calls.clear();
          return sendJson(res, 200, { cleared: true });
        }
        const since = query.get("since");
        return sendJson(
          res,
          200,
          this.opts.calls.list({
            product: query.get("product") ?? undefined,
            action: query.get("action") ?? undefined,
            code: query.get("code") ?? undefined,
            sinceSeq: since ? Number(since) : undefined,
          }),
        );
      }
      if (path === "/_emulator/faults" || path.startsWith("/_emulator/faults/")) {
        const id = path.slice("/_emulator/faults/".length);
        if (method === "GET") return sendJson(res, 200, this.opts.faults.list());
        if (method === "DELETE") {
          if (id) return sendJson(res, 200, { removed: this.opts.faults.remove(decodeURIComponent(id)) });
          this.opts.faults.clear();
          return sendJson(res, 200, { cleared: true });
        }
        if (method === "POST" || method === "PUT") {
          const text = (await readBody(req)).toString("utf8");
          const doc = JSON.parse(text) as FaultRule | FaultRule[] | { rules: FaultRule[] };
          const rules = Array.isArray(doc) ? doc : "rules" in doc ? doc.rules : [doc];
          if (method === "PUT") this.opts.faults.clear();
          return sendJson(res, 200, { ids: rules.map((r) => this.opts.faults.add(r)) });
        }
      }
      if (path.startsWith("/_emulator/identity")) {
        const id = this.opts.control?.identity;
        if (!id) return sendJson(res, 501, { error: "no identity administration" });
        if (path === "/_emulator/identity" && method === "GET") return sendJson(res, 200, id.describe());
        if (method === "POST") {
          const doc = JSON.parse((await readBody(req)).toString("utf8")) as Record<string, unknown>;
          const accountId = String(doc.accountId ?? "");
          if (path === "/_emulator/identity/oidc-keys") {
            id.addOidcKey(String(doc.providerArn), doc.jwk as Record<string, unknown>);
            return sendJson(res, 200, { added: true });
          }
          if (path === "/_emulator/identity/roles")
            return sendJson(res, 200, id.addRole(accountId, doc.role as Record<string, unknown>));
          if (path === "/_emulator/identity/oidc-providers")
            return sendJson(res, 200, id.addOidcProvider(accountId, doc.provider as Record<string, unknown>));
        }
      }
      if (path === "/_emulator/resources") {
        if (!this.opts.control?.dump) return sendJson(res, 501, { error: "no services with a dump" });
        return sendJson(res, 200, this.opts.control.dump());
      }
      if (path === "/_emulator/leaks") {
        if (!this.opts.control?.leakCheck)
          return sendJson(res, 501, { error: "no services with a leak check" });
        const tags: Record<string, string> = {};
        for (const t of query.getAll("tag")) {
          const eq = t.indexOf("=");
          if (eq > 0) tags[t.slice(0, eq)] = t.slice(eq + 1);
        }
        const filter: LeakFilter = {};
        if (Object.keys(tags).length) filter.tags = tags;
        if (query.get("since")) filter.since = query.get("since")!;
        if (query.get("accountId")) filter.accountId = query.get("accountId")!;
        if (query.get("ignoreImages") === "true") filter.ignoreImages = true;
        return sendJson(res, 200, this.opts.control.leakCheck(filter));
      }
      sendJson(res, 404, { error: `unknown control path ${pathname}` });
    } catch (err) {
      sendJson(res, 400, { error: String((err as Error)?.message ?? err) });
    }
  }
}

class ResetSignal extends Error {}
