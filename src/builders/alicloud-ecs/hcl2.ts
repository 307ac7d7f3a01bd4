/**
 * What the HCL2 front end knows of an `alicloud-ecs` source: its nested blocks, as the plugin's
 * `builder.hcl2spec.go` declares them, and the Packer plugin it comes with (`hashicorp/alicloud`).
 */
import type { Hcl2SourceSpec } from "../../template/hcl2/sources.js";

export const alicloudHcl2: Hcl2SourceSpec = {
  blocks: {
    system_disk_mapping: "single",
    image_disk_mappings: "list",
    tag: "list",
  },
  plugin: { name: "alicloud", source: "hashicorp/alicloud" },
};
