/**
 * The SSH proxy that `ansible-playbook` connects to (Packer 1.6.6's `packer-plugin-sdk/adapter`):
 * an ssh2 server on 127.0.0.1 that accepts one user with one public key and serves every session
 * through the build's communicator: `exec` runs the command remotely (stdin, stdout, stderr and
 * the exit status forwarded) except legacy `scp -t`/`scp -f` sessions, which are served with the
 * communicator's upload and download (`scp-serve.ts`); the `sftp` subsystem runs `sftp_command`
 * remotely the same way,
 * `pty-req` and `env` are accepted and ignored, anything else is refused. So Ansible reaches the
 * instance whatever its address, over the connection the build already has.
 */
import type { AddressInfo } from "node:net";
import type { Connection, ParsedKey, ServerChannel } from "ssh2";
import ssh2 from "ssh2";
import type { Communicator } from "../../communicator/communicator.js";
import { errorText } from "../../communicator/remote-cmd.js";
import type { Ui } from "../../ui/ui.js";
import { isScpSession, serveScp } from "./scp-serve.js";

const { Server, utils } = ssh2;

/** Packer's default `sftp_command`. */
export const DEFAULT_SFTP_COMMAND = "/usr/lib/sftp-server -e";

/** What the proxy needs. */
export interface AdapterOptions {
  comm: Communicator;
  ui: Ui;
  /** The only user name accepted (Packer: the provisioner's `user`). */
  user: string;
  /** The only public key accepted (authorized_keys line or OpenSSH public key). */
  authorizedKey: string;
  /** The host key (PEM or OpenSSH private key). */
  hostKey: string;
  /** First port to try (`local_port`; then the next nine); 0: a system-chosen port. */
  port: number;
  /** Command serving the sftp subsystem on the instance (default {@link DEFAULT_SFTP_COMMAND}). */
  sftpCommand?: string;
}

/** A running proxy. */
export interface Adapter {
  port: number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

function parsePublic(text: string): ParsedKey {
  const parsed = utils.parseKey(text);
  const key = parsed instanceof Error ? undefined : Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key) throw new Error("Failed to parse authorized key");
  return key;
}

/** Starts the proxy on 127.0.0.1 (Packer: "Error setting up SSH proxy connection" when no port is free). */
export async function startAdapter(o: AdapterOptions): Promise<Adapter> {
  const allowed = parsePublic(o.authorizedKey);
  const allowedBlob = allowed.getPublicSSH();
  const connections = new Set<Connection>();
  const sftpCommand = o.sftpCommand || DEFAULT_SFTP_COMMAND;

  const server = new Server({ hostKeys: [o.hostKey] }, (client) => {
    connections.add(client);
    client.on("error", () => {});
    client.on("close", () => connections.delete(client));
    client.on("authentication", (ctx) => {
      if (ctx.method !== "publickey" || ctx.username !== o.user || !ctx.key.data.equals(allowedBlob))
        return ctx.reject(["publickey"]);
      if (!ctx.signature) {
        // Answer a key query with the algorithm the client asked about (rsa-sha2-*), as OpenSSH does.
        if (ctx.key.algo === "ssh-rsa" && ctx.hashAlgo)
          ctx.key.algo = ctx.hashAlgo === "sha256" ? "rsa-sha2-256" : "rsa-sha2-512";
        return ctx.accept();
      }
      let ok = false;
      try {
        ok = allowed.verify(ctx.blob!, ctx.signature, ctx.hashAlgo) === true;
      } catch {
        ok = false;
      }
      return ok ? ctx.accept() : ctx.reject(["publickey"]);
    });
    client.on("ready", () => {
      client.on("session", (acceptSession) => {
        const session = acceptSession();
        session.on("pty", (accept) => accept?.());
        session.on("env", (accept) => accept?.());
        session.on("window-change", (accept) => accept?.());
        session.on("exec", (accept, _reject, info) => {
          const channel = accept();
          if (isScpSession(info.command)) {
            void serveScp(info.command, channel, channel, o.comm).then((status) => {
              if (channel.destroyed) return;
              channel.exit(status);
              channel.end();
            });
          } else serve(channel, info.command);
        });
        session.on("subsystem", (accept, reject, info) => {
          if (info.name !== "sftp") {
            o.ui.error(`unsupported subsystem requested: ${info.name}`);
            return reject?.();
          }
          serve(accept(), sftpCommand);
        });
        session.on("shell", (_accept, reject) => reject?.());
      });
      client.on("tcpip", (_accept, reject) => reject());
    });
  });

  /** Runs `command` on the instance with the channel as its stdin, stdout and stderr. */
  const serve = (channel: ServerChannel, command: string) => {
    o.comm
      .start(command, {
        stdin: channel,
        stdout: (c) => channel.write(c),
        stderr: (c) => channel.stderr.write(c),
      })
      .catch((e) => {
        o.ui.error(errorText(e));
        return 255;
      })
      .then((status) => {
        if (channel.destroyed) return;
        channel.exit(status);
        channel.end();
      });
  };

  const tries = o.port !== 0 ? 10 : 1;
  let port = o.port;
  for (let i = 0; i < tries; i++, port++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
      const bound = (server.address() as AddressInfo).port;
      return {
        port: bound,
        close: async () => {
          for (const c of connections) c.end();
          // A client that does not answer the disconnect must not hold the build: stop waiting after 5 s.
          await new Promise<void>((r) => {
            const t = setTimeout(r, 5_000);
            t.unref();
            server.close(() => {
              clearTimeout(t);
              r();
            });
          });
        },
      };
    } catch (e) {
      o.ui.say(errorText(e));
    }
  }
  throw new Error("Error setting up SSH proxy connection");
}
