/**
 * shell-local at run time (Packer 1.6.6's `shell-local` Run, shared by the provisioner and the
 * post-processor): `only_on`, inline commands as a local script, `execute_command` rendered per
 * script with `.Vars`/`.Script`/`.Command`, run locally with output streamed to the Ui.
 */
import { spawn } from "node:child_process";
import { chmod, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { cleanOutputLine, errorText, LineSplitter } from "../../communicator/remote-cmd.js";
import { flattenEnvVars } from "../env-vars.js";
import { resolveLocal } from "../local-path.js";
import { goosOf } from "../plugin.js";
import { CancelledError, invalidExitCode, type ProvisionContext, renderRuntime } from "../runtime.js";
import { tempScriptPath } from "../shell/run.js";
import type { ShellLocalConfig } from "./config.js";

/** Runs argv locally with output on the Ui; resolves with Go's exit status (-1 when signalled). */
function runLocal(argv: string[], ctx: ProvisionContext): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
      // Packer's own environment, which holds its PACKER_RUN_UUID.
      env: ctx.buildData.PackerRunUUID
        ? { ...process.env, PACKER_RUN_UUID: ctx.buildData.PackerRunUUID }
        : process.env,
      cwd: ctx.cwd,
      signal: ctx.signal,
    });
    const out = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    const err = new LineSplitter((l) => ctx.ui.error(cleanOutputLine(l)));
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.once("error", (e) => reject(ctx.signal.aborted ? new CancelledError() : e));
    child.once("close", (code) => {
      out.flush();
      err.flush();
      if (ctx.signal.aborted) reject(new CancelledError());
      else resolve(code ?? -1);
    });
  });
}

/** Packer's error text, marked as a script that ran here, not on the instance (src/pipeline/failure.ts). */
function localScriptError(message: string): Error {
  return Object.assign(new Error(message), { runsOn: "local" });
}

/** Runs a shell-local config; throws with Packer's message on failure. */
export async function runShellLocal(config: ShellLocalConfig, ctx: ProvisionContext): Promise<void> {
  const { ui } = ctx;
  if (config.onlyOn.length > 0 && !config.onlyOn.includes(goosOf())) {
    ui.say("Skipping shell-local due to runtime OS");
    return;
  }
  const scripts = [...config.scripts];
  const temps: string[] = [];
  try {
    if (scripts.length === 0 && config.inline !== undefined) {
      let text = config.inlineShebang !== "" ? `#!${config.inlineShebang}\n` : "";
      for (const command of config.inline) text += `${renderRuntime(ctx, command)}\n`;
      let path = tempScriptPath(ctx.tempDir ?? tmpdir(), "packer-shell");
      await writeFile(path, text, { mode: 0o600 });
      await chmod(path, 0o700);
      if (config.tempfileExtension !== "") {
        const renamed = `${path}.${config.tempfileExtension}`;
        await rename(path, renamed);
        path = renamed;
      }
      temps.push(path);
      scripts.push(path);
    }
    const vars = flattenEnvVars({
      buildName: ctx.buildName,
      builderType: ctx.builderType,
      vars: config.environmentVars.map((v) => renderRuntime(ctx, v)),
      format: config.envVarFormat,
    });
    for (const script of scripts) {
      // The command gets the absolute path; the message shows the path as written (observed).
      const absolute = resolveLocal(script, ctx.cwd ?? process.cwd());
      let argv: string[];
      try {
        argv = config.executeCommand.map((c) =>
          renderRuntime(ctx, c, {
            Vars: vars,
            Script: absolute,
            Command: absolute,
            WinRMPassword: ctx.buildData.WinRMPassword ?? "",
          }),
        );
      } catch (e) {
        throw new Error(`Error processing command: ${errorText(e)}`);
      }
      ui.say(`Running local shell script: ${script}`);
      let status: number;
      try {
        status = await runLocal(argv, ctx);
      } catch (e) {
        if (e instanceof CancelledError) throw e;
        throw localScriptError(
          `Error executing script: ${script}\n\nPlease see output above for more information.`,
        );
      }
      const invalid = invalidExitCode(status, config.validExitCodes);
      if (invalid) throw localScriptError(invalid);
    }
  } finally {
    for (const t of temps) await rm(t, { force: true });
  }
}
