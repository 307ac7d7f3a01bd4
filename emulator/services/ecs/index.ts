/** The ECS service (2014-05-26), including its deprecated VPC, vSwitch and EIP actions. */
import type { CloudModel } from "../../model/index.js";
import type { ServiceDefinition } from "../../types.js";
import { withTick } from "../common/tick.js";
import { networkHandlers } from "../vpc/networks.js";
import { imageHandlers } from "./images.js";
import { instanceHandlers } from "./instances.js";
import { keyPairHandlers } from "./key-pairs.js";
import { regionHandlers } from "./regions.js";
import { securityGroupHandlers } from "./security-groups.js";
import { storageHandlers } from "./storage.js";
import { tagHandlers } from "./tags.js";

/** Builds the ECS service on a model. */
export function ecsService(model: CloudModel): ServiceDefinition {
  return {
    product: "Ecs",
    version: "2014-05-26",
    actions: withTick(model, {
      ...regionHandlers(model),
      ...imageHandlers(model),
      ...keyPairHandlers(model),
      ...securityGroupHandlers(model),
      ...instanceHandlers(model),
      ...storageHandlers(model),
      ...tagHandlers(model),
      ...networkHandlers(model, "ecs"),
    }),
  };
}
