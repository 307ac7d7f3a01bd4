/**
 * Packer's build data of an `alicloud-ecs` build once its instance is reachable: the instance id,
 * the communicator's address, port, user and password, the run uuid and the temporary private key
 * (Packer's alicloud builder sets no public key). The keys and the values of the fields this
 * builder does not serve (HTTP) are defined once, in `src/provisioners/build-data.ts`.
 */
import { packerBuildData } from "../../provisioners/build-data.js";
import type { AlicloudBuildContext } from "./context.js";

/** The build data provisioners render with (`{{ build \`ID\` }}`, `{{ .Host }}`…). */
export function alicloudBuildData(ctx: AlicloudBuildContext): Record<string, string> {
  const comm = ctx.config.comm;
  const ssh = comm.type === "ssh";
  return packerBuildData({
    instanceId: ctx.instanceId ?? "",
    host: ctx.host ?? "",
    port: ssh ? comm.ssh.port : comm.type === "winrm" ? comm.winrm.port : 0,
    user: ssh ? comm.ssh.username : comm.winrm.username,
    password: ssh ? comm.ssh.password : comm.winrm.password,
    connType: comm.type,
    runUuid: ctx.runId,
    sshPrivateKey: ctx.privateKey ?? "",
    winrmPassword: comm.winrm.password,
  });
}
