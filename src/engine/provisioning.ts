/**
 * The connect and provision hooks of a build: the SSH communicator (Packer's StepConnect) at the
 * address the builder found, and the template's provisioners over it, with Packer's build data
 * (`{{ build \`ID\` }}`, `.Host`, `PACKER_BUILD_NAME`…).
 */
import type { AlicloudBuildContext } from "../builders/alicloud-ecs/context.js";
import { connectSsh, type WaitTimings } from "../communicator/connect.js";
import { type ProvisionContext, runErrorCleanupProvisioner, runProvisioners } from "../provisioners/run.js";
import { templateContext } from "../template/context.js";
import type { Template } from "../template/model.js";
import type { ProvisioningHooks } from "./build.js";

/** Options of {@link provisioningHooks}. */
export interface ProvisioningOptions {
  /** The loaded template (user variables and the rest of the interpolation context). */
  template?: Template;
  /** `PACKER_RUN_UUID` / `{{ build \`PackerRunUUID\` }}`. */
  runId: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** SSH retry waits (Packer's 5 s / 2 s); tests shorten them. */
  sshTimings?: WaitTimings;
}

/** Packer's generated build data of an alicloud-ecs build. */
export function buildData(ctx: AlicloudBuildContext, runId: string): Record<string, string> {
  const comm = ctx.config.comm;
  const ssh = comm.type === "ssh";
  return {
    ID: ctx.instanceId ?? "",
    Host: ctx.host ?? "",
    Port: String(ssh ? comm.ssh.port : comm.type === "winrm" ? comm.winrm.port : 0),
    User: ssh ? comm.ssh.username : comm.winrm.username,
    Password: ssh ? comm.ssh.password : comm.winrm.password,
    ConnType: comm.type,
    PackerRunUUID: runId,
    PackerHTTPIP: "",
    PackerHTTPPort: "",
    PackerHTTPAddr: "",
    SSHPublicKey: "",
    SSHPrivateKey: ctx.privateKey ?? "",
    WinRMPassword: comm.winrm.password,
  };
}

/** The hooks `runBuilds` gives every build. */
export function provisioningHooks(opts: ProvisioningOptions): ProvisioningHooks {
  const provisionContext = (ctx: AlicloudBuildContext, signal: AbortSignal): ProvisionContext => {
    const data = buildData(ctx, opts.runId);
    const interpolation = opts.template
      ? templateContext(opts.template, {
          buildName: ctx.buildName,
          buildType: "alicloud-ecs",
          buildData: data,
        })
      : undefined;
    return {
      ui: ctx.ui,
      comm: ctx.communicator,
      signal,
      buildName: ctx.buildName,
      builderType: "alicloud-ecs",
      buildData: data,
      interpolation: interpolation as ProvisionContext["interpolation"],
      cwd: opts.cwd,
    };
  };
  return {
    async connect(ctx, signal) {
      const comm = ctx.config.comm;
      if (comm.type !== "ssh")
        throw new Error(`The ${comm.type} communicator is not supported yet by image-build`);
      return connectSsh(
        comm,
        { host: ctx.host ?? "", privateKey: ctx.privateKey, cwd: opts.cwd, env: opts.env },
        ctx.ui,
        signal,
        opts.sshTimings,
      );
    },
    async provision(ctx, signal) {
      await runProvisioners(ctx.provisioners, provisionContext(ctx, signal), (o) =>
        ctx.provisionerOutcomes.push(o),
      );
    },
    async provisionErrorCleanup(ctx) {
      await runErrorCleanupProvisioner(
        ctx.errorCleanupProvisioner,
        provisionContext(ctx, new AbortController().signal),
      );
    },
  };
}
