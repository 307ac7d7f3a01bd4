/**
 * The `shell` provisioner at run time, as Packer 1.6.6's `Provision` does it: inline commands become
 * a local script (`#!<inline_shebang>`), each script is uploaded to the one `remote_path`, made
 * executable and run with `execute_command`; output goes to the Ui; exit codes, disconnects and
 * cleanup follow Packer's rules and messages.
 */
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CMD_DISCONNECT, type Communicator } from "../../communicator/communicator.js";
import { errorText, runWithUi } from "../../communicator/remote-cmd.js";
import { BoundedInputError, LIMITS, readBounded } from "../../files/read-bounded.js";
import { formatGoDuration } from "../../template/duration.js";
import { flattenEnvVars } from "../env-vars.js";
import { resolveLocal } from "../local-path.js";
import {
  CancelledError,
  invalidExitCode,
  type ProvisionContext,
  renderRuntime,
  retryWithin,
  sleep,
} from "../runtime.js";
import type { ShellConfig } from "./config.js";

/** Packer's error when a script ends without an exit status and that was not expected. */
export const DISCONNECT_MESSAGE =
  "Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, " +
  'you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell ' +
  "provisioner parameters.";

/**
 * Go's bufio.ScanLines + newline (the shell provisioner's UnixReader): every line ends in `\n`,
 * a `\r` before it is dropped, the last line gets a newline.
 */
export function unixLineEndings(data: Buffer): Buffer {
  if (data.length === 0) return data;
  const out: Buffer[] = [];
  let start = 0;
  while (start < data.length) {
    let nl = data.indexOf(10, start);
    const end = nl < 0 ? data.length : nl;
    let line = data.subarray(start, end);
    if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
    out.push(line, Buffer.from([10]));
    if (nl < 0) nl = data.length;
    start = nl + 1;
  }
  return Buffer.concat(out);
}

/** Go's `*PathError` text of a failed open: `open one.sh: no such file or directory`. */
export function goOpenError(path: string, e: unknown): string {
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
  };
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return `open ${path}: ${reasons[code] ?? errorText(e)}`;
}

/** A local temporary file name like Packer's `tmp.File("packer-shell")`. */
export function tempScriptPath(dir: string, prefix: string): string {
  return join(dir, `${prefix}${Math.floor(Math.random() * 4_294_967_295)}`);
}

function need(ctx: ProvisionContext): Communicator {
  if (!ctx.comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator.",
    );
  }
  return ctx.comm;
}

/** Packer's cleanupRemoteFile: `rm -f <path>`, retried (a disconnect too) within start_retry_timeout. */
async function cleanupRemoteFile(
  comm: Communicator,
  path: string,
  config: ShellConfig,
  signal: AbortSignal,
  delayMs?: number,
): Promise<void> {
  await retryWithin(
    config.startRetryTimeoutMs,
    async () => {
      let status: number;
      try {
        status = await comm.start(`rm -f ${path}`, { signal });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(`Error removing temporary script at ${path}: ${errorText(e)}`);
      }
      if (status === CMD_DISCONNECT) throw new Error("Disconnect while removing temporary script.");
      if (status !== 0) throw new Error(`Error removing temporary script at ${path}!`);
    },
    signal,
    delayMs,
  );
}

/** Options for tests (Packer's fixed 2 s retry delay). */
export interface ShellRunOptions {
  retryDelayMs?: number;
}

/** Runs a `shell` provisioner. Throws with Packer's message on failure. */
export async function runShellProvisioner(
  config: ShellConfig,
  ctx: ProvisionContext,
  options: ShellRunOptions = {},
): Promise<void> {
  const comm = need(ctx);
  const { ui, signal } = ctx;
  const dir = ctx.tempDir ?? tmpdir();
  const randomInt = ctx.randomInt ?? ((n: number) => Math.floor(Math.random() * n));
  const scripts = [...config.scripts];
  const temps: string[] = [];
  try {
    if (config.inline !== undefined) {
      const lines = [`#!${config.inlineShebang}\n`];
      for (const command of config.inline) {
        let rendered: string;
        try {
          rendered = renderRuntime(ctx, command);
        } catch (e) {
          throw new Error(`Error interpolating Inline: ${errorText(e)}`);
        }
        lines.push(`${rendered}\n`);
      }
      const path = tempScriptPath(dir, "packer-shell");
      await writeFile(path, lines.join(""), { mode: 0o600 });
      temps.push(path);
      scripts.push(path);
    }

    let envVarFile = "";
    const envInputs = {
      buildName: ctx.buildName,
      builderType: ctx.builderType,
      vars: config.environmentVars,
      format: config.envVarFormat,
    };
    if (config.useEnvVarFile) {
      const content = Buffer.from(flattenEnvVars(envInputs), "utf8");
      const body = config.binary ? content : unixLineEndings(content);
      await retryWithin(
        config.startRetryTimeoutMs,
        async () => {
          const remote = `${config.remoteFolder}/varfile_${randomInt(9999)}.sh`;
          try {
            await comm.upload(remote, { data: body });
          } catch (e) {
            throw new Error(`Error uploading envVarFile: ${errorText(e)}`);
          }
          try {
            await comm.start(`chmod 0600 ${remote}`, { signal });
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw new Error(`Error chmodding script file to 0600 in remote machine: ${errorText(e)}`);
          }
          envVarFile = remote;
        },
        signal,
        options.retryDelayMs,
      );
    }

    const vars = flattenEnvVars(envInputs);
    for (const path of scripts) {
      ui.say(`Provisioning with shell script: ${path}`);
      let content: Buffer;
      try {
        content = await readBounded(resolveLocal(path, ctx.cwd ?? process.cwd()), {
          shown: path,
          limit: LIMITS.script,
          what: "script",
          signal,
        });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(
          `Error opening shell script: ${e instanceof BoundedInputError ? e.message : goOpenError(path, e)}`,
        );
      }
      let command: string;
      try {
        command = renderRuntime(ctx, config.executeCommand, {
          Vars: vars,
          EnvVarFile: envVarFile,
          Path: config.remotePath,
        });
      } catch (e) {
        throw new Error(`Error processing command: ${errorText(e)}`);
      }
      const body = config.binary ? content : unixLineEndings(content);
      const status = await retryWithin(
        config.startRetryTimeoutMs,
        async () => {
          try {
            await comm.upload(config.remotePath, { data: body });
          } catch (e) {
            throw new Error(`Error uploading script: ${errorText(e)}`);
          }
          try {
            await comm.start(`chmod 0755 ${config.remotePath}`, { signal });
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw new Error(`Error chmodding script file to 0755 in remote machine: ${errorText(e)}`);
          }
          try {
            return await runWithUi(comm, command, ui, signal);
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw e;
          }
        },
        signal,
        options.retryDelayMs,
      );

      if (status === CMD_DISCONNECT) {
        if (!config.expectDisconnect) throw new Error(DISCONNECT_MESSAGE);
      } else {
        const invalid = invalidExitCode(status, config.validExitCodes);
        if (invalid) throw new Error(invalid);
      }
      if (config.skipClean) continue;
      await cleanupRemoteFile(comm, config.remotePath, config, signal, options.retryDelayMs);
    }
    if (!config.skipClean) {
      await cleanupRemoteFile(comm, envVarFile, config, signal, options.retryDelayMs);
    }
    if (config.pauseAfterMs !== 0) {
      ui.say(`Pausing ${formatGoDuration(config.pauseAfterMs)} after this provisioner...`);
      await sleep(config.pauseAfterMs, signal);
    }
  } finally {
    for (const t of temps) await rm(t, { force: true });
  }
}
