/** ECS instance actions. */
import type { CloudModel } from "../../model/index.js";
import {
  allocatePublicIp,
  type CreateInstanceInput,
  createInstance,
  type DataDiskInput,
  deleteInstance,
  getInstance,
  rebootInstance,
  startInstance,
  stopInstance,
} from "../../model/instances.js";
import type { EipRecord, InstanceRecord } from "../../model/resources.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, type ActionRequest, ApiError } from "../../types.js";
import { dryRun, scopeOf } from "../common/context.js";
import { bool, fuzzy, jsonList, list, num, paginate, req, str, tokenPage } from "../common/params.js";
import { instanceAttributeShape, instanceShape } from "./shapes.js";

const STATUSES = new Set(["Pending", "Running", "Starting", "Stopping", "Stopped"]);

/** `SystemDisk.Size` arrives either as a dotted scalar or inside a flat `SystemDisk` object. */
function sub(p: Record<string, unknown>, parent: string, key: string): string | undefined {
  const dotted = p[`${parent}.${key}`];
  if (dotted !== undefined && dotted !== "") return String(dotted);
  const obj = p[parent];
  if (obj && typeof obj === "object" && key in obj) {
    const v = (obj as Record<string, unknown>)[key];
    return v === undefined || v === "" ? undefined : String(v);
  }
  return undefined;
}

function createInput(request: ActionRequest, run: boolean): CreateInstanceInput {
  const p = request.params;
  const groups = [...list<string>(p, "SecurityGroupIds").map(String)];
  const single = str(p, "SecurityGroupId");
  if (single) groups.unshift(single);
  return {
    imageId: str(p, "ImageId"),
    imageFamily: str(p, "ImageFamily"),
    instanceType: req(p, "InstanceType"),
    securityGroupIds: groups,
    vswitchId: str(p, "VSwitchId"),
    zoneId: str(p, "ZoneId"),
    name: str(p, "InstanceName"),
    description: str(p, "Description"),
    hostName: str(p, "HostName"),
    password: str(p, "Password"),
    keyPairName: str(p, "KeyPairName"),
    userData: str(p, "UserData"),
    internetChargeType: str(p, "InternetChargeType"),
    internetMaxBandwidthOut: num(p, "InternetMaxBandwidthOut"),
    internetMaxBandwidthIn: num(p, "InternetMaxBandwidthIn"),
    systemDisk: {
      Size: sub(p, "SystemDisk", "Size"),
      Category: sub(p, "SystemDisk", "Category"),
      DiskName: sub(p, "SystemDisk", "DiskName"),
      Description: sub(p, "SystemDisk", "Description"),
      Encrypted: sub(p, "SystemDisk", "Encrypted"),
    },
    dataDisks: list<DataDiskInput>(p, "DataDisk"),
    tags: parseTags(list(p, "Tag")),
    ioOptimized: str(p, "IoOptimized"),
    ramRoleName: str(p, "RamRoleName"),
    run,
  };
}

/** Handlers for the instance actions. */
export function instanceHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;
  return {
    async CreateInstance(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "CreateInstance", p.ClientToken, p, () => {
        const input = createInput(request, false);
        dryRun(request);
        const inst = createInstance(st, s, input);
        return { InstanceId: inst.id, OrderId: "", TradePrice: 0 };
      });
    },

    async RunInstances(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "RunInstances", p.ClientToken, p, () => {
        const input = createInput(request, true);
        dryRun(request);
        const amount = num(p, "Amount") ?? 1;
        if (!Number.isInteger(amount) || amount < 1 || amount > 100) {
          throw new ApiError(
            "InvalidMaxAmount.Malformed",
            "The specified parameter MaxAmount is not valid.",
            400,
          );
        }
        const ids: string[] = [];
        for (let i = 0; i < amount; i++) {
          const name =
            amount > 1 && bool(p, "UniqueSuffix") && input.name
              ? `${input.name}${String(i + 1).padStart(3, "0")}`
              : input.name;
          ids.push(createInstance(st, s, { ...input, name }).id);
        }
        return { InstanceIdSets: { InstanceIdSet: ids }, OrderId: "", TradePrice: 0 };
      });
    },

    DescribeInstances(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const ids = jsonList(p, "InstanceIds", "InvalidInstanceIds.Malformed");
      const status = str(p, "Status");
      if (status !== undefined && !STATUSES.has(status)) {
        throw new ApiError("InvalidStatus.NotFound", "The specified Status is not found.", 404);
      }
      const networkType = str(p, "InstanceNetworkType");
      if (networkType !== undefined && networkType !== "vpc" && networkType !== "classic") {
        throw new ApiError(
          "InvalidNetworkType.NotFound",
          "The specified InstanceNetworkType is not found.",
          404,
        );
      }
      const eq = (name: string, get: (i: InstanceRecord) => string | undefined) => {
        const want = str(p, name);
        return (i: InstanceRecord) => want === undefined || get(i) === want;
      };
      const inList = (name: string, get: (i: InstanceRecord) => string | undefined) => {
        const want = jsonList(p, name);
        return (i: InstanceRecord) => want === undefined || want.includes(get(i) ?? "");
      };
      const name = str(p, "InstanceName");
      const tags = parseTags(list(p, "Tag"));
      const eipIp = (i: InstanceRecord) =>
        i.eipAllocationId ? st.store<EipRecord>("eip").get(i.eipAllocationId)?.ipAddress : undefined;
      const instances = st
        .list<InstanceRecord>("instance", s.accountId, s.regionId)
        .filter((i) => ids === undefined || ids.includes(i.id))
        .filter(eq("VpcId", (i) => i.vpcId))
        .filter(eq("VSwitchId", (i) => i.vswitchId))
        .filter(eq("ZoneId", (i) => i.zoneId))
        .filter(eq("Status", (i) => i.status))
        .filter(eq("ImageId", (i) => i.imageId))
        .filter(eq("KeyPairName", (i) => i.keyPairName))
        .filter(eq("InstanceType", (i) => i.instanceType))
        .filter(eq("InstanceNetworkType", (i) => i.networkType))
        .filter(
          (i) =>
            str(p, "SecurityGroupId") === undefined ||
            i.securityGroupIds.includes(str(p, "SecurityGroupId")!),
        )
        .filter((i) => name === undefined || fuzzy(i.name, name))
        .filter(inList("PrivateIpAddresses", (i) => i.privateIp))
        .filter(inList("InnerIpAddresses", (i) => i.innerIp))
        .filter(inList("PublicIpAddresses", (i) => i.publicIp))
        .filter(inList("EipAddresses", eipIp))
        .filter((i) => matchesTags(i.tags, tags));
      if (str(p, "NextToken") !== undefined || num(p, "MaxResults") !== undefined) {
        const page = tokenPage(p, instances, 10, 100);
        return {
          NextToken: page.nextToken,
          Instances: { Instance: page.items.map((i) => instanceShape(st, i)) },
        };
      }
      const page = paginate(p, instances, 10, 100);
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        NextToken: "",
        Instances: { Instance: page.items.map((i) => instanceShape(st, i)) },
      };
    },

    DescribeInstanceAttribute(request) {
      const inst = getInstance(st, request.caller.accountId, req(request.params, "InstanceId"));
      return instanceAttributeShape(st, inst);
    },

    StartInstance(request) {
      const id = req(request.params, "InstanceId");
      getInstance(st, request.caller.accountId, id);
      dryRun(request);
      startInstance(st, request.caller.accountId, id);
      return {};
    },

    StopInstance(request) {
      const id = req(request.params, "InstanceId");
      getInstance(st, request.caller.accountId, id);
      dryRun(request);
      stopInstance(st, request.caller.accountId, id);
      return {};
    },

    RebootInstance(request) {
      const id = req(request.params, "InstanceId");
      getInstance(st, request.caller.accountId, id);
      dryRun(request);
      rebootInstance(st, request.caller.accountId, id);
      return {};
    },

    DeleteInstance(request) {
      const id = req(request.params, "InstanceId");
      getInstance(st, request.caller.accountId, id);
      dryRun(request);
      deleteInstance(st, request.caller.accountId, id, bool(request.params, "Force") ?? false);
      return {};
    },

    async DeleteInstances(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "DeleteInstances", p.ClientToken, p, () => {
        const ids = list(p, "InstanceId").map(String);
        if (ids.length > 100) {
          throw new ApiError(
            "InvalidParameter.TooManyInstanceIds",
            "Instance ids cannot be more than 100.",
            403,
          );
        }
        const force = bool(p, "Force") ?? false;
        // All-or-nothing: check every instance before deleting any.
        for (const id of ids) {
          const inst = st.get<InstanceRecord>("instance", id, s.accountId, s.regionId);
          if (!inst)
            throw new ApiError(
              "InvalidInstanceId.NotFound",
              `The specified instance ${id} does not exist.`,
              404,
            );
          if (inst.status === "Pending") {
            throw new ApiError(
              "IncorrectInstanceStatus.Initializing",
              `The instance ${id} is initializing.`,
              403,
            );
          }
          if (!force && inst.status !== "Stopped") {
            throw new ApiError(
              "IncorrectInstanceStatus",
              `The current status of the instance ${id} does not support this operation.`,
              403,
            );
          }
        }
        dryRun(request);
        for (const id of ids) deleteInstance(st, s.accountId, id, force, s.regionId);
        return {};
      });
    },

    AllocatePublicIpAddress(request) {
      const ip = allocatePublicIp(st, request.caller.accountId, req(request.params, "InstanceId"));
      return { IpAddress: ip };
    },
  };
}
