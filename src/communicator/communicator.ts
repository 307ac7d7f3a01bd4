/**
 * The communicator seam (Packer's `packer.Communicator`): run a command on the machine, upload and
 * download files and directories. SSH implements it now; WinRM can later.
 */
import type { Readable, Writable } from "node:stream";

/** Packer's `CmdDisconnect`: the remote command ended without an exit status (connection lost). */
export const CMD_DISCONNECT = 2300218;

/** Output sinks and cancellation for one remote command. */
export interface StartOptions {
  /** Raw stdout chunks as they arrive. */
  stdout?: (chunk: Buffer) => void;
  /** Raw stderr chunks as they arrive. */
  stderr?: (chunk: Buffer) => void;
  /** Aborting closes the session; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Piped to the command's stdin (Packer's `RemoteCmd.Stdin`); none: the command reads EOF at once. */
  stdin?: Readable;
}

/** What to upload: bytes (sent with mode 0644, as Packer sends streams) or a local file (its mode). */
export type UploadSource = { data: Buffer | string } | { path: string };

/** A connection to the machine being provisioned. */
export interface Communicator {
  /**
   * Runs `command` and resolves with its exit status: 128+n for a signal, {@link CMD_DISCONNECT}
   * when the session ended without a status. Rejects when the command could not be started.
   */
  start(command: string, options?: StartOptions): Promise<number>;
  /** Uploads one file to the remote path `dst`. */
  upload(dst: string, source: UploadSource): Promise<void>;
  /** Uploads a local directory: `src/` sends its contents into `dst`, `src` the directory itself. */
  uploadDir(dst: string, src: string): Promise<void>;
  /** Downloads one remote file into `output`. */
  download(src: string, output: Writable): Promise<void>;
  /** Downloads a remote directory (or glob) into the local directory `dst`. */
  downloadDir(src: string, dst: string): Promise<void>;
  /** Closes the connection. */
  close(): Promise<void>;
}
