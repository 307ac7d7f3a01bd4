/**
 * Step 6, the security group (Packer's stepConfigAlicloudSecurityGroup): reuse
 * `security_group_id`, or create one (tagged at creation) whose only ingress rule opens the
 * communicator's port (22, or the WinRM port) to 0.0.0.0/0; Packer opens every port. A new group
 * already allows all egress, so no egress call is made. `none` opens nothing.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { systemClock } from "../../../cloud/clock.js";
import { describeSecurityGroup } from "../../../cloud/describe.js";
import { dependencyPacing, TYPICAL_MS } from "../../../cloud/waiters.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, deleteIgnoringNotFound, tagList } from "./util.js";

/** The port the communicator connects to, or undefined for `none`. */
export function communicatorPort(ctx: AlicloudBuildContext): number | undefined {
  const comm = ctx.config.comm;
  if (comm.type === "ssh") return comm.ssh.port;
  if (comm.type === "winrm") return comm.winrm.port;
  return undefined;
}

export const securityGroup: Step<AlicloudBuildContext> = {
  name: "security group",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (c.securityGroupId !== "") {
      const found = await describeSecurityGroup(cloud, c.securityGroupId, { signal });
      if (!found || (c.networkType === "vpc" && (found.vpcId ?? "") !== (ctx.vpcId ?? ""))) {
        throw new Error(`The specified security group {${c.securityGroupId}} doesn't exist.`);
      }
      ctx.securityGroupId = c.securityGroupId;
      ctx.ui.say(`Using existing security group: ${c.securityGroupId}`);
      return;
    }
    ctx.ui.say("Creating security group...");
    const r = await cloud.ecs(
      "CreateSecurityGroup",
      (e, a) =>
        e.createSecurityGroup(
          new $Ecs.CreateSecurityGroupRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            ...(c.securityGroupName ? { securityGroupName: c.securityGroupName } : {}),
            ...(c.networkType === "vpc" ? { vpcId: ctx.vpcId } : {}),
            description: `Temporary security group of image-build run ${ctx.runId}`,
            tag: tagList(ctx.resourceTags, (kv) => new $Ecs.CreateSecurityGroupRequestTag(kv)),
          }),
        ),
      { ...(ctx.vpcId ? { resource: `security group in vpc ${ctx.vpcId}` } : {}), signal },
    );
    const id = r.body?.securityGroupId;
    if (!id) throw new Error("CreateSecurityGroup returned no SecurityGroupId");
    ctx.ledger.add({ type: "security-group", id, region: cloud.region });
    ctx.securityGroupId = id;
    const port = communicatorPort(ctx);
    if (port !== undefined) {
      await cloud.ecs(
        "AuthorizeSecurityGroup",
        (e) =>
          e.authorizeSecurityGroup(
            new $Ecs.AuthorizeSecurityGroupRequest({
              regionId: cloud.region,
              securityGroupId: id,
              ipProtocol: "tcp",
              portRange: `${port}/${port}`,
              sourceCidrIp: "0.0.0.0/0",
              description: `${c.comm.type} communicator of image-build`,
            }),
          ),
        { resource: `security group ${id}`, signal },
      );
      ctx.ui.message(`Created security group ${id} (ingress: tcp ${port} from 0.0.0.0/0)`);
    } else {
      ctx.ui.message(`Created security group ${id} (no ingress: communicator none)`);
    }
  },
  async cleanup(ctx, outcome) {
    const id = ctx.securityGroupId;
    if (!id || !ctx.ledger.has("security-group", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "security group"));
    // In use until the deleted instance's network is released: the first try is aimed at that.
    const pacing = dependencyPacing(ctx.cloud, TYPICAL_MS.instanceDeleted, ctx.instanceDeletedAt);
    try {
      if (pacing.delayMs > 0) await systemClock.sleep(pacing.delayMs);
      await deleteIgnoringNotFound(() =>
        ctx.cloud.ecs(
          "DeleteSecurityGroup",
          (e) =>
            e.deleteSecurityGroup(
              new $Ecs.DeleteSecurityGroupRequest({ regionId: ctx.cloud.region, securityGroupId: id }),
            ),
          {
            resource: `security group ${id}`,
            retryCodes: ["DependencyViolation"],
            policy: pacing.policy,
          },
        ),
      );
      ctx.ledger.remove("security-group", id);
    } catch (err) {
      throw new Error(
        `Failed to delete security group, it may still be around: ${err instanceof Error ? err.message : err}`,
        { cause: err },
      );
    }
  },
};
