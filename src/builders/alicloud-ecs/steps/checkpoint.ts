/**
 * Checkpoints (docs/incremental.md): after provisioner N succeeded, the machine's system disk is
 * kept as a checkpoint image while provisioning goes on.
 *
 * On the build's path (awaited before the next provisioner): the temporary key's line leaves
 * authorized_keys, `sync`, CreateSnapshot of the system disk (tagged with the build's provisional
 * image tags and the run's), the line goes back (sshd reads authorized_keys only at login, so the
 * session is unaffected), the snapshot enters the ledger. That is all the build waits for.
 *
 * In the background: wait until the snapshot is accomplished, CreateImage from it (in the ledger
 * at once), wait Available, take the image and its snapshot out of the ledger (kept), then one
 * TagResources each: the prefix fingerprint (CHECKPOINT_TAG), the final mark and, for a resumed
 * build, the checkpoint it started from (BASE_TAG). Only then can another build resume from it.
 * A failure there is a warning; the build's abort signal stops it, and the `checkpoints` step's
 * cleanup deletes what an unfinished checkpoint left.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { tagResources } from "../../../cloud/tags.js";
import { waitForImage, waitForSnapshot } from "../../../cloud/waiters.js";
import { runWithUi } from "../../../communicator/remote-cmd.js";
import { BASE_TAG, CHECKPOINT_TAG, FINAL_TAG } from "../../reuse.js";
import type { AlicloudBuildContext, CheckpointWork } from "../context.js";
import { provisionalTags } from "./final-mark.js";
import { deleteImageAndSnapshots, deleteSnapshot } from "./images.js";
import { snapshotDisk, systemDisk } from "./system-disk.js";
import { messageOf, tagList } from "./util.js";

/** Alibaba Cloud's longest image name. */
const MAX_IMAGE_NAME = 128;

/**
 * The checkpoint image's name: `<image_name>-checkpoint-<N>-<run>`, unique per run (image names
 * are unique in a region), cut to Alibaba's 128 characters from the image name's end.
 */
export function checkpointImageName(imageName: string, after: number, runId: string): string {
  const run = runId.replace(/[^A-Za-z0-9]/g, "").slice(0, 8) || "run";
  const suffix = `-checkpoint-${after}-${run}`;
  return `${imageName.slice(0, MAX_IMAGE_NAME - suffix.length)}${suffix}`;
}

/** The shell's single-quoted form of `s`. */
const quote = (s: string) => `'${s.replaceAll("'", `'"'"'`)}'`;

/**
 * Takes the temporary key's line(s) out of the SSH user's authorized_keys and flushes the disks;
 * returns the lines taken out (public keys: not secret), to put back after the snapshot.
 */
async function unkeyAndSync(ctx: AlicloudBuildContext, signal: AbortSignal): Promise<string[]> {
  const comm = ctx.communicator;
  if (!comm) throw new Error("No communicator: a checkpoint needs `sync` on the machine");
  const name = ctx.config.comm.ssh.temporaryKeyPairName;
  const keyed = ctx.config.comm.type === "ssh" && name !== "" && ctx.keyPairName === name;
  let out = "";
  const command = keyed
    ? `f=~/.ssh/authorized_keys; if [ -f "$f" ]; then grep -e ${quote(` ${name}$`)} "$f"; sed -i -e ${quote(`/ ${name}$/d`)} "$f"; fi; sync`
    : "sync";
  const status = await comm.start(command, {
    signal,
    stdout: (b) => {
      out += b.toString("utf8");
    },
  });
  if (status !== 0) throw new Error(`\`sync\` on the machine failed (exit status ${status})`);
  return out.split("\n").filter((l) => l.trim() !== "");
}

/** Puts the temporary key's lines back (they were taken out for the snapshot only). */
async function rekey(ctx: AlicloudBuildContext, lines: string[], signal: AbortSignal): Promise<void> {
  if (lines.length === 0 || !ctx.communicator) return;
  const text = lines.map((l) => `${l}\n`).join("");
  const status = await runWithUi(
    ctx.communicator,
    `printf '%s' ${quote(text)} >> ~/.ssh/authorized_keys`,
    ctx.ui,
    signal,
  );
  if (status !== 0) throw new Error(`exit status ${status}`);
}

/**
 * The boundary after provisioner `after`: when the plan has a checkpoint there, `sync` and
 * CreateSnapshot on the build's path, the rest in the background ({@link CheckpointWork.done}).
 */
export async function takeCheckpoint(ctx: AlicloudBuildContext, after: number, signal: AbortSignal) {
  const fingerprint = ctx.checkpointPlan?.at.get(after);
  if (!fingerprint) return;
  const { cloud, config: c } = ctx;
  // Alibaba Cloud takes one snapshot of a disk at a time: an earlier checkpoint's must be done.
  for (const w of ctx.checkpoints) await w.snapshotDone;
  const disk = await systemDisk(ctx, signal);
  ctx.ui.say(`Checkpoint after provisioner ${after}: snapshot of system disk ${disk}...`);
  const lines = await unkeyAndSync(ctx, signal);
  let snapshotId: string | undefined;
  try {
    snapshotId = await snapshotDisk(
      ctx,
      disk,
      { ...provisionalTags(ctx.imageTags), ...ctx.resourceTags },
      signal,
    );
  } finally {
    // The open session does not need the line; a reconnect (a reboot) would: a warning if it fails.
    await rekey(ctx, lines, signal).catch((err) =>
      ctx.ui.error(`Warning: could not put the temporary key back into authorized_keys: ${messageOf(err)}`),
    );
  }
  const id = snapshotId;
  let snapshotSettled: () => void = () => {};
  const work: CheckpointWork = {
    after,
    fingerprint,
    snapshotId: id,
    snapshotDone: new Promise<void>((resolve) => {
      snapshotSettled = resolve;
    }),
    done: Promise.resolve(),
  };
  ctx.checkpoints.push(work);
  const bg = ctx.checkpointAbort?.signal ?? signal;
  work.done = (async () => {
    try {
      await waitForSnapshot(cloud, id, { signal: bg, timeoutMs: c.waitSnapshotReadyTimeout * 1000 });
      snapshotSettled();
      const name = checkpointImageName(c.imageName, after, ctx.runId);
      const tags = provisionalTags(ctx.imageTags);
      const r = await cloud.ecs(
        "CreateImage",
        (e, a) =>
          e.createImage(
            new $Ecs.CreateImageRequest({
              regionId: cloud.region,
              clientToken: a.clientToken,
              imageName: name,
              snapshotId: id,
              description: `image-build checkpoint after provisioner ${after} of build ${ctx.buildName}`,
              ...(c.bootMode ? { bootMode: c.bootMode } : {}),
              ...(c.resourceGroupId ? { resourceGroupId: c.resourceGroupId } : {}),
              ...(Object.keys(tags).length > 0
                ? { tag: tagList(tags, (kv) => new $Ecs.CreateImageRequestTag(kv)) }
                : {}),
            }),
          ),
        { resource: `image ${name}`, signal: bg },
      );
      const imageId = r.body?.imageId;
      if (!imageId) throw new Error("CreateImage returned no ImageId");
      ctx.ledger.add({ type: "image", id: imageId, region: cloud.region });
      work.imageId = imageId;
      ctx.ui.message(`Checkpoint after provisioner ${after}: creating image ${imageId} from snapshot ${id}`);
      await waitForImage(cloud, imageId, { signal: bg, timeoutMs: c.waitSnapshotReadyTimeout * 1000 });
      // Kept first (nothing of this run deletes it from here on), then final: findable.
      ctx.ledger.remove("image", imageId);
      ctx.ledger.remove("snapshot", id);
      work.kept = true;
      const base = ctx.checkpointPlan?.resume?.imageId;
      const final = {
        [CHECKPOINT_TAG]: fingerprint,
        [FINAL_TAG]: ctx.runId,
        ...(base ? { [BASE_TAG]: base } : {}),
      };
      await tagResources(cloud, "image", [imageId], final, { signal: bg });
      await tagResources(cloud, "snapshot", [id], final, { signal: bg });
      ctx.ui.message(`Checkpoint after provisioner ${after}: image ${imageId} (${name}) is final`);
    } catch (err) {
      snapshotSettled();
      work.error = messageOf(err);
      if (!bg.aborted) {
        ctx.ui.error(`Warning: the checkpoint after provisioner ${after} failed: ${work.error}`);
        await discard(ctx, work).catch(() => {});
      }
    }
  })();
}

/** Deletes what an unfinished checkpoint left (its image, its snapshot); idempotent. */
export async function discard(ctx: AlicloudBuildContext, w: CheckpointWork): Promise<void> {
  if (w.kept) return;
  const { cloud } = ctx;
  if (w.imageId && ctx.ledger.has("image", w.imageId)) {
    await deleteImageAndSnapshots(cloud, w.imageId, { snapshots: false });
    ctx.ledger.remove("image", w.imageId);
  }
  if (ctx.ledger.has("snapshot", w.snapshotId)) {
    await deleteSnapshot(cloud, w.snapshotId);
    ctx.ledger.remove("snapshot", w.snapshotId);
  }
}
