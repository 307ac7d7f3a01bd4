/**
 * VPC, vSwitch and EIP actions. The same handlers serve the VPC API and the deprecated copies in
 * the ECS API (which Packer 1.6.6 calls), backed by the same model; only the shapes differ.
 */
import type { CloudModel } from "../../model/index.js";
import {
  allocateEip,
  associateEip,
  createVpc,
  createVSwitch,
  deleteVpc,
  deleteVSwitch,
  getVpc,
  releaseEip,
  unassociateEip,
} from "../../model/network.js";
import type { EipRecord, VpcRecord, VSwitchRecord } from "../../model/resources.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { dryRun, scopeOf } from "../common/context.js";
import { bool, fuzzy, list, paginate, req, str } from "../common/params.js";
import { eipShape, type Flavor, vpcShape, vswitchShape } from "./shapes.js";

/** Handlers for the VPC, vSwitch and EIP actions in one API's flavour. */
export function networkHandlers(model: CloudModel, flavor: Flavor): Record<string, ActionHandler> {
  const st = model.state;
  return {
    async CreateVpc(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, `${flavor}:CreateVpc`, p.ClientToken, p, () => {
        const input = {
          cidrBlock: str(p, "CidrBlock"),
          name: str(p, "VpcName"),
          description: str(p, "Description"),
          tags: parseTags(list(p, "Tag")),
          resourceGroupId: str(p, "ResourceGroupId"),
        };
        dryRun(request);
        const vpc = createVpc(st, s, input);
        const out: Record<string, unknown> = {
          VpcId: vpc.id,
          VRouterId: vpc.vRouterId,
          RouteTableId: vpc.routeTableId,
        };
        if (flavor === "vpc") out.ResourceGroupId = vpc.resourceGroupId;
        return out;
      });
    },

    DescribeVpcs(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const ids = str(p, "VpcId")
        ?.split(",")
        .map((x) => x.trim());
      const name = str(p, "VpcName");
      const isDefault = bool(p, "IsDefault");
      const tags = parseTags(list(p, "Tag"));
      const vpcs = st
        .list<VpcRecord>("vpc", s.accountId, s.regionId)
        .filter((v) => !ids || ids.includes(v.id))
        .filter((v) => name === undefined || v.name === name)
        .filter((v) => isDefault === undefined || v.isDefault === isDefault)
        .filter((v) => matchesTags(v.tags, tags));
      const page = paginate(p, vpcs, 10, 50);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        Vpcs: { Vpc: page.items.map((v) => vpcShape(st, v, flavor)) },
      };
    },

    DeleteVpc(request) {
      const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
      const id = req(request.params, "VpcId");
      getVpc(st, s, id);
      dryRun(request);
      deleteVpc(st, s, id);
      return {};
    },

    async CreateVSwitch(request) {
      const p = request.params;
      const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
      return model.idempotency.run(s.accountId, `${flavor}:CreateVSwitch`, p.ClientToken, p, () => {
        const vsw = createVSwitch(st, s, {
          vpcId: req(p, "VpcId"),
          zoneId: req(p, "ZoneId"),
          cidrBlock: req(p, "CidrBlock"),
          name: str(p, "VSwitchName"),
          description: str(p, "Description"),
          tags: parseTags(list(p, "Tag")),
        });
        return { VSwitchId: vsw.id };
      });
    },

    DescribeVSwitches(request) {
      const p = request.params;
      const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
      dryRun(request);
      const vpcId = str(p, "VpcId");
      const ids = str(p, "VSwitchId")
        ?.split(",")
        .map((x) => x.trim());
      const zoneId = str(p, "ZoneId");
      const name = str(p, "VSwitchName");
      const isDefault = bool(p, "IsDefault");
      const tags = parseTags(list(p, "Tag"));
      const vsws = st
        .list<VSwitchRecord>("vswitch", s.accountId, s.regionId)
        .filter((v) => vpcId === undefined || v.vpcId === vpcId)
        .filter((v) => !ids || ids.includes(v.id))
        .filter((v) => zoneId === undefined || v.zoneId === zoneId)
        .filter((v) => name === undefined || fuzzy(v.name, name))
        .filter((v) => isDefault === undefined || v.isDefault === isDefault)
        .filter((v) => matchesTags(v.tags, tags));
      const page = paginate(p, vsws, 10, 50);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        VSwitches: { VSwitch: page.items.map((v) => vswitchShape(st, v, flavor)) },
      };
    },

    DeleteVSwitch(request) {
      const s = scopeOf(model, request, { kind: "vswitch", idParam: "VSwitchId" });
      dryRun(request);
      deleteVSwitch(st, s, req(request.params, "VSwitchId"));
      return {};
    },

    async AllocateEipAddress(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, `${flavor}:AllocateEipAddress`, p.ClientToken, p, () => {
        const bandwidth = str(p, "Bandwidth");
        if (bandwidth !== undefined && !(Number(bandwidth) >= 1 && Number(bandwidth) <= 500)) {
          throw new ApiError("InvalidBandwidth.Malformed", "Specified Bandwidth is not valid.", 400);
        }
        const eip = allocateEip(st, s, {
          bandwidth,
          internetChargeType: str(p, "InternetChargeType"),
          instanceChargeType: str(p, "InstanceChargeType"),
          isp: str(p, "ISP"),
          name: str(p, "Name"),
          description: str(p, "Description"),
          tags: parseTags(list(p, "Tag")),
          resourceGroupId: str(p, "ResourceGroupId"),
        });
        if (flavor === "ecs") return { AllocationId: eip.id, EipAddress: eip.ipAddress };
        return {
          AllocationId: eip.id,
          EipAddress: eip.ipAddress,
          OrderId: 0,
          ResourceGroupId: eip.resourceGroupId,
        };
      });
    },

    AssociateEipAddress(request) {
      const p = request.params;
      const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
      const type = str(p, "InstanceType") ?? "EcsInstance";
      if (type !== "EcsInstance") {
        // The emulator associates EIPs with ECS instances only.
        throw new ApiError(
          "InvalidInstanceType.ValueNotSupported",
          "The specified value of InstanceType is not supported.",
          400,
        );
      }
      associateEip(st, s, req(p, "AllocationId"), req(p, "InstanceId"));
      return {};
    },

    UnassociateEipAddress(request) {
      const p = request.params;
      const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
      unassociateEip(st, s, req(p, "AllocationId"), str(p, "InstanceId"));
      return {};
    },

    ReleaseEipAddress(request) {
      const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
      releaseEip(st, s, req(request.params, "AllocationId"));
      return {};
    },

    DescribeEipAddresses(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const status = str(p, "Status");
      const ids = str(p, "AllocationId")
        ?.split(",")
        .map((x) => x.trim());
      const addresses = str(p, "EipAddress")
        ?.split(",")
        .map((x) => x.trim());
      const instanceId = str(p, "AssociatedInstanceId");
      const name = str(p, "EipName");
      const tags = parseTags(list(p, "Tag"));
      const eips = st
        .list<EipRecord>("eip", s.accountId, s.regionId)
        .filter((e) => status === undefined || e.status === status)
        .filter((e) => !ids || ids.includes(e.id))
        .filter((e) => !addresses || addresses.includes(e.ipAddress))
        .filter((e) => instanceId === undefined || e.instanceId === instanceId)
        .filter((e) => name === undefined || e.name === name)
        .filter((e) => matchesTags(e.tags, tags));
      const page = paginate(p, eips, 10, 100);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        EipAddresses: { EipAddress: page.items.map((e) => eipShape(st, e, flavor)) },
      };
    },
  };
}
