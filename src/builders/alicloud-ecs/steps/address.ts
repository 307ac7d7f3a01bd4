/**
 * Step 8, the address the communicator connects to (Packer's stepConfigAlicloudEIP /
 * stepConfigAlicloudPublicIP): the private IP with `ssh_private_ip`; the given `eip_id`
 * (associated when `associate_public_ip_address`, as Packer does); else the public IP RunInstances
 * gave. A VPC build with no public address falls back to the private IP (Packer dials ":22").
 */
import * as $Vpc from "@alicloud/vpc20160428";
import { describeEip, describeInstance } from "../../../cloud/describe.js";
import { waitForEip } from "../../../cloud/waiters.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, messageOf } from "./util.js";

const first = (list: { ipAddress?: string[] } | undefined) => list?.ipAddress?.find((a) => a !== "");

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
    if (c.sshPrivateIp) {
      if (!privateIp) throw new Error("Failed to get private ip of instance");
      ctx.host = privateIp;
      ctx.ui.say(`Using private ip address ${privateIp}.`);
      return;
    }
    if (c.networkType === "vpc" && c.eipId !== "") {
      const eip = await describeEip(cloud, c.eipId, { signal });
      if (!eip) throw new Error(`The specified EIP {${c.eipId}} doesn't exist.`);
      if (c.associatePublicIpAddress) {
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
      return;
    }
    ctx.host = privateIp;
    if (privateIp && c.comm.type !== "none") {
      ctx.ui.message(
        `No public address (associate_public_ip_address is not set): connecting to the private ip ${privateIp}.`,
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
