/**
 * Step 3, the key pair (Packer's stepConfigAlicloudKeyPair): an existing private key file, the
 * agent, a named key pair, or a temporary key pair from CreateKeyPair (tagged at creation). With
 * the `none` communicator nothing connects, so no temporary key pair is made.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as $Ecs from "@alicloud/ecs20140526";
import { CloudError } from "../../../cloud/errors.js";
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
      ctx.privateKey = readFileSync(resolve(ctx.cwd, ssh.privateKeyFile), "utf8");
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
    const create = () =>
      cloud.ecs(
        "CreateKeyPair",
        (e) =>
          e.createKeyPair(
            new $Ecs.CreateKeyPairRequest({
              regionId: cloud.region,
              keyPairName: name,
              tag: tagList(ctx.resourceTags, (kv) => new $Ecs.CreateKeyPairRequestTag(kv)),
            }),
          ),
        { resource: `key pair ${name}`, signal },
      );
    let r: Awaited<ReturnType<typeof create>>;
    try {
      r = await create();
    } catch (err) {
      // CreateKeyPair has no ClientToken: a retry after a lost answer finds the pair made by the
      // first try, whose private key is gone. Only then (not on a first try) is it ours to remake.
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
