// Child process of no-binding.test.ts (run with no-sshcrypto.cjs preloaded): an emulator with one
// instance whose SSH server runs on ssh2's JavaScript crypto. Prints one JSON line (the instance's
// address, SSH port, private key and whether ssh2 loaded its binding), then stops when stdin ends.
import { createRequire } from "node:module";
import { startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient } from "../services/clients.js";
import { launch, REGION, securityGroup } from "./helpers.js";

const require = createRequire(import.meta.url);
const { bindingAvailable } = require("ssh2/lib/protocol/crypto.js") as { bindingAvailable: boolean };

const emu = await startEmulator({ profile: "zero", imds: false, tls: false });
const stop = () => void emu.stop().finally(() => process.exit(0));
process.stdin.on("end", stop).on("error", stop).resume();
const kp = await ecsClient(emu).createKeyPair(
  new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "kp-js-crypto" }),
);
const vm = await launch(emu, { securityGroupId: await securityGroup(emu), keyPairName: "kp-js-crypto" });
process.stdout.write(
  `${JSON.stringify({ host: vm.ip, port: emu.machines!.sshPort, key: kp.body!.privateKeyBody, bindingAvailable })}\n`,
);
