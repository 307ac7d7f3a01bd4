/**
 * Bounded local input: every file the user names (template, var file, user data, scripts, key
 * files, files to upload) is opened as a regular file (or a directory where one is allowed), with
 * a size limit and a clear error for devices, FIFOs, sockets and oversize files. FIFOs are opened
 * with O_NONBLOCK so that an open never waits for a writer; the type is checked on the open
 * descriptor (fstat) so that a path swapped between the check and the read cannot slip through,
 * and a read never takes more than the limit plus one byte, however much the file grows.
 *
 * The limits are far above anything a real template needs (see {@link LIMITS}).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

const MiB = 1024 * 1024;

/** What each kind of input may weigh, in bytes. */
export const LIMITS = {
  /** A Packer JSON template (the largest real ones are under 100 KiB). */
  template: 10 * MiB,
  /** A `-var-file` / `var-file` input. */
  varFile: 10 * MiB,
  /** `user_data_file`: ECS refuses user data over 32 KiB (before base64, as Alibaba Cloud documents). */
  userData: 32 * 1024,
  /** A shell/shell-local script (uploaded, so read whole). */
  script: 100 * MiB,
  /** An SSH private key or certificate file. */
  keyFile: 1 * MiB,
  /** One file uploaded by the file provisioner (streamed, never held in memory). */
  upload: 64 * 1024 * MiB,
} as const;

/** Bounds of a directory walk (a `source` directory of the file provisioner). */
export const WALK_LIMITS = { maxDepth: 64, maxEntries: 100_000 } as const;

/** Why a file was refused; `message` names the file and says what is wrong. */
export class BoundedInputError extends Error {
  constructor(
    message: string,
    readonly code: "ENOTREG" | "ETOOBIG" | "ELOOP" | "EDEPTH" | "ETOOMANY" | "EIO",
  ) {
    super(message);
    this.name = "BoundedInputError";
  }
}

/** Go's syscall texts for the errors opening or statting a file can give. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EISDIR: "is a directory",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EPERM: "operation not permitted",
  ENXIO: "no such device or address",
};

/** `op path: reason` for a failed system call (Go's *PathError text). */
export function pathErrorText(op: string, path: string, err: unknown): string {
  if (err instanceof BoundedInputError) return err.message;
  const code = (err as NodeJS.ErrnoException).code ?? "";
  return `${op} ${path}: ${ERRNO_TEXT[code] ?? (err as Error).message}`;
}

/** A size for people: `32 KiB`, `10 MiB`, `1.5 GiB`. */
export function formatSize(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}

/** What kind of file `st` is, for messages (`a character device`, `a FIFO`…). */
export function fileKind(st: Stats): string {
  if (st.isFile()) return "a regular file";
  if (st.isDirectory()) return "a directory";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

/** Options of the checks and reads. */
export interface BoundedOptions {
  /** Largest size accepted, in bytes. */
  limit: number;
  /** What the file is, for messages: `template`, `var file`, `user_data_file`, `script`. */
  what: string;
  /** Accept a directory too (the file provisioner's `source`). */
  allowDirectory?: boolean;
}

/** Throws a {@link BoundedInputError} when `st` is not an acceptable file of at most `limit` bytes. */
export function assertAcceptable(shown: string, st: Stats, o: BoundedOptions): void {
  if (st.isDirectory()) {
    if (o.allowDirectory) return;
    throw new BoundedInputError(`${shown} is a directory, not a regular file (${o.what})`, "ENOTREG");
  }
  if (!st.isFile()) {
    throw new BoundedInputError(
      `${shown} is ${fileKind(st)}, not a regular file (a ${o.what} must be a regular file)`,
      "ENOTREG",
    );
  }
  if (st.size > o.limit) {
    throw new BoundedInputError(
      `${shown} is ${formatSize(st.size)}, over the ${formatSize(o.limit)} limit for a ${o.what}`,
      "ETOOBIG",
    );
  }
}

function abs(path: string, cwd: string | undefined): string {
  return isAbsolute(path) || cwd === undefined ? path : resolve(cwd, path);
}

/**
 * Checks a named file without reading it (validation): it exists, is a regular file (or a
 * directory when allowed) and is within the limit. Returns undefined when fine, else the text
 * (`stat x: no such file or directory`, `x is a FIFO (named pipe), not a regular file …`).
 * The path is shown as given.
 */
export function checkFile(path: string, cwd: string, o: BoundedOptions): string | undefined {
  if (path === "") return "stat : no such file or directory";
  let st: Stats;
  try {
    // stat never opens, so a FIFO cannot block here.
    st = statSync(abs(path, cwd));
  } catch (err) {
    return pathErrorText("stat", path, err);
  }
  try {
    assertAcceptable(path, st, o);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A directory where a file is read fails as reading it would (EISDIR), so callers keep their texts. */
function assertReadable(shown: string, st: Stats, o: BoundedOptions): void {
  if (st.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${shown}'`), {
      code: "EISDIR",
    });
  }
  assertAcceptable(shown, st, o);
}

/**
 * Reads a whole regular file of at most `o.limit` bytes, synchronously (the template loader is
 * synchronous): opened non-blocking, type and size checked on the descriptor, read with a cap.
 * Throws a {@link BoundedInputError} or the system error (use {@link pathErrorText}).
 */
export function readBoundedSync(path: string, o: BoundedOptions & { cwd?: string; shown?: string }): Buffer {
  const shown = o.shown ?? path;
  const fd = openSync(abs(path, o.cwd), OPEN_FLAGS);
  try {
    assertReadable(shown, fstatSync(fd), o);
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(o.limit + 1, 1024 * 1024));
    for (;;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, o.limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > o.limit) {
        throw new BoundedInputError(
          `${shown} grew over the ${formatSize(o.limit)} limit for a ${o.what} while it was read`,
          "ETOOBIG",
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a whole regular file of at most `o.limit` bytes; the read stops at once when `signal`
 * aborts (rejecting with the signal's reason). Same checks as {@link readBoundedSync}.
 */
export async function readBounded(
  path: string,
  o: BoundedOptions & { cwd?: string; shown?: string; signal?: AbortSignal },
): Promise<Buffer> {
  const shown = o.shown ?? path;
  o.signal?.throwIfAborted();
  let fh: FileHandle | undefined;
  try {
    fh = await open(abs(path, o.cwd), OPEN_FLAGS);
    assertReadable(shown, await fh.stat(), o);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      o.signal?.throwIfAborted();
      const want = Math.min(1024 * 1024, o.limit + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await fh.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > o.limit) {
        throw new BoundedInputError(
          `${shown} grew over the ${formatSize(o.limit)} limit for a ${o.what} while it was read`,
          "ETOOBIG",
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh?.close();
  }
}
