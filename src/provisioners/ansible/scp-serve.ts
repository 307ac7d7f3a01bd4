/**
 * The proxy's scp service (Packer 1.6.6's `adapter/scp.go`): an `scp -t <path>` (upload) or
 * `scp -f <path>` (download) session that Ansible starts over the legacy scp protocol is served
 * by the build's communicator rather than by an scp binary on the instance. As in Packer, one file
 * per session (Ansible sends and fetches single files); directories are refused.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { ByteReader } from "../../communicator/byte-reader.js";
import type { Communicator } from "../../communicator/communicator.js";

const OK = Buffer.from([0]);
const EMPTY_ERROR = Buffer.from("\x02\n");

/** Packer's scpOptions: the option letters of `-t -p -d ...` and the rest of the command line. */
export function scpOptions(s: string): { opts: string; rest: string } {
  let end = 0;
  let opt = false;
  let opts = "";
  for (const c of s) {
    if (c === " ") opt = false;
    else if (c === "-") opt = true;
    else if (opt) opts += c;
    else break;
    end++;
  }
  return { opts, rest: s.slice(end) };
}

/** Whether an exec command is an scp session the proxy serves itself (`scp` with `-t` or `-f`). */
export function isScpSession(command: string): boolean {
  return command.startsWith("scp ") && /[tf]/.test(scpOptions(command.slice(4)).opts);
}

/** Removes the shell quoting Ansible adds around the path (single quotes, double quotes, backslashes). */
export function unquote(s: string): string {
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === "\\" && quote === '"' && i + 1 < s.length) out += s[++i];
      else out += c;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\" && i + 1 < s.length) out += s[++i];
    else if (!/\s/.test(c)) out += c;
  }
  return out;
}

async function response(r: ByteReader): Promise<void> {
  const code = await r.readByte();
  if (code === 0) return;
  const message = await r.readLine();
  if (code > 1) throw new Error(message);
}

/** Serves one scp session; resolves with its exit status (0, or 1 after an error, as Packer). */
export async function serveScp(
  command: string,
  input: Readable,
  out: Writable,
  comm: Communicator,
): Promise<number> {
  const { opts, rest: quoted } = scpOptions(command.slice(4));
  const rest = unquote(quoted).trim();
  const reader = new ByteReader(input);
  const dir = await mkdtemp(join(tmpdir(), opts.includes("t") ? "ansible-upload" : "ansible-download"));
  try {
    if (rest === "") throw new Error("no scp target specified");
    if (opts.includes("t")) {
      out.write(OK);
      for (;;) {
        const b = String.fromCharCode(await reader.readByte());
        if (b === "T") {
          await reader.readLine();
          out.write(OK);
        } else if (b === "C") {
          const m = /^([0-7]{4}) (\d+) (.+)\n?$/.exec(await reader.readLine());
          if (!m) throw new Error("invalid file message");
          out.write(OK);
          const chunks: Buffer[] = [];
          await reader.copyN(Number(m[2]), (c) => {
            chunks.push(Buffer.from(c));
          });
          const local = join(dir, "file");
          await writeFile(local, Buffer.concat(chunks), { mode: Number.parseInt(m[1], 8) });
          await comm.upload(rest, { path: local });
          await response(reader);
          out.write(OK);
          return 0;
        } else if (b === "E") {
          out.write(OK);
          return 0;
        } else throw new Error(`unexpected message: ${b}`);
      }
    }
    if (opts.includes("d")) throw new Error("directory downloads not supported");
    const local = join(dir, basename(rest));
    const file = createWriteStream(local, { mode: 0o644 });
    await new Promise<void>((resolve, reject) => {
      file.once("open", () => resolve());
      file.once("error", reject);
    });
    try {
      await comm.download(rest, file);
    } finally {
      await new Promise<void>((r) => file.end(r));
    }
    const data = await readFile(local);
    await response(reader);
    out.write(`C0644 ${data.length} ${basename(rest)}\n`);
    await response(reader);
    out.write(data);
    out.write(OK);
    await response(reader);
    return 0;
  } catch {
    if (out.writable) out.write(EMPTY_ERROR);
    return 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
