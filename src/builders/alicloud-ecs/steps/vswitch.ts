/**
 * Step 5, the zone and the vSwitch (Packer's stepConfigAlicloudVSwitch, through the VPC API).
 * Zones are chosen among those with stock for the instance type (DescribeAvailableResource), best
 * first; Packer takes the last zone DescribeZones lists and ignores stock. The vSwitch's CIDR is a
 * free /24 inside the VPC's block (Packer reuses `vpc_cidr_block` itself). The instance step may
 * move a vSwitch we created to the next zone when the first one has run out of stock.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { describeVSwitch } from "../../../cloud/describe.js";
import { waitForVSwitch } from "../../../cloud/waiters.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, deleteIgnoringNotFound, messageOf, tagList } from "./util.js";
import { DEPENDENCY_POLICY } from "./vpc.js";

export const DELETE_VSWITCH_RETRY = [
  "IncorrectVSwitchStatus",
  "DependencyViolation",
  "DependencyViolation.HaVip",
  "IncorrectRouteEntryStatus",
  "TaskConflict",
];

/** Zones of the region that sell `instanceType` and have stock, in the API's order. */
export async function zonesWithStock(ctx: AlicloudBuildContext, signal?: AbortSignal): Promise<string[]> {
  const { config: c, cloud } = ctx;
  const r = await cloud.ecs(
    "DescribeAvailableResource",
    (e) =>
      e.describeAvailableResource(
        new $Ecs.DescribeAvailableResourceRequest({
          regionId: cloud.region,
          destinationResource: "InstanceType",
          instanceType: c.instanceType,
          ...(c.networkType === "vpc" ? { networkCategory: "vpc" } : {}),
        }),
      ),
    { resource: `instance type ${c.instanceType}`, signal },
  );
  const zones: string[] = [];
  for (const z of r.body?.availableZones?.availableZone ?? []) {
    if (z.status !== "Available" || !z.zoneId) continue;
    const types = (z.availableResources?.availableResource ?? [])
      .filter((a) => a.type === "InstanceType")
      .flatMap((a) => a.supportedResources?.supportedResource ?? []);
    if (types.some((t) => t.value === c.instanceType && t.status === "Available")) zones.push(z.zoneId);
  }
  return zones;
}

const ip = (s: string) => s.split(".").reduce((n, o) => n * 256 + Number(o), 0);
const dotted = (n: number) => [24, 16, 8, 0].map((b) => Math.floor(n / 2 ** b) % 256).join(".");
function parseCidr(cidr: string): { base: number; bits: number } {
  const [a, b] = cidr.split("/");
  const bits = Number(b);
  const size = 2 ** (32 - bits);
  return { base: Math.floor(ip(a) / size) * size, bits };
}
const overlaps = (x: { base: number; bits: number }, y: { base: number; bits: number }) =>
  x.base < y.base + 2 ** (32 - y.bits) && y.base < x.base + 2 ** (32 - x.bits);

/** The first /24 inside `vpcCidr` that overlaps none of `taken` (the VPC's block itself when smaller than /24). */
export function chooseVSwitchCidr(vpcCidr: string | undefined, taken: string[] = []): string {
  const vpcBlock = parseCidr(vpcCidr || "172.16.0.0/12");
  const used = taken.filter(Boolean).map(parseCidr);
  if (vpcBlock.bits >= 24) return `${dotted(vpcBlock.base)}/${vpcBlock.bits}`;
  const count = 2 ** (24 - vpcBlock.bits);
  for (let i = 0; i < count; i++) {
    const cand = { base: vpcBlock.base + i * 256, bits: 24 };
    if (!used.some((u) => overlaps(u, cand))) return `${dotted(cand.base)}/24`;
  }
  throw new Error(`No free /24 left for a vSwitch in ${vpcCidr}`);
}

/** Creates a tagged vSwitch in `zone` and waits for it; registers it in the ledger. */
export async function createVSwitchIn(
  ctx: AlicloudBuildContext,
  zone: string,
  cidr: string,
  signal?: AbortSignal,
): Promise<string> {
  const { config: c, cloud } = ctx;
  ctx.ui.say(`Creating vswitch in zone ${zone}...`);
  const r = await cloud.vpc(
    "CreateVSwitch",
    (v, a) =>
      v.createVSwitch(
        new $Vpc.CreateVSwitchRequest({
          regionId: cloud.region,
          clientToken: a.clientToken,
          vpcId: ctx.vpcId,
          zoneId: zone,
          cidrBlock: cidr,
          ...(c.vswitchName ? { vSwitchName: c.vswitchName } : {}),
          tag: tagList(ctx.resourceTags, (kv) => new $Vpc.CreateVSwitchRequestTag(kv)),
        }),
      ),
    { resource: `vswitch ${cidr} in zone ${zone} of vpc ${ctx.vpcId}`, signal },
  );
  const id = r.body?.vSwitchId;
  if (!id) throw new Error("CreateVSwitch returned no VSwitchId");
  ctx.ledger.add({ type: "vswitch", id, region: cloud.region, meta: { cidr } });
  ctx.vswitchId = id;
  ctx.vswitchCreated = true;
  ctx.zoneId = zone;
  await waitForVSwitch(cloud, id, { signal, ui: ctx.ui }).catch((err) => {
    throw new Error(`Timeout waiting for vswitch to become available: ${messageOf(err)}`, { cause: err });
  });
  ctx.ui.message(`Created vswitch: ${id}`);
  return id;
}

/** Deletes a vSwitch we created (waiting out its dependencies); idempotent. */
export async function deleteVSwitch(ctx: AlicloudBuildContext, id: string): Promise<void> {
  await deleteIgnoringNotFound(() =>
    ctx.cloud.vpc(
      "DeleteVSwitch",
      (v) => v.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: ctx.cloud.region, vSwitchId: id })),
      { resource: `vswitch ${id}`, retryCodes: DELETE_VSWITCH_RETRY, policy: DEPENDENCY_POLICY },
    ),
  );
  ctx.ledger.remove("vswitch", id);
}

export const vswitch: Step<AlicloudBuildContext> = {
  name: "vswitch",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    if (c.networkType !== "vpc") {
      // Classic: the zone is the template's, or the API picks one with stock.
      if (c.zoneId) ctx.zoneId = c.zoneId;
      return;
    }
    if (c.vswitchId !== "") {
      const found = await describeVSwitch(cloud, c.vswitchId, { signal });
      if (!found || found.vpcId !== ctx.vpcId || (c.zoneId !== "" && found.zoneId !== c.zoneId)) {
        throw new Error(`The specified vswitch {${c.vswitchId}} doesn't exist.`);
      }
      ctx.vswitchId = c.vswitchId;
      ctx.zoneId = found.zoneId;
      ctx.zoneCandidates = found.zoneId ? [found.zoneId] : [];
      ctx.ui.say(`Using existing vswitch: ${c.vswitchId}`);
      return;
    }
    let zones: string[];
    if (c.zoneId !== "") zones = [c.zoneId];
    else {
      zones = await zonesWithStock(ctx, signal);
      if (zones.length === 0) {
        throw new Error(
          `The instance type ${c.instanceType} isn't available in this region (no zone has stock).\n You can change to other regions.`,
        );
      }
      ctx.ui.message(`Zones with stock for ${c.instanceType}: ${zones.join(", ")}`);
    }
    ctx.zoneCandidates = zones;
    let taken: string[] = [];
    if (c.vpcId !== "") {
      const r = await cloud.vpc(
        "DescribeVSwitches",
        (v) =>
          v.describeVSwitches(
            new $Vpc.DescribeVSwitchesRequest({ regionId: cloud.region, vpcId: ctx.vpcId, pageSize: 50 }),
          ),
        { resource: `vpc ${ctx.vpcId}`, signal },
      );
      taken = (r.body?.vSwitches?.vSwitch ?? []).map((s) => s.cidrBlock ?? "");
    }
    await createVSwitchIn(ctx, zones[0], chooseVSwitchCidr(ctx.vpcCidr, taken), signal);
  },
  async cleanup(ctx, outcome) {
    const ours = ctx.ledger.list("vswitch");
    if (ours.length === 0) return;
    ctx.ui.say(cleanupMessage(outcome, "vSwitch"));
    for (const e of ours) await deleteVSwitch(ctx, e.id);
  },
};
