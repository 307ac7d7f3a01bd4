// Reachability at an instance's SSH server, judged at each connection as the cloud would: only the
// ports an ingress rule opens to the client's address, the rule of highest priority first, a
// private address only from inside the VPC; a refused connection is dropped (no banner: the client
// times out), and the connection is let through again as soon as the rules allow it.
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient } from "../services/clients.js";
import { type Launched, launch, REGION, run } from "./helpers.js";

let emu: Emulator;
let key: string;
let vm: Launched;
let port = 22;
const logs: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    profile: "zero",
    imds: false,
    tls: false,
    machines: { log: (l) => logs.push(l) },
  });
  const ecs = ecsClient(emu);
  const kp = await ecs.createKeyPair(new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "k1" }));
  key = kp.body!.privateKeyBody!;
  const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: REGION }));
  vm = await launch(emu, { securityGroupId: sg.body!.securityGroupId!, keyPairName: "k1" });
  port = emu.machines!.sshPort;
});
afterAll(async () => {
  await emu?.stop();
});

/** What a client sees within `ms`: the server's banner, or nothing (a dropped connection). */
function banner(host: string, ms = 1500): Promise<"answered" | "timed out"> {
  return new Promise((resolve) => {
    const c = new ssh2.Client();
    c.on("error", (e: Error) => resolve(/Timed out/.test(e.message) ? "timed out" : "answered"));
    c.on("ready", () => {
      c.end();
      resolve("answered");
    });
    c.on("handshake", () => {
      c.end();
      resolve("answered");
    });
    c.connect({ host, port, username: "root", privateKey: key, readyTimeout: ms });
  });
}

async function rule(p: { PortRange: string; SourceCidrIp: string; Policy?: string; Priority?: string }) {
  await ecsClient(emu).authorizeSecurityGroup(
    new $Ecs.AuthorizeSecurityGroupRequest({
      regionId: REGION,
      securityGroupId: vm.securityGroupId,
      ipProtocol: "tcp",
      portRange: p.PortRange,
      sourceCidrIp: p.SourceCidrIp,
      policy: p.Policy,
      priority: p.Priority,
    }),
  );
}

describe("reachability at the instance's SSH server", () => {
  it("a group without a rule for the port drops the connection: the client times out", async () => {
    expect(await banner(vm.ip)).toBe("timed out");
    expect(logs.join("\n")).toContain(
      `connection to ${vm.ip}:${port} dropped: no ingress rule of ${vm.securityGroupId}`,
    );
  });

  it("a rule for another port or another source does not open it", async () => {
    await rule({ PortRange: "443/443", SourceCidrIp: "0.0.0.0/0" });
    await rule({ PortRange: `${port}/${port}`, SourceCidrIp: "198.51.100.0/24" });
    expect(await banner(vm.ip)).toBe("timed out");
  });

  it("a rule covering the runner's address opens it; a drop rule of higher priority shuts it again", async () => {
    await rule({ PortRange: "1/65535", SourceCidrIp: "203.0.113.0/24", Priority: "10" });
    expect((await run(vm.ip, key, "echo in", port)).stdout).toBe("in\n");
    await rule({ PortRange: `${port}/${port}`, SourceCidrIp: "0.0.0.0/0", Policy: "drop", Priority: "5" });
    expect(await banner(vm.ip)).toBe("timed out");
    // a runner in 198.51.100.0/24 is let in by that rule, of priority 1, above the drop
    emu.machines!.setRunner({ publicAddress: "198.51.100.7" });
    expect(await banner(vm.ip)).toBe("answered");
  });

  it("the classic inner address takes no connection from the runner", async () => {
    emu.machines!.setRunner({ publicAddress: "203.0.113.10" });
    const inner = emu.model!.find("instance", vm.instanceId)!.innerIp!;
    expect(inner).toMatch(/^127\.12\./);
    expect(await banner(inner)).toBe("timed out");
    expect(logs.join("\n")).toContain(`${inner} is the classic-network inner address of ${vm.instanceId}`);
  });
});
