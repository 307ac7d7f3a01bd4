/**
 * The hint table: for the error codes a build can meet (the codes of the actions it calls, from
 * the official API metadata), what to do about them. Data only; {@link hintFor} in
 * error-advice.ts looks a code up.
 */

/** The RAM action name of an API action (`ecs:RunInstances`, `vpc:CreateVpc`). */
export function ramAction(product: string, action: string): string {
  return `${product.toLowerCase()}:${action}`;
}

/** The call an error came from, as a hint needs it. */
export type CallRef = { product: string; action: string };
/** One row of the hints table: the codes it covers and what to do about them. */
interface HintRule {
  /** Exact codes, or a pattern over the code. */
  codes: readonly string[] | RegExp;
  hint: string | ((call: CallRef) => string);
}

/** How every hint ends when running again is the fix. */
export const AGAIN = "then run the build again";

/**
 * What to do about the error codes a build can meet (the codes of the actions it calls, from the
 * official API metadata). First match wins; each hint is an imperative sentence naming the
 * template field, account setting or RAM action to change. docs/errors.md explains them for users; docs/ram-policy.md lists the RAM actions.
 */
export const HINTS: readonly HintRule[] = [
  // An endpoint override Node cannot even connect to (a bad port or address).
  {
    codes: ["ERR_SOCKET_BAD_PORT", "ERR_INVALID_URL", "ERR_INVALID_IP_ADDRESS"],
    hint: "The API endpoint address is invalid: check the endpoint overrides (the ecs-endpoint and vpc-endpoint inputs, IMAGE_BUILD_ECS_ENDPOINT, IMAGE_BUILD_VPC_ENDPOINT, custom_endpoint_ecs): host[:port] with a port from 1 to 65535.",
  },
  // Credentials and permissions.
  {
    codes: ["EntityNotExist.Role"],
    hint: "The role to assume does not exist: check the role ARN (input role-to-assume, the template's ram_role_arn or the profile's ram_role_arn) against the RAM console.",
  },
  {
    codes: /^AuthenticationFail\.OIDCToken\./,
    hint: "STS did not accept the GitHub OIDC token: check that oidc-provider-arn names the RAM OIDC provider of this repository's issuer, that its client ids include the audience input, and that the role's trust policy admits the token's subject.",
  },
  {
    codes: /^InvalidAccessKeyId(\.|$)/,
    hint: "The AccessKey ID is unknown or disabled: check access_key / ALICLOUD_ACCESS_KEY (or the profile, role or OIDC settings that produced it) and that the key is enabled in the RAM console.",
  },
  {
    codes: ["SignatureDoesNotMatch", "IncompleteSignature"],
    hint: "The AccessKey secret does not match the AccessKey ID: check secret_key / ALICLOUD_SECRET_KEY.",
  },
  {
    codes: /^InvalidSecurityToken(\.|$)/,
    hint: "The STS token is expired or does not belong to this AccessKey: refresh the credentials (a longer role session, or let the build assume the role itself with ram_role_arn).",
  },
  {
    codes: ["InvalidTimeStamp.Expired", "InvalidTimeStamp.Format"],
    hint: "The clock of the machine running the build is more than 15 minutes off: synchronise it (NTP), then run the build again.",
  },
  {
    codes: ["InvalidUser.PassRoleForbidden"],
    hint: 'The RAM identity may not pass the instance RAM role: grant "ram:PassRole" on the role named in ecs_ram_role_name, or remove ecs_ram_role_name.',
  },
  {
    codes:
      /^(Forbidden(\.RAM|\.NoPermission.*|\.Unauthorized)?|Forbbiden|NoPermission(\..*)?|InvalidAction\.Unauthorized|InvalidUser\.Unauthorized|OperationDenied\.Unauthorized|PermissionDenied\..*|Unauthorized)$/,
    hint: (call) =>
      `The RAM user or role is not allowed to call ${call.action}: grant "${ramAction(call.product, call.action)}" in its RAM policy (docs/ram-policy.md lists every action a build calls), ${AGAIN}.`,
  },
  {
    codes: ["Forbidden.RiskControl", "SecurityRisk.3DVerification"],
    hint: "Alibaba Cloud's risk control held the request: sign in to the console with this account and complete the verification it asks for, then run the build again.",
  },
  {
    codes: [
      "RealNameAuthenticationError",
      "AccountEnterpriseStatusInvalid",
      "OperationDenied.TestAccountRetricted",
    ],
    hint: "The account may not buy resources yet: complete its real-name verification in the Alibaba Cloud console.",
  },
  // Billing.
  {
    codes:
      /^(Account\.Arrearage|InvalidAccountStatus(\.NotEnoughBalance|\.PayAmountLimitExceeded)?|InsufficientBalance(\..*)?|AccountForbidden\..*|InstanceExpiredOrInArrears|DiskInArrears|PaymentMethodNotFound)$/,
    hint: "The account cannot pay for new resources (overdue payment, insufficient balance or no payment method): settle it in the Billing console, then run the build again.",
  },
  {
    codes: ["InvalidAccountStatus.SnapshotServiceUnavailable"],
    hint: "The snapshot service is not activated for this account: activate ECS snapshots in the console, then run the build again.",
  },
  // Region, zone and stock.
  {
    codes:
      /^(InvalidRegionId\.(NotFound|MalFormed|Malformed)|Invalid\.RegionId|InvalidRegion\.NotFound|Forbidden\.RegionNotFound|MissingParameter\.RegionId)$/,
    hint: "The region does not exist or is not available to this account: check region (and image_copy_regions).",
  },
  {
    codes:
      /^(Unauthorized\.EmptyRegion|RegionUnauthorized|Forbidden\.RegionId|InvalidRegion\.NotSupport|OperationDenied\.RegionIdNotSupported|UnsupportedRegion|Unavailable\.Regions)$/,
    hint: "The account may not use this region: choose another region, or enable the region for the account in the console.",
  },
  {
    codes: [
      "OperationDenied.NoStock",
      "Zone.NotOnSale",
      "Zone.NotOpen",
      "InvalidResourceType.NotSupported",
      "ResourceNotAvailable",
      "LackResource",
      "InvalidOperation.PublicIpAddressNoStock",
      "OperationDenied.ZoneNotAllowed",
      "InvalidInstanceType.ZoneNotSupported",
    ],
    hint: "The zone has no stock of this instance type now: choose another zone_id or instance_type, or leave zone_id empty so that the build tries every zone that reports stock; stock also comes back later.",
  },
  {
    codes: ["InvalidZoneId.NotFound", "Invalid.ZoneId", "InvalidVpcZone.NotSupported"],
    hint: "The zone does not exist in this region: check zone_id, or leave it empty.",
  },
  {
    codes:
      /^(InvalidInstanceType\.(NotFound|ValueNotSupported|ValueUnauthorized|NotSupported|NotSupportDiskCategory)|InstanceType\.(Offline|NotSupport|Invalid)|Invalid\.InstanceType|INSTANCE_TYPE_NOT_SUPPORT|InvalidParameter\.InstanceTypeNotSupport|OperationDenied\.FlavorNotSupported)$/,
    hint: "The instance_type is not offered in this region or zone, or not for this image or disk: choose another instance_type (DescribeAvailableResource lists what a zone offers).",
  },
  // Images.
  {
    codes: /^(InvalidImageId\.(NotFound|Malformed)|InvalidImage\.NotFound|InvalidImageId)$/,
    hint: "The image does not exist in this region or is not visible to this account: check source_image and region.",
  },
  {
    codes: ["InvalidImageFamily.MissingAvailableImage", "InvalidImageFamily.Malformed"],
    hint: "No available image belongs to image_family in this region: check image_family, or give source_image instead.",
  },
  {
    codes: [
      "InvalidMarketImage.NotAuthorized",
      "InvalidMarketImage.NotFound",
      "PublicImageAgreement.NotSigned",
      "InvalidImageId.BidMismatch",
      "InvalidMarketImageChargeType.NotSupport",
    ],
    hint: "The source image is a Marketplace image this account has not subscribed to: subscribe to it in the Alibaba Cloud Marketplace, or choose another source_image.",
  },
  {
    codes: [
      "CurrentAccount.NotSupportPublicImage",
      "CurrentRegion.NotSupportPublicImage",
      "InvalidImage.NotSupported",
      "InvalidImage.WindowsUnsupported",
      "LoginAsNonRoot.ImageNotSupport",
      "InvalidSystemDiskSize.ImageNotSupportResize",
    ],
    hint: "The source image cannot be used this way (by this account, with this instance_type or disk): choose another source_image or instance_type.",
  },
  {
    codes: ["InvalidImageName.Duplicated"],
    hint: "An image with this image_name already exists: choose another image_name, or set image_force_delete (or run with -force) to replace it.",
  },
  {
    codes: ["InvalidImageName.Malformed", "InvalidImageVersion.Malformed"],
    hint: "Fix image_name (2 to 128 characters, starting with a letter, not with http:// or https://; letters, digits, '.', '_', '-' and ':') and image_version.",
  },
  {
    codes:
      /^(InvalidDescription\.Malformed|ImageDescription\.ContainsSensitiveWords|.*Discription\.Malformed)$/,
    hint: "A description is not accepted: fix image_description (or the disk descriptions in system_disk_mapping and image_disk_mappings): 2 to 256 characters, not starting with http:// or https://.",
  },
  {
    codes: [
      "ImageUsingByInstance",
      "SnapshotCreatedImage",
      "SnapshotCreatedDisk",
      "InvalidOperation.DeleteSharedSnapshotUnsupported",
    ],
    hint: "The image or snapshot is still in use (an instance runs from it, or it is shared): release what uses it, or keep it and choose another image_name.",
  },
  {
    codes: [
      "RegionNotSupportCopy",
      "InvalidOperation.CopyingDataFromThisRegionUnsupported",
      "InvalidOperation.CopyingDataToThisRegionUnsupported",
      "DestinationRegion.NotFound",
      "SourceRegion.NotFound",
      "InvalidOperation.CloudBoxImageCopyUnsupported",
    ],
    hint: "The image cannot be copied to that region: remove it from image_copy_regions, or check the region id.",
  },
  {
    codes: ["InvalidAccount.NotFound", "InvalidAccount.Forbbiden", "InvalidAliUid", "InvalidAliuid"],
    hint: "An account id is not valid: check image_share_account and image_unshare_account (Alibaba Cloud account ids, digits only).",
  },
  {
    codes: [
      "NotSupportSnapshotEncrypted.ShareImage",
      "InvalidParameter.IsPublic",
      "ForbiddenParameter.LaunchPermission",
    ],
    hint: "An encrypted image cannot be shared this way: remove image_share_account, or build without image_encrypted.",
  },
  // Encryption (KMS).
  {
    codes:
      /^(InvalidParameter\.KMSKeyId\..*|InvalidOperation\.KMSKeyIdNotFound|InvalidOperation\.KMSServiceNotOpen|InvalidParameter\.Encrypted\.KmsNotEnable|InvalidParameter\.KmsNotEnabled|InvalidKMSKeyId\..*|InvalidKmsKeyId\..*|InvalidParameter\.DataEncryptedKeyCreateFailed)$/,
    hint: "The KMS key cannot be used: check kms_key_id (and kms_key_copy_ids) — the key must exist in that region, be enabled, and be usable by this account — and that KMS is activated.",
  },
  {
    codes:
      /^(InvalidParameter\.Encrypted(Illegal|NotSupported)?|NotSupportSnapshotEncrypted\..*|InvalidEncrypted\..*|InvalidEncryptAlgorithm.*)$/,
    hint: "Encryption is not supported with these settings: check image_encrypted, disk_encrypted and kms_key_id for this region, disk category and instance_type.",
  },
  // Network.
  {
    codes: [
      "InvalidVpcId.NotFound",
      "Forbidden.VpcNotFound",
      "VpcNotFound",
      "InvalidVSwitchId.NotFound",
      "InvalidVSwitchId.NotExist",
      "InvalidSecurityGroupId.NotFound",
      "InvalidSecurityGroup.NotFound",
      "InvalidSecurityGroupId",
    ],
    hint: "The network resource does not exist in this region: check vpc_id, vswitch_id and security_group_id (or leave them empty so that the build creates its own).",
  },
  {
    codes: [
      "InvalidSecurityGroup.VpcMismatch",
      "InvalidSecurityGroup.NotInDefaultVpc",
      "InvalidVSwitchId.IpInvalid",
      "InvalidVSwitchId.Necessary",
      "InvalidSecurityGroup.InvalidNetworkType",
      "InvalidSecurityGroup.NetworkType",
      "InvalidNetworkType.Mismatch",
      "InvalidNetworkType.Conflict",
    ],
    hint: "The vSwitch and security group do not belong together: security_group_id and vswitch_id must be in the same VPC (vpc_id).",
  },
  {
    codes:
      /^(InvalidCidrBlock\..*|InvalidCirdrBlock\..*|InvalidUserCidr\..*|IllegalParam\.(CidrBlock|CidrMask|CidrBlockMask|UserCidr)|OperationFailed\.CidrAcross|MissingParam\.CidrOrCidrMask)$/,
    hint: "The CIDR block is not valid or overlaps another one: choose another vpc_cidr_block (a private /8 to /24 range), or reuse a VPC with vpc_id.",
  },
  {
    codes: ["QuotaExceeded.PrivateIpAddress"],
    hint: "The vSwitch has no free private IP address: give a larger or emptier vswitch_id, or leave it empty so that the build creates its own.",
  },
  {
    codes:
      /^(InvalidSourceCidrIp\..*|InvalidPortRange\..*|InvalidParam\.PortRange|InvalidIpProtocol\..*|InvalidParam\.SourceIp)$/,
    hint: "The security group rule is not valid: check ssh_port (or winrm_port) and the allowed source CIDR.",
  },
  {
    codes: ["InvalidAllocationId.NotFound", "InvalidEip.NotFound"],
    hint: "The EIP does not exist in this region: check eip_id.",
  },
  {
    codes:
      /^(InvalidEIPStatus\..*|IncorrectEipStatus|InvalidBindingStatus|EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP|InvalidAssociation\.Duplicated)$/,
    hint: "The EIP cannot be associated now (it is bound elsewhere, or the instance already has a public IP): free eip_id, or drop associate_public_ip_address.",
  },
  {
    codes: /^DependencyViolation(\..*)?$/,
    hint: "Something not created by this build still uses the resource (an instance, ENI, NAT gateway or route): delete that first, or delete the resource by hand later.",
  },
  {
    codes: ["InvalidOperation.ResourceManagedByCloudProduct"],
    hint: "The resource is managed by another Alibaba Cloud product: do not name it in the template (vpc_id, vswitch_id, security_group_id), or manage it through that product.",
  },
  {
    codes: [
      "AuthorizationLimitExceed",
      "AuthorizedGroupRule.LimitExceed",
      "SecurityGroupInstanceLimitExceed",
      "JoinedGroupLimitExceed",
    ],
    hint: "The security group is full (rules or instances): give security_group_id a group with room, or leave it empty so that the build creates its own.",
  },
  {
    codes: ["InvalidParameter.KeypairAlreadyAttachedInstance"],
    hint: "The key pair is still attached to an instance: release or detach that instance, then delete the key pair by hand.",
  },
  // Instance settings.
  {
    codes:
      /^(InvalidSystemDiskCategory\..*|InvalidDataDiskCategory\..*|InvalidDiskCategory\..*|DiskCategory\.OperationNotSupported|InvalidCategory\..*|CategoryNotSupported|OperationDenied\.ZoneSystemCategoryNotMatch)$/,
    hint: "The disk category is not offered for this instance_type or zone: change disk_category in system_disk_mapping or image_disk_mappings (cloud_essd, cloud_ssd or cloud_efficiency).",
  },
  {
    codes:
      /^(InvalidSystemDiskSize.*|InvalidDataDiskSize\..*|InvalidDiskSize\..*|InvalidDisk\.SystemDiskSize|InvalidSize\.ValueNotSupported|SizeExceed\.Image)$/,
    hint: "A disk size is out of range: set disk_size in system_disk_mapping (at least the source image's size) or image_disk_mappings within the category's limits.",
  },
  {
    codes: ["InvalidPassword.Malformed", "InvalidPasswordParam.Mismatch"],
    hint: "The instance password is not accepted: ssh_password (or winrm_password) must be 8 to 30 characters with three of upper case, lower case, digits and ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/.",
  },
  {
    codes: /^InvalidUserData\..*$/,
    hint: "The user data is not accepted: check user_data / user_data_file (at most 32 KB, and some images do not support it).",
  },
  {
    codes:
      /^(InvalidHostName\..*|InvalidInstanceName\..*|HOSTNAME_ILLEGAL|InvalidParams\.(HostnameExceed|InstanceNameExceed))$/,
    hint: "Fix instance_name (2 to 128 characters, starting with a letter).",
  },
  {
    codes: /^(InvalidKeyPairName\..*|KeyPair\.AlreadyExist|InvalidKeyPairNames\..*)$/,
    hint: "The key pair name is not valid or is taken: check ssh_keypair_name / temporary_key_pair_name (a taken temporary name means a previous run left it: delete it).",
  },
  {
    codes: /^(InvalidInternetChargeType\..*|InvalidInternetMaxBandwidthOut\..*|InvalidBandwidthOut\..*)$/,
    hint: "Check internet_charge_type (PayByTraffic or PayByBandwidth) and internet_max_bandwidth_out (1 to 100 Mbit/s).",
  },
  {
    codes: ["InvalidRamRole.NotFound", "InvalidRamRole.NotEcsRole"],
    hint: "The instance RAM role does not exist or is not trusted by ECS: check ecs_ram_role_name (its trust policy must allow ecs.aliyuncs.com).",
  },
  {
    codes: [
      "IoOptimized.NotSupported",
      "InvalidIoOptimize.ValueNotSupported",
      "InvalidIoOptimizedValue.ValueNotSupported",
    ],
    hint: "Set io_optimized to true (current instance types are all I/O optimised), or choose another instance_type.",
  },
  {
    codes: ["InvalidResourceGroup.NotFound", "InvalidResourceGroupId", "InvalidResourceGroupId.NotFound"],
    hint: "The resource group does not exist: check resource_group_id.",
  },
  {
    codes: ["InvalidSnapshotId.NotFound", "InvalidSnapshot.NotFound", "InvalidDataDiskSnapshotId.NotFound"],
    hint: "The snapshot does not exist in this region: check disk_snapshot_id in image_disk_mappings.",
  },
  {
    codes:
      /^(InvalidTag.*|InvalidTagKey.*|InvalidTagValue.*|Duplicate\.TagKey|TagKey\.Duplication|NumberExceed\.Tags|QuotaExceed\.Tags|OperationDenied\.QuotaExceed)$/,
    hint: "A tag is not accepted: check tags and run_tags (at most 20 per resource with the build's own tags, keys up to 128 characters not starting with aliyun or acs:, no http:// or https://).",
  },
  // States and conflicts.
  {
    codes:
      /^(IncorrectInstanceStatus.*|IncorrectVpcStatus|IncorrectVSwitchStatus|IncorrectStatus.*|IncorrectDiskStatus|IncorrectSnapshotStatus|InvalidStatus\..*|IncorrectRouteEntryStatus|InvalidInstanceId\.NotSupport)$/,
    hint: (call) =>
      `The resource was in a state that does not allow ${call.action} (usually it is still changing): run the build again; if it persists, check the resource in the console.`,
  },
  {
    codes: ["InstanceLockedForSecurity", "Forbidden.FinancialLocked", "InstanceLocked"],
    hint: "The resource is locked by Alibaba Cloud (security or billing): see the notice in the console, then run the build again.",
  },
  {
    codes: ["InvalidOperation.DeletionProtection"],
    hint: "Deletion protection is on: turn it off for the instance in the console, then delete it by hand.",
  },
  {
    codes:
      /^(TooManySnapshot\.Unfinished|QuotaExceed\.ConcurrentSnapshotQuota|DISK_HAS_CREATING_SNAPSHOT|SnapshotNotReady|InvalidSnapshotId\.NotReady)$/,
    hint: "Too many snapshots are being created at once: wait for them to finish, or run fewer builds at once, then run the build again.",
  },
  // Quotas.
  {
    codes:
      /^(QuotaExceed.*|.*\.QuotaExceed(ed)?|QuotaExceeded.*|.*LimitExceed(ed)?|.*\.LimitExceed|ImageFamilyQuotaExceed|InvalidEip\.EipQuotaExceeded)$/,
    hint: "An account quota is reached: release unused resources (old images, snapshots, VPCs, key pairs) or request a higher quota in the Quota Center, then run the build again.",
  },
  {
    codes: [
      "InternalError",
      "ServiceUnavailable",
      "UnknownError",
      "LimitedOperation.ServiceUnavailable",
      "Mayi.InternalError",
    ],
    hint: "Alibaba Cloud failed to answer after every retry: run the build again later; if it persists, open a ticket with the request id.",
  },
  // Our own mistakes.
  {
    codes: [
      "IdempotenceParamNotMatch",
      "IdempotentParameterMismatch",
      "Duplicated.ClientToken",
      "InvalidClientToken.Malformed",
    ],
    hint: "A ClientToken was reused with different parameters: this is a bug in image-build, please report it with the request id.",
  },
  {
    codes: /Throttling|^(RequestLimitExceeded|ServiceBusy|System\.ServiceBusy)$/,
    hint: "The API kept throttling the account after every retry: run fewer builds at once (-parallel-builds), or run the build again later.",
  },
  {
    codes:
      /^(IdempotentProcessing|TOKEN_PROCESSING|LastTokenProcessing|OperationConflict|TaskConflict|OperationFailed\.IdempotentTokenProcessing|OperationFailed\.SystemBusy|OperationFailed\.DistibuteLock|OperationDenied\.OtherSubnetProcessing)$/,
    hint: "Another operation on the resource was still running after every retry: wait a minute, then run the build again.",
  },
];
