/**
 * Local file checks with Go's texts: Packer checks scripts and sources with `os.Stat(path)`
 * relative to its working directory and prints the error as `stat <path>: <reason>`.
 */
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

/** Go's syscall.Errno texts for the errors stat can give. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EPERM: "operation not permitted",
};

/** Resolves a path as Go's os package does from `cwd` (the process's working directory in Packer). */
export function resolveLocal(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * `os.Stat(path)` from `cwd`: undefined when the path exists, else Go's error text
 * (`stat missing.sh: no such file or directory`). The path is printed as given.
 */
export function goStatError(path: string, cwd: string): string | undefined {
  // os.Stat("") fails: Go does not read "" as the working directory.
  if (path === "") return "stat : no such file or directory";
  try {
    statSync(resolveLocal(path, cwd));
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    return `stat ${path}: ${ERRNO_TEXT[code] ?? (err as Error).message}`;
  }
}
