/**
 * `ssh_clear_authorized_keys` (packer-plugin-sdk's StepCleanupTempKeys): before the image is made,
 * remove the temporary key's line (`… <temporary_key_pair_name>`) from the user's and root's
 * authorized_keys. Failures are ignored, as in Packer.
 */
import type { Ui } from "../ui/ui.js";
import type { Communicator } from "./communicator.js";
import type { CommunicatorConfig } from "./config.js";
import { runWithUi } from "./remote-cmd.js";

/** The two commands Packer runs for a temporary key pair name. */
export function clearAuthorizedKeysCommands(keyPairName: string): string[] {
  return [
    `sed -i.bak '/ ${keyPairName}$/d' ~/.ssh/authorized_keys; rm ~/.ssh/authorized_keys.bak`,
    `sudo sed -i.bak '/ ${keyPairName}$/d' /root/.ssh/authorized_keys; sudo rm /root/.ssh/authorized_keys.bak`,
  ];
}

/**
 * Runs the cleanup when `ssh_clear_authorized_keys` is set, the communicator is ssh and a temporary
 * key pair name is known; says "Trying to remove ephemeral keys from authorized_keys files".
 */
export async function clearAuthorizedKeys(
  config: CommunicatorConfig,
  comm: Communicator,
  ui: Ui,
  signal?: AbortSignal,
): Promise<void> {
  if (!config.ssh.clearAuthorizedKeys || config.type !== "ssh" || config.ssh.temporaryKeyPairName === "")
    return;
  ui.say("Trying to remove ephemeral keys from authorized_keys files");
  for (const command of clearAuthorizedKeysCommands(config.ssh.temporaryKeyPairName)) {
    try {
      await runWithUi(comm, command, ui, signal);
    } catch {
      // Packer only logs this.
    }
  }
}
