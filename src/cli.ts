#!/usr/bin/env node
/**
 * The `image-build` command line: the same engine as the action, driven from a terminal.
 */
import "./quiet-deprecations.js";
import { FlagError } from "./cli/flags.js";
import { HCL2_UPGRADE_USAGE, runHcl2Upgrade } from "./cli/hcl2-upgrade.js";
import { INSPECT_USAGE, runInspect } from "./cli/inspect.js";
import { type Io, runValidate, VALIDATE_USAGE } from "./cli/validate.js";

const VERSION = "0.1.0";

const USAGE = `Usage: image-build <command> [options]

Commands:
  build         build the images a template describes (like packer build)
  validate      check that a template is valid (like packer validate)
  inspect       show the variables, builders, provisioners and post-processors of a template
  prune         delete a template's older images, keeping the newest N (retention)
  hcl2_upgrade  write a JSON template as an HCL2 template (like packer hcl2_upgrade)
  emulator      run the local Alibaba Cloud emulator (ECS, VPC, STS, instance metadata)
  version       print the version

Run 'image-build <command> -h' or 'image-build help <command>' for a command's options.
`;

const USAGES: Record<string, string> = {
  validate: VALIDATE_USAGE,
  inspect: INSPECT_USAGE,
  hcl2_upgrade: HCL2_UPGRADE_USAGE,
};

/** A command's usage text (the general one for an unknown command). */
async function usageOf(command: string): Promise<string> {
  if (command === "build") return (await import("./cli/build.js")).BUILD_USAGE;
  if (command === "prune") return (await import("./cli/prune.js")).PRUNE_USAGE;
  return USAGES[command] ?? USAGE;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io: Io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  };
  try {
    switch (command) {
      case undefined:
      case "-h":
      case "--help":
      case "help": {
        const topic = command === "help" ? rest[0] : undefined;
        io.out(topic ? await usageOf(topic) : USAGE);
        return command === undefined ? 1 : 0;
      }
      case "version":
      case "--version":
      case "-v":
        io.out(`image-build ${VERSION}\n`);
        return 0;
      case "build":
        return await (await import("./cli/build.js")).runBuild(rest, io);
      case "validate":
        return await runValidate(rest, io);
      case "inspect":
        return await runInspect(rest, io);
      case "prune":
        return await (await import("./cli/prune.js")).runPrune(rest, io);
      case "hcl2_upgrade":
        return await runHcl2Upgrade(rest, io);
      case "emulator": {
        // Loaded on demand: the emulator is not needed by the other commands.
        const { runEmulatorCli } = await import("../emulator/cli.js");
        return await runEmulatorCli(rest);
      }
      default:
        io.err(`image-build: unknown command '${command}'\n\n${USAGE}`);
        return 1;
    }
  } catch (err) {
    if (err instanceof FlagError) {
      const usage = await usageOf(command ?? "");
      if (err.message !== "help requested") io.err(`${err.message}\n\n`);
      io.err(usage);
      return err.message === "help requested" ? 0 : 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
