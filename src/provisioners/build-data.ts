/**
 * Packer's build data (`{{ build \`ID\` }}`, `{{ .Host }}`…), defined once: the keys every builder
 * provides, their placeholders while a template is prepared, and their values once the build's
 * machine is reachable (packer-plugin-sdk's `PopulateProvisionHookData`, as Packer 1.6.6 gives it:
 * the HTTP fields of a builder that serves no HTTP directory read `ERR_HTTP_*_NOT_IMPLEMENTED_BY_BUILDER`).
 */
import { BUILD_DATA_KEYS } from "../template/build-data-keys.js";
import { BUILD_DATA_PLACEHOLDER } from "../template/interpolate/index.js";

/** The build data keys every builder provides (Packer's `BasicPlaceholderData`). */
export { BUILD_DATA_KEYS };

/** Placeholders for `{{ build \`ID\` }}` and friends at prepare time (`Build_ID. <placeholder text>`). */
export function placeholderBuildData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of BUILD_DATA_KEYS) data[key] = `Build_${key}. ${BUILD_DATA_PLACEHOLDER}`;
  data.WinRMPassword = "{{.WinRMPassword}}";
  return data;
}

/** Packer's values for the HTTP server fields of builders without one (commonsteps). */
export const HTTP_NOT_IMPLEMENTED = {
  PackerHTTPIP: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
  PackerHTTPPort: "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER",
  PackerHTTPAddr: "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
} as const;

/** What a build knows once its machine is reachable. */
export interface BuildDataInputs {
  /** The builder's instance id (Packer's `instance_id` state). */
  instanceId: string;
  host: string;
  port: number;
  user: string;
  password?: string;
  /** `ssh`, `winrm` or `none`. */
  connType: string;
  runUuid: string;
  /** The temporary key pair (public in authorized_keys format, private PEM/OpenSSH). */
  sshPublicKey?: string;
  sshPrivateKey?: string;
  winrmPassword?: string;
}

/**
 * Packer's generated data of a build at provisioning time: the instance id, the connection, the
 * run uuid, the temporary key pair, and the HTTP fields as "not implemented".
 */
export function packerBuildData(b: BuildDataInputs): Record<string, string> {
  return {
    ID: b.instanceId,
    Host: b.host,
    Port: String(b.port),
    User: b.user,
    Password: b.password ?? "",
    ConnType: b.connType,
    PackerRunUUID: b.runUuid,
    ...HTTP_NOT_IMPLEMENTED,
    SSHPublicKey: b.sshPublicKey ?? "",
    SSHPrivateKey: b.sshPrivateKey ?? "",
    WinRMPassword: b.winrmPassword ?? "",
  };
}

/** The build data post-processors render with: the builder's instance id and the run uuid. */
export function postProcessorBuildData(
  instanceId: string | undefined,
  runUuid: string,
): Record<string, string> {
  return { ID: instanceId ?? "", PackerRunUUID: runUuid };
}
