/**
 * A bounded walk of a local directory that is to be uploaded or hashed: symbolic links are
 * followed (as the scp upload does), a link back to a directory on the current path is a loop and
 * an error (not 2^n paths), the depth and the number of entries are bounded, and every file must
 * be a regular file within the upload limit (a device or FIFO inside the tree is refused too).
 */
import { readdirSync, type Stats, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import {
  assertAcceptable,
  BoundedInputError,
  checkFile,
  LIMITS,
  pathErrorText,
  WALK_LIMITS,
} from "./read-bounded.js";

/** Options of {@link walkTreeSync}. */
export interface WalkOptions {
  /** What the tree is, for messages (`file provisioner source`). */
  what: string;
  /** Deepest directory level below the root (default {@link WALK_LIMITS}.maxDepth). */
  maxDepth?: number;
  /** Most entries in the whole tree (default {@link WALK_LIMITS}.maxEntries). */
  maxEntries?: number;
  /** Largest size of one file (default {@link LIMITS}.upload). */
  fileLimit?: number;
  /** Called for every regular file, in name order, with its path shown from the root as given. */
  onFile?: (shown: string, absolute: string, st: Stats) => void;
}

/**
 * Walks `root` (absolute; `shown` is the path as the user wrote it) and throws a
 * {@link BoundedInputError} naming the offending path when the tree loops, is too deep, has too
 * many entries or holds something other than regular files and directories.
 */
export function walkTreeSync(root: string, shown: string, o: WalkOptions): void {
  const maxDepth = o.maxDepth ?? WALK_LIMITS.maxDepth;
  const maxEntries = o.maxEntries ?? WALK_LIMITS.maxEntries;
  const fileLimit = o.fileLimit ?? LIMITS.upload;
  let entries = 0;
  const onPath = new Set<string>();

  const visit = (path: string, label: string, depth: number): void => {
    let st: Stats;
    try {
      st = statSync(path, { bigint: false });
    } catch (err) {
      throw new BoundedInputError(pathErrorText("stat", label, err), "EIO");
    }
    if (++entries > maxEntries) {
      throw new BoundedInputError(
        `${shown} has more than ${maxEntries} entries (the limit for a ${o.what})`,
        "ETOOMANY",
      );
    }
    if (!st.isDirectory()) {
      assertAcceptable(label, st, { limit: fileLimit, what: `file in a ${o.what}` });
      o.onFile?.(label, path, st);
      return;
    }
    const id = `${st.dev}:${st.ino}`;
    if (onPath.has(id)) {
      throw new BoundedInputError(
        `${label} is a symbolic link loop (it leads back to a directory above it in ${shown})`,
        "ELOOP",
      );
    }
    if (depth > maxDepth) {
      throw new BoundedInputError(
        `${shown} nests deeper than ${maxDepth} directories (at ${label})`,
        "EDEPTH",
      );
    }
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (err) {
      throw new BoundedInputError(pathErrorText("open", label, err), "EIO");
    }
    onPath.add(id);
    for (const name of names) visit(join(path, name), join(label, name), depth + 1);
    onPath.delete(id);
  };
  visit(root, shown, 0);
}

/**
 * Validation of an upload source (file or directory) named by the user: undefined when it can be
 * uploaded, else the text (`stat x: no such file or directory`, `x/a is a symbolic link loop …`).
 */
export function checkUploadSource(path: string, cwd: string, what: string): string | undefined {
  const problem = checkFile(path, cwd, { limit: LIMITS.upload, what, allowDirectory: true });
  if (problem !== undefined) return problem;
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  if (!statSync(absolute).isDirectory()) return undefined;
  try {
    walkTreeSync(absolute, path, { what });
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
