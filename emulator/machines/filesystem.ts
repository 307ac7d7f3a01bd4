/**
 * Instance filesystems on the host. Under `<dataDir>/machines/`:
 *
 * - `public/<imageId>/`: the small base filesystem of a public image (os-release, users, hostname,
 *   the merged-/usr symlinks), made on first use;
 * - `instances/<instanceId>/`: an instance's root (its system disk), copied from its image at creation;
 * - `snapshots/<snapshotId>/`: a system-disk snapshot; a custom image's contents are its system
 *   snapshot's (CreateImage from an instance or a snapshot, CopyImage: hard-linked copies, since
 *   snapshots never change).
 *
 * A root holds everything but `/usr`, which the sandbox mounts read-only from the host, except
 * `/usr/local`, which belongs to the instance.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, posix } from "node:path";

/** The OS a public image claims to be (its os-release), from the catalogue's platform and name. */
function osRelease(platform: string, osName: string): string {
  const version = /(\d+(?:\.\d+)*)/.exec(osName)?.[1] ?? "";
  const major = version.split(".")[0];
  const p = platform.toLowerCase();
  const [name, id, like] = p.includes("centos")
    ? ["CentOS Linux", "centos", "rhel fedora"]
    : p.includes("ubuntu")
      ? ["Ubuntu", "ubuntu", "debian"]
      : p.includes("debian")
        ? ["Debian GNU/Linux", "debian", ""]
        : p.includes("aliyun")
          ? ["Alibaba Cloud Linux", "alinux", "rhel fedora centos anolis"]
          : [platform, p.replace(/[^a-z0-9]/g, ""), ""];
  const lines = [
    `NAME="${name}"`,
    `VERSION="${version}"`,
    `ID="${id}"`,
    ...(like ? [`ID_LIKE="${like}"`] : []),
    `VERSION_ID="${id === "ubuntu" ? version : major}"`,
    `PRETTY_NAME="${osName.replace(/\s+/g, " ").replace(/ 64位$/, "")}"`,
    `ANSI_COLOR="0;31"`,
  ];
  return `${lines.join("\n")}\n`;
}

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;
const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
wheel:x:10:
sshd:x:74:
nogroup:x:65534:
`;
const SHADOW = `root:*:19000:0:99999:7:::
daemon:*:19000:0:99999:7:::
bin:*:19000:0:99999:7:::
sys:*:19000:0:99999:7:::
sshd:!!:19000::::::
nobody:*:19000:0:99999:7:::
`;
const PROFILE = `# /etc/profile (emulated instance)
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
for i in /etc/profile.d/*.sh; do [ -r "$i" ] && . "$i"; done
unset i
`;

/** Writes the base filesystem of a public Linux image into `dir`. */
export function writeBaseFilesystem(dir: string, image: { platform: string; osName: string }): void {
  const d = (p: string, mode = 0o755) => {
    mkdirSync(join(dir, p), { recursive: true });
    chmodSync(join(dir, p), mode);
  };
  const f = (p: string, text: string, mode = 0o644) => {
    writeFileSync(join(dir, p), text);
    chmodSync(join(dir, p), mode);
  };
  for (const p of ["etc/profile.d", "etc/ssh", "etc/skel", "home", "opt", "srv", "mnt", "media"]) d(p);
  for (const p of ["var/log", "var/lib/cloud", "var/cache", "var/spool", "var/empty/sshd", "run"]) d(p);
  for (const p of ["usr/local/bin", "usr/local/sbin", "usr/local/lib", "usr/local/share", "usr/local/etc"])
    d(p);
  d("usr/local/include");
  d("usr/local/src");
  d("proc", 0o555);
  d("dev");
  d("sys", 0o555);
  d("boot");
  d("root", 0o700);
  d("tmp", 0o1777);
  d("var/tmp", 0o1777);
  for (const [link, target] of [
    ["bin", "usr/bin"],
    ["sbin", "usr/sbin"],
    ["lib", "usr/lib"],
    ["lib64", "usr/lib64"],
  ]) {
    symlinkSync(target, join(dir, link));
  }
  f("etc/os-release", osRelease(image.platform, image.osName));
  f("etc/passwd", PASSWD);
  f("etc/group", GROUP);
  f("etc/shadow", SHADOW, 0o600);
  f("etc/hostname", "localhost\n");
  f("etc/hosts", "127.0.0.1 localhost localhost.localdomain\n::1 localhost localhost.localdomain\n");
  f("etc/resolv.conf", "nameserver 100.100.2.136\nnameserver 100.100.2.138\n");
  f("etc/nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n");
  f("etc/shells", "/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n");
  f("etc/profile", PROFILE);
  f("etc/skel/.bashrc", "[ -f /etc/bashrc ] && . /etc/bashrc\n");
  f("root/.bashrc", "[ -f /etc/bashrc ] && . /etc/bashrc\n");
  f("root/.profile", "[ -f ~/.bashrc ] && . ~/.bashrc\n");
}

/**
 * Copies a tree keeping modes, times and symlinks (in-process, `fs.cpSync`); `link` hard-links
 * files instead (`cp -al`, for snapshots, which never change). Falls back to `cp -a` for what
 * `fs.cpSync` refuses (fifos, sockets).
 */
export function copyTree(from: string, to: string, link = false): void {
  rmSync(to, { recursive: true, force: true });
  if (link) {
    const r = spawnSync("cp", ["-al", `${from}/.`, to], { encoding: "utf8" });
    if (r.status === 0) return;
    rmSync(to, { recursive: true, force: true }); // hard links across filesystems fail: copy instead
  }
  try {
    cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true, force: true });
  } catch {
    rmSync(to, { recursive: true, force: true });
    const r = spawnSync("cp", ["-a", `${from}/.`, to], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`copying ${from} to ${to} failed: ${r.stderr.trim()}`);
  }
}

/** Removes a tree (never throws). */
export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** One entry of a directory listing (inspection). */
export interface DirEntry {
  name: string;
  type: "file" | "directory" | "symlink" | "other";
  /** Permission bits, e.g. 0o644 (as a number). */
  mode: number;
  size: number;
  uid: number;
  gid: number;
  /** A symlink's target. */
  target?: string;
}

/**
 * Maps a path inside a machine's root to the host path the sandbox would show there: symlinks are
 * followed inside the root (absolute targets stay in it), `/usr` outside `/usr/local` is the host's.
 * `followLast` false leaves a final symlink alone. Throws ENOENT-style errors for missing parts.
 */
export function resolveInRoot(root: string, path: string, followLast = true): string {
  if (!path.startsWith("/")) throw new Error(`path must be absolute: ${path}`);
  let parts = posix.normalize(path).split("/").filter(Boolean);
  let done: string[] = [];
  let hops = 0;
  while (parts.length > 0) {
    const name = parts.shift()!;
    if (name === "..") {
      done.pop();
      continue;
    }
    if (name === ".") continue;
    const cur = [...done, name];
    const host = hostPath(root, cur);
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(host);
    } catch {
      throw Object.assign(new Error(`no such file or directory: /${cur.join("/")}`), { code: "ENOENT" });
    }
    if (st.isSymbolicLink() && (followLast || parts.length > 0)) {
      if (++hops > 40)
        throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: "ELOOP" });
      const target = readlinkSync(host);
      const tparts = target.split("/").filter(Boolean);
      if (target.startsWith("/")) done = [];
      parts = [...tparts, ...parts];
      continue;
    }
    done = cur;
  }
  return hostPath(root, done);
}

function hostPath(root: string, parts: string[]): string {
  // /usr (but not /usr/local) is the host's read-only /usr
  if (parts[0] === "usr" && parts.length > 1 && parts[1] !== "local") return `/${parts.join("/")}`;
  return join(root, ...parts);
}

/** Reads a file inside a machine root. */
export function readInRoot(root: string, path: string): Buffer {
  return readFileSync(resolveInRoot(root, path));
}

/** Lists a directory inside a machine root. */
export function listInRoot(root: string, path: string): DirEntry[] {
  const dir = resolveInRoot(root, path);
  if (!statSync(dir).isDirectory())
    throw Object.assign(new Error(`not a directory: ${path}`), { code: "ENOTDIR" });
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const st = lstatSync(join(dir, name));
      const type = st.isSymbolicLink()
        ? "symlink"
        : st.isDirectory()
          ? "directory"
          : st.isFile()
            ? "file"
            : "other";
      return {
        name,
        type,
        mode: st.mode & 0o7777,
        size: st.size,
        uid: st.uid,
        gid: st.gid,
        ...(type === "symlink" ? { target: readlinkSync(join(dir, name)) } : {}),
      };
    });
}

/** Whether a path exists inside a root (following symlinks). */
export function existsInRoot(root: string, path: string): boolean {
  try {
    return existsSync(resolveInRoot(root, path));
  } catch {
    return false;
  }
}
