/**
 * The machines' inspection endpoints on the emulator's control port:
 *
 * - `GET /_emulator/machines`: every instance machine (addresses, SSH port, whether SSH answers);
 * - `GET /_emulator/fs?instance=ID|image=ID|snapshot=ID&path=/etc/os-release`: a file's bytes
 *   (`application/octet-stream`), or for a directory `{path, entries: [{name, type, mode, size,
 *   uid, gid, target?}]}`; 404 `{Code: "NotFound"}` when it does not exist.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { InspectTarget, Machines } from "./index.js";

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Answers the request if it is one of the endpoints above; returns whether it did. */
export function handleMachinesHttp(machines: Machines, req: IncomingMessage, res: ServerResponse): boolean {
  const raw = req.url ?? "";
  if (!raw.startsWith("/_emulator/machines") && !raw.startsWith("/_emulator/fs")) return false;
  const url = new URL(raw, "http://emulator");
  if (req.method !== "GET") {
    json(res, 405, { Code: "MethodNotAllowed", Message: "only GET" });
    return true;
  }
  if (url.pathname === "/_emulator/machines") {
    json(res, 200, {
      sshPort: machines.sshPort,
      sandbox: machines.sandboxMode ?? null,
      machines: machines.list(),
    });
    return true;
  }
  if (url.pathname !== "/_emulator/fs") return false;
  const q = url.searchParams;
  const path = q.get("path") ?? "/";
  const target: InspectTarget | undefined = q.get("instance")
    ? { instanceId: q.get("instance")! }
    : q.get("image")
      ? { imageId: q.get("image")! }
      : q.get("snapshot")
        ? { snapshotId: q.get("snapshot")! }
        : undefined;
  if (!target) {
    json(res, 400, { Code: "MissingParameter", Message: "one of instance, image or snapshot is required" });
    return true;
  }
  try {
    let isDir = false;
    try {
      isDir = machines.listDir(target, path) !== undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") throw e;
    }
    if (isDir) {
      json(res, 200, { path, entries: machines.listDir(target, path) });
    } else {
      const body = machines.readFile(target, path);
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
      res.end(body);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    json(res, code === "ENOENT" ? 404 : 400, {
      Code: code === "ENOENT" ? "NotFound" : "Invalid",
      Message: (e as Error).message,
    });
  }
  return true;
}
