/**
 * `ssh_local_tunnels` / `ssh_remote_tunnels` (Packer's sdk-internals/communicator/ssh/tunnel.go):
 * `port:host:port` specs (a non-numeric listen part is a unix socket path), local listeners
 * forwarded through the connection, and remote listeners forwarded back to local addresses.
 */
import net from "node:net";
import type ssh2 from "ssh2";

/** One tunnel (Packer's TunnelSpec). */
export interface TunnelSpec {
  direction: "local" | "remote";
  listenType: "tcp" | "unix";
  /** `localhost:<port>` or a socket path. */
  listenAddr: string;
  /** `host:port`. */
  forwardAddr: string;
}

function splitHostPort(addr: string): { host: string; port: number } {
  const i = addr.lastIndexOf(":");
  const host = addr.slice(0, i).replace(/^\[(.*)\]$/, "$1");
  return { host, port: Number(addr.slice(i + 1)) };
}

/** Packer's ParseTunnelArgument (the config already checked the forwarding address). */
export function parseTunnel(spec: string, direction: TunnelSpec["direction"]): TunnelSpec {
  const at = spec.indexOf(":");
  const listen = spec.slice(0, at);
  const forwardAddr = spec.slice(at + 1);
  if (/^[+-]?\d+$/.test(listen))
    return { direction, listenType: "tcp", listenAddr: `localhost:${listen}`, forwardAddr };
  return { direction, listenType: "unix", listenAddr: listen, forwardAddr };
}

type Client = InstanceType<typeof ssh2.Client>;

/** Opens the tunnels on a connected client; the returned function closes them. */
export async function openTunnels(client: Client, tunnels: TunnelSpec[]): Promise<() => void> {
  const closers: (() => void)[] = [];
  const closeAll = () => {
    for (const c of closers) c();
  };
  try {
    for (const t of tunnels) {
      const fwd = splitHostPort(t.forwardAddr);
      if (t.direction === "local") {
        const server = net.createServer((sock) => {
          client.forwardOut("127.0.0.1", 0, fwd.host, fwd.port, (err, ch) => {
            if (err) return sock.destroy();
            sock.pipe(ch).pipe(sock);
            sock.on("error", () => ch.close());
            ch.on("error", () => sock.destroy());
          });
        });
        await new Promise<void>((resolve, reject) => {
          server.once("error", (e) =>
            reject(new Error(`Tunnel: Failed to bind local ('${t.listenAddr}'): ${e.message}`)),
          );
          if (t.listenType === "unix") server.listen(t.listenAddr, resolve);
          else {
            const l = splitHostPort(t.listenAddr);
            server.listen(l.port, l.host, resolve);
          }
        });
        closers.push(() => server.close());
      } else {
        if (t.listenType === "unix") {
          throw new Error(
            `Tunnel: Failed to bind remote ('${t.listenAddr}'): unix sockets are not supported yet`,
          );
        }
        const l = splitHostPort(t.listenAddr);
        await new Promise<void>((resolve, reject) =>
          client.forwardIn(l.host, l.port, (err) =>
            err
              ? reject(new Error(`Tunnel: Failed to bind remote ('${t.listenAddr}'): ${err.message}`))
              : resolve(),
          ),
        );
        const onConnection = (
          info: { destIP: string; destPort: number },
          accept: () => ssh2.ClientChannel,
          reject: () => void,
        ) => {
          if (info.destPort !== l.port) return;
          const sock = net.connect({ host: fwd.host, port: fwd.port });
          sock.once("connect", () => {
            const ch = accept();
            sock.pipe(ch).pipe(sock);
            ch.on("error", () => sock.destroy());
          });
          sock.once("error", () => reject());
        };
        client.on("tcp connection", onConnection as never);
        closers.push(() => {
          client.off("tcp connection", onConnection as never);
          client.unforwardIn(l.host, l.port, () => {});
        });
      }
    }
  } catch (e) {
    closeAll();
    throw e;
  }
  return closeAll;
}
