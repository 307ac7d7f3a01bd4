/**
 * The connect and provision hooks of a build: the SSH communicator (Packer's StepConnect) at the
 * address the builder found, and the template's provisioners over it, with the build data the
 * builder gives (`{{ build \`ID\` }}`, `.Host`…) and `PACKER_BUILD_NAME`/`PACKER_BUILDER_TYPE`.
 */
import type { ProvisioningHooks, ProvisionRequest } from "../builders/hooks.js";
import { connectSsh, type WaitTimings } from "../communicator/connect.js";
import { type ProvisionContext, runErrorCleanupProvisioner, runProvisioners } from "../provisioners/run.js";
import { buildNameVariable, templateContext } from "../template/context.js";
import type { Template } from "../template/model.js";

export type { ProvisioningHooks } from "../builders/hooks.js";

/** Options of {@link provisioningHooks}. */
export interface ProvisioningOptions {
  /** The loaded template (user variables and the rest of the interpolation context). */
  template?: Template;
  /** `PACKER_RUN_UUID` (the builders put it in the build data as `PackerRunUUID`). */
  runId: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** SSH retry waits (Packer's 5 s / 2 s); tests shorten them. */
  sshTimings?: WaitTimings;
}

/** The hooks `runBuilds` gives every build. */
export function provisioningHooks(opts: ProvisioningOptions): ProvisioningHooks {
  const provisionContext = (req: ProvisionRequest, signal: AbortSignal): ProvisionContext => {
    const interpolation = opts.template
      ? templateContext(opts.template, {
          buildName: req.buildName,
          buildType: req.builderType,
          buildData: req.buildData,
        })
      : undefined;
    return {
      ui: req.ui,
      comm: req.communicator,
      signal,
      buildName: buildNameVariable(opts.template, req.buildName),
      builderType: req.builderType,
      buildData: req.buildData,
      interpolation: interpolation as ProvisionContext["interpolation"],
      cwd: opts.cwd,
    };
  };
  return {
    async connect(req, signal) {
      const comm = req.comm;
      if (comm.type !== "ssh")
        throw new Error(`The ${comm.type} communicator is not supported yet by image-build`);
      return connectSsh(
        comm,
        { host: req.host, privateKey: req.privateKey, cwd: opts.cwd, env: opts.env },
        req.ui,
        signal,
        opts.sshTimings,
      );
    },
    async provision(req, signal) {
      await runProvisioners(req.provisioners, provisionContext(req, signal), req.onOutcome, {
        firstPosition: req.firstPosition,
        onBoundary: req.onBoundary,
      });
    },
    async provisionErrorCleanup(req) {
      await runErrorCleanupProvisioner(
        req.errorCleanupProvisioner,
        provisionContext(req, new AbortController().signal),
      );
    },
  };
}
