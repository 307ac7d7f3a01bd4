// Where no sandbox can be built, an instance still answers SSH but refuses to run commands, with a
// message saying why and how to opt in; opting in runs them unconfined on the host.
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient } from "../services/clients.js";
import { launch, REGION, run, securityGroup } from "./helpers.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

async function start(sandbox: "auto" | "unconfined") {
  emu = await startEmulator({
    profile: "zero",
    imds: false,
    tls: false,
    machines: { bwrapPath: "/nonexistent/bwrap", sandbox },
  });
  const kp = await ecsClient(emu).createKeyPair(
    new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "kp-n" }),
  );
  const vm = await launch(emu, { securityGroupId: await securityGroup(emu), keyPairName: "kp-n" });
  return { emu, vm, key: kp.body!.privateKeyBody! };
}

describe("without bubblewrap", () => {
  it("refuses to run commands, saying why and how to opt in", async () => {
    const { emu, vm, key } = await start("auto");
    expect(emu.machines!.sandboxMode).toBeUndefined();
    const r = await run(vm.ip, key, "touch /tmp/should-not-exist");
    expect(r.code).toBe(126);
    expect(r.stderr).toContain(
      "no sandbox to run this instance's commands in (bubblewrap (bwrap) is not installed",
    );
    expect(r.stderr).toContain("IMAGE_BUILD_EMULATOR_UNCONFINED=1");
    const m = (await (await fetch(`${emu.endpoints.controlUrl}/_emulator/machines`)).json()) as {
      sandbox: unknown;
    };
    expect(m.sandbox).toBeNull();
  });

  it("runs them unconfined on the host when explicitly asked", async () => {
    const { emu, vm, key } = await start("unconfined");
    expect(emu.machines!.sandboxMode).toBe("unconfined");
    expect(await run(vm.ip, key, "echo $((6 * 7)); exit 3")).toMatchObject({ stdout: "42\n", code: 3 });
  });
});
