// The emulator's reachability verdict (emulator/model/reachability.ts): VPC membership, port,
// source CIDR, priority, drop before accept, and no rule means drop.
import { describe, expect, it } from "vitest";
import { CloudModel } from "../../../emulator/model/index.js";
import { reach } from "../../../emulator/model/reachability.js";
import { createProfile } from "../../../emulator/profiles.js";

describe("reachability verdict", () => {
  it("the verdict: VPC membership, port, source CIDR, priority and drop-before-accept", async () => {
    const st = new CloudModel({ profile: createProfile("zero") }).state;
    const rules = (policy: string, priority: string, cidr: string) => ({
      ruleId: "r",
      direction: "ingress" as const,
      ipProtocol: "TCP",
      portRange: "22/22",
      sourceCidrIp: cidr,
      destCidrIp: "",
      sourceGroupId: "",
      destGroupId: "",
      policy,
      priority,
      nicType: "intranet",
      description: "",
      createdAt: 0,
    });
    const group = (r: ReturnType<typeof rules>[]) => ({
      kind: "securitygroup" as const,
      id: "sg-test-reach",
      accountId: "a",
      regionId: "cn-hangzhou",
      createdAt: 0,
      tags: {},
      status: "Available" as const,
      name: "",
      description: "",
      vpcId: "vpc-1",
      securityGroupType: "normal",
      rules: r,
      resourceGroupId: "",
    });
    const inst = {
      id: "i-test-reach",
      networkType: "vpc",
      vpcId: "vpc-1",
      privateIp: "127.20.9.9",
      publicIp: "127.10.9.9",
      securityGroupIds: ["sg-test-reach"],
    } as unknown as Parameters<typeof reach>[1];
    const runner = { publicAddress: "203.0.113.10" };
    const store = st.store("securitygroup");
    store.set("sg-test-reach", group([rules("accept", "1", "0.0.0.0/0")]));
    expect(reach(st, inst, "127.10.9.9", 22, runner).ok).toBe(true);
    expect(reach(st, inst, "127.10.9.9", 2222, runner).ok).toBe(false);
    expect(reach(st, inst, "127.20.9.9", 22, runner).ok).toBe(false);
    expect(reach(st, inst, "127.20.9.9", 22, { ...runner, vpcId: "vpc-1" }).ok).toBe(true);
    expect(reach(st, inst, "127.20.9.9", 22, { ...runner, vpcId: "vpc-2" }).ok).toBe(false);
    store.set(
      "sg-test-reach",
      group([rules("accept", "2", "0.0.0.0/0"), rules("drop", "1", "203.0.113.0/24")]),
    );
    expect(reach(st, inst, "127.10.9.9", 22, runner)).toEqual({
      ok: false,
      reason:
        "security group rule sg-test-reach TCP 22/22 from 203.0.113.0/24 drop drops TCP 22 from 203.0.113.10",
    });
    expect(reach(st, inst, "127.10.9.9", 22, { publicAddress: "198.51.100.1" }).ok).toBe(true);
    store.set("sg-test-reach", group([rules("accept", "1", "0.0.0.0/0"), rules("drop", "1", "0.0.0.0/0")]));
    expect(reach(st, inst, "127.10.9.9", 22, runner).ok).toBe(false);
    store.set("sg-test-reach", group([]));
    expect(reach(st, inst, "127.10.9.9", 22, runner)).toEqual({
      ok: false,
      reason: "no ingress rule of sg-test-reach opens TCP 22 to 203.0.113.10",
    });
  });
});
