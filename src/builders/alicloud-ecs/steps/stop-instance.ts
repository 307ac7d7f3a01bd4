/**
 * Step 11, stop the instance (Packer's stepStopAlicloudInstance): StopInstance (forced with
 * `force_stop_instance`) unless `disable_stop_instance`; then, always, wait for Stopped.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { waitForInstance } from "../../../cloud/waiters.js";
import type { Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { messageOf } from "./util.js";

export const stopInstance: Step<AlicloudBuildContext> = {
  name: "stop instance",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    const id = ctx.instanceId;
    if (!id) throw new Error("No instance to stop");
    if (!c.disableStopInstance) {
      ctx.ui.say("Stopping instance: " + id);
      await cloud.ecs(
        "StopInstance",
        (e) =>
          e.stopInstance(
            new $Ecs.StopInstanceRequest({
              instanceId: id,
              ...(c.forceStopInstance ? { forceStop: true } : {}),
            }),
          ),
        { resource: `instance ${id}`, retryCodes: ["IncorrectInstanceStatus"], signal },
      );
    }
    ctx.ui.say("Waiting instance stopped: " + id);
    await waitForInstance(cloud, id, "Stopped", { signal, ui: ctx.ui }).catch((err) => {
      throw new Error(`Error waiting for alicloud instance to stop: ${messageOf(err)}`, { cause: err });
    });
  },
};
