/**
 * The emulator as an HTTP proxy: absolute-form requests (`GET http://host/path`) to Alibaba Cloud
 * host names or loopback are served here, instance metadata (`http://100.100.100.200/…`) goes to
 * its handler, anything else is refused; CONNECT tunnels to Alibaba Cloud host names on 443 reach
 * the HTTPS listener, anything else is refused at once.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import net from "node:net";
import { header } from "./http.js";

/** A handler for plain-HTTP metadata requests reached through the proxy (`http://100.100.100.200/...`). */
export type MetadataProxyHandler = (req: IncomingMessage, res: ServerResponse, path: string) => void;

/** Where a request is going, once the proxy has had its say. */
export interface Target {
  /** `http`, `https` or `proxy`. */
  via: string;
  /** The Host header, or the absolute URL's host. */
  hostName: string;
  /** The path and query string. */
  pathAndQuery: string;
}

const ALIBABA_HOST = /(^|\.)aliyuncs\.com$/i;

/**
 * The request's target; undefined when the proxy answered it already (metadata, or a refused
 * host).
 */
export function proxyTarget(
  req: IncomingMessage,
  res: ServerResponse,
  metadataProxy: MetadataProxyHandler | undefined,
): Target | undefined {
  const rawUrl = req.url ?? "/";
  const tls = (req.socket as { encrypted?: boolean }).encrypted === true;
  if (!/^[a-z]+:\/\//i.test(rawUrl))
    return { via: tls ? "https" : "http", hostName: header(req, "host") ?? "", pathAndQuery: rawUrl };
  const u = new URL(rawUrl);
  const pathAndQuery = `${u.pathname}${u.search}`;
  const bare = u.hostname;
  if (bare === "100.100.100.200" && metadataProxy) {
    metadataProxy(req, res, pathAndQuery);
    return undefined;
  }
  if (!ALIBABA_HOST.test(bare) && !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(bare)) {
    const text = `image-build emulator: refusing to proxy to ${bare}\n`;
    res.writeHead(502, {
      "content-type": "text/plain",
      "content-length": Buffer.byteLength(text),
      connection: "close",
    });
    res.end(text);
    return undefined;
  }
  return { via: "proxy", hostName: u.host, pathAndQuery };
}

/** Tunnels a CONNECT to an Alibaba Cloud host name on 443 to the HTTPS listener; refuses anything else. */
export function tunnel(
  req: IncomingMessage,
  socket: net.Socket,
  head: Buffer,
  httpsPort: number | undefined,
): void {
  const target = req.url ?? "";
  const [host, port] = target.split(":");
  if (httpsPort && (port === "443" || port === undefined) && ALIBABA_HOST.test(host ?? "")) {
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
}
