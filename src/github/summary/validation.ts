/**
 * The job summary of a validate-only run: what the template will build and, when it is invalid,
 * every error with its place.
 */
import * as core from "@actions/core";
import type { ValidateResult } from "../../engine/validate.js";
import { maskSecrets } from "../../ui/mask.js";
import { workspacePath } from "../annotations.js";

const code = (s: string | undefined) => (s ? `<code>${escapeHtml(s)}</code>` : "–");

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Writes the summary; does nothing outside a runner (no `GITHUB_STEP_SUMMARY`). */
export async function renderValidationSummary(template: string, result: ValidateResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = core.summary;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  s.addHeading(`${result.ok ? "✅" : "❌"} image-build: validate ${escapeHtml(template)}`, 2);
  if (result.builds.length) {
    s.addTable([
      [
        { data: "build", header: true },
        { data: "builder", header: true },
        { data: "region", header: true },
        { data: "instance type", header: true },
        { data: "source image", header: true },
        { data: "image name", header: true },
        { data: "provisioners", header: true },
        { data: "post-processors", header: true },
      ],
      ...result.builds.map((b) => [
        escapeHtml(b.name),
        b.type,
        code(b.region),
        code(b.instanceType),
        code(b.sourceImage),
        code(b.imageName),
        b.provisioners.join(", ") || "–",
        b.postProcessors.map((seq) => seq.join(" → ")).join("; ") || "–",
      ]),
    ]);
  }
  if (errors.length) {
    s.addHeading(`${errors.length} error${errors.length === 1 ? "" : "s"}`, 3);
    s.addList(
      errors.map(
        (d) =>
          `<code>${escapeHtml(`${workspacePath(d.file)}:${d.line}:${d.column}`)}</code> ${d.path ? `<code>${escapeHtml(d.path)}</code>: ` : ""}${escapeHtml(d.message)}`,
      ),
    );
  } else {
    s.addRaw("The template, its variables and every build's configuration are valid.", true);
  }
  const text = maskSecrets(s.stringify(), result.secrets);
  s.emptyBuffer();
  await s.addRaw(text).write();
}
