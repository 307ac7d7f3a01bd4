// esbuild plugins of scripts/build.mjs (see docs/bundles.md).
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * The Alibaba Cloud SDKs (@alicloud/ecs20140526, vpc20160428, sts20150401…) re-export their
 * thousands of request/response models from `dist/models/model.js`, a TypeScript output of pairs
 *
 *   var X_1 = require("./X");
 *   Object.defineProperty(exports, "Name", { enumerable: true, get: function () { return X_1.Name; } });
 *
 * so loading a client evaluates every model file (1,150 files, 3,450 classes for ECS; more for
 * VPC), and bundled, their 12 MB of source would be parsed at every start even if evaluated lazily.
 *
 * This plugin replaces each such model.js with a module of lazy getters,
 *
 *   Object.defineProperty(exports, "Name", { enumerable: true, get: function () { return load("./X").Name; } });
 *
 * and packs the model files' sources, unchanged, into a data file beside the emitted bundle
 * (`alicloud-<package>-models.txt`, see {@link writeModelAssets}); `load` reads one file's source
 * from it when a model of that file is first used, and evaluates it as CommonJS (its `require`s of
 * other models load them the same way; its other `require`s are bundled as usual). The exports
 * stay the same (names, enumerable getters, one class per model); only the parsing and evaluation
 * are deferred to first use. A model.js or model file of any other shape fails the build, so a
 * change in the SDKs' output is noticed.
 *
 * `assets` collects the data files: model.js path → { name, data }.
 */
export function lazyModelsPlugin(assets = new Map()) {
  return {
    name: "image-build-lazy-alicloud-models",
    setup(build) {
      build.onLoad(
        { filter: /[\\/]node_modules[\\/]@alicloud[\\/][^\\/]+[\\/]dist[\\/]models[\\/]model\.js$/ },
        async (args) => {
          const packed = await packModels(args.path);
          assets.set(args.path, packed.asset);
          return { contents: packed.contents, loader: "js" };
        },
      );
    },
  };
}

/**
 * Writes each packed models file beside the emitted file that holds its loader (the entry or a
 * chunk: the loader finds it through that file's `__dirname`).
 */
export function writeModelAssets(metafile, assets, repo) {
  const written = [];
  for (const [out, info] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(info.inputs)) {
      const asset = assets.get(resolve(repo, input));
      if (!asset) continue;
      const file = join(repo, dirname(out), asset.name);
      writeFileSync(file, asset.data);
      written.push(file);
    }
  }
  return written;
}

const REQUIRE = /^var (\w+) = require\("(\.\/[\w.-]+)"\);$/;
const GETTER =
  /^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);$/;
const KEEP = [
  /^"use strict";$/,
  /^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);$/,
  /^exports\.\w+ = (exports\.\w+ = )*void 0;$/,
  /^\/\/# sourceMappingURL=model\.js\.map$/,
  /^$/,
];

/**
 * The exports of a model.js: [{ name, id, member }], `exports[name]` being `require(id)[member]`,
 * and its `exports.A = exports.B = void 0;` lines (which set the order of the keys). Throws on any
 * line of another shape.
 */
export function modelIndex(source, file = "model.js") {
  const vars = new Map();
  const exports = [];
  const declarations = [];
  for (const [i, line] of source.split("\n").entries()) {
    const r = REQUIRE.exec(line);
    if (r) {
      vars.set(r[1], r[2]);
      continue;
    }
    const g = GETTER.exec(line);
    if (g && vars.has(g[2])) {
      exports.push({ name: g[1], id: vars.get(g[2]), member: g[3] });
      continue;
    }
    if (/^exports\./.test(line) && KEEP[2].test(line)) {
      declarations.push(line);
      continue;
    }
    if (KEEP.some((k) => k.test(line))) continue;
    throw new Error(
      `${file}:${i + 1}: not the expected shape of an Alibaba Cloud SDK's models index ` +
        '(`var X_1 = require("./X");` then its getter): update scripts/bundle-plugins.mjs',
    );
  }
  return { exports, declarations };
}

/** `require("…")` calls of a model file (string literals only; any other form fails the build). */
function requiresOf(source, file) {
  if (/\brequire\s*\((?!")/.test(source)) throw new Error(`${file}: a require() without a string literal`);
  return [...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
}

/**
 * The lazy module replacing a model.js, and the packed sources of its model files (every `./X`
 * it requires, and the `./Y` those require), in file name order.
 */
export async function packModels(modelJs) {
  const dir = dirname(modelJs);
  const pkg = JSON.parse(await readFile(join(dir, "..", "..", "package.json"), "utf8"));
  const { exports, declarations } = modelIndex(await readFile(modelJs, "utf8"), modelJs);
  const sources = new Map();
  const external = new Set();
  const pending = [...new Set(exports.map((e) => e.id))];
  while (pending.length) {
    const id = pending.pop();
    if (sources.has(id)) continue;
    const file = join(dir, `${id.slice(2)}.js`);
    const source = (await readFile(file, "utf8")).replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, "\n");
    sources.set(id, source);
    for (const spec of requiresOf(source, file)) {
      if (/^\.\/[\w.-]+$/.test(spec)) pending.push(spec);
      else if (spec.startsWith(".")) throw new Error(`${file}: requires ${spec}, outside its models folder`);
      else external.add(spec);
    }
  }
  const ids = [...sources.keys()].sort();
  const chunks = [];
  const index = {};
  let at = 0;
  for (const id of ids) {
    const bytes = Buffer.from(sources.get(id), "utf8");
    index[id] = [at, bytes.length];
    chunks.push(bytes);
    at += bytes.length;
  }
  const short = pkg.name.replace(/^@alicloud\//, "");
  const name = `alicloud-${short}-models.txt`;
  const lines = [
    '"use strict";',
    `// ${pkg.name}@${pkg.version} dist/models/model.js, made lazy by scripts/bundle-plugins.mjs: each`,
    `// model file's source is read from ${name} (beside this file) and evaluated on first use.`,
    'const { closeSync, openSync, readSync } = require("node:fs");',
    'const { join } = require("node:path");',
    'const { compileFunction } = require("node:vm");',
    "const external = {",
    ...[...external].sort().map((s) => `  ${JSON.stringify(s)}: () => require(${JSON.stringify(s)}),`),
    "};",
    `const FILE = ${JSON.stringify(name)};`,
    `const SOURCE = ${JSON.stringify(`node_modules/${pkg.name}/dist/models/`)};`,
    `const INDEX = ${JSON.stringify(index)};`,
    "const loaded = new Map();",
    "function load(id) {",
    "  const done = loaded.get(id);",
    "  if (done) return done.exports;",
    "  const [start, length] = INDEX[id];",
    "  const bytes = Buffer.alloc(length);",
    '  const fd = openSync(join(__dirname, FILE), "r");',
    "  try {",
    "    readSync(fd, bytes, 0, length, start);",
    "  } finally {",
    "    closeSync(fd);",
    "  }",
    "  const mod = { exports: {} };",
    "  loaded.set(id, mod);",
    "  try {",
    '    const fn = compileFunction(bytes.toString("utf8"), ["exports", "require", "module"], {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: generated source, the template literal is meant
    "      filename: `${SOURCE}${id.slice(2)}.js`,",
    "    });",
    "    fn.call(mod.exports, mod.exports, (spec) => (Object.hasOwn(INDEX, spec) ? load(spec) : external[spec]()), mod);",
    "  } catch (err) {",
    "    loaded.delete(id);",
    "    throw err;",
    "  }",
    "  return mod.exports;",
    "}",
    'Object.defineProperty(exports, "__esModule", { value: true });',
    ...declarations,
    ...exports.map(
      (e) =>
        `Object.defineProperty(exports, ${JSON.stringify(e.name)}, { enumerable: true, get: function () { return load(${JSON.stringify(e.id)}).${e.member}; } });`,
    ),
    "",
  ];
  return { contents: lines.join("\n"), asset: { name, data: Buffer.concat(chunks) } };
}

/**
 * ssh2 loads two native addons if it can, each in a try/catch with a pure JavaScript fallback: its
 * own `sshcrypto.node` binding and the optional `cpu-features` package. Compiled here they would
 * only load under this machine's Node ABI (not the runner's) and would make dist/ depend on the
 * compiler, so the bundles leave them out: requiring them throws and ssh2 takes its JavaScript
 * paths (tested: __tests__/emulator/machines/no-binding.test.ts). Any other native addon fails the
 * build, so a new one is a decision, not an accident.
 */
export function nativeAddonsPlugin() {
  const LEFT_OUT = /(^cpu-features$|[\\/]sshcrypto\.node$)/;
  return {
    name: "image-build-no-native-addons",
    setup(build) {
      build.onResolve({ filter: /(^cpu-features$|\.node$)/ }, (args) => {
        if (!LEFT_OUT.test(args.path)) {
          return {
            errors: [
              {
                text: `native addon ${args.path} (required by ${args.importer}): the bundles carry no native code; add it to LEFT_OUT in scripts/bundle-plugins.mjs only if its importer has a JavaScript fallback`,
              },
            ],
          };
        }
        return { path: args.path.replace(/^.*[\\/]/, ""), namespace: "image-build-left-out" };
      });
      build.onLoad({ filter: /.*/, namespace: "image-build-left-out" }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is left out of this bundle (native addon)`)});\n`,
        loader: "js",
      }));
    },
  };
}

/**
 * Our sources import each SDK as `import * as $Ecs from "@alicloud/ecs20140526"` in a dozen
 * modules; esbuild converts a CommonJS module to a namespace once per importing module, copying
 * its thousands of exports (getters) each time. This routes those imports through one ES module
 * per SDK (`export * from` the SDK), so the copy is made once.
 */
export function sdkFacadePlugin() {
  const SDK = /^@alicloud\/[a-z]+\d{8}$/;
  return {
    name: "image-build-sdk-facade",
    setup(build) {
      build.onResolve({ filter: SDK }, (args) => {
        if (args.namespace === "image-build-sdk-facade" || /[\\/]node_modules[\\/]/.test(args.importer))
          return undefined;
        // A .mjs path: esbuild then imports the CommonJS SDK as Node does (default = module.exports).
        return { path: `${args.path}.mjs`, namespace: "image-build-sdk-facade" };
      });
      build.onLoad({ filter: /.*/, namespace: "image-build-sdk-facade" }, (args) => {
        const sdk = JSON.stringify(args.path.replace(/\.mjs$/, ""));
        return {
          contents: `export * from ${sdk};\nexport { default } from ${sdk};\n`,
          resolveDir: build.initialOptions.absWorkingDir ?? process.cwd(),
          loader: "js",
        };
      });
    },
  };
}
