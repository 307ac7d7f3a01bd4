// README's input/output reference is generated from action.yml (scripts/gen-action-reference.mjs)
// and must be in sync with it: change action.yml, then run `node scripts/gen-action-reference.mjs`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  END,
  parseActionYaml,
  renderReference,
  START,
  syncReadme,
} from "../../scripts/gen-action-reference.mjs";

const ROOT = resolve(__dirname, "../..");
const SCRIPT = join(ROOT, "scripts/gen-action-reference.mjs");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const ACTION = readFileSync(join(ROOT, "action.yml"), "utf8");

/** Table rows with the formatter's column padding collapsed (`| a    | b |` → `| a | b |`). */
const unpad = (md: string) =>
  md
    .split("\n")
    .map((l) => (l.startsWith("|") ? l.replace(/ {2,}\|/g, " |") : l))
    .join("\n");

const check = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, "--check", ...args], { encoding: "utf8", cwd: ROOT });

describe("README reference of the action's inputs and outputs", () => {
  it("is what scripts/gen-action-reference.mjs makes from the committed action.yml", () => {
    const r = check();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const between = README.slice(README.indexOf(START) + START.length, README.indexOf(END));
    expect(between.trim()).toBe(renderReference(parseActionYaml(ACTION)).trim());
  });

  it("lists every input of action.yml with its default, and every output", () => {
    const action = parseActionYaml(ACTION);
    const between = unpad(README.slice(README.indexOf(START), README.indexOf(END)));
    for (const [name, spec] of Object.entries(action.inputs ?? {})) {
      const row = between.split("\n").find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `input ${name}`).toBeDefined();
      if (spec.default) expect(row).toContain(`\`${spec.default}\``);
      if (spec.required === "true") expect(row).toContain("required");
    }
    for (const name of Object.keys(action.outputs ?? {}))
      expect(between, `output ${name}`).toContain(`| \`${name}\` |`);
  });

  it("--check fails, naming the fix, when action.yml gains an input or changes a default", () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-ref-"));
    const readme = join(dir, "README.md");
    writeFileSync(readme, README);
    const added = join(dir, "added.yml");
    writeFileSync(
      added,
      ACTION.replace(
        /^inputs:\n/m,
        "inputs:\n  brand-new:\n    description: Something new.\n    required: false\n    default: 'on'\n",
      ),
    );
    const r = check("--action", added, "--readme", readme);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("out of date");
    expect(r.stderr).toContain("node scripts/gen-action-reference.mjs");

    const changed = join(dir, "changed.yml");
    writeFileSync(changed, ACTION.replace("default: sts.aliyuncs.com", "default: sts.example.com"));
    expect(check("--action", changed, "--readme", readme).status).toBe(1);

    // Regenerating makes it pass again.
    const gen = spawnSync(process.execPath, [SCRIPT, "--action", added, "--readme", readme], {
      encoding: "utf8",
    });
    expect(gen.status).toBe(0);
    expect(unpad(readFileSync(readme, "utf8"))).toContain("| `brand-new` | `on` | Something new. |");
    expect(check("--action", added, "--readme", readme).status).toBe(0);
  });
});

describe("the action.yml reader", () => {
  it("reads block, quoted and plain scalars, comments and outputs as YAML does", () => {
    const a = parseActionYaml(
      [
        "name: x # a comment",
        "inputs:",
        "  # a comment line",
        "  folded:",
        "    description: >-",
        "      one",
        "      two",
        "",
        "      para",
        '    default: "a: b"',
        "  literal:",
        "    description: |",
        "      line 1",
        "      line 2",
        "    required: true",
        "    default: 'it''s'",
        "outputs:",
        "  image-id:",
        "    description: The image | id.",
        "runs:",
        "  using: node24",
        "  main: dist/main/index.js",
      ].join("\n"),
    );
    expect(a.name).toBe("x");
    expect(a.inputs?.folded).toEqual({ description: "one two\npara", default: "a: b" });
    expect(a.inputs?.literal).toEqual({ description: "line 1\nline 2\n", required: "true", default: "it's" });
    const md = renderReference(a);
    expect(unpad(md)).toContain("| `folded` | `a: b` | one two para |");
    expect(unpad(md)).toContain("| `literal` | `it's` (required) | line 1 line 2 |");
    expect(unpad(md)).toContain("| `image-id` | The image \\| id. |");
    expect(md).toContain("Runtime: `node24`; main `dist/main/index.js`.");
  });

  it("refuses a README without the markers", () => {
    expect(() => syncReadme("# no markers", "x")).toThrow(/markers/);
  });
});
