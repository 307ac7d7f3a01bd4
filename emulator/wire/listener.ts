/**
 * One TCP port for plain HTTP and HTTPS: the first byte of a connection tells a TLS handshake
 * (0x16) from an HTTP request, and the socket goes to the matching server.
 */
import http from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import type { TlsMaterial } from "./tls.js";

/** A dual-protocol listener around a request handler and a CONNECT handler. */
export class DualListener {
  readonly http: http.Server;
  readonly https?: https.Server;
  private readonly tcp: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    handler: http.RequestListener,
    connect: (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => void,
    tls?: TlsMaterial,
  ) {
    const serverOpts = { keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 0 };
    this.http = http.createServer(serverOpts, handler);
    this.http.on("connect", connect);
    if (tls) {
      this.https = https.createServer({ ...serverOpts, cert: tls.cert, key: tls.key }, handler);
      this.https.on("connect", connect);
      this.https.on("tlsClientError", (_err, socket) => socket.destroy());
    }
    this.tcp = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => socket.destroy());
      socket.once("data", (first) => {
        socket.pause();
        socket.unshift(first);
        const target = first[0] === 0x16 && this.https ? this.https : this.http;
        target.emit("connection", socket);
        process.nextTick(() => socket.resume());
      });
    });
  }

  /** Listens; resolves to the bound port. */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.tcp.once("error", reject);
      this.tcp.listen(port, host, () => resolve((this.tcp.address() as AddressInfo).port));
    });
  }

  /** Closes the port and every open connection. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.tcp.close(() => resolve()));
  }
}
