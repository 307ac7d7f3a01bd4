/** The action's main step (filled in as features land). */
import * as core from "@actions/core";

core.info("image-build: nothing to do yet");
