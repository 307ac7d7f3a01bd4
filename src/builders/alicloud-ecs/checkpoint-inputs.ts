/**
 * What of an `alicloud-ecs` config shapes the instance's system disk when provisioning starts:
 * the part of a checkpoint's prefix fingerprint the builder owns (the engine adds the resolved
 * source image, the region, the build name, the content of `user_data_file` through
 * `localFiles`, and the provisioners). A build with data disks or without a communicator cannot
 * take checkpoints.
 *
 * Field by field (config.ts):
 * - IN: `source_image` as written and `image_family` (the resolved image id is the engine's),
 *   `instance_type` (cloud-init and drivers see it), `system_disk_mapping` size, category and
 *   encryption (what the disk is), `user_data` (the text; `user_data_file` is hashed by content),
 *   `boot_mode`, `io_optimized`, `security_enhancement_strategy` (`Active` installs the security
 *   agent on the disk), `ecs_ram_role_name` (what the provisioners can reach with the instance's
 *   role), the communicator type and `ssh_username` / `winrm_username` (the account provisioners
 *   run as).
 * - OUT (they name, place, publish or clean up images and instances, or are credentials, not what
 *   is on the disk): access fields and credentials, `skip_region_validation`,
 *   `skip_image_validation`, `image_name`, `image_version`, `image_description`,
 *   `resource_group_id`, `image_share_account`, `image_unshare_account`, `image_copy_regions`,
 *   `image_copy_names`, `image_encrypted`, `kms_key_id`, `kms_key_copy_ids` (the final image's
 *   encryption, applied when it is made), `image_force_delete*`, `tags`, `target_image_family`,
 *   `system_disk_mapping` name, description and device, `zone_id`, `vpc_*`, `vswitch_*`,
 *   `security_group_*`, `eip_id`, `associate_public_ip_address`, `internet_charge_type`,
 *   `internet_max_bandwidth_out`, the network type, `ssh_private_ip`, `instance_name`,
 *   `description`, `run_tags`, `force_stop_instance`, `disable_stop_instance`, `skip_create_image`,
 *   the timeouts, the ssh password, key pair and connection settings (a new instance gets its own),
 *   `ssh_clear_authorized_keys` (after provisioning).
 * - REFUSED: `image_disk_mappings` (data disks: a checkpoint is an image of the system disk, so a
 *   build resuming from it would lose what the provisioners wrote to the data disks) and
 *   `communicator: none` (no provisioner runs, so there is no point to resume from).
 */
import type { CheckpointInputs } from "../builder.js";
import type { AlicloudEcsConfig } from "./config.js";

/** The builder's part of a checkpoint prefix fingerprint, or why the build cannot take checkpoints. */
export function checkpointInputs(c: AlicloudEcsConfig): CheckpointInputs {
  if (c.imageDiskMappings.length > 0) {
    const n = c.imageDiskMappings.length;
    return {
      refused: `the build has ${n} data disk${n === 1 ? "" : "s"} (image_disk_mappings): a checkpoint is an image of the system disk alone, so a build resuming from it would not have what the provisioners wrote to the data disks`,
    };
  }
  if (c.comm.type === "none") {
    return {
      refused: 'the build uses communicator "none": no provisioner runs, so there is nothing to resume from',
    };
  }
  const sys = c.systemDiskMapping;
  return {
    inputs: {
      sourceImage: c.sourceImage,
      imageFamily: c.imageFamily,
      instanceType: c.instanceType,
      systemDisk: { category: sys.diskCategory, size: sys.diskSize, encrypted: sys.encrypted ?? null },
      userData: c.userData,
      bootMode: c.bootMode,
      ioOptimized: c.ioOptimized ?? null,
      securityEnhancementStrategy: c.securityEnhancementStrategy,
      ecsRamRoleName: c.ecsRamRoleName,
      communicator: c.comm.type,
      username: c.comm.type === "winrm" ? c.comm.winrm.username : c.comm.ssh.username,
    },
  };
}
