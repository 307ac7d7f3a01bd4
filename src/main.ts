/**
 * The action's main step: read and check every input, then validate (and, in a later release,
 * build) the template. Template errors become annotations on the template's file and line.
 */
import { resolve } from "node:path";
import * as core from "@actions/core";
import { CloudApiError, CredentialsError, NetworkError } from "./credentials/errors.js";
import { validateTemplate } from "./engine/validate.js";
import { annotate, workspacePath } from "./github/annotations.js";
import { exportCredentials, exportRequested, resolveActionCredentials } from "./github/credentials.js";
import { booleanInput, InputError, input, keyValueInput, listInput, requiredInput } from "./github/inputs.js";
import { renderValidationSummary } from "./github/validation-summary.js";

async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, input("working-directory") || ".");
  const template = resolve(workspace, requiredInput("template"));
  const varFiles = listInput("var-file").map((f) => resolve(workspace, f));
  const vars = keyValueInput("variables");
  const only = listInput("only");
  const except = listInput("except");
  const validateOnly = booleanInput("validate-only", false);
  const exportCreds = exportRequested();
  if (only.length && except.length)
    throw new InputError("Inputs 'only' and 'except' cannot be used together");

  const result = await validateTemplate({
    path: template,
    vars,
    varFiles,
    only: only.length ? only : undefined,
    except: except.length ? except : undefined,
    env: process.env,
    cwd,
    // Credentials are resolved when a build starts (inputs, OIDC, environment, profile), so
    // validating a template, for example on a pull request from a fork, needs none; a build's
    // missing credentials are reported by the credential chain, naming every source it tried.
    externalCredentials: true,
  });
  for (const secret of result.secrets ?? []) core.setSecret(secret);
  annotate(result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  await renderValidationSummary(workspacePath(template), result);
  if (!result.ok) {
    core.setFailed(`${errors} error${errors === 1 ? "" : "s"} in ${workspacePath(template)}`);
    return;
  }
  core.info(
    `${workspacePath(template)} is valid: ${result.builds.map((b) => `${b.name} (${b.type})`).join(", ")}`,
  );
  if (!validateOnly) {
    // Credentials (src/github/credentials.ts): one refreshing provider for the whole build, from
    // the inputs, the first build's access fields and the environment; the source and region are logged.
    const access = result.prepared[0]?.builder.config;
    const differs = result.prepared.some((b) =>
      (["accessKey", "profile", "sharedCredentialsFile", "ramRoleArn", "ramRoleName"] as const).some(
        (k) => b.builder.config[k] !== access?.[k],
      ),
    );
    if (differs)
      core.warning(
        `The builds name different credentials; image-build uses one set for all of them, those of build '${result.prepared[0].name}'`,
      );
    const credentials = await resolveActionCredentials(access);
    if (exportCreds) await exportCredentials(credentials);
    core.setFailed(
      "Building images is not available in this release of image-build yet: set 'validate-only: true' to validate templates.",
    );
  }
}

run().catch((err: unknown) => {
  if (
    err instanceof InputError ||
    err instanceof CredentialsError ||
    err instanceof CloudApiError ||
    err instanceof NetworkError
  )
    core.setFailed(err.message);
  else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err));
});
