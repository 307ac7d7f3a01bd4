/**
 * The emulator's HTTP(S) front: a request handler and a CONNECT handler bound to the services and
 * the identity store. A request goes to the proxy (proxy.ts), the control endpoints (control.ts),
 * or is an API call: read (request.ts), routed (route.ts), authenticated (authenticate.ts), its
 * parameters decoded with the metadata (params.ts), faults applied (fault-effects.ts), latency
 * added, answered (respond.ts) and logged (call-trace.ts).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { CallLog } from "../calllog.js";
import type { FaultInjector } from "../faults.js";
import type { ActionRequest, LatencyProfile, Product, ServiceDefinition } from "../types.js";
import { type AuthOptions, authenticate } from "./authenticate.js";
import { CallTrace } from "./call-trace.js";
import { type ControlHooks, handleControl } from "./control.js";
import { applyFaults, ResetSignal } from "./fault-effects.js";
import { sendJson } from "./http.js";
import { decodeParams, PROTOCOL_PARAMS } from "./params.js";
import { type MetadataProxyHandler, proxyTarget, tunnel } from "./proxy.js";
import { readCall } from "./request.js";
import { asApiError, sendAnswer, sendError } from "./respond.js";
import { route } from "./route.js";

export type { ControlHooks, LeakFilter } from "./control.js";
export type { MetadataProxyHandler } from "./proxy.js";

/** What the wire layer needs. */
export interface WireOptions extends AuthOptions {
  services: ServiceDefinition[];
  faults: FaultInjector;
  calls: CallLog;
  profile?: LatencyProfile;
  control?: ControlHooks;
  /** Port of the HTTPS listener, for CONNECT tunnels to Alibaba Cloud host names. */
  httpsPort?: () => number | undefined;
  metadataProxy?: MetadataProxyHandler;
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
    tunnel(req, socket, head, this.opts.httpsPort?.());
  };

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = proxyTarget(req, res, this.opts.metadataProxy);
    if (!target) return;
    const q = target.pathAndQuery.indexOf("?");
    const pathname = q < 0 ? target.pathAndQuery : target.pathAndQuery.slice(0, q);
    const rawQuery = q < 0 ? "" : target.pathAndQuery.slice(q + 1);
    if (pathname.startsWith("/_emulator/")) return handleControl(this.opts, req, res, pathname, rawQuery);
    await this.apiCall(req, res, pathname, rawQuery, target.hostName, target.via);
  }

  /** One API call, answered with its result or its error, and logged. */
  private async apiCall(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    rawQuery: string,
    hostName: string,
    via: string,
  ): Promise<void> {
    const trace = new CallTrace(randomUUID().toUpperCase(), via);
    const hostId = hostName.replace(/:\d+$/, "") || "127.0.0.1";
    let xml = false;
    try {
      const call = await readCall(req, rawQuery);
      Object.assign(trace, { pairs: call.pairs, action: call.action, version: call.version });
      xml = call.xml;
      const { product, action, version, meta, handler } = route(this.services, call, hostName, (p) => {
        trace.product = p;
      });

      const auth = authenticate(this.opts, req, call, pathname, meta?.security ?? ["AK"], (sig, key) => {
        trace.signature = sig;
        trace.accessKeyId = key;
      });
      trace.caller = auth.caller.arn;

      const params = meta
        ? decodeParams(meta, call.flat)
        : Object.fromEntries([...call.flat].filter(([k]) => !PROTOCOL_PARAMS.has(k)));

      const rules = this.opts.faults.matchCall({ product, action, params: call.flat });
      for (const rule of rules) trace.faults.push(rule.id);
      await applyFaults(rules);
      const latency = this.opts.profile?.apiLatencyMs(product, action) ?? 0;
      if (latency > 0) await sleep(latency);

      const request: ActionRequest = {
        product,
        version,
        action,
        params,
        caller: auth.caller,
        requestId: trace.requestId,
        sourceIp: req.socket.remoteAddress ?? "",
      };
      const result = await handler(request);
      sendAnswer(res, 200, { RequestId: trace.requestId, ...result }, xml, `${action}Response`);
    } catch (err) {
      if (err instanceof ResetSignal) {
        trace.code = "ConnectionReset";
        trace.status = 0;
        req.socket.destroy();
      } else {
        const apiErr = asApiError(err);
        trace.status = apiErr.httpStatus;
        trace.code = apiErr.code;
        sendError(res, apiErr, { requestId: trace.requestId, hostId, product: trace.product, xml });
      }
    } finally {
      trace.record(this.opts.calls);
    }
  }
}
