/**
 * Step 9, connect (Packer's communicator.StepConnect): waits for the communicator at the build's
 * address; `none` skips it. The connection is closed in cleanup.
 *
 * When the wait times out, the error says what to set, as far as the build can tell why the cloud
 * let no connection through: a private address that a runner outside the VPC cannot reach, or a
 * security group (given by `security_group_id`) that opens no ingress to the communicator's port.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { privatePathReason } from "./address.js";

const first = (list: { ipAddress?: string[] } | undefined) => list?.ipAddress?.find((a) => a !== "");

function portCovered(range: string, port: number): boolean {
  const m = /^(-?\d+)\/(-?\d+)$/.exec(range);
  if (!m) return false;
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  return (lo === -1 && hi === -1) || (port >= lo && port <= hi);
}

/** Whether the security group has an ingress accept rule for TCP `port` (from any source). */
async function opensPort(
  ctx: AlicloudBuildContext,
  groupId: string,
  port: number,
): Promise<boolean | undefined> {
  try {
    const r = await ctx.cloud.ecs(
      "DescribeSecurityGroupAttribute",
      (e) =>
        e.describeSecurityGroupAttribute(
          new $Ecs.DescribeSecurityGroupAttributeRequest({
            regionId: ctx.cloud.region,
            securityGroupId: groupId,
            direction: "ingress",
          }),
        ),
      { resource: `security group ${groupId}` },
    );
    return (r.body?.permissions?.permission ?? []).some((p) => {
      const proto = (p.ipProtocol ?? "").toLowerCase();
      return (
        (p.policy ?? "accept").toLowerCase() === "accept" &&
        (proto === "all" || (proto === "tcp" && portCovered(p.portRange ?? "", port)))
      );
    });
  } catch {
    return undefined; // the diagnosis is best effort: the timeout stays the error
  }
}

/** What to set when the communicator never answered, when the build can tell. */
export async function unreachableHint(ctx: AlicloudBuildContext): Promise<string | undefined> {
  const c = ctx.config;
  const inst = ctx.instance;
  const privateIp =
    c.networkType === "vpc" ? first(inst?.vpcAttributes?.privateIpAddress) : first(inst?.innerIpAddress);
  const port = c.comm.type === "winrm" ? c.comm.winrm.port || 5985 : c.comm.ssh.port || 22;
  const field = c.comm.type === "winrm" ? "winrm_port" : "ssh_port";
  if (ctx.host && ctx.host === privateIp) {
    const vpc = inst?.vpcAttributes?.vpcId || c.vpcId || "the instance's VPC";
    return (
      `${ctx.host} is the instance's private address (${privatePathReason(c)}); only a machine inside ${vpc} can reach it. ` +
      "On a runner outside the VPC (GitHub-hosted), remove associate_public_ip_address: false and ssh_private_ip so that the instance gets a public IP (or set associate_public_ip_address: true, or eip_id); " +
      `keep the private path only on a self-hosted runner inside ${vpc}.`
    );
  }
  if (c.securityGroupId !== "" && ctx.securityGroupId === c.securityGroupId) {
    if ((await opensPort(ctx, c.securityGroupId, port)) === false) {
      return (
        `Security group ${c.securityGroupId} (security_group_id) has no ingress rule that accepts TCP ${port} (${field}), so the cloud drops the connection. ` +
        `Add one for the runner's address (AuthorizeSecurityGroup tcp ${port}/${port}), or leave security_group_id unset so that the build creates a group that opens ${port}.`
      );
    }
  }
  return undefined;
}

export const connect: Step<AlicloudBuildContext> = {
  name: "connect",
  async run(ctx, signal) {
    if (ctx.config.comm.type === "none") return SKIPPED;
    if (!ctx.host) {
      throw Object.assign(new Error("The instance has no address to connect to"), {
        hint: "Give the instance an address the build can reach: leave associate_public_ip_address unset (a public IP from RunInstances) or set it to true, give eip_id, or set ssh_private_ip when the build runs inside the VPC.",
      });
    }
    const connect = ctx.hooks.connect;
    if (!connect) throw new Error(`The ${ctx.config.comm.type} communicator is not available in this build`);
    try {
      ctx.communicator = await connect(
        { comm: ctx.config.comm, host: ctx.host, privateKey: ctx.privateKey, ui: ctx.ui },
        signal,
      );
    } catch (err) {
      if (err instanceof Error && /^Timeout waiting for (SSH|WinRM)/.test(err.message) && !signal.aborted) {
        const hint = await unreachableHint(ctx);
        if (hint) Object.assign(err, { hint });
      }
      throw err;
    }
  },
  async cleanup(ctx) {
    const comm = ctx.communicator;
    ctx.communicator = undefined;
    await comm?.close();
  },
};
