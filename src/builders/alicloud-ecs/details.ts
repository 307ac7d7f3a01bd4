/**
 * What the `alicloud-ecs` builder tells of a build (the result's `details`): the source image, the
 * instance type and the zone as labelled facts, the builder instance, and how Terraform's alicloud
 * provider finds its images by tag (`alicloud_images`).
 */
import type { BuildDetails, TerraformImageLookup } from "../result.js";
import { ALICLOUD_ECS } from "./artifact.js";

/** The `alicloud_images` data source of the alicloud provider: own images, the newest first. */
const TERRAFORM: TerraformImageLookup = {
  provider: "alicloud",
  dataSource: "alicloud_images",
  arguments: [
    ["owners", '"self"'],
    ["most_recent", "true"],
  ],
  tagsArgument: "tags",
  idAttribute: "images[0].id",
};

/** What a build ran with, as far as it got. */
export interface EcsBuildFacts {
  /** The source image: the one resolved, or as written. */
  sourceImage?: string;
  instanceType?: string;
  zoneId?: string;
  /** The builder instance. */
  instanceId?: string;
}

/** The details of an `alicloud-ecs` build. */
export function ecsDetails(f: EcsBuildFacts): BuildDetails {
  return {
    builder: ALICLOUD_ECS,
    facts: [
      { key: "source-image", label: "Source image", value: f.sourceImage, lead: "from" },
      { key: "instance-type", label: "Instance type", value: f.instanceType },
      { key: "zone", label: "Zone", value: f.zoneId },
    ],
    ...(f.instanceId ? { machine: { id: f.instanceId, label: "builder instance" } } : {}),
    terraform: TERRAFORM,
  };
}
