/**
 * Step 4, the VPC (Packer's stepConfigAlicloudVPC, through the VPC API): reuse `vpc_id`, or create
 * one (tagged at creation) and wait for it to be Available. Classic networking skips it.
 */
import * as $Vpc from "@alicloud/vpc20160428";
import { describeVpc, describeVSwitch } from "../../../cloud/describe.js";
import { waitForVpc } from "../../../cloud/waiters.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, deleteIgnoringNotFound, tagList } from "./util.js";

/** Codes DeleteVpc answers while the instance, vSwitch or group are still going away (Packer's list). */
export const DELETE_VPC_RETRY = [
  "DependencyViolation.Instance",
  "DependencyViolation.RouteEntry",
  "DependencyViolation.VSwitch",
  "DependencyViolation.SecurityGroup",
  "Forbbiden",
  "TaskConflict",
  "IncorrectVpcStatus",
];

/** The retry budget of deletes that wait out a dependency (about Packer's 36×5 s). */
export const DEPENDENCY_POLICY = {
  maxAttempts: 40,
  maxElapsedMs: 180_000,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
};

export const vpc: Step<AlicloudBuildContext> = {
  name: "vpc",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (c.networkType !== "vpc") return SKIPPED;
    let vpcId = c.vpcId;
    if (vpcId === "" && c.vswitchId !== "") {
      // A vSwitch names its VPC (Packer creates a new VPC here and then cannot find the vSwitch in it).
      const vsw = await describeVSwitch(cloud, c.vswitchId, { signal });
      if (!vsw?.vpcId) throw new Error(`The specified vswitch {${c.vswitchId}} doesn't exist.`);
      vpcId = vsw.vpcId;
    }
    if (vpcId !== "") {
      const found = await describeVpc(cloud, vpcId, { signal });
      if (!found) throw new Error(`The specified vpc {${vpcId}} doesn't exist.`);
      ctx.vpcId = vpcId;
      ctx.vpcCidr = found.cidrBlock;
      ctx.ui.say(`Using existing vpc: ${vpcId}`);
      return;
    }
    ctx.ui.say("Creating vpc...");
    const r = await cloud.vpc(
      "CreateVpc",
      (v, a) =>
        v.createVpc(
          new $Vpc.CreateVpcRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            ...(c.vpcCidrBlock ? { cidrBlock: c.vpcCidrBlock } : {}),
            ...(c.vpcName ? { vpcName: c.vpcName } : {}),
            tag: tagList(ctx.resourceTags, (kv) => new $Vpc.CreateVpcRequestTag(kv)),
          }),
        ),
      { signal },
    );
    const id = r.body?.vpcId;
    if (!id) throw new Error("CreateVpc returned no VpcId");
    ctx.ledger.add({ type: "vpc", id, region: cloud.region });
    ctx.vpcId = id;
    const w = await waitForVpc(cloud, id, { signal, ui: ctx.ui }).catch((err) => {
      throw new Error(
        `Failed waiting for vpc to become available: ${err instanceof Error ? err.message : err}`,
        {
          cause: err,
        },
      );
    });
    ctx.vpcCidr = w.resource?.cidrBlock;
    ctx.ui.message(`Created vpc: ${id}`);
  },
  async cleanup(ctx, outcome) {
    const id = ctx.vpcId;
    if (!id || !ctx.ledger.has("vpc", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "VPC"));
    try {
      await deleteIgnoringNotFound(() =>
        ctx.cloud.vpc(
          "DeleteVpc",
          (v) => v.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: ctx.cloud.region, vpcId: id })),
          { resource: `vpc ${id}`, retryCodes: DELETE_VPC_RETRY, policy: DEPENDENCY_POLICY },
        ),
      );
      ctx.ledger.remove("vpc", id);
    } catch (err) {
      throw new Error(
        `Error deleting vpc, it may still be around: ${err instanceof Error ? err.message : err}`,
        {
          cause: err,
        },
      );
    }
  },
};
