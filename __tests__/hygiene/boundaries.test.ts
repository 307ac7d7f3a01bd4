// The boundary check (`npm run boundaries`: dependency-cruiser with .dependency-cruiser.cjs) passes
// on the repository, and fails, naming the rule, on a small tree with one violation of each rule.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "../..");
const CONFIG = join(REPO, ".dependency-cruiser.cjs");
const CLI = join(REPO, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** Runs the check as `npm run boundaries` does, in `cwd`; its exit code and output. */
async function check(cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [CLI, "--config", CONFIG, "--no-progress", "src", "emulator"],
      { cwd, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** The `error <rule>: <from> → <to>` lines of dependency-cruiser's report. */
function violations(out: string): string[] {
  return out
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("error "));
}

describe("the boundary check", () => {
  it("passes on the repository", async () => {
    const { code, out } = await check(REPO);
    expect(violations(out)).toEqual([]);
    expect(out).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  }, 120_000);

  describe("on a tree with a violation of each rule", () => {
    let dir: string;
    let result: { code: number; out: string };
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "image-build-boundaries-"));
      write(
        "package.json",
        JSON.stringify({
          name: "fixture",
          type: "module",
          dependencies: { "@actions/core": "1.0.0", "@alicloud/ecs20140526": "1.0.0" },
          devDependencies: { "dev-only": "1.0.0" },
        }),
      );
      write(
        "tsconfig.json",
        JSON.stringify({
          compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true },
          include: ["src", "emulator"],
        }),
      );
      // Stand-ins for installed packages (the check reads their package.json and entry file).
      for (const name of ["@actions/core", "@alicloud/ecs20140526", "dev-only", "undeclared"]) {
        write(
          `node_modules/${name}/package.json`,
          JSON.stringify({ name, version: "1.0.0", type: "module", main: "index.js" }),
        );
        write(`node_modules/${name}/index.js`, "export const x = 1;\n");
      }
      // Allowed: the GitHub front end imports @actions/core; the builder imports its SDK.
      write("src/github/log.ts", 'import { x } from "@actions/core";\nexport const y = x;\n');
      write("src/main.ts", 'import { y } from "./github/log.js";\nexport const z = y;\n');
      write(
        "src/builders/demo/builder.ts",
        'import { x } from "@alicloud/ecs20140526";\nexport const b = x;\n',
      );
      write("src/builders/alicloud-ecs/steps/new-step.ts", "export const step = 1;\n");
      // no-circular: a cycle.
      write("src/pipeline/a.ts", 'import { b } from "./b.js";\nexport const a = () => b;\n');
      write("src/pipeline/b.ts", 'import { a } from "./a.js";\nexport const b = () => a;\n');
      // engine-imports-no-builder: an engine file importing a builder's own folder; the Builder seam
      // (src/builders/builder.ts) is allowed.
      write("src/builders/builder.ts", "export interface Builder { type: string }\nexport const seam = 1;\n");
      write("src/engine/run.ts", 'import { b } from "../builders/demo/builder.js";\nexport const r = b;\n');
      write(
        "src/engine/sweep.ts",
        'import { step } from "../builders/alicloud-ecs/steps/new-step.js";\nexport const s = step;\n',
      );
      write("src/engine/seam.ts", 'import { seam } from "../builders/builder.js";\nexport const s = seam;\n');
      // engine-is-on-top: a provisioner importing the engine.
      write("src/engine/prepare.ts", "export const prepared = 1;\n");
      write(
        "src/provisioners/up.ts",
        'import { prepared } from "../engine/prepare.js";\nexport const u = prepared;\n',
      );
      // foundations-import-no-plugin: the credentials reaching into a builder's config.
      write(
        "src/credentials/access.ts",
        'import { b } from "../builders/demo/builder.js";\nexport const a = b;\n',
      );
      // actions-only-in-github: @actions/core outside src/github/ and the front ends.
      write("src/cloud/log.ts", 'import { x } from "@actions/core";\nexport const l = x;\n');
      // github-only-from-front-ends: the engine reaching into src/github/.
      write("src/engine/report.ts", 'import { y } from "../github/log.js";\nexport const r = y;\n');
      // emulator-model-is-plain-state: the model importing the wire layer.
      write("emulator/wire/server.ts", "export const w = 1;\n");
      write("emulator/model/state.ts", 'import { w } from "../wire/server.js";\nexport const m = w;\n');
      // src-imports-no-emulator and emulator-imports-no-src.
      write(
        "src/template/load.ts",
        'import { w } from "../../emulator/wire/server.js";\nexport const t = w;\n',
      );
      write("emulator/services/ecs.ts", 'import { z } from "../../src/main.js";\nexport const e = z;\n');
      // no-dev-dependency-in-production, no-undeclared-package, not-to-unresolvable.
      write("src/cli/dev.ts", 'import { x } from "dev-only";\nexport const d = x;\n');
      write("src/cli/undeclared.ts", 'import { x } from "undeclared";\nexport const u = x;\n');
      write("src/cli/missing.ts", 'import { x } from "./not-there.js";\nexport const m = x;\n');
      result = await check(dir);
    }, 120_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("fails", () => {
      expect(result.code).not.toBe(0);
      expect(result.out).toMatch(/dependency violations/);
    });

    it.each([
      ["no-circular", /^error no-circular: src\/pipeline\/[ab]\.ts →/],
      [
        "engine-imports-no-builder",
        /^error engine-imports-no-builder: src\/engine\/run\.ts → src\/builders\/demo\/builder\.ts$/,
      ],
      [
        "engine-imports-no-builder (any file of a builder's folder)",
        /^error engine-imports-no-builder: src\/engine\/sweep\.ts → src\/builders\/alicloud-ecs\/steps\/new-step\.ts$/,
      ],
      ["engine-is-on-top", /^error engine-is-on-top: src\/provisioners\/up\.ts → src\/engine\/prepare\.ts$/],
      [
        "foundations-import-no-plugin",
        /^error foundations-import-no-plugin: src\/credentials\/access\.ts → src\/builders\/demo\/builder\.ts$/,
      ],
      [
        "actions-only-in-github",
        /^error actions-only-in-github: src\/cloud\/log\.ts → node_modules\/@actions\/core\//,
      ],
      [
        "github-only-from-front-ends",
        /^error github-only-from-front-ends: src\/engine\/report\.ts → src\/github\/log\.ts$/,
      ],
      [
        "emulator-model-is-plain-state",
        /^error emulator-model-is-plain-state: emulator\/model\/state\.ts → emulator\/wire\/server\.ts$/,
      ],
      [
        "src-imports-no-emulator",
        /^error src-imports-no-emulator: src\/template\/load\.ts → emulator\/wire\/server\.ts$/,
      ],
      [
        "emulator-imports-no-src",
        /^error emulator-imports-no-src: emulator\/services\/ecs\.ts → src\/main\.ts$/,
      ],
      [
        "no-dev-dependency-in-production",
        /^error no-dev-dependency-in-production: src\/cli\/dev\.ts → node_modules\/dev-only\//,
      ],
      [
        "no-undeclared-package",
        /^error no-undeclared-package: src\/cli\/undeclared\.ts → node_modules\/undeclared\//,
      ],
      ["not-to-unresolvable", /^error not-to-unresolvable: src\/cli\/missing\.ts → \.\/not-there\.js$/],
    ])("names the rule %s", (_rule, line) => {
      expect(violations(result.out)).toContainEqual(expect.stringMatching(line));
    });

    it("lets what the rules allow through", () => {
      const lines = violations(result.out);
      expect(
        lines.filter((l) => / src\/(github\/log|main|builders\/demo\/builder|engine\/seam)\.ts → /.test(l)),
      ).toEqual([]);
    });
  });
});
