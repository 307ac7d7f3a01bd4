/** The action's post step: sweeps what a killed main step left behind (filled in as features land). */
import * as core from "@actions/core";
import { blankExportedCredentials } from "./github/credentials.js";

// Credentials exported by the main step (`export-credentials: true`) are blanked for later steps.
blankExportedCredentials();
core.debug("image-build post: nothing to clean up");
