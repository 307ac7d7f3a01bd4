#!/usr/bin/env node
// Records Packer 1.6.6's verdict on every conformance case (__tests__/conformance/cases.ts):
// runs `packer validate` with the case's -var values, working directory and fake credentials
// (temporary HOME, no network), and writes __tests__/conformance/packer-verdicts.json with the
// exit code, the error lines (unwrapped) and which errors only concern keys plugin v1.1.2 added.
// Usage: npx tsx scripts/packer-verdicts.mjs   (tsx: cases.ts is TypeScript)
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES } from "../__tests__/conformance/cases.ts";
import { packerVersion, recordVerdict } from "../__tests__/conformance/packer-run.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "__tests__/conformance/packer-verdicts.json");

const version = await packerVersion();
if (!version) {
  console.error("packer-verdicts: the `packer` binary (1.6.6) is not installed");
  process.exit(1);
}
if (version !== "1.6.6") console.warn(`packer-verdicts: expected Packer 1.6.6, found ${version}`);

const verdicts = [];
for (const c of CASES) {
  const v = await recordVerdict(c);
  const r112 = v.r112OnlyErrors.length ? ` (R112-only: ${v.r112OnlyErrors.length})` : "";
  console.log(`${v.exitCode === 0 ? "valid  " : "INVALID"} ${c.id}${r112}`);
  for (const e of v.errors) console.log(`          ${e}`);
  verdicts.push(v);
}
const doc = {
  comment:
    "Recorded by scripts/packer-verdicts.mjs: `packer validate` of Packer " +
    `${version} for each case in cases.ts. errors are unwrapped; r112OnlyErrors are the ` +
    "'unknown configuration key' errors for keys plugin v1.1.2 added (we accept them); " +
    "withoutR112Fields is Packer's verdict on the same template with those keys removed.",
  packerVersion: version,
  verdicts,
};
writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
// Keep the file in the project's format (Biome checks it), so a re-run without changes is a no-op.
execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", out], { stdio: "ignore" });
console.log(`wrote ${out}`);
