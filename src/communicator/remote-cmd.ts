/**
 * Packer's `RemoteCmd.RunWithUi`: run a command through a communicator with its output streamed to
 * the Ui line by line (stdout as messages, stderr as errors, as Packer 1.6.6 prints them).
 */
import type { Ui } from "../ui/ui.js";
import type { Communicator } from "./communicator.js";

/** Splits a byte stream into lines at `\n`; `flush` returns the unterminated rest. */
export class LineSplitter {
  private rest: Buffer = Buffer.alloc(0);

  constructor(private readonly onLine: (line: string) => void) {}

  /** Feeds a chunk; complete lines are emitted (with their `\n` removed). */
  push(chunk: Buffer): void {
    let buf = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10)) {
      this.onLine(buf.subarray(0, i).toString("utf8"));
      buf = buf.subarray(i + 1);
    }
    this.rest = Buffer.from(buf);
  }

  /** Emits the unterminated last line, if any. */
  flush(): void {
    if (this.rest.length > 0) this.onLine(this.rest.toString("utf8"));
    this.rest = Buffer.alloc(0);
  }
}

/** Packer's cleanOutputLine: trailing whitespace trimmed, text before the last `\r` dropped. */
export function cleanOutputLine(line: string): string {
  const trimmed = line.replace(/[\s\u0085\u00a0]+$/u, "");
  const cr = trimmed.lastIndexOf("\r");
  return cr >= 0 ? trimmed.slice(cr + 1) : trimmed;
}

/**
 * Runs `command` with its output on `ui` and resolves with the exit status. A failure to start
 * rejects with `Error executing command: <err>`, as Packer's RunWithUi does.
 */
export async function runWithUi(
  comm: Communicator,
  command: string,
  ui: Ui,
  signal?: AbortSignal,
): Promise<number> {
  const out = new LineSplitter((l) => ui.message(cleanOutputLine(l)));
  const err = new LineSplitter((l) => ui.error(cleanOutputLine(l)));
  let status: number;
  try {
    status = await comm.start(command, {
      stdout: (c) => out.push(c),
      stderr: (c) => err.push(c),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new Error(`Error executing command: ${errorText(e)}`);
  }
  out.flush();
  err.flush();
  return status;
}

/** The message of an error value. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
