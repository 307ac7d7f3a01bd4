/**
 * Direct entry point: `npx tsx emulator/main.ts [--json] …` runs the emulator CLI (the same as
 * `image-build emulator`). Kept apart from cli.ts so bundling cli.ts into another program never
 * starts an emulator by itself.
 */
import { runEmulatorCli } from "./cli.js";

process.exitCode = await runEmulatorCli(process.argv.slice(2));
