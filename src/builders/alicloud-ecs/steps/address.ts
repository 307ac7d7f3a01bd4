/**
 * Step 8, the address the communicator connects to (Packer's stepConfigAlicloudEIP /
 * stepConfigAlicloudPublicIP). Reachable by default, as Packer 1.6.6 was: with neither
 * `associate_public_ip_address` nor `ssh_private_ip` written, the instance has the public IP that
 * RunInstances gave it (no EIP, no extra call) and the build connects there, so a runner outside
 * the VPC (a GitHub-hosted runner) reaches it. `ssh_private_ip: true` or
 * `associate_public_ip_address: false` keep the private path (a runner inside the VPC); `eip_id`
 * uses that EIP (associated unless `associate_public_ip_address: false`). The log says which
 * address is used and why.
 */
import * as $Vpc from "@alicloud/vpc20160428";
import { describeEip, describeInstance } from "../../../cloud/describe.js";
import { waitForEip } from "../../../cloud/waiters.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudEcsConfig } from "../config.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, messageOf } from "./util.js";

const first = (list: { ipAddress?: string[] } | undefined) => list?.ipAddress?.find((a) => a !== "");

/** Whether RunInstances gives the instance a public IP (with bandwidth) in VPC networking. */
export function wantsPublicIp(c: AlicloudEcsConfig): boolean {
  if (c.eipId !== "") return false;
  if (c.associatePublicIpAddress !== undefined) return c.associatePublicIpAddress;
  return c.sshPrivateIp !== true && c.comm.type !== "none";
}

/** Why the private address is the one used (for the log and for connect's hint). */
export function privatePathReason(c: AlicloudEcsConfig): string {
  if (c.sshPrivateIp === true) return "ssh_private_ip is true";
  if (c.associatePublicIpAddress === false) return "associate_public_ip_address is false";
  return "the instance has no public address";
}

export const address: Step<AlicloudBuildContext> = {
  name: "address",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    const inst =
      ctx.instance ??
      (ctx.instanceId ? await describeInstance(cloud, ctx.instanceId, { signal }) : undefined);
    const privateIp =
      c.networkType === "vpc" ? first(inst?.vpcAttributes?.privateIpAddress) : first(inst?.innerIpAddress);
    const publicIp = first(inst?.publicIpAddress);
    if (c.sshPrivateIp === true) {
      if (!privateIp) throw new Error("Failed to get private ip of instance");
      ctx.host = privateIp;
      ctx.ui.say(`Using private ip address ${privateIp}.`);
      ctx.ui.message(
        `ssh_private_ip is true: connecting to the private address, which only a runner inside ${inst?.vpcAttributes?.vpcId || "the instance's network"} reaches.`,
      );
      return;
    }
    if (c.networkType === "vpc" && c.eipId !== "") {
      const eip = await describeEip(cloud, c.eipId, { signal });
      if (!eip) throw new Error(`The specified EIP {${c.eipId}} doesn't exist.`);
      if (c.associatePublicIpAddress !== false) {
        ctx.ui.say(`Associating eip ${c.eipId} with instance ${ctx.instanceId}...`);
        await cloud.vpc(
          "AssociateEipAddress",
          (v) =>
            v.associateEipAddress(
              new $Vpc.AssociateEipAddressRequest({
                regionId: cloud.region,
                allocationId: c.eipId,
                instanceId: ctx.instanceId,
              }),
            ),
          { resource: `eip ${c.eipId}`, signal },
        );
        ctx.eipAllocationId = c.eipId;
        ctx.ledger.add({
          type: "eip-association",
          id: c.eipId,
          region: cloud.region,
          meta: { instanceId: ctx.instanceId ?? "" },
        });
        await waitForEip(cloud, c.eipId, "InUse", { signal, ui: ctx.ui });
      }
      ctx.host = eip.ipAddress;
      ctx.ui.say(`Allocated eip: ${eip.ipAddress}`);
      return;
    }
    if (publicIp) {
      ctx.host = publicIp;
      ctx.ui.say(`Using public ip address ${publicIp}.`);
      if (c.networkType === "vpc" && c.comm.type !== "none") {
        ctx.ui.message(
          c.associatePublicIpAddress === true
            ? "associate_public_ip_address is true: connecting to the public IP RunInstances assigned."
            : "Neither associate_public_ip_address nor ssh_private_ip is set: the instance got a public IP from RunInstances (as Packer 1.6.6 gave it an address), so a runner outside the VPC reaches it.",
        );
      }
      return;
    }
    ctx.host = privateIp;
    if (privateIp && c.comm.type !== "none") {
      ctx.ui.say(`Using private ip address ${privateIp}.`);
      ctx.ui.message(
        `${privatePathReason(c)}: connecting to the private address, which only a runner inside ${inst?.vpcAttributes?.vpcId || "the instance's network"} reaches.`,
      );
    }
  },
  async cleanup(ctx, outcome) {
    const id = ctx.eipAllocationId;
    if (!id || !ctx.ledger.has("eip-association", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "EIP association"));
    try {
      await ctx.cloud.vpc(
        "UnassociateEipAddress",
        (v) =>
          v.unassociateEipAddress(
            new $Vpc.UnassociateEipAddressRequest({
              regionId: ctx.cloud.region,
              allocationId: id,
              instanceId: ctx.instanceId,
            }),
          ),
        { resource: `eip ${id}` },
      );
      await waitForEip(ctx.cloud, id, "Available", { ui: ctx.ui });
      ctx.ledger.remove("eip-association", id);
    } catch (err) {
      throw new Error(`Failed to unassociate eip ${id}: ${messageOf(err)}`, { cause: err });
    }
  },
};
