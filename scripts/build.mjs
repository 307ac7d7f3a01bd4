#!/usr/bin/env node
// Builds the committed bundles in dist/ with esbuild, in one build of three entry points: the
// action's main and post steps and the CLI, ES modules at dist/main/index.js, dist/post/index.js
// and dist/cli/index.js, sharing their code through dist/chunks/ (the SDKs are in dist/ once; the
// CLI's subcommands and @actions/cache are chunks loaded on demand), plus one licenses.txt of the
// packages bundled and a package.json marking the folder as ESM.
// With --out DIR it builds there instead. With --check it builds into a temporary folder and
// fails if dist/ differs (check-dist). See docs/bundles.md.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import {
  lazyModelsPlugin,
  nativeAddonsPlugin,
  sdkFacadePlugin,
  writeModelAssets,
} from "./bundle-plugins.mjs";

const repo = resolve(fileURLToPath(import.meta.url), "..", "..");
process.chdir(repo);

// dist/<name>/index.js for each entry; code used by more than one, or loaded on demand, in
// dist/chunks/.
const entryPoints = {
  "main/index": "src/main.ts",
  "post/index": "src/post.ts",
  "cli/index": "src/cli.ts",
};
/** What a build writes into its folder (removed first, so no stale chunk stays). */
const outputs = ["main", "post", "cli", "chunks", "package.json", "licenses.txt"];
const check = process.argv.includes("--check");
// --out DIR builds somewhere else (helpers and tests that need bundles of uncommitted sources).
const outIndex = process.argv.indexOf("--out");
const root = check
  ? mkdtempSync(join(tmpdir(), "image-build-dist-"))
  : outIndex > 0
    ? resolve(process.argv[outIndex + 1])
    : join(repo, "dist");

// Bundled CommonJS code calls `require` for Node's built-in modules and reads `__dirname` and
// `__filename` (ssh2's agent and its emscripten poly1305 module), which ES modules do not define:
// every emitted file (entry and chunk) defines them first.
const banner = [
  'import { createRequire as __ibCreateRequire } from "node:module";',
  'import { fileURLToPath as __ibFileURLToPath } from "node:url";',
  'import { dirname as __ibDirname } from "node:path";',
  "const require = __ibCreateRequire(import.meta.url);",
  "const __filename = __ibFileURLToPath(import.meta.url);",
  "const __dirname = __ibDirname(__filename);",
].join("\n");

for (const name of outputs) rmSync(join(root, name), { recursive: true, force: true });
const models = new Map();
const result = await esbuild.build({
  absWorkingDir: repo,
  entryPoints,
  outdir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // One build for the three entry points: what they share (the SDKs, the engine) is emitted once,
  // in chunks; the CLI's subcommands (build, emulator) and @actions/cache are dynamic imports,
  // loaded only when used, so `image-build version` and `validate` start fast.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  banner: { js: banner },
  // Class and function names as in the sources (errors and SDK models report their names).
  keepNames: true,
  // The license texts are in licenses.txt.
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [nativeAddonsPlugin(), lazyModelsPlugin(models), sdkFacadePlugin()],
});
writeModelAssets(result.metafile, models, repo);
writeFileSync(join(root, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
writeFileSync(join(root, "licenses.txt"), licenses(result.metafile));

/**
 * licenses.txt: every package with code in the bundle (sorted by name), its license and the text
 * of its license file (or the license named in its package.json when it ships no file).
 */
function licenses(metafile) {
  const pkgs = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (!m) continue;
    const dir = m[1];
    if (pkgs.has(dir)) continue;
    const pj = JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8"));
    pkgs.set(dir, { name: pj.name ?? m[2], license: licenseOf(pj), text: licenseText(join(repo, dir)) });
  }
  const entries = [...pkgs.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // One entry per package name (two versions of a package are listed once, with the first's text).
  const seen = new Set();
  let text = "";
  for (const e of entries) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    text += `${e.name}\n${e.license}\n${e.text ? `${e.text.trim()}\n` : ""}\n`;
  }
  return text;
}

function licenseOf(pj) {
  if (typeof pj.license === "string") return pj.license;
  if (pj.license && typeof pj.license.type === "string") return pj.license.type;
  if (Array.isArray(pj.licenses)) return pj.licenses.map((l) => l.type ?? l).join(" OR ");
  return "UNKNOWN";
}

function licenseText(dir) {
  const file = readdirSync(dir)
    .sort()
    .find((f) => /^(licen[sc]e|copying)(\.|-|$)/i.test(f) && statSync(join(dir, f)).isFile());
  return file ? readFileSync(join(dir, file), "utf8") : "";
}

if (check) {
  const dist = join(repo, "dist");
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true })
          .map(String)
          .filter((f) => statSync(join(dir, f)).isFile())
          .sort()
      : [];
  const a = list(dist);
  const b = list(root);
  const diffs = [];
  for (const f of new Set([...a, ...b])) {
    const pa = join(dist, f);
    const pb = join(root, f);
    if (!existsSync(pa)) diffs.push(`missing in dist/: ${f}`);
    else if (!existsSync(pb)) diffs.push(`stale in dist/: ${f}`);
    else if (!readFileSync(pa).equals(readFileSync(pb))) diffs.push(`differs: dist/${f}`);
  }
  if (diffs.length) {
    console.error(`dist/ is not current; run \`npm run build\` and commit dist/:\n  ${diffs.join("\n  ")}`);
    console.error(`(fresh build in ${relative(process.cwd(), root)})`);
    process.exit(1);
  }
  rmSync(root, { recursive: true, force: true });
  console.log("dist/ matches the sources");
} else {
  mkdirSync(root, { recursive: true });
}
