// The communicator and provisioners against an emulated ECS instance (emulator/machines: an SSH
// server per running instance): connect with the key pair the way the build does, run shell and
// file provisioners over scp and sftp, and live through a `reboot` with expect_disconnect, the next
// provisioner retrying its upload until the instance answers again.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import type { Communicator } from "../../src/communicator/communicator.js";
import { type CommunicatorConfig, decodeCommunicatorConfig } from "../../src/communicator/config.js";
import { connectSsh } from "../../src/communicator/connect.js";
import type { SshCommunicator } from "../../src/communicator/ssh.js";
import { runFileProvisioner } from "../../src/provisioners/file/run.js";
import { runShellProvisioner } from "../../src/provisioners/shell/run.js";
import type { ConfigObject } from "../../src/template/config/tree.js";
import { parseJson } from "../../src/template/json/parse.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { type Launched, launch, REGION, securityGroup } from "../emulator/machines/helpers.js";
import { $Ecs, ecsClient } from "../emulator/services/clients.js";
import { provisionContext } from "./runtime-helpers.js";

function decode(keys: Record<string, unknown>): CommunicatorConfig {
  const r = decodeCommunicatorConfig(parseJson(JSON.stringify(keys)) as ConfigObject, {
    file: "t.json",
    cwd: process.cwd(),
    env: {},
  });
  return r.config!;
}

const shell = (inline: string[], extra: Record<string, unknown> = {}) => ({
  inline,
  scripts: [],
  environmentVars: ["WHO=emulated"],
  envVarFormat: "%s='%s' ",
  executeCommand: "chmod +x {{.Path}}; {{.Vars}} {{.Path}}",
  inlineShebang: "/bin/sh -e",
  remoteFolder: "/tmp",
  remoteFile: "script_1.sh",
  remotePath: "/tmp/script_1.sh",
  useEnvVarFile: false,
  expectDisconnect: false,
  validExitCodes: [0],
  skipClean: false,
  startRetryTimeoutMs: 120_000,
  pauseAfterMs: 0,
  binary: false,
  ...extra,
});

describe("provisioners on an emulated instance", () => {
  let emu: Emulator;
  let vm: Launched;
  let key: string;
  beforeAll(async () => {
    emu = await startEmulator({ profile: "fast", imds: false, tls: false });
    const kp = await ecsClient(emu).createKeyPair(
      new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "prov" }),
    );
    key = kp.body!.privateKeyBody!;
    vm = await launch(emu, { securityGroupId: await securityGroup(emu), keyPairName: "prov" });
  }, 120_000);
  afterAll(async () => {
    await emu?.stop();
  });

  for (const method of ["scp", "sftp"] as const) {
    it(`runs shell and file provisioners (${method})`, async () => {
      const config = decode({ ssh_username: "root", ssh_file_transfer_method: method });
      const ui = new RecordingUi();
      const comm: SshCommunicator = await connectSsh(
        config,
        { host: vm.ip, privateKey: key, cwd: process.cwd(), env: {} },
        ui,
      );
      try {
        expect(ui.texts()).toEqual([
          `Using ssh communicator to connect: ${vm.ip}`,
          "Waiting for SSH to become available...",
          "Connected to SSH!",
        ]);
        const ctx = provisionContext(comm as Communicator);
        await runShellProvisioner(shell(['echo "hello $WHO from $(id -un)"', "mkdir -p /root/up"]), ctx);
        expect(ctx.ui.texts("message")).toEqual(["hello emulated from root"]);
        const local = mkdtempSync(join(tmpdir(), "image-build-emu-"));
        writeFileSync(join(local, "app.conf"), `method=${method}\n`);
        await runFileProvisioner(
          {
            sources: [join(local, "app.conf")],
            destination: "/root/up/",
            direction: "upload",
            generated: false,
          },
          provisionContext(comm),
        );
        expect(emu.machines!.readFile({ instanceId: vm.instanceId }, "/root/up/app.conf").toString()).toBe(
          `method=${method}\n`,
        );
      } finally {
        await comm.close();
      }
    }, 60_000);
  }

  it("lives through a reboot with expect_disconnect; the next provisioner waits for the instance", async () => {
    const comm = await connectSsh(
      decode({ ssh_username: "root" }),
      { host: vm.ip, privateKey: key, cwd: process.cwd(), env: {} },
      new RecordingUi(),
    );
    try {
      const first = provisionContext(comm);
      await runShellProvisioner(
        shell(["echo before > /root/marker", "reboot", "sleep 10"], { expectDisconnect: true }),
        first,
        { retryDelayMs: 500 },
      );
      const second = provisionContext(comm);
      await runShellProvisioner(shell(["cat /root/marker"]), second, { retryDelayMs: 500 });
      expect(second.ui.texts("message")).toEqual(["before"]);
    } finally {
      await comm.close();
    }
  }, 120_000);
});
