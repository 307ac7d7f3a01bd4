/**
 * Step 7, the instance. One RunInstances call starts it with the key pair, password and user data
 * in place at first boot, tagged (run_tags plus the run's tags, disks included), with a public IP
 * unless the template keeps the private path or gives an `eip_id` (address.ts `wantsPublicIp`;
 * `internet_max_bandwidth_out`, default 5 Mbit/s, and `internet_charge_type`) (Packer: CreateInstance,
 * AllocateEipAddress, AssociateEipAddress, AttachKeyPair, StartInstance). When the zone has no
 * stock, the next zone with stock is tried (moving the vSwitch we created). Data disks are deleted
 * with the instance unless the template says otherwise (Packer keeps them by default).
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { waitForInstance } from "../../../cloud/waiters.js";
import { LIMITS, readBoundedSync } from "../../../files/read-bounded.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { wantsPublicIp } from "./address.js";
import { cleanupMessage, deleteIgnoringNotFound, errorCode, messageOf, tagList } from "./util.js";
import { createVSwitchIn, deleteVSwitch } from "./vswitch.js";

/** Codes meaning "this zone cannot give you that instance now": try the next zone. */
export const NO_STOCK_CODES = [
  "OperationDenied.NoStock",
  "Zone.NotOnSale",
  "InvalidResourceType.NotSupported",
];

/** Bandwidth of the public IP RunInstances gives when no EIP is used (the EIP default, 5 Mbit/s). */
const DEFAULT_PUBLIC_BANDWIDTH = 5;

function userData(ctx: AlicloudBuildContext): string | undefined {
  const c = ctx.config;
  if (c.networkType !== "vpc") return undefined;
  const text =
    c.userData !== ""
      ? c.userData
      : c.userDataFile !== ""
        ? readBoundedSync(c.userDataFile, {
            cwd: ctx.cwd,
            limit: LIMITS.userData,
            what: "user_data_file",
          }).toString("utf8")
        : "";
  return text === "" ? undefined : Buffer.from(text, "utf8").toString("base64");
}

const trilean = (v: boolean | undefined) => (v === undefined ? undefined : String(v));

/** The RunInstances request for one zone. */
export function runInstancesRequest(ctx: AlicloudBuildContext, zone: string | undefined, token: string) {
  const c = ctx.config;
  const vpc = c.networkType === "vpc";
  const publicIp = vpc ? wantsPublicIp(c) : true;
  const bandwidth = vpc
    ? publicIp
      ? c.internetMaxBandwidthOut || DEFAULT_PUBLIC_BANDWIDTH
      : 0
    : c.internetMaxBandwidthOut;
  const password = c.comm.ssh.password || c.comm.winrm.password;
  const sys = c.systemDiskMapping;
  const data = userData(ctx);
  return new $Ecs.RunInstancesRequest({
    regionId: ctx.cloud.region,
    clientToken: token,
    amount: 1,
    instanceType: c.instanceType,
    ...(c.imageFamily !== "" && !ctx.sourceImageId
      ? { imageFamily: c.imageFamily }
      : { imageId: ctx.sourceImageId }),
    securityGroupId: ctx.securityGroupId,
    ...(vpc ? { vSwitchId: ctx.vswitchId } : {}),
    ...(zone ? { zoneId: zone } : {}),
    ...(c.instanceName ? { instanceName: c.instanceName } : {}),
    ...(ctx.keyPairName ? { keyPairName: ctx.keyPairName } : {}),
    ...(password ? { password } : {}),
    ...(data ? { userData: data } : {}),
    ...(c.ecsRamRoleName ? { ramRoleName: c.ecsRamRoleName } : {}),
    ...(c.securityEnhancementStrategy ? { securityEnhancementStrategy: c.securityEnhancementStrategy } : {}),
    ...(bandwidth > 0 ? { internetMaxBandwidthOut: bandwidth } : {}),
    ...(bandwidth > 0 && c.internetChargeType ? { internetChargeType: c.internetChargeType } : {}),
    ...(c.ioOptimized !== undefined ? { ioOptimized: c.ioOptimized ? "optimized" : "none" } : {}),
    systemDisk: new $Ecs.RunInstancesRequestSystemDisk({
      ...(sys.diskCategory ? { category: sys.diskCategory } : {}),
      ...(sys.diskSize > 0 ? { size: String(sys.diskSize) } : {}),
      ...(sys.diskName ? { diskName: sys.diskName } : {}),
      ...(sys.description ? { description: sys.description } : {}),
      ...(sys.encrypted !== undefined ? { encrypted: trilean(sys.encrypted) } : {}),
    }),
    dataDisk: c.imageDiskMappings.map(
      (d, i) =>
        new $Ecs.RunInstancesRequestDataDisk({
          ...(d.diskCategory ? { category: d.diskCategory } : {}),
          ...(d.diskSize > 0 ? { size: d.diskSize } : {}),
          ...(d.snapshotId ? { snapshotId: d.snapshotId } : {}),
          ...(d.diskName ? { diskName: d.diskName } : {}),
          ...(d.description ? { description: d.description } : {}),
          ...(d.device ? { device: d.device } : {}),
          ...(d.encrypted !== undefined ? { encrypted: trilean(d.encrypted) } : {}),
          deleteWithInstance: ctx.dataDiskDeleteExplicit[i] ? d.deleteWithInstance : true,
        }),
    ),
    tag: tagList({ ...c.runTags, ...ctx.resourceTags }, (kv) => new $Ecs.RunInstancesRequestTag(kv)),
  });
}

export const instance: Step<AlicloudBuildContext> = {
  name: "create instance",
  async run(ctx, signal) {
    const { cloud } = ctx;
    const zones: (string | undefined)[] = ctx.zoneCandidates?.length ? ctx.zoneCandidates : [ctx.zoneId];
    ctx.ui.say("Creating instance...");
    let id: string | undefined;
    for (let i = 0; i < zones.length; i++) {
      const zone = zones[i];
      if (zone && ctx.vswitchCreated && ctx.zoneId !== zone && ctx.vswitchId) {
        // Move our vSwitch to the next zone (the same CIDR becomes free once the old one is gone).
        const cidr = ctx.ledger.get("vswitch", ctx.vswitchId)?.meta?.cidr ?? "";
        await deleteVSwitch(ctx, ctx.vswitchId);
        ctx.vswitchId = undefined;
        await createVSwitchIn(ctx, zone, cidr, signal);
      }
      try {
        const r = await cloud.ecs(
          "RunInstances",
          (e, a) => e.runInstances(runInstancesRequest(ctx, zone, a.clientToken)),
          {
            resource: `instance type ${ctx.config.instanceType}${zone ? ` in zone ${zone}` : ""}`,
            signal,
          },
        );
        id = r.body?.instanceIdSets?.instanceIdSet?.[0];
        if (zone) ctx.zoneId = zone;
        break;
      } catch (err) {
        const code = errorCode(err) ?? "";
        if (!NO_STOCK_CODES.includes(code) || i === zones.length - 1) throw err;
        ctx.ui.message(
          `Zone ${zone} cannot create ${ctx.config.instanceType} now (${code}); trying zone ${zones[i + 1]}`,
        );
      }
    }
    if (!id) throw new Error("RunInstances returned no instance id");
    ctx.ledger.add({ type: "instance", id, region: cloud.region });
    ctx.instanceId = id;
    ctx.ui.message(`Created instance: ${id}${ctx.zoneId ? ` in zone ${ctx.zoneId}` : ""}`);
    const w = await waitForInstance(cloud, id, "Running", { signal, ui: ctx.ui }).catch((err) => {
      throw new Error(`Timeout waiting for instance to start: ${messageOf(err)}`, { cause: err });
    });
    ctx.instance = w.resource;
    ctx.zoneId = w.resource?.zoneId ?? ctx.zoneId;
    ctx.sourceImageId = ctx.sourceImageId ?? w.resource?.imageId;
  },
  async cleanup(ctx, outcome) {
    const id = ctx.instanceId;
    if (!id || !ctx.ledger.has("instance", id)) return;
    ctx.ui.say(cleanupMessage(outcome, "instance"));
    try {
      await deleteIgnoringNotFound(() =>
        ctx.cloud.ecs(
          "DeleteInstance",
          (e) => e.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id, force: true })),
          {
            resource: `instance ${id}`,
            retryCodes: ["IncorrectInstanceStatus.Initializing", "IncorrectInstanceStatus"],
            policy: { maxAttempts: 40, maxElapsedMs: 180_000, baseDelayMs: 500, maxDelayMs: 5_000 },
          },
        ),
      );
      ctx.ledger.remove("instance", id);
      ctx.instanceDeletedAt = performance.now();
    } catch (err) {
      throw new Error(`Failed to clean up instance ${id}: ${messageOf(err)}`, { cause: err });
    }
  },
};
