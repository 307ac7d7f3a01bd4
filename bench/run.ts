/**
 * `npm run bench`: every benchmark, figures and ratios measured in this one run. Benchmarks are
 * not tests: they print, they do not pass or fail.
 */
import { benchAction } from "./action.js";
import { benchBuild } from "./build.js";
import { benchCliStartup } from "./cli-startup.js";
import { benchEmulator } from "./emulator.js";
import { benchHcl2 } from "./hcl2.js";
import { benchIncremental } from "./incremental.js";
import { benchMachines } from "./machines.js";
import { type Figure, printSection, type SectionReport } from "./report.js";
import { benchTemplate } from "./template.js";
import { benchValidateVariables } from "./validate.js";

type Section = [name: string, run: () => Promise<Figure[] | SectionReport>];

const sections: Section[] = [
  ["Template validation (in-process)", benchTemplate],
  ["HCL2 templates (in-process)", benchHcl2],
  ["Validate time against the number of variables (child process each)", benchValidateVariables],
  ["CLI start-up (built bundle, median of 15)", benchCliStartup],
  ["Emulator overhead (profile zero, ECS SDK, 2000 calls)", benchEmulator],
  ["Machines (profile zero, 50 concurrent)", benchMachines],
  ["Action bundles (dist/, emulator profile zero)", benchAction],
  ["Build: seed template, realistic profile, image-build vs Packer 1.6.6", benchBuild],
  ["Incremental rebuild (checkpoints), realistic profile, image-build vs Packer 1.6.6", benchIncremental],
];

const only = process.argv.slice(2);
console.log(`image-build benchmarks: node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of sections) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
  try {
    printSection(name, await run());
  } catch (err) {
    console.log(`\n## ${name}\n  failed: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
