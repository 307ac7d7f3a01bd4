/**
 * Filesystem functions: file, fileexists, fileset, filebase64, templatefile, abspath, basename,
 * dirname, pathexpand. Relative paths are relative to the working directory, as in Packer; every
 * file read is reported through `onRead` (for the reuse fingerprint).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { posix, resolve } from "node:path";
import { formatHclDiagnostic } from "../diagnostics.js";
import { type EvalContext, evaluate } from "../evaluate.js";
import { FunctionError } from "../function.js";
import { parseHclTemplate } from "../parser.js";
import { ObjectValue, type Value } from "../values.js";
import { ANY, type HclFunction, p, STRING, strFn } from "./helpers.js";

/** Where relative paths start, and who hears about files read. */
export interface FilesystemOptions {
  cwd: string;
  onRead?: (path: string) => void;
}

const MAX_FILE = 64 * 1024 * 1024;
const MAX_FILESET = 100_000;

/** Go's `filepath.Clean` for slash paths. */
function clean(s: string): string {
  if (s === "") return ".";
  const n = posix.normalize(s);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

/** A doublestar glob pattern as a regular expression over slash paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) throw new FunctionError("syntax error in pattern", 1);
      re += `[${pattern
        .slice(i + 1, end)
        .replace(/^!/, "^")
        .replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (c === "{") {
      const end = pattern.indexOf("}", i + 1);
      if (end < 0) throw new FunctionError("syntax error in pattern", 1);
      re += `(?:${pattern
        .slice(i + 1, end)
        .split(",")
        .map((x) =>
          x
            .replace(/[.+^$()|\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")
            .replace(/\?/g, "[^/]"),
        )
        .join("|")})`;
      i = end;
    } else if (c === "\\" && i + 1 < pattern.length) {
      re += `\\${pattern[++i]}`;
    } else re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function readText(opts: FilesystemOptions, path: string, fn: string): Buffer {
  const full = resolve(opts.cwd, pathExpand(path));
  if (!existsSync(full)) {
    throw new FunctionError(
      `no file exists at ${path}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource`,
      0,
    );
  }
  const st = statSync(full);
  if (st.isDirectory()) throw new FunctionError(`${fn}: ${path} is a directory, not a file`, 0);
  if (st.size > MAX_FILE) throw new FunctionError(`${path} is larger than ${MAX_FILE} bytes`, 0);
  opts.onRead?.(full);
  return readFileSync(full);
}

function utf8(buf: Buffer, path: string, fn: string): string {
  const s = buf.toString("utf8");
  if (!Buffer.from(s, "utf8").equals(buf)) {
    throw new FunctionError(
      `contents of ${path} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
      0,
    );
  }
  void fn;
  return s;
}

function pathExpand(s: string): string {
  if (s === "~") return homedir();
  if (s.startsWith("~/")) return posix.join(homedir(), s.slice(2));
  return s;
}

/** The filesystem functions; `templatefile` evaluates with `base`'s functions (minus itself). */
export function filesystemFunctions(
  opts: FilesystemOptions,
  base: () => EvalContext["functions"],
): Record<string, HclFunction> {
  return {
    file: {
      params: [p("path", STRING)],
      impl: ([f]) => utf8(readText(opts, f as string, "file"), f as string, "file"),
    },
    filebase64: {
      params: [p("path", STRING)],
      impl: ([f]) => readText(opts, f as string, "filebase64").toString("base64"),
    },
    fileexists: {
      params: [p("path", STRING)],
      impl: ([f]) => {
        const full = resolve(opts.cwd, pathExpand(f as string));
        if (!existsSync(full)) return false;
        const st = statSync(full);
        if (st.isDirectory()) throw new FunctionError(`${f} is not a regular file, but "directory"`, 0);
        return st.isFile();
      },
    },
    fileset: {
      params: [p("path", STRING), p("pattern", STRING)],
      impl: ([d, pat]) => {
        const root = resolve(opts.cwd, pathExpand(d as string));
        const re = globToRegExp(pat as string);
        const out: string[] = [];
        let seen = 0;
        const walk = (rel: string): void => {
          let entries: import("node:fs").Dirent[];
          try {
            entries = readdirSync(rel ? `${root}/${rel}` : root, { withFileTypes: true });
          } catch {
            return;
          }
          for (const e of entries) {
            if (++seen > MAX_FILESET) throw new FunctionError(`more than ${MAX_FILESET} files under ${d}`);
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) walk(r);
            else if (e.isFile() && re.test(r)) out.push(r);
          }
        };
        walk("");
        return out.sort();
      },
    },
    templatefile: {
      params: [p("path", STRING), p("vars", ANY)],
      impl: ([f, vars]) => {
        const text = utf8(readText(opts, f as string, "templatefile"), f as string, "templatefile");
        if (!(vars instanceof ObjectValue)) throw new FunctionError("invalid vars value: must be a map", 1);
        const parsed = parseHclTemplate(text, f as string);
        if (!parsed.expr) throw new FunctionError(parsed.diagnostics.map(formatHclDiagnostic).join("; "), 0);
        const fns = new Map(base());
        fns.delete("templatefile");
        const r = evaluate(parsed.expr, { variables: new Map(vars.attrs), functions: fns });
        if (r.diagnostics.length) throw new FunctionError(r.diagnostics.map(formatHclDiagnostic).join("; "));
        return r.value as Value;
      },
    },
    abspath: strFn((s) => resolve(opts.cwd, s).replace(/\\/g, "/")),
    basename: strFn((s) => {
      if (s === "") return ".";
      const t = s.replace(/\/+$/, "");
      if (t === "") return "/";
      return t.slice(t.lastIndexOf("/") + 1);
    }),
    dirname: strFn((s) => clean(s.slice(0, s.lastIndexOf("/") + 1))),
    pathexpand: strFn(pathExpand),
  };
}
