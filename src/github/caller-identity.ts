/**
 * Who the build runs as: one STS GetCallerIdentity with the resolved credentials (the STS client
 * and endpoint the credential chain used), logged and set as the outputs `account-id` and
 * `caller-arn`. With `mask-account-id: true` both are registered as secrets first, so the log and
 * later steps show `***` (as configure-aws-credentials' `mask-aws-account-id` does).
 */
import * as core from "@actions/core";
import { type CallerIdentity, type ResolvedCredentials, StsClient } from "../credentials/index.js";
import { messageText } from "../pipeline/failure.js";
import { booleanInput } from "./inputs.js";
import { addMask } from "./mask.js";

/**
 * Reads `mask-account-id`, asks STS who the credentials belong to and sets the outputs. A failed
 * call is a warning (the outputs stay unset): the build does not depend on it.
 */
export async function reportCallerIdentity(
  credentials: ResolvedCredentials,
): Promise<CallerIdentity | undefined> {
  const mask = booleanInput("mask-account-id", false);
  const sts = new StsClient({ endpoint: credentials.stsEndpoint, mask: (s) => addMask(s) });
  let identity: CallerIdentity;
  try {
    identity = await sts.getCallerIdentity(() => credentials.keys());
  } catch (err) {
    core.warning(
      `Could not tell who the credentials belong to (STS GetCallerIdentity at ${credentials.stsEndpoint}): ${messageText(err)}. The outputs account-id and caller-arn are not set.`,
    );
    return undefined;
  }
  if (mask) {
    addMask(identity.accountId);
    addMask(identity.arn);
  }
  core.info(`Caller: ${identity.arn} (account ${identity.accountId}, ${identity.identityType})`);
  core.setOutput("account-id", identity.accountId);
  core.setOutput("caller-arn", identity.arn);
  return identity;
}
