/** The `aliyun` CLI commands that delete what a build left behind, in an order that works. */

import { oneLine } from "./text.js";
import type { SweptResource } from "./types.js";

/** The order deletions can succeed in: what uses a resource goes before it (an instance before its vSwitch). */
const DELETE_ORDER = [
  "eip",
  "instance",
  "image",
  "image-copy",
  "snapshot",
  "disk",
  "key-pair",
  "security-group",
  "vswitch",
  "vpc",
];

/** `aliyun` CLI commands deleting resources, in an order that works. */
export function deleteCommands(list: Pick<SweptResource, "type" | "id" | "region">[]): string[] {
  const rank = (t: string) => (DELETE_ORDER.includes(t) ? DELETE_ORDER.indexOf(t) : DELETE_ORDER.length);
  return [...list]
    .sort((a, b) => rank(a.type) - rank(b.type))
    .map(deleteCommand)
    .filter((c): c is string => c !== undefined);
}

/** An `aliyun` CLI command deleting a resource, when the type is known (`--region` picks the endpoint). */
function deleteCommand(r: Pick<SweptResource, "type" | "id" | "region">): string | undefined {
  const q = (v: string) => (/^[\w.:@/-]+$/.test(v) ? v : `'${oneLine(v).replace(/'/g, "'\\''")}'`);
  const at = `--region ${q(r.region)}`;
  const rid = `--RegionId ${q(r.region)}`;
  const id = q(r.id);
  switch (r.type) {
    case "instance":
      return `aliyun ecs DeleteInstance ${at} --InstanceId ${id} --Force true`;
    case "image":
    case "image-copy":
      return `aliyun ecs DeleteImage ${at} ${rid} --ImageId ${id}`;
    case "snapshot":
      return `aliyun ecs DeleteSnapshot ${at} --SnapshotId ${id}`;
    case "disk":
      return `aliyun ecs DeleteDisk ${at} --DiskId ${id}`;
    case "security-group":
      return `aliyun ecs DeleteSecurityGroup ${at} ${rid} --SecurityGroupId ${id}`;
    case "key-pair":
      return `aliyun ecs DeleteKeyPairs ${at} ${rid} --KeyPairNames ${q(JSON.stringify([r.id]))}`;
    case "vpc":
      return `aliyun vpc DeleteVpc ${at} ${rid} --VpcId ${id}`;
    case "vswitch":
      return `aliyun vpc DeleteVSwitch ${at} ${rid} --VSwitchId ${id}`;
    case "eip":
      return `aliyun vpc ReleaseEipAddress ${at} ${rid} --AllocationId ${id}`;
    default:
      return undefined;
  }
}
