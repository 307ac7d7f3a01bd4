/**
 * The scp protocol as Packer 1.6.6's SSH communicator speaks it to a remote `scp -t` (sink) or
 * `scp -f` (source): `C<mode> <size> <name>` for files, `D<mode> 0 <name>` … `E` for directories,
 * a status byte after each message (0 ok, 1/2 followed by an error line).
 */
import { createReadStream } from "node:fs";
import { lstat, mkdir, open, readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type ByteReader, EofError } from "./byte-reader.js";
import type { UploadSource } from "./communicator.js";

/** The two ends of an scp session: stdin of the remote scp, and a reader of its stdout. */
export interface ScpChannel {
  write(data: Buffer | string): Promise<void>;
  reader: ByteReader;
}

/** Go's `%04o`. */
function octal4(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, "0");
}

/** Reads the status byte; a non-zero status fails with the remote's message (checkSCPStatus). */
export async function checkScpStatus(r: ByteReader): Promise<void> {
  const code = await r.readByte();
  if (code === 0) return;
  let line: string;
  try {
    line = await r.readLine();
  } catch (e) {
    throw new Error(`Error reading error message: ${e instanceof EofError ? "EOF" : (e as Error).message}`);
  }
  throw new Error(line.replace(/\r?\n$/, ""));
}

/** Sends one file named `name` (scpUploadFile): a local file keeps its mode, bytes get 0644. */
export async function scpUploadFile(ch: ScpChannel, name: string, source: UploadSource): Promise<void> {
  let mode = 0o644;
  let size: number;
  let body: Buffer | undefined;
  let path: string | undefined;
  if ("data" in source) {
    body = Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8");
    size = body.length;
  } else {
    const st = await stat(source.path);
    path = source.path;
    mode = st.mode & 0o777;
    size = st.size;
  }
  await ch.write(`C${octal4(mode)} ${size} ${name}\n`);
  await checkScpStatus(ch.reader);
  if (body) await ch.write(body);
  else if (path) await sendFile(ch, path, size);
  await ch.write(Buffer.from([0]));
  await checkScpStatus(ch.reader);
}

/** Streams exactly `size` bytes of a local file. */
async function sendFile(ch: ScpChannel, path: string, size: number): Promise<void> {
  let sent = 0;
  for await (const chunk of createReadStream(path, { end: size > 0 ? size - 1 : 0 })) {
    const buf = chunk as Buffer;
    const part = buf.subarray(0, Math.max(0, Math.min(buf.length, size - sent)));
    if (part.length === 0) break;
    sent += part.length;
    await ch.write(part);
  }
  if (sent < size) throw new EofError();
}

/** `D<mode> 0 <name>`, the entries, then `E` (scpUploadDirProtocol). */
async function scpUploadDirProtocol(
  ch: ScpChannel,
  name: string,
  mode: number,
  entries: () => Promise<void>,
): Promise<void> {
  await ch.write(`D${octal4(mode)} 0 ${name}\n`);
  await checkScpStatus(ch.reader);
  await entries();
  await ch.write("E\n");
}

/** Sends every entry of a local directory (scpUploadDir), following symlinks as Packer does. */
async function scpUploadEntries(ch: ScpChannel, root: string): Promise<void> {
  for (const name of await readdir(root)) {
    const real = join(root, name);
    const fi = await lstat(real);
    let symlinkToDir = false;
    if (fi.isSymbolicLink()) symlinkToDir = (await stat(real)).isDirectory();
    if (!fi.isDirectory() && !symlinkToDir) {
      // Packer passes the Lstat info: a symlink is not a regular file, so it goes as a stream (0644).
      const source: UploadSource = fi.isFile() ? { path: real } : { data: await readFile(real) };
      await scpUploadFile(ch, name, source);
      continue;
    }
    await scpUploadDirProtocol(ch, name, fi.mode & 0o777, () => scpUploadEntries(ch, real));
  }
}

/**
 * Uploads a directory into the remote `scp -rvt <dst>` (scpUploadDirSession): `src/` sends only
 * its contents, `src` the directory itself.
 */
export async function scpUploadDir(ch: ScpChannel, src: string): Promise<void> {
  if (!src.endsWith("/")) {
    const fi = await stat(src);
    await scpUploadDirProtocol(ch, basename(src), fi.mode & 0o777, () => scpUploadEntries(ch, src));
  } else {
    await scpUploadEntries(ch, src);
  }
}

/** Go's Sscanf("%o %d %s") on a `C`/`D` line (without its type byte). */
function parseEntry(line: string): { mode: number; size: number; name: string } | undefined {
  const m = /^\s*([0-7]+)\s+(-?\d+)\s+(\S+)/.exec(line);
  if (!m) return undefined;
  return { mode: Number.parseInt(m[1], 8), size: Number(m[2]), name: m[3] };
}

/** Receives one file from a remote `scp -vf <path>` into `sink` (scpDownloadSession). */
export async function scpDownloadFile(ch: ScpChannel, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
  await ch.write(Buffer.from([0]));
  const fi = await ch.reader.readLine();
  const kind = fi[0];
  if (kind === "\x01" || kind === "\x02") throw new Error(fi.slice(1));
  if (kind === "D") throw new Error("remote file is directory");
  if (kind !== "C")
    throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
  const m = /^(\S{1,6})\s+(-?\d+)/.exec(fi);
  if (!m) throw new Error(`can't parse server response (${fi})`);
  const size = Number(m[2]);
  if (size < 0) throw new Error("negative file size");
  await ch.write(Buffer.from([0]));
  await ch.reader.copyN(size, sink);
  await ch.write(Buffer.from([0]));
  await checkScpStatus(ch.reader);
}

/** Receives a tree from a remote `scp -vrf <src>` into the local directory `dst` (DownloadDir). */
export async function scpDownloadDir(ch: ScpChannel, dst: string): Promise<void> {
  const dirStack = [dst];
  for (;;) {
    await ch.write(Buffer.from([0]));
    const fi = await ch.reader.readLine();
    const kind = fi[0];
    if (kind === "\x01" || kind === "\x02") throw new Error(fi.slice(1));
    if (kind === "E") {
      dirStack.pop();
      if (dirStack.length === 0) {
        await ch.write(Buffer.from([0]));
        return;
      }
      continue;
    }
    if (kind !== "C" && kind !== "D") {
      throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
    }
    const entry = parseEntry(fi.slice(1));
    if (!entry) throw new Error(`can't parse server response (${fi})`);
    if (entry.size < 0) throw new Error("negative file size");
    const here = join(...dirStack);
    if (kind === "D") {
      await mkdir(join(here, entry.name), { recursive: true, mode: entry.mode });
      dirStack.push(entry.name);
      continue;
    }
    await ch.write(Buffer.from([0]));
    const fh = await open(join(here, entry.name), "w", entry.mode);
    try {
      await ch.reader.copyN(entry.size, async (c) => {
        await fh.write(c);
      });
    } finally {
      await fh.close();
    }
    await checkScpStatus(ch.reader);
  }
}
