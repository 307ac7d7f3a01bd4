/** ECS security group actions. */
import { isoTime } from "../../model/clock.js";
import type { CloudModel } from "../../model/index.js";
import type { SecurityGroupRecord } from "../../model/resources.js";
import {
  authorize,
  createSecurityGroup,
  deleteSecurityGroup,
  getSecurityGroup,
  type PermissionInput,
} from "../../model/security-groups.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, type ActionRequest, ApiError } from "../../types.js";
import { dryRun, scopeOf } from "../common/context.js";
import { fuzzy, jsonList, list, num, paginate, req, str, tokenPage } from "../common/params.js";
import { securityGroupShape } from "./shapes.js";

const RULE_KEYS = [
  "IpProtocol",
  "PortRange",
  "SourceCidrIp",
  "DestCidrIp",
  "SourceGroupId",
  "DestGroupId",
  "Policy",
  "Priority",
  "NicType",
  "Description",
] as const;

function permissions(request: ActionRequest): PermissionInput[] {
  const p = request.params;
  const listed = list<PermissionInput>(p, "Permissions");
  const single: PermissionInput = {};
  let hasSingle = false;
  for (const k of RULE_KEYS) {
    const v = str(p, k);
    if (v !== undefined) {
      (single as Record<string, string>)[k] = v;
      hasSingle = true;
    }
  }
  if (listed.length > 0 && hasSingle) {
    throw new ApiError(
      "InvalidParam.Permissions",
      "The specified parameter Permissions cannot coexist with other parameters.",
      400,
    );
  }
  return listed.length > 0 ? listed : [single];
}

/** Handlers for the security group actions. */
export function securityGroupHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;

  function authorizeAll(request: ActionRequest, direction: "ingress" | "egress"): Record<string, unknown> {
    const s = scopeOf(model, request);
    const id = req(request.params, "SecurityGroupId");
    for (const perm of permissions(request)) authorize(st, s, id, direction, perm);
    return {};
  }

  return {
    async CreateSecurityGroup(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      return model.idempotency.run(s.accountId, "CreateSecurityGroup", p.ClientToken, p, () => {
        const sg = createSecurityGroup(st, s, {
          name: str(p, "SecurityGroupName"),
          description: str(p, "Description"),
          vpcId: str(p, "VpcId"),
          type: str(p, "SecurityGroupType"),
          tags: parseTags(list(p, "Tag")),
          resourceGroupId: str(p, "ResourceGroupId"),
        });
        return { SecurityGroupId: sg.id };
      });
    },

    DescribeSecurityGroups(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      dryRun(request);
      const ids = [
        ...(jsonList(p, "SecurityGroupIds", "InvalidSecurityGroupId.Malformed") ?? []),
        ...(str(p, "SecurityGroupId") ? [str(p, "SecurityGroupId")!] : []),
      ];
      const vpcId = str(p, "VpcId");
      const name = str(p, "SecurityGroupName");
      const type = str(p, "SecurityGroupType");
      const networkType = str(p, "NetworkType");
      const tags = parseTags(list(p, "Tag"));
      const groups = st
        .list<SecurityGroupRecord>("securitygroup", s.accountId, s.regionId)
        .filter((g) => ids.length === 0 || ids.includes(g.id))
        .filter((g) => vpcId === undefined || g.vpcId === vpcId)
        .filter((g) => name === undefined || fuzzy(g.name, name))
        .filter((g) => type === undefined || g.securityGroupType === type)
        .filter((g) => networkType === undefined || (networkType === "vpc") === (g.vpcId !== undefined))
        .filter((g) => matchesTags(g.tags, tags));
      if (str(p, "NextToken") !== undefined || num(p, "MaxResults") !== undefined) {
        const page = tokenPage(p, groups, 10, 100);
        return {
          RegionId: s.regionId,
          NextToken: page.nextToken,
          SecurityGroups: { SecurityGroup: page.items.map((g) => securityGroupShape(st, g)) },
        };
      }
      const page = paginate(p, groups, 10, 50);
      return {
        RegionId: s.regionId,
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        SecurityGroups: { SecurityGroup: page.items.map((g) => securityGroupShape(st, g)) },
      };
    },

    AuthorizeSecurityGroup(request) {
      return authorizeAll(request, "ingress");
    },

    AuthorizeSecurityGroupEgress(request) {
      return authorizeAll(request, "egress");
    },

    DeleteSecurityGroup(request) {
      const s = scopeOf(model, request);
      deleteSecurityGroup(st, s, req(request.params, "SecurityGroupId"));
      return {};
    },

    DescribeSecurityGroupAttribute(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const sg = getSecurityGroup(st, s, req(p, "SecurityGroupId"));
      const direction = str(p, "Direction") ?? "all";
      const nicType = str(p, "NicType");
      const rules = sg.rules
        .filter((r) => direction === "all" || r.direction === direction)
        .filter((r) => nicType === undefined || r.nicType === nicType);
      return {
        RegionId: s.regionId,
        SecurityGroupId: sg.id,
        SecurityGroupName: sg.name,
        Description: sg.description,
        VpcId: sg.vpcId ?? "",
        InnerAccessPolicy: "Accept",
        NextToken: "",
        SnapshotPolicyIds: { SnapshotPolicyId: [] },
        Permissions: {
          Permission: rules.map((r) => ({
            SecurityGroupRuleId: r.ruleId,
            Direction: r.direction,
            IpProtocol: r.ipProtocol,
            PortRange: r.portRange,
            SourceCidrIp: r.sourceCidrIp,
            DestCidrIp: r.destCidrIp,
            SourceGroupId: r.sourceGroupId,
            DestGroupId: r.destGroupId,
            SourceGroupName: "",
            DestGroupName: "",
            SourceGroupOwnerAccount: "",
            DestGroupOwnerAccount: "",
            SourcePortRange: "",
            SourcePrefixListId: "",
            SourcePrefixListName: "",
            DestPrefixListId: "",
            DestPrefixListName: "",
            Ipv6SourceCidrIp: "",
            Ipv6DestCidrIp: "",
            PortRangeListId: "",
            PortRangeListName: "",
            Policy: r.policy,
            Priority: r.priority,
            NicType: r.nicType,
            Description: r.description,
            CreateTime: isoTime(r.createdAt),
          })),
        },
      };
    },
  };
}
