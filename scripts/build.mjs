#!/usr/bin/env node
// Builds the committed bundles in dist/ with @vercel/ncc: the action's main and post steps and the
// CLI. With --out DIR it builds there instead. With --check it builds into a temporary folder and fails if dist/ differs (check-dist).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const bundles = [
  { entry: "src/main.ts", out: "main" },
  { entry: "src/post.ts", out: "post" },
  { entry: "src/cli.ts", out: "cli" },
];
const check = process.argv.includes("--check");
// --out DIR builds somewhere else (helpers and tests that need bundles of uncommitted sources).
const outIndex = process.argv.indexOf("--out");
const root = check
  ? mkdtempSync(join(tmpdir(), "image-build-dist-"))
  : outIndex > 0
    ? process.argv[outIndex + 1]
    : "dist";
const ncc = join("node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

for (const b of bundles) {
  const out = join(root, b.out);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, "build", b.entry, "-o", out, "--target", "es2022", "--quiet", "--license", "licenses.txt"],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  shimCommonJsGlobals(out);
  dropNativeAddons(out);
}

// ssh2 loads two native addons if it can (cpu-features, and its own sshcrypto binding), each in a
// try/catch with a pure JavaScript fallback. Compiled here they would only load under this
// machine's Node ABI (not the runner's Node 24) and would make dist/ depend on the compiler, so
// the bundles ship without them and ssh2 uses its JavaScript paths (tested: see
// __tests__/emulator/machines/no-binding.test.ts).
function dropNativeAddons(dir) {
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (f.endsWith(".node")) rmSync(join(dir, f));
  }
  for (const sub of ["build", "lib"]) {
    const p = join(dir, sub);
    if (
      existsSync(p) &&
      readdirSync(p, { recursive: true }).every((f) => statSync(join(p, String(f))).isDirectory())
    )
      rmSync(p, { recursive: true });
  }
}

// ncc emits ES modules for this package, but some bundled CommonJS code (ssh2's emscripten
// poly1305 module) still reads `__dirname`/`__filename`, which ES modules do not define. Define
// them at the top of every emitted file that uses them (after a shebang).
function shimCommonJsGlobals(dir) {
  const shim =
    'import { fileURLToPath as __ibFileURLToPath } from "node:url";\n' +
    'import { dirname as __ibDirname } from "node:path";\n' +
    "const __filename = __ibFileURLToPath(import.meta.url);\n" +
    "const __dirname = __ibDirname(__filename);\n";
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".js")) continue;
    const path = join(dir, f);
    const text = readFileSync(path, "utf8");
    if (!/\b__(dirname|filename)\b/.test(text) || text.includes("__ibFileURLToPath")) continue;
    const nl = text.startsWith("#!") ? text.indexOf("\n") + 1 : 0;
    writeFileSync(path, text.slice(0, nl) + shim + text.slice(nl));
  }
}

if (check) {
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true })
          .map(String)
          .filter((f) => statSync(join(dir, f)).isFile())
          .sort()
      : [];
  const a = list("dist");
  const b = list(root);
  const diffs = [];
  for (const f of new Set([...a, ...b])) {
    const pa = join("dist", f);
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
}
