/**
 * The `ansible` provisioner at run time (Packer 1.6.6's Provision): `ansible-playbook` runs on this
 * machine against the build instance, either through the local SSH proxy that forwards to the
 * build's communicator (the default) or, with `use_proxy: false`, straight to the instance with the
 * build's key. A generated inventory (and generated keys) live in temporary files removed after the
 * run; output streams line by line to the Ui.
 */
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ssh2 from "ssh2";
import { cleanOutputLine, errorText, LineSplitter } from "../../communicator/remote-cmd.js";
import { goQuote } from "../../template/gofmt.js";
import { HTTP_NOT_IMPLEMENTED } from "../build-data.js";
import { resolveLocal } from "../local-path.js";
import { CancelledError, type ProvisionContext, renderRuntime } from "../runtime.js";
import { type Adapter, startAdapter } from "./adapter.js";
import type { AnsibleConfig } from "./config.js";

/** Packer's inventory lines (Ansible 2+, Ansible 1). */
export const DEFAULT_SSH_INVENTORY_V2 =
  "{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n";
export const DEFAULT_SSH_INVENTORY_V1 =
  "{{ .HostAlias }} ansible_ssh_host={{ .Host }} ansible_ssh_user={{ .User }} ansible_ssh_port={{ .Port }}\n";

/** Creates `dir/<prefix><random>` exclusively with mode 0600 (Go's ioutil.TempFile). */
export async function tempFile(dir: string, prefix: string, content: string): Promise<string> {
  for (;;) {
    const path = join(dir, `${prefix}${randomInt(1e9)}`);
    try {
      await writeFile(path, content, { flag: "wx", mode: 0o600 });
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}

/** `checkArg`: whether `name` is one of the `=`-separated parts of an argument. */
export function checkArg(name: string, args: string[]): boolean {
  return args.some((a) => a.split("=").includes(name));
}

/** Runs a local command with its stdout and stderr lines as Ui messages; resolves with its exit code. */
export function runLocalCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  ctx: ProvisionContext,
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
      env,
      cwd: ctx.cwd,
      signal: ctx.signal,
    });
    const out = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    const err = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.once("error", (e) => reject(ctx.signal.aborted ? new CancelledError() : e));
    child.once("close", (code, signal) => {
      out.flush();
      err.flush();
      if (ctx.signal.aborted) reject(new CancelledError());
      else resolvePromise(code ?? (signal ? -1 : 0));
    });
  });
}

/** Go's `*exec.ExitError` text for a status. */
function exitText(code: number): string {
  return code < 0 ? "signal: killed" : `exit status ${code}`;
}

/** Packer's executeGalaxy: roles (and collections when the file lists them) from `galaxy_file`. */
async function runGalaxy(config: AnsibleConfig, ctx: ProvisionContext): Promise<void> {
  const cwd = ctx.cwd ?? process.cwd();
  const galaxyFile = config.galaxyFile;
  const roleArgs = ["install", "-r", galaxyFile];
  const collectionArgs = ["collection", "install", "-r", galaxyFile];
  if (config.galaxyForceInstall) {
    roleArgs.push("-f");
    collectionArgs.push("-f");
  }
  if (config.rolesPath !== "") roleArgs.push("-p", config.rolesPath);
  if (config.collectionsPath !== "") collectionArgs.push("-p", config.collectionsPath);
  const text = await readFile(resolveLocal(galaxyFile, cwd), "utf8");
  const hasRoles = /^roles:/m.test(text);
  const hasCollections = /^collections:/m.test(text);
  const invoke = async (args: string[]) => {
    ctx.ui.message("Executing Ansible Galaxy");
    const code = await runLocalCommand([config.galaxyCommand, ...args], process.env, ctx);
    if (code !== 0) throw new Error(`Non-zero exit status: ${exitText(code)}`);
  };
  if (hasRoles || !hasCollections) await invoke(roleArgs);
  if (hasCollections) await invoke(collectionArgs);
}

/** Packer's createCmdArgs: the argument list and the extra environment of `ansible-playbook`. */
export function ansibleArgs(
  config: AnsibleConfig,
  extraArguments: string[],
  ctx: ProvisionContext,
  inventory: string,
  playbook: string,
  privKeyFile: string,
): string[] {
  const args: string[] = [];
  if (ctx.buildName !== "") args.push("-e", `packer_build_name=${goQuote(ctx.buildName)}`);
  args.push("-e", `packer_builder_type=${ctx.builderType}`);
  const httpAddr = ctx.buildData.PackerHTTPAddr ?? "";
  if (httpAddr !== "" && httpAddr !== HTTP_NOT_IMPLEMENTED.PackerHTTPAddr)
    args.push("-e", `packer_http_addr=${httpAddr}`);
  if (ctx.buildData.ConnType === "ssh" && privKeyFile !== "") {
    const extra =
      config.ansibleSshExtraArgs.length > 0 ? config.ansibleSshExtraArgs.join("") : "-o IdentitiesOnly=yes";
    args.push("--ssh-extra-args", `'${extra}'`);
  }
  args.push(...extraArguments);
  if (!checkArg("ansible_password", args) && privKeyFile !== "")
    args.push("-e", `ansible_ssh_private_key_file=${privKeyFile}`);
  if (checkArg("ansible_password", args) && ctx.buildData.ConnType === "ssh") {
    if (
      !checkArg("ansible_host_key_checking", args) &&
      !checkArg("ANSIBLE_HOST_KEY_CHECKING", config.ansibleEnvVars)
    )
      args.push("-e", "ansible_host_key_checking=False");
  }
  args.push("-i", inventory, playbook);
  return args;
}

/** Runs an `ansible` provisioner; throws with Packer's message on failure. */
export async function runAnsible(config: AnsibleConfig, ctx: ProvisionContext): Promise<void> {
  const { ui } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const temp = ctx.tempDir ?? tmpdir();
  ui.say("Provisioning with Ansible...");
  const envVars = config.ansibleEnvVars.map((e) => {
    try {
      return renderRuntime(ctx, e);
    } catch (err) {
      throw new Error(`Could not interpolate ansible env vars: ${errorText(err)}`);
    }
  });
  const extraArguments = config.extraArguments.map((a) => {
    try {
      return renderRuntime(ctx, a);
    } catch (err) {
      throw new Error(`Could not interpolate ansible env vars: ${errorText(err)}`);
    }
  });

  let useProxy = config.useProxy !== false;
  if (!useProxy) {
    if ((ctx.buildData.Host ?? "") === "") {
      ui.error(
        "Warning: use_proxy is false, but instance does not have an IP address to give to Ansible. Falling back to use localhost proxy.",
      );
      useProxy = true;
    }
    const connType = ctx.buildData.ConnType;
    if (connType !== "ssh" && connType !== "winrm") {
      ui.error(
        "Warning: use_proxy is false, but communicator is neither ssh nor winrm, so without the proxy ansible will not function. Falling back to localhost proxy.",
      );
      useProxy = true;
    }
  }

  const removeAfter: string[] = [];
  let adapter: Adapter | undefined;
  let user = config.user;
  let host = ctx.buildData.Host ?? "";
  let port = ctx.buildData.Port ?? "";
  let privKeyFile = "";
  try {
    if (useProxy) {
      if (!ctx.comm) throw new Error("No communicator found for provisioners!");
      ui.message("Setting up proxy adapter for Ansible....");
      let authorizedKey: string;
      if (config.sshAuthorizedKeyFile !== "") {
        try {
          authorizedKey = await readFile(resolveLocal(config.sshAuthorizedKeyFile, cwd), "utf8");
        } catch {
          throw new Error("Failed to read public key");
        }
      } else {
        const pair = ssh2.utils.generateKeyPairSync("ed25519");
        authorizedKey = pair.public;
        privKeyFile = await tempFile(temp, "ansible-key", pair.private);
        removeAfter.push(privKeyFile);
      }
      let hostKey: string;
      if (config.sshHostKeyFile !== "") {
        try {
          hostKey = await readFile(resolveLocal(config.sshHostKeyFile, cwd), "utf8");
        } catch {
          throw new Error("error creating host signer: Failed to load private host key");
        }
      } else hostKey = ssh2.utils.generateKeyPairSync("ed25519").private;
      adapter = await startAdapter({
        comm: ctx.comm,
        ui,
        user,
        authorizedKey,
        hostKey,
        port: config.localPort,
        sftpCommand: config.sftpCommand,
      });
      host = "127.0.0.1";
      port = String(adapter.port);
    } else if (ctx.buildData.ConnType === "ssh") {
      ui.message("Not using Proxy adapter for Ansible run:\n\tUsing ssh keys from Packer communicator...");
      privKeyFile = await tempFile(temp, "ansible-key", ctx.buildData.SSHPrivateKey ?? "");
      removeAfter.push(privKeyFile);
      if (config.userWasEmpty) user = ctx.buildData.User ?? "";
    } else {
      ui.message(
        "Not using Proxy adapter for Ansible run:\n\tUsing WinRM Password from Packer communicator...",
      );
    }

    let inventory = config.inventoryFile;
    if (inventory === "") {
      const template =
        config.inventoryFileTemplate !== ""
          ? config.inventoryFileTemplate
          : config.ansibleMajorVersion < 2
            ? DEFAULT_SSH_INVENTORY_V1
            : DEFAULT_SSH_INVENTORY_V2;
      let line: string;
      try {
        line = renderRuntime(ctx, template, {
          HostAlias: config.hostAlias,
          User: user,
          Host: host,
          Port: port,
        });
      } catch (e) {
        throw new Error(`Error generating inventory file from template: ${errorText(e)}`);
      }
      let text = line;
      for (const g of config.groups) text += `[${g}]\n${line}`;
      for (const g of config.emptyGroups) text += `[${g}]\n`;
      const dir = config.inventoryDirectory !== "" ? resolveLocal(config.inventoryDirectory, cwd) : temp;
      try {
        inventory = await tempFile(dir, "packer-provisioner-ansible", text);
      } catch (e) {
        throw new Error(`Error preparing inventory file: ${errorText(e)}`);
      }
      if (!config.keepInventoryFile) removeAfter.push(inventory);
    }

    try {
      if (config.galaxyFile !== "") {
        try {
          await runGalaxy(config, ctx);
        } catch (e) {
          if (e instanceof CancelledError) throw e;
          throw new Error(`Error executing Ansible Galaxy: ${errorText(e)}`);
        }
      }
      const playbook = resolve(cwd, config.playbookFile);
      const args = ansibleArgs(config, extraArguments, ctx, inventory, playbook, privKeyFile);
      let shown = [config.command, ...args].join(" ");
      const password = ctx.buildData.Password ?? "";
      if (checkArg("ansible_password", args) && password !== "") shown = shown.replaceAll(password, "*****");
      const winrm = ctx.buildData.WinRMPassword ?? "";
      if (winrm !== "") shown = shown.replaceAll(winrm, "*****");
      ui.say(`Executing Ansible: ${shown}`);
      const env = { ...process.env };
      for (const kv of envVars) {
        const eq = kv.indexOf("=");
        if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
      const code = await runLocalCommand([config.command, ...args], env, ctx);
      if (code !== 0) throw new Error(`Non-zero exit status: ${exitText(code)}`);
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      throw new Error(`Error executing Ansible: ${errorText(e)}`);
    }
  } finally {
    await adapter?.close();
    for (const f of removeAfter) await rm(f, { force: true });
  }
}
