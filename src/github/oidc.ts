/**
 * GitHub OIDC: the ID token from the runner (`core.getIDToken`, which also masks it), with the
 * fix spelled out when the job cannot request one, and transient failures retried under the
 * cloud retry policy (src/cloud/retry.ts) like every other call a build makes.
 */
import { randomUUID } from "node:crypto";
import * as core from "@actions/core";
import { CloudError } from "../cloud/errors.js";
import { type RetryPolicy, retryCall } from "../cloud/retry.js";
import { CREDENTIALS_RETRY } from "../credentials/chain.js";
import { CredentialsError } from "../credentials/errors.js";

/** What a user sees when the runner gives no token request variables. */
export const NO_ID_TOKEN_MESSAGE =
  "GitHub OIDC: this job cannot request an ID token (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). " +
  "Fix: add 'permissions: id-token: write' to the job (or the workflow; a called reusable workflow needs it from its caller). " +
  "Pull requests from forks never get an ID token: validate them with 'validate-only: true' and build on push or workflow_dispatch.";

/**
 * `core.getIDToken`'s failure with the HTTP status it reports (`Error Code : 500`) as a field, so
 * the retry policy retries 5xx and network failures and not a 4xx refusal.
 */
async function idToken(audience: string): Promise<string> {
  try {
    return await core.getIDToken(audience);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ");
    const status = /Error Code : (\d{3})\b/.exec(message)?.[1];
    throw Object.assign(new Error(message), {
      ...(status ? { statusCode: Number(status), code: `HTTP${status}` } : {}),
      data: { Message: message },
    });
  }
}

/**
 * A `getIdToken(audience)` for the credential chain. It checks the token request variables first
 * (failing with {@link NO_ID_TOKEN_MESSAGE}), then calls `core.getIDToken`, retrying failures that
 * are not a 4xx refusal.
 */
export function githubIdToken(
  env: Record<string, string | undefined> = process.env,
  retry: Partial<RetryPolicy> = {},
): (audience: string) => Promise<string> {
  return async (audience: string) => {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
      throw new CredentialsError(NO_ID_TOKEN_MESSAGE);
    try {
      return await retryCall(() => idToken(audience), {
        product: "GitHub",
        action: "getIDToken",
        clientToken: randomUUID(),
        policy: { ...CREDENTIALS_RETRY, ...retry },
        onRetry: ({ attempt, delayMs, error }) =>
          core.warning(
            `Getting the GitHub OIDC token failed (attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}); retrying in ${delayMs} ms`,
          ),
      });
    } catch (err) {
      // The cloud hints (template fields, RAM actions) do not fit the runner's token service.
      if (err instanceof CloudError)
        throw new CredentialsError(
          `GitHub OIDC: getting the ID token failed${err.attempts > 1 ? ` after ${err.attempts} attempts` : ""}: ${err.apiMessage}`,
        );
      throw err;
    }
  };
}
