/**
 * The `ansible-local` provisioner at run time (Packer 1.6.6's Provision): the playbook, its
 * directories, an inventory and the galaxy file are uploaded to a staging directory on the
 * instance, then `ansible-playbook -c local` runs there, with output streamed to the Ui.
 */
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, posix } from "node:path";
import { errorText, runWithUi } from "../../communicator/remote-cmd.js";
import { tempFile } from "../ansible/run.js";
import { resolveLocal } from "../local-path.js";
import type { ProvisionContext } from "../runtime.js";
import type { AnsibleLocalConfig } from "./config.js";

/** Runs an `ansible-local` provisioner; throws with Packer's message on failure. */
export async function runAnsibleLocal(config: AnsibleLocalConfig, ctx: ProvisionContext): Promise<void> {
  const comm = ctx.comm;
  if (!comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator.",
    );
  }
  const { ui, signal } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const staging = config.stagingDirectory;
  const join = posix.join;

  const createDir = async (dir: string) => {
    ui.message(`Creating directory: ${dir}`);
    const status = await runWithUi(comm, `mkdir -p '${dir}'`, ui, signal);
    if (status !== 0) throw new Error("Non-zero exit status. See output above for more information.");
  };
  const uploadFile = async (dst: string, src: string) => {
    let data: Buffer;
    try {
      data = await readFile(resolveLocal(src, cwd));
    } catch (e) {
      throw new Error(`Error opening: open ${src}: ${errorText(e)}`);
    }
    try {
      // Packer uploads an open file without its FileInfo: mode 0644.
      await comm.upload(dst, { data });
    } catch (e) {
      throw new Error(`Error uploading ${src}: ${errorText(e)}`);
    }
  };
  const uploadDir = async (dst: string, src: string) => {
    await createDir(dst);
    // A trailing slash: the directory's contents, not the directory itself.
    const local = resolveLocal(src, cwd);
    await comm.uploadDir(dst, local.endsWith("/") ? local : `${local}/`);
  };
  const wrap = async (message: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      if (signal.aborted) throw e;
      throw new Error(`${message}: ${errorText(e)}`);
    }
  };

  ui.say("Provisioning with Ansible...");
  if (config.playbookDir !== "") {
    ui.message("Uploading Playbook directory to Ansible staging directory...");
    await wrap("Error uploading playbook_dir directory", () => uploadDir(staging, config.playbookDir));
  } else {
    ui.message("Creating Ansible staging directory...");
    await wrap("Error creating staging directory", () => createDir(staging));
  }

  const playbookFiles = [...config.playbookFiles];
  if (config.playbookFile !== "") {
    ui.message("Uploading main Playbook file...");
    const src = config.playbookFile;
    await wrap("Error uploading main playbook", () => uploadFile(join(staging, basename(src)), src));
  } else {
    const playbookDir = config.playbookDir !== "" ? resolveLocal(config.playbookDir, cwd) : "";
    for (const [i, file] of playbookFiles.entries()) {
      if (playbookDir !== "" && file.startsWith(playbookDir)) {
        playbookFiles[i] = file.slice(playbookDir.length);
        continue;
      }
      ui.message(`Uploading playbook file: ${file}`);
      try {
        await createDir(join(staging, dirname(file)));
      } catch (e) {
        throw new Error(`Error uploading playbook file: ${file} [${errorText(e)}]`);
      }
      try {
        await uploadFile(join(staging, file), file);
      } catch (e) {
        throw new Error(`Error uploading playbook: ${file} [${errorText(e)}]`);
      }
    }
  }

  let inventory = config.inventoryFile;
  let localInventory: string | undefined;
  try {
    if (inventory === "") {
      const content =
        config.inventoryGroups.length > 0
          ? config.inventoryGroups.map((g) => `[${g}]\n127.0.0.1\n`).join("")
          : "127.0.0.1";
      try {
        localInventory = await tempFile(ctx.tempDir ?? tmpdir(), "packer-provisioner-ansible-local", content);
      } catch (e) {
        throw new Error(`Error preparing inventory file: ${errorText(e)}`);
      }
      inventory = localInventory;
    }
    if (config.galaxyFile !== "") {
      ui.message("Uploading galaxy file...");
      const src = config.galaxyFile;
      await wrap("Error uploading galaxy file", () => uploadFile(join(staging, basename(src)), src));
    }
    ui.message("Uploading inventory file...");
    await wrap("Error uploading inventory file", () =>
      uploadFile(join(staging, basename(inventory)), inventory),
    );
  } finally {
    if (localInventory) await rm(localInventory, { force: true });
  }

  if (config.groupVars !== "") {
    ui.message("Uploading group_vars directory...");
    await wrap("Error uploading group_vars directory", () =>
      uploadDir(join(staging, "group_vars"), config.groupVars),
    );
  }
  if (config.hostVars !== "") {
    ui.message("Uploading host_vars directory...");
    await wrap("Error uploading host_vars directory", () =>
      uploadDir(join(staging, "host_vars"), config.hostVars),
    );
  }
  if (config.rolePaths.length > 0) {
    ui.message("Uploading role directories...");
    for (const src of config.rolePaths)
      await wrap("Error uploading roles", () => uploadDir(join(staging, "roles", basename(src)), src));
  }
  if (config.playbookPaths.length > 0) {
    ui.message("Uploading additional Playbooks...");
    const dir = join(staging, "playbooks");
    await wrap("Error creating playbooks directory", () => createDir(dir));
    for (const src of config.playbookPaths)
      await wrap("Error uploading playbooks", () => uploadDir(join(dir, basename(src)), src));
  }

  await wrap("Error executing Ansible", async () => {
    const remoteInventory = join(staging, basename(inventory));
    let extraArgs = ` --extra-vars "packer_build_name=${ctx.buildName} packer_builder_type=${ctx.builderType} packer_http_addr=${ctx.buildData.PackerHTTPAddr ?? ""} -o IdentitiesOnly=yes" `;
    if (config.extraArguments.length > 0) extraArgs += config.extraArguments.join(" ");
    if (config.galaxyFile !== "") {
      await wrap("Error executing Ansible Galaxy", async () => {
        const command = `cd ${staging} && ${config.galaxyCommand} install -r ${join(staging, basename(config.galaxyFile))} -p ${join(staging, "roles")}`;
        ui.message(`Executing Ansible Galaxy: ${command}`);
        const status = await runWithUi(comm, command, ui, signal);
        if (status !== 0) throw new Error(`Non-zero exit status: ${status}`);
      });
    }
    const playbooks =
      config.playbookFile !== ""
        ? [join(staging, basename(config.playbookFile))]
        : playbookFiles.map((f) => join(staging, f));
    for (const playbook of playbooks) {
      const command = `cd ${staging} && ${config.command} ${playbook}${extraArgs} -c local -i ${remoteInventory}`;
      ui.message(`Executing Ansible: ${command}`);
      const status = await runWithUi(comm, command, ui, signal);
      if (status === 127)
        throw new Error(
          `${config.command} could not be found. Verify that it is available on the\nPATH after connecting to the machine.`,
        );
      if (status !== 0) throw new Error(`Non-zero exit status: ${status}`);
    }
  });

  if (config.cleanStagingDirectory) {
    ui.message("Removing staging directory...");
    await wrap("Error removing staging directory", async () => {
      ui.message(`Removing directory: ${staging}`);
      const status = await runWithUi(comm, `rm -rf '${staging}'`, ui, signal);
      if (status !== 0) throw new Error("Non-zero exit status. See output above for more information.");
    });
  }
}
