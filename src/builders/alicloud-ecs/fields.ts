/**
 * Every JSON key of the `alicloud-ecs` builder (reference §2.2–§2.5): Packer 1.6.6's keys plus
 * those plugin v1.1.2 (and its `main` branch) added, with their decoded types. The communicator
 * keys are squashed in, as in Packer.
 */
import { communicatorSpec } from "../../communicator/config.js";
import type { ConfigSpec } from "../../template/config/decode.js";

/** A disk in `system_disk_mapping` / `image_disk_mappings`. */
export const diskSpec: ConfigSpec = {
  disk_name: { type: "string" },
  disk_category: { type: "string" },
  disk_size: { type: "int" },
  disk_snapshot_id: { type: "string" },
  disk_description: { type: "string" },
  disk_delete_with_instance: { type: "bool" },
  disk_device: { type: "string" },
  disk_encrypted: { type: "trilean" },
};

/** Access config (`access_config.go`). */
export const accessSpec: ConfigSpec = {
  access_key: { type: "string", secret: true },
  secret_key: { type: "string", secret: true },
  region: { type: "string" },
  ram_role_name: { type: "string" },
  ram_role_arn: { type: "string" },
  ram_session_name: { type: "string" },
  skip_region_validation: { type: "bool" },
  skip_image_validation: { type: "bool" },
  profile: { type: "string" },
  shared_credentials_file: { type: "string" },
  security_token: { type: "string", secret: true },
  custom_endpoint_ecs: { type: "string" },
};

/** Image config (`image_config.go`). */
export const imageSpec: ConfigSpec = {
  image_name: { type: "string" },
  image_version: { type: "string" },
  image_description: { type: "string" },
  resource_group_id: { type: "string" },
  image_share_account: { type: "stringList" },
  image_unshare_account: { type: "stringList" },
  image_copy_regions: { type: "stringList" },
  image_copy_names: { type: "stringList" },
  image_encrypted: { type: "trilean" },
  image_force_delete: { type: "bool" },
  image_force_delete_snapshots: { type: "bool" },
  image_force_delete_instances: { type: "bool" },
  image_ignore_data_disks: { type: "bool" },
  tags: { type: "stringMap" },
  tag: { type: { objectList: { key: { type: "string" }, value: { type: "string" } } } },
  target_image_family: { type: "string" },
  boot_mode: { type: "string" },
  kms_key_id: { type: "string" },
  kms_key_copy_ids: { type: "stringList" },
  system_disk_mapping: { type: { object: diskSpec } },
  image_disk_mappings: { type: { objectList: diskSpec } },
};

/** Run config (`run_config.go`), without the communicator. */
export const runSpec: ConfigSpec = {
  associate_public_ip_address: { type: "trilean" },
  zone_id: { type: "string" },
  io_optimized: { type: "trilean" },
  instance_type: { type: "string" },
  description: { type: "string" },
  source_image: { type: "string" },
  image_family: { type: "string" },
  force_stop_instance: { type: "bool" },
  disable_stop_instance: { type: "bool" },
  ecs_ram_role_name: { type: "string" },
  run_tags: { type: "stringMap" },
  security_group_id: { type: "string" },
  security_group_name: { type: "string" },
  security_enhancement_strategy: { type: "string" },
  user_data: { type: "string" },
  user_data_file: { type: "string" },
  vpc_id: { type: "string" },
  vpc_name: { type: "string" },
  vpc_cidr_block: { type: "string" },
  vswitch_id: { type: "string" },
  vswitch_name: { type: "string" },
  eip_id: { type: "string" },
  instance_name: { type: "string" },
  internet_charge_type: { type: "string" },
  internet_max_bandwidth_out: { type: "int" },
  wait_snapshot_ready_timeout: { type: "int" },
  wait_copying_image_ready_timeout: { type: "int" },
  ssh_private_ip: { type: "trilean" },
  skip_create_image: { type: "bool" },
};

/** The whole builder config. */
export const alicloudEcsSpec: ConfigSpec = { ...accessSpec, ...imageSpec, ...runSpec, ...communicatorSpec };

/** Keys only plugin v1.1.2+ knows; Packer 1.6.6 rejects them as unknown (reference §0). */
export const R112_ONLY_KEYS: readonly string[] = [
  "ram_role_name",
  "ram_role_arn",
  "ram_session_name",
  "custom_endpoint_ecs",
  "image_family",
  "ecs_ram_role_name",
  "run_tags",
  "security_enhancement_strategy",
  "eip_id",
  "resource_group_id",
  "target_image_family",
  "boot_mode",
  "kms_key_id",
  "kms_key_copy_ids",
  "wait_copying_image_ready_timeout",
  "skip_create_image",
];
