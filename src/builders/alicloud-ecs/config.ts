/**
 * The `alicloud-ecs` builder config: decoding (Packer's weak typing, see `template/decode.ts`),
 * environment fallbacks, defaults and every Prepare rule of the access, image and run configs,
 * with Packer's messages (reference §2). The result is a typed, camelCase {@link AlicloudEcsConfig}
 * that remembers where each field came from, for errors found later at build time.
 */
import { randomBytes } from "node:crypto";
import { type CommunicatorConfig, prepareCommunicator } from "../../communicator/config.js";
import { checkFile, LIMITS } from "../../files/read-bounded.js";
import { type DecodeResult, decodeConfig, type Located } from "../../template/config/decode.js";
import type { ConfigNode, ConfigObject } from "../../template/config/tree.js";
import { ALICLOUD_PLUGIN_TYPE } from "../../template/deprecated.js";
import { type Diagnostic, DiagnosticBag } from "../../template/diagnostics.js";
import { alicloudEcsSpec } from "./fields.js";
import { checkRanges } from "./ranges.js";

/** A disk of `system_disk_mapping` / `image_disk_mappings`. */
export interface AlicloudDiskDevice {
  diskName: string;
  diskCategory: string;
  /** GiB; 0 = not set. */
  diskSize: number;
  snapshotId: string;
  description: string;
  deleteWithInstance: boolean;
  device: string;
  /** Unset (undefined) keeps the API's default. */
  encrypted: boolean | undefined;
}

/** The decoded, defaulted and validated builder config. */
export interface AlicloudEcsConfig {
  // Access (§2.2)
  accessKey: string;
  secretKey: string;
  region: string;
  ramRoleName: string;
  ramRoleArn: string;
  ramSessionName: string;
  skipRegionValidation: boolean;
  skipImageValidation: boolean;
  profile: string;
  sharedCredentialsFile: string;
  securityToken: string;
  customEndpointEcs: string;
  // Image (§2.4)
  imageName: string;
  imageVersion: string;
  imageDescription: string;
  resourceGroupId: string;
  imageShareAccounts: string[];
  imageUnshareAccounts: string[];
  /** Duplicates removed, order kept. */
  imageCopyRegions: string[];
  imageCopyNames: string[];
  imageEncrypted: boolean | undefined;
  imageForceDelete: boolean;
  imageForceDeleteSnapshots: boolean;
  imageForceDeleteInstances: boolean;
  imageIgnoreDataDisks: boolean;
  /** `tags` with the `tag` list merged in (`tag` wins). */
  tags: Record<string, string>;
  targetImageFamily: string;
  bootMode: string;
  kmsKeyId: string;
  kmsKeyCopyIds: string[];
  systemDiskMapping: AlicloudDiskDevice;
  imageDiskMappings: AlicloudDiskDevice[];
  // Run (§2.3)
  /** As written; undefined when the template does not set it (a public address by default). */
  associatePublicIpAddress: boolean | undefined;
  zoneId: string;
  ioOptimized: boolean | undefined;
  instanceType: string;
  description: string;
  sourceImage: string;
  imageFamily: string;
  forceStopInstance: boolean;
  disableStopInstance: boolean;
  ecsRamRoleName: string;
  runTags: Record<string, string>;
  securityGroupId: string;
  securityGroupName: string;
  securityEnhancementStrategy: string;
  userData: string;
  /** As written (relative to the working directory). */
  userDataFile: string;
  vpcId: string;
  vpcName: string;
  vpcCidrBlock: string;
  vswitchId: string;
  vswitchName: string;
  eipId: string;
  instanceName: string;
  /** `PayByTraffic` by default in classic networking; as written otherwise. */
  internetChargeType: string;
  /** 5 by default in classic networking; as written otherwise. */
  internetMaxBandwidthOut: number;
  /** Seconds; 3600 unless set above 0. */
  waitSnapshotReadyTimeout: number;
  /** Seconds; 3600 unless set above 0. */
  waitCopyingImageReadyTimeout: number;
  /** As written; undefined when the template does not set it. */
  sshPrivateIp: boolean | undefined;
  skipCreateImage: boolean;
  /** VPC unless only a password (and no VPC, vSwitch, user data or key pair) is used (§1.2). */
  networkType: "vpc" | "classic";
  /** Communicator (§2.5), with the temporary key pair name generated when no key/password is given. */
  comm: CommunicatorConfig;
  /** Every secret value (keys, tokens, passwords, from the template or the environment), for masking. */
  secrets: string[];
  /** The template file this config came from. */
  file: string;
  /** Where a field is in the template, by JSON key or mapstructure name (`image_disk_mappings[0].disk_size`). */
  positionOf(field: string): Located;
}

/** Inputs of {@link decodeAlicloudEcsConfig}. */
export interface AlicloudEcsContext {
  file: string;
  /** Packer's interpolation of one string (`{{user}}`, `{{timestamp}}`…); may throw. */
  render: (text: string, node: ConfigNode) => string;
  env: Record<string, string | undefined>;
  /** Working directory: relative `user_data_file` and key paths are checked against it. */
  cwd: string;
  /** `-force`: sets image_force_delete and image_force_delete_snapshots. */
  force?: boolean;
}

const TARGET_FAMILY = /^\p{L}[\p{L}_0-9\-.:]{1,127}$/u;
const BOOT_MODES = ["BIOS", "UEFI", "UEFI-Preferred"];

/**
 * Decodes one `alicloud-ecs` builder block. Decode errors stop there (as in Packer, but all of
 * them are reported); otherwise every Prepare rule runs and all its errors are reported.
 */
export function decodeAlicloudEcsConfig(
  node: ConfigObject,
  ctx: AlicloudEcsContext,
): { config?: AlicloudEcsConfig; diagnostics: Diagnostic[] } {
  const decoded = decodeConfig(node, alicloudEcsSpec, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: ["name"],
    noRender: ["run_command"],
    pluginType: ALICLOUD_PLUGIN_TYPE,
  });
  if (decoded.diagnostics.length > 0) return { diagnostics: decoded.diagnostics };

  const bag = new DiagnosticBag(ctx.file);
  const report = (at: Located, message: string) => bag.error(at, message);
  const v = decoded.value;
  const at = (k: string) => decoded.positionOf(k);
  const str = (k: string) => v[k] as string;
  const env = (k: string) => ctx.env[k] ?? "";
  const secrets = [...decoded.secrets];

  // Access config: environment fallbacks for empty fields, then the checks.
  const accessKey = str("access_key") || env("ALICLOUD_ACCESS_KEY");
  const secretKey = str("secret_key") || env("ALICLOUD_SECRET_KEY");
  const profile = str("profile") || env("ALICLOUD_PROFILE");
  const sharedCredentialsFile = str("shared_credentials_file") || env("ALICLOUD_SHARED_CREDENTIALS_FILE");
  const securityToken = str("security_token") || env("SECURITY_TOKEN");
  const region = str("region") || env("ALICLOUD_REGION");
  for (const s of [accessKey, secretKey, securityToken]) if (s && !secrets.includes(s)) secrets.push(s);
  const ramRoleName = str("ram_role_name");
  // No "access_key or ram_role_name must be set" check (Packer's): credentials come from the
  // credential chain (src/credentials/chain.ts), which explains every source it tried when none applies.
  if (region === "") {
    report(
      at("region"),
      "region option or ALICLOUD_REGION must be provided in template file or environment variables.",
    );
  }

  // Image config.
  const tags = { ...(v.tags as Record<string, string>) };
  for (const kv of v.tag as { key: string; value: string }[]) tags[kv.key] = kv.value;
  const imageName = str("image_name");
  checkImageName(imageName, at("image_name"), report);
  const targetImageFamily = str("target_image_family");
  checkTargetImageFamily(targetImageFamily, at("target_image_family"), report);
  const bootMode = str("boot_mode");
  if (bootMode !== "" && !BOOT_MODES.includes(bootMode)) {
    report(at("boot_mode"), "boot_mode should to be one of 'BIOS', 'UEFI' or 'UEFI-Preferred'");
  }
  const imageCopyRegions = [...new Set(v.image_copy_regions as string[])];

  // Run config: the temporary key pair default, then the communicator, then the run checks.
  const commValues = { ...v };
  if (
    str("ssh_keypair_name") === "" &&
    str("temporary_key_pair_name") === "" &&
    str("ssh_private_key_file") === "" &&
    str("ssh_password") === "" &&
    str("winrm_password") === ""
  ) {
    commValues.temporary_key_pair_name = `packer_${timeOrderedUUID()}`;
  }
  const comm = prepareCommunicator(
    { value: commValues, positionOf: decoded.positionOf },
    { cwd: ctx.cwd, env: ctx.env, builderType: "alicloud-ecs" },
    report,
  );
  checkRun(decoded, ctx.cwd, report, bag);
  checkRanges(decoded, report);

  if (bag.hasErrors) return { diagnostics: bag.items };

  const networkType: "vpc" | "classic" =
    str("vpc_id") !== "" ||
    str("vswitch_id") !== "" ||
    str("user_data") !== "" ||
    str("user_data_file") !== "" ||
    comm.ssh.privateKeyFile !== "" ||
    comm.ssh.keypairName !== "" ||
    comm.ssh.temporaryKeyPairName !== ""
      ? "vpc"
      : "classic";
  let internetChargeType = str("internet_charge_type");
  let internetMaxBandwidthOut = v.internet_max_bandwidth_out as number;
  if (networkType === "classic") {
    if (internetChargeType === "") internetChargeType = "PayByTraffic";
    if (internetMaxBandwidthOut === 0) internetMaxBandwidthOut = 5;
  }
  const seconds = (k: string) => ((v[k] as number) > 0 ? (v[k] as number) : 3600);

  const config: AlicloudEcsConfig = {
    accessKey,
    secretKey,
    region,
    ramRoleName,
    ramRoleArn: str("ram_role_arn"),
    ramSessionName: str("ram_session_name"),
    skipRegionValidation: v.skip_region_validation as boolean,
    skipImageValidation: v.skip_image_validation as boolean,
    profile,
    sharedCredentialsFile,
    securityToken,
    customEndpointEcs: str("custom_endpoint_ecs"),
    imageName,
    imageVersion: str("image_version"),
    imageDescription: str("image_description"),
    resourceGroupId: str("resource_group_id"),
    imageShareAccounts: v.image_share_account as string[],
    imageUnshareAccounts: v.image_unshare_account as string[],
    imageCopyRegions,
    imageCopyNames: v.image_copy_names as string[],
    imageEncrypted: v.image_encrypted as boolean | undefined,
    imageForceDelete: (v.image_force_delete as boolean) || ctx.force === true,
    imageForceDeleteSnapshots: (v.image_force_delete_snapshots as boolean) || ctx.force === true,
    imageForceDeleteInstances: v.image_force_delete_instances as boolean,
    imageIgnoreDataDisks: v.image_ignore_data_disks as boolean,
    tags,
    targetImageFamily,
    bootMode,
    kmsKeyId: str("kms_key_id"),
    kmsKeyCopyIds: v.kms_key_copy_ids as string[],
    systemDiskMapping: toDisk(v.system_disk_mapping as Record<string, unknown>),
    imageDiskMappings: (v.image_disk_mappings as Record<string, unknown>[]).map(toDisk),
    associatePublicIpAddress: v.associate_public_ip_address as boolean | undefined,
    zoneId: str("zone_id"),
    ioOptimized: v.io_optimized as boolean | undefined,
    instanceType: str("instance_type"),
    description: str("description"),
    sourceImage: str("source_image"),
    imageFamily: str("image_family"),
    forceStopInstance: v.force_stop_instance as boolean,
    disableStopInstance: v.disable_stop_instance as boolean,
    ecsRamRoleName: str("ecs_ram_role_name"),
    runTags: v.run_tags as Record<string, string>,
    securityGroupId: str("security_group_id"),
    securityGroupName: str("security_group_name"),
    securityEnhancementStrategy: str("security_enhancement_strategy"),
    userData: str("user_data"),
    userDataFile: str("user_data_file"),
    vpcId: str("vpc_id"),
    vpcName: str("vpc_name"),
    vpcCidrBlock: str("vpc_cidr_block"),
    vswitchId: str("vswitch_id"),
    vswitchName: str("vswitch_name"),
    eipId: str("eip_id"),
    instanceName: str("instance_name"),
    internetChargeType,
    internetMaxBandwidthOut,
    waitSnapshotReadyTimeout: seconds("wait_snapshot_ready_timeout"),
    waitCopyingImageReadyTimeout: seconds("wait_copying_image_ready_timeout"),
    sshPrivateIp: v.ssh_private_ip as boolean | undefined,
    skipCreateImage: v.skip_create_image as boolean,
    networkType,
    comm,
    secrets,
    file: ctx.file,
    positionOf: decoded.positionOf,
  };
  // Warnings (never fatal) travel with a valid config.
  return { config, diagnostics: bag.items };
}

/** image_name rules of `image_config.go` (lengths in bytes, whitespace as Go's `\s`). */
function checkImageName(name: string, at: Located, report: (at: Located, m: string) => void): void {
  const bytes = Buffer.byteLength(name);
  if (name === "") report(at, "image_name must be specified");
  else if (bytes < 2 || bytes > 128)
    report(at, "image_name must less than 128 letters and more than 1 letters");
  else if (name.startsWith("http://") || name.startsWith("https://")) {
    report(at, "image_name can't start with 'http://' or 'https://'");
  }
  if (/[\t\n\f\r ]/.test(name)) report(at, "image_name can't include spaces");
}

/** target_image_family rules (plugin v1.1.2; texts are ours, the rule is the plugin's). */
function checkTargetImageFamily(family: string, at: Located, report: (at: Located, m: string) => void): void {
  if (family === "") return;
  if (family.startsWith("aliyun") || family.startsWith("acs:")) {
    report(at, "target_image_family can't start with 'aliyun' or 'acs:'");
  } else if (family.startsWith("http://") || family.startsWith("https://")) {
    report(at, "target_image_family can't start with 'http://' or 'https://'");
  } else if (!TARGET_FAMILY.test(family)) {
    report(
      at,
      "target_image_family must be 2 to 128 characters, start with a letter and contain only letters, digits, '_', '-', '.' or ':'",
    );
  }
}

/** run_config.go's checks after the communicator's. */
function checkRun(
  decoded: DecodeResult,
  cwd: string,
  report: (at: Located, m: string) => void,
  bag: DiagnosticBag,
): void {
  const v = decoded.value;
  const at = (k: string) => decoded.positionOf(k);
  const sourceImage = v.source_image as string;
  const imageFamily = v.image_family as string;
  if (sourceImage === "" && imageFamily === "")
    report(at("source_image"), "A source_image must be specified");
  if (sourceImage !== "" && imageFamily !== "") {
    report(
      at("image_family"),
      "An image_family and source_image can not be specified at the same time. Please use only one.",
    );
  }
  if (sourceImage !== "" && sourceImage.trim() !== sourceImage) {
    report(at("source_image"), "The source_image can't include spaces");
  }
  if (imageFamily !== "" && imageFamily.trim() !== imageFamily) {
    report(at("image_family"), "The image_family can't include spaces");
  }
  if (v.instance_type === "") report(at("instance_type"), "An alicloud_instance_type must be specified");
  const userData = v.user_data as string;
  const userDataFile = v.user_data_file as string;
  if (userData !== "" && userDataFile !== "") {
    report(at("user_data_file"), "Only one of user_data or user_data_file can be specified.");
  } else if (userDataFile !== "") {
    const problem = checkFile(userDataFile, cwd, { limit: LIMITS.userData, what: "user_data_file" });
    if (problem?.startsWith("stat "))
      report(at("user_data_file"), `user_data_file not found: ${userDataFile}`);
    else if (problem) report(at("user_data_file"), `user_data_file: ${problem}`);
  }
  const strategy = v.security_enhancement_strategy as string;
  if (strategy !== "" && strategy !== "Active" && strategy !== "Deactive") {
    // Packer passes any value through and the API rejects it at instance creation.
    bag.warning(
      at("security_enhancement_strategy"),
      `security_enhancement_strategy should be Active or Deactive; the API will reject '${strategy}'`,
    );
  }
}

function toDisk(d: Record<string, unknown>): AlicloudDiskDevice {
  return {
    diskName: d.disk_name as string,
    diskCategory: d.disk_category as string,
    diskSize: d.disk_size as number,
    snapshotId: d.disk_snapshot_id as string,
    description: d.disk_description as string,
    deleteWithInstance: d.disk_delete_with_instance as boolean,
    device: d.disk_device as string,
    encrypted: d.disk_encrypted as boolean | undefined,
  };
}

/** Packer's `uuid.TimeOrderedUUID()`: Unix seconds, then 12 random bytes, as 8-4-4-4-12 hex. */
export function timeOrderedUUID(now: Date = new Date()): string {
  const unix = (Math.floor(now.getTime() / 1000) >>> 0).toString(16).padStart(8, "0");
  const b = randomBytes(12).toString("hex");
  return `${unix}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12)}`;
}
