// The network path as the cloud has it, built through the real engine against the emulator with
// reachability enforced: the private path from outside the VPC fails at connect with a message that
// says what to set, and works from a runner inside the VPC; an existing security group that does
// not open the SSH port fails at connect with a clear message and leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { provisioningHooks } from "../../src/engine/provisioning.js";
import { builder, buildTemplate } from "../builders/alicloud-ecs/helpers.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "../emulator/services/clients.js";

let emu: Emulator;
let sshPort = 22;
/** The user's own VPC and vSwitch (they exist before any build). */
let vpcId = "";
let vswitchId = "";

beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
  sshPort = emu.machines!.sshPort;
  const vpc = vpcClient(emu);
  const v = await vpc.createVpc(
    new $Vpc.CreateVpcRequest({ regionId: "cn-hangzhou", cidrBlock: "10.8.0.0/16" }),
  );
  vpcId = v.body!.vpcId!;
  await waitFor(async () => {
    const d = await vpc.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: "cn-hangzhou", vpcId }));
    return d.body?.vpcs?.vpc?.[0]?.status === "Available";
  });
  const sw = await vpc.createVSwitch(
    new $Vpc.CreateVSwitchRequest({
      regionId: "cn-hangzhou",
      vpcId,
      zoneId: "cn-hangzhou-h",
      cidrBlock: "10.8.1.0/24",
    }),
  );
  vswitchId = sw.body!.vSwitchId!;
});
afterAll(async () => {
  await emu?.stop();
});

/** An SSH build with one shell provisioner; `extra` adds builder keys. */
async function sshBuild(name: string, extra: Record<string, unknown>) {
  const runId = `reach-${name}`;
  const r = await buildTemplate(
    emu,
    {
      builders: [
        builder({
          image_name: `reach-${name}`,
          communicator: "ssh",
          ssh_username: "root",
          ssh_port: sshPort,
          ssh_timeout: "4s",
          ...extra,
        }),
      ],
      provisioners: [{ type: "shell", inline: ["echo reached > /root/reached"] }],
    },
    {
      runId,
      provisioning: provisioningHooks({
        runId,
        cwd: process.cwd(),
        env: {},
        sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
      }),
    },
  );
  return { ...r, log: r.ui.lines.map((l) => l.text).join("\n") };
}

/** Temporary resources created since `since` (images and their snapshots excluded). */
const leaksSince = (since: string) => emu.leakCheck({ since, ignoreImages: true });

describe("reachability enforced", () => {
  it("a template without public-address fields gets the public IP of RunInstances and builds (no EIP)", async () => {
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const r = await sshBuild("default", { internet_charge_type: "PayByBandwidth" });
    expect(r.ok, r.log).toBe(true);
    expect(r.log).toMatch(/Using public ip address 127\.10\.\d+\.\d+\./);
    expect(r.log).toContain("Neither associate_public_ip_address nor ssh_private_ip is set");
    const calls = emu.calls({ sinceSeq: seq });
    const run = calls.find((c) => c.action === "RunInstances")!;
    expect(run.params.InternetMaxBandwidthOut).toBe("5");
    expect(run.params.InternetChargeType).toBe("PayByBandwidth");
    expect(calls.filter((c) => /Eip/.test(c.action ?? ""))).toEqual([]);
  });

  it("associate_public_ip_address: false from outside the VPC fails at connect saying what to set", async () => {
    const since = new Date().toISOString();
    const r = await sshBuild("private-outside", {
      associate_public_ip_address: false,
      vpc_id: vpcId,
      vswitch_id: vswitchId,
    });
    expect(r.ok).toBe(false);
    const b = r.builds[0];
    expect(b.failedStep).toBe("connect");
    const message = (b.error as Error).message;
    expect(message).toMatch(
      /^Step "connect" failed: Timeout waiting for SSH\. What to do: 127\.[\d.]+ is the instance's private address \(associate_public_ip_address is false\); only a machine inside vpc-\w+ can reach it\./,
    );
    expect(message).toContain("remove associate_public_ip_address: false and ssh_private_ip");
    expect(message).toContain("self-hosted runner inside");
    // the RunInstances call asked for no public address
    expect(r.log).toContain("associate_public_ip_address is false: connecting to the private address");
    expect(leaksSince(since)).toEqual([]);
  });

  it("ssh_private_ip: true succeeds with the client placed inside the VPC", async () => {
    const since = new Date().toISOString();
    emu.machines!.setRunner({ vpcId });
    try {
      const r = await sshBuild("private-inside", {
        ssh_private_ip: true,
        vpc_id: vpcId,
        vswitch_id: vswitchId,
      });
      expect(r.ok, r.log).toBe(true);
      expect(r.log).toMatch(/Using private ip address 127\.2\d\.\d+\.\d+\./);
      expect(r.log).toContain("Connected to SSH!");
      const imageId = r.builds[0].images["cn-hangzhou"];
      expect(emu.machines!.readFile({ imageId }, "/root/reached").toString()).toBe("reached\n");
      expect(leaksSince(since)).toEqual([]);
    } finally {
      emu.machines!.setRunner({ vpcId: undefined });
    }
  });

  it("an existing security group without the SSH port fails at connect, clearly, and leaves nothing behind", async () => {
    const ecs = ecsClient(emu);
    const sg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: "cn-hangzhou", vpcId }),
    );
    const groupId = sg.body!.securityGroupId!;
    // HTTPS only: not the SSH port
    await ecs.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: "cn-hangzhou",
        securityGroupId: groupId,
        ipProtocol: "tcp",
        portRange: "443/443",
        sourceCidrIp: "0.0.0.0/0",
      }),
    );
    const since = new Date().toISOString();
    const r = await sshBuild("closed-group", {
      security_group_id: groupId,
      vpc_id: vpcId,
      vswitch_id: vswitchId,
    });
    expect(r.ok).toBe(false);
    const b = r.builds[0];
    expect(b.failedStep).toBe("connect");
    const message = (b.error as Error).message;
    expect(message).toContain("Timeout waiting for SSH.");
    expect(message).toContain(
      `Security group ${groupId} (security_group_id) has no ingress rule that accepts TCP ${sshPort} (ssh_port), so the cloud drops the connection.`,
    );
    expect(message).toContain("leave security_group_id unset");
    expect(r.log).toMatch(/Using public ip address 127\.10\./);
    expect(b.leftBehind).toEqual([]);
    expect(leaksSince(since)).toEqual([]);
    // the user's group is theirs: still there, unchanged
    const d = await ecs.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: "cn-hangzhou", securityGroupId: groupId }),
    );
    expect(d.body!.permissions!.permission!.map((p) => p.portRange)).toEqual(["443/443"]);
  });
});
