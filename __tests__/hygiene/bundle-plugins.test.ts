// The esbuild plugins of scripts/build.mjs: the Alibaba Cloud SDKs' model indexes become lazy
// getters with the same exports, their model files packed in a data file and compiled on first
// use; and ssh2's native addons are left out of a bundle, ssh2 then
// taking its JavaScript paths.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import vm from "node:vm";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import {
  lazyModelsPlugin,
  modelIndex,
  nativeAddonsPlugin,
  packModels,
} from "../../scripts/bundle-plugins.mjs";

const ROOT = resolve(import.meta.dirname, "..", "..");
const alicloud = join(ROOT, "node_modules", "@alicloud");
const modelIndexes = readdirSync(alicloud)
  .map((p) => join(alicloud, p, "dist", "models", "model.js"))
  .filter((f) => existsSync(f));

/**
 * Evaluates the lazy module packModels makes of a model index, as the bundle does: with its data
 * file beside it and a `require` that counts the model files compiled.
 */
async function evaluatePacked(modelJs: string) {
  const packed = await packModels(modelJs);
  const dir = mkdtempSync(join(tmpdir(), "image-build-models-"));
  writeFileSync(join(dir, packed.asset.name), packed.asset.data);
  const compiled: string[] = [];
  const real = createRequire(modelJs);
  const fakeRequire = (spec: string) => {
    if (spec === "node:vm") {
      return {
        compileFunction: (code: string, params: string[], o: { filename: string }) => {
          compiled.push(o.filename);
          return vm.compileFunction(code, params, o);
        },
      };
    }
    return real(spec);
  };
  const exports: Record<string, unknown> = {};
  new Function("exports", "require", "module", "__dirname", packed.contents)(exports, fakeRequire, {}, dir);
  return { exports, compiled, packed };
}

// A model class's observable shape: its name, its fields and their types, its map of an instance.
function shape(model: unknown) {
  const m = model as {
    name: string;
    names(): unknown;
    types(): Record<string, unknown>;
    new (o: object): { toMap(): unknown };
  };
  // Classes by name (the lazy and the eager modules have each their own classes).
  const types = JSON.parse(
    JSON.stringify(m.types(), (_k, v) => (typeof v === "function" ? `class ${v.name}` : v)),
  );
  return { name: m.name, names: m.names(), types, map: new m({}).toMap() };
}

describe("lazy Alibaba Cloud models", () => {
  it("finds the SDKs' model indexes (ECS, VPC, STS)", () => {
    const names = modelIndexes.map((f) => f.split("/").at(-4));
    expect(names).toEqual(expect.arrayContaining(["ecs20140526", "vpc20160428", "sts20150401"]));
  });

  it.each(modelIndexes.map((f) => [f.split("/").at(-4), f]))(
    "%s: same exports, each model file compiled only when first used",
    async (_name, file) => {
      const eager = createRequire(file)("./model.js") as Record<string, unknown>;
      const lazy = await evaluatePacked(file as string);
      // Nothing is compiled while the index loads; the keys are the same, in the same order.
      expect(lazy.compiled).toEqual([]);
      const keys = Object.keys(eager);
      expect(Object.keys(lazy.exports)).toEqual(keys);
      expect(keys.length).toBeGreaterThan(0);
      // Reading one export compiles its file (and the files it requires), once.
      const first = keys[0] as string;
      const model = lazy.exports[first];
      expect(lazy.compiled.length).toBeGreaterThan(0);
      expect(lazy.compiled.every((f) => f.startsWith("node_modules/@alicloud/"))).toBe(true);
      const count = lazy.compiled.length;
      expect(lazy.exports[first]).toBe(model);
      expect(lazy.compiled).toHaveLength(count);
      // The models are the SDK's: same names, fields, types and maps (a sample of the large SDKs).
      const step = keys.length > 200 ? 37 : 1;
      for (let i = 0; i < keys.length; i += step) {
        const k = keys[i] as string;
        expect(shape(lazy.exports[k]), k).toEqual(shape(eager[k]));
      }
      // The data file holds the model files' sources and nothing else.
      expect(lazy.packed.asset.name).toMatch(/^alicloud-[\w-]+-models\.txt$/);
    },
  );

  it("refuses a model index of another shape", () => {
    const odd = '"use strict";\nconst x = require("./X");\nmodule.exports = x;\n';
    expect(() => modelIndex(odd, "odd/model.js")).toThrow(/odd\/model\.js:2: not the expected shape/);
  });
});

describe("native addons in a bundle", () => {
  /** Bundles `contents` as scripts/build.mjs does (CommonJS here: one file), returns the file. */
  const bundle = async (contents: string) => {
    const outfile = join(mkdtempSync(join(tmpdir(), "image-build-bundle-test-")), "index.cjs");
    await esbuild.build({
      absWorkingDir: ROOT,
      stdin: { contents, resolveDir: ROOT, loader: "js" },
      outfile,
      bundle: true,
      platform: "node",
      format: "cjs",
      logLevel: "silent",
      plugins: [nativeAddonsPlugin(), lazyModelsPlugin()],
    });
    return outfile;
  };

  it("leaves out ssh2's bindings: ssh2 loads and uses its JavaScript crypto", async () => {
    const file = await bundle(
      'const c = require("ssh2/lib/protocol/crypto.js"); require("ssh2"); console.log(JSON.stringify({ binding: c.bindingAvailable }));',
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain("sshcrypto.node is left out of this bundle");
    expect(text).toContain("cpu-features is left out of this bundle");
    // Unbundled, this machine's ssh2 has its compiled binding; bundled, it has none.
    expect(JSON.parse(execFileSync(process.execPath, [file], { encoding: "utf8" }))).toEqual({
      binding: false,
    });
  });

  it("fails the build on any other native addon", async () => {
    await expect(bundle('require("./some/other/addon.node");')).rejects.toThrow(
      /native addon \.\/some\/other\/addon\.node/,
    );
  });
});
