/**
 * The Node.js binaries the end-to-end tests run the committed bundles with: the machine's own
 * Node (the one running the tests), and Node 24 (what `runs.using: node24` gives the action on a
 * GitHub runner). Node 24 is installed by `npm run node24` (also run by `npm install`'s postinstall)
 * from the npm package for this OS and CPU into `node_modules/.cache/image-build-node24/`, which is
 * on no PATH: npm scripts, vitest included, run on the user's own Node.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const INSTALL_DIR = join(ROOT, "node_modules/.cache/image-build-node24/node_modules");
const PACKAGE = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;

/** The binary scripts/node24.mjs installs for this platform (from its package.json's `bin`). */
function installedNode24(): string {
  const dir = join(INSTALL_DIR, PACKAGE);
  try {
    const bin = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).bin;
    return join(dir, typeof bin === "string" ? bin : bin.node);
  } catch {
    return join(dir, "bin/node");
  }
}

/**
 * Where `npm run node24` puts the Node 24 binary; `IMAGE_BUILD_NODE24=/path/to/node` points
 * elsewhere (a platform the npm registry has no Node package for).
 */
export const NODE24_PATH = process.env.IMAGE_BUILD_NODE24 || installedNode24();

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
/** Node 24 from `npm run node24` (or IMAGE_BUILD_NODE24), or a runtime whose `skip` says how to get it. */
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
        ? `${NODE24_PATH} is ${version}, not Node 24: run \`npm run node24\``
        : existsSync(NODE24_PATH)
          ? `${NODE24_PATH} does not run on this machine (${process.platform}-${process.arch})`
          : `no Node 24 at ${NODE24_PATH}: run \`npm run node24\` (installs ${PACKAGE} from the npm registry) or set IMAGE_BUILD_NODE24`,
    };
  return node24Cache;
}

/** The machine's Node: the one running this process (npm puts no other `node` on the PATH). */
export function machineNode(): NodeRuntime {
  return { name: "machine", node: process.execPath, version: process.version };
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
