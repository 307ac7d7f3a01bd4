/** Security groups and their rules (ingress and egress). */
import { parseCidr } from "./cidr.js";
import { randomId } from "./ids.js";
import { getVpc, type Scope } from "./network.js";
import type { InstanceRecord, SecurityGroupRecord, SecurityGroupRule } from "./resources.js";
import { fail, type State } from "./state.js";
import { applyTags } from "./tags.js";

/** CreateSecurityGroup: classic (no VPC) or in a VPC that must exist. */
export function createSecurityGroup(
  st: State,
  s: Scope,
  p: {
    name?: string;
    description?: string;
    vpcId?: string;
    type?: string;
    tags?: [string, string][];
    resourceGroupId?: string;
  },
): SecurityGroupRecord {
  st.region(s.regionId);
  if (p.vpcId) getVpc(st, s, p.vpcId);
  if (p.name && (p.name.length < 2 || p.name.length > 128 || /^https?:\/\//.test(p.name))) {
    fail("InvalidSecurityGroupName.Malformed", "The specified parameter SecurityGroupName is not valid.");
  }
  if (p.type && p.type !== "normal" && p.type !== "enterprise") {
    fail("InvalidParams.GroupType", "The specified security group type is not valid.");
  }
  const sg: SecurityGroupRecord = st.add({
    kind: "securitygroup",
    id: st.newId("sg", s.regionId),
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Available",
    name: p.name ?? "",
    description: p.description ?? "",
    vpcId: p.vpcId || undefined,
    securityGroupType: p.type || "normal",
    rules: [],
    resourceGroupId: p.resourceGroupId ?? "",
  });
  if (p.tags) applyTags(sg.tags, p.tags);
  return sg;
}

/** A security group of the account in the region, or `InvalidSecurityGroupId.NotFound`. */
export function getSecurityGroup(st: State, s: Scope, id: unknown): SecurityGroupRecord {
  const sg = st.get<SecurityGroupRecord>("securitygroup", id, s.accountId, s.regionId);
  if (!sg) fail("InvalidSecurityGroupId.NotFound", "The specified SecurityGroupId does not exist.", 404);
  return sg;
}

/** One permission as AuthorizeSecurityGroup(Egress) receives it. */
export interface PermissionInput {
  IpProtocol?: string;
  PortRange?: string;
  SourceCidrIp?: string;
  DestCidrIp?: string;
  SourceGroupId?: string;
  DestGroupId?: string;
  Policy?: string;
  Priority?: string | number;
  NicType?: string;
  Description?: string;
}

const PROTOCOLS = new Set(["tcp", "udp", "icmp", "gre", "all", "icmpv6"]);

function cidrOk(text: string): boolean {
  return (
    parseCidr(text.includes("/") ? text : `${text}/32`) !== undefined ||
    /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(text)
  );
}

/** Adds a rule after the API's checks; an identical rule already present is left as is. */
export function authorize(
  st: State,
  s: Scope,
  groupId: unknown,
  direction: "ingress" | "egress",
  p: PermissionInput,
): SecurityGroupRule {
  const sg = getSecurityGroup(st, s, groupId);
  const protocol = (p.IpProtocol ?? "").toLowerCase();
  if (!PROTOCOLS.has(protocol)) {
    fail(
      "InvalidIpProtocol.ValueNotSupported",
      "The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.",
    );
  }
  const portRange = p.PortRange ?? "";
  if (portRange === "") fail("InvalidPortRange.Malformed", "The specified parameter PortRange must set.");
  const m = /^(-?\d+)\/(-?\d+)$/.exec(portRange);
  if (!m) {
    fail(
      "InvalidParam.PortRange",
      "The specified parameter PortRange is not valid. It should be two integers less than 65535 in ?/? format.",
    );
  }
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (protocol === "tcp" || protocol === "udp") {
    if (from < 1 || to > 65535 || from > to) {
      fail(
        "InvalidParam.PortRange",
        "The specified parameter PortRange is not valid. It should be two integers less than 65535 in ?/? format.",
      );
    }
  } else if (from !== -1 || to !== -1) {
    fail(
      "OperationDenied",
      "The specified IpProtocol does not exist or IpProtocol and PortRange do not match.",
    );
  }
  const policy = (p.Policy ?? "accept").toLowerCase();
  if (policy !== "accept" && policy !== "drop") {
    fail("InvalidPolicy.Malformed", "The specified parameter Policy is not valid.");
  }
  const priority = String(p.Priority ?? "1");
  if (!/^\d+$/.test(priority) || Number(priority) < 1 || Number(priority) > 100) {
    fail("InvalidPriority.Malformed", "The parameter Priority is invalid.");
  }
  const nicType = p.NicType ?? "internet";
  if (nicType !== "internet" && nicType !== "intranet") {
    fail("InvalidNicType.ValueNotSupported", "The specified NicType does not exist.");
  }
  const source = p.SourceCidrIp ?? "";
  const dest = p.DestCidrIp ?? "";
  if (direction === "ingress") {
    if (!source && !p.SourceGroupId) {
      fail(
        "MissingParameter",
        "The input parameter SourceGroupId or SourceCidrIp cannot be both blank.",
        403,
      );
    }
    if (source && !cidrOk(source))
      fail("InvalidSourceCidrIp.Malformed", "The specified parameter SourceCidrIp is not valid.");
    if (p.SourceGroupId)
      getGroupRef(
        st,
        s,
        p.SourceGroupId,
        "InvalidSourceGroupId.NotFound",
        "The SourceGroupId provided does not exist in our records.",
      );
  } else {
    if (!dest && !p.DestGroupId) {
      fail("MissingParameter", "The input parameter DestGroupId or DestCidrIp cannot be both blank.", 403);
    }
    if (dest && !cidrOk(dest))
      fail("InvalidDestCidrIp.Malformed", "The specified parameter DestCidrIp is not valid.");
    if (p.DestGroupId)
      getGroupRef(
        st,
        s,
        p.DestGroupId,
        "InvalidDestGroup.NotFound",
        "Specified destination security group does not exist.",
      );
  }
  const rule: SecurityGroupRule = {
    ruleId: `sgr-${st.region(s.regionId).idPrefix}${randomId(18)}`,
    direction,
    ipProtocol: protocol.toUpperCase() === "ALL" ? "ALL" : protocol.toUpperCase(),
    portRange,
    sourceCidrIp: source,
    destCidrIp: dest,
    sourceGroupId: p.SourceGroupId ?? "",
    destGroupId: p.DestGroupId ?? "",
    policy: policy === "accept" ? "Accept" : "Drop",
    priority,
    nicType: sg.vpcId ? "intranet" : nicType,
    description: p.Description ?? "",
    createdAt: st.now(),
  };
  const same = sg.rules.find(
    (r) =>
      r.direction === rule.direction &&
      r.ipProtocol === rule.ipProtocol &&
      r.portRange === rule.portRange &&
      r.sourceCidrIp === rule.sourceCidrIp &&
      r.destCidrIp === rule.destCidrIp &&
      r.sourceGroupId === rule.sourceGroupId &&
      r.destGroupId === rule.destGroupId &&
      r.policy === rule.policy &&
      r.nicType === rule.nicType,
  );
  if (same) return same;
  if (sg.rules.length >= 200)
    fail(
      "AuthorizationLimitExceed",
      "The limit of authorization records in the security group reaches.",
      403,
    );
  sg.rules.push(rule);
  return rule;
}

function getGroupRef(st: State, s: Scope, id: string, code: string, message: string): void {
  if (!st.get("securitygroup", id, s.accountId, s.regionId))
    fail(code, message, code.endsWith("NotFound") && code.startsWith("InvalidSourceGroupId") ? 404 : 400);
}

/** Instances that use a security group. */
export function groupUsers(st: State, sg: SecurityGroupRecord): InstanceRecord[] {
  return st
    .list<InstanceRecord>("instance", sg.accountId, sg.regionId)
    .filter((i) => i.securityGroupIds.includes(sg.id));
}

/** DeleteSecurityGroup: `DependencyViolation` while an instance uses it or another group's rule refers to it. */
export function deleteSecurityGroup(st: State, s: Scope, id: unknown): void {
  const sg = st.get<SecurityGroupRecord>("securitygroup", id, s.accountId, s.regionId);
  if (!sg) fail("InvalidSecurityGroup.NotFound", "The specified security group is not found.", 404);
  if (groupUsers(st, sg).length > 0 || st.stillReleasing().some((g) => g.securityGroupIds.includes(sg.id))) {
    fail("DependencyViolation", "There is still instance(s) in the specified security group.", 403);
  }
  const referenced = st
    .list<SecurityGroupRecord>("securitygroup", s.accountId, s.regionId)
    .some((g) => g.id !== sg.id && g.rules.some((r) => r.sourceGroupId === sg.id || r.destGroupId === sg.id));
  if (referenced)
    fail("DependencyViolation", "There is still instance(s) in the specified security group.", 403);
  st.remove(sg);
}
