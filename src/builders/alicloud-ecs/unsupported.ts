/** Communicator settings of an `alicloud-ecs` config that image-build does not support yet, as positioned errors. */
import type { ConfigNode } from "../../template/config/tree.js";
import { type Diagnostic, DiagnosticBag } from "../../template/diagnostics.js";
import type { AlicloudEcsConfig } from "./config.js";

/**
 * Communicator settings Packer has and image-build does not yet: errors at validation, before any
 * cloud resource exists (the engine would otherwise fail at the connect step, after creating the
 * instance). One of the documented differences from `packer validate` (README).
 */
export function unsupportedCommunicator(
  config: AlicloudEcsConfig,
  builderNode: ConfigNode,
  file: string,
): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  const member = (key: string) =>
    builderNode.kind === "object" ? builderNode.members.find((m) => m.key === key)?.value : undefined;
  if (config.comm.type === "winrm")
    bag.error(
      member("communicator") ?? builderNode,
      'communicator "winrm" is not supported yet by image-build (supported: ssh, none): Windows images cannot be built yet',
    );
  if (config.comm.type === "ssh") {
    const set: [string, string][] = [
      ["ssh_proxy_host", config.comm.ssh.proxy.host],
      ["ssh_certificate_file", config.comm.ssh.certificateFile],
    ];
    for (const [key, value] of set)
      if (value !== "") bag.error(member(key) ?? builderNode, `${key} is not supported yet by image-build`);
  }
  return bag.items;
}
