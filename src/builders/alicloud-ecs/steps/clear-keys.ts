/**
 * After provisioning, `ssh_clear_authorized_keys` removes the temporary key from the machine's
 * authorized_keys (Packer's StepCleanupTempKeys), so the image does not trust it.
 */
import { clearAuthorizedKeys } from "../../../communicator/clear-keys.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const clearTemporaryKeys: Step<AlicloudBuildContext> = {
  name: "clear temporary keys",
  async run(ctx, signal) {
    const comm = ctx.config.comm;
    if (!ctx.communicator || !comm.ssh.clearAuthorizedKeys || comm.ssh.temporaryKeyPairName === "")
      return SKIPPED;
    await clearAuthorizedKeys(comm, ctx.communicator, ctx.ui, signal);
  },
};
