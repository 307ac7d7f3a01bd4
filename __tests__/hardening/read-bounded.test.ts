// The bounded reader and the bounded walk on real files: type checks on the open descriptor,
// the cap on what is read, the abort signal, symlink loops, depth and entry bounds.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BoundedInputError,
  checkFile,
  formatSize,
  readBounded,
  readBoundedSync,
} from "../../src/files/read-bounded.js";
import { checkUploadSource, walkTreeSync } from "../../src/files/walk.js";

const dir = mkdtempSync(join(tmpdir(), "image-build-read-bounded-"));
writeFileSync(join(dir, "small.txt"), "hello\n");
execFileSync("mkfifo", [join(dir, "fifo")]);

describe("readBounded / readBoundedSync", () => {
  it("reads a regular file within the limit", async () => {
    const o = { limit: 100, what: "script", cwd: dir };
    expect(readBoundedSync("small.txt", o).toString()).toBe("hello\n");
    expect((await readBounded("small.txt", o)).toString()).toBe("hello\n");
  });

  it("refuses a FIFO without blocking (no writer ever comes), and devices", async () => {
    const o = { limit: 100, what: "script", cwd: dir };
    expect(() => readBoundedSync("fifo", o)).toThrow("fifo is a FIFO (named pipe), not a regular file");
    await expect(readBounded("fifo", o)).rejects.toThrow(BoundedInputError);
    await expect(readBounded("/dev/zero", o)).rejects.toThrow("/dev/zero is a character device");
    expect(() => readBoundedSync("/dev/urandom", o)).toThrow("/dev/urandom is a character device");
  });

  it("refuses an oversize file before reading it", () => {
    writeFileSync(join(dir, "big"), "");
    truncateSync(join(dir, "big"), 2 * 1024 * 1024 * 1024); // 2 GiB, sparse
    expect(() => readBoundedSync("big", { limit: 1024, what: "var file", cwd: dir })).toThrow(
      "big is 2 GiB, over the 1 KiB limit for a var file",
    );
  });

  it("a directory fails as a read would (EISDIR), so callers keep their texts", () => {
    expect(() => readBoundedSync(dir, { limit: 10, what: "template" })).toThrow(
      expect.objectContaining({ code: "EISDIR" }),
    );
  });

  it("an aborted signal stops the read with its reason", async () => {
    writeFileSync(join(dir, "medium"), "");
    truncateSync(join(dir, "medium"), 50 * 1024 * 1024);
    const ac = new AbortController();
    ac.abort(new Error("cancelled by the workflow"));
    await expect(
      readBounded("medium", { limit: 100 * 1024 * 1024, what: "script", cwd: dir, signal: ac.signal }),
    ).rejects.toThrow("cancelled by the workflow");
    const late = new AbortController();
    const p = readBounded("medium", {
      limit: 100 * 1024 * 1024,
      what: "script",
      cwd: dir,
      signal: late.signal,
    });
    late.abort(new Error("cancelled mid-read"));
    await expect(p).rejects.toThrow("cancelled mid-read");
  });

  it("checkFile gives Go's stat text for a missing file, and sizes read well", () => {
    expect(checkFile("nope.sh", dir, { limit: 10, what: "script" })).toBe(
      "stat nope.sh: no such file or directory",
    );
    expect(checkFile("small.txt", dir, { limit: 10, what: "script" })).toBeUndefined();
    expect(formatSize(32 * 1024)).toBe("32 KiB");
    expect(formatSize(10 * 1024 * 1024 + 1)).toBe("10.0 MiB");
    expect(formatSize(12)).toBe("12 bytes");
  });
});

describe("walkTreeSync / checkUploadSource", () => {
  it("two symlinks to the directory itself: a loop, found at once (not 2^n paths)", () => {
    const root = join(dir, "loop");
    mkdirSync(root);
    symlinkSync(".", join(root, "a"));
    symlinkSync(".", join(root, "b"));
    expect(checkUploadSource("loop", dir, "file provisioner source")).toBe(
      "loop/a is a symbolic link loop (it leads back to a directory above it in loop)",
    );
  });

  it("depth and entry bounds", () => {
    let deep = join(dir, "deep");
    for (let i = 0; i < 6; i++) deep = join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    expect(() => walkTreeSync(join(dir, "deep"), "deep", { what: "source", maxDepth: 3 })).toThrow(
      "deep nests deeper than 3 directories",
    );
    const wide = join(dir, "wide");
    mkdirSync(wide);
    for (let i = 0; i < 20; i++) writeFileSync(join(wide, `f${i}`), "");
    expect(() => walkTreeSync(wide, "wide", { what: "source", maxEntries: 10 })).toThrow(
      "wide has more than 10 entries (the limit for a source)",
    );
    const files: string[] = [];
    walkTreeSync(wide, "wide", { what: "source", onFile: (shown) => files.push(shown) });
    expect(files).toHaveLength(20);
  });

  it("a symlink to a file outside is followed; a plain tree passes", () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "sub"), { recursive: true });
    writeFileSync(join(tree, "sub", "x"), "x");
    symlinkSync(join(dir, "small.txt"), join(tree, "link"));
    expect(checkUploadSource("tree", dir, "file provisioner source")).toBeUndefined();
    expect(checkUploadSource("tree/", dir, "file provisioner source")).toBeUndefined();
  });
});
