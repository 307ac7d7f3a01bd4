/** The action's post step: sweeps what a killed main step left behind (filled in as features land). */
import * as core from "@actions/core";

core.debug("image-build post: nothing to clean up");
