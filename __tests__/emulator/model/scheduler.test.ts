// The transition scheduler: timers advance state without a read (and tell listeners), never keep
// the process alive (unref'd), and stop on close().
import { describe, expect, it } from "vitest";
import { createModel } from "../../../emulator/model/index.js";
import { createInstance } from "../../../emulator/model/instances.js";
import { allocateEip, associateEip } from "../../../emulator/model/network.js";
import { createSecurityGroup } from "../../../emulator/model/security-groups.js";
import { createProfile } from "../../../emulator/profiles.js";

const s = { accountId: "1234567890123456", regionId: "cn-hangzhou" };

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

describe("scheduler", () => {
  it("moves an instance to Running on its own and reports it, with unref'd timers", async () => {
    const model = createModel({ profile: createProfile("fast") });
    const st = model.state;
    const seen: string[] = [];
    const addresses: string[][] = [];
    model.events.on("instance.state", (e) => seen.push(e.to));
    model.events.on("instance.addresses", (e) => addresses.push(e.addresses));
    const sg = createSecurityGroup(st, s, {});
    const inst = createInstance(st, s, {
      imageId: "ubuntu_18_04_64_20G_alibase_20190509.vhd",
      instanceType: "ecs.n1.tiny",
      securityGroupIds: [sg.id],
      internetMaxBandwidthOut: 1,
      password: "Passw0rd!",
      run: true,
    });
    expect(addresses[0]).toEqual([inst.innerIp, inst.publicIp]);
    await new Promise<void>((resolve) => {
      model.events.on("instance.state", (e) => e.to === "Running" && resolve());
    });
    expect(seen).toEqual(["Pending", "Starting", "Running"]);
    expect(model.password(inst.id)).toBe("Passw0rd!");
    model.close();
  });

  it("close() leaves no timer behind, even with a transition pending", () => {
    const before = timers();
    const model = createModel({ profile: createProfile("realistic") });
    const st = model.state;
    const e = allocateEip(st, s, {});
    const sg = createSecurityGroup(st, s, {});
    createInstance(st, s, {
      imageId: "ubuntu_18_04_64_20G_alibase_20190509.vhd",
      instanceType: "ecs.n1.tiny",
      securityGroupIds: [sg.id],
      run: false,
    });
    // The pending transition has a timer, but an unref'd one: it does not count as keeping the loop alive.
    expect((st as unknown as { timer?: unknown }).timer).toBeDefined();
    expect(timers()).toBe(before);
    model.close();
    expect((st as unknown as { timer?: unknown }).timer).toBeUndefined();
    expect(timers()).toBe(before);
    expect(e.status).toBe("Available");
    expect(() => associateEip(st, s, e.id, "i-missing")).toThrow(/does not exist/);
  });
});
