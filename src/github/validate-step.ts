/**
 * The action's validation: the template checked with the inputs' variables and filters, its
 * secrets masked, its errors annotated at their file and line, a job summary when it is invalid or
 * `validate-only` is set, and the step failed when it is invalid.
 */
import * as core from "@actions/core";
import { type ValidateResult, validateTemplate } from "../engine/validate.js";
import { annotate, workspacePath } from "./annotations.js";
import { type ActionInputs, InputError } from "./inputs.js";
import { addMask } from "./mask.js";
import { renderValidationSummary } from "./summary/validation.js";

/** The validated template with builds to run, or undefined when the step ends here (invalid, or validate-only). */
export async function validateForAction(inputs: ActionInputs): Promise<ValidateResult | undefined> {
  // Credentials are resolved when a build starts (inputs, OIDC, environment, profile), so
  // validating a template, for example on a pull request from a fork, needs none; a build's
  // missing credentials are reported by the credential chain, naming every source it tried.
  const result = await validateTemplate({
    path: inputs.template,
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    only: inputs.only,
    except: inputs.except,
    env: process.env,
    cwd: inputs.cwd,
    force: inputs.force,
  });
  for (const secret of result.secrets ?? []) addMask(secret);
  annotate(result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const shown = workspacePath(inputs.template);
  if (!result.ok || inputs.validateOnly) {
    if (inputs.summary) await renderValidationSummary(shown, result);
    if (!result.ok) {
      core.setFailed(`${errors} error${errors === 1 ? "" : "s"} in ${shown}`);
      return undefined;
    }
  }
  core.info(`${shown} is valid: ${result.builds.map((b) => `${b.name} (${b.type})`).join(", ")}`);
  if (inputs.validateOnly) return undefined;
  if (result.prepared.length === 0)
    throw new InputError(`No builds to run in ${shown} (check 'only' and 'except')`);
  return result;
}
