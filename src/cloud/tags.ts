/**
 * Tags: every temporary resource carries `image-build:run` and `image-build:build`, so a sweep
 * can find what a killed run left even without its ledger. ECS resources are tagged through the
 * ECS API, VPCs, vSwitches and EIPs through the VPC API.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import type { ResourceType } from "../pipeline/ledger.js";
import type { CallOptions, Cloud } from "./cloud.js";

/** The tag holding the run id (one per workflow run attempt or CLI invocation). */
export const RUN_TAG = "image-build:run";
/** The tag holding the build name. */
export const BUILD_TAG = "image-build:build";

/** The tags of a run's temporary resources. */
export function runTags(runId: string, build?: string): Record<string, string> {
  return { [RUN_TAG]: runId, ...(build !== undefined ? { [BUILD_TAG]: build } : {}) };
}

/** The API and the API's ResourceType for a ledger type; undefined when the type cannot be tagged. */
export function tagTarget(type: ResourceType): { product: "Ecs" | "Vpc"; resourceType: string } | undefined {
  switch (type) {
    case "instance":
    case "image":
    case "snapshot":
    case "disk":
      return { product: "Ecs", resourceType: type };
    case "image-copy":
      return { product: "Ecs", resourceType: "image" };
    case "security-group":
      return { product: "Ecs", resourceType: "securitygroup" };
    case "key-pair":
      return { product: "Ecs", resourceType: "keypair" };
    case "vpc":
      return { product: "Vpc", resourceType: "VPC" };
    case "vswitch":
      return { product: "Vpc", resourceType: "VSWITCH" };
    case "eip":
      return { product: "Vpc", resourceType: "EIP" };
    default:
      return undefined;
  }
}

function target(type: ResourceType) {
  const t = tagTarget(type);
  if (!t) throw new Error(`resources of type ${type} cannot be tagged`);
  return t;
}

/** Tags resources of one type (at most 50 ids per call, as the APIs allow). */
export async function tagResources(
  cloud: Cloud,
  type: ResourceType,
  ids: string[],
  tags: Record<string, string>,
  o: Pick<CallOptions, "signal"> = {},
): Promise<void> {
  const t = target(type);
  const entries = Object.entries(tags);
  for (let i = 0; i < ids.length; i += 50) {
    const chunk = ids.slice(i, i + 50);
    const resource = `${type} ${chunk.join(",")}`;
    if (t.product === "Ecs") {
      await cloud.ecs(
        "TagResources",
        (c) =>
          c.tagResources(
            new $Ecs.TagResourcesRequest({
              regionId: cloud.region,
              resourceType: t.resourceType,
              resourceId: chunk,
              tag: entries.map(([key, value]) => new $Ecs.TagResourcesRequestTag({ key, value })),
            }),
          ),
        { resource, signal: o.signal },
      );
    } else {
      await cloud.vpc(
        "TagResources",
        (c) =>
          c.tagResources(
            new $Vpc.TagResourcesRequest({
              regionId: cloud.region,
              resourceType: t.resourceType,
              resourceId: chunk,
              tag: entries.map(([key, value]) => new $Vpc.TagResourcesRequestTag({ key, value })),
            }),
          ),
        { resource, signal: o.signal },
      );
    }
  }
}

/** Ids of the resources of one type carrying every given tag (all pages). */
export async function findTaggedResources(
  cloud: Cloud,
  type: ResourceType,
  tags: Record<string, string>,
  o: Pick<CallOptions, "signal"> = {},
): Promise<string[]> {
  const t = target(type);
  const ids = new Set<string>();
  const entries = Object.entries(tags);
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page =
      t.product === "Ecs"
        ? (
            await cloud.ecs(
              "ListTagResources",
              (c) =>
                c.listTagResources(
                  new $Ecs.ListTagResourcesRequest({
                    regionId: cloud.region,
                    resourceType: t.resourceType,
                    tag: entries.map(([key, value]) => new $Ecs.ListTagResourcesRequestTag({ key, value })),
                    ...(token ? { nextToken: token } : {}),
                  }),
                ),
              { signal: o.signal },
            )
          ).body
        : (
            await cloud.vpc(
              "ListTagResources",
              (c) =>
                c.listTagResources(
                  new $Vpc.ListTagResourcesRequest({
                    regionId: cloud.region,
                    resourceType: t.resourceType,
                    tag: entries.map(([key, value]) => new $Vpc.ListTagResourcesRequestTag({ key, value })),
                    maxResults: 50,
                    ...(token ? { nextToken: token } : {}),
                  }),
                ),
              { signal: o.signal },
            )
          ).body;
    for (const r of page?.tagResources?.tagResource ?? []) if (r.resourceId) ids.add(r.resourceId);
    nextToken = page?.nextToken || undefined;
  } while (nextToken);
  return [...ids];
}
