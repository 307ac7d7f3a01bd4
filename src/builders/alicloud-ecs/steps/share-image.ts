/**
 * Step 17, sharing (Packer's stepShareAlicloudImage): ModifyImageSharePermission on every image
 * (the source and its copies) with `image_share_account`/`image_unshare_account`; no call when
 * both are empty (Packer calls anyway). A failed or cancelled build undoes it.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage } from "./util.js";

async function modify(ctx: AlicloudBuildContext, add: string[], remove: string[], signal?: AbortSignal) {
  await Promise.all(
    Object.entries(ctx.images).map(([region, imageId]) =>
      ctx.cloud.forRegion(region).ecs(
        "ModifyImageSharePermission",
        (e) =>
          e.modifyImageSharePermission(
            new $Ecs.ModifyImageSharePermissionRequest({
              regionId: region,
              imageId,
              ...(add.length ? { addAccount: add } : {}),
              ...(remove.length ? { removeAccount: remove } : {}),
            }),
          ),
        { resource: `image ${imageId}`, signal },
      ),
    ),
  );
}

export const shareImage: Step<AlicloudBuildContext> = {
  name: "share image",
  async run(ctx, signal) {
    const c = ctx.config;
    if (Object.keys(ctx.images).length === 0) return SKIPPED;
    if (c.imageShareAccounts.length === 0 && c.imageUnshareAccounts.length === 0) return SKIPPED;
    ctx.ui.say("Sharing image...");
    ctx.imageShared = true;
    await modify(ctx, c.imageShareAccounts, c.imageUnshareAccounts, signal);
  },
  async cleanup(ctx, outcome) {
    const c = ctx.config;
    if (!outcome.halted || !ctx.imageShared) return;
    ctx.ui.say(cleanupMessage(outcome, "image sharing"));
    await modify(ctx, c.imageUnshareAccounts, c.imageShareAccounts);
    ctx.imageShared = false;
  },
};
