/**
 * GitHub OIDC: the ID token from the runner (`core.getIDToken`, which also masks it), with the
 * fix spelled out when the job cannot request one, and retries with backoff on transient errors.
 */
import * as core from "@actions/core";
import { CredentialsError } from "../credentials/errors.js";
import { type RetryOptions, withRetry } from "../credentials/retry.js";

/** What a user sees when the runner gives no token request variables. */
export const NO_ID_TOKEN_MESSAGE =
  "GitHub OIDC: this job cannot request an ID token (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). " +
  "Fix: add 'permissions: id-token: write' to the job (or the workflow; a called reusable workflow needs it from its caller). " +
  "Pull requests from forks never get an ID token: validate them with 'validate-only: true' and build on push or workflow_dispatch.";

/**
 * A `getIdToken(audience)` for the credential chain. It checks the token request variables first
 * (failing with {@link NO_ID_TOKEN_MESSAGE}), then calls `core.getIDToken`, retrying failures that
 * are not a 4xx refusal.
 */
export function githubIdToken(
  env: Record<string, string | undefined> = process.env,
  retry: RetryOptions = {},
): (audience: string) => Promise<string> {
  return async (audience: string) => {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
      throw new CredentialsError(NO_ID_TOKEN_MESSAGE);
    return withRetry(() => core.getIDToken(audience), {
      ...retry,
      retryable: (err) => !/Error Code : 4\d\d\b/.test(err instanceof Error ? err.message : String(err)),
      onRetry: (attempt, err, delay) => {
        core.warning(
          `Getting the GitHub OIDC token failed (attempt ${attempt}: ${err instanceof Error ? err.message.replace(/\s+/g, " ") : String(err)}); retrying in ${delay} ms`,
        );
        retry.onRetry?.(attempt, err, delay);
      },
    });
  };
}
