// ssh_clear_authorized_keys: Packer's two sed commands, only for ssh with a temporary key pair name.
// (A recording communicator: the commands would edit this machine's own authorized_keys.)
import { describe, expect, it } from "vitest";
import { clearAuthorizedKeys, clearAuthorizedKeysCommands } from "../../src/communicator/clear-keys.js";
import type { Communicator } from "../../src/communicator/communicator.js";
import type { CommunicatorConfig } from "../../src/communicator/config.js";
import { RecordingUi } from "../../src/ui/recording.js";

function recorder(status = 0) {
  const commands: string[] = [];
  const comm = {
    start: async (c: string) => {
      commands.push(c);
      return status;
    },
  } as unknown as Communicator;
  return { comm, commands };
}

const config = (clear: boolean, name: string, type: CommunicatorConfig["type"] = "ssh") =>
  ({ type, ssh: { clearAuthorizedKeys: clear, temporaryKeyPairName: name } }) as CommunicatorConfig;

describe("ssh_clear_authorized_keys", () => {
  it("runs Packer's commands for the temporary key pair", async () => {
    const { comm, commands } = recorder(1);
    const ui = new RecordingUi();
    await clearAuthorizedKeys(config(true, "packer_abc"), comm, ui);
    expect(ui.texts()).toEqual(["Trying to remove ephemeral keys from authorized_keys files"]);
    expect(commands).toEqual([
      "sed -i.bak '/ packer_abc$/d' ~/.ssh/authorized_keys; rm ~/.ssh/authorized_keys.bak",
      "sudo sed -i.bak '/ packer_abc$/d' /root/.ssh/authorized_keys; sudo rm /root/.ssh/authorized_keys.bak",
    ]);
    expect(clearAuthorizedKeysCommands("k")).toHaveLength(2);
  });

  it("does nothing unless asked, for ssh, with a temporary key pair", async () => {
    for (const c of [config(false, "k"), config(true, ""), config(true, "k", "winrm")]) {
      const { comm, commands } = recorder();
      const ui = new RecordingUi();
      await clearAuthorizedKeys(c, comm, ui);
      expect(commands).toEqual([]);
      expect(ui.lines).toEqual([]);
    }
  });
});
