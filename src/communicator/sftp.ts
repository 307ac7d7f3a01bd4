/**
 * SFTP transfers as Packer 1.6.6's SSH communicator does them (`ssh_file_transfer_method: sftp`):
 * create + copy + chmod for files, a walk with mkdir + chmod for directories.
 */
import { createReadStream } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { basename, join, posix, relative } from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SFTPWrapper, Stats } from "ssh2";
import type { UploadSource } from "./communicator.js";

const STATUS_NAMES: Record<number, string> = {
  1: "SSH_FX_EOF",
  3: "SSH_FX_PERMISSION_DENIED",
  4: "SSH_FX_FAILURE",
  5: "SSH_FX_BAD_MESSAGE",
  6: "SSH_FX_NO_CONNECTION",
  7: "SSH_FX_CONNECTION_LOST",
  8: "SSH_FX_OP_UNSUPPORTED",
};

/** Go pkg/sftp's error texts: `file does not exist`, `sftp: "<msg>" (SSH_FX_…)`. */
export function sftpError(e: unknown): Error {
  const err = e as Error & { code?: number };
  if (typeof err.code !== "number") return err instanceof Error ? err : new Error(String(e));
  if (err.code === 2) return new Error("file does not exist");
  const name = STATUS_NAMES[err.code] ?? `SSH_FX_${err.code}`;
  return new Error(`sftp: ${JSON.stringify(err.message)} (${name})`);
}

function call<T>(fn: (cb: (err: Error | null | undefined, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    fn((err, value) => (err ? reject(sftpError(err)) : resolve(value as T))),
  );
}

const WRITE_SIZE = 32 * 1024;
const IN_FLIGHT = 64;

/** Creates (truncates) `path`, writes the source, then chmods a local file's mode (sftpUploadFile). */
export async function sftpUploadFile(sftp: SFTPWrapper, path: string, source: UploadSource): Promise<void> {
  // Packer's client.Create: no attributes, so the server's default mode applies.
  const handle = await call<Buffer>((cb) => sftp.open(path, "w", cb));
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  try {
    let offset = 0;
    const input: Iterable<Buffer> | AsyncIterable<Buffer> =
      "data" in source
        ? [Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8")]
        : createReadStream(source.path);
    for await (const chunk of input) {
      for (let at = 0; at < chunk.length; at += WRITE_SIZE) {
        const piece = chunk.subarray(at, at + WRITE_SIZE);
        const position = offset;
        offset += piece.length;
        // Many requests in flight, as pkg/sftp's io.Copy does.
        const p: Promise<void> = call<void>((cb) =>
          sftp.write(handle, piece, 0, piece.length, position, (err) => cb(err)),
        ).then(
          () => {
            pending.delete(p);
          },
          (e) => {
            pending.delete(p);
            failure ??= e;
          },
        );
        pending.add(p);
        if (pending.size >= IN_FLIGHT) await Promise.race(pending);
        if (failure) throw failure;
      }
    }
    await Promise.all(pending);
    if (failure) throw failure;
  } finally {
    await Promise.all(pending);
    await call<void>((cb) => sftp.close(handle, (err) => cb(err)));
  }
  if ("path" in source) {
    const fi = await stat(source.path);
    if (fi.isFile()) await call<void>((cb) => sftp.chmod(path, fi.mode & 0o777, (err) => cb(err)));
  }
}

/** mkdir that accepts an existing directory, then chmod to the local mode (sftpMkdir). */
async function sftpMkdir(sftp: SFTPWrapper, path: string, mode: number): Promise<void> {
  try {
    await call<void>((cb) => sftp.mkdir(path, (err) => cb(err)));
  } catch (e) {
    let isDir = false;
    try {
      isDir = (await call<Stats>((cb) => sftp.lstat(path, cb))).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw e;
  }
  await call<void>((cb) => sftp.chmod(path, mode, (err) => cb(err)));
}

/** Go's filepath.Walk order: the root, then entries sorted by name, depth first; no symlink following. */
async function walk(root: string, visit: (path: string, isDir: boolean, mode: number) => Promise<void>) {
  const fi = await lstat(root);
  await visit(root, fi.isDirectory(), fi.mode & 0o777);
  if (!fi.isDirectory()) return;
  const names = (await readdir(root)).sort();
  for (const name of names) await walk(join(root, name), visit);
}

/** Uploads a directory (sftpUploadDirSession): `src/` into `dst`, `src` as `dst/<base>`. */
export async function sftpUploadDir(sftp: SFTPWrapper, dst: string, src: string): Promise<void> {
  const rootDst = src.endsWith("/") ? dst : posix.join(dst, basename(src));
  await walk(src, async (path, isDir, mode) => {
    const rel = relative(src, path) || ".";
    const finalDst = posix.join(rootDst, rel.split("\\").join("/"));
    if (finalDst === dst) return;
    if (isDir) await sftpMkdir(sftp, finalDst, mode);
    else await sftpUploadFile(sftp, finalDst, { path });
  });
}

/** Copies a remote file into `output` (sftpDownloadSession). */
export async function sftpDownload(sftp: SFTPWrapper, path: string, output: Writable): Promise<void> {
  // Opening first gives Go's error for a missing file before any byte is written.
  const handle = await call<Buffer>((cb) => sftp.open(path, "r", cb));
  await call<void>((cb) => sftp.close(handle, (err) => cb(err)));
  await pipeline(sftp.createReadStream(path), output, { end: false }).catch((e) => {
    throw sftpError(e);
  });
}
