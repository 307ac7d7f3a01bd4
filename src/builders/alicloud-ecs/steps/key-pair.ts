/**
 * Step 3, the key pair (Packer's stepConfigAlicloudKeyPair): an existing private key file, the
 * agent, a named key pair, or a temporary key pair from CreateKeyPair (tagged at creation). With
 * the `none` communicator nothing connects, so no temporary key pair is made.
 */
import * as $Ecs from "@alicloud/ecs20140526";
import { CloudError } from "../../../cloud/errors.js";
import { LIMITS, readBoundedSync } from "../../../files/read-bounded.js";
import { SKIPPED, type Step } from "../../../pipeline/step.js";
import type { AlicloudBuildContext } from "../context.js";
import { cleanupMessage, deleteIgnoringNotFound, errorCode, tagList } from "./util.js";

export const keyPair: Step<AlicloudBuildContext> = {
  name: "key pair",
  async run(ctx, signal) {
    const { config: c, cloud } = ctx;
    const ssh = c.comm.ssh;
    if (c.comm.type === "none") return SKIPPED;
    if (ssh.privateKeyFile !== "") {
      ctx.ui.say("Using existing SSH private key");
      ctx.privateKey = readBoundedSync(ssh.privateKeyFile, {
        cwd: ctx.cwd,
        limit: LIMITS.keyFile,
        what: "private key file",
      }).toString("utf8");
      ctx.mask(ctx.privateKey);
      if (ssh.keypairName !== "") ctx.keyPairName = ssh.keypairName;
      return;
    }
    if (ssh.agentAuth) {
      ctx.ui.say("Using SSH Agent for existing key pair.");
      if (ssh.keypairName !== "") ctx.keyPairName = ssh.keypairName;
      return;
    }
    if (ssh.keypairName !== "") {
      // Packer fails to connect with a named pair and no key; the key must come from the agent or a file.
      ctx.keyPairName = ssh.keypairName;
      return;
    }
    if (ssh.temporaryKeyPairName === "") {
      ctx.ui.say("Not using temporary keypair");
      return SKIPPED;
    }
    const name = ssh.temporaryKeyPairName;
    ctx.ui.say(`Creating temporary keypair: ${name}`);
    // CreateKeyPair has no ClientToken, so the deterministic name is the idempotency key: before
    // any retry (the answer of the try before may be lost while the pair was made), the name is
    // looked up; a pair found is ours (the name is unique to this build), so it is recorded for
    // cleanup, and, its private key being gone with the lost answer, deleted and made again.
    const create = () =>
      cloud.ecs(
        "CreateKeyPair",
        async (e, a) => {
          if (a.attempt > 1 && (await keyPairExists(ctx, name, signal))) {
            ctx.ui.message(`Key pair ${name} was made by a try whose answer was lost: replacing it`);
            ctx.ledger.add({ type: "key-pair", id: name, region: cloud.region });
            await deleteKeyPair(ctx, name);
          }
          return e.createKeyPair(
            new $Ecs.CreateKeyPairRequest({
              regionId: cloud.region,
              keyPairName: name,
              tag: tagList(ctx.resourceTags, (kv) => new $Ecs.CreateKeyPairRequestTag(kv)),
            }),
          );
        },
        { resource: `key pair ${name}`, signal },
      );
    let r: Awaited<ReturnType<typeof create>>;
    try {
      r = await create();
    } catch (err) {
      // A try whose answer was lost can still land between the lookup and the retry: the retry
      // then finds the pair made by it. Only then (not on a first try) is it ours to remake.
      const retried = err instanceof CloudError && err.attempts > 1;
      if (errorCode(err) !== "KeyPair.AlreadyExist" || !retried) throw err;
      ctx.ledger.add({ type: "key-pair", id: name, region: cloud.region });
      await deleteKeyPair(ctx, name);
      r = await create();
    }
    ctx.ledger.add({ type: "key-pair", id: name, region: cloud.region });
    ctx.keyPairName = name;
    ctx.privateKey = r.body?.privateKeyBody ?? "";
    if (ctx.privateKey) ctx.mask(ctx.privateKey);
  },
  async cleanup(ctx, outcome) {
    const name = ctx.config.comm.ssh.temporaryKeyPairName;
    if (!name || !ctx.ledger.has("key-pair", name)) return;
    ctx.ui.say(cleanupMessage(outcome, "temporary keypair"));
    try {
      await deleteKeyPair(ctx, name);
    } catch (err) {
      throw new Error(`Error cleaning up keypair. Please delete the key manually: ${name}`, { cause: err });
    }
  },
};

/** Whether a key pair of that name exists in the build's region (DescribeKeyPairs by name). */
async function keyPairExists(ctx: AlicloudBuildContext, name: string, signal: AbortSignal): Promise<boolean> {
  const r = await ctx.cloud.ecs(
    "DescribeKeyPairs",
    (e) =>
      e.describeKeyPairs(new $Ecs.DescribeKeyPairsRequest({ regionId: ctx.cloud.region, keyPairName: name })),
    { resource: `key pair ${name}`, signal },
  );
  return (r.body?.keyPairs?.keyPair ?? []).some((k) => k.keyPairName === name);
}

/** Deletes a key pair of ours; idempotent. */
async function deleteKeyPair(ctx: AlicloudBuildContext, name: string): Promise<void> {
  await deleteIgnoringNotFound(() =>
    ctx.cloud.ecs(
      "DeleteKeyPairs",
      (e) =>
        e.deleteKeyPairs(
          new $Ecs.DeleteKeyPairsRequest({
            regionId: ctx.cloud.region,
            keyPairNames: JSON.stringify([name]),
          }),
        ),
      { resource: `key pair ${name}` },
    ),
  );
  ctx.ledger.remove("key-pair", name);
}
