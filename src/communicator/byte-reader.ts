/**
 * A pull reader over a push stream (Go's bufio.Reader over an SSH channel): read a byte, a line or
 * exactly n bytes, with backpressure. End of stream surfaces as {@link EofError} (Go's io.EOF).
 */
import type { Readable } from "node:stream";

/** The stream ended (Go's `io.EOF`). */
export class EofError extends Error {
  constructor() {
    super("EOF");
    this.name = "EofError";
  }
}

const HIGH_WATER = 1 << 20;

/** Buffered reads over a Readable. */
export class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  private failure?: Error;
  private wake?: () => void;

  constructor(private readonly stream: Readable) {
    stream.on("data", (c: Buffer) => {
      this.chunks.push(c);
      this.length += c.length;
      if (this.length > HIGH_WATER) stream.pause();
      this.notify();
    });
    stream.on("end", () => {
      this.ended = true;
      this.notify();
    });
    stream.on("close", () => {
      this.ended = true;
      this.notify();
    });
    stream.on("error", (e: Error) => {
      this.failure = e;
      this.notify();
    });
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Waits until at least one byte is buffered; throws EofError at the end of the stream. */
  private async fill(): Promise<void> {
    while (this.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) throw new EofError();
      await new Promise<void>((r) => {
        this.wake = r;
      });
    }
  }

  private take(n: number): Buffer {
    const out: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const head = this.chunks[0];
      if (head.length <= need) {
        out.push(head);
        this.chunks.shift();
        need -= head.length;
      } else {
        out.push(head.subarray(0, need));
        this.chunks[0] = head.subarray(need);
        need = 0;
      }
    }
    this.length -= n;
    if (this.length <= HIGH_WATER && this.stream.isPaused()) this.stream.resume();
    return out.length === 1 ? out[0] : Buffer.concat(out);
  }

  /** One byte. */
  async readByte(): Promise<number> {
    await this.fill();
    return this.take(1)[0];
  }

  /**
   * Bytes up to and including `\n` (Go's ReadString('\n')). At the end of the stream, a partial
   * line is returned when there is one, else EofError.
   */
  async readLine(): Promise<string> {
    const parts: Buffer[] = [];
    for (;;) {
      try {
        await this.fill();
      } catch (e) {
        if (e instanceof EofError && parts.length > 0) return Buffer.concat(parts).toString("utf8");
        throw e;
      }
      const joined = Buffer.concat(this.chunks);
      const nl = joined.indexOf(10);
      if (nl >= 0) {
        this.chunks = [joined];
        parts.push(this.take(nl + 1));
        return Buffer.concat(parts).toString("utf8");
      }
      this.chunks = [joined];
      parts.push(this.take(joined.length));
    }
  }

  /** Exactly `n` bytes, handed to `sink` chunk by chunk (Go's io.CopyN). */
  async copyN(n: number, sink: (chunk: Buffer) => void | Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      await this.fill();
      const chunk = this.take(Math.min(left, this.length));
      left -= chunk.length;
      await sink(chunk);
    }
  }

  /** Everything until the end of the stream. */
  async readAll(): Promise<Buffer> {
    const out: Buffer[] = [];
    for (;;) {
      try {
        await this.fill();
      } catch (e) {
        if (e instanceof EofError) return Buffer.concat(out);
        throw e;
      }
      out.push(this.take(this.length));
    }
  }
}
