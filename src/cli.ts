#!/usr/bin/env node
/**
 * The `image-build` command line: the same engine as the action, driven from a terminal.
 */
const USAGE = `Usage: image-build <command> [options]

Commands:
  validate   check that a template is valid
  inspect    show the variables, builders, provisioners and post-processors of a template
  version    print the version

Run 'image-build <command> -h' for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "-h":
    case "--help":
    case "help":
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    case "version":
    case "--version":
      process.stdout.write("image-build 0.1.0\n");
      return 0;
    default:
      process.stderr.write(`image-build: unknown command '${command}'\n\n${USAGE}`);
      void rest;
      return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
