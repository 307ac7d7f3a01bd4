/**
 * Step 9, connect (Packer's communicator.StepConnect): waits for the communicator at the build's
 * address; `none` skips it. The connection is closed in cleanup.
 */
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";

export const connect: Step<AlicloudBuildContext> = {
  name: "connect",
  async run(ctx, signal) {
    if (ctx.config.comm.type === "none") return SKIPPED;
    if (!ctx.host) throw new Error("The instance has no address to connect to");
    const connect = ctx.hooks.connect;
    if (!connect) throw new Error(`The ${ctx.config.comm.type} communicator is not available in this build`);
    ctx.communicator = await connect(
      { comm: ctx.config.comm, host: ctx.host, privateKey: ctx.privateKey, ui: ctx.ui },
      signal,
    );
  },
  async cleanup(ctx) {
    const comm = ctx.communicator;
    ctx.communicator = undefined;
    await comm?.close();
  },
};
