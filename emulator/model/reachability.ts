/**
 * Reachability: whether the emulator's client (the runner, the machine that runs the build) may
 * open a TCP connection to an instance's address and port, as Alibaba Cloud decides it.
 *
 * - The runner stands outside every VPC unless placed inside one (`RunnerLocation.vpcId`): an
 *   instance's private (VPC) or inner (classic) address takes no connection from outside.
 * - A public IP or an associated EIP takes connections while it is assigned to the instance.
 * - Then the instance's security groups decide: ingress rules whose protocol, port range and source
 *   CIDR match the runner's address (its public address over the internet, its private address
 *   inside the VPC); the rule with the highest priority (lowest number, 1–100) wins, `drop` before
 *   `accept` at equal priority; no matching rule drops (a security group denies inbound by default).
 *
 * A refused connection is a drop (the cloud sends nothing back), so the client sees a timeout.
 */
import { parseCidr } from "./cidr.js";
import type { EipRecord, InstanceRecord, SecurityGroupRecord, VpcRecord } from "./resources.js";
import type { State } from "./state.js";

/** Where the runner stands. */
export interface RunnerLocation {
  /** Its public address, as security group rules see it over the internet. */
  publicAddress: string;
  /** A VPC it is inside (a self-hosted runner in that VPC); `*` is inside every VPC. */
  vpcId?: string;
  /** Its private address inside that VPC; default an address of the VPC's CIDR block. */
  privateAddress?: string;
}

/** The documented default public address of the runner (TEST-NET-3; `0.0.0.0/0` covers it). */
export const DEFAULT_RUNNER_ADDRESS = "203.0.113.10";

/** The verdict on one connection. */
export type Reach = { ok: true; from: string } | { ok: false; reason: string };

function ipToNumber(ip: string): number | undefined {
  const c = parseCidr(`${ip}/32`);
  return c?.base;
}

/** Whether `ip` lies in `cidr` (a bare address is a /32). */
export function cidrCovers(cidr: string, ip: string): boolean {
  const n = ipToNumber(ip);
  if (n === undefined) return false;
  const text = cidr.includes("/") ? cidr : `${cidr}/32`;
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(text);
  if (!m) return false;
  const base = ipToNumber(m[1]);
  const prefix = Number(m[2]);
  if (base === undefined || prefix > 32) return false;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (n & mask) >>> 0 === (base & mask) >>> 0;
}

function portCovered(range: string, port: number): boolean {
  const m = /^(-?\d+)\/(-?\d+)$/.exec(range);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (lo === -1 && hi === -1) return true;
  return port >= lo && port <= hi;
}

/** The runner's private address inside a VPC: the given one, else the CIDR block's 250th address. */
function privateAddressIn(st: State, inst: InstanceRecord, runner: RunnerLocation): string {
  if (runner.privateAddress) return runner.privateAddress;
  const vpc = inst.vpcId ? st.store<VpcRecord>("vpc").get(inst.vpcId) : undefined;
  const c = parseCidr(vpc?.cidrBlock ?? "172.16.0.0/12") ?? { base: 0xac100000, prefix: 12 };
  const n = (c.base + 250) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/**
 * The security groups' verdict on TCP to `port` from `source`; `internet` tells a classic
 * instance's public side (rules with NicType internet) from its private side.
 */
export function securityGroupsAllow(
  groups: SecurityGroupRecord[],
  source: string,
  port: number,
  internet: boolean,
  classic: boolean,
): { ok: boolean; rule?: string } {
  let best: { priority: number; accept: boolean; rule: string } | undefined;
  for (const sg of groups) {
    for (const r of sg.rules) {
      if (r.direction !== "ingress") continue;
      const proto = r.ipProtocol.toLowerCase();
      if (proto !== "tcp" && proto !== "all") continue;
      if (!portCovered(r.portRange, port) && proto !== "all") continue;
      if (!r.sourceCidrIp || !cidrCovers(r.sourceCidrIp, source)) continue;
      if (classic && (r.nicType || "internet") !== (internet ? "internet" : "intranet")) continue;
      const priority = Number(r.priority) || 1;
      const accept = r.policy.toLowerCase() !== "drop";
      const rule = `${sg.id} ${r.ipProtocol} ${r.portRange} from ${r.sourceCidrIp} ${accept ? "accept" : "drop"}`;
      if (!best || priority < best.priority || (priority === best.priority && best.accept && !accept))
        best = { priority, accept, rule };
    }
  }
  return best ? { ok: best.accept, rule: best.rule } : { ok: false };
}

/** Whether the runner may connect to `address:port` of the instance (see the file comment). */
export function reach(
  st: State,
  inst: InstanceRecord,
  address: string,
  port: number,
  runner: RunnerLocation,
): Reach {
  const eip = inst.eipAllocationId ? st.store<EipRecord>("eip").get(inst.eipAllocationId) : undefined;
  const isPublic = address === inst.publicIp || (eip?.instanceId === inst.id && eip.ipAddress === address);
  const isPrivate = address === inst.privateIp || address === inst.innerIp;
  if (!isPublic && !isPrivate)
    return { ok: false, reason: `${address} is not an address of ${inst.id} (any more)` };
  let source = runner.publicAddress;
  if (isPrivate) {
    const inside =
      inst.networkType === "vpc" &&
      runner.vpcId !== undefined &&
      (runner.vpcId === "*" || runner.vpcId === inst.vpcId);
    if (!inside) {
      return {
        ok: false,
        reason:
          inst.networkType === "vpc"
            ? `${address} is a private address of ${inst.id} in ${inst.vpcId}; the runner is outside that VPC`
            : `${address} is the classic-network inner address of ${inst.id}; the runner cannot reach it`,
      };
    }
    source = privateAddressIn(st, inst, runner);
  }
  const groups = inst.securityGroupIds
    .map((id) => st.store<SecurityGroupRecord>("securitygroup").get(id))
    .filter((g): g is SecurityGroupRecord => g !== undefined);
  const verdict = securityGroupsAllow(groups, source, port, isPublic, inst.networkType === "classic");
  if (!verdict.ok) {
    return {
      ok: false,
      reason: verdict.rule
        ? `security group rule ${verdict.rule} drops TCP ${port} from ${source}`
        : `no ingress rule of ${inst.securityGroupIds.join(", ") || "its security groups"} opens TCP ${port} to ${source}`,
    };
  }
  return { ok: true, from: source };
}
